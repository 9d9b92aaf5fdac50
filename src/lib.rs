//! cochair runs live meetings of customer-led boards and advisory groups: the agenda and its
//! clock, a speaking queue that openly favours customer voices, and the record of what was
//! decided. The binary's `main` only parses the command line; everything else lives here.

pub mod agenda;
pub mod app;
pub mod cli;
pub mod clipboard;
pub mod export;
pub mod files;
pub mod journal;
pub mod keymap;
pub mod meeting;
pub mod simulate;
pub mod source;
pub mod text;
pub mod ui;

#[cfg(test)]
mod testing;
