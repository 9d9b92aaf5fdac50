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

#[test]
fn a_failed_save_is_shown_and_cleared_by_the_next_good_one() {
    let mut model = example_model();
    update(
        &mut model,
        Message::SaveFailed("No space left on device".into()),
        at(1),
    );
    assert_eq!(model.save_error.as_deref(), Some("No space left on device"));
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

mod queue {
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
}

mod timekeeper {
    use super::*;
    use crate::meeting::ClockState;

    fn speaking(bell: bool) -> Model {
        let src = crate::agenda::EXAMPLE.replace(
            "speaking: Speaking(turn_seconds: 120,",
            &format!("speaking: Speaking(turn_seconds: 120, bell: {bell},"),
        );
        let mut model = crate::testing::model_from(&src);
        act(&mut model, Command::RollCall, at(0));
        act(&mut model, Command::AllPresent, at(0));
        act(&mut model, Command::Cancel, at(0));
        act(&mut model, Command::StartMeeting, at(0));
        update(
            &mut model,
            Message::Recorded(Record {
                at: at(0),
                proposal: None,
                event: Event::FloorGiven {
                    person: "Mei Chen".into(),
                    by_override: false,
                },
            }),
            at(0),
        );
        model
    }

    fn type_text(model: &mut Model, text: &str, secs: i64) {
        for c in text.chars() {
            act(model, Message::Type(c), at(secs));
        }
    }

    #[test]
    fn pause_toggles_and_says_so() {
        let mut model = speaking(false);
        act(&mut model, Command::PauseClock, at(10));
        assert_eq!(
            model.meeting.turn_countdown(at(50)).unwrap().state,
            ClockState::Paused
        );
        act(&mut model, Command::PauseClock, at(50));
        assert!(model.meeting.paused().is_none());
        assert_eq!(
            model.meeting.turn_countdown(at(50)).unwrap().text(),
            "01:50"
        );
    }

    #[test]
    fn a_break_asks_minutes_then_who_asked_with_the_timekeeper_first() {
        let mut model = speaking(false);
        act(&mut model, Command::StartBreak, at(10));
        assert_eq!(model.mode(), Mode::Prompt);
        type_text(&mut model, "ten", 10);
        act(&mut model, Command::Confirm, at(10));
        assert_eq!(
            model.status.as_deref(),
            Some(
                "\"ten\" is not a number of minutes from 1 to 240, nor a time to be back like 18:40"
            )
        );
        act(
            &mut model,
            Message::Edit(crate::app::Edit::DeleteToStart),
            at(10),
        );
        type_text(&mut model, "10", 10);
        act(&mut model, Command::Confirm, at(10));
        assert_eq!(model.mode(), Mode::Picker);
        act(&mut model, Command::Confirm, at(11));
        let pause = model.meeting.paused().unwrap();
        assert_eq!(pause.break_minutes, Some(10));
        let text = model
            .meeting
            .process_text(model.meeting.process_log().last().unwrap());
        assert_eq!(
            text,
            "break of 10 min, asked by Sam Reed, started by the facilitator"
        );
        act(&mut model, Command::StartBreak, at(600));
        assert!(
            model.meeting.paused().is_none(),
            "the break key ends the break"
        );
    }

    #[test]
    fn extensions_are_recorded_with_who_asked() {
        let mut model = speaking(false);
        act(&mut model, Command::ExtendItem, at(10));
        assert_eq!(
            model.meeting.item_allowed(0),
            chrono::TimeDelta::minutes(10)
        );
        act(&mut model, Command::ExtendItemBy, at(11));
        type_text(&mut model, "3", 11);
        act(&mut model, Command::Confirm, at(11));
        type_text(&mut model, "ana", 11);
        act(&mut model, Command::Confirm, at(12));
        assert_eq!(
            model.meeting.item_allowed(0),
            chrono::TimeDelta::minutes(13)
        );
        let texts: Vec<String> = model
            .meeting
            .process_log()
            .iter()
            .map(|e| model.meeting.process_text(e))
            .collect();
        assert_eq!(
            texts,
            [
                "item 1 \"Welcome and check-in\" extended by 5 min, asked by Sam Reed",
                "item 1 \"Welcome and check-in\" extended by 3 min, asked by Ana Lopez"
            ]
        );
        act(&mut model, Command::ExtendTurn, at(13));
        assert_eq!(
            model.meeting.turn_countdown(at(13)).unwrap().text(),
            "02:17"
        );
        act(&mut model, Command::ResetTurn, at(20));
        assert_eq!(
            model.meeting.turn_countdown(at(20)).unwrap().text(),
            "02:00"
        );
    }

    #[test]
    fn timekeeping_waits_for_the_meeting_to_start() {
        let mut model = example_model();
        act(&mut model, Command::PauseClock, at(0));
        assert_eq!(
            model.status.as_deref(),
            Some("The clock starts with the meeting: press s")
        );
        act(&mut model, Command::ExtendTurn, at(0));
        assert!(
            model
                .status
                .as_deref()
                .unwrap()
                .starts_with("The meeting has not started")
        );
    }

    #[test]
    fn the_bell_rings_once_when_the_turn_and_once_when_the_item_runs_out() {
        let mut model = speaking(true);
        let bells = |model: &mut Model, secs: i64| {
            update(model, Message::Tick, at(secs))
                .into_iter()
                .filter(|e| *e == Effect::Bell)
                .count()
        };
        assert_eq!(bells(&mut model, 120), 0, "at zero: not yet");
        assert_eq!(bells(&mut model, 121), 1, "the turn ran out");
        assert_eq!(bells(&mut model, 122), 0, "only once");
        assert_eq!(bells(&mut model, 301), 1, "the 5-minute item ran out");
        assert_eq!(bells(&mut model, 302), 0);
        act(&mut model, Command::ExtendTurn, at(303));
        assert_eq!(
            bells(&mut model, 304),
            0,
            "the turn is still over after 30 s more"
        );
        let mut quiet = speaking(false);
        assert_eq!(bells(&mut quiet, 121), 0, "no bell unless the agenda asks");
    }

    #[test]
    fn the_projector_view_toggles() {
        let mut model = speaking(false);
        act(&mut model, Command::ProjectorView, at(1));
        assert!(model.projector);
        act(&mut model, Command::ProjectorView, at(2));
        assert!(!model.projector);
    }
}

mod secretary {
    use super::*;
    use crate::meeting::{EntryKind, Vote};

    fn started() -> Model {
        crate::testing::everyone_present_and_started(at(0))
    }

    fn type_text(model: &mut Model, text: &str) {
        act(model, Message::Paste(text.into()), at(1));
    }

    fn enter(model: &mut Model) {
        act(model, Command::Confirm, at(2));
    }

    #[test]
    fn a_note_goes_on_the_current_item() {
        let mut model = started();
        act(&mut model, Command::NextItem, at(1));
        act(&mut model, Command::AddNote, at(1));
        type_text(&mut model, "Minutes read");
        enter(&mut model);
        assert_eq!(model.mode(), Mode::Meeting);
        let entry = &model.meeting.entries()[0];
        assert_eq!(
            (entry.item, entry.text.as_str(), &entry.kind),
            (1, "Minutes read", &EntryKind::Note)
        );
    }

    #[test]
    fn a_decision_by_consensus_or_by_votes() {
        let mut model = started();
        act(&mut model, Command::RecordDecision, at(1));
        type_text(&mut model, "Adopt the minutes");
        enter(&mut model);
        type_text(&mut model, "consensus");
        enter(&mut model);
        // Nobody has spoken on the item: asked first, recorded anyway.
        enter(&mut model);
        act(&mut model, Command::RecordDecision, at(1));
        type_text(&mut model, "Fund respite care");
        enter(&mut model);
        type_text(&mut model, "5/3/2");
        enter(&mut model);
        assert_eq!(
            model.status.as_deref(),
            Some("10 votes, but only 8 people are present")
        );
        act(
            &mut model,
            Message::Edit(crate::app::Edit::DeleteToStart),
            at(1),
        );
        type_text(&mut model, "5 2 1");
        enter(&mut model);
        let Overlay::Prompt(prompt) = &model.overlay else {
            panic!()
        };
        assert_eq!(
            prompt.field.text(),
            "yes",
            "carried is suggested from the counts"
        );
        act(
            &mut model,
            Message::Edit(crate::app::Edit::DeleteToStart),
            at(1),
        );
        type_text(&mut model, "no");
        enter(&mut model);
        enter(&mut model);
        let votes: Vec<&Vote> = model
            .meeting
            .entries()
            .iter()
            .filter_map(|e| match &e.kind {
                EntryKind::Decision { vote, .. } => Some(vote),
                _ => None,
            })
            .collect();
        assert_eq!(
            votes,
            [
                &Vote::Consensus,
                &Vote::Counted {
                    in_favour: 5,
                    against: 2,
                    abstain: 1,
                    carried: false
                }
            ]
        );
    }

    #[test]
    fn votes_are_parsed_in_the_usual_forms() {
        assert_eq!(crate::app::parse_vote("c"), Ok(None));
        assert_eq!(crate::app::parse_vote("7/1/2"), Ok(Some([7, 1, 2])));
        assert_eq!(crate::app::parse_vote(" 7 1 2 "), Ok(Some([7, 1, 2])));
        assert!(crate::app::parse_vote("7/1").is_err());
        assert!(crate::app::parse_vote("-1/2/3").is_err());
    }

    #[test]
    fn an_action_has_an_owner_from_the_list_or_a_new_name_and_a_due_date() {
        let mut model = started();
        act(&mut model, Command::AddAction, at(1));
        type_text(&mut model, "Send the budget");
        enter(&mut model);
        type_text(&mut model, "ana");
        enter(&mut model);
        type_text(&mut model, "next week");
        enter(&mut model);
        assert!(
            model
                .status
                .as_deref()
                .unwrap()
                .contains("is not a due date")
        );
        act(
            &mut model,
            Message::Edit(crate::app::Edit::DeleteToStart),
            at(1),
        );
        type_text(&mut model, "+3d");
        assert_eq!(
            crate::app::due_preview(&model, "+3d"),
            "→ Friday 27 November 2026"
        );
        enter(&mut model);
        act(&mut model, Command::AddAction, at(3));
        type_text(&mut model, "Book the hall");
        enter(&mut model);
        type_text(&mut model, "Rosa Diaz");
        enter(&mut model);
        type_text(&mut model, "none");
        enter(&mut model);
        let actions: Vec<(String, Option<String>)> = model
            .meeting
            .actions()
            .map(|(_, e)| match &e.kind {
                EntryKind::Action { owner, due } => (owner.clone(), due.map(|d| d.to_string())),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(
            actions,
            [
                ("Ana Lopez".into(), Some("2026-11-27".into())),
                ("Rosa Diaz".into(), None)
            ]
        );
    }

    #[test]
    fn corrections_and_deletions_are_new_events() {
        let mut model = started();
        act(&mut model, Command::AddNote, at(1));
        type_text(&mut model, "Frist note");
        enter(&mut model);
        act(&mut model, Command::AddNote, at(1));
        type_text(&mut model, "Second note");
        enter(&mut model);
        act(&mut model, Command::RecordView, at(3));
        act(&mut model, Command::SelectPrevious, at(3));
        act(&mut model, Command::EditEntry, at(3));
        act(
            &mut model,
            Message::Edit(crate::app::Edit::DeleteToStart),
            at(3),
        );
        type_text(&mut model, "First note");
        let effects = update(&mut model, Command::Confirm, at(4));
        assert!(matches!(
            &effects[..],
            [Effect::Record(Record {
                event: Event::EntryEdited { entry: 0, .. },
                ..
            })]
        ));
        for e in effects {
            if let Effect::Record(r) = e {
                update(&mut model, Message::Recorded(r), at(4));
            }
        }
        act(&mut model, Command::RecordView, at(5));
        act(&mut model, Command::DeleteEntry, at(5));
        assert_eq!(model.mode(), Mode::Confirm);
        act(&mut model, Command::Confirm, at(5));
        let texts: Vec<&str> = model
            .meeting
            .entries()
            .iter()
            .filter(|e| !e.deleted)
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(texts, ["First note"]);
        assert!(model.meeting.entries()[0].edited);
    }

    #[test]
    fn items_are_added_at_the_end_and_topics_parked() {
        let mut model = started();
        act(&mut model, Command::AddItem, at(1));
        type_text(&mut model, "Volunteer party");
        enter(&mut model);
        act(
            &mut model,
            Message::Edit(crate::app::Edit::DeleteToStart),
            at(1),
        );
        type_text(&mut model, "15");
        enter(&mut model);
        assert!(
            matches!(
                model.overlay,
                Overlay::Confirm(crate::app::Question::LongItem { minutes: 15, .. })
            ),
            "the meeting runs to plan, so 15 more minutes is asked about: {:?}",
            model.overlay
        );
        enter(&mut model);
        type_text(&mut model, "grace");
        enter(&mut model);
        let item = model.meeting.agenda().items.last().unwrap();
        assert_eq!(
            (
                item.title.as_str(),
                item.minutes,
                item.proposed_by.as_deref()
            ),
            ("Volunteer party", 15, Some("Grace Mensah"))
        );
        assert!(model.meeting.items().last().unwrap().added_live);
        act(&mut model, Command::ParkTopic, at(2));
        type_text(&mut model, "Transport costs");
        enter(&mut model);
        assert_eq!(model.meeting.parking_lot()[0].text, "Transport costs");
    }

    #[test]
    fn export_and_copy_are_effects_for_the_runtime() {
        let mut model = started();
        let effects = update(&mut model, Command::ExportMinutes, at(1));
        let [Effect::Export(files)] = &effects[..] else {
            panic!("{effects:?}")
        };
        let names: Vec<String> = files
            .iter()
            .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "family-council-2026-11-24-minutes.txt",
                "family-council-2026-11-24-minutes.md",
                "family-council-2026-11-24-actions.txt",
                "family-council-2026-11-24-todo.txt",
                "family-council-2026-11-24-easy-read.txt"
            ]
        );
        assert!(
            files.iter().all(|(p, _)| p.starts_with("/meetings")),
            "beside the journal"
        );
        let effects = update(&mut model, Command::CopyMinutes, at(1));
        assert!(
            matches!(&effects[..], [Effect::Copy { text, .. }] if text.starts_with("Minutes: Family Council"))
        );
    }
}

/// Leaving prompts, finishing the record after adjournment, and minutes made mid-meeting.
mod around_the_prompts_and_the_record {
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
        let minutes =
            crate::export::render(&model.meeting, crate::export::Format::Minutes, &options);
        assert!(minutes.contains("used 02:30"), "{minutes}");
        assert!(
            minutes.contains("Mei Chen 01:30 (still speaking)"),
            "{minutes}"
        );
    }
}

