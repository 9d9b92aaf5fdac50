//! Everything that can happen to the app: a [`Command`] a key asked for, or something the
//! runtime tells it (the clock moved on, an event is safely in the journal, text was typed).

use super::text_field::Edit;
use crate::input::Command;
use crate::meeting::Record;

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A key (or a client) asked for this.
    Command(Command),
    /// The clock moved on (the runtime's idle wake-up).
    Tick,
    /// An event is safely in the journal: apply it to the meeting.
    Recorded(Record),
    /// The journal could not be written; nothing was applied.
    SaveFailed(String),
    /// A key that does nothing in the current mode (named, to say so on screen).
    UnknownKey(String),
    /// A character typed into a text field.
    Type(char),
    /// An editing key in a text field.
    Edit(Edit),
    /// Text pasted into a text field.
    Paste(String),
    /// Something the runtime has to report (where an export went).
    Notice(String),
}

impl From<Command> for Message {
    fn from(command: Command) -> Self {
        Message::Command(command)
    }
}
