//! The secretary's keys: notes, decisions with their votes, actions with owners and due dates, corrections.

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
    assert_eq!(crate::app::parse_vote(crate::lang::Lang::En, "c"), Ok(None));
    assert_eq!(
        crate::app::parse_vote(crate::lang::Lang::En, "7/1/2"),
        Ok(Some([7, 1, 2]))
    );
    assert_eq!(
        crate::app::parse_vote(crate::lang::Lang::En, " 7 1 2 "),
        Ok(Some([7, 1, 2]))
    );
    assert!(crate::app::parse_vote(crate::lang::Lang::En, "7/1").is_err());
    assert!(crate::app::parse_vote(crate::lang::Lang::En, "-1/2/3").is_err());
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
