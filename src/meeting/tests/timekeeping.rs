//! The clocks: items, turns, pauses and breaks.

use super::*;

/// One 10-minute item, turns of 2 minutes warning at 30 s; Ana present and speaking from 0.
fn speaking() -> Meeting {
    let mut m = meeting(TWO_ITEMS);
    mark(&mut m, -1, "Ana", Attendance::Present);
    apply(&mut m, 0, Event::MeetingStarted);
    apply(
        &mut m,
        0,
        Event::FloorGiven {
            person: "Ana".into(),
            by_override: false,
        },
    );
    m
}

fn turn(m: &Meeting, secs: i64) -> (String, ClockState) {
    let c = m.turn_countdown(at(secs)).unwrap();
    (c.text(), c.state)
}

fn item(m: &Meeting, secs: i64) -> (String, ClockState) {
    let c = m.item_countdown(at(secs));
    (c.text(), c.state)
}

#[test]
fn a_turn_warns_at_warn_seconds_and_is_over_one_second_past_zero() {
    let m = speaking();
    assert_eq!(turn(&m, 89), ("00:31".into(), ClockState::Running));
    assert_eq!(
        turn(&m, 90),
        ("00:30".into(), ClockState::Warning),
        "exactly at warn"
    );
    assert_eq!(
        turn(&m, 120),
        ("00:00".into(), ClockState::Warning),
        "at zero"
    );
    assert_eq!(
        turn(&m, 121),
        ("+00:01".into(), ClockState::Over),
        "one second over"
    );
    assert_eq!(
        m.turn_countdown(at(120) + TimeDelta::milliseconds(999))
            .unwrap()
            .state,
        ClockState::Warning
    );
}

#[test]
fn an_item_is_almost_up_in_its_last_fifth_or_last_two_minutes_whichever_is_shorter() {
    let m = speaking(); // item one: 10 minutes, so 2 minutes (its fifth is also 2)
    assert_eq!(item(&m, 479), ("02:01".into(), ClockState::Running));
    assert_eq!(item(&m, 480), ("02:00".into(), ClockState::Warning));
    assert_eq!(item(&m, 601), ("+00:01".into(), ClockState::Over));
    let mut long = meeting(&TWO_ITEMS.replace("minutes: 10", "minutes: 60"));
    apply(&mut long, 0, Event::MeetingStarted);
    assert_eq!(
        item(&long, 57 * 60),
        ("03:00".into(), ClockState::Running),
        "an hour's item: the last 2 minutes, not the last 12"
    );
    assert_eq!(item(&long, 58 * 60), ("02:00".into(), ClockState::Warning));
    let mut short = meeting(&TWO_ITEMS.replace("minutes: 10", "minutes: 2"));
    apply(&mut short, 0, Event::MeetingStarted);
    assert_eq!(
        item(&short, 1),
        ("01:59".into(), ClockState::Running),
        "a 2-minute item is not almost up from its first second"
    );
    assert_eq!(item(&short, 96), ("00:24".into(), ClockState::Warning));
}

#[test]
fn a_pause_stops_the_meeting_item_and_turn_clocks() {
    let mut m = speaking();
    apply(&mut m, 60, Event::ClockPaused { role: None });
    assert_eq!(turn(&m, 500), ("01:00".into(), ClockState::Paused));
    assert_eq!(m.item_used(0, at(500)), TimeDelta::seconds(60));
    assert_eq!(m.elapsed(at(500)), TimeDelta::seconds(60));
    apply(&mut m, 500, Event::ClockResumed { role: None });
    assert_eq!(turn(&m, 530), ("00:30".into(), ClockState::Warning));
    assert_eq!(
        m.airtime(0, at(530)),
        TimeDelta::seconds(90),
        "paused time is not airtime"
    );
    assert_eq!(m.elapsed(at(530)), TimeDelta::seconds(90));
    assert!(matches!(
        m.process_log.last().unwrap().kind,
        ProcessKind::Paused { .. }
    ));
}