/// Answers already in a prompt are suggestions: the first thing typed replaces them.
mod suggested_answers {
    use super::*;

    fn started() -> Model {
        crate::testing::everyone_present_and_started(at(0))
    }

    fn open_prompt(model: &Model) -> &Prompt {
        match &model.overlay {
            Overlay::Prompt(prompt) => prompt,
            other => panic!("no prompt open: {other:?}"),
        }
    }

    fn typed(model: &mut Model, text: &str, secs: i64) {
        for c in text.chars() {
            act(model, Message::Type(c), at(secs));
        }
    }

    #[test]
    fn typing_minutes_for_an_added_item_replaces_the_suggested_ten() {
        let mut model = started();
        act(&mut model, Command::AddItem, at(60));
        typed(&mut model, "Volunteer party", 60);
        act(&mut model, Command::Confirm, at(60));
        let prompt = open_prompt(&model);
        assert_eq!(prompt.field.text(), "10");
        assert!(prompt.field.is_suggested());
        typed(&mut model, "4", 61);
        let prompt = open_prompt(&model);
        assert_eq!(prompt.field.text(), "4", "not 104");
    }

    /// The example meeting on its second item, a Decision whose agenda gives the motion.
    fn on_the_motion() -> Model {
        let src = crate::agenda::EXAMPLE.replace(
            r#"Item(title: "Minutes of the October meeting", minutes: 5, kind: Decision)"#,
            r#"Item(title: "Minutes of the October meeting", minutes: 5, kind: Decision,
                description: Some("That the October minutes are a true record."))"#,
        );
        assert_ne!(
            src,
            crate::agenda::EXAMPLE,
            "the example's second item moved"
        );
        let mut model = crate::testing::model_from(&src);
        for action in [Command::RollCall, Command::AllPresent, Command::Cancel] {
            act(&mut model, action, at(0));
        }
        act(&mut model, Command::StartMeeting, at(0));
        act(&mut model, Command::NextItem, at(30));
        model
    }

    fn decision_text(model: &Model) -> Option<String> {
        match &model.overlay {
            Overlay::Prompt(Prompt {
                purpose: PromptFor::DecisionVote { text },
                ..
            }) => Some(text.clone()),
            _ => None,
        }
    }

    #[test]
    fn the_motion_on_the_agenda_is_the_suggested_decision() {
        let mut model = on_the_motion();
        act(&mut model, Command::RecordDecision, at(60));
        let prompt = open_prompt(&model);
        assert_eq!(
            prompt.field.text(),
            "That the October minutes are a true record."
        );
        assert!(prompt.field.is_suggested());
        act(&mut model, Command::Confirm, at(60));
        assert_eq!(
            decision_text(&model).as_deref(),
            Some("That the October minutes are a true record.")
        );
    }

    #[test]
    fn typing_a_decision_replaces_the_motion() {
        let mut model = on_the_motion();
        act(&mut model, Command::RecordDecision, at(60));
        typed(&mut model, "Minutes deferred", 60);
        act(&mut model, Command::Confirm, at(60));
        assert_eq!(decision_text(&model).as_deref(), Some("Minutes deferred"));
    }

    #[test]
    fn an_item_without_a_motion_suggests_nothing() {
        let mut model = started();
        act(&mut model, Command::RecordDecision, at(60));
        let prompt = open_prompt(&model);
        assert_eq!(prompt.field.text(), "");
    }

    #[test]
    fn typing_yes_replaces_the_suggested_no() {
        let mut model = started();
        act(&mut model, Command::RecordDecision, at(60));
        typed(&mut model, "Keep the hall booking", 60);
        act(&mut model, Command::Confirm, at(60));
        typed(&mut model, "2/5/0", 61);
        act(&mut model, Command::Confirm, at(61));
        typed(&mut model, "yes", 62);
        act(&mut model, Command::Confirm, at(62));
        act(&mut model, Command::Confirm, at(62)); // no family member has spoken: record it
        let carried = model.meeting.entries().iter().any(|e| {
            matches!(
                e.kind,
                crate::meeting::EntryKind::Decision {
                    vote: crate::meeting::Vote::Counted { carried: true, .. },
                    ..
                }
            )
        });
        assert!(carried, "{:?} {:?}", model.status, model.meeting.entries());
    }

    #[test]
    fn an_added_item_longer_than_the_time_to_spare_is_asked_about() {
        let mut model = started();
        // The plan runs 80 minutes from the start; at 60 minutes in, still on item 1 of 7.
        act(&mut model, Command::AddItem, at(60));
        typed(&mut model, "Strategy day", 60);
        act(&mut model, Command::Confirm, at(60));
        typed(&mut model, "104", 60);
        act(&mut model, Command::Confirm, at(60));
        let Overlay::Confirm(question) = &model.overlay else {
            panic!("{:?}", model.overlay)
        };
        let wording = question.wording(&model);
        assert_eq!(
            wording.body[0],
            "\"Strategy day\" is 104 min; the meeting has 0 min left."
        );
        // No: back to the minutes, with 104 suggested.
        act(&mut model, Command::Decline, at(61));
        let prompt = open_prompt(&model);
        assert_eq!(prompt.field.text(), "104");
        // Esc at the question adds nothing.
        act(&mut model, Command::Confirm, at(62));
        act(&mut model, Command::Cancel, at(62));
        assert_eq!(model.overlay, Overlay::None);
        assert_eq!(model.meeting.items().len(), 7);
    }
}

