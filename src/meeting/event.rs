//! Everything a meeting records is one of these events, stamped with the wall-clock time it
//! happened. The journal stores them one per line; the meeting's state is a fold over them.
//! People are named by name (names are unique), so the journal reads on its own.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::agenda::{Role, Seat};

/// One line of the journal after its header. (It is read back by `reading.rs`, quickly.)
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    /// When it happened (UTC).
    pub at: DateTime<Utc>,
    /// The proposal of a joined screen this record answers, so that screen knows it was
    /// recorded (also after the host died and came back). `None` for what the host's own keys
    /// recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<ProposalId>,
    #[serde(flatten)]
    pub event: Event,
}

impl Record {
    /// A record of the host's own, answering no proposal.
    pub fn new(at: DateTime<Utc>, event: Event) -> Record {
        Record {
            at,
            proposal: None,
            event,
        }
    }
}

/// One proposal of one joined screen: the screen's key (drawn when it starts, the same for
/// every proposal it sends) and its count there. Kept in the record that answers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ProposalId {
    pub screen: u64,
    pub n: u32,
}

/// What kind of screen joined a meeting: a seat's (a job's or an observer's), or the room view
/// on the wall. (The journal writes its name: `"timekeeper"`, `"room"`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScreenKind {
    Seat(Seat),
    /// The room view for the projector (`--view room`).
    Room,
}

impl ScreenKind {
    /// How the host and the minutes name it.
    pub fn name(self) -> &'static str {
        match self {
            ScreenKind::Seat(seat) => seat.name(),
            ScreenKind::Room => "room",
        }
    }
}

impl From<Role> for ScreenKind {
    fn from(role: Role) -> Self {
        ScreenKind::Seat(Seat::Job(role))
    }
}

/// A kind of screen travels by its name.
impl Serialize for ScreenKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for ScreenKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ScreenKind, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        match name.as_ref() {
            "room" => Ok(ScreenKind::Room),
            name => Seat::named(name).map(ScreenKind::Seat).ok_or_else(|| {
                serde::de::Error::custom(format_args!(
                    "unknown kind of screen `{name}`, expected a seat's name or `room`"
                ))
            }),
        }
    }
}

/// What happened. Names are the journal's words (`"event": "item_opened"`).
/// (It is read back by `reading.rs`, through a twin that `event_fields!` makes from it.)
/// Every kind also has an [`EventKind`] (without its fields), and what cochair knows about each
/// kind is in `facts.rs`, one table per fact.
#[macro_rules_attribute::macro_rules_derive(super::reading::event_fields!)]
#[derive(Debug, Clone, PartialEq, Serialize, strum::EnumDiscriminants)]
#[serde(tag = "event", rename_all = "snake_case")]
#[strum_discriminants(
    name(EventKind),
    vis(pub),
    derive(Hash, strum::VariantArray, strum::IntoStaticStr),
    strum(serialize_all = "snake_case")
)]
pub enum Event {
    /// The facilitator opened the meeting; the first item starts.
    MeetingStarted,
    /// The facilitator moved to an item (0-based index into the agenda's items).
    ItemOpened { item: usize },
    /// The meeting was adjourned.
    MeetingEnded,

    /// Someone not on the agenda joined the meeting.
    PersonAdded { name: String, group: String },
    /// Roll call: someone is present, sent apologies, or is absent. After the first roll call
    /// is closed, someone marked present is an arrival; a change away from present is a
    /// correction (leaving is [`Event::PersonLeft`]).
    AttendanceMarked {
        person: String,
        attendance: Attendance,
    },
    /// The first roll call was closed while the meeting runs (starting the meeting closes it
    /// too, if it was taken before the start): who is marked present later has arrived.
    RollCallClosed,
    /// Someone present left before the end of the meeting.
    PersonLeft { person: String },

