//! Answers already in a prompt are suggestions: the first thing typed replaces them.

use super::*;

fn started() -> Model {
    crate::testing::everyone_present_and_started(at(0))
}

fn open_prompt(model: &Model) -> &Prompt {
    match &model.overlay {
        Overlay::Prompt(prompt) => prompt,
        other => panic!("no prompt open: {other:?}"),
    }
}

fn typed(model: &mut Model, text: &str, secs: i64) {
    for c in text.chars() {
        act(model, Message::Type(c), at(secs));
    }
}

#[test]
fn typing_minutes_for_an_added_item_replaces_the_suggested_ten() {
    let mut model = started();
    act(&mut model, Command::AddItem, at(60));
    typed(&mut model, "Volunteer party", 60);
    act(&mut model, Command::Confirm, at(60));
    let prompt = open_prompt(&model);
    assert_eq!(prompt.field.text(), "10");
    assert!(prompt.field.is_suggested());
    typed(&mut model, "4", 61);
    let prompt = open_prompt(&model);
    assert_eq!(prompt.field.text(), "4", "not 104");
}

/// The example meeting on its second item, a Decision whose agenda gives the motion.
fn on_the_motion() -> Model {
    let src = crate::agenda::EXAMPLE.replace(
        r#"Item(title: "Minutes of the October meeting", minutes: 5, kind: Decision)"#,
        r#"Item(title: "Minutes of the October meeting", minutes: 5, kind: Decision,
                description: Some("That the October minutes are a true record."))"#,
    );
    assert_ne!(
        src,
        crate::agenda::EXAMPLE,
        "the example's second item moved"
    );
    let mut model = crate::testing::model_from(&src);
    for action in [Command::RollCall, Command::AllPresent, Command::Cancel] {
        act(&mut model, action, at(0));
    }
    act(&mut model, Command::StartMeeting, at(0));
    act(&mut model, Command::NextItem, at(30));
    model
}

fn decision_text(model: &Model) -> Option<String> {
    match &model.overlay {
        Overlay::Prompt(Prompt {
            purpose: PromptFor::DecisionVote { text },
            ..
        }) => Some(text.clone()),
        _ => None,
    }
}

#[test]
fn the_motion_on_the_agenda_is_the_suggested_decision() {
    let mut model = on_the_motion();
    act(&mut model, Command::RecordDecision, at(60));
    let prompt = open_prompt(&model);
    assert_eq!(
        prompt.field.text(),
        "That the October minutes are a true record."
    );
    assert!(prompt.field.is_suggested());
    act(&mut model, Command::Confirm, at(60));
    assert_eq!(
        decision_text(&model).as_deref(),
        Some("That the October minutes are a true record.")
    );
}

#[test]
fn typing_a_decision_replaces_the_motion() {
    let mut model = on_the_motion();
    act(&mut model, Command::RecordDecision, at(60));
    typed(&mut model, "Minutes deferred", 60);
    act(&mut model, Command::Confirm, at(60));
    assert_eq!(decision_text(&model).as_deref(), Some("Minutes deferred"));
}

#[test]
fn an_item_without_a_motion_suggests_nothing() {
    let mut model = started();
    act(&mut model, Command::RecordDecision, at(60));
    let prompt = open_prompt(&model);
    assert_eq!(prompt.field.text(), "");
}

#[test]
fn typing_yes_replaces_the_suggested_no() {
    let mut model = started();
    act(&mut model, Command::RecordDecision, at(60));
    typed(&mut model, "Keep the hall booking", 60);
    act(&mut model, Command::Confirm, at(60));
    typed(&mut model, "2/5/0", 61);
    act(&mut model, Command::Confirm, at(61));
    typed(&mut model, "yes", 62);
    act(&mut model, Command::Confirm, at(62));
    act(&mut model, Command::Confirm, at(62)); // no family member has spoken: record it
    let carried = model.meeting.entries().iter().any(|e| {
        matches!(
            e.kind,
            crate::meeting::EntryKind::Decision {
                vote: crate::meeting::Vote::Counted { carried: true, .. },
                ..
            }
        )
    });
    assert!(carried, "{:?} {:?}", model.status, model.meeting.entries());
}

#[test]
fn an_added_item_longer_than_the_time_to_spare_is_asked_about() {
    let mut model = started();
    // The plan runs 80 minutes from the start; at 60 minutes in, still on item 1 of 7.
    act(&mut model, Command::AddItem, at(60));
    typed(&mut model, "Strategy day", 60);
    act(&mut model, Command::Confirm, at(60));
    typed(&mut model, "104", 60);
    act(&mut model, Command::Confirm, at(60));
    let Overlay::Confirm(question) = &model.overlay else {
        panic!("{:?}", model.overlay)
    };
    let wording = question.wording(&model);
    assert_eq!(
        wording.body[0],
        "\"Strategy day\" is 104 min; the meeting has 0 min left."
    );
    // No: back to the minutes, with 104 suggested.
    act(&mut model, Command::Decline, at(61));
    let prompt = open_prompt(&model);
    assert_eq!(prompt.field.text(), "104");
    // Esc at the question adds nothing.
    act(&mut model, Command::Confirm, at(62));
    act(&mut model, Command::Cancel, at(62));
    assert_eq!(model.overlay, Overlay::None);
    assert_eq!(model.meeting.items().len(), 7);
}
