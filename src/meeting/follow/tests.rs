//! The link to the last meeting and the review of its actions, as a fold over events.

use std::path::Path;

use chrono::NaiveDate;

use super::*;
use crate::meeting::Record;
use crate::testing::at;

const BOARD: &str = r#"Agenda(title: "Board", start: "18:00",
    groups: [Group(id: "m", label: "Members", weight: 2.0), Group(id: "s", label: "Staff", weight: 1.0)],
    people: [Person(name: "Ana", group: "m"), Person(name: "Sam", group: "s")],
    items: [Item(title: "One", minutes: 10), Item(title: "Two", minutes: 20)])"#;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn meeting_on(date: NaiveDate) -> Meeting {
    let agenda = crate::agenda::from_str(BOARD, Path::new("board.ron")).unwrap();
    Meeting::new(agenda, date)
}

fn apply(m: &mut Meeting, secs: i64, event: Event) -> Result<(), EventError> {
    m.apply(&Record {
        at: at(secs),
        proposal: None,
        event,
    })
}

/// October: three actions set, one of them struck; adjourned.
fn october() -> Meeting {
    let mut m = meeting_on(day(10, 27));
    apply(&mut m, 0, Event::MeetingStarted).unwrap();
    for (text, owner, due) in [
        ("Send the budget draft", "Ana", Some(day(11, 1))),
        ("Struck by mistake", "Sam", None),
        ("Book the hall", "Sam", Some(day(12, 10))),
        ("Ask about respite", "Ana", None),
    ] {
        let action = Event::ActionAdded {
            item: 0,
            text: text.into(),
            owner: owner.into(),
            due,
            private: None,
        };
        apply(&mut m, 60, action).unwrap();
    }
    apply(&mut m, 70, Event::EntryDeleted { entry: 1 }).unwrap();
    apply(&mut m, 600, Event::MeetingEnded).unwrap();
    m
}

fn november() -> Meeting {
    let mut m = meeting_on(day(11, 24));
    apply(&mut m, -10, following(&october(), "board-2026-10-27.jsonl")).unwrap();
    m
}

#[test]
fn the_link_copies_the_open_actions_and_leaves_struck_ones_out() {
    let m = november();
    let previous = m.previous().unwrap();
    assert_eq!(previous.journal, "board-2026-10-27.jsonl");
    assert_eq!(previous.date, day(10, 27));
    assert!(previous.adjourned);
    let texts: Vec<&str> = m
        .last_actions()
        .iter()
        .map(|l| l.action.text.as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "Send the budget draft",
            "Book the hall",
            "Ask about respite"
        ]
    );
    assert!(m.last_actions().iter().all(|l| l.review == Review::Open));
    assert!(
        m.last_actions()
            .iter()
            .all(|l| l.action.set_on == day(10, 27))
    );
}

#[test]
fn each_mark_is_an_event_and_a_later_one_corrects_it() {
    let mut m = november();
    apply(&mut m, 0, Event::ActionDone { action: 0 }).unwrap();
    apply(
        &mut m,
        5,
        Event::ActionCarried {
            action: 1,
            due: Some(day(12, 15)),
        },
    )
    .unwrap();
    apply(&mut m, 6, Event::ActionDone { action: 2 }).unwrap();
    apply(
        &mut m,
        7,
        Event::ActionDropped {
            action: 2,
            reason: "The service answered already".into(),
        },
    )
    .unwrap();
    let reviews: Vec<&Review> = m.last_actions().iter().map(|l| &l.review).collect();
    assert_eq!(
        reviews,
        [
            &Review::Done,
            &Review::Carried {
                due: Some(day(12, 15))
            },
            &Review::Dropped {
                reason: "The service answered already".into()
            }
        ]
    );
    assert_eq!(m.last_actions()[2].marked, Some(at(7)));
}

#[test]
fn marks_are_refused_for_actions_there_are_not_and_drops_need_a_reason() {
    let mut m = november();
    assert_eq!(
        apply(&mut m, 0, Event::ActionDone { action: 3 }),
        Err(EventError::NoSuchAction(4))
    );
    let no_reason = Event::ActionDropped {
        action: 0,
        reason: "  ".into(),
    };
    assert!(apply(&mut m, 0, no_reason).is_err());
    let mut unlinked = meeting_on(day(11, 24));
    assert_eq!(
        apply(&mut unlinked, 0, Event::ActionDone { action: 0 }),
        Err(EventError::NoSuchAction(1))
    );
}

