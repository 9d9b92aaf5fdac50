use super::*;
use crate::app::Message;
use crate::input::Command;
use crate::meeting::Phase;
use crate::testing::{act, at, example_model};

#[test]
fn starting_asks_the_runtime_to_record_first() {
    let mut model = example_model();
    let effects = update(&mut model, Command::StartMeeting, at(5));
    assert_eq!(
        effects,
        vec![Effect::Record(Record {
            at: at(5),
            proposal: None,
            event: Event::MeetingStarted
        })]
    );
    assert_eq!(
        model.meeting.phase(),
        Phase::NotStarted,
        "nothing applied before it is saved"
    );
    for effect in effects {
        if let Effect::Record(r) = effect {
            update(&mut model, Message::Recorded(r), at(5));
        }
    }
    assert_eq!(model.meeting.phase(), Phase::Running);
}

#[test]
fn moving_before_the_start_says_how_to_start() {
    let mut model = example_model();
    assert!(update(&mut model, Command::NextItem, at(0)).is_empty());
    assert_eq!(
        model.status.as_deref(),
        Some("The meeting has not started: press s to start it")
    );
}

#[test]
fn next_and_previous_walk_the_agenda() {
    let mut model = crate::testing::started(at(0));
    act(&mut model, Command::NextItem, at(60));
    act(&mut model, Command::NextItem, at(120));
    act(&mut model, Command::PreviousItem, at(180));
    assert_eq!(model.meeting.current(), 1);
    act(&mut model, Command::PreviousItem, at(190));
    act(&mut model, Command::PreviousItem, at(200));
    assert_eq!(model.meeting.current(), 0);
    assert_eq!(model.status.as_deref(), Some("This is the first item"));
}

#[test]
fn the_last_item_points_to_adjournment() {
    let mut model = crate::testing::started(at(0));
    for i in 1..20 {
        act(&mut model, Command::NextItem, at(i));
    }
    assert_eq!(model.meeting.current(), model.meeting.items().len() - 1);
    assert_eq!(
        model.status.as_deref(),
        Some("This is the last item: press e to adjourn")
    );
}

#[test]
fn adjourning_asks_first() {
    let mut model = crate::testing::started(at(0));
    act(&mut model, Command::EndMeeting, at(10));
    assert_eq!(
        model.overlay,
        Overlay::Confirm(crate::app::Question::Adjourn)
    );
    assert_eq!(model.mode(), Mode::Confirm);
    act(&mut model, Command::Cancel, at(11));
    assert_eq!(model.meeting.phase(), Phase::Running);
    act(&mut model, Command::EndMeeting, at(12));
    act(&mut model, Command::Confirm, at(13));
    assert_eq!(model.meeting.phase(), Phase::Adjourned);
    assert_eq!(model.meeting.ended(), Some(at(13)));
}

fn disk_full() -> SaveError {
    SaveError::System("No space left on device".into())
}

#[test]
fn a_failed_save_is_shown_and_cleared_by_the_next_good_one() {
    let mut model = example_model();
    update(&mut model, Message::SaveFailed(disk_full()), at(1));
    assert_eq!(model.save_error, Some(disk_full()));
    assert_eq!(model.meeting.phase(), Phase::NotStarted);
    act(&mut model, Command::StartMeeting, at(2));
    assert_eq!(model.save_error, None);
}

#[test]
fn help_toggles_and_scrolls() {
    let mut model = example_model();
    act(&mut model, Command::Help, at(0));
    assert_eq!(model.mode(), Mode::Help);
    act(&mut model, Command::ScrollDown, at(0));
    act(&mut model, Command::ScrollDown, at(0));
    act(&mut model, Command::ScrollUp, at(0));
    assert_eq!(model.overlay, Overlay::Help { scroll: 1 });
    act(&mut model, Command::Cancel, at(0));
    assert_eq!(model.mode(), Mode::Meeting);
}

#[test]
fn quitting_is_an_effect_not_a_state() {
    let mut model = example_model();
    assert_eq!(update(&mut model, Command::Quit, at(0)), vec![Effect::Quit]);
}

#[test]
fn an_unbound_key_is_named_with_the_way_to_help() {
    let mut model = example_model();
    update(&mut model, Message::UnknownKey("x".into()), at(0));
    assert_eq!(
        model.status.as_deref(),
        Some("x does nothing here; press ? for the keys")
    );
}

mod queue;

mod timekeeper;

mod secretary;

mod around_the_prompts_and_the_record;

mod suggested_answers;

mod attendance;

mod quorum_at_decisions;

mod confidential;

mod floor_changes;

mod after_adjournment;

mod who_asked;

mod preparation;

mod agenda_to_send_out;

mod review_of_last_actions;

mod procedure;
