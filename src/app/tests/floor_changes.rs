//! Changes to the floor are in the record, and taking a hand down is asked first.

use super::*;

#[test]
fn taking_a_hand_down_asks_then_is_logged() {
    let mut model = crate::testing::everyone_present_and_started(at(0));
    act(&mut model, Command::AddSpeaker, at(10));
    act(&mut model, Message::Paste("tom".into()), at(10));
    act(&mut model, Command::Confirm, at(10));
    act(&mut model, Command::Cancel, at(10));
    act(&mut model, Command::RemoveSpeaker, at(20));
    assert_eq!(model.meeting.queue().hands.len(), 1, "not yet: asked first");
    act(&mut model, Command::Decline, at(21));
    assert_eq!(model.meeting.queue().hands.len(), 1);
    act(&mut model, Command::RemoveSpeaker, at(22));
    act(&mut model, Command::Confirm, at(23));
    assert!(model.meeting.queue().hands.is_empty());
    let log: Vec<String> = model
        .meeting
        .process_log()
        .iter()
        .map(|e| model.meeting.process_text(e))
        .collect();
    assert_eq!(log, ["Tom Becker's hand taken down by Ana Lopez"]);
}