#[test]
fn the_link_comes_first_and_only_once() {
    let mut m = november();
    let again = following(&october(), "board-2026-10-27.jsonl");
    assert!(apply(&mut m, 0, again.clone()).is_err());
    let mut late = meeting_on(day(11, 24));
    apply(&mut late, 0, Event::MeetingStarted).unwrap();
    assert!(apply(&mut late, 1, again).is_err());
}

#[test]
fn marks_are_taken_before_during_and_after_the_meeting() {
    let mut m = november();
    apply(&mut m, 0, Event::ActionDone { action: 0 }).unwrap();
    apply(&mut m, 10, Event::MeetingStarted).unwrap();
    apply(&mut m, 20, Event::ActionDone { action: 1 }).unwrap();
    apply(&mut m, 30, Event::MeetingEnded).unwrap();
    apply(&mut m, 40, Event::ActionDone { action: 2 }).unwrap();
    assert!(m.last_actions().iter().all(|l| l.review == Review::Done));
}

#[test]
fn overdue_counts_days_past_the_due_date_while_the_action_is_still_to_do() {
    let mut m = november();
    let first = &m.last_actions()[0];
    assert_eq!(first.overdue_on(day(11, 24)), Some(23));
    assert_eq!(
        first.overdue_on(day(11, 1)),
        None,
        "due today is not overdue"
    );
    assert_eq!(m.last_actions()[1].overdue_on(day(11, 24)), None);
    assert_eq!(m.last_actions()[2].overdue_on(day(11, 24)), None, "no date");
    apply(&mut m, 0, Event::ActionDone { action: 0 }).unwrap();
    assert_eq!(m.last_actions()[0].overdue_on(day(11, 24)), None, "done");
}

#[test]
fn open_actions_move_on_until_done_or_dropped() {
    let mut m = november();
    apply(&mut m, 0, Event::MeetingStarted).unwrap();
    apply(&mut m, 1, Event::ActionDone { action: 0 }).unwrap();
    apply(
        &mut m,
        2,
        Event::ActionCarried {
            action: 1,
            due: Some(day(12, 15)),
        },
    )
    .unwrap();
    let own = Event::ActionAdded {
        item: 1,
        text: "Write to the council".into(),
        owner: "Ana".into(),
        due: None,
        private: None,
    };
    apply(&mut m, 3, own).unwrap();
    let open = m.open_actions();
    let summary: Vec<(&str, Option<NaiveDate>, NaiveDate, u32)> = open
        .iter()
        .map(|a| (a.text.as_str(), a.due, a.set_on, a.carried))
        .collect();
    assert_eq!(
        summary,
        [
            ("Book the hall", Some(day(12, 15)), day(10, 27), 1),
            ("Ask about respite", None, day(10, 27), 1),
            ("Write to the council", None, day(11, 24), 0),
        ],
        "carried with the new date, not reviewed as it was, then this meeting's own"
    );
}

#[test]
fn due_and_done_counts_actions_due_by_this_meeting() {
    let mut m = november();
    apply(&mut m, 0, Event::ActionDone { action: 0 }).unwrap();
    apply(&mut m, 0, Event::ActionDone { action: 1 }).unwrap();
    // Due 1 November and no date are due by 24 November; 10 December is not.
    assert_eq!(m.due_and_done(), Some(DueAndDone { due: 2, done: 1 }));
    assert_eq!(meeting_on(day(11, 24)).due_and_done(), None);
}

#[test]
fn the_link_reads_back_from_its_journal_line() {
    let event = following(&october(), "board-2026-10-27.jsonl");
    let line = serde_json::to_string(&Record {
        at: at(0),
        proposal: None,
        event: event.clone(),
    })
    .unwrap();
    assert!(line.contains(r#""event":"meeting_follows""#), "{line}");
    let back: Record = serde_json::from_str(&line).unwrap();
    assert_eq!(back.event, event);
}
