//! Who was there, who arrived, who left.

use super::*;

#[test]
fn closing_the_first_roll_call_in_a_running_meeting_is_recorded() {
    let mut model = crate::testing::started(at(0));
    act(&mut model, Command::RollCall, at(30));
    act(&mut model, Command::AllPresent, at(30));
    act(&mut model, Command::Cancel, at(40));
    assert_eq!(model.meeting.roll_call_closed(), Some(at(40)));
    // Grace is corrected to apologies, then arrives.
    act(&mut model, Command::RollCall, at(600));
    for _ in 0..4 {
        act(&mut model, Command::SelectNext, at(600));
    }
    act(&mut model, Command::TogglePresent, at(600));
    act(&mut model, Command::TogglePresent, at(601));
    act(&mut model, Command::TogglePresent, at(602));
    let grace = model.meeting.person("Grace Mensah").unwrap();
    assert_eq!(model.meeting.people()[grace].arrived, Some(at(602)));
    assert_eq!(model.meeting.people()[grace].left_early, None);
}

#[test]
fn leaving_is_its_own_key_in_the_roll_call() {
    let mut model = crate::testing::everyone_present_and_started(at(0));
    act(&mut model, Command::RollCall, at(900));
    act(&mut model, Command::MarkLeft, at(900));
    let ana = model.meeting.person("Ana Lopez").unwrap();
    assert_eq!(model.meeting.people()[ana].left_early, Some(at(900)));
    let minutes = crate::export::render(
        &model.meeting,
        crate::export::Format::Minutes,
        &crate::export::Options {
            offset: crate::testing::utc(),
            include_confidential: false,
            now: at(1000),
            lang: crate::lang::Lang::En,
        },
    );
    assert!(minutes.contains("Left early:"), "{minutes}");
    assert!(minutes.contains("Ana Lopez (18:15)"), "{minutes}");
}
