//! The facilitator's list of speakers through the keys: each new action is a command in the
//! keymap, records one journal record, asks where the issue says it asks, and says why when it
//! makes no sense.

use chrono::{DateTime, Utc};

use super::*;
use crate::agenda::{Role, Seat};
use crate::app::{Candidate, InMemory, Message, PickFor, Question, Quiet};
use crate::input::Command;
use crate::meeting::{HandKind, Side};
use crate::testing::{at, everyone_present_and_started};

/// Run an action as the runtime does and return what it recorded.
fn records(model: &mut Model, action: impl Into<Message>, now: DateTime<Utc>) -> Vec<Event> {
    let mut journal = InMemory::default();
    dispatch(model, action, now, &mut journal, &mut Quiet);
    journal.0.into_iter().map(|r| r.event).collect()
}

/// The minutes as a member reads them the next day.
fn minutes(model: &Model) -> String {
    let options = crate::export::Options {
        offset: crate::testing::utc(),
        include_confidential: false,
        now: at(60),
        lang: crate::lang::Lang::En,
    };
    crate::export::render(&model.meeting, crate::export::Format::Minutes, &options)
}

fn present() -> Model {
    everyone_present_and_started(at(0))
}

/// Type a name (or words) into the open picker and press enter.
fn pick(model: &mut Model, text: &str, secs: i64) -> Vec<Event> {
    records(model, Message::Paste(text.into()), at(secs));
    records(model, Command::Confirm, at(secs))
}

fn hand(model: &mut Model, name: &str, secs: i64) {
    records(model, Command::AddSpeaker, at(secs));
    pick(model, name, secs);
    records(model, Command::Cancel, at(secs));
}

fn speaker(model: &Model) -> Option<String> {
    let m = &model.meeting;
    let floor = m.queue().floor.as_ref()?;
    Some(m.people()[floor.person].name.clone())
}

fn names(model: &Model) -> Vec<String> {
    let m = &model.meeting;
    m.queue_order(model.now)
        .iter()
        .map(|r| m.people()[m.queue().hands[r.hand].person].name.clone())
        .collect()
}

/// Tom Becker has the floor from second 10.
fn tom_speaking() -> Model {
    let mut model = present();
    hand(&mut model, "Tom Becker", 5);
    records(&mut model, Command::NextSpeaker, at(10));
    assert_eq!(speaker(&model).as_deref(), Some("Tom Becker"));
    model
}

#[test]
fn q_asks_an_interposed_question_in_one_record_and_q_again_ends_it() {
    let mut model = tom_speaking();
    assert!(records(&mut model, Command::InterposedQuestion, at(20)).is_empty());
    let Overlay::Picker(picker) = &model.overlay else {
        panic!("{:?}", model.overlay)
    };
    assert_eq!(
        picker.purpose.title(crate::lang::Lang::En),
        "Question to Tom Becker: who asks?"
    );
    let recorded = pick(&mut model, "Mei Chen", 20);
    let asked = Event::QuestionAsked {
        person: "Mei Chen".into(),
        to: "Tom Becker".into(),
    };
    assert_eq!(recorded, [asked]);
    assert_eq!(model.overlay, Overlay::None);
    assert_eq!(
        now_hint(&model).unwrap(),
        "Mei Chen asks Tom Becker a question (00:30 left): Q ends it, then the turn goes on"
    );
    let ended = records(&mut model, Command::InterposedQuestion, at(32));
    assert_eq!(ended, [Event::QuestionEnded]);
    assert_eq!(model.meeting.queue().questions[0].length.num_seconds(), 12);
}

#[test]
fn a_new_question_after_one_ran_out_closes_it_in_the_same_record() {
    let mut model = tom_speaking();
    records(&mut model, Command::InterposedQuestion, at(20));
    pick(&mut model, "Mei Chen", 20);
    records(&mut model, Command::InterposedQuestion, at(60));
    let recorded = pick(&mut model, "Grace Mensah", 60);
    let both = vec![
        Event::QuestionEnded,
        Event::QuestionAsked {
            person: "Grace Mensah".into(),
            to: "Tom Becker".into(),
        },
    ];
    assert_eq!(recorded, [Event::Batch { events: both }]);
    assert_eq!(model.meeting.queue().questions[0].length.num_seconds(), 30);
    records(&mut model, Command::EndTurn, at(58 + 12));
    let minutes = minutes(&model)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        minutes.contains(
            "Tom Becker 00:20 (interposed questions from Mei Chen 00:30, Grace Mensah 00:10)"
        ),
        "{minutes}"
    );
}

