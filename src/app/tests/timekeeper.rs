//! The timekeeper's keys: pauses, breaks, extensions and the bell.

use super::*;
use crate::meeting::ClockState;

fn speaking(bell: bool) -> Model {
    let src = crate::agenda::EXAMPLE.replace(
        "speaking: Speaking(turn_seconds: 120,",
        &format!("speaking: Speaking(turn_seconds: 120, bell: {bell},"),
    );
    let mut model = crate::testing::model_from(&src);
    act(&mut model, Command::RollCall, at(0));
    act(&mut model, Command::AllPresent, at(0));
    act(&mut model, Command::Cancel, at(0));
    act(&mut model, Command::StartMeeting, at(0));
    update(
        &mut model,
        Message::Recorded(Record {
            at: at(0),
            proposal: None,
            event: Event::FloorGiven {
                person: "Mei Chen".into(),
                by_override: false,
            },
        }),
        at(0),
    );
    model
}

fn type_text(model: &mut Model, text: &str, secs: i64) {
    for c in text.chars() {
        act(model, Message::Type(c), at(secs));
    }
}

#[test]
fn pause_toggles_and_says_so() {
    let mut model = speaking(false);
    act(&mut model, Command::PauseClock, at(10));
    assert_eq!(
        model.meeting.turn_countdown(at(50)).unwrap().state,
        ClockState::Paused
    );
    act(&mut model, Command::PauseClock, at(50));
    assert!(model.meeting.paused().is_none());
    assert_eq!(
        model.meeting.turn_countdown(at(50)).unwrap().text(),
        "01:50"
    );
}

#[test]
fn a_break_asks_minutes_then_who_asked_with_the_timekeeper_first() {
    let mut model = speaking(false);
    act(&mut model, Command::StartBreak, at(10));
    assert_eq!(model.mode(), Mode::Prompt);
    type_text(&mut model, "ten", 10);
    act(&mut model, Command::Confirm, at(10));
    assert_eq!(
        model.status.as_deref(),
        Some("\"ten\" is not a number of minutes from 1 to 240, nor a time to be back like 18:40")
    );
    act(
        &mut model,
        Message::Edit(crate::app::Edit::DeleteToStart),
        at(10),
    );
    type_text(&mut model, "10", 10);
    act(&mut model, Command::Confirm, at(10));
    assert_eq!(model.mode(), Mode::Picker);
    act(&mut model, Command::Confirm, at(11));
    let pause = model.meeting.paused().unwrap();
    assert_eq!(pause.break_minutes, Some(10));
    let text = model
        .meeting
        .process_text(model.meeting.process_log().last().unwrap());
    assert_eq!(
        text,
        "break of 10 min, asked by Sam Reed, started by the facilitator"
    );
    act(&mut model, Command::StartBreak, at(600));
    assert!(
        model.meeting.paused().is_none(),
        "the break key ends the break"
    );
}

#[test]
fn extensions_are_recorded_with_who_asked() {
    let mut model = speaking(false);
    act(&mut model, Command::ExtendItem, at(10));
    assert_eq!(
        model.meeting.item_allowed(0),
        chrono::TimeDelta::minutes(10)
    );
    act(&mut model, Command::ExtendItemBy, at(11));
    type_text(&mut model, "3", 11);
    act(&mut model, Command::Confirm, at(11));
    type_text(&mut model, "ana", 11);
    act(&mut model, Command::Confirm, at(12));
    assert_eq!(
        model.meeting.item_allowed(0),
        chrono::TimeDelta::minutes(13)
    );
    let texts: Vec<String> = model
        .meeting
        .process_log()
        .iter()
        .map(|e| model.meeting.process_text(e))
        .collect();
    assert_eq!(
        texts,
        [
            "item 1 \"Welcome and check-in\" extended by 5 min, asked by Sam Reed",
            "item 1 \"Welcome and check-in\" extended by 3 min, asked by Ana Lopez"
        ]
    );
    act(&mut model, Command::ExtendTurn, at(13));
    assert_eq!(
        model.meeting.turn_countdown(at(13)).unwrap().text(),
        "02:17"
    );
    act(&mut model, Command::ResetTurn, at(20));
    assert_eq!(
        model.meeting.turn_countdown(at(20)).unwrap().text(),
        "02:00"
    );
}

#[test]
fn timekeeping_waits_for_the_meeting_to_start() {
    let mut model = example_model();
    act(&mut model, Command::PauseClock, at(0));
    assert_eq!(
        model.status.as_deref(),
        Some("The clock starts with the meeting: press s")
    );
    act(&mut model, Command::ExtendTurn, at(0));
    assert!(
        model
            .status
            .as_deref()
            .unwrap()
            .starts_with("The meeting has not started")
    );
}

#[test]
fn the_bell_rings_once_when_the_turn_and_once_when_the_item_runs_out() {
    let mut model = speaking(true);
    let bells = |model: &mut Model, secs: i64| {
        update(model, Message::Tick, at(secs))
            .into_iter()
            .filter(|e| *e == Effect::Bell)
            .count()
    };
    assert_eq!(bells(&mut model, 120), 0, "at zero: not yet");
    assert_eq!(bells(&mut model, 121), 1, "the turn ran out");
    assert_eq!(bells(&mut model, 122), 0, "only once");
    assert_eq!(bells(&mut model, 301), 1, "the 5-minute item ran out");
    assert_eq!(bells(&mut model, 302), 0);
    act(&mut model, Command::ExtendTurn, at(303));
    assert_eq!(
        bells(&mut model, 304),
        0,
        "the turn is still over after 30 s more"
    );
    let mut quiet = speaking(false);
    assert_eq!(bells(&mut quiet, 121), 0, "no bell unless the agenda asks");
}

#[test]
fn the_projector_view_toggles() {
    let mut model = speaking(false);
    act(&mut model, Command::ProjectorView, at(1));
    assert!(model.projector);
    act(&mut model, Command::ProjectorView, at(2));
    assert!(!model.projector);
}