#[test]
fn a_pause_across_an_item_change_counts_for_neither_item() {
    let mut m = speaking();
    apply(&mut m, 100, Event::ClockPaused { role: None });
    apply(&mut m, 200, Event::ItemOpened { item: 1 });
    apply(&mut m, 300, Event::ClockResumed { role: None });
    assert_eq!(m.item_used(0, at(400)), TimeDelta::seconds(100));
    assert_eq!(m.item_used(1, at(400)), TimeDelta::seconds(100));
    assert_eq!(m.queue.turns[0].length, TimeDelta::seconds(100));
}

#[test]
fn an_extension_while_over_time_gives_the_time_back() {
    let mut m = speaking();
    assert_eq!(item(&m, 660).1, ClockState::Over);
    apply(
        &mut m,
        660,
        Event::ItemExtended {
            minutes: 5,
            by: "Sam".into(),
        },
    );
    assert_eq!(item(&m, 660), ("04:00".into(), ClockState::Running));
    assert_eq!(m.item_overrun(0, at(660)), None);
    assert_eq!(m.item_allowed(0), TimeDelta::minutes(15));
    apply(
        &mut m,
        660,
        Event::TurnExtended {
            seconds: 30,
            by: None,
        },
    );
    assert_eq!(turn(&m, 660), ("+08:30".into(), ClockState::Over));
    apply(&mut m, 661, Event::TurnReset { role: None });
    assert_eq!(
        turn(&m, 661),
        ("02:00".into(), ClockState::Running),
        "a reset drops extensions too"
    );
    assert_eq!(
        m.airtime(0, at(661)),
        TimeDelta::seconds(661),
        "a reset does not erase airtime"
    );
    assert_eq!(m.process_log.len(), 3, "the restart is logged");
    assert_eq!(
        m.process_text(&m.process_log[2]),
        "Ana's turn clock restarted"
    );
}

#[test]
fn a_break_counts_down_and_stops_the_clocks_until_resumed() {
    let mut m = speaking();
    apply(
        &mut m,
        60,
        Event::BreakStarted {
            minutes: 10,
            by: "Sam".into(),
            role: None,
        },
    );
    assert!(m.check(&Event::ClockPaused { role: None }).is_err());
    let c = m.break_countdown(at(60 + 9 * 60)).unwrap();
    assert_eq!((c.text(), c.state), ("01:00".into(), ClockState::Warning));
    assert_eq!(
        m.break_countdown(at(60 + 11 * 60)).unwrap().text(),
        "+01:00"
    );
    apply(&mut m, 60 + 12 * 60, Event::ClockResumed { role: None });
    assert_eq!(m.break_countdown(at(800)), None);
    assert_eq!(
        m.item_used(0, at(60 + 12 * 60 + 30)),
        TimeDelta::seconds(90)
    );
    assert!(matches!(
        m.process_log[0].kind,
        ProcessKind::Break { minutes: 10, .. }
    ));
}

#[test]
fn a_resume_after_a_gap_counts_the_gap_unless_paused() {
    // The laptop slept from 100 s to 1000 s: with the clock running, that time was used.
    let m = speaking();
    assert_eq!(m.item_used(0, at(1000)), TimeDelta::seconds(1000));
    assert_eq!(item(&m, 1000), ("+06:40".into(), ClockState::Over));
}

#[test]
fn adjourning_during_a_pause_ends_the_pause() {
    let mut m = speaking();
    apply(&mut m, 100, Event::ClockPaused { role: None });
    apply(&mut m, 200, Event::MeetingEnded);
    assert_eq!(m.paused(), None);
    assert_eq!(m.elapsed(at(999)), TimeDelta::seconds(100));
}

#[test]
fn projected_end_includes_the_extension() {
    let mut m = speaking();
    apply(
        &mut m,
        0,
        Event::ItemExtended {
            minutes: 5,
            by: "Sam".into(),
        },
    );
    // 15 minutes for item one (10 + 5), then 20 + 5 planned.
    assert_eq!(m.projected_end(at(0)), Some(at(40 * 60)));
}
