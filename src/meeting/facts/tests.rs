use strum::VariantArray;

use super::*;
use crate::testing::an_event_of;

/// Every kind of event has an example of its own kind, and its name is the journal's.
#[test]
fn every_kind_is_named_as_the_journal_names_it() {
    let mut names = std::collections::HashSet::new();
    for &kind in EventKind::VARIANTS {
        let event = an_event_of(kind);
        assert_eq!(event.kind(), kind);
        let line = serde_json::to_value(&event).unwrap();
        assert_eq!(line["event"], kind.name(), "{kind:?}");
        assert!(names.insert(kind.name()), "{} named twice", kind.name());
        let back: Event = serde_json::from_value(line).unwrap();
        assert_eq!(back, event, "{kind:?} reads back as itself");
    }
    for &kind in EventKind::VARIANTS {
        // In English a kind is called what the journal calls it, in words.
        assert_eq!(kind.said(Lang::En), kind.name().replace('_', " "));
    }
    assert_eq!(EventKind::ClockPaused.said(Lang::Es), "reloj en pausa");
}

/// The part an event changes and whose job it is agree, except where they differ on purpose
/// (the module's doc says why): walked over every kind, so a new one is decided here too.
#[test]
fn the_part_and_the_duty_of_every_kind_agree() {
    for &kind in EventKind::VARIANTS {
        let duty = kind.duty();
        let expected = match kind.part() {
            Part::Meeting | Part::RollCall | Part::Procedure => Some(Duty::Chair),
            Part::Queue if kind == EventKind::TurnEnded => Some(Duty::Clock),
            Part::Queue => Some(Duty::Chair),
            Part::Clock => Some(Duty::Clock),
            Part::Record => Some(Duty::Record),
            Part::Review if kind == EventKind::MeetingFollows => Some(Duty::Host),
            Part::Review => Some(Duty::Record),
            Part::Screens => Some(Duty::Host),
            Part::Members if matches!(kind, EventKind::PageClaimed | EventKind::PageHand) => {
                Some(Duty::Page)
            }
            Part::Members => Some(Duty::Chair),
            Part::Batch => None,
        };
        assert_eq!(duty, expected, "{kind:?}");
        assert_ne!(duty, Some(Duty::Anyone), "every event changes the meeting");
    }
}

/// A batch has the duties of its events, in order; an event on its own has its one duty.
#[test]
fn a_batch_has_the_duties_of_its_events() {
    let batch = Event::Batch {
        events: vec![
            an_event_of(EventKind::NoteAdded),
            an_event_of(EventKind::ClockPaused),
            an_event_of(EventKind::ScreenJoined),
        ],
    };
    assert_eq!(batch.duties(), [Duty::Record, Duty::Clock, Duty::Host]);
    assert_eq!(an_event_of(EventKind::TurnEnded).duties(), [Duty::Clock]);
}

/// Only the clock's own stops and restarts keep whose screen recorded them, and the role is
/// written to the journal for each of them, in a batch too.
#[test]
fn whose_screen_is_kept_by_the_clock_s_stops_and_restarts() {
    for &kind in EventKind::VARIANTS {
        let mut event = an_event_of(kind);
        let kept = event.role_kept().is_some();
        if kept {
            assert_eq!(kind.part(), Part::Clock, "{kind:?}");
        }
        let mut batch = Event::Batch {
            events: vec![event.clone()],
        };
        event.set_role(Some(Role::Timekeeper));
        batch.set_role(Some(Role::Timekeeper));
        for stamped in [&event, &batch] {
            let line = serde_json::to_string(stamped).unwrap();
            assert_eq!(line.contains(r#""role":"Timekeeper""#), kept, "{line}");
        }
    }
}
