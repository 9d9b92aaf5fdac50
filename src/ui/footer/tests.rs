//! The key hints are true: every key offered runs what it says on that screen, for that role,
//! in that mode; and what the app says on the status line does not linger.

use super::{hint_list, hint_words};
use crate::agenda::{Role, Seat};
use crate::app::{Message, Model, STATUS_SECONDS, update};
use crate::input::{Command, KeyCode};
use crate::meeting::Event;
use crate::testing::{act, at, everyone_present_and_started};

/// The example meeting, everyone present, two hands up and Mei Chen on the floor.
fn with_hands() -> Model {
    let mut model = everyone_present_and_started(at(0));
    for (secs, person) in [(10, "Mei Chen"), (20, "Tom Becker"), (30, "Sam Reed")] {
        let event = Event::HandRaised {
            person: person.into(),
            process: false,
        };
        let record = crate::meeting::Record::new(at(secs), event);
        update(&mut model, Message::Recorded(record), at(secs));
    }
    act(&mut model, Command::NextSpeaker, at(40));
    model
}

fn words(model: &Model) -> Vec<String> {
    hint_words(model)
        .into_iter()
        .map(|(keys, hint)| format!("{keys} {hint}"))
        .collect()
}

#[test]
fn every_key_offered_runs_what_it_says_in_every_mode_and_role() {
    let opens = [
        None,
        Some(Command::Help),
        Some(Command::AddSpeaker),
        Some(Command::AddNote),
        Some(Command::RecordView),
        Some(Command::RollCall),
        Some(Command::ExtendItemBy),
    ];
    for role in Seat::ALL {
        for open in opens {
            let mut model = with_hands();
            if let Some(command) = open {
                act(&mut model, command, at(50));
            }
            model.seat = role;
            for (key, command) in hint_list(&model) {
                assert_eq!(
                    model.message_for(key),
                    Message::Command(command),
                    "{} in {:?}: {key}",
                    role.name(),
                    model.mode()
                );
                assert!(model.seat.allows(command).is_ok(), "{key} {command:?}");
            }
        }
    }
}

#[test]
fn a_prompt_offers_no_key_that_types_a_letter() {
    for open in [Command::AddNote, Command::AddSpeaker, Command::ExtendItemBy] {
        let mut model = with_hands();
        act(&mut model, open, at(50));
        assert!(model.mode().takes_text(), "{open:?}");
        let shown = words(&model);
        for (key, _) in hint_list(&model) {
            let plain = matches!(key.code, KeyCode::Char(_)) && !key.mods.ctrl && !key.mods.alt;
            assert!(!plain, "{key} types a letter here: {shown:?}");
        }
        assert!(shown.contains(&"f1 help".to_string()), "{shown:?}");
        assert!(shown.contains(&"ctrl-c quit".to_string()), "{shown:?}");
        assert!(!shown.iter().any(|h| h == "q quit" || h == "? help"));
    }
}

#[test]
fn the_timekeeper_sees_the_clock_s_keys_first_and_no_list_to_choose_from() {
    let mut model = with_hands();
    model.seat = Seat::Job(Role::Timekeeper);
    let shown = words(&model);
    assert_eq!(shown[0], "? help", "{shown:?}");
    assert_eq!(
        shown[1..5],
        ["x end turn", "t pause", "b break", "+ +5 min"],
        "{shown:?}"
    );
    assert!(!shown.iter().any(|h| h.ends_with("select")), "{shown:?}");
    // The facilitator, who moves hands, is offered the list.
    model.seat = Seat::Job(Role::Facilitator);
    assert!(words(&model).contains(&"up/down select".to_string()));
}

#[test]
fn the_secretary_sees_the_record_s_keys_first() {
    let mut model = with_hands();
    model.seat = Seat::Job(Role::Secretary);
    let shown = words(&model);
    assert_eq!(
        shown[..4],
        ["? help", "w note", "D decision", "A action"],
        "{shown:?}"
    );
}

#[test]
fn keys_for_the_same_thing_share_one_hint() {
    let mut model = with_hands();
    act(&mut model, Command::RollCall, at(50));
    assert!(words(&model).contains(&"up/down select".to_string()));
}

