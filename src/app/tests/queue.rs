//! The queue from the keys: hands up, the floor called and given, overrides and the pickers.

use super::*;
use crate::app::{Candidate, PickFor};
use crate::meeting::Attendance;

/// The example meeting, started, with everyone present.
fn started() -> Model {
    crate::testing::everyone_present_and_started(at(1))
}

fn type_text(model: &mut Model, text: &str) {
    for c in text.chars() {
        act(model, Message::Type(c), at(2));
    }
}

fn queue_names(model: &Model) -> Vec<String> {
    let m = &model.meeting;
    m.queue_order(model.now)
        .iter()
        .map(|r| m.people()[m.queue().hands[r.hand].person].name.clone())
        .collect()
}

#[test]
fn the_picker_adds_hands_and_stays_open_for_the_next() {
    let mut model = started();
    act(&mut model, Command::AddSpeaker, at(2));
    assert_eq!(model.mode(), Mode::Picker);
    type_text(&mut model, "jose");
    act(&mut model, Command::Confirm, at(3));
    type_text(&mut model, "OKAF");
    act(&mut model, Command::Confirm, at(4));
    assert_eq!(model.mode(), Mode::Picker, "still open for the next hand");
    act(&mut model, Command::Cancel, at(5));
    assert_eq!(queue_names(&model), ["José Álvarez", "Dr. Okafor"]);
}

#[test]
fn the_picker_offers_present_people_not_yet_queued_best_match_first() {
    let mut model = started();
    act(&mut model, Command::RollCall, at(2));
    act(&mut model, Command::SelectNext, at(2)); // Sam Reed
    act(&mut model, Command::TogglePresent, at(2)); // present → apologies
    act(&mut model, Command::Cancel, at(2));
    act(&mut model, Command::AddSpeaker, at(3));
    let offered = |model: &Model| -> Vec<String> {
        let Overlay::Picker(picker) = &model.overlay else {
            panic!()
        };
        candidates(model, picker)
            .into_iter()
            .map(|c| match c {
                Candidate::Person(p) => model.meeting.people()[p].name.clone(),
                _ => unreachable!(),
            })
            .collect()
    };
    assert_eq!(offered(&model).len(), 7, "everyone present");
    type_text(&mut model, "EZ");
    assert_eq!(
        offered(&model),
        ["Ana Lopez", "José Álvarez"],
        "substrings, earliest first"
    );
    act(&mut model, Command::Confirm, at(4));
    type_text(&mut model, "ez");
    assert_eq!(offered(&model), ["José Álvarez"], "Ana is already queued");
    act(
        &mut model,
        Message::Edit(crate::app::Edit::DeleteToStart),
        at(4),
    );
    type_text(&mut model, "sam");
    assert!(offered(&model).is_empty(), "Sam sent apologies");
    act(
        &mut model,
        Message::Edit(crate::app::Edit::DeleteToStart),
        at(4),
    );
    type_text(&mut model, "tbr");
    assert_eq!(offered(&model), ["Tom Becker"], "letters in order");
}

#[test]
fn the_queue_needs_a_started_meeting_and_someone_present() {
    let mut model = example_model();
    act(&mut model, Command::AddSpeaker, at(0));
    assert_eq!(
        model.status.as_deref(),
        Some("The queue opens when the meeting starts: press s")
    );
    act(&mut model, Command::StartMeeting, at(1));
    act(&mut model, Command::AddSpeaker, at(2));
    assert_eq!(
        model.status.as_deref(),
        Some("Nobody is marked present yet: press r for the roll call")
    );
}

#[test]
fn next_speaker_calls_the_top_and_a_point_of_process_jumps_ahead() {
    let mut model = started();
    act(&mut model, Command::AddSpeaker, at(2));
    type_text(&mut model, "tom");
    act(&mut model, Command::Confirm, at(2));
    type_text(&mut model, "mei");
    act(&mut model, Command::Confirm, at(3));
    act(&mut model, Command::Cancel, at(3));
    act(&mut model, Command::PointOfProcess, at(4));
    type_text(&mut model, "priya");
    act(&mut model, Command::Confirm, at(4));
    assert_eq!(
        model.mode(),
        Mode::Meeting,
        "a point of process closes the picker"
    );
    assert_eq!(
        queue_names(&model),
        ["Priya Natarajan", "Mei Chen", "Tom Becker"]
    );
    act(&mut model, Command::NextSpeaker, at(5));
    let floor = model.meeting.queue().floor.as_ref().unwrap();
    assert_eq!(model.meeting.people()[floor.person].name, "Priya Natarajan");
    assert!(floor.process);
    act(&mut model, Command::NextSpeaker, at(20));
    act(&mut model, Command::NextSpeaker, at(80));
    act(&mut model, Command::NextSpeaker, at(90));
    assert_eq!(model.meeting.queue().floor, None);
    assert_eq!(
        model.status.as_deref(),
        Some("The queue is empty; the floor is open")
    );
    act(&mut model, Command::NextSpeaker, at(91));
    assert_eq!(
        model.status.as_deref(),
        Some("The queue is empty: press a to add a hand")
    );
}