    /// Someone asked to speak; a point of process goes to the front of the queue.
    HandRaised {
        person: String,
        #[serde(default, skip_serializing_if = "is_false")]
        process: bool,
    },
    /// A hand was taken down without speaking.
    HandLowered {
        person: String,
        #[serde(default, skip_serializing_if = "is_false")]
        process: bool,
    },
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

    /// The timekeeper stopped every clock: meeting, item and turn. `role`: whose screen did
    /// it (journals from before it was kept have none).
    ClockPaused {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<Role>,
    },
    /// The clocks run again (this also ends a break).
    ClockResumed {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<Role>,
    },
    /// A break of planned length; the clocks stop until it ends. `by` asked for it; `role`
    /// started it.
    BreakStarted {
        minutes: u32,
        by: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<Role>,
    },
    /// More time for the current item.
    ItemExtended { minutes: u32, by: String },
    /// More time for the current speaker's turn.
    TurnExtended {
        seconds: u32,
        #[serde(default)]
        by: Option<String>,
    },
    /// The speaker's turn clock starts again from a full turn.
    TurnReset {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<Role>,
    },

    /// The secretary noted something on an item.
    NoteAdded { item: usize, text: String },
    /// A decision on an item, and how it was taken.
    DecisionRecorded {
        item: usize,
        text: String,
        vote: Vote,
    },
    /// Someone will do something, perhaps by a date. `private` is asked when the action is
    /// added on a confidential item: whether it is confidential too (it then stays out of the
    /// minutes, todo.txt and the report). Journals from before the question have no answer:
    /// such actions are in the minutes, as they were then.
    ActionAdded {
        item: usize,
        text: String,
        owner: String,
        #[serde(default)]
        due: Option<NaiveDate>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        private: Option<bool>,
    },
    /// A correction of an entry's text; the entry keeps its number.
    EntryEdited { entry: usize, text: String },
    /// An entry struck from the record (it stays in the journal).
    EntryDeleted { entry: usize },
    /// An item added to the agenda during the meeting, at the end.
    ItemAdded {
        title: String,
        minutes: u32,
        #[serde(default)]
        proposed_by: Option<String>,
    },
    /// A topic set aside for a later meeting. `private` is asked when the topic is parked
    /// during a confidential item: whether its words stay out of the minutes. Journals from
    /// before the question have no answer: such topics stay out, as they did then.
    TopicParked {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        private: Option<bool>,
    },

    /// Several events from one user action (adding a person marks them present too; "all
    /// present" marks everyone), written as one journal line and applied together or not at
    /// all, so a failed write can never leave half an action in the journal.
    Batch { events: Vec<Event> },

    /// This meeting follows an earlier one: which one, and a copy of the actions still open
    /// when it ended, so this journal reads on its own. Only ever the first event.
    MeetingFollows {
        /// The earlier journal's file name.
        journal: String,
        title: String,
        date: NaiveDate,
        /// Whether the earlier meeting had been adjourned.
        adjourned: bool,
        actions: Vec<super::OpenAction>,
    },
    /// An action from the last meeting (its place in the link, from 0) is done.
    ActionDone { action: usize },
    /// An action from the last meeting is carried over to the next, due then on `due`.
    ActionCarried {
        action: usize,
        #[serde(default)]
        due: Option<NaiveDate>,
    },
    /// An action from the last meeting is dropped: nobody will do it.
    ActionDropped { action: usize, reason: String },
    /// Someone responds directly to the speaker (`to`, who has the floor): a short turn right
    /// after theirs, ahead of the queue.
    ResponseRaised { person: String, to: String },
    /// A direct response gets the floor.
    ResponseGiven { person: String },
    /// The facilitator refused a direct response: it leaves the queue without its turn.
    ResponseRefused { person: String },
    /// On a Decision item, a hand that speaks for one side of the motion.
    HandRaisedFor { person: String, side: Side },
    /// The list of speakers is closed: no new hands (points of process and direct responses
    /// still come).
    ListClosed,
    /// The list of speakers is open again (moving to another item opens it too).
    ListReopened,
    /// Every hand still waiting was taken down as the meeting moved to another item.
    HandsCleared,