/// Who was there, who arrived, who left.
mod attendance {
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
}

/// A decision keeps the quorum it was taken with.
mod quorum_at_decisions {
    use super::*;
    use crate::meeting::{EntryKind, QuorumState};

    #[test]
    fn a_decision_while_not_quorate_is_asked_about_and_flagged() {
        let mut model = example_model();
        act(&mut model, Command::RollCall, at(0));
        for _ in 0..3 {
            act(&mut model, Command::TogglePresent, at(0));
            act(&mut model, Command::SelectNext, at(0));
        }
        act(&mut model, Command::Cancel, at(0));
        act(&mut model, Command::StartMeeting, at(0));
        act(&mut model, Command::RecordDecision, at(60));
        act(
            &mut model,
            Message::Paste("Accept the minutes".into()),
            at(60),
        );
        act(&mut model, Command::Confirm, at(60));
        act(&mut model, Message::Paste("consensus".into()), at(61));
        act(&mut model, Command::Confirm, at(61));
        assert!(matches!(
            model.overlay,
            Overlay::Confirm(crate::app::Question::NotQuorate { .. })
        ));
        act(&mut model, Command::Confirm, at(62));
        // Then, since nobody has spoken on the item, whether to record it without a customer
        // voice.
        assert!(matches!(
            model.overlay,
            Overlay::Confirm(crate::app::Question::NoCustomerVoice { .. })
        ));
        act(&mut model, Command::Confirm, at(62));
        let EntryKind::Decision { quorum, .. } = &model.meeting.entries()[0].kind else {
            panic!()
        };
        assert_eq!(
            *quorum,
            QuorumState::TooFew {
                present: 3,
                needed: 5
            }
        );
        // Two more arrive: the final attendance is quorate, the decision still says it was not.
        act(&mut model, Command::RollCall, at(120));
        act(&mut model, Command::AllPresent, at(120));
        assert!(model.meeting.quorum().is_quorate());
        let minutes = crate::export::render(
            &model.meeting,
            crate::export::Format::Minutes,
            &crate::export::Options {
                offset: crate::testing::utc(),
                include_confidential: false,
                now: at(200),
                lang: crate::lang::Lang::En,
            },
        );
        let flowing = minutes.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flowing.contains("⚠ Not quorate when decided: 3 present, 5 needed."),
            "{minutes}"
        );
    }
}