#[test]
fn a_refusal_goes_after_a_few_seconds_of_the_model_s_time() {
    let mut model = with_hands();
    model.seat = Seat::Job(Role::Timekeeper);
    act(&mut model, Command::NextSpeaker, at(100));
    let refusal = model.status.clone().expect("refused");
    assert!(refusal.contains("ask the facilitator"), "{refusal}");
    update(&mut model, Message::Tick, at(100 + STATUS_SECONDS - 1));
    assert_eq!(model.status.as_deref(), Some(refusal.as_str()));
    // Another screen's record does not renew it.
    let record = crate::meeting::Record::new(at(100 + STATUS_SECONDS - 1), Event::TurnEnded);
    update(
        &mut model,
        Message::Recorded(record),
        at(100 + STATUS_SECONDS - 1),
    );
    update(&mut model, Message::Tick, at(100 + STATUS_SECONDS));
    assert_eq!(model.status, None);
}

#[test]
fn a_refusal_said_again_is_shown_its_full_time_again() {
    let mut model = with_hands();
    model.seat = Seat::Job(Role::Timekeeper);
    act(&mut model, Command::NextSpeaker, at(100));
    act(&mut model, Command::NextSpeaker, at(104));
    update(&mut model, Message::Tick, at(104 + STATUS_SECONDS - 1));
    assert!(model.status.is_some());
    update(&mut model, Message::Tick, at(104 + STATUS_SECONDS));
    assert_eq!(model.status, None);
}

#[test]
fn a_refusal_goes_with_the_next_key() {
    let mut model = with_hands();
    model.seat = Seat::Job(Role::Timekeeper);
    act(&mut model, Command::NextSpeaker, at(100));
    assert!(model.status.is_some());
    act(&mut model, Command::VoiceBalance, at(101));
    assert_eq!(model.status, None);
}

#[test]
fn the_timekeeper_and_the_secretary_see_the_balance_they_ask_for() {
    for role in [Seat::Job(Role::Timekeeper), Seat::Job(Role::Secretary)] {
        let mut model = with_hands();
        model.seat = role;
        act(&mut model, Command::VoiceBalance, at(60));
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
        terminal.draw(|f| crate::ui::view(&model, f)).unwrap();
        let shown: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        assert!(shown.contains("Voice balance"), "{}: {shown}", role.name());
    }
}

/// The list of speakers' keys: a question to the speaker, the last speaker re-added, a hand
/// changed, every hand down.
const LIST_KEYS: [Command; 4] = [
    Command::InterposedQuestion,
    Command::ReaddLastSpeaker,
    Command::EditHand,
    Command::ClearHands,
];

#[test]
fn the_list_of_speakers_keys_are_the_chair_s_and_only_where_they_act() {
    let model = with_hands();
    let offered: Vec<Command> = hint_list(&model).into_iter().map(|(_, c)| c).collect();
    for command in [
        Command::InterposedQuestion,
        Command::EditHand,
        Command::ClearHands,
    ] {
        assert!(offered.contains(&command), "{command:?}: {offered:?}");
    }
    // Nobody spoke before Mei Chen: there is no last speaker to re-add.
    assert!(!offered.contains(&Command::ReaddLastSpeaker), "{offered:?}");
    for role in [
        Seat::Job(Role::Timekeeper),
        Seat::Job(Role::Secretary),
        Seat::Observer,
    ] {
        let mut model = with_hands();
        model.seat = role;
        let offered: Vec<Command> = hint_list(&model).into_iter().map(|(_, c)| c).collect();
        assert!(
            !LIST_KEYS.iter().any(|c| offered.contains(c)),
            "{}: {offered:?}",
            role.name()
        );
    }
    // In a prompt, Q, U and E type letters, and ctrl-d is not the list's.
    let mut model = with_hands();
    act(&mut model, Command::AddNote, at(50));
    let offered: Vec<Command> = hint_list(&model).into_iter().map(|(_, c)| c).collect();
    assert!(
        !LIST_KEYS.iter().any(|c| offered.contains(c)),
        "{offered:?}"
    );
}

#[test]
fn a_screen_whose_host_is_gone_or_closed_offers_no_key_that_would_be_refused() {
    let mut model = with_hands();
    model.seat = Seat::Job(Role::Timekeeper);
    model.link = crate::app::Link::Joined { connected: false };
    let offered: Vec<Command> = hint_list(&model).into_iter().map(|(_, c)| c).collect();
    assert!(offered.contains(&Command::VoiceBalance), "{offered:?}");
    for command in [
        Command::PauseClock,
        Command::StartBreak,
        Command::ExtendItem,
    ] {
        assert!(!offered.contains(&command), "{command:?}: {offered:?}");
    }
    // Once the host closed the meeting, any key leaves: the line above says so.
    model.link = crate::app::Link::Closed { at: at(60) };
    assert_eq!(hint_list(&model), []);
}