#[test]
fn overrides_move_the_selection_and_refuse_to_pass_points_of_process() {
    let mut model = started();
    act(&mut model, Command::AddSpeaker, at(2));
    for name in ["tom", "priya", "grace"] {
        type_text(&mut model, name);
        act(&mut model, Command::Confirm, at(2));
    }
    act(&mut model, Command::Cancel, at(2));
    assert_eq!(
        queue_names(&model),
        ["Grace Mensah", "Tom Becker", "Priya Natarajan"]
    );
    act(&mut model, Command::SelectNext, at(3));
    act(&mut model, Command::SelectNext, at(3));
    act(&mut model, Command::MoveUp, at(3));
    assert_eq!(
        queue_names(&model),
        ["Grace Mensah", "Priya Natarajan", "Tom Becker"]
    );
    assert_eq!(model.selected, 1, "the selection follows the moved hand");
    act(&mut model, Command::MoveUp, at(4));
    act(&mut model, Command::MoveUp, at(5));
    assert_eq!(
        model.status.as_deref(),
        Some("Priya Natarajan is already first")
    );
    assert_eq!(model.meeting.process_log().len(), 2);
    act(&mut model, Command::PointOfProcess, at(6));
    type_text(&mut model, "sam");
    act(&mut model, Command::Confirm, at(6));
    act(&mut model, Command::SelectNext, at(7));
    act(&mut model, Command::MoveUp, at(7));
    assert_eq!(
        model.status.as_deref(),
        Some("Points of process stay at the front of the queue")
    );
    act(&mut model, Command::SelectNext, at(8));
    act(&mut model, Command::GiveFloor, at(8));
    let floor = model.meeting.queue().floor.as_ref().unwrap();
    assert!(floor.by_override);
    assert_eq!(model.meeting.process_log().len(), 3);
}

#[test]
fn roll_call_cycles_and_adds_people() {
    let mut model = example_model();
    act(&mut model, Command::RollCall, at(0));
    act(&mut model, Command::TogglePresent, at(0));
    act(&mut model, Command::TogglePresent, at(0));
    act(&mut model, Command::TogglePresent, at(0));
    assert_eq!(
        model.meeting.people()[0].attendance,
        Some(Attendance::Absent)
    );
    act(&mut model, Command::AddPerson, at(1));
    assert_eq!(model.mode(), Mode::Prompt);
    type_text(&mut model, "Leila Haddad");
    act(&mut model, Command::Confirm, at(1));
    let Overlay::Picker(picker) = &model.overlay else {
        panic!("{:?}", model.overlay)
    };
    assert_eq!(
        picker.purpose,
        PickFor::Group {
            name: "Leila Haddad".into()
        }
    );
    type_text(&mut model, "fam");
    act(&mut model, Command::Confirm, at(2));
    let leila = model.meeting.person("Leila Haddad").unwrap();
    assert_eq!(model.meeting.people()[leila].group, "members");
    assert!(model.meeting.people()[leila].is_present());
    assert_eq!(model.mode(), Mode::RollCall);
}

#[test]
fn typing_in_a_picker_never_runs_global_keys() {
    let mut model = started();
    act(&mut model, Command::AddSpeaker, at(2));
    let q = crate::input::Key::parse("q").unwrap();
    assert_eq!(model.message_for(q), Message::Type('q'));
    let ctrl_c = crate::input::Key::parse("ctrl-c").unwrap();
    assert_eq!(model.message_for(ctrl_c), Message::Command(Command::Quit));
    let ctrl_w = crate::input::Key::parse("ctrl-w").unwrap();
    assert_eq!(
        model.message_for(ctrl_w),
        Message::Edit(crate::app::Edit::DeleteWord)
    );
}
