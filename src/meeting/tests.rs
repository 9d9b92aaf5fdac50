use std::path::Path;

use chrono::{FixedOffset, NaiveDate, TimeDelta, Utc};

use super::*;
use crate::agenda::{self, ItemKind};
use crate::lang::Lang;
use crate::meeting::{ClockState, ProcessKind};
use crate::testing::at;

fn meeting(src: &str) -> Meeting {
    let agenda = agenda::from_str(src, Path::new("test.ron")).unwrap();
    Meeting::new(agenda, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
}

const TWO_ITEMS: &str = r#"Agenda(title: "T", start: "18:00",
    groups: [Group(id: "m", label: "Members", weight: 2.0)],
    people: [Person(name: "Ana", group: "m")],
    items: [Item(title: "One", minutes: 10), Item(title: "Two", minutes: 20), Item(title: "Three", minutes: 5)])"#;

fn apply(m: &mut Meeting, secs: i64, event: Event) {
    m.apply(&Record {
        at: at(secs),
        proposal: None,
        event,
    })
    .unwrap();
}

fn mark(m: &mut Meeting, secs: i64, name: &str, attendance: Attendance) {
    apply(
        m,
        secs,
        Event::AttendanceMarked {
            person: name.into(),
            attendance,
        },
    );
}

/// The meeting of `src` with these people marked present before it starts at second 0.
fn started_with(src: &str, present: &[&str]) -> Meeting {
    let mut m = meeting(src);
    for name in present {
        mark(&mut m, -10, name, Attendance::Present);
    }
    apply(&mut m, 0, Event::MeetingStarted);
    m
}

#[test]
fn nothing_counts_before_the_start() {
    let m = meeting(TWO_ITEMS);
    assert_eq!(m.phase(), Phase::NotStarted);
    assert_eq!(m.elapsed(at(600)), TimeDelta::zero());
    assert_eq!(m.item_used(0, at(600)), TimeDelta::zero());
    assert_eq!(m.projected_end(at(600)), None);
}

#[test]
fn item_time_accumulates_across_visits() {
    let mut m = meeting(TWO_ITEMS);
    apply(&mut m, 0, Event::MeetingStarted);
    apply(&mut m, 300, Event::ItemOpened { item: 1 });
    assert!(m.items[0].done);
    apply(&mut m, 360, Event::ItemOpened { item: 0 });
    assert!(!m.items[0].done, "an item reopened is no longer done");
    assert!(!m.items[1].done, "going back does not mark an item done");
    assert_eq!(m.item_used(0, at(400)), TimeDelta::seconds(340));
    assert_eq!(m.item_used(1, at(400)), TimeDelta::seconds(60));
    assert_eq!(m.elapsed(at(400)), TimeDelta::seconds(400));
}

#[test]
fn overrun_starts_one_second_past_the_plan() {
    let mut m = meeting(TWO_ITEMS);
    apply(&mut m, 0, Event::MeetingStarted);
    assert_eq!(m.item_overrun(0, at(600)), None);
    assert_eq!(
        m.item_overrun(0, at(600) + TimeDelta::milliseconds(999)),
        None,
        "not shown as +00:00"
    );
    assert_eq!(m.item_overrun(0, at(601)), Some(TimeDelta::seconds(1)));
}

#[test]
fn adjournment_stops_every_clock() {
    let mut m = meeting(TWO_ITEMS);
    apply(&mut m, 0, Event::MeetingStarted);
    apply(&mut m, 100, Event::MeetingEnded);
    assert_eq!(m.phase(), Phase::Adjourned);
    assert!(m.items[0].done);
    assert_eq!(m.elapsed(at(5000)), TimeDelta::seconds(100));
    assert_eq!(m.item_used(0, at(5000)), TimeDelta::seconds(100));
    assert_eq!(m.projected_end(at(5000)), Some(at(100)));
}

#[test]
fn events_out_of_order_are_refused() {
    let mut m = meeting(TWO_ITEMS);
    let err = m.apply(&Record {
        at: at(0),
        proposal: None,
        event: Event::ItemOpened { item: 1 },
    });
    assert_eq!(
        err.unwrap_err().said(Lang::En),
        "the meeting has not started yet"
    );
    apply(&mut m, 0, Event::MeetingStarted);
    let err = m.apply(&Record {
        at: at(1),
        proposal: None,
        event: Event::ItemOpened { item: 3 },
    });
    assert_eq!(
        err.unwrap_err().said(Lang::En),
        "there is no item 4 (the agenda has 3)"
    );
    assert!(m.check(&Event::MeetingStarted).is_err());
}

