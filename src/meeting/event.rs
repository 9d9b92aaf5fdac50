//! Everything a meeting records is one of these events, stamped with the wall-clock time it
//! happened. The journal stores them one per line; the meeting's state is a fold over them.
//! People are named by name (names are unique), so the journal reads on its own.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One line of the journal after its header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// When it happened (UTC).
    pub at: DateTime<Utc>,
    #[serde(flatten)]
    pub event: Event,
}

/// What happened. Names are the journal's words (`"event": "item_opened"`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// The facilitator opened the meeting; the first item starts.
    MeetingStarted,
    /// The facilitator moved to an item (0-based index into the agenda's items).
    ItemOpened { item: usize },
    /// The meeting was adjourned.
    MeetingEnded,

    /// Someone not on the agenda joined the meeting.
    PersonAdded { name: String, group: String },
    /// Roll call: someone is present, sent apologies, or is absent (or left).
    AttendanceMarked {
        person: String,
        attendance: Attendance,
    },

    /// Someone asked to speak; a point of process goes to the front of the queue.
    HandRaised {
        person: String,
        #[serde(default, skip_serializing_if = "is_false")]
        process: bool,
    },
    /// A hand was taken down without speaking.
    HandLowered { person: String },
    /// Someone got the floor: from the top of the queue, or by the facilitator's override.
    FloorGiven {
        person: String,
        #[serde(default, skip_serializing_if = "is_false")]
        by_override: bool,
    },
    /// The speaker finished and nobody has the floor.
    TurnEnded,
    /// The facilitator moved a hand past another one in the queue.
    HandMoved {
        person: String,
        direction: Direction,
        past: String,
    },

    /// The timekeeper stopped every clock: meeting, item and turn.
    ClockPaused,
    /// The clocks run again (this also ends a break).
    ClockResumed,
    /// A break of planned length; the clocks stop until it ends.
    BreakStarted { minutes: u32, by: String },
    /// More time for the current item.
    ItemExtended { minutes: u32, by: String },
    /// More time for the current speaker's turn.
    TurnExtended { seconds: u32 },
    /// The speaker's turn clock starts again from a full turn.
    TurnReset,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    Present,
    Apologies,
    Absent,
}

impl Attendance {
    pub fn label(self) -> &'static str {
        match self {
            Attendance::Present => "present",
            Attendance::Apologies => "apologies",
            Attendance::Absent => "absent",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

fn is_false(b: &bool) -> bool {
    !*b
}
