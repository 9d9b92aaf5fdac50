//! What cochair knows about each kind of event, one table per fact. Each table is one
//! exhaustive match over [`EventKind`], so a new kind of event does not compile until every
//! fact is decided for it, and every caller asks the table instead of keeping a list of its own:
//!
//! - [`EventKind::part`]: which part of the meeting it changes (the fold sends it there);
//! - [`EventKind::duty`]: whose job it is to propose it (the host checks what a screen sends
//!   against the role table, and the page's and the host's own events come from no screen);
//! - [`Event::role_kept`]: whether it keeps whose screen recorded it;
//! - [`EventKind::name`]: its name in the journal;
//! - [`EventKind::said`]: what it is called on screen, in the reader's language.
//!
//! How a recorded event reads in the minutes is the process log's table
//! ([`super::ProcessKind`]'s words, `process_words.rs`) and the record's entries.
//!
//! The part and the duty are different facts and differ on purpose in two places: the end of a
//! turn changes the floor (the queue's part) and is the timekeeper's key as well as the
//! facilitator's (the clock's duty, which the facilitator's job covers); the review of the
//! last meeting's actions is its own part, and the secretary's job.

use super::{Event, EventKind};
use crate::agenda::{Duty, Role};
use crate::lang::Lang;
use crate::tr;

/// Which part of the meeting an event changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The meeting's start, the item on the table, the adjournment.
    Meeting,
    /// Which kinds of screen ran the meeting (the host records it as they join).
    Screens,
    /// Who is there: people added, attendance, arrivals and departures.
    RollCall,
    /// Hands, the floor, turns, overrides.
    Queue,
    /// The meeting's procedure: direct responses, pro and contra, the list of speakers,
    /// interposed questions, hands changed.
    Procedure,
    /// The timekeeper's clocks: pauses, breaks, extensions, turn resets.
    Clock,
    /// The secretary's record: notes, decisions, actions, corrections, items, parked topics.
    Record,
    /// The link to the last meeting and the review of the actions it left open.
    Review,
    /// The members' page: claims, hands from the page, the page's hands on or off.
    Members,
    /// Several events of one user action, recorded together.
    Batch,
}

impl EventKind {
    /// Which part of the meeting an event of this kind changes.
    pub fn part(self) -> Part {
        use EventKind as K;
        match self {
            K::MeetingStarted | K::ItemOpened | K::MeetingEnded => Part::Meeting,
            K::ScreenJoined => Part::Screens,
            K::PersonAdded | K::AttendanceMarked | K::RollCallClosed | K::PersonLeft => {
                Part::RollCall
            }
            K::HandRaised | K::HandLowered | K::FloorGiven | K::TurnEnded | K::HandMoved => {
                Part::Queue
            }
            K::ResponseRaised
            | K::ResponseGiven
            | K::ResponseRefused
            | K::HandRaisedFor
            | K::ListClosed
            | K::ListReopened
            | K::HandsCleared
            | K::QuestionAsked
            | K::QuestionEnded
            | K::SpeakerReadded
            | K::HandChanged
            | K::ListCleared
            | K::HandAddedToClosedList => Part::Procedure,
            K::ClockPaused
            | K::ClockResumed
            | K::BreakStarted
            | K::ItemExtended
            | K::TurnExtended
            | K::TurnReset => Part::Clock,
            K::NoteAdded
            | K::DecisionRecorded
            | K::ActionAdded
            | K::EntryEdited
            | K::EntryDeleted
            | K::ItemAdded
            | K::TopicParked => Part::Record,
            K::MeetingFollows | K::ActionDone | K::ActionCarried | K::ActionDropped => Part::Review,
            K::PageClaimed | K::ClaimReleased | K::PageHand | K::PageHandsOff | K::PageHandsOn => {
                Part::Members
            }
            K::Batch => Part::Batch,
        }
    }