#[test]
fn projected_end_adds_what_is_left_to_the_plan_after() {
    let mut m = meeting(TWO_ITEMS);
    apply(&mut m, 120, Event::MeetingStarted);
    // 2 minutes late; 10 minutes left of item one, then 25 planned.
    assert_eq!(m.projected_end(at(120)), Some(at(120 + 35 * 60)));
    let offset = FixedOffset::east_opt(0).unwrap();
    let planned = m.planned_end(offset).unwrap().with_timezone(&Utc);
    assert_eq!(planned, at(35 * 60));
    assert_eq!(
        drift(planned, m.projected_end(at(120)).unwrap()),
        Drift::Over(2)
    );
    // Item one runs 3 minutes over: nothing is left of it, the rest is still planned.
    assert_eq!(
        m.projected_end(at(120 + 13 * 60)),
        Some(at(120 + 13 * 60 + 25 * 60))
    );
}

#[test]
fn drift_under_a_minute_is_on_time() {
    assert_eq!(drift(at(0), at(59)), Drift::OnTime);
    assert_eq!(drift(at(0), at(60)), Drift::Over(1));
    assert_eq!(drift(at(0), at(-300)), Drift::Ahead(5));
    let ahead = crate::tr!(Lang::En, "screen-ahead", minutes = 5);
    assert_eq!(ahead, "5 min ahead", "as the header says it");
}

#[test]
fn planned_start_uses_the_room_time_zone() {
    let m = meeting(TWO_ITEMS);
    let cet = FixedOffset::east_opt(3600).unwrap();
    let start = m.planned_start(cet).unwrap();
    assert_eq!(start.with_timezone(&Utc), at(-3600));
}

#[test]
fn a_meeting_held_on_another_day_plans_from_its_actual_start() {
    let mut m = meeting(TWO_ITEMS);
    let next_day = at(24 * 3600 + 600);
    m.apply(&Record {
        at: next_day,
        proposal: None,
        event: Event::MeetingStarted,
    })
    .unwrap();
    let utc = FixedOffset::east_opt(0).unwrap();
    assert_eq!(m.planned_start(utc).unwrap().with_timezone(&Utc), next_day);
}

#[test]
fn a_clock_stepping_back_never_shows_negative_time() {
    let mut m = meeting(TWO_ITEMS);
    apply(&mut m, 100, Event::MeetingStarted);
    assert_eq!(m.item_used(0, at(50)), TimeDelta::zero());
    assert_eq!(m.elapsed(at(50)), TimeDelta::zero());
}

/// Why a hand has its place, in English as the screens say it.
fn reason_said(m: &Meeting, reason: Reason, person: usize) -> String {
    crate::ui::words::reason(Lang::En, m, reason, person)
}

mod queue;

mod roll_call;

mod timekeeping;

mod batches;

#[test]
fn someone_added_live_with_a_name_differing_only_in_capitals_is_refused() {
    let m = meeting(crate::agenda::EXAMPLE);
    let err = m
        .check(&Event::PersonAdded {
            name: "ana  LOPEZ".into(),
            group: "members".into(),
        })
        .unwrap_err();
    assert_eq!(
        err.said(Lang::En),
        "\"ana  LOPEZ\" is the same name as \"Ana Lopez\""
    );
}

#[test]
fn refusals_are_errors_the_app_can_match_on() {
    let mut m = meeting(TWO_ITEMS);
    let hand = Event::HandRaised {
        person: "Ana".into(),
        process: false,
    };
    assert_eq!(m.check(&hand), Err(EventError::NotStarted));
    apply(&mut m, 0, Event::MeetingStarted);
    assert_eq!(
        m.check(&Event::MeetingStarted),
        Err(EventError::AlreadyStarted)
    );
    assert_eq!(m.check(&hand), Err(EventError::NotPresent("Ana".into())));
    assert_eq!(
        m.check(&Event::ItemOpened { item: 9 }),
        Err(EventError::NoSuchItem {
            number: 10,
            count: 3
        })
    );
    assert_eq!(
        EventError::NobodySpeaking.said(Lang::En),
        "nobody has the floor"
    );
}

mod procedure;