#[test]
fn a_question_with_nobody_speaking_is_refused_with_what_to_press() {
    let mut model = present();
    assert!(records(&mut model, Command::InterposedQuestion, at(5)).is_empty());
    assert_eq!(
        model.status.as_deref(),
        Some(
            "Nobody has the floor: an interposed question is put to the speaker (press a for a hand)"
        )
    );
    assert_eq!(model.overlay, Overlay::None);
}

#[test]
fn u_puts_the_last_speaker_back_on_top_in_one_record() {
    let mut model = tom_speaking();
    records(&mut model, Command::ReaddLastSpeaker, at(15));
    assert_eq!(
        model.status.as_deref(),
        Some("Nobody has finished a turn on this item yet")
    );
    hand(&mut model, "Mei Chen", 16);
    records(&mut model, Command::NextSpeaker, at(20));
    let recorded = records(&mut model, Command::ReaddLastSpeaker, at(22));
    let person = "Tom Becker".into();
    assert_eq!(recorded, [Event::SpeakerReadded { person }]);
    assert_eq!(names(&model), ["Tom Becker"]);
    records(&mut model, Command::ReaddLastSpeaker, at(23));
    assert_eq!(
        model.status.as_deref(),
        Some("Tom Becker already has a hand waiting: select it and press g to give the floor")
    );
}

#[test]
fn e_changes_the_selected_hand_in_one_record() {
    let mut model = present();
    hand(&mut model, "Mei Chen", 5);
    records(&mut model, Command::EditHand, at(6));
    let Overlay::Picker(picker) = &model.overlay else {
        panic!("{:?}", model.overlay)
    };
    assert_eq!(
        picker.purpose,
        PickFor::HandKind {
            person: "Mei Chen".into(),
            from: HandKind::Hand
        }
    );
    assert_eq!(
        picker.found,
        [
            Candidate::Kind(HandKind::DirectResponse, None),
            Candidate::Kind(HandKind::PointOfProcess, None)
        ],
        "the other kinds; no side outside a Decision item"
    );
    let refused = pick(&mut model, "direct", 7);
    assert!(refused.is_empty());
    assert_eq!(
        model.status.as_deref(),
        Some("Nobody has the floor; esc closes")
    );
    records(&mut model, Command::Cancel, at(8));
    records(&mut model, Command::EditHand, at(8));
    let recorded = pick(&mut model, "process", 8);
    let changed = Event::HandChanged {
        person: "Mei Chen".into(),
        from: HandKind::Hand,
        to: HandKind::PointOfProcess,
        side: None,
    };
    assert_eq!(recorded, [changed]);
    assert_eq!(model.overlay, Overlay::None);
}

#[test]
fn e_offers_pro_and_contra_on_a_decision_item() {
    let mut model = present();
    records(&mut model, Command::NextItem, at(1));
    hand(&mut model, "Mei Chen", 5);
    records(&mut model, Command::EditHand, at(6));
    let Overlay::Picker(picker) = &model.overlay else {
        panic!("{:?}", model.overlay)
    };
    assert_eq!(picker.found.len(), 4);
    let recorded = pick(&mut model, "against", 7);
    let person = "Mei Chen".into();
    let (from, to, side) = (HandKind::Hand, HandKind::Hand, Some(Side::Contra));
    assert_eq!(
        recorded,
        [Event::HandChanged {
            person,
            from,
            to,
            side
        }]
    );
}

