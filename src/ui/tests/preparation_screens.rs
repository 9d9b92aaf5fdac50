//! The agenda to send out, over the meeting, and a planned break on the table.

use super::*;

#[test]
fn the_agenda_to_send_out_is_shown_over_the_meeting() {
    let mut model = example_model();
    act(&mut model, Command::ShowAgenda, at(0));
    let text = screen_text(&render(&model, 100, 30));
    assert!(text.contains("The agenda to send out"), "{text}");
    assert!(text.contains("1. Welcome and check-in"), "{text}");
    assert!(text.contains("X export"), "{text}");
}

#[test]
fn a_planned_break_is_marked_in_the_agenda_and_the_now_panel() {
    let src = crate::agenda::EXAMPLE.replace(
        r#"Item(title: "Minutes of the October meeting", minutes: 5, kind: Decision),"#,
        r#"Item(title: "Tea", minutes: 5, kind: Break),"#,
    );
    let mut model = crate::testing::model_from(&src);
    for action in [Command::RollCall, Command::AllPresent, Command::Cancel] {
        act(&mut model, action, at(0));
    }
    act(&mut model, Command::StartMeeting, at(0));
    act(&mut model, Command::NextItem, at(300));
    let text = screen_text(&render(&model, 100, 30));
    assert!(text.contains("☕ Tea"), "{text}");
    assert!(text.contains("☕ Planned break"), "{text}");
}
