//! Several screens, as the app sees them: what the host does with what joined screens propose,
//! who it knows is watching, and a joined screen's pending proposals, refusals and offers.

use super::*;
use crate::agenda::{Role, Seat};
use crate::app::{Message, update};
use crate::meeting::{Phase, Vote};
use crate::testing::{act, at, everyone_present_and_started, example_model};

const ID: ProposalId = ProposalId { screen: 9, n: 1 };

fn proposal(model: &mut Model, seat: Seat, event: Event, secs: i64) -> Vec<Effect> {
    let message = Message::Proposal {
        screen: 7,
        seat,
        id: ID,
        event,
    };
    update(model, message, at(secs))
}

fn host(model: &mut Model) {
    model.link = Link::Host {
        screens: Vec::new(),
    };
}

fn joined(model: &mut Model, screen: u64, kind: ScreenKind, secs: i64) -> Vec<Effect> {
    update(model, Message::ScreenJoined { screen, kind }, at(secs))
}

fn apply(model: &mut Model, record: Record) {
    update(model, Message::Recorded(record), model.now);
}

#[test]
fn the_host_records_what_a_role_may_send_stamped_with_its_own_clock_and_the_id() {
    let mut model = everyone_present_and_started(at(0));
    // A screen that claims another role is not believed: the host stamps the role it knows.
    let claimed = Event::ClockPaused {
        role: Some(crate::agenda::Role::Facilitator),
    };
    let effects = proposal(&mut model, Seat::Job(Role::Timekeeper), claimed, 90);
    let record = Record {
        at: at(90),
        proposal: Some(ID),
        event: Event::ClockPaused {
            role: Some(crate::agenda::Role::Timekeeper),
        },
    };
    assert_eq!(effects, [Effect::RecordFor { screen: 7, record }]);
}

#[test]
fn the_host_refuses_what_a_role_may_not_send_or_the_meeting_cannot_take_typed() {
    let mut model = everyone_present_and_started(at(0));
    let refused = |why| {
        [Effect::Refuse {
            screen: 7,
            id: Some(ID),
            why,
        }]
    };
    assert_eq!(
        proposal(
            &mut model,
            Seat::Observer,
            Event::ClockPaused { role: None },
            90
        ),
        refused(Refusal::NotYourRole(Seat::Observer))
    );
    assert_eq!(
        proposal(
            &mut model,
            Seat::Job(Role::Facilitator),
            Event::ClockResumed { role: None },
            90
        ),
        refused(Refusal::NotNow(EventError::ClockRunning))
    );
    let joined = Event::ScreenJoined {
        kind: ScreenKind::from(Role::Secretary),
    };
    assert_eq!(
        proposal(&mut model, Seat::Job(Role::Facilitator), joined, 90),
        refused(Refusal::HostOnly)
    );
    assert_eq!(model.meeting.paused(), None, "nothing was applied");
}

#[test]
fn the_same_proposal_twice_is_recorded_once() {
    let mut model = everyone_present_and_started(at(0));
    let effects = proposal(
        &mut model,
        Seat::Job(Role::Timekeeper),
        Event::ClockPaused { role: None },
        90,
    );
    let [Effect::RecordFor { record, .. }] = &effects[..] else {
        panic!("{effects:?}");
    };
    apply(&mut model, record.clone());
    assert!(model.meeting.recorded(ID));
    assert_eq!(
        proposal(
            &mut model,
            Seat::Job(Role::Timekeeper),
            Event::ClockPaused { role: None },
            95
        ),
        [Effect::Refuse {
            screen: 7,
            id: Some(ID),
            why: Refusal::AlreadyRecorded
        }]
    );
}

#[test]
fn a_refusal_is_worded_by_the_screen_that_reads_it_with_its_own_keys() {
    let model = example_model();
    assert_eq!(
        Refusal::NotYourRole(Seat::Observer).words(&model),
        "Observers can't change the meeting"
    );
    assert_eq!(
        Refusal::NotNow(EventError::NotStarted).words(&model),
        "The meeting has not started: press s to start it"
    );
    assert_eq!(
        Refusal::NotNow(EventError::ListClosed).words(&model),
        "Not possible: the list of speakers is closed"
    );
}

/// A save the host could not make travels typed, so a Spanish screen of an English host says
/// it in Spanish.
#[test]
fn a_refused_save_is_said_in_the_language_of_the_screen() {
    let mut model = example_model();
    let why = Refusal::NotSaved(crate::app::SaveError::PermissionDenied);
    assert_eq!(
        why.words(&model),
        "Not saved on the host: permission denied"
    );
    model.lang = crate::lang::Lang::Es;
    assert_eq!(
        why.words(&model),
        "No se guardó en la pantalla principal: permiso denegado"
    );
}

