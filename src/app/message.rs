//! Everything that can happen to the app: a [`Command`] a key asked for, or something the
//! runtime tells it (the clock moved on, an event is safely in the journal, text was typed).

use super::Role;
use super::text_field::Edit;
use crate::input::Command;
use crate::meeting::{Meeting, Record};

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

    /// On the host: a joined screen asks for this to be recorded.
    Proposal {
        screen: u64,
        role: Role,
        record: Record,
    },
    /// On the host: a screen joined, or left.
    ScreenJoined,
    ScreenLeft,
    /// On a joined screen: the meeting as the host's journal holds it, on joining (or joining
    /// again after the host came back).
    Joined(Box<Meeting>),
    /// On a joined screen: the host is gone; the screen keeps the last state, read only, and
    /// joins again by itself.
    HostGone,
    /// On the host: a member's device (`page`) asks for this on behalf of the name it holds.
    PageProposal {
        page: u64,
        person: String,
        event: crate::meeting::Event,
    },
}

impl From<Command> for Message {
    fn from(command: Command) -> Self {
        Message::Command(command)
    }
}