/// Confidential items, and topics parked during them.
mod confidential {
    use super::*;

    fn confidential_transport() -> Model {
        let src = crate::agenda::EXAMPLE.replace(
            r#"minutes: 15, proposed_by: Some("José Álvarez")"#,
            r#"minutes: 15, proposed_by: Some("José Álvarez"), confidential: true"#,
        );
        let mut model = crate::testing::model_from(&src);
        for action in [Command::RollCall, Command::AllPresent, Command::Cancel] {
            act(&mut model, action, at(0));
        }
        act(&mut model, Command::StartMeeting, at(0));
        for _ in 0..4 {
            act(&mut model, Command::NextItem, at(60));
        }
        assert!(model.meeting.agenda().items[model.meeting.current()].confidential);
        model
    }

    fn minutes(model: &Model) -> String {
        crate::export::render(
            &model.meeting,
            crate::export::Format::Minutes,
            &crate::export::Options {
                offset: crate::testing::utc(),
                include_confidential: false,
                now: at(900),
                lang: crate::lang::Lang::En,
            },
        )
    }

    #[test]
    fn a_topic_parked_in_confidence_keeps_its_words_unless_asked_not_to() {
        for (answer, shown) in [(Command::Confirm, true), (Command::Decline, false)] {
            let mut model = confidential_transport();
            act(&mut model, Command::ParkTopic, at(120));
            act(
                &mut model,
                Message::Paste("Fuel card for carers".into()),
                at(120),
            );
            act(&mut model, Command::Confirm, at(120));
            assert!(matches!(
                model.overlay,
                Overlay::Confirm(crate::app::Question::ParkedWords { .. })
            ));
            act(&mut model, answer, at(121));
            assert_eq!(model.meeting.parking_lot().len(), 1);
            let text = minutes(&model);
            assert_eq!(text.contains("Fuel card for carers"), shown, "{text}");
        }
    }