    /// Whose job it is to propose an event of this kind; `None` for a batch, whose events
    /// each have their own ([`Event::duties`]).
    pub fn duty(self) -> Option<Duty> {
        use EventKind as K;
        Some(match self {
            K::MeetingStarted
            | K::ItemOpened
            | K::MeetingEnded
            | K::PersonAdded
            | K::AttendanceMarked
            | K::RollCallClosed
            | K::PersonLeft
            | K::HandRaised
            | K::HandLowered
            | K::FloorGiven
            | K::HandMoved
            | K::ResponseRaised
            | K::ResponseGiven
            | K::ResponseRefused
            | K::HandRaisedFor
            | K::ListClosed
            | K::ListReopened
            | K::HandsCleared
            | K::QuestionAsked
            | K::QuestionEnded
            | K::SpeakerReadded
            | K::HandChanged
            | K::ListCleared
            | K::HandAddedToClosedList
            | K::ClaimReleased
            | K::PageHandsOff
            | K::PageHandsOn => Duty::Chair,
            // The turn ends by the facilitator's next speaker or by the timekeeper's key.
            K::TurnEnded
            | K::ClockPaused
            | K::ClockResumed
            | K::BreakStarted
            | K::ItemExtended
            | K::TurnExtended
            | K::TurnReset => Duty::Clock,
            K::NoteAdded
            | K::DecisionRecorded
            | K::ActionAdded
            | K::EntryEdited
            | K::EntryDeleted
            | K::ItemAdded
            | K::TopicParked
            | K::ActionDone
            | K::ActionCarried
            | K::ActionDropped => Duty::Record,
            // The host records which screens joined as they join, and the link to the last
            // meeting when it opens the meeting.
            K::ScreenJoined | K::MeetingFollows => Duty::Host,
            K::PageClaimed | K::PageHand => Duty::Page,
            K::Batch => return None,
        })
    }

    /// The name in the journal (`"event": "note_added"`).
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// A few words for a person, in their language (`note added`, `nota añadida`): what a
    /// proposal the host did not record was, when it has no text of its own to show.
    pub fn said(self, lang: Lang) -> String {
        use EventKind as K;
        match self {
            K::MeetingStarted => tr!(lang, "meeting-event-meeting-started"),
            K::ItemOpened => tr!(lang, "meeting-event-item-opened"),
            K::MeetingEnded => tr!(lang, "meeting-event-meeting-ended"),
            K::PersonAdded => tr!(lang, "meeting-event-person-added"),
            K::AttendanceMarked => tr!(lang, "meeting-event-attendance-marked"),
            K::RollCallClosed => tr!(lang, "meeting-event-roll-call-closed"),
            K::PersonLeft => tr!(lang, "meeting-event-person-left"),
            K::HandRaised => tr!(lang, "meeting-event-hand-raised"),
            K::HandLowered => tr!(lang, "meeting-event-hand-lowered"),
            K::FloorGiven => tr!(lang, "meeting-event-floor-given"),
            K::TurnEnded => tr!(lang, "meeting-event-turn-ended"),
            K::HandMoved => tr!(lang, "meeting-event-hand-moved"),
            K::ClockPaused => tr!(lang, "meeting-event-clock-paused"),
            K::ClockResumed => tr!(lang, "meeting-event-clock-resumed"),
            K::BreakStarted => tr!(lang, "meeting-event-break-started"),
            K::ItemExtended => tr!(lang, "meeting-event-item-extended"),
            K::TurnExtended => tr!(lang, "meeting-event-turn-extended"),
            K::TurnReset => tr!(lang, "meeting-event-turn-reset"),
            K::NoteAdded => tr!(lang, "meeting-event-note-added"),
            K::DecisionRecorded => tr!(lang, "meeting-event-decision-recorded"),
            K::ActionAdded => tr!(lang, "meeting-event-action-added"),
            K::EntryEdited => tr!(lang, "meeting-event-entry-edited"),
            K::EntryDeleted => tr!(lang, "meeting-event-entry-deleted"),
            K::ItemAdded => tr!(lang, "meeting-event-item-added"),
            K::TopicParked => tr!(lang, "meeting-event-topic-parked"),
            K::Batch => tr!(lang, "meeting-event-batch"),
            K::MeetingFollows => tr!(lang, "meeting-event-meeting-follows"),
            K::ActionDone => tr!(lang, "meeting-event-action-done"),
            K::ActionCarried => tr!(lang, "meeting-event-action-carried"),
            K::ActionDropped => tr!(lang, "meeting-event-action-dropped"),
            K::ResponseRaised => tr!(lang, "meeting-event-response-raised"),
            K::ResponseGiven => tr!(lang, "meeting-event-response-given"),
            K::ResponseRefused => tr!(lang, "meeting-event-response-refused"),
            K::HandRaisedFor => tr!(lang, "meeting-event-hand-raised-for"),
            K::ListClosed => tr!(lang, "meeting-event-list-closed"),
            K::ListReopened => tr!(lang, "meeting-event-list-reopened"),
            K::HandsCleared => tr!(lang, "meeting-event-hands-cleared"),
            K::ScreenJoined => tr!(lang, "meeting-event-screen-joined"),
            K::QuestionAsked => tr!(lang, "meeting-event-question-asked"),
            K::QuestionEnded => tr!(lang, "meeting-event-question-ended"),
            K::SpeakerReadded => tr!(lang, "meeting-event-speaker-readded"),
            K::HandChanged => tr!(lang, "meeting-event-hand-changed"),
            K::ListCleared => tr!(lang, "meeting-event-list-cleared"),
            K::HandAddedToClosedList => tr!(lang, "meeting-event-hand-added-to-closed-list"),
            K::PageClaimed => tr!(lang, "meeting-event-page-claimed"),
            K::ClaimReleased => tr!(lang, "meeting-event-claim-released"),
            K::PageHand => tr!(lang, "meeting-event-page-hand"),
            K::PageHandsOff => tr!(lang, "meeting-event-page-hands-off"),
            K::PageHandsOn => tr!(lang, "meeting-event-page-hands-on"),
        }
    }
}

