//! The roles of the people at the screens of one meeting. The facilitator runs everything; the
//! timekeeper runs the clock; the secretary keeps the record; an observer watches. A screen
//! refuses at once what its role may not do, and the host checks again what a screen sends,
//! since a screen is never trusted.
//!
//! Every command and every event has a duty, matched without a catch-all, so a new one does not
//! compile until someone has decided who may use it.

use super::Refusal;
use crate::input::Command;
use crate::meeting::{Event, ScreenKind};

/// Whose job a screen does.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    serde::Serialize,
    serde::Deserialize,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything: the agenda, the floor, the roll call, and the others' jobs too.
    #[default]
    Facilitator,
    /// The clock: pauses, breaks, extensions, the turn's end.
    Timekeeper,
    /// The record: notes, decisions, actions, corrections, parked topics, added items, exports.
    Secretary,
    /// Nothing that changes the meeting.
    Observer,
}

/// What a command or an event is part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duty {
    /// Looking, moving around, answering one's own questions: changes nothing.
    Anyone,
    /// The agenda, the floor and the roll call: the facilitator's.
    Chair,
    /// The timekeeper's.
    Clock,
    /// The secretary's.
    Record,
    /// A member's own, from the members' page (a claim, their own hand): no screen's role.
    Page,
}

impl Role {
    /// Every role, in the order declared.
    pub const ALL: &'static [Role] = <Role as strum::VariantArray>::VARIANTS;

    /// The name on the command line and on screen.
    pub fn name(self) -> &'static str {
        match self {
            Role::Facilitator => "facilitator",
            Role::Timekeeper => "timekeeper",
            Role::Secretary => "secretary",
            Role::Observer => "observer",
        }
    }

    /// The meeting job this role does, as the journal names it (an observer does none).
    pub fn job(self) -> Option<crate::agenda::Role> {
        match self {
            Role::Facilitator => Some(crate::agenda::Role::Facilitator),
            Role::Timekeeper => Some(crate::agenda::Role::Timekeeper),
            Role::Secretary => Some(crate::agenda::Role::Secretary),
            Role::Observer => None,
        }
    }

    fn covers(self, duty: Duty) -> bool {
        matches!(
            (self, duty),
            (_, Duty::Anyone)
                | (Role::Facilitator, Duty::Chair | Duty::Clock | Duty::Record)
                | (Role::Timekeeper, Duty::Clock)
                | (Role::Secretary, Duty::Record)
        )
    }

    /// The kind of screen this role's `cochair join` is (`room`: the room view on the wall).
    pub fn screen(self, room: bool) -> ScreenKind {
        match (self, room) {
            (_, true) => ScreenKind::Room,
            (Role::Facilitator, false) => ScreenKind::Facilitator,
            (Role::Timekeeper, false) => ScreenKind::Timekeeper,
            (Role::Secretary, false) => ScreenKind::Secretary,
            (Role::Observer, false) => ScreenKind::Observer,
        }
    }

    /// Why this role may not do a duty, in the words the screen shows.
    pub(super) fn refusal(self) -> String {
        match self {
            Role::Observer => "Observers can't change the meeting".into(),
            Role::Timekeeper => "The timekeeper's keys are the clock's: ask the facilitator".into(),
            Role::Secretary => "The secretary's keys are the record's: ask the facilitator".into(),
            Role::Facilitator => "The facilitator may do everything".into(),
        }
    }

    /// Whether this role may use a command (checked on its own screen, before any prompt).
    pub fn allows(self, command: Command) -> Result<(), String> {
        match self.covers(duty(command)) {
            true => Ok(()),
            false => Err(self.refusal()),
        }
    }

    /// Whether this role may record an event (checked by the host for what a screen sends).
    pub fn may_record(self, event: &Event) -> Result<(), Refusal> {
        let allowed = match event {
            Event::Batch { events } => return events.iter().try_for_each(|e| self.may_record(e)),
            // Only the host records which screens joined, and the link to the last meeting.
            // A claim and a member's own hand come from the members' page only.
            Event::ScreenJoined { .. }
            | Event::MeetingFollows { .. }
            | Event::PageClaimed { .. }
            | Event::PageHand { .. } => {
                return Err(Refusal::HostOnly);
            }
            // The turn ends by the facilitator's next speaker or by the timekeeper.
            Event::TurnEnded => self.covers(Duty::Chair) || self.covers(Duty::Clock),
            event => self.covers(event_duty(event)),
        };
        match allowed {
            true => Ok(()),
            false => Err(Refusal::NotYourRole(self)),
        }
    }
}

