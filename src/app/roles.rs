//! Who may do what at the screens of one meeting. The facilitator runs everything; the
//! timekeeper runs the clock; the secretary keeps the record; an observer watches. A screen
//! refuses at once what its seat may not do, and the host checks again what a screen sends,
//! since a screen is never trusted.
//!
//! Every command has a duty here and every event one in the domain's table of facts about
//! events, each matched without a catch-all, so a new one does not compile until someone has
//! decided who may use it. What each job covers is the role table
//! ([`Role::row`](crate::agenda::Role::row)).

use super::Refusal;
use crate::agenda::{Duty, Seat};
use crate::input::Command;
use crate::meeting::{Event, ScreenKind};

impl Seat {
    /// Whether this seat may use a command (checked on its own screen, before any prompt).
    pub fn allows(self, command: Command) -> Result<(), NotAllowed> {
        match self.covers(duty(command)) {
            true => Ok(()),
            false => Err(NotAllowed(self)),
        }
    }

    /// Whether a command is of this seat's own job (the timekeeper's clock, the secretary's
    /// record): its keys are offered first.
    pub fn own_command(self, command: Command) -> bool {
        self.own() == Some(duty(command))
    }

    /// Whether this seat may record an event (checked by the host for what a screen sends):
    /// each of a batch's events, in order. What the host records of its own and what comes
    /// from the members' page come from no screen.
    pub fn may_record(self, event: &Event) -> Result<(), Refusal> {
        for duty in event.duties() {
            match duty {
                Duty::Host | Duty::Page => return Err(Refusal::HostOnly),
                duty if !self.covers(duty) => return Err(Refusal::NotYourRole(self)),
                _ => {}
            }
        }
        Ok(())
    }

    /// The kind of screen this seat's `cochair join` is (`room`: the room view on the wall).
    pub fn screen(self, room: bool) -> ScreenKind {
        match room {
            true => ScreenKind::Room,
            false => ScreenKind::Seat(self),
        }
    }
}

/// A command this seat may not use: the screen says whose job it is in its own language
/// (`refusals-seat-*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAllowed(pub Seat);

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::Role;
    use crate::lang::Lang;

    /// Every seat against every command: the facilitator may do all; the others their own
    /// duty and what changes nothing; an observer only what changes nothing.
    #[test]
    fn every_role_against_every_command() {
        for &command in Command::ALL {
            let duty = duty(command);
            for role in Seat::ALL {
                let expected = match role {
                    Seat::Job(Role::Facilitator) => true,
                    Seat::Job(Role::Timekeeper) => matches!(duty, Duty::Anyone | Duty::Clock),
                    Seat::Job(Role::Secretary) => matches!(duty, Duty::Anyone | Duty::Record),
                    Seat::Observer => duty == Duty::Anyone,
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
        let said = |NotAllowed(seat)| super::super::refusals::seat(Lang::En, seat);
        assert_eq!(
            Seat::Observer.allows(Command::PauseClock).map_err(said),
            Err("Observers can't change the meeting".into())
        );
        assert_eq!(
            Seat::Job(Role::Timekeeper)
                .allows(Command::NextSpeaker)
                .map_err(said),
            Err("The timekeeper's keys are the clock's: ask the facilitator".into())
        );
    }

    /// Every seat against every kind of event a screen may send: the facilitator any but the
    /// host's own and the page's, the others their own duty's, an observer none. The end of a
    /// turn is the timekeeper's as well as the facilitator's, and the review of the last
    /// meeting's actions the secretary's.
    #[test]
    fn every_role_against_every_event_kind() {
        use crate::meeting::EventKind;
        use strum::VariantArray;
        for &kind in EventKind::VARIANTS {
            let event = crate::testing::an_event_of(kind);
            let duty = event.duties()[0];
            for role in Seat::ALL {
                let allowed = match (role, duty) {
                    (_, Duty::Host | Duty::Page) => Err(Refusal::HostOnly),
                    (Seat::Job(Role::Facilitator), _)
                    | (Seat::Job(Role::Timekeeper), Duty::Clock)
                    | (Seat::Job(Role::Secretary), Duty::Record) => Ok(()),
                    _ => Err(Refusal::NotYourRole(role)),
                };
                assert_eq!(
                    role.may_record(&event),
                    allowed,
                    "{} / {kind:?}",
                    role.name()
                );
            }
        }
        let timekeeper =
            |kind| Seat::Job(Role::Timekeeper).may_record(&crate::testing::an_event_of(kind));
        let secretary =
            |kind| Seat::Job(Role::Secretary).may_record(&crate::testing::an_event_of(kind));
        assert!(timekeeper(EventKind::TurnEnded).is_ok());
        assert!(secretary(EventKind::TurnEnded).is_err());
        for kind in [
            EventKind::ActionDone,
            EventKind::ActionCarried,
            EventKind::ActionDropped,
        ] {
            assert!(secretary(kind).is_ok(), "{kind:?}");
            assert!(timekeeper(kind).is_err(), "{kind:?}");
        }
    }

    #[test]
    fn what_a_screen_sends_is_checked_event_by_event() {
        let pause = Event::ClockPaused { role: None };
        let note = Event::NoteAdded {
            item: 0,
            text: "x".into(),
        };
        assert!(Seat::Job(Role::Timekeeper).may_record(&pause).is_ok());
        assert!(Seat::Job(Role::Timekeeper).may_record(&note).is_err());
        assert!(Seat::Job(Role::Secretary).may_record(&note).is_ok());
        assert!(Seat::Observer.may_record(&pause).is_err());
        assert!(
            Seat::Job(Role::Timekeeper)
                .may_record(&Event::TurnEnded)
                .is_ok()
        );
        let mixed = Event::Batch {
            events: vec![pause.clone(), note],
        };
        assert!(Seat::Job(Role::Timekeeper).may_record(&mixed).is_err());
        assert!(Seat::Job(Role::Facilitator).may_record(&mixed).is_ok());
    }
}