impl Event {
    /// The kind of this event.
    pub fn kind(&self) -> EventKind {
        self.into()
    }

    /// Which part of the meeting this event changes.
    pub fn part(&self) -> Part {
        self.kind().part()
    }

    /// Whose job it is to propose this event: its one duty, or each of a batch's events', in
    /// order.
    pub fn duties(&self) -> Vec<Duty> {
        match self {
            Event::Batch { events } => events.iter().flat_map(Event::duties).collect(),
            event => event.kind().duty().into_iter().collect(),
        }
    }

    /// Where the event keeps whose screen recorded it (pauses, resumes, breaks, restarted
    /// turns); `None` for the kinds that keep no role.
    pub fn role_kept(&mut self) -> Option<&mut Option<Role>> {
        match self {
            Event::ClockPaused { role }
            | Event::ClockResumed { role }
            | Event::BreakStarted { role, .. }
            | Event::TurnReset { role } => Some(role),
            Event::MeetingStarted
            | Event::ItemOpened { .. }
            | Event::MeetingEnded
            | Event::PersonAdded { .. }
            | Event::AttendanceMarked { .. }
            | Event::RollCallClosed
            | Event::PersonLeft { .. }
            | Event::HandRaised { .. }
            | Event::HandLowered { .. }
            | Event::FloorGiven { .. }
            | Event::TurnEnded
            | Event::HandMoved { .. }
            | Event::ItemExtended { .. }
            | Event::TurnExtended { .. }
            | Event::NoteAdded { .. }
            | Event::DecisionRecorded { .. }
            | Event::ActionAdded { .. }
            | Event::EntryEdited { .. }
            | Event::EntryDeleted { .. }
            | Event::ItemAdded { .. }
            | Event::TopicParked { .. }
            | Event::Batch { .. }
            | Event::MeetingFollows { .. }
            | Event::ActionDone { .. }
            | Event::ActionCarried { .. }
            | Event::ActionDropped { .. }
            | Event::ResponseRaised { .. }
            | Event::ResponseGiven { .. }
            | Event::ResponseRefused { .. }
            | Event::HandRaisedFor { .. }
            | Event::ListClosed
            | Event::ListReopened
            | Event::HandsCleared
            | Event::ScreenJoined { .. }
            | Event::QuestionAsked { .. }
            | Event::QuestionEnded
            | Event::SpeakerReadded { .. }
            | Event::HandChanged { .. }
            | Event::ListCleared
            | Event::HandAddedToClosedList { .. }
            | Event::PageClaimed { .. }
            | Event::ClaimReleased { .. }
            | Event::PageHand { .. }
            | Event::PageHandsOff { .. }
            | Event::PageHandsOn => None,
        }
    }

    /// Note whose screen the event came from, where the event keeps it: the host stamps it,
    /// as it stamps the time. A batch's events each keep it.
    pub fn set_role(&mut self, by: Option<Role>) {
        if let Event::Batch { events } = self {
            events.iter_mut().for_each(|e| e.set_role(by));
        } else if let Some(role) = self.role_kept() {
            *role = by;
        }
    }
}

#[cfg(test)]
mod tests;
