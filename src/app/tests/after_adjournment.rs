//! Keys that need a running meeting, once it is adjourned.

use super::*;

#[test]
fn keys_that_need_a_running_meeting_say_it_is_adjourned() {
    let mut model = crate::testing::everyone_present_and_started(at(0));
    act(&mut model, Command::EndMeeting, at(60));
    act(&mut model, Command::Confirm, at(60));
    for action in [
        Command::AddSpeaker,
        Command::StartMeeting,
        Command::NextItem,
        Command::PauseClock,
        Command::NextSpeaker,
        Command::EndMeeting,
    ] {
        act(&mut model, action, at(70));
        let status = model.status.clone().unwrap_or_default();
        assert!(
            status.starts_with("The meeting is adjourned"),
            "{action:?}: {status}"
        );
    }
}