/// The duty a command belongs to.
pub fn duty(command: Command) -> Duty {
    use Command as C;
    match command {
        C::Quit
        | C::Help
        | C::Confirm
        | C::Cancel
        | C::Decline
        | C::ScrollUp
        | C::ScrollDown
        | C::SelectPrevious
        | C::SelectNext
        | C::VoiceBalance
        | C::ProjectorView
        | C::RecordView
        | C::ShowAgenda
        | C::ExportAgenda
        | C::CopyAgenda
        | C::ReviewActions
        | C::PersonTotals
        | C::MembersCode => Duty::Anyone,
        C::StartMeeting
        | C::NextItem
        | C::PreviousItem
        | C::EndMeeting
        | C::RollCall
        | C::TogglePresent
        | C::AllPresent
        | C::MarkLeft
        | C::AddPerson
        | C::AddSpeaker
        | C::PointOfProcess
        | C::RemoveSpeaker
        | C::NextSpeaker
        | C::MoveUp
        | C::MoveDown
        | C::GiveFloor
        | C::DirectResponse
        | C::AddSpeakerPro
        | C::AddSpeakerContra
        | C::ToggleList
        | C::InterposedQuestion
        | C::ReaddLastSpeaker
        | C::EditHand
        | C::ClearHands
        | C::PageHands
        | C::ReleaseClaim => Duty::Chair,
        C::PauseClock
        | C::StartBreak
        | C::ExtendItem
        | C::ExtendItemBy
        | C::ExtendTurn
        | C::ResetTurn
        | C::EndTurn => Duty::Clock,
        C::AddNote
        | C::RecordDecision
        | C::AddAction
        | C::AddItem
        | C::ParkTopic
        | C::EditEntry
        | C::DeleteEntry
        | C::ExportMinutes
        | C::CopyMinutes
        | C::ActionDone
        | C::ActionCarry
        | C::ActionDrop => Duty::Record,
    }
}

/// The duty an event belongs to (a batch and the end of a turn are decided by the caller).
fn event_duty(event: &Event) -> Duty {
    match event {
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
        | Event::HandMoved { .. }
        | Event::ResponseRaised { .. }
        | Event::ResponseGiven { .. }
        | Event::ResponseRefused { .. }
        | Event::HandRaisedFor { .. }
        | Event::ListClosed
        | Event::ListReopened
        | Event::HandsCleared
        | Event::QuestionAsked { .. }
        | Event::QuestionEnded
        | Event::SpeakerReadded { .. }
        | Event::HandChanged { .. }
        | Event::ListCleared
        | Event::HandAddedToClosedList { .. }
        | Event::ClaimReleased { .. }
        | Event::PageHandsOff { .. }
        | Event::PageHandsOn => Duty::Chair,
        Event::PageClaimed { .. } | Event::PageHand { .. } => Duty::Page,
        Event::TurnEnded
        | Event::ClockPaused { .. }
        | Event::ClockResumed { .. }
        | Event::BreakStarted { .. }
        | Event::ItemExtended { .. }
        | Event::TurnExtended { .. }
        | Event::TurnReset { .. } => Duty::Clock,
        Event::NoteAdded { .. }
        | Event::DecisionRecorded { .. }
        | Event::ActionAdded { .. }
        | Event::EntryEdited { .. }
        | Event::EntryDeleted { .. }
        | Event::ItemAdded { .. }
        | Event::TopicParked { .. }
        | Event::ActionDone { .. }
        | Event::ActionCarried { .. }
        | Event::ActionDropped { .. } => Duty::Record,
        // The link to the last meeting is made by the host when it opens the meeting, and the
        // screens joined are recorded by the host as they join (`may_record` refuses both).
        Event::Batch { .. } | Event::MeetingFollows { .. } | Event::ScreenJoined { .. } => {
            Duty::Chair
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every role against every command: the facilitator may do all; the others their own
    /// duty and what changes nothing; an observer only what changes nothing.
    #[test]
    fn every_role_against_every_command() {
        for &command in Command::ALL {
            let duty = duty(command);
            for &role in Role::ALL {
                let expected = match role {
                    Role::Facilitator => true,
                    Role::Timekeeper => matches!(duty, Duty::Anyone | Duty::Clock),
                    Role::Secretary => matches!(duty, Duty::Anyone | Duty::Record),
                    Role::Observer => duty == Duty::Anyone,
                };
                assert_eq!(
                    role.allows(command).is_ok(),
                    expected,
                    "{} / {}",
                    role.name(),
                    command.name()
                );
            }
        }
    }

    #[test]
    fn the_duties_are_the_issue_s_lists() {
        use Command as C;
        for command in [C::PauseClock, C::StartBreak, C::ExtendItem, C::EndTurn] {
            assert_eq!(duty(command), Duty::Clock, "{}", command.name());
        }
        for command in [
            C::AddNote,
            C::RecordDecision,
            C::ExportMinutes,
            C::ParkTopic,
        ] {
            assert_eq!(duty(command), Duty::Record, "{}", command.name());
        }
        assert_eq!(duty(C::ProjectorView), Duty::Anyone);
        assert_eq!(duty(C::NextSpeaker), Duty::Chair);
    }

    #[test]
    fn refusals_say_whose_keys_they_are() {
        assert_eq!(
            Role::Observer.allows(Command::PauseClock),
            Err("Observers can't change the meeting".into())
        );
        assert_eq!(
            Role::Timekeeper.allows(Command::NextSpeaker),
            Err("The timekeeper's keys are the clock's: ask the facilitator".into())
        );
    }

    #[test]
    fn what_a_screen_sends_is_checked_event_by_event() {
        let pause = Event::ClockPaused { role: None };
        let note = Event::NoteAdded {
            item: 0,
            text: "x".into(),
        };
        assert!(Role::Timekeeper.may_record(&pause).is_ok());
        assert!(Role::Timekeeper.may_record(&note).is_err());
        assert!(Role::Secretary.may_record(&note).is_ok());
        assert!(Role::Observer.may_record(&pause).is_err());
        assert!(Role::Timekeeper.may_record(&Event::TurnEnded).is_ok());
        let mixed = Event::Batch {
            events: vec![pause.clone(), note],
        };
        assert!(Role::Timekeeper.may_record(&mixed).is_err());
        assert!(Role::Facilitator.may_record(&mixed).is_ok());
    }
}
