//! Fixtures shared by the unit tests: a meeting at fixed times, so no test reads the clock.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta, TimeZone, Utc};

use crate::agenda;
use crate::app::Model;
use crate::input::Command;
use crate::input::Keymap;
use crate::meeting::Meeting;

/// 2026-11-24 18:00:00 UTC plus `secs`.
pub fn at(secs: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 18, 0, 0).unwrap() + TimeDelta::seconds(secs)
}

pub fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap()
}

/// The built-in example agenda, dated 2026-11-24 and planned to start at 18:00.
pub fn example_model() -> Model {
    let src = agenda::EXAMPLE.replace(
        "title: \"Family Council — November\",",
        "title: \"Family Council — November\", date: \"2026-11-24\", start: \"18:00\", place: \"Room 2 / video link\",",
    );
    let src = src.replace("    place: Some(\"Room 2 / video link\"),\n", "");
    model_from(&src)
}

pub fn model_from(src: &str) -> Model {
    let agenda = agenda::from_str(src, Path::new("test.ron")).unwrap();
    let date = agenda
        .date()
        .unwrap_or(NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    let meeting = Meeting::new(agenda, date);
    Model::new(
        meeting,
        Keymap::builtin(),
        PathBuf::from("/meetings/family-council-2026-11-24.jsonl"),
        at(0),
        utc(),
    )
}

/// Run an action and apply every event it records, as the runtime would when saving works.
pub fn act(model: &mut Model, action: impl Into<crate::app::Message>, now: DateTime<Utc>) {
    crate::app::dispatch(
        model,
        action,
        now,
        &mut crate::app::InMemory::default(),
        &mut crate::app::Quiet,
    );
}

/// The example meeting started at `start`, before any roll call.
pub fn started(start: DateTime<Utc>) -> Model {
    let mut model = example_model();
    act(&mut model, crate::input::Command::StartMeeting, start);
    model
}

/// The example meeting with everyone marked present, started at `start`.
pub fn everyone_present_and_started(start: DateTime<Utc>) -> Model {
    let mut model = example_model();
    for action in [Command::RollCall, Command::AllPresent, Command::Cancel] {
        act(&mut model, action, at(0));
    }
    act(&mut model, Command::StartMeeting, start);
    model
}

/// The example meeting linked to the October meeting of the follow-through fixtures: five
/// actions to review (due 6, 20 and 13 November, 1 December, and one with no date).
pub fn following_october() -> Model {
    let path = Path::new("tests/fixtures/follow/family-council-2026-10-27.jsonl");
    let contents = crate::store::journal::read(path).unwrap();
    let october = crate::store::journal::replay(path, &contents).unwrap();
    let mut model = example_model();
    let link = crate::meeting::following(&october, "family-council-2026-10-27.jsonl");
    model
        .meeting
        .apply(&crate::meeting::Record {
            at: at(-600),
            proposal: None,
            event: link,
        })
        .unwrap();
    model
}

/// One event of each kind, with its fields filled in (the fact tables' tests walk them all).
pub fn an_event_of(kind: crate::meeting::EventKind) -> crate::meeting::Event {
    use crate::meeting::{
        Attendance, Direction, Event, EventKind as K, HandKind, OpenAction, ScreenKind, Side, Vote,
    };
    let ana = || "Ana Lopez".to_string();
    let ben = || "Ben Okafor".to_string();
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    match kind {
        K::MeetingStarted => Event::MeetingStarted,
        K::ItemOpened => Event::ItemOpened { item: 1 },
        K::MeetingEnded => Event::MeetingEnded,
        K::PersonAdded => Event::PersonAdded {
            name: "Dee".into(),
            group: "family".into(),
        },
        K::AttendanceMarked => Event::AttendanceMarked {
            person: ana(),
            attendance: Attendance::Present,
        },
        K::RollCallClosed => Event::RollCallClosed,
        K::PersonLeft => Event::PersonLeft { person: ana() },
        K::HandRaised => Event::HandRaised {
            person: ana(),
            process: true,
        },
        K::HandLowered => Event::HandLowered {
            person: ana(),
            process: false,
        },
        K::FloorGiven => Event::FloorGiven {
            person: ana(),
            by_override: true,
        },
        K::TurnEnded => Event::TurnEnded,
        K::HandMoved => Event::HandMoved {
            person: ana(),
            direction: Direction::Up,
            past: ben(),
        },
        K::ClockPaused => Event::ClockPaused { role: None },
        K::ClockResumed => Event::ClockResumed { role: None },
        K::BreakStarted => Event::BreakStarted {
            minutes: 10,
            by: ana(),
            role: None,
        },
        K::ItemExtended => Event::ItemExtended {
            minutes: 5,
            by: ana(),
        },
        K::TurnExtended => Event::TurnExtended {
            seconds: 30,
            by: Some(ben()),
        },
        K::TurnReset => Event::TurnReset { role: None },
        K::NoteAdded => Event::NoteAdded {
            item: 0,
            text: "Families asked for evening meetings".into(),
        },
        K::DecisionRecorded => Event::DecisionRecorded {
            item: 0,
            text: "Budget agreed".into(),
            vote: Vote::Consensus,
        },
        K::ActionAdded => Event::ActionAdded {
            item: 0,
            text: "Send the budget".into(),
            owner: ana(),
            due: Some(day),
            private: Some(false),
        },
        K::EntryEdited => Event::EntryEdited {
            entry: 0,
            text: "Budget agreed, with thanks".into(),
        },
        K::EntryDeleted => Event::EntryDeleted { entry: 0 },
        K::ItemAdded => Event::ItemAdded {
            title: "Transport".into(),
            minutes: 10,
            proposed_by: Some(ben()),
        },
        K::TopicParked => Event::TopicParked {
            text: "Newsletter".into(),
            private: None,
        },
        K::Batch => Event::Batch {
            events: vec![Event::ListClosed],
        },
        K::MeetingFollows => Event::MeetingFollows {
            journal: "family-council-2026-10-27.jsonl".into(),
            title: "Family Council — October".into(),
            date: NaiveDate::from_ymd_opt(2026, 10, 27).unwrap(),
            adjourned: true,
            actions: vec![OpenAction {
                text: "Book the room".into(),
                owner: ben(),
                due: None,
                set_on: NaiveDate::from_ymd_opt(2026, 10, 27).unwrap(),
                carried: 0,
            }],
        },
        K::ActionDone => Event::ActionDone { action: 0 },
        K::ActionCarried => Event::ActionCarried {
            action: 0,
            due: Some(day),
        },
        K::ActionDropped => Event::ActionDropped {
            action: 0,
            reason: "Nobody needs it now".into(),
        },
        K::ResponseRaised => Event::ResponseRaised {
            person: ana(),
            to: ben(),
        },
        K::ResponseGiven => Event::ResponseGiven { person: ana() },
        K::ResponseRefused => Event::ResponseRefused { person: ana() },
        K::HandRaisedFor => Event::HandRaisedFor {
            person: ana(),
            side: Side::Pro,
        },
        K::ListClosed => Event::ListClosed,
        K::ListReopened => Event::ListReopened,
        K::HandsCleared => Event::HandsCleared,
        K::ScreenJoined => Event::ScreenJoined {
            kind: ScreenKind::from(crate::agenda::Role::Timekeeper),
        },
        K::QuestionAsked => Event::QuestionAsked {
            person: ana(),
            to: ben(),
        },
        K::QuestionEnded => Event::QuestionEnded,
        K::SpeakerReadded => Event::SpeakerReadded { person: ben() },
        K::HandChanged => Event::HandChanged {
            person: ana(),
            from: HandKind::Hand,
            to: HandKind::DirectResponse,
            side: None,
        },
        K::ListCleared => Event::ListCleared,
        K::HandAddedToClosedList => Event::HandAddedToClosedList {
            person: ana(),
            side: Some(Side::Contra),
        },
        K::PageClaimed => Event::PageClaimed { person: ana() },
        K::ClaimReleased => Event::ClaimReleased { person: ana() },
        K::PageHand => Event::PageHand {
            person: ana(),
            up: true,
            kind: HandKind::PointOfProcess,
            side: None,
        },
        K::PageHandsOff => Event::PageHandsOff { item: Some(1) },
        K::PageHandsOn => Event::PageHandsOn,
    }
}
