//! A decision keeps the quorum it was taken with.

use super::*;
use crate::meeting::{EntryKind, QuorumState};

#[test]
fn a_decision_while_not_quorate_is_asked_about_and_flagged() {
    let mut model = example_model();
    act(&mut model, Command::RollCall, at(0));
    for _ in 0..3 {
        act(&mut model, Command::TogglePresent, at(0));
        act(&mut model, Command::SelectNext, at(0));
    }
    act(&mut model, Command::Cancel, at(0));
    act(&mut model, Command::StartMeeting, at(0));
    act(&mut model, Command::RecordDecision, at(60));
    act(
        &mut model,
        Message::Paste("Accept the minutes".into()),
        at(60),
    );
    act(&mut model, Command::Confirm, at(60));
    act(&mut model, Message::Paste("consensus".into()), at(61));
    act(&mut model, Command::Confirm, at(61));
    assert!(matches!(
        model.overlay,
        Overlay::Confirm(crate::app::Question::NotQuorate { .. })
    ));
    act(&mut model, Command::Confirm, at(62));
    // Then, since nobody has spoken on the item, whether to record it without a customer
    // voice.
    assert!(matches!(
        model.overlay,
        Overlay::Confirm(crate::app::Question::NoCustomerVoice { .. })
    ));
    act(&mut model, Command::Confirm, at(62));
    let EntryKind::Decision { quorum, .. } = &model.meeting.entries()[0].kind else {
        panic!()
    };
    assert_eq!(
        *quorum,
        QuorumState::TooFew {
            present: 3,
            needed: 5
        }
    );
    // Two more arrive: the final attendance is quorate, the decision still says it was not.
    act(&mut model, Command::RollCall, at(120));
    act(&mut model, Command::AllPresent, at(120));
    assert!(model.meeting.quorum().is_quorate());
    let minutes = crate::export::render(
        &model.meeting,
        crate::export::Format::Minutes,
        &crate::export::Options {
            offset: crate::testing::utc(),
            include_confidential: false,
            now: at(200),
            lang: crate::lang::Lang::En,
        },
    );
    let flowing = minutes.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flowing.contains("⚠ Not quorate when decided: 3 present, 5 needed."),
        "{minutes}"
    );
}
