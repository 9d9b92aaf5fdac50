//! Opening a meeting before its day is preparation, not the meeting.

use super::*;

fn dated(date: &str) -> Model {
    let src = crate::agenda::EXAMPLE.replace(
        "title: \"Family Council — November\",",
        &format!("title: \"Family Council — January\", date: \"{date}\","),
    );
    crate::testing::model_from(&src)
}

#[test]
fn starting_a_meeting_planned_for_a_later_day_asks_first() {
    let mut model = dated("2027-01-14");
    update(&mut model, Message::Tick, at(0));
    assert!(model.planned_for_later());
    act(&mut model, Command::StartMeeting, at(0));
    assert_eq!(model.meeting.phase(), Phase::NotStarted);
    assert!(matches!(
        model.overlay,
        Overlay::Confirm(crate::app::Question::StartEarly)
    ));
    act(&mut model, Command::Decline, at(1));
    assert_eq!(model.meeting.phase(), Phase::NotStarted);
    act(&mut model, Command::StartMeeting, at(2));
    act(&mut model, Command::Confirm, at(3));
    assert_eq!(model.meeting.phase(), Phase::Running);
}

#[test]
fn on_its_day_a_meeting_starts_at_once() {
    let mut model = dated("2026-11-24");
    act(&mut model, Command::StartMeeting, at(0));
    assert_eq!(model.meeting.phase(), Phase::Running);
}
