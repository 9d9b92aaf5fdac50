//! cochair runs live meetings of customer-led boards and advisory groups: the agenda and its
//! clock, a speaking queue that openly favours customer voices, and the record of what was
//! decided. The binary's `main` only parses the command line; everything else lives here.
//!
//! # The layers
//!
//! The folders are the layers, from the inside out:
//!
//! | layer | folders | may use |
//! |---|---|---|
//! | the domain | `agenda`, `meeting`, `export`, `simulate`, `parse`, `text`, `lang` (the words, in each language) | each other (not `simulate`), plain data |
//! | keys | `input` | the domain |
//! | the app | `app` | the domain, `input` |
//! | the views | `ui` | the app, the domain, `input`, ratatui |
//! | adapters | `store` (the disk), `host` (the terminal, signals, clipboard, bell), `share` (the socket other screens join), `members` (the members' page on the room's network) | anything above, and the OS |
//! | wiring | `cli` | everything |
//!
//! The rule: the domain knows nothing of terminals, disks or clocks (`now` is a parameter); the
//! app says what it needs from the world as traits (`EventSource`, `Screen`, `Host`,
//! `Recorder`) and never imports an adapter or the terminal; adapters implement those traits;
//! `cli` wires them together. `tests/commands/layers.rs` checks the rule on every build of the
//! tests: it reads every path the code names (with syn: grouped and renamed imports, paths
//! through a file's imports and inside macros), and the domain and the app name no disk, clock,
//! thread, network or OS (`std::fs`, `SystemTime`, `Instant`, `std::net`, `std::os`,
//! `std::thread`…).

pub mod agenda;
pub mod app;
pub mod cli;
pub mod export;
pub mod host;
pub mod input;
pub mod lang;
pub mod meeting;
pub mod members;
pub mod parse;
pub mod share;
pub mod simulate;
pub mod store;
pub mod text;
pub mod ui;

#[cfg(test)]
mod testing;