#[test]
fn clearing_the_list_asks_once_and_records_one_event() {
    let mut model = present();
    records(&mut model, Command::ClearHands, at(2));
    assert_eq!(
        model.status.as_deref(),
        Some("No hands are waiting: the list is already empty")
    );
    hand(&mut model, "Mei Chen", 3);
    hand(&mut model, "Tom Becker", 4);
    assert!(records(&mut model, Command::ClearHands, at(5)).is_empty());
    assert_eq!(
        model.overlay,
        Overlay::Confirm(Question::ClearHands { waiting: 2 })
    );
    assert_eq!(
        records(&mut model, Command::Confirm, at(6)),
        [Event::ListCleared]
    );
    assert!(names(&model).is_empty());
    let minutes = minutes(&model);
    assert!(
        minutes.contains("The list of speakers was cleared at 18:00: Mei Chen, Tom Becker."),
        "{minutes}"
    );
}

#[test]
fn the_chair_may_add_to_a_closed_list_after_a_question() {
    let mut model = present();
    records(&mut model, Command::ToggleList, at(2));
    records(&mut model, Command::AddSpeaker, at(3));
    assert!(pick(&mut model, "Grace Mensah", 3).is_empty());
    let question = Question::ClosedList {
        person: "Grace Mensah".into(),
        side: None,
    };
    assert_eq!(
        question.wording(&model).title,
        "The list is closed. Add Grace Mensah anyway?"
    );
    assert_eq!(model.overlay, Overlay::Confirm(question));
    let recorded = records(&mut model, Command::Confirm, at(4));
    let person = "Grace Mensah".into();
    assert_eq!(
        recorded,
        [Event::HandAddedToClosedList { person, side: None }]
    );
    assert!(
        matches!(&model.overlay, Overlay::Picker(p) if p.purpose == PickFor::Speaker),
        "back to the picker for the next hand"
    );
    let minutes = minutes(&model);
    assert!(
        minutes.contains("Grace Mensah was added to the closed list of speakers at 18:00."),
        "{minutes}"
    );
}

#[test]
fn giving_the_floor_while_paused_asks_whether_to_resume() {
    let mut model = present();
    hand(&mut model, "Mei Chen", 1);
    hand(&mut model, "Tom Becker", 2);
    records(&mut model, Command::PauseClock, at(3));
    assert!(records(&mut model, Command::NextSpeaker, at(4)).is_empty());
    let Overlay::Confirm(question) = &model.overlay else {
        panic!("{:?}", model.overlay)
    };
    assert_eq!(question.wording(&model).title, "The clock is paused");
    let recorded = records(&mut model, Command::Confirm, at(5));
    let given = Event::FloorGiven {
        person: "Mei Chen".into(),
        by_override: false,
    };
    // The resume keeps whose screen did it, as every resume does.
    let resumed = Event::ClockResumed {
        role: Some(crate::agenda::Role::Facilitator),
    };
    let both = vec![resumed, given];
    assert_eq!(recorded, [Event::Batch { events: both }]);
    assert!(model.meeting.paused().is_none());
    records(&mut model, Command::PauseClock, at(10));
    records(&mut model, Command::NextSpeaker, at(11));
    let recorded = records(&mut model, Command::Decline, at(12));
    assert_eq!(recorded.len(), 1);
    assert!(matches!(recorded[0], Event::FloorGiven { .. }));
    assert!(
        model.meeting.paused().is_some(),
        "no: the clock stays paused"
    );
    assert_eq!(
        model.status.as_deref(),
        Some("The clock is still paused: t starts it again")
    );
    records(&mut model, Command::PauseClock, at(13));
    hand(&mut model, "Grace Mensah", 14);
    records(&mut model, Command::PauseClock, at(15));
    records(&mut model, Command::NextSpeaker, at(16));
    assert!(records(&mut model, Command::Cancel, at(17)).is_empty());
    assert_eq!(
        speaker(&model).as_deref(),
        Some("Tom Becker"),
        "esc: nothing"
    );
}