    #[test]
    fn never_mind_parks_nothing() {
        let mut model = confidential_transport();
        act(&mut model, Command::ParkTopic, at(120));
        act(&mut model, Message::Paste("Fuel card".into()), at(120));
        act(&mut model, Command::Confirm, at(120));
        act(&mut model, Command::Cancel, at(121));
        assert!(model.meeting.parking_lot().is_empty());
    }
}

/// Changes to the floor are in the record, and taking a hand down is asked first.
mod floor_changes {
    use super::*;

    #[test]
    fn taking_a_hand_down_asks_then_is_logged() {
        let mut model = crate::testing::everyone_present_and_started(at(0));
        act(&mut model, Command::AddSpeaker, at(10));
        act(&mut model, Message::Paste("tom".into()), at(10));
        act(&mut model, Command::Confirm, at(10));
        act(&mut model, Command::Cancel, at(10));
        act(&mut model, Command::RemoveSpeaker, at(20));
        assert_eq!(model.meeting.queue().hands.len(), 1, "not yet: asked first");
        act(&mut model, Command::Decline, at(21));
        assert_eq!(model.meeting.queue().hands.len(), 1);
        act(&mut model, Command::RemoveSpeaker, at(22));
        act(&mut model, Command::Confirm, at(23));
        assert!(model.meeting.queue().hands.is_empty());
        let log: Vec<String> = model
            .meeting
            .process_log()
            .iter()
            .map(|e| model.meeting.process_text(e))
            .collect();
        assert_eq!(log, ["Tom Becker's hand taken down by Ana Lopez"]);
    }
}

/// Keys that need a running meeting, once it is adjourned.
mod after_adjournment {
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
}

/// "Who asked?" knows who is here.
mod who_asked {
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
}

/// Opening a meeting before its day is preparation, not the meeting.
mod preparation {
    use super::*;

    fn dated(date: &str) -> Model {
        let src = crate::agenda::EXAMPLE.replace(
            "title: \"Family Council — November\",",
            &format!("title: \"Family Council — January\", date: \"{date}\","),
        );
        crate::testing::model_from(&src)
    }

    #[test]
    fn starting_a_meeting_planned_for_a_later_day_asks_first() {
        let mut model = dated("2027-01-14");
        update(&mut model, Message::Tick, at(0));
        assert!(model.planned_for_later());
        act(&mut model, Command::StartMeeting, at(0));
        assert_eq!(model.meeting.phase(), Phase::NotStarted);
        assert!(matches!(
            model.overlay,
            Overlay::Confirm(crate::app::Question::StartEarly)
        ));
        act(&mut model, Command::Decline, at(1));
        assert_eq!(model.meeting.phase(), Phase::NotStarted);
        act(&mut model, Command::StartMeeting, at(2));
        act(&mut model, Command::Confirm, at(3));
        assert_eq!(model.meeting.phase(), Phase::Running);
    }

    #[test]
    fn on_its_day_a_meeting_starts_at_once() {
        let mut model = dated("2026-11-24");
        act(&mut model, Command::StartMeeting, at(0));
        assert_eq!(model.meeting.phase(), Phase::Running);
    }
}

/// The agenda to send out, from the app.
mod agenda_to_send_out {
    use super::*;

    #[test]
    fn the_app_shows_exports_and_copies_the_same_agenda_as_the_command() {
        let mut model = example_model();
        act(&mut model, Command::ShowAgenda, at(0));
        assert_eq!(model.mode(), crate::input::Mode::Reading);
        let expected =
            crate::export::to_text(&crate::export::agenda_document(model.meeting.agenda()));
        let effects = update(&mut model, Command::ExportAgenda, at(1));
        let [Effect::Export(files)] = &effects[..] else {
            panic!("{effects:?}")
        };
        let names: Vec<String> = files
            .iter()
            .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "family-council-2026-11-24-agenda.txt",
                "family-council-2026-11-24-agenda.md"
            ]
        );
        assert_eq!(files[0].1, expected);
        let effects = update(&mut model, Command::CopyAgenda, at(2));
        assert!(matches!(&effects[..], [Effect::Copy { text, .. }] if *text == expected));
        act(&mut model, Command::Cancel, at(3));
        assert_eq!(model.overlay, Overlay::None);
    }
}

/// Reviewing the actions from the last meeting: each mark is an event; carrying over asks for
/// a due date, dropping asks why; esc goes back to the review.
mod review_of_last_actions {
    use super::*;
    use crate::meeting::{Event, Review};
    use crate::testing::following_october;

