//! Everything a meeting records is one of these events, stamped with the wall-clock time it
//! happened. The journal stores them one per line; the meeting's state is a fold over them.

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
}
