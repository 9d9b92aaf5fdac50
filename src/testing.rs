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