    fn events(effects: &[Effect]) -> Vec<Event> {
        effects
            .iter()
            .filter_map(|e| match e {
                Effect::Record(r) => Some(r.event.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_review_opens_at_the_first_action_not_marked() {
        let mut model = following_october();
        act(&mut model, Command::ReviewActions, at(0));
        assert_eq!(model.overlay, Overlay::Review { selected: 0 });
        assert_eq!(model.mode(), Mode::Review);
        act(&mut model, Command::ActionDone, at(1));
        assert_eq!(model.meeting.last_actions()[0].review, Review::Done);
        assert_eq!(
            model.overlay,
            Overlay::Review { selected: 1 },
            "on to the next"
        );
        act(&mut model, Command::Cancel, at(2));
        act(&mut model, Command::ReviewActions, at(3));
        assert_eq!(model.overlay, Overlay::Review { selected: 1 });
        act(&mut model, Command::ReviewActions, at(3));
        assert_eq!(model.overlay, Overlay::None, "the same key closes it");
    }

    #[test]
    fn a_mark_moves_on_to_the_next_action_still_to_decide() {
        let mut model = following_october();
        act(&mut model, Command::ReviewActions, at(0));
        act(&mut model, Command::SelectNext, at(0));
        act(&mut model, Command::SelectNext, at(0));
        let mut selected = Vec::new();
        for (t, mark) in [
            Command::ActionDone,
            Command::ActionDone,
            Command::ActionDone,
            Command::ActionDone,
            Command::ActionDone,
        ]
        .into_iter()
        .enumerate()
        {
            act(&mut model, mark, at(1 + i64::try_from(t).unwrap()));
            let Overlay::Review { selected: now } = model.overlay else {
                panic!("{:?}", model.overlay)
            };
            selected.push(now);
        }
        // From the third: the fourth, the fifth, round to the first, the second, and there it
        // stays once every action is decided.
        assert_eq!(selected, [3, 4, 0, 1, 1]);
        // Marking one again (a correction) moves on past the decided ones to none: it stays.
        act(&mut model, Command::SelectPrevious, at(9));
        act(&mut model, Command::ActionDone, at(9));
        assert_eq!(model.overlay, Overlay::Review { selected: 0 });
    }

    #[test]
    fn each_mark_is_recorded_as_an_event() {
        let mut model = following_october();
        act(&mut model, Command::ReviewActions, at(0));
        let effects = update(&mut model, Command::ActionDone, at(1));
        assert_eq!(events(&effects), [Event::ActionDone { action: 0 }]);
    }

    #[test]
    fn carrying_over_suggests_a_date_to_come_and_takes_a_new_one() {
        let mut model = following_october();
        act(&mut model, Command::ReviewActions, at(0));
        act(&mut model, Command::SelectNext, at(0));
        act(&mut model, Command::ActionCarry, at(1));
        let Overlay::Prompt(prompt) = &model.overlay else {
            panic!("{:?}", model.overlay)
        };
        // Due 20 November, passed: as far on from this meeting as October's was, 28 days.
        assert_eq!(prompt.field.text(), "2026-12-22");
        assert!(prompt.field.is_suggested());
        act(&mut model, Message::Type('+'), at(1));
        for c in "3w".chars() {
            act(&mut model, Message::Type(c), at(1));
        }
        let effects = update(&mut model, Command::Confirm, at(2));
        let due = chrono::NaiveDate::from_ymd_opt(2026, 12, 15);
        assert_eq!(events(&effects), [Event::ActionCarried { action: 1, due }]);
    }

    #[test]
    fn enter_keeps_the_suggested_date_and_a_bad_date_is_refused_in_words() {
        let mut model = following_october();
        act(&mut model, Command::ReviewActions, at(0));
        act(&mut model, Command::ActionCarry, at(1));
        act(&mut model, Command::Confirm, at(2));
        let due = chrono::NaiveDate::from_ymd_opt(2026, 12, 22);
        assert_eq!(
            model.meeting.last_actions()[0].review,
            Review::Carried { due }
        );
        assert_eq!(model.overlay, Overlay::Review { selected: 1 });
        act(&mut model, Command::ActionCarry, at(3));
        act(&mut model, Message::Paste("someday".into()), at(3));
        let effects = update(&mut model, Command::Confirm, at(4));
        assert!(events(&effects).is_empty());
        assert!(
            model
                .status
                .as_deref()
                .unwrap_or("")
                .contains("is not a due date"),
            "{:?}",
            model.status
        );
    }

    #[test]
    fn dropping_asks_why_and_esc_goes_back_to_the_review() {
        let mut model = following_october();
        act(&mut model, Command::ReviewActions, at(0));
        act(&mut model, Command::SelectNext, at(0));
        act(&mut model, Command::SelectNext, at(0));
        act(&mut model, Command::ActionDrop, at(1));
        act(&mut model, Command::Confirm, at(1));
        assert!(model.status.as_deref().unwrap_or("").contains("Say why"));
        act(&mut model, Command::Cancel, at(1));
        assert_eq!(model.overlay, Overlay::Review { selected: 2 });
        act(&mut model, Command::ActionDrop, at(2));
        act(
            &mut model,
            Message::Paste("Done by the service instead".into()),
            at(2),
        );
        act(&mut model, Command::Confirm, at(3));
        assert_eq!(
            model.meeting.last_actions()[2].review,
            Review::Dropped {
                reason: "Done by the service instead".into()
            }
        );
    }

    #[test]
    fn without_a_last_meeting_the_review_says_how_to_get_one() {
        let mut model = example_model();
        act(&mut model, Command::ReviewActions, at(0));
        assert_eq!(model.overlay, Overlay::None);
        assert!(
            model.status.as_deref().unwrap_or("").contains("--follows"),
            "{:?}",
            model.status
        );
    }

    #[test]
    fn the_review_keys_are_in_the_built_in_keymap() {
        let model = following_october();
        assert!(
            model
                .keymap
                .key_for(Mode::Meeting, Command::ReviewActions)
                .is_some()
        );
        for command in [
            Command::ActionDone,
            Command::ActionCarry,
            Command::ActionDrop,
        ] {
            assert!(
                model.keymap.key_for(Mode::Review, command).is_some(),
                "{command:?}"
            );
        }
    }
}

/// The procedure from the keys: direct responses, pro and contra, the list of speakers, hands
/// at a change of item, a decision no customer leader spoke to, the per-person totals.
mod procedure {
    use super::*;
    use crate::app::{PickFor, Question, Totals};
    use crate::meeting::{EntryKind, Side};

    fn present() -> Model {
        crate::testing::everyone_present_and_started(at(0))
    }

    /// Pick someone in the open picker by typing their name.
    fn pick(model: &mut Model, name: &str, secs: i64) {
        act(model, Message::Paste(name.into()), at(secs));
        act(model, Command::Confirm, at(secs));
    }

    fn hand(model: &mut Model, name: &str, secs: i64) {
        act(model, Command::AddSpeaker, at(secs));
        pick(model, name, secs);
        act(model, Command::Cancel, at(secs));
    }

    fn names(model: &Model) -> Vec<String> {
        let m = &model.meeting;
        m.queue_order(model.now)
            .iter()
            .map(|r| m.people()[m.queue().hands[r.hand].person].name.clone())
            .collect()
    }

    fn speaker(model: &Model) -> Option<String> {
        let m = &model.meeting;
        m.queue()
            .floor
            .as_ref()
            .map(|f| m.people()[f.person].name.clone())
    }

    #[test]
    fn a_direct_response_needs_someone_speaking_and_goes_next() {
        let mut model = present();
        act(&mut model, Command::DirectResponse, at(5));
        assert_eq!(
            model.status.as_deref(),
            Some(
                "Nobody has the floor: a direct response answers the speaker (press a for a hand)"
            )
        );
        assert_eq!(
            model.overlay,
            Overlay::None,
            "nothing opened, nothing recorded"
        );
        hand(&mut model, "Tom Becker", 6);
        hand(&mut model, "Mei Chen", 7);
        act(&mut model, Command::NextSpeaker, at(10));
        let first = speaker(&model).unwrap();
        act(&mut model, Command::DirectResponse, at(20));
        let Overlay::Picker(picker) = &model.overlay else {
            panic!("{:?}", model.overlay)
        };
        assert_eq!(picker.purpose, PickFor::Response { to: first.clone() });
        assert_eq!(
            picker.purpose.title(),
            format!("Direct response to {first}: who?")
        );
        let speaker_index = model.meeting.person(&first).unwrap();
        assert!(
            !picker
                .found
                .contains(&crate::app::Candidate::Person(speaker_index))
        );
        pick(&mut model, "Priya", 21);
        assert_eq!(model.overlay, Overlay::None);
        assert_eq!(names(&model)[0], "Priya Natarajan");
        act(&mut model, Command::DirectResponse, at(22));
        assert_eq!(
            model.status.as_deref(),
            Some("This turn has had the direct responses the agenda allows (max_replies: 1)")
        );
        act(&mut model, Command::NextSpeaker, at(60));
        assert_eq!(speaker(&model).as_deref(), Some("Priya Natarajan"));
        let floor = model.meeting.queue().floor.clone().unwrap();
        assert_eq!(floor.response_to, Some(speaker_index));
    }

    #[test]
    fn a_direct_response_can_be_refused_from_the_queue() {
        let mut model = present();
        hand(&mut model, "Tom Becker", 1);
        act(&mut model, Command::NextSpeaker, at(2));
        hand(&mut model, "Priya Natarajan", 2);
        act(&mut model, Command::DirectResponse, at(3));
        pick(&mut model, "Mei Chen", 3);
        assert_eq!(names(&model), ["Mei Chen", "Priya Natarajan"]);
        act(&mut model, Command::MoveDown, at(4));
        assert_eq!(
            model.status.as_deref(),
            Some("Direct responses stay at the front of the queue, after points of process")
        );
        act(&mut model, Command::RemoveSpeaker, at(5));
        assert_eq!(
            model.overlay,
            Overlay::Confirm(Question::RefuseResponse {
                person: "Mei Chen".into()
            })
        );
        act(&mut model, Command::Confirm, at(5));
        assert_eq!(names(&model), ["Priya Natarajan"]);
        let log = model.meeting.process_log().last().unwrap();
        assert_eq!(
            model.meeting.process_text(log),
            "Mei Chen's direct response to Tom Becker refused by Ana Lopez"
        );
    }

    #[test]
    fn pro_and_contra_are_refused_outside_a_decision_item_with_the_reason() {
        let mut model = present();
        act(&mut model, Command::AddSpeakerPro, at(5));
        assert_eq!(
            model.status.as_deref(),
            Some(
                "Pro and contra are for Decision items; this item's kind is Information: press a to add a hand"
            )
        );
        assert_eq!(model.overlay, Overlay::None);
        act(&mut model, Command::NextItem, at(10));
        act(&mut model, Command::AddSpeakerContra, at(11));
        let Overlay::Picker(picker) = &model.overlay else {
            panic!("{:?}", model.overlay)
        };
        assert_eq!(picker.purpose, PickFor::Side(Side::Contra));
        pick(&mut model, "Tom Becker", 12);
        pick(&mut model, "Dr. Okafor", 13);
        act(&mut model, Command::Cancel, at(13));
        let sides: Vec<Option<Side>> = model.meeting.queue().hands.iter().map(|h| h.side).collect();
        assert_eq!(sides, [Some(Side::Contra), Some(Side::Contra)]);
    }

    #[test]
    fn a_closed_list_asks_the_chair_before_a_hand_but_not_before_a_point_of_process() {
        let mut model = present();
        hand(&mut model, "Tom Becker", 1);
        act(&mut model, Command::ToggleList, at(2));
        assert!(model.meeting.queue().list_closed);
        act(&mut model, Command::AddSpeaker, at(3));
        pick(&mut model, "Mei Chen", 3);
        assert_eq!(
            model.overlay,
            Overlay::Confirm(Question::ClosedList {
                person: "Mei Chen".into(),
                side: None
            })
        );
        act(&mut model, Command::Decline, at(3));
        assert_eq!(names(&model), ["Tom Becker"], "no: nothing added");
        act(&mut model, Command::Cancel, at(3));
        act(&mut model, Command::PointOfProcess, at(4));
        pick(&mut model, "Mei Chen", 4);
        assert_eq!(names(&model), ["Mei Chen", "Tom Becker"]);
        act(&mut model, Command::ToggleList, at(5));
        assert!(!model.meeting.queue().list_closed);
    }

    #[test]
    fn moving_on_with_hands_waiting_asks_keep_or_clear() {
        let mut model = present();
        hand(&mut model, "Tom Becker", 1);
        hand(&mut model, "Mei Chen", 2);
        act(&mut model, Command::NextItem, at(10));
        assert_eq!(
            model.overlay,
            Overlay::Confirm(Question::CarryHands {
                item: 1,
                waiting: 2
            })
        );
        act(&mut model, Command::Cancel, at(11));
        assert_eq!(model.meeting.current(), 0, "never mind: still on the item");
        act(&mut model, Command::NextItem, at(12));
        act(&mut model, Command::Confirm, at(12));
        assert_eq!(model.meeting.current(), 1);
        assert_eq!(names(&model), ["Mei Chen", "Tom Becker"], "kept");
        act(&mut model, Command::NextItem, at(20));
        act(&mut model, Command::Decline, at(20));
        assert_eq!(model.meeting.current(), 2);
        assert!(model.meeting.queue().hands.is_empty(), "cleared");
        let log = model.meeting.process_log().last().unwrap();
        assert_eq!(log.item, 1, "cleared at the end of the item left");
    }

    #[test]
    fn the_agenda_can_keep_or_clear_hands_without_asking() {
        for (carry, left) in [("Keep", 1), ("Clear", 0)] {
            let src = crate::agenda::EXAMPLE.replace(
                "speaking: Speaking(turn_seconds: 120, policy: WeightedFair)",
                &format!("speaking: Speaking(turn_seconds: 120, carry_hands: {carry})"),
            );
            let mut model = crate::testing::model_from(&src);
            for command in [Command::RollCall, Command::AllPresent, Command::Cancel] {
                act(&mut model, command, at(0));
            }
            act(&mut model, Command::StartMeeting, at(0));
            hand(&mut model, "Tom Becker", 1);
            act(&mut model, Command::NextItem, at(2));
            assert_eq!(model.overlay, Overlay::None, "{carry}");
            assert_eq!(model.meeting.current(), 1);
            assert_eq!(model.meeting.queue().hands.len(), left, "{carry}");
        }
    }

    #[test]
    fn a_decision_no_customer_leader_spoke_to_is_asked_about_then_not_when_one_has() {
        let mut model = present();
        act(&mut model, Command::NextItem, at(10));
        hand(&mut model, "Tom Becker", 11);
        act(&mut model, Command::NextSpeaker, at(12));
        act(&mut model, Command::RecordDecision, at(60));
        act(
            &mut model,
            Message::Paste("Adopt the minutes".into()),
            at(60),
        );
        act(&mut model, Command::Confirm, at(60));
        act(&mut model, Message::Paste("consensus".into()), at(61));
        act(&mut model, Command::Confirm, at(61));
        let Overlay::Confirm(question) = model.overlay.clone() else {
            panic!("{:?}", model.overlay)
        };
        assert!(matches!(question, Question::NoCustomerVoice { .. }));
        let wording = question.wording(&model);
        assert_eq!(
            wording.body[0],
            "No family member has spoken on this item yet. Record anyway?"
        );
        act(&mut model, Command::Decline, at(62));
        assert!(model.meeting.entries().is_empty());
        assert_eq!(
            model.status.as_deref(),
            Some("The decision was not recorded: no family member has spoken on this item yet")
        );
        hand(&mut model, "Mei Chen", 63);
        act(&mut model, Command::NextSpeaker, at(64));
        act(&mut model, Command::RecordDecision, at(90));
        act(
            &mut model,
            Message::Paste("Adopt the minutes".into()),
            at(90),
        );
        act(&mut model, Command::Confirm, at(90));
        act(&mut model, Message::Paste("consensus".into()), at(91));
        act(&mut model, Command::Confirm, at(91));
        assert_eq!(model.overlay, Overlay::None);
        let EntryKind::Decision { voice, .. } = &model.meeting.entries()[0].kind else {
            panic!()
        };
        assert!(voice.customer_voice);
    }

    #[test]
    fn the_totals_go_by_airtime_then_roll_call_then_away() {
        let mut model = present();
        act(&mut model, Command::VoiceBalance, at(1));
        act(&mut model, Command::PersonTotals, at(1));
        assert_eq!(
            (model.totals, model.show_balance),
            (Totals::ByAirtime, false)
        );
        act(&mut model, Command::PersonTotals, at(2));
        assert_eq!(model.totals, Totals::RollCall);
        act(&mut model, Command::VoiceBalance, at(3));
        assert_eq!((model.totals, model.show_balance), (Totals::Hidden, true));
        act(&mut model, Command::PersonTotals, at(4));
        act(&mut model, Command::PersonTotals, at(4));
        act(&mut model, Command::PersonTotals, at(4));
        assert_eq!(model.totals, Totals::Hidden);
    }
}
