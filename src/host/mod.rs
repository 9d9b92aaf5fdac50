//! The machine cochair runs on: the terminal (taking it over and always giving it back), signals,
//! the clipboard and the bell. The only code that touches the OS besides the store; it
//! implements the app's traits, and the app never imports it.

pub mod clipboard;
pub mod leftovers;
mod signals;
mod terminal;

pub use terminal::{
    Inbox, TerminalError, input_of, key_of, local_offset, restore, run_in_terminal,
};
