//! Confidential items, and topics parked during them.

use super::*;

fn confidential_transport() -> Model {
    let src = crate::agenda::EXAMPLE.replace(
        r#"minutes: 15, proposed_by: Some("José Álvarez")"#,
        r#"minutes: 15, proposed_by: Some("José Álvarez"), confidential: true"#,
    );
    let mut model = crate::testing::model_from(&src);
    for action in [Command::RollCall, Command::AllPresent, Command::Cancel] {
        act(&mut model, action, at(0));
    }
    act(&mut model, Command::StartMeeting, at(0));
    for _ in 0..4 {
        act(&mut model, Command::NextItem, at(60));
    }
    assert!(model.meeting.agenda().items[model.meeting.current()].confidential);
    model
}

fn minutes(model: &Model) -> String {
    crate::export::render(
        &model.meeting,
        crate::export::Format::Minutes,
        &crate::export::Options {
            offset: crate::testing::utc(),
            include_confidential: false,
            now: at(900),
            lang: crate::lang::Lang::En,
        },
    )
}

#[test]
fn a_topic_parked_in_confidence_keeps_its_words_unless_asked_not_to() {
    for (answer, shown) in [(Command::Confirm, true), (Command::Decline, false)] {
        let mut model = confidential_transport();
        act(&mut model, Command::ParkTopic, at(120));
        act(
            &mut model,
            Message::Paste("Fuel card for carers".into()),
            at(120),
        );
        act(&mut model, Command::Confirm, at(120));
        assert!(matches!(
            model.overlay,
            Overlay::Confirm(crate::app::Question::ParkedWords { .. })
        ));
        act(&mut model, answer, at(121));
        assert_eq!(model.meeting.parking_lot().len(), 1);
        let text = minutes(&model);
        assert_eq!(text.contains("Fuel card for carers"), shown, "{text}");
    }
}

#[test]
fn never_mind_parks_nothing() {
    let mut model = confidential_transport();
    act(&mut model, Command::ParkTopic, at(120));
    act(&mut model, Message::Paste("Fuel card".into()), at(120));
    act(&mut model, Command::Confirm, at(120));
    act(&mut model, Command::Cancel, at(121));
    assert!(model.meeting.parking_lot().is_empty());
}
