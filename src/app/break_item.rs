//! A planned break (an item of kind `Break`) is a break: nobody has the floor, the list of
//! speakers opens after it, and its clock, which is the break's, does not stop: a pause or a
//! second break inside it would make the minutes say it was shorter than it was.

use super::{Effect, Model};
use crate::input::{Command, Mode};
use crate::tr;

/// A command of the list of speakers or the floor, which a planned break does not have: a
/// hand, a question to the speaker, the last speaker re-added, the floor given.
pub fn opens_after_the_break(command: Command) -> bool {
    matches!(
        command,
        Command::AddSpeaker
            | Command::PointOfProcess
            | Command::DirectResponse
            | Command::AddSpeakerPro
            | Command::AddSpeakerContra
            | Command::InterposedQuestion
            | Command::ReaddLastSpeaker
            | Command::NextSpeaker
            | Command::GiveFloor
    )
}

/// Why a command makes no sense during a planned break, if it does not.
pub(super) fn refused(model: &mut Model, command: Command) -> Option<Vec<Effect>> {
    let meeting = &model.meeting;
    if !meeting.in_break_item() {
        return None;
    }
    let lang = model.lang;
    let why = match command {
        command if opens_after_the_break(command) => match model.seat.allows(Command::NextItem) {
            Ok(()) => {
                let key = model.key_hint(Mode::Meeting, Command::NextItem);
                tr!(lang, "status-break-item-list-key", key = key)
            }
            Err(_) => tr!(lang, "status-break-item-list-facilitator"),
        },
        // Resuming a pause, or ending a break, taken before the planned break began is fine.
        Command::PauseClock | Command::StartBreak if meeting.paused().is_some() => return None,
        Command::PauseClock | Command::StartBreak => {
            let longer = model.key_hint(Mode::Meeting, Command::ExtendItem);
            tr!(lang, "status-break-item-clock", key = longer)
        }
        _ => return None,
    };
    Some(model.say(why))
}

#[cfg(test)]
mod tests {
    use chrono::TimeDelta;

    use crate::agenda::{Role, Seat};
    use crate::app::{Message, Model, update};
    use crate::input::Command;
    use crate::meeting::{Event, Record};
    use crate::testing::{act, at, model_from};

    /// A discussion, a planned break of 10 minutes, then a last item; everyone present.
    const WITH_A_BREAK: &str = r#"Agenda(title: "T", date: "2026-11-24", start: "18:00",
        groups: [Group(id: "m", label: "Members", weight: 2.0)],
        people: [Person(name: "Ana", group: "m"), Person(name: "Ben", group: "m")],
        items: [Item(title: "One", minutes: 10), Item(title: "Tea", minutes: 10, kind: Break),
                Item(title: "Two", minutes: 10)])"#;

    /// On the planned break since second 600.
    fn on_the_break() -> Model {
        let mut model = model_from(WITH_A_BREAK);
        for action in [Command::RollCall, Command::AllPresent, Command::Cancel] {
            act(&mut model, action, at(0));
        }
        act(&mut model, Command::StartMeeting, at(0));
        act(&mut model, Command::NextItem, at(600));
        assert!(model.meeting.in_break_item());
        model
    }

    #[test]
    fn a_hand_during_the_break_is_told_the_list_opens_after_it() {
        let mut model = on_the_break();
        for command in [
            Command::AddSpeaker,
            Command::PointOfProcess,
            Command::NextSpeaker,
            Command::AddSpeakerPro,
            Command::ReaddLastSpeaker,
            Command::InterposedQuestion,
        ] {
            act(&mut model, command, at(630));
            let said = model.status.clone().unwrap_or_default();
            assert!(
                said.contains("the list of speakers opens after it"),
                "{said}"
            );
            assert_eq!(model.overlay, crate::app::Overlay::None, "no picker opens");
        }
        act(&mut model, Command::NextItem, at(1200));
        act(&mut model, Command::AddSpeaker, at(1210));
        assert!(matches!(model.overlay, crate::app::Overlay::Picker(_)));
    }

    /// The timekeeper's `b` inside a planned break once started a second break that stopped
    /// the item's clock: a break of 1:36 read 00:21 in the minutes. Now the break's clock
    /// does not stop, and says why.
    #[test]
    fn the_break_s_clock_does_not_stop_and_the_minutes_get_its_real_length() {
        let mut model = on_the_break();
        model.seat = Seat::Job(Role::Timekeeper);
        for command in [Command::StartBreak, Command::PauseClock] {
            act(&mut model, command, at(621));
            let said = model.status.clone().unwrap_or_default();
            assert!(said.contains("its clock does not stop"), "{said}");
            assert!(model.overlay == crate::app::Overlay::None);
            assert_eq!(model.meeting.paused(), None);
        }
        model.seat = Seat::Job(Role::Facilitator);
        act(&mut model, Command::NextItem, at(696));
        assert_eq!(model.meeting.item_used(1, at(696)), TimeDelta::seconds(96));
        let options = crate::export::Options {
            offset: crate::testing::utc(),
            include_confidential: false,
            now: at(700),
            lang: crate::lang::Lang::En,
        };
        let minutes =
            crate::export::render(&model.meeting, crate::export::Format::Minutes, &options);
        assert!(minutes.contains("planned 10 min, used 01:36"), "{minutes}");
    }

    /// A journal written before: a break started inside the planned break, ended 1:15 later.
    /// The planned break still counts its real length, as the wall clock ran.
    #[test]
    fn an_old_journal_with_a_break_inside_the_planned_break_reads_its_real_length() {
        let mut model = on_the_break();
        let record = |m: &mut Model, secs: i64, event: Event| {
            let record = Record::new(at(secs), event);
            update(m, Message::Recorded(record), at(secs));
        };
        let started = Event::BreakStarted {
            minutes: 5,
            by: "Ana".into(),
            role: None,
        };
        record(&mut model, 621, started);
        record(&mut model, 696, Event::ClockResumed { role: None });
        record(&mut model, 696, Event::ItemOpened { item: 2 });
        assert_eq!(model.meeting.item_used(1, at(700)), TimeDelta::seconds(96));
    }

    #[test]
    fn a_pause_taken_before_the_break_can_still_be_ended_in_it() {
        let mut model = model_from(WITH_A_BREAK);
        act(&mut model, Command::StartMeeting, at(0));
        act(&mut model, Command::PauseClock, at(500));
        act(&mut model, Command::NextItem, at(600));
        act(&mut model, Command::PauseClock, at(610));
        assert_eq!(model.meeting.paused(), None, "resumed");
    }
}
