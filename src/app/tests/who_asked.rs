//! "Who asked?" knows who is here.

use super::*;

#[test]
fn people_present_come_first_and_absent_names_say_why() {
    let mut model = crate::testing::everyone_present_and_started(at(0));
    act(&mut model, Command::RollCall, at(10));
    // Sam Reed, the timekeeper, is second in the roll call: apologies.
    act(&mut model, Command::SelectNext, at(10));
    act(&mut model, Command::TogglePresent, at(10));
    act(&mut model, Command::Cancel, at(10));
    act(&mut model, Command::StartBreak, at(20));
    act(&mut model, Message::Paste("10".into()), at(20));
    act(&mut model, Command::Confirm, at(20));
    let Overlay::Picker(picker) = &model.overlay else {
        panic!("{:?}", model.overlay)
    };
    let found = crate::app::candidates(&model, picker);
    let names: Vec<&str> = found
        .iter()
        .map(|c| match c {
            crate::app::Candidate::Person(p) => model.meeting.people()[*p].name.as_str(),
            _ => "?",
        })
        .collect();
    assert_eq!(names.last(), Some(&"Sam Reed"), "{names:?}");
    act(&mut model, Message::Paste("zzz".into()), at(21));
    let Overlay::Picker(picker) = &model.overlay else {
        panic!()
    };
    assert_eq!(crate::app::nobody_matches(&model, picker), "Nobody matches");
    let mut speaker = crate::testing::everyone_present_and_started(at(0));
    act(&mut speaker, Command::RollCall, at(5));
    for _ in 0..7 {
        act(&mut speaker, Command::SelectNext, at(5));
    }
    act(&mut speaker, Command::TogglePresent, at(5));
    act(&mut speaker, Command::Cancel, at(5));
    act(&mut speaker, Command::AddSpeaker, at(6));
    act(&mut speaker, Message::Paste("tom b".into()), at(6));
    let Overlay::Picker(picker) = &speaker.overlay else {
        panic!()
    };
    assert_eq!(
        crate::app::nobody_matches(&speaker, picker),
        "Tom Becker sent apologies"
    );
}