#[test]
fn a_screen_joining_is_welcomed_through_the_dispatch_and_counted_by_kind() {
    let mut model = example_model();
    host(&mut model);
    assert_eq!(
        joined(&mut model, 1, ScreenKind::from(Role::Timekeeper), 0),
        [Effect::Welcome { screen: 1 }],
        "before the start nothing is recorded"
    );
    joined(&mut model, 2, ScreenKind::Room, 0);
    joined(&mut model, 3, ScreenKind::Room, 0);
    joined(&mut model, 4, ScreenKind::from(Role::Secretary), 0);
    assert_eq!(
        watching(&model).as_deref(),
        Some("timekeeper, secretary, room ×2")
    );
    update(&mut model, Message::ScreenLeft { screen: 2 }, at(0));
    update(&mut model, Message::ScreenLeft { screen: 4 }, at(0));
    assert_eq!(watching(&model).as_deref(), Some("timekeeper, room"));
}

#[test]
fn the_start_records_the_screens_joined_and_later_ones_as_they_come() {
    let mut model = example_model();
    host(&mut model);
    joined(&mut model, 1, ScreenKind::from(Role::Timekeeper), 0);
    joined(&mut model, 2, ScreenKind::from(Role::Timekeeper), 0);
    let start = update(&mut model, crate::input::Command::StartMeeting, at(5));
    let batch = Event::Batch {
        events: vec![
            Event::MeetingStarted,
            Event::ScreenJoined {
                kind: ScreenKind::from(Role::Timekeeper),
            },
        ],
    };
    assert_eq!(start, [Effect::Record(Record::new(at(5), batch.clone()))]);
    apply(&mut model, Record::new(at(5), batch));
    assert_eq!(
        model.meeting.screens(),
        [ScreenKind::from(Role::Timekeeper)]
    );
    assert_eq!(
        joined(&mut model, 3, ScreenKind::from(Role::Timekeeper), 9),
        [Effect::Welcome { screen: 3 }],
        "a kind already recorded is not recorded again"
    );
    let secretary = Event::ScreenJoined {
        kind: ScreenKind::from(Role::Secretary),
    };
    assert_eq!(
        joined(&mut model, 4, ScreenKind::from(Role::Secretary), 9),
        [
            Effect::Welcome { screen: 4 },
            Effect::Record(Record::new(at(9), secretary))
        ]
    );
}

#[test]
fn a_proposal_waits_for_the_record_that_carries_its_id() {
    let mut model = everyone_present_and_started(at(0));
    model.link = Link::Joined { connected: true };
    let note = Event::NoteAdded {
        item: 0,
        text: "Evening meetings".into(),
    };
    update(
        &mut model,
        Message::Proposed {
            id: ID,
            event: note.clone(),
            sent: true,
        },
        at(1),
    );
    assert_eq!(
        unconfirmed(&model).as_deref(),
        Some("note \"Evening meetings\"")
    );
    // Someone else's record does not answer it.
    apply(
        &mut model,
        Record::new(at(2), Event::ClockPaused { role: None }),
    );
    assert_eq!(model.pending.len(), 1);
    let answer = Record {
        at: at(3),
        proposal: Some(ID),
        event: note,
    };
    apply(&mut model, answer);
    assert!(model.pending.is_empty());
}

#[test]
fn a_host_gone_before_answering_leaves_the_proposal_unconfirmed_and_it_is_offered_again() {
    let mut model = everyone_present_and_started(at(0));
    model.link = Link::Joined { connected: true };
    let recorded_meanwhile = ProposalId { screen: 9, n: 2 };
    for (id, text) in [(ID, "lost"), (recorded_meanwhile, "kept")] {
        let event = Event::NoteAdded {
            item: 0,
            text: text.into(),
        };
        let message = Message::Proposed {
            id,
            event,
            sent: true,
        };
        update(&mut model, message, at(1));
    }
    update(&mut model, Message::HostGone, at(2));
    assert!(model.pending.iter().all(|p| !p.sent));
    assert_eq!(
        model.overlay,
        Overlay::None,
        "nothing is offered while it is gone"
    );
    // The host's journal, read on joining again, holds the second note only.
    let mut meeting = model.meeting.clone();
    let kept = Event::NoteAdded {
        item: 0,
        text: "kept".into(),
    };
    let record = Record {
        at: at(3),
        proposal: Some(recorded_meanwhile),
        event: kept,
    };
    meeting.apply(&record).unwrap();
    update(&mut model, Message::Joined(Box::new(meeting)), at(4));
    assert!(model.pending.is_empty());
    let Overlay::Confirm(Question::SendAgain { id, event }) = model.overlay.clone() else {
        panic!("not offered: {:?}", model.overlay);
    };
    assert_eq!(id, ID);
    assert!(
        model
            .status
            .as_deref()
            .unwrap()
            .contains("what this screen sent last was not recorded")
    );
    let effects = update(&mut model, crate::input::Command::Confirm, at(5));
    let again = Record {
        at: at(5),
        proposal: Some(ID),
        event,
    };
    assert_eq!(
        effects,
        [Effect::Record(again)],
        "sent again with its own id"
    );
}

