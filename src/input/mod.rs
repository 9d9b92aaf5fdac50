//! Keys and what they do: cochair's own key type, the keymap files (the built-in one and the
//! user's over it), and the names of the commands a key can be bound to.

mod keymap;

pub use keymap::{DEFAULT, Key, Keymap, Mode, action_name, parse};
