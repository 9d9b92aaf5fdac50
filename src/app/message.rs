//! Everything that can happen to the app: a [`Command`] a key asked for, or something the
//! runtime tells it (the clock moved on, an event is safely in the journal, text was typed).

use chrono::{DateTime, Utc};

use super::Refusal;
use super::text_field::Edit;
use crate::agenda::Seat;
use crate::input::Command;
use crate::meeting::{Event, Meeting, ProposalId, Record, ScreenKind};

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A key (or a client) asked for this.
    Command(Command),
    /// The clock moved on (the runtime's idle wake-up).
    Tick,
    /// An event is safely in the journal: apply it to the meeting.
    Recorded(Record),
    /// The journal could not be written; nothing was applied.
    SaveFailed(super::SaveError),
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

    /// On the host: a joined screen (`screen`, its connection) proposes this event, with its
    /// seat as it said hello and the proposal's id. The host stamps the time.
    Proposal {
        screen: u64,
        seat: Seat,
        id: ProposalId,
        event: Event,
    },
    /// On the host: a screen joined: it is to be sent the journal so far.
    ScreenJoined { screen: u64, kind: ScreenKind },
    /// On the host: a screen left.
    ScreenLeft { screen: u64 },
    /// On a joined screen: the meeting as the host's journal holds it, on joining (or joining
    /// again after the host came back).
    Joined(Box<Meeting>),
    /// On a joined screen: a proposal went to the host (`sent`), or was kept because the host
    /// is gone; either way it waits for the host's answer.
    Proposed {
        id: ProposalId,
        event: Event,
        sent: bool,
    },
    /// On a joined screen: the host refused what it proposed, and why.
    Refused {
        id: Option<ProposalId>,
        why: Refusal,
    },
    /// On a joined screen: the host is gone; the screen keeps the last state, read only, and
    /// joins again by itself.
    HostGone,
    /// On a joined screen: the host closed the meeting's screens at `at` (it quit); any key
    /// leaves.
    HostClosed { at: DateTime<Utc> },
    /// On the host: a member's device on the members' page (`page`, for the answer) asks for
    /// this on behalf of the name it holds, as proposal `id`.
    PageProposal {
        page: u64,
        id: ProposalId,
        person: String,
        event: Event,
    },
}

impl From<Command> for Message {
    fn from(command: Command) -> Self {
        Message::Command(command)
    }
}