    /// The first screen of its kind joined the host (recorded once per kind, from the start of
    /// the meeting on): the minutes say which roles ran the meeting from screens of their own.
    ScreenJoined { kind: ScreenKind },
    /// An interposed question: `person` asks the speaker, `to`, a question while they have the
    /// floor. The speaker's turn clock waits while the question runs on its own countdown
    /// (`question_seconds`); when that runs out, or the question ends, the turn goes on.
    QuestionAsked { person: String, to: String },
    /// The facilitator ended the question under way (or one whose time had run out, as a new
    /// one was asked).
    QuestionEnded,
    /// The facilitator put the last speaker on the item back at the top of the list (after any
    /// point of process): their turn stays in the record.
    SpeakerReadded { person: String },
    /// A waiting hand changed kind (hand, direct response, point of process) or, on a Decision
    /// item, side; it keeps its arrival time.
    HandChanged {
        person: String,
        from: HandKind,
        to: HandKind,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        side: Option<Side>,
    },
    /// The facilitator took every waiting hand down at once.
    ListCleared,
    /// The facilitator added a hand to the closed list of speakers, after being asked.
    HandAddedToClosedList {
        person: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        side: Option<Side>,
    },

    /// A member present claimed their own name on the members' page, from a device of their
    /// own; no other device speaks for them until the claim is released.
    PageClaimed { person: String },
    /// The facilitator released a member's claim (from the roll call): a device may claim the
    /// name again.
    ClaimReleased { person: String },
    /// A member raised (`up`) or lowered their own hand on the members' page: an ordinary
    /// hand (on a Decision item perhaps for a side), a direct response, or a point of order.
    PageHand {
        person: String,
        up: bool,
        kind: HandKind,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        side: Option<Side>,
    },
    /// The facilitator turned the members' page's hands off: for the item on the table, or
    /// (without an item) for the rest of the meeting.
    PageHandsOff {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<usize>,
    },
    /// The members' page's hands are on again.
    PageHandsOn,
}

/// What kind of request to speak a hand is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HandKind {
    /// A plain hand, in the queue's weighted order.
    Hand,
    /// A short reply to the speaker, right after their turn.
    DirectResponse,
    /// A remark about how the meeting is run: it goes first.
    PointOfProcess,
}

/// The side of the motion a hand speaks for, on a Decision item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Pro,
    Contra,
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Pro => Side::Contra,
            Side::Contra => Side::Pro,
        }
    }
}

/// How a decision was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vote {
    Consensus,
    Counted {
        #[serde(rename = "for")]
        in_favour: u32,
        against: u32,
        abstain: u32,
        carried: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    Present,
    Apologies,
    Absent,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Journals from before the role was kept still read; new lines say whose screen it was.
    #[test]
    fn a_pause_keeps_whose_screen_it_came_from_and_old_pauses_still_read() {
        let old: Record =
            serde_json::from_str(r#"{"at":"2026-11-24T18:00:00Z","event":"clock_paused"}"#)
                .unwrap();
        assert_eq!(old.event, Event::ClockPaused { role: None });
        let reset: Record =
            serde_json::from_str(r#"{"at":"2026-11-24T18:00:00Z","event":"turn_reset"}"#).unwrap();
        assert_eq!(reset.event, Event::TurnReset { role: None });
        let mut event = Event::Batch {
            events: vec![Event::ClockResumed { role: None }],
        };
        event.set_role(Some(Role::Timekeeper));
        let line = serde_json::to_string(&event).unwrap();
        assert!(line.contains(r#""role":"Timekeeper""#), "{line}");
        assert_eq!(serde_json::from_str::<Event>(&line).unwrap(), event);
        let unstamped = serde_json::to_string(&Event::ClockPaused { role: None }).unwrap();
        assert_eq!(
            unstamped, r#"{"event":"clock_paused"}"#,
            "as old journals wrote it"
        );
    }
}
