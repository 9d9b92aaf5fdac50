//! The procedure on screen: a direct response on the floor, hands for and against the motion,
//! a hand kept from the item before, the list of speakers closed, the voice on a Decision item,
//! the per-person totals, and the questions.

use super::*;
use crate::meeting::Side;

fn text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

fn side(model: &mut Model, secs: i64, name: &str, side: Side) {
    let person = name.into();
    record(model, secs, Event::HandRaisedFor { person, side });
}

/// Item 4, "Budget 2027", a Decision: Tom's hand kept from item 3; Dr. Okafor and José for
/// the motion, Priya against; Dr. Okafor and Tom have spoken, Priya has the floor and Sam
/// responds directly; the list of speakers is closed. 18:30:40.
fn deciding_budget() -> Model {
    let mut model = example_model();
    for p in 0..model.meeting.people().len() {
        let person = model.meeting.people()[p].name.clone();
        let attendance = match person.as_str() {
            "Grace Mensah" => Attendance::Apologies,
            _ => Attendance::Present,
        };
        record(
            &mut model,
            -60,
            Event::AttendanceMarked { person, attendance },
        );
    }
    act(&mut model, Command::StartMeeting, at(0));
    act(&mut model, Command::NextItem, at(5 * 60));
    act(&mut model, Command::NextItem, at(9 * 60));
    hand(&mut model, 9 * 60 + 10, "Mei Chen", false);
    hand(&mut model, 9 * 60 + 20, "Tom Becker", false);
    act(&mut model, Command::NextSpeaker, at(9 * 60 + 30));
    act(&mut model, Command::NextItem, at(25 * 60));
    act(&mut model, Command::Confirm, at(25 * 60)); // keep Tom's hand
    side(&mut model, 25 * 60 + 10, "Dr. Okafor", Side::Pro);
    side(&mut model, 25 * 60 + 20, "Priya Natarajan", Side::Contra);
    side(&mut model, 25 * 60 + 30, "José Álvarez", Side::Pro);
    record(
        &mut model,
        26 * 60,
        Event::FloorGiven {
            person: "Dr. Okafor".into(),
            by_override: false,
        },
    );
    // Tom, for neither side, passes José: pro spoke last and contra waits.
    act(&mut model, Command::NextSpeaker, at(28 * 60));
    act(&mut model, Command::NextSpeaker, at(29 * 60));
    let to = "Priya Natarajan".to_string();
    record(
        &mut model,
        29 * 60 + 30,
        Event::ResponseRaised {
            person: "Sam Reed".into(),
            to,
        },
    );
    act(&mut model, Command::ToggleList, at(29 * 60 + 45));
    crate::app::update(&mut model, Message::Tick, at(30 * 60 + 40));
    model
}

#[test]
fn procedure_on_a_decision_item_120x32() {
    let mut model = deciding_budget();
    act(&mut model, Command::VoiceBalance, at(30 * 60 + 40));
    insta::assert_snapshot!(render(&model, 120, 32).backend());
}

#[test]
fn the_queue_reads_without_colour() {
    let model = deciding_budget();
    let screen = text(&render(&model, 120, 32));
    for words in [
        "⊘ List closed",
        "Staff · spoken 01:40 · − contra",
        "↩ responds to Priya Natarajan",
        "+ pro · first time on this item",
    ] {
        assert!(screen.contains(words), "{words:?} in\n{screen}");
    }
}

#[test]
fn per_person_totals_100x30() {
    let mut model = deciding_budget();
    act(&mut model, Command::PersonTotals, at(30 * 60 + 40));
    insta::assert_snapshot!(render(&model, 100, 30).backend());
}

#[test]
fn per_person_totals_in_roll_call_order_narrow_80x24() {
    let mut model = deciding_budget();
    act(&mut model, Command::PersonTotals, at(30 * 60 + 40));
    act(&mut model, Command::PersonTotals, at(30 * 60 + 40));
    let screen = text(&render(&model, 80, 24));
    assert!(screen.contains("Per person · roll-call order"), "{screen}");
    assert!(screen.contains("Not yet heard on this item:"), "{screen}");
    let ana = screen.find("Ana Lopez").unwrap();
    let okafor = screen.find("Dr. Okafor").unwrap();
    assert!(ana < okafor, "roll-call order");
}

#[test]
fn per_person_totals_give_the_group_what_the_names_leave_120x40() {
    let mut model = deciding_budget();
    act(&mut model, Command::PersonTotals, at(30 * 60 + 40));
    let screen = text(&render(&model, 120, 40));
    // The longest name, "Priya Natarajan", needs 15 of the 28 cells for name and group:
    // the group column gets the other 12, not just a third of them ("Family m…").
    assert!(screen.contains("Priya Natarajan Staff"), "{screen}");
    assert!(screen.contains("Family memb…"), "{screen}");
}

#[test]
fn a_suggested_motion_is_shown_whole_80x24() {
    let mut model = deciding_budget();
    let motion = "That the council asks the service to keep respite funding at this \
                  year's level in 2027 and to report on the waiting list each quarter.";
    model.overlay = Overlay::Prompt(crate::app::Prompt::suggesting(
        crate::app::PromptFor::DecisionText,
        motion,
    ));
    let screen = text(&render(&model, 80, 24));
    assert!(screen.contains("› That the council asks"), "{screen}");
    assert!(screen.contains("each quarter."), "{screen}");
    assert!(
        screen.contains("typing replaces the suggestion"),
        "{screen}"
    );
}

#[test]
fn the_decision_prompt_shows_the_voice_on_the_item_80x24() {
    let mut model = deciding_budget();
    act(&mut model, Command::RecordDecision, at(30 * 60 + 40));
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn a_decision_without_a_customer_voice_is_asked_about_80x24() {
    let mut model = deciding_budget();
    act(&mut model, Command::NextItem, at(31 * 60));
    act(&mut model, Command::Decline, at(31 * 60)); // clear the hands
    act(&mut model, Command::RecordDecision, at(32 * 60));
    act(
        &mut model,
        Message::Paste("Keep the bus route".into()),
        at(32 * 60),
    );
    act(&mut model, Command::Confirm, at(32 * 60));
    act(&mut model, Message::Paste("consensus".into()), at(32 * 60));
    act(&mut model, Command::Confirm, at(32 * 60));
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn moving_on_with_hands_waiting_asks_80x24() {
    let mut model = deciding_budget();
    act(&mut model, Command::NextItem, at(31 * 60));
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}
