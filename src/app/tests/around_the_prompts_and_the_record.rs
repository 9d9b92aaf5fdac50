//! Leaving prompts, finishing the record after adjournment, and minutes made mid-meeting.

use super::*;

#[test]
fn esc_from_any_secretary_or_timekeeper_prompt_returns_to_the_meeting() {
    let mut model = crate::testing::started(at(0));
    for open in [
        Command::AddNote,
        Command::StartBreak,
        Command::ExtendItemBy,
        Command::AddItem,
        Command::ParkTopic,
    ] {
        act(&mut model, open, at(1));
        assert_eq!(model.mode(), Mode::Prompt, "{open:?}");
        act(&mut model, Command::Cancel, at(1));
        assert_eq!(model.mode(), Mode::Meeting, "esc after {open:?}");
    }
}

#[test]
fn the_record_can_be_finished_after_adjournment() {
    let mut model = crate::testing::started(at(0));
    act(&mut model, Command::EndMeeting, at(10));
    act(&mut model, Command::Confirm, at(10));
    act(&mut model, Command::AddNote, at(20));
    act(
        &mut model,
        Message::Paste("Written up afterwards".into()),
        at(20),
    );
    act(&mut model, Command::Confirm, at(20));
    assert_eq!(model.meeting.entries().len(), 1);
    act(&mut model, Command::RecordView, at(30));
    act(&mut model, Command::EditEntry, at(30));
    act(&mut model, Message::Paste(" (checked)".into()), at(30));
    act(&mut model, Command::Confirm, at(30));
    assert_eq!(
        model.meeting.entries()[0].text,
        "Written up afterwards (checked)"
    );
}

#[test]
fn minutes_made_mid_meeting_count_the_current_item_and_speaker() {
    let mut model = crate::testing::everyone_present_and_started(at(0));
    update(
        &mut model,
        Message::Recorded(Record {
            at: at(60),
            proposal: None,
            event: Event::FloorGiven {
                person: "Mei Chen".into(),
                by_override: false,
            },
        }),
        at(60),
    );
    let options = crate::export::Options {
        offset: crate::testing::utc(),
        include_confidential: false,
        now: at(150),
        lang: crate::lang::Lang::En,
    };
    let minutes = crate::export::render(&model.meeting, crate::export::Format::Minutes, &options);
    assert!(minutes.contains("used 02:30"), "{minutes}");
    assert!(
        minutes.contains("Mei Chen 01:30 (still speaking)"),
        "{minutes}"
    );
}