#[test]
fn what_is_kept_while_the_host_is_gone_is_said_so() {
    let mut model = everyone_present_and_started(at(0));
    model.link = Link::Joined { connected: false };
    let event = Event::NoteAdded {
        item: 0,
        text: "Typed while the host was away".into(),
    };
    let message = Message::Proposed {
        id: ID,
        event,
        sent: false,
    };
    update(&mut model, message, at(1));
    assert!(
        model.status.as_deref().unwrap().starts_with(
            "Not confirmed: note \"Typed while the host was away\". Kept; it is offered again"
        ),
        "{:?}",
        model.status
    );
}

#[test]
fn a_correction_refused_because_its_entry_was_struck_is_offered_as_a_new_entry() {
    let mut model = everyone_present_and_started(at(0));
    model.link = Link::Joined { connected: true };
    let decision = Event::DecisionRecorded {
        item: 1,
        text: "Budget agreed".into(),
        vote: Vote::Consensus,
    };
    act(
        &mut model,
        Message::Recorded(Record::new(at(1), decision)),
        at(1),
    );
    let correction = Event::EntryEdited {
        entry: 0,
        text: "Budget agreed, transport cut".into(),
    };
    let proposed = Message::Proposed {
        id: ID,
        event: correction,
        sent: true,
    };
    update(&mut model, proposed, at(2));
    apply(
        &mut model,
        Record::new(at(2), Event::EntryDeleted { entry: 0 }),
    );
    let refused = Message::Refused {
        id: Some(ID),
        why: Refusal::NotNow(EventError::EntryDeleted(1)),
    };
    update(&mut model, refused, at(3));
    let Overlay::Prompt(prompt) = &model.overlay else {
        panic!("not offered: {:?}", model.overlay);
    };
    assert_eq!(prompt.purpose, PromptFor::AsNewEntry { entry: 0 });
    assert_eq!(prompt.field.text(), "Budget agreed, transport cut");
    // Added as a decision like the one struck, on its item, with its vote.
    let effects = update(&mut model, crate::input::Command::Confirm, at(4));
    let again = Event::DecisionRecorded {
        item: 1,
        text: "Budget agreed, transport cut".into(),
        vote: Vote::Consensus,
    };
    assert_eq!(effects, [Effect::Record(Record::new(at(4), again))]);
}

#[test]
fn a_host_that_closes_leaves_its_screens_saying_so_and_a_key_leaves() {
    let mut model = everyone_present_and_started(at(0));
    model.link = Link::Joined { connected: true };
    update(&mut model, Message::HostClosed { at: at(60) }, at(61));
    assert_eq!(model.link, Link::Closed { at: at(60) });
    let hint = crate::app::now_hint(&model).unwrap();
    assert!(hint.contains("press any key to leave"), "{hint}");
    assert_eq!(update(&mut model, Message::Tick, at(62)), []);
    assert_eq!(
        update(&mut model, crate::input::Command::PauseClock, at(63)),
        [Effect::Quit]
    );
}

#[test]
fn while_the_host_is_gone_a_joined_screen_changes_nothing() {
    let mut model = everyone_present_and_started(at(0));
    model.link = Link::Joined { connected: true };
    update(&mut model, Message::HostGone, at(5));
    let hint = crate::app::now_hint(&model).unwrap();
    assert!(hint.contains("until the host is back"), "{hint}");
    act(&mut model, crate::input::Command::PauseClock, at(6));
    assert!(model.meeting.paused().is_none());
    assert!(model.status.as_deref().unwrap().contains("host is gone"));
    act(&mut model, crate::input::Command::VoiceBalance, at(7));
    assert!(model.show_balance, "looking still works");
    let meeting = model.meeting.clone();
    update(&mut model, Message::Joined(Box::new(meeting)), at(8));
    assert_eq!(model.link, Link::Joined { connected: true });
}

