//! Keys and what they do: cochair's own key type, the commands a key can be bound to, and the
//! keymap files (the built-in one and the user's over it). Depends on nothing but the domain's
//! file messages, so the app, the views and the host can all depend on it.

mod command;
mod key;
mod keymap;
mod problem;

pub use command::Command;
pub use key::{Key, KeyCode, Mods};
pub use keymap::{DEFAULT, Keymap, LostKey, Mode, parse, parse_in};
pub use problem::{Map, Problem};