#[test]
fn every_new_action_is_a_command_with_a_key_and_help() {
    let keymap = crate::input::Keymap::builtin();
    for (name, key) in [
        ("interposed_question", "Q"),
        ("readd_last_speaker", "U"),
        ("edit_hand", "E"),
        ("clear_hands", "ctrl-d"),
    ] {
        let command = Command::from_name(name).unwrap();
        let bound = keymap.key_for(Mode::Meeting, command).unwrap();
        assert_eq!(bound.to_string(), key);
        let en = crate::lang::Lang::En;
        assert!(!command.describe(en).is_empty() && !command.hint(en).is_empty());
        assert_eq!(super::duty(command), crate::agenda::Duty::Chair);
    }
    let clicker = r#"Keymap(modes: { "meeting": {
        "f7": interposed_question, "f8": readd_last_speaker, "f9": edit_hand, "f10": clear_hands,
    } })"#;
    let keys = crate::input::Keymap::with_user_keys(clicker, std::path::Path::new("clicker.ron"));
    assert!(keys.is_ok(), "a clicker keymap can bind them");
}

#[test]
fn only_the_facilitator_puts_hands_on_the_list() {
    let hands = [
        Event::HandRaised {
            person: "Mei Chen".into(),
            process: false,
        },
        Event::HandRaised {
            person: "Mei Chen".into(),
            process: true,
        },
        Event::HandLowered {
            person: "Mei Chen".into(),
            process: false,
        },
    ];
    for role in [
        Seat::Job(Role::Timekeeper),
        Seat::Job(Role::Secretary),
        Seat::Observer,
    ] {
        for command in [
            Command::AddSpeaker,
            Command::PointOfProcess,
            Command::RemoveSpeaker,
        ] {
            assert!(
                role.allows(command).is_err(),
                "{} {}",
                role.name(),
                command.name()
            );
        }
        for event in &hands {
            assert!(role.may_record(event).is_err(), "{} {event:?}", role.name());
        }
    }
    for event in &hands {
        assert!(Seat::Job(Role::Facilitator).may_record(event).is_ok());
    }
}

#[test]
fn only_the_facilitator_runs_the_list_and_the_host_checks_what_screens_send() {
    for role in [
        Seat::Job(Role::Timekeeper),
        Seat::Job(Role::Secretary),
        Seat::Observer,
    ] {
        for command in [
            Command::InterposedQuestion,
            Command::ReaddLastSpeaker,
            Command::EditHand,
            Command::ClearHands,
        ] {
            assert!(
                role.allows(command).is_err(),
                "{} {}",
                role.name(),
                command.name()
            );
        }
    }
    let mut model = tom_speaking();
    let event = Event::QuestionAsked {
        person: "Mei Chen".into(),
        to: "Tom Becker".into(),
    };
    let proposal = |seat| Message::Proposal {
        screen: 7,
        seat,
        id: crate::meeting::ProposalId { screen: 7, n: 1 },
        event: event.clone(),
    };
    let refused = update(&mut model, proposal(Seat::Job(Role::Timekeeper)), at(20));
    assert!(
        matches!(&refused[..], [Effect::Refuse { screen: 7, .. }]),
        "{refused:?}"
    );
    let recorded = update(&mut model, proposal(Seat::Job(Role::Facilitator)), at(20));
    assert!(
        matches!(&recorded[..], [Effect::RecordFor { screen: 7, .. }]),
        "{recorded:?}"
    );
    let added = Event::HandAddedToClosedList {
        person: "Mei Chen".into(),
        side: None,
    };
    assert!(Seat::Job(Role::Secretary).may_record(&added).is_err());
}

#[test]
fn the_minutes_show_a_question_in_the_speaker_s_turn_and_the_asker_s_airtime() {
    let mut model = tom_speaking();
    records(&mut model, Command::InterposedQuestion, at(20));
    pick(&mut model, "Mei Chen", 20);
    records(&mut model, Command::InterposedQuestion, at(45));
    records(&mut model, Command::EndTurn, at(50));
    let minutes = minutes(&model);
    let unwrapped = minutes.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        unwrapped.contains(
            "Speakers, in order: Tom Becker 00:15 (interposed question from Mei Chen 00:25)."
        ),
        "{minutes}"
    );
    assert!(
        !unwrapped.contains("Not heard: Ana Lopez, Sam Reed, Mei Chen"),
        "{minutes}"
    );
    let row = minutes
        .lines()
        .find(|l| l.starts_with("Mei Chen "))
        .unwrap_or_else(|| panic!("{minutes}"));
    assert!(row.contains("00:25    0"), "airtime, not a turn: {row}");
}