#[test]
fn a_screen_refuses_its_role_s_missing_keys_before_any_prompt() {
    let mut model = everyone_present_and_started(at(0));
    model.seat = Seat::Job(Role::Timekeeper);
    act(&mut model, crate::input::Command::AddNote, at(1));
    assert_eq!(model.overlay, Overlay::None);
    assert_eq!(
        model.status.as_deref(),
        Some("The timekeeper's keys are the clock's: ask the facilitator")
    );
    act(&mut model, crate::input::Command::PauseClock, at(2));
    assert!(model.meeting.paused().is_some());
}

#[test]
fn a_rehearsal_starts_without_asking_whether_it_is_the_real_meeting() {
    let mut model = example_model();
    model.now = at(0);
    let later = model.meeting.date() + chrono::Days::new(30);
    model.meeting = crate::meeting::Meeting::new(model.meeting.agenda().clone(), later);
    assert!(model.planned_for_later());
    model.rehearsal = true;
    assert!(!model.planned_for_later());
    act(&mut model, crate::input::Command::StartMeeting, at(1));
    assert_eq!(model.overlay, Overlay::None);
    assert_eq!(model.meeting.phase(), Phase::Running);
}

#[test]
fn a_struck_confidential_action_offered_again_stays_confidential() {
    let mut model = everyone_present_and_started(at(0));
    model.link = Link::Joined { connected: true };
    let action = Event::ActionAdded {
        item: 1,
        text: "Call the provider".into(),
        owner: "Sam Reed".into(),
        due: None,
        private: Some(true),
    };
    apply(&mut model, Record::new(at(1), action));
    assert_eq!(
        as_new_entry(&model, 0, "Call the provider again".into()),
        Some(Event::ActionAdded {
            item: 1,
            text: "Call the provider again".into(),
            owner: "Sam Reed".into(),
            due: None,
            private: Some(true),
        })
    );
}

#[test]
fn the_host_stamps_the_role_on_a_batch_that_resumes_the_clock() {
    let mut model = everyone_present_and_started(at(0));
    let both = Event::Batch {
        events: vec![
            Event::ClockResumed { role: None },
            Event::FloorGiven {
                person: "Mei Chen".into(),
                by_override: false,
            },
        ],
    };
    apply(
        &mut model,
        Record::new(at(1), Event::ClockPaused { role: None }),
    );
    let effects = proposal(&mut model, Seat::Job(Role::Facilitator), both, 5);
    let [Effect::RecordFor { record, .. }] = &effects[..] else {
        panic!("{effects:?}");
    };
    let Event::Batch { events } = &record.event else {
        panic!("{record:?}");
    };
    assert_eq!(
        events[0],
        Event::ClockResumed {
            role: Some(crate::agenda::Role::Facilitator)
        }
    );
}

/// A proposal is named in a few words: its text where it has one, else its kind (in English, as
/// the journal names it).
#[test]
fn a_proposal_is_described_by_its_text_or_its_kind() {
    let note = Event::NoteAdded {
        item: 0,
        text: "Evening meetings".into(),
    };
    assert_eq!(
        describe_in(crate::lang::Lang::En, &note),
        "note \"Evening meetings\""
    );
    let hand = Event::HandRaised {
        person: "Ana".into(),
        process: true,
    };
    assert_eq!(describe_in(crate::lang::Lang::En, &hand), "hand raised");
    assert_eq!(
        describe_in(crate::lang::Lang::En, &Event::ClockPaused { role: None }),
        "clock paused"
    );
    assert_eq!(
        describe_in(crate::lang::Lang::En, &Event::MeetingStarted),
        "meeting started"
    );
}

/// On a Spanish screen a proposal with no text of its own is named in Spanish, as the joined
/// screen's "not recorded" line says it.
#[test]
fn a_spanish_screen_names_a_proposal_in_spanish() {
    let es = crate::lang::Lang::Es;
    let what = describe_in(es, &Event::ClockPaused { role: None });
    assert_eq!(what, "reloj en pausa");
    assert_eq!(
        crate::tr!(es, "cli-join-not-recorded", what = what),
        "No se registró: reloj en pausa"
    );
    assert_eq!(describe_in(es, &Event::MeetingStarted), "reunión empezada");
}

#[test]
fn a_spanish_host_says_who_has_joined_in_spanish() {
    let mut model = example_model();
    model.lang = crate::lang::Lang::Es;
    host(&mut model);
    joined(&mut model, 1, ScreenKind::Room, 0);
    joined(&mut model, 2, ScreenKind::from(Role::Timekeeper), 0);
    joined(&mut model, 3, ScreenKind::Room, 0);
    joined(&mut model, 4, ScreenKind::Seat(Seat::Observer), 0);
    assert_eq!(
        watching(&model).as_deref(),
        Some("tiempo, observación, sala ×2")
    );
}
