//! What cochair keeps on disk: the journal (append and sync, lock, resume, a torn last line),
//! files written whole or not at all, the files people write read with clear messages, and
//! where all of these live. An adapter: the app says what it needs as traits; this implements
//! them.

pub mod files;
pub mod holder;
pub mod journal;
pub mod paths;
mod reading;
pub mod rehearsal;
pub mod series;

#[cfg(test)]
pub use reading::read_agenda;
pub use reading::{MAX_BYTES, Unreadable, io_message, io_said, text_of};
