use std::path::Path;

use chrono::{FixedOffset, NaiveDate, TimeDelta, Utc};

use super::*;
use crate::agenda;
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
        err.unwrap_err().to_string(),
        "the meeting has not started yet"
    );
    apply(&mut m, 0, Event::MeetingStarted);
    let err = m.apply(&Record {
        at: at(1),
        proposal: None,
        event: Event::ItemOpened { item: 3 },
    });
    assert_eq!(
        err.unwrap_err().to_string(),
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
    assert_eq!(Drift::Ahead(5).to_string(), "5 min ahead");
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

mod queue {
    use super::*;

    /// Members weigh 2, staff 1; everyone present; the meeting started at 0.
    fn board(policy: &str) -> Meeting {
        let src = format!(
            r#"Agenda(title: "Board",
            groups: [Group(id: "members", label: "Members", weight: 2.0), Group(id: "staff", label: "Staff", weight: 1.0)],
            people: [Person(name: "Ana", group: "members"), Person(name: "Ben", group: "members"),
                     Person(name: "Sol", group: "staff"), Person(name: "Tia", group: "staff")],
            items: [Item(title: "One", minutes: 30), Item(title: "Two", minutes: 30)],
            speaking: Speaking(turn_seconds: 60, policy: {policy}, max_overtakes: 2))"#
        );
        started_with(&src, &["Ana", "Ben", "Sol", "Tia"])
    }

    fn raise(m: &mut Meeting, secs: i64, name: &str) {
        apply(
            m,
            secs,
            Event::HandRaised {
                person: name.into(),
                process: false,
            },
        );
    }

    fn speak(m: &mut Meeting, secs: i64, name: &str, length: i64) {
        apply(
            m,
            secs,
            Event::FloorGiven {
                person: name.into(),
                by_override: false,
            },
        );
        apply(m, secs + length, Event::TurnEnded);
    }

    fn order(m: &Meeting, secs: i64) -> Vec<String> {
        m.queue_order(at(secs))
            .iter()
            .map(|r| m.people[m.queue.hands[r.hand].person].name.clone())
            .collect()
    }

    fn reasons(m: &Meeting, secs: i64) -> Vec<String> {
        m.queue_order(at(secs))
            .iter()
            .map(|r| {
                let person = m.queue.hands[r.hand].person;
                r.reasons
                    .iter()
                    .map(|&x| m.describe(x, person))
                    .collect::<Vec<_>>()
                    .join(" · ")
            })
            .collect()
    }

    #[test]
    fn weighted_fair_puts_unheard_first_then_least_weighted_airtime() {
        let mut m = board("WeightedFair");
        speak(&mut m, 0, "Ana", 120); // Ana: 2:00 at weight 2
        speak(&mut m, 120, "Sol", 60); // Sol: 1:00 at weight 1
        raise(&mut m, 200, "Sol");
        raise(&mut m, 201, "Ana");
        raise(&mut m, 202, "Tia");
        // Tia has not spoken on the item. Ana (2:00+1:00)/2 = 90 s beats Sol (1:00+1:00)/1 = 120 s.
        assert_eq!(order(&m, 210), ["Tia", "Ana", "Sol"]);
        assert_eq!(
            reasons(&m, 210),
            [
                "first time on this item",
                "airtime 02:00 at weight 2",
                "airtime 01:00 at weight 1"
            ]
        );
        assert_eq!(
            reasons(&m, 290)[2],
            "airtime 01:00 at weight 1 · waited 1 min"
        );
    }

    #[test]
    fn equal_weighted_airtime_goes_to_the_earlier_hand() {
        let mut m = board("WeightedFair");
        speak(&mut m, 0, "Ana", 180); // (3:00 + 1:00) / 2 = 2:00
        speak(&mut m, 180, "Sol", 60); // (1:00 + 1:00) / 1 = 2:00
        raise(&mut m, 300, "Sol");
        raise(&mut m, 301, "Ana");
        assert_eq!(order(&m, 302), ["Sol", "Ana"]);
    }

    #[test]
    fn fifo_keeps_hand_order() {
        let mut m = board("Fifo");
        raise(&mut m, 1, "Tia");
        raise(&mut m, 2, "Ana");
        raise(&mut m, 3, "Sol");
        assert_eq!(order(&m, 4), ["Tia", "Ana", "Sol"]);
        assert_eq!(reasons(&m, 4), ["hand order", "hand order", "hand order"]);
    }

    #[test]
    fn progressive_stack_puts_the_heaviest_group_first_then_fewest_turns_on_the_item() {
        let mut m = board("ProgressiveStack");
        speak(&mut m, 0, "Ana", 30);
        raise(&mut m, 40, "Sol");
        raise(&mut m, 41, "Ana");
        raise(&mut m, 42, "Ben");
        assert_eq!(order(&m, 43), ["Ben", "Ana", "Sol"]);
        assert_eq!(
            reasons(&m, 43)[0],
            "first time on this item · member voice (weight 2)"
        );
    }

    #[test]
    fn a_point_of_process_goes_first_and_is_not_a_turn() {
        let mut m = board("WeightedFair");
        raise(&mut m, 1, "Ana");
        apply(
            &mut m,
            2,
            Event::HandRaised {
                person: "Tia".into(),
                process: true,
            },
        );
        assert_eq!(order(&m, 3), ["Tia", "Ana"]);
        assert_eq!(reasons(&m, 3)[0], "⚑ point of process");
        let tia = m.person("Tia").unwrap();
        speak(&mut m, 3, "Tia", 20);
        assert_eq!(m.turns_taken(tia), 0);
        assert_eq!(m.turns_on_item(tia, 0), 0);
        assert_eq!(
            m.airtime(tia, at(100)),
            TimeDelta::zero(),
            "procedure, not airtime"
        );
        assert_eq!(m.procedure_time(tia, at(100)), TimeDelta::seconds(20));
        let ana = m.person("Ana").unwrap();
        assert_eq!(
            m.queue.hands[m.queue.hand_of(ana).unwrap()].overtakes,
            0,
            "a point of process overtakes nobody"
        );
    }

    #[test]
    fn a_hand_overtaken_max_times_goes_next() {
        let mut m = board("WeightedFair");
        speak(&mut m, 0, "Sol", 60);
        raise(&mut m, 100, "Sol"); // heard on the item: goes behind every new hand
        raise(&mut m, 101, "Ana");
        speak(&mut m, 102, "Ana", 10); // overtakes Sol once
        raise(&mut m, 120, "Ben");
        assert_eq!(order(&m, 121), ["Ben", "Sol"]);
        assert_eq!(
            reasons(&m, 121)[1],
            "overtaken once · airtime 01:00 at weight 1"
        );
        speak(&mut m, 121, "Ben", 10); // twice: the cap
        raise(&mut m, 140, "Tia");
        raise(&mut m, 141, "Ana");
        assert_eq!(order(&m, 142), ["Sol", "Tia", "Ana"]);
        assert_eq!(
            reasons(&m, 142)[0],
            "overtaken 2 times · airtime 01:00 at weight 1"
        );
    }

    #[test]
    fn overrides_win_are_logged_and_do_not_count_as_overtakes() {
        let mut m = board("Fifo");
        raise(&mut m, 1, "Ana");
        raise(&mut m, 2, "Ben");
        raise(&mut m, 3, "Sol");
        apply(
            &mut m,
            4,
            Event::HandMoved {
                person: "Sol".into(),
                direction: Direction::Up,
                past: "Ben".into(),
            },
        );
        assert_eq!(order(&m, 5), ["Ana", "Sol", "Ben"]);
        assert_eq!(reasons(&m, 5)[1], "moved up by facilitator · hand order");
        apply(
            &mut m,
            6,
            Event::HandMoved {
                person: "Ana".into(),
                direction: Direction::Down,
                past: "Sol".into(),
            },
        );
        assert_eq!(order(&m, 7), ["Sol", "Ana", "Ben"]);
        assert_eq!(reasons(&m, 7)[1], "moved down by facilitator · hand order");
        apply(
            &mut m,
            8,
            Event::FloorGiven {
                person: "Sol".into(),
                by_override: false,
            },
        );
        let ana = m.queue.hand_of(m.person("Ana").unwrap()).unwrap();
        assert_eq!(
            m.queue.hands[ana].overtakes, 0,
            "Sol was put ahead of Ana by the facilitator"
        );
        let ben = m.queue.hand_of(m.person("Ben").unwrap()).unwrap();
        assert_eq!(
            m.queue.hands[ben].overtakes, 0,
            "Sol was moved past Ben by the facilitator too"
        );
        apply(
            &mut m,
            9,
            Event::FloorGiven {
                person: "Ben".into(),
                by_override: true,
            },
        );
        assert_eq!(
            m.queue.hands[m.queue.hand_of(m.person("Ana").unwrap()).unwrap()].overtakes,
            0
        );
        assert_eq!(m.process_log.len(), 3);
        assert!(matches!(
            m.process_log[2].kind,
            ProcessKind::GaveFloor { .. }
        ));
    }

    /// Under weighted fair queuing a later hand can rank ahead of an earlier one: given the
    /// floor in the queue's order, it overtakes the earlier hand; given it by the
    /// facilitator's override, it does not (the override is in the log instead).
    #[test]
    fn a_floor_given_by_override_charges_no_overtake_even_where_the_policy_would() {
        for (by_override, charged) in [(false, 1), (true, 0)] {
            let mut m = board("WeightedFair");
            speak(&mut m, 0, "Sol", 60); // Sol has been heard on the item
            raise(&mut m, 100, "Sol");
            raise(&mut m, 101, "Ana");
            raise(&mut m, 102, "Ben");
            assert_eq!(order(&m, 103), ["Ana", "Ben", "Sol"], "the unheard first");
            apply(
                &mut m,
                104,
                Event::FloorGiven {
                    person: "Ben".into(),
                    by_override,
                },
            );
            let sol = m.queue.hand_of(m.person("Sol").unwrap()).unwrap();
            assert_eq!(
                m.queue.hands[sol].overtakes, charged,
                "Sol raised a hand before Ben; by override: {by_override}"
            );
            let ana = m.queue.hand_of(m.person("Ana").unwrap()).unwrap();
            assert_eq!(m.queue.hands[ana].overtakes, 0, "Ana was ahead of Ben");
        }
    }

    #[test]
    fn a_chain_of_overrides_is_never_charged_as_an_overtake() {
        let mut m = board("Fifo");
        raise(&mut m, 1, "Ana");
        raise(&mut m, 2, "Ben");
        raise(&mut m, 3, "Sol");
        apply(
            &mut m,
            4,
            Event::HandMoved {
                person: "Ben".into(),
                direction: Direction::Up,
                past: "Ana".into(),
            },
        );
        apply(
            &mut m,
            5,
            Event::HandMoved {
                person: "Sol".into(),
                direction: Direction::Up,
                past: "Ben".into(),
            },
        );
        assert_eq!(order(&m, 6), ["Sol", "Ben", "Ana"]);
        apply(
            &mut m,
            6,
            Event::FloorGiven {
                person: "Sol".into(),
                by_override: false,
            },
        );
        for name in ["Ana", "Ben"] {
            let hand = m.queue.hand_of(m.person(name).unwrap()).unwrap();
            assert_eq!(m.queue.hands[hand].overtakes, 0, "{name}");
        }
    }

    #[test]
    fn someone_waiting_can_still_raise_a_point_of_process() {
        let mut m = board("Fifo");
        raise(&mut m, 1, "Ana");
        raise(&mut m, 2, "Sol");
        apply(
            &mut m,
            3,
            Event::HandRaised {
                person: "Sol".into(),
                process: true,
            },
        );
        assert!(
            m.check(&Event::HandRaised {
                person: "Sol".into(),
                process: true
            })
            .is_err()
        );
        assert_eq!(order(&m, 4), ["Sol", "Ana", "Sol"]);
        speak(&mut m, 4, "Sol", 20);
        assert_eq!(
            order(&m, 30),
            ["Ana", "Sol"],
            "the hand keeps its place after the point of process"
        );
        apply(
            &mut m,
            31,
            Event::HandLowered {
                person: "Sol".into(),
                process: false,
            },
        );
        assert_eq!(order(&m, 32), ["Ana"]);
    }

    #[test]
    fn only_present_people_queue_and_leaving_takes_the_hand_away() {
        let mut m = board("Fifo");
        mark(&mut m, 1, "Tia", Attendance::Absent);
        let err = m
            .check(&Event::HandRaised {
                person: "Tia".into(),
                process: false,
            })
            .unwrap_err();
        assert_eq!(err.to_string(), "Tia is not marked present");
        raise(&mut m, 2, "Ana");
        assert!(
            m.check(&Event::HandRaised {
                person: "Ana".into(),
                process: false
            })
            .is_err()
        );
        apply(
            &mut m,
            3,
            Event::FloorGiven {
                person: "Ana".into(),
                by_override: false,
            },
        );
        apply(
            &mut m,
            10,
            Event::PersonLeft {
                person: "Ana".into(),
            },
        );
        assert_eq!(m.queue.floor, None);
        let ana = m.person("Ana").unwrap();
        assert_eq!(m.people[ana].left_early, Some(at(10)));
        assert!(!m.people[ana].is_present());
        assert_eq!(m.airtime(ana, at(99)), TimeDelta::seconds(7));
    }

    #[test]
    fn a_new_item_ends_the_turn_and_keeps_the_queue() {
        let mut m = board("WeightedFair");
        raise(&mut m, 1, "Ana");
        apply(
            &mut m,
            2,
            Event::FloorGiven {
                person: "Sol".into(),
                by_override: false,
            },
        );
        apply(&mut m, 32, Event::ItemOpened { item: 1 });
        assert_eq!(m.queue.floor, None);
        assert_eq!(m.queue.turns[0].item, 0);
        assert_eq!(order(&m, 33), ["Ana"]);
    }

    fn lower(name: &str) -> Event {
        Event::HandLowered {
            person: name.into(),
            process: false,
        }
    }

    fn give(name: &str) -> Event {
        Event::FloorGiven {
            person: name.into(),
            by_override: false,
        }
    }

    fn moved(person: &str, past: &str) -> Event {
        Event::HandMoved {
            person: person.into(),
            direction: Direction::Up,
            past: past.into(),
        }
    }

    #[test]
    fn only_a_hand_that_is_up_can_be_taken_down() {
        let mut m = board("Fifo");
        assert_eq!(
            m.check(&lower("Ana")),
            Err(EventError::NotQueued("Ana".into()))
        );
        raise(&mut m, 1, "Ana");
        assert_eq!(m.check(&lower("Ana")), Ok(()));
        let point = Event::HandLowered {
            person: "Ana".into(),
            process: true,
        };
        assert_eq!(
            m.check(&point),
            Err(EventError::NotQueued("Ana".into())),
            "her hand is up, not a point of process"
        );
    }

    #[test]
    fn only_waiting_hands_can_be_moved_past_each_other() {
        let mut m = board("Fifo");
        raise(&mut m, 1, "Ana");
        assert_eq!(
            m.check(&moved("Ben", "Ana")),
            Err(EventError::NotQueued("Ben".into()))
        );
        assert_eq!(
            m.check(&moved("Ana", "Ben")),
            Err(EventError::NotQueued("Ben".into()))
        );
        raise(&mut m, 2, "Ben");
        assert_eq!(m.check(&moved("Ben", "Ana")), Ok(()));
    }

    #[test]
    fn the_floor_goes_only_to_someone_present_and_never_during_a_break() {
        let mut m = board("Fifo");
        mark(&mut m, 1, "Tia", Attendance::Absent);
        assert_eq!(
            m.check(&give("Tia")),
            Err(EventError::NotPresent("Tia".into()))
        );
        assert_eq!(
            m.check(&give("Nobody")),
            Err(EventError::UnknownPerson("Nobody".into()))
        );
        assert_eq!(m.check(&give("Ana")), Ok(()));
        apply(
            &mut m,
            2,
            Event::BreakStarted {
                minutes: 10,
                by: "Sol".into(),
                role: None,
            },
        );
        assert_eq!(m.check(&give("Ana")), Err(EventError::OnBreak));
        apply(&mut m, 600, Event::ClockResumed { role: None });
        assert_eq!(m.check(&give("Ana")), Ok(()));
    }

    #[test]
    fn moving_a_hand_again_replaces_the_earlier_move_between_the_same_two() {
        let mut m = board("Fifo");
        raise(&mut m, 1, "Ana");
        raise(&mut m, 2, "Ben");
        raise(&mut m, 3, "Sol");
        apply(&mut m, 4, moved("Sol", "Ben"));
        assert_eq!(order(&m, 5), ["Ana", "Sol", "Ben"]);
        // Ben back up past Sol: Sol's move is undone, not left to contradict Ben's.
        apply(&mut m, 5, moved("Ben", "Sol"));
        assert_eq!(m.queue.overrides.len(), 1);
        assert_eq!(
            reasons(&m, 6),
            [
                "hand order",
                "moved up by facilitator · hand order",
                "hand order"
            ]
        );
        // Ben down past Sol: the same two again, the other way round.
        apply(
            &mut m,
            7,
            Event::HandMoved {
                person: "Ben".into(),
                direction: Direction::Down,
                past: "Sol".into(),
            },
        );
        assert_eq!(m.queue.overrides.len(), 1);
        assert_eq!(order(&m, 8), ["Ana", "Sol", "Ben"]);
        assert_eq!(
            reasons(&m, 8),
            [
                "hand order",
                "hand order",
                "moved down by facilitator · hand order"
            ]
        );
    }

    #[test]
    fn a_turn_ends_only_when_someone_has_the_floor() {
        let mut m = board("Fifo");
        assert_eq!(m.check(&Event::TurnEnded), Err(EventError::NobodySpeaking));
        apply(&mut m, 1, give("Ana"));
        assert_eq!(m.check(&Event::TurnEnded), Ok(()));
    }

    #[test]
    fn a_closed_list_refuses_a_new_hand_but_not_a_point_of_process() {
        let mut m = board("Fifo");
        let hand = Event::HandRaised {
            person: "Ana".into(),
            process: false,
        };
        let point = Event::HandRaised {
            person: "Ana".into(),
            process: true,
        };
        assert_eq!(m.check(&hand), Ok(()));
        apply(&mut m, 1, Event::ListClosed);
        assert_eq!(m.check(&hand), Err(EventError::ListClosed));
        assert_eq!(m.check(&point), Ok(()));
    }

    #[test]
    fn overrides_and_hands_taken_down_are_floor_changes_and_the_clock_s_entries_are_not() {
        let mut m = board("Fifo");
        raise(&mut m, 1, "Ana");
        raise(&mut m, 2, "Ben");
        apply(&mut m, 3, moved("Ben", "Ana"));
        apply(&mut m, 4, lower("Ana"));
        apply(
            &mut m,
            5,
            Event::FloorGiven {
                person: "Ben".into(),
                by_override: true,
            },
        );
        apply(&mut m, 6, Event::ClockPaused { role: None });
        apply(&mut m, 7, Event::ClockResumed { role: None });
        apply(
            &mut m,
            8,
            Event::ItemExtended {
                minutes: 5,
                by: "Sol".into(),
            },
        );
        let floor: Vec<bool> = m
            .process_log
            .iter()
            .map(|e| e.kind.is_floor_change())
            .collect();
        assert_eq!(floor, [true, true, true, false, false]);
    }

    #[test]
    fn the_turn_under_way_counts_on_its_item_for_its_speaker_unless_a_point_of_process() {
        let mut m = board("WeightedFair");
        let (ana, ben) = (m.person("Ana").unwrap(), m.person("Ben").unwrap());
        speak(&mut m, 0, "Ana", 30);
        apply(&mut m, 40, give("Ana"));
        assert_eq!(m.turns_on_item(ana, 0), 2, "one done, one under way");
        assert_eq!(m.turns_on_item(ana, 1), 0, "another item");
        assert_eq!(m.turns_on_item(ben, 0), 0, "someone else");
        apply(
            &mut m,
            50,
            Event::HandRaised {
                person: "Ana".into(),
                process: true,
            },
        );
        apply(&mut m, 60, give("Ana"));
        assert_eq!(
            m.turns_on_item(ana, 0),
            2,
            "a point of process under way is no turn"
        );
    }

    #[test]
    fn turns_are_counted_on_the_item_they_were_taken_on() {
        let mut m = board("WeightedFair");
        let ana = m.person("Ana").unwrap();
        speak(&mut m, 0, "Ana", 30);
        speak(&mut m, 40, "Ana", 30);
        apply(&mut m, 100, Event::ItemOpened { item: 1 });
        speak(&mut m, 110, "Ana", 30);
        assert_eq!(m.turns_on_item(ana, 0), 2);
        assert_eq!(m.turns_on_item(ana, 1), 1);
        assert_eq!(m.turns_taken(ana), 3);
    }

    #[test]
    fn a_group_is_named_by_its_last_word_without_a_plural_s_but_a_double_s_stays() {
        let src = r#"Agenda(title: "Board",
            groups: [Group(id: "a", label: "Family members", weight: 2.0),
                     Group(id: "b", label: "Open Access", weight: 2.0),
                     Group(id: "c", label: "Staff", weight: 1.0)],
            people: [Person(name: "Ana", group: "a"), Person(name: "Bo", group: "b"),
                     Person(name: "Sol", group: "c")],
            items: [Item(title: "One", minutes: 30)])"#;
        let m = meeting(src);
        let named = |name: &str| m.describe(Reason::GroupWeight, m.person(name).unwrap());
        assert_eq!(named("Ana"), "member voice (weight 2)");
        assert_eq!(named("Bo"), "access voice (weight 2)");
        assert_eq!(named("Sol"), "staff voice (weight 1)");
    }

    #[test]
    fn only_groups_heavier_than_the_lightest_are_named_as_favoured() {
        let src = r#"Agenda(title: "Board",
            groups: [Group(id: "members", label: "Members", weight: 3.0),
                     Group(id: "staff", label: "Staff", weight: 1.5)],
            people: [Person(name: "Ana", group: "members"), Person(name: "Sol", group: "staff")],
            items: [Item(title: "One", minutes: 30)],
            speaking: Speaking(policy: ProgressiveStack))"#;
        let mut m = started_with(src, &["Ana", "Sol"]);
        raise(&mut m, 1, "Sol");
        raise(&mut m, 2, "Ana");
        assert_eq!(
            reasons(&m, 3),
            [
                "first time on this item · member voice (weight 3)",
                "first time on this item"
            ]
        );
    }
}

mod roll_call {
    use super::*;

    const QUORATE: &str = r#"Agenda(title: "Board",
        groups: [Group(id: "members", label: "Members", weight: 2.0), Group(id: "staff", label: "Staff", weight: 1.0)],
        people: [Person(name: "Ana", group: "members"), Person(name: "Ben", group: "members"),
                 Person(name: "Sol", group: "staff"), Person(name: "Tia", group: "staff")],
        items: [Item(title: "One", minutes: 30)],
        quorum: Quorum(min_present: 3, customer_majority: true))"#;

    #[test]
    fn quorum_needs_numbers_and_a_customer_majority() {
        let mut m = meeting(QUORATE);
        assert_eq!(
            m.quorum(),
            QuorumState::TooFew {
                present: 0,
                needed: 3
            }
        );
        mark(&mut m, 0, "Ana", Attendance::Present);
        mark(&mut m, 0, "Sol", Attendance::Present);
        mark(&mut m, 0, "Tia", Attendance::Present);
        assert_eq!(
            m.quorum(),
            QuorumState::NoMajority {
                present: 3,
                customers: 1
            }
        );
        mark(&mut m, 0, "Ben", Attendance::Present);
        assert_eq!(
            m.quorum(),
            QuorumState::NoMajority {
                present: 4,
                customers: 2
            },
            "half is not a majority"
        );
        mark(&mut m, 0, "Tia", Attendance::Apologies);
        assert_eq!(
            m.quorum(),
            QuorumState::Met {
                present: 3,
                customers: 2
            }
        );
        assert_eq!(m.customer_label(), "Members");
    }

    fn arrived(m: &Meeting, name: &str) -> Option<DateTime<Utc>> {
        m.people[m.person(name).unwrap()].arrived
    }

    #[test]
    fn a_roll_call_taken_before_the_start_closes_when_the_meeting_starts() {
        let mut m = meeting(QUORATE);
        mark(&mut m, -60, "Ana", Attendance::Present);
        apply(&mut m, 0, Event::MeetingStarted);
        assert_eq!(m.roll_call_closed, Some(at(0)));
        mark(&mut m, 120, "Sol", Attendance::Present);
        assert_eq!(arrived(&m, "Sol"), Some(at(120)));
        assert_eq!(arrived(&m, "Ana"), None);
    }

    #[test]
    fn a_roll_call_taken_during_the_meeting_closes_when_it_is_closed() {
        let mut m = meeting(QUORATE);
        apply(&mut m, 0, Event::MeetingStarted);
        assert_eq!(
            m.roll_call_closed, None,
            "nobody was marked before the start"
        );
        mark(&mut m, 60, "Ana", Attendance::Present);
        mark(&mut m, 700, "Ben", Attendance::Present);
        assert_eq!(arrived(&m, "Ben"), None, "still the first roll call");
        apply(&mut m, 710, Event::RollCallClosed);
        assert!(m.check(&Event::RollCallClosed).is_err(), "only the first");
        mark(&mut m, 900, "Sol", Attendance::Present);
        assert_eq!(arrived(&m, "Sol"), Some(at(900)));
    }

    #[test]
    fn cycling_a_mark_is_a_correction_never_a_departure() {
        let mut m = meeting(QUORATE);
        mark(&mut m, -60, "Ana", Attendance::Present);
        apply(&mut m, 0, Event::MeetingStarted);
        for (secs, attendance) in [
            (10, Attendance::Apologies),
            (20, Attendance::Absent),
            (30, Attendance::Present),
            (40, Attendance::Apologies),
        ] {
            mark(&mut m, secs, "Ana", attendance);
        }
        let ana = &m.people[m.person("Ana").unwrap()];
        assert_eq!(ana.left_early, None);
        assert_eq!(ana.arrived, None, "the arrival at 30 was taken back");
        assert_eq!(ana.attendance, Some(Attendance::Apologies));
    }

    #[test]
    fn leaving_is_recorded_only_for_someone_present_in_a_running_meeting() {
        let mut m = meeting(QUORATE);
        mark(&mut m, -60, "Ana", Attendance::Present);
        let leave = |name: &str| Event::PersonLeft {
            person: name.into(),
        };
        assert!(m.check(&leave("Ana")).is_err(), "not started");
        apply(&mut m, 0, Event::MeetingStarted);
        assert!(m.check(&leave("Ben")).is_err(), "Ben is not here");
        apply(&mut m, 600, leave("Ana"));
        let ana = &m.people[m.person("Ana").unwrap()];
        assert_eq!(ana.left_early, Some(at(600)));
        assert!(!ana.is_present());
    }

    #[test]
    fn people_can_be_added_and_marked_present() {
        let mut m = meeting(QUORATE);
        mark(&mut m, -60, "Ana", Attendance::Present);
        apply(&mut m, 0, Event::MeetingStarted);
        apply(
            &mut m,
            400,
            Event::PersonAdded {
                name: "Zoe".into(),
                group: "members".into(),
            },
        );
        assert!(
            m.check(&Event::PersonAdded {
                name: "Zoe".into(),
                group: "members".into()
            })
            .is_err()
        );
        assert!(
            m.check(&Event::PersonAdded {
                name: "Yan".into(),
                group: "board".into()
            })
            .is_err()
        );
        let zoe = m.person("Zoe").unwrap();
        assert!(m.people[zoe].added_live);
        mark(&mut m, 801, "Zoe", Attendance::Present);
        assert_eq!(m.people[zoe].arrived, Some(at(801)));
    }

    #[test]
    fn the_balance_counts_airtime_turns_and_proposals_by_group() {
        let mut m = meeting(&QUORATE.replace(
            r#"Item(title: "One", minutes: 30)"#,
            r#"Item(title: "One", minutes: 30, proposed_by: "Sol")"#,
        ));
        for name in ["Ana", "Ben", "Sol"] {
            mark(&mut m, 0, name, Attendance::Present);
        }
        apply(&mut m, 0, Event::MeetingStarted);
        apply(
            &mut m,
            0,
            Event::FloorGiven {
                person: "Ana".into(),
                by_override: false,
            },
        );
        apply(
            &mut m,
            90,
            Event::FloorGiven {
                person: "Sol".into(),
                by_override: false,
            },
        );
        let rows = m.balance(at(120));
        assert_eq!(rows[0].airtime, TimeDelta::seconds(90));
        assert_eq!(rows[0].turns, 1);
        assert_eq!(rows[1].airtime, TimeDelta::seconds(30));
        assert_eq!(rows[1].turns, 0, "the current turn is not finished");
        assert!((rows[0].share - 0.75).abs() < 1e-9);
        assert_eq!(rows[1].proposed, 1);
        assert_eq!(m.not_heard(), vec![m.person("Ben").unwrap()]);
    }
}

mod timekeeping {
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
}

mod batches {
    use super::*;

    fn council() -> Meeting {
        meeting(crate::agenda::EXAMPLE)
    }

    #[test]
    fn a_batch_with_one_bad_event_changes_nothing() {
        let mut meeting = council();
        let before = meeting.clone();
        let batch = Event::Batch {
            events: vec![
                Event::PersonAdded {
                    name: "Leila Haddad".into(),
                    group: "members".into(),
                },
                Event::AttendanceMarked {
                    person: "Nobody Known".into(),
                    attendance: Attendance::Present,
                },
            ],
        };
        assert!(meeting.check(&batch).is_err());
        assert!(
            meeting
                .apply(&Record {
                    at: at(0),
                    proposal: None,
                    event: batch
                })
                .is_err()
        );
        assert_eq!(meeting, before);
    }

    #[test]
    fn batches_are_neither_empty_nor_nested() {
        let meeting = council();
        assert!(meeting.check(&Event::Batch { events: vec![] }).is_err());
        let nested = Event::Batch {
            events: vec![Event::Batch {
                events: vec![Event::MeetingStarted],
            }],
        };
        assert!(meeting.check(&nested).is_err());
    }
}

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
        err.to_string(),
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
    let err: &dyn std::error::Error = &EventError::NobodySpeaking;
    assert_eq!(err.to_string(), "nobody has the floor");
}

/// Direct responses, pro and contra, the list of speakers, hands across items, and the voice
/// each decision keeps.
mod procedure {
    use super::*;
    use crate::meeting::{EntryKind, Reason, Side};

    /// Members weigh 2, staff 1; a discussion, then two decisions; everyone present; the
    /// meeting started at 0.
    fn board(speaking: &str) -> Meeting {
        let src = format!(
            r#"Agenda(title: "Board",
            groups: [Group(id: "members", label: "Parents", weight: 2.0, target: Some(0.6)),
                     Group(id: "staff", label: "Staff", weight: 1.0)],
            people: [Person(name: "Ana", group: "members", roles: [Facilitator]),
                     Person(name: "Ben", group: "members"), Person(name: "Cal", group: "members"),
                     Person(name: "Sol", group: "staff"), Person(name: "Tia", group: "staff")],
            items: [Item(title: "Talk", minutes: 30), Item(title: "Vote", minutes: 30, kind: Decision),
                    Item(title: "Vote again", minutes: 30, kind: Decision)],
            speaking: Speaking(turn_seconds: 120, {speaking}))"#
        );
        started_with(&src, &["Ana", "Ben", "Cal", "Sol", "Tia"])
    }

    fn raise(m: &mut Meeting, secs: i64, name: &str) {
        let person = name.into();
        apply(
            m,
            secs,
            Event::HandRaised {
                person,
                process: false,
            },
        );
    }

    fn side(m: &mut Meeting, secs: i64, name: &str, side: Side) {
        let person = name.into();
        apply(m, secs, Event::HandRaisedFor { person, side });
    }

    fn give(m: &mut Meeting, secs: i64, name: &str) {
        let person = name.into();
        apply(
            m,
            secs,
            Event::FloorGiven {
                person,
                by_override: false,
            },
        );
    }

    fn respond(m: &mut Meeting, secs: i64, name: &str, to: &str) {
        let (person, to) = (name.into(), to.into());
        apply(m, secs, Event::ResponseRaised { person, to });
    }

    /// Call the next speaker as the app does: a direct response, or the top hand.
    fn next(m: &mut Meeting, secs: i64) -> String {
        let hand = m.next_in_queue(at(secs)).unwrap().clone();
        let person = m.people[hand.person].name.clone();
        let event = match hand.response_to {
            Some(_) => Event::ResponseGiven {
                person: person.clone(),
            },
            None => Event::FloorGiven {
                person: person.clone(),
                by_override: false,
            },
        };
        apply(m, secs, event);
        person
    }

    fn order(m: &Meeting, secs: i64) -> Vec<String> {
        m.queue_order(at(secs))
            .iter()
            .map(|r| m.people[m.queue.hands[r.hand].person].name.clone())
            .collect()
    }

    fn check(m: &Meeting, event: Event) -> Result<(), EventError> {
        m.check(&event)
    }

    #[test]
    fn a_direct_response_comes_right_after_the_turn_with_a_short_turn_of_its_own() {
        let mut m = board("");
        raise(&mut m, 1, "Sol");
        raise(&mut m, 2, "Tia");
        give(&mut m, 10, "Ana");
        respond(&mut m, 20, "Ben", "Ana");
        assert_eq!(order(&m, 30), ["Ben", "Sol", "Tia"]);
        let reasons = m.queue_order(at(30))[0].reasons.clone();
        assert_eq!(reasons, [Reason::RespondsTo(0)]);
        assert_eq!(m.describe(reasons[0], 1), "↩ responds to Ana");
        assert_eq!(next(&mut m, 100), "Ben");
        let floor = m.queue.floor.clone().unwrap();
        assert_eq!(floor.response_to, Some(0));
        let turn = m.turn_countdown(at(100)).unwrap();
        assert_eq!(
            turn.left,
            TimeDelta::seconds(60),
            "reply_seconds, 60 by default"
        );
        // A minute's turn warns in its last quarter.
        assert_eq!(
            m.turn_countdown(at(144)).unwrap().state,
            ClockState::Running
        );
        assert_eq!(
            m.turn_countdown(at(145)).unwrap().state,
            ClockState::Warning
        );
        assert_eq!(next(&mut m, 150), "Sol");
        // A response is a turn like any other, and overtakes nobody.
        assert_eq!(m.airtime(1, at(150)), TimeDelta::seconds(50));
        assert_eq!(m.turns_taken(1), 1);
        assert_eq!(m.queue.turns.last().unwrap().response_to, Some(0));
        assert!(m.queue.hands.iter().all(|h| h.overtakes == 0));
    }

    #[test]
    fn one_turn_draws_at_most_max_replies_responses_counting_responses_to_responses() {
        let mut m = board("max_replies: 2");
        give(&mut m, 0, "Ana");
        respond(&mut m, 5, "Ben", "Ana");
        respond(&mut m, 6, "Sol", "Ana");
        assert_eq!(
            check(
                &m,
                Event::ResponseRaised {
                    person: "Tia".into(),
                    to: "Ana".into()
                }
            ),
            Err(EventError::RepliesUsed { max: 2 })
        );
        apply(
            &mut m,
            7,
            Event::ResponseRefused {
                person: "Sol".into(),
            },
        );
        assert!(
            check(
                &m,
                Event::ResponseRaised {
                    person: "Tia".into(),
                    to: "Ana".into()
                }
            )
            .is_ok(),
            "a refused response frees its place"
        );
        assert_eq!(next(&mut m, 60), "Ben");
        respond(&mut m, 70, "Tia", "Ben");
        assert_eq!(next(&mut m, 90), "Tia");
        assert_eq!(
            check(
                &m,
                Event::ResponseRaised {
                    person: "Ana".into(),
                    to: "Tia".into()
                }
            ),
            Err(EventError::RepliesUsed { max: 2 }),
            "a response to a response counts against the turn that drew them"
        );
        raise(&mut m, 95, "Cal");
        assert_eq!(next(&mut m, 100), "Cal");
        assert!(
            check(
                &m,
                Event::ResponseRaised {
                    person: "Ana".into(),
                    to: "Cal".into()
                }
            )
            .is_ok(),
            "a new turn may draw responses again"
        );
        let refused = m.process_log().last().unwrap();
        assert_eq!(
            m.process_text(refused),
            "Sol's direct response to Ana refused by Ana"
        );
    }

    #[test]
    fn a_response_needs_a_speaker_who_is_someone_else_on_an_ordinary_turn() {
        let mut m = board("");
        let response = |to: &str| Event::ResponseRaised {
            person: "Ben".into(),
            to: to.into(),
        };
        assert_eq!(check(&m, response("Ana")), Err(EventError::NobodySpeaking));
        give(&mut m, 0, "Ana");
        assert_eq!(
            check(&m, response("Sol")),
            Err(EventError::Invalid("Sol does not have the floor".into()))
        );
        assert_eq!(
            check(
                &m,
                Event::ResponseRaised {
                    person: "Ana".into(),
                    to: "Ana".into()
                }
            ),
            Err(EventError::OwnTurn("Ana".into()))
        );
        respond(&mut m, 1, "Ben", "Ana");
        apply(
            &mut m,
            2,
            Event::HandRaised {
                person: "Sol".into(),
                process: true,
            },
        );
        give(&mut m, 3, "Sol");
        assert_eq!(
            check(&m, response("Sol")),
            Err(EventError::ResponseToProcess)
        );
        assert_eq!(
            check(
                &m,
                Event::ResponseRefused {
                    person: "Tia".into()
                }
            ),
            Err(EventError::NoResponse("Tia".into()))
        );
        let off = board("max_replies: 0");
        let mut off = off;
        give(&mut off, 0, "Ana");
        assert_eq!(check(&off, response("Ana")), Err(EventError::RepliesOff));
        assert_eq!(
            EventError::RepliesOff.to_string(),
            "this meeting takes no direct responses (max_replies: 0)"
        );
    }

    #[test]
    fn pro_and_contra_are_for_decision_items() {
        let mut m = board("");
        let pro = Event::HandRaisedFor {
            person: "Ben".into(),
            side: Side::Pro,
        };
        let refused = check(&m, pro.clone()).unwrap_err();
        assert_eq!(refused, EventError::NotADecision("Discussion".into()));
        assert_eq!(
            refused.to_string(),
            "pro and contra are for Decision items; this item's kind is Discussion"
        );
        apply(&mut m, 10, Event::ItemOpened { item: 1 });
        apply(&mut m, 11, pro.clone());
        assert_eq!(check(&m, pro), Err(EventError::AlreadyQueued("Ben".into())));
        assert_eq!(
            m.queue_order(at(12))[0].reasons[..2],
            [Reason::Side(Side::Pro), Reason::FirstOnItem]
        );
    }

    /// The rule: the weighted order's first choice goes first; then, while hands for both
    /// sides wait, a hand for the side that spoke last is passed over by the first hand after
    /// it that is not for that side.
    #[test]
    fn while_both_sides_wait_the_next_speaker_alternates_after_the_first_choice() {
        let mut m = board("policy: Fifo");
        apply(&mut m, 0, Event::ItemOpened { item: 1 });
        side(&mut m, 1, "Ana", Side::Pro);
        side(&mut m, 2, "Ben", Side::Pro);
        side(&mut m, 3, "Cal", Side::Pro);
        side(&mut m, 4, "Sol", Side::Contra);
        raise(&mut m, 5, "Tia");
        // Nobody has spoken for a side yet: first come, first served picks Ana (pro); then a
        // contra hand, then back to pro; Tia, for no side, keeps her place in the order.
        assert_eq!(order(&m, 6), ["Ana", "Sol", "Ben", "Cal", "Tia"]);
        assert_eq!(next(&mut m, 10), "Ana");
        assert_eq!(order(&m, 11), ["Sol", "Ben", "Cal", "Tia"]);
        assert_eq!(next(&mut m, 20), "Sol");
        assert_eq!(next(&mut m, 30), "Ben");
        // Only pro hands (and Tia) are left: the order is the policy's again.
        assert_eq!(order(&m, 31), ["Cal", "Tia"]);
        side(&mut m, 32, "Ana", Side::Pro);
        side(&mut m, 33, "Sol", Side::Contra);
        // Ben spoke for pro last, and a contra hand waits: Cal (pro) is passed over by the
        // first hand after him not for pro, Tia; then by Sol, for contra.
        assert_eq!(order(&m, 34), ["Tia", "Sol", "Cal", "Ana"]);
        assert_eq!(next(&mut m, 40), "Tia");
        assert_eq!(next(&mut m, 50), "Sol");
        assert_eq!(
            m.queue
                .hands
                .iter()
                .map(|h| h.overtakes)
                .collect::<Vec<_>>(),
            [3, 1],
            "a hand passed over by a later one is overtaken: Cal by Sol twice and by Tia, Ana \
             by Sol"
        );
        assert_eq!(order(&m, 51), ["Cal", "Ana"]);
    }

    #[test]
    fn a_hand_for_the_side_that_spoke_last_goes_next_when_only_its_side_or_nobody_waits() {
        let mut m = board("policy: Fifo");
        apply(&mut m, 0, Event::ItemOpened { item: 1 });
        side(&mut m, 1, "Ana", Side::Pro);
        assert_eq!(next(&mut m, 2), "Ana");
        side(&mut m, 3, "Ben", Side::Pro);
        raise(&mut m, 4, "Tia");
        assert_eq!(order(&m, 5), ["Ben", "Tia"]);
        side(&mut m, 6, "Sol", Side::Contra);
        assert_eq!(
            order(&m, 7),
            ["Tia", "Sol", "Ben"],
            "Tia is first not for pro"
        );
    }

    #[test]
    fn a_hand_at_the_overtake_cap_is_never_passed_over_for_the_other_side() {
        let mut m = board("policy: Fifo, max_overtakes: 1");
        apply(&mut m, 0, Event::ItemOpened { item: 1 });
        side(&mut m, 1, "Ana", Side::Pro);
        assert_eq!(next(&mut m, 2), "Ana");
        side(&mut m, 3, "Ben", Side::Pro);
        side(&mut m, 4, "Sol", Side::Contra);
        assert_eq!(next(&mut m, 5), "Sol", "contra after pro");
        assert_eq!(m.queue.hands[0].overtakes, 1);
        side(&mut m, 6, "Cal", Side::Pro);
        side(&mut m, 7, "Tia", Side::Contra);
        // Contra spoke last, so pro would come next anyway; Ben is at the cap regardless.
        assert_eq!(order(&m, 8), ["Ben", "Tia", "Cal"]);
        assert_eq!(next(&mut m, 9), "Ben");
        side(&mut m, 10, "Ana", Side::Pro);
        assert_eq!(order(&m, 11), ["Tia", "Cal", "Ana"]);
    }

    #[test]
    fn a_closed_list_takes_no_new_hands_but_keeps_those_waiting() {
        let mut m = board("");
        raise(&mut m, 1, "Sol");
        give(&mut m, 2, "Ana");
        apply(&mut m, 3, Event::ListClosed);
        assert!(m.queue.list_closed);
        assert_eq!(order(&m, 4), ["Sol"], "nobody waiting is taken down");
        assert_eq!(
            check(
                &m,
                Event::HandRaised {
                    person: "Tia".into(),
                    process: false
                }
            ),
            Err(EventError::ListClosed)
        );
        apply(&mut m, 5, Event::ItemOpened { item: 1 });
        assert_eq!(
            check(
                &m,
                Event::HandRaisedFor {
                    person: "Tia".into(),
                    side: Side::Pro
                }
            ),
            Ok(()),
            "a new item opens the list again"
        );
        apply(&mut m, 6, Event::ListClosed);
        assert_eq!(
            check(
                &m,
                Event::HandRaisedFor {
                    person: "Tia".into(),
                    side: Side::Pro
                }
            ),
            Err(EventError::ListClosed)
        );
        apply(
            &mut m,
            7,
            Event::HandRaised {
                person: "Tia".into(),
                process: true,
            },
        );
        give(&mut m, 8, "Sol");
        respond(&mut m, 9, "Ben", "Sol");
        assert_eq!(check(&m, Event::ListClosed), Err(EventError::ListClosed));
        apply(&mut m, 10, Event::ListReopened);
        assert_eq!(check(&m, Event::ListReopened), Err(EventError::ListOpen));
        let log: Vec<String> = m.process_log().iter().map(|e| m.process_text(e)).collect();
        assert_eq!(
            log,
            [
                "list of speakers closed by Ana",
                "list of speakers closed by Ana",
                "list of speakers opened again by Ana"
            ]
        );
    }

    #[test]
    fn hands_kept_across_items_say_where_they_came_from_and_lose_their_side() {
        let mut m = board("");
        apply(&mut m, 0, Event::ItemOpened { item: 1 });
        side(&mut m, 1, "Sol", Side::Contra);
        give(&mut m, 2, "Ana");
        respond(&mut m, 3, "Ben", "Ana");
        apply(&mut m, 4, Event::ItemOpened { item: 2 });
        assert_eq!(order(&m, 5), ["Sol"], "the direct response lapsed");
        let hand = &m.queue.hands[0];
        assert_eq!((hand.side, hand.item), (None, 1));
        assert!(
            m.queue_order(at(5))[0]
                .reasons
                .contains(&Reason::FromItem(1))
        );
        assert_eq!(m.describe(Reason::FromItem(1), 3), "from item 2");
        raise(&mut m, 6, "Tia");
        apply(
            &mut m,
            7,
            Event::HandRaised {
                person: "Cal".into(),
                process: true,
            },
        );
        apply(&mut m, 8, Event::HandsCleared);
        assert!(m.queue.hands.is_empty());
        assert_eq!(
            m.process_text(m.process_log().last().unwrap()),
            "3 hands cleared at the change of item (Sol, Tia, Cal)"
        );
        assert_eq!(check(&m, Event::HandsCleared), Err(EventError::NoHands));
    }

    #[test]
    fn a_decision_keeps_the_voice_on_its_item_as_it_stood() {
        let mut m = board("");
        apply(&mut m, 0, Event::ItemOpened { item: 1 });
        give(&mut m, 0, "Ana");
        give(&mut m, 60, "Sol"); // Ana 1:00
        apply(
            &mut m,
            90,
            Event::HandRaised {
                person: "Tia".into(),
                process: true,
            },
        );
        give(&mut m, 90, "Tia"); // Sol 0:30; Tia's point of process is not voice on the item
        give(&mut m, 100, "Ben"); // Ben speaks until the decision, 2:00 in
        let decision = Event::DecisionRecorded {
            item: 1,
            text: "Yes".into(),
            vote: Vote::Consensus,
        };
        apply(&mut m, 220, decision);
        let EntryKind::Decision { voice, .. } = m.entries()[0].kind.clone() else {
            panic!("a decision")
        };
        assert!(voice.customer_voice && voice.anyone_spoke());
        let parents = &voice.groups[0];
        assert_eq!(parents.airtime, TimeDelta::seconds(180));
        assert_eq!((parents.turns, parents.spoke, parents.present), (2, 2, 3));
        assert_eq!(parents.target, Some(0.6));
        let staff = &voice.groups[1];
        assert_eq!(staff.airtime, TimeDelta::seconds(30));
        assert_eq!((staff.turns, staff.spoke, staff.present), (1, 1, 2));
        assert!((parents.share - 180.0 / 210.0).abs() < 1e-9);
        // Kept as it was: later talk does not change it.
        apply(&mut m, 500, Event::TurnEnded);
        let EntryKind::Decision { voice: kept, .. } = &m.entries()[0].kind else {
            panic!("a decision")
        };
        assert_eq!(kept, &voice);
    }

    #[test]
    fn a_decision_without_a_customer_voice_is_marked() {
        let mut m = board("");
        apply(&mut m, 0, Event::ItemOpened { item: 1 });
        give(&mut m, 0, "Sol");
        let voice = m.item_voice(1, at(30));
        assert!(!voice.customer_voice && voice.anyone_spoke());
        assert_eq!(m.customer_person(), "parent");
        let silent = m.item_voice(2, at(30));
        assert!(!silent.customer_voice && !silent.anyone_spoke());
    }

    #[test]
    fn person_totals_count_the_meeting_and_the_item_on_the_table() {
        let mut m = board("");
        give(&mut m, 0, "Ana");
        give(&mut m, 60, "Sol");
        apply(&mut m, 90, Event::ItemOpened { item: 1 });
        give(&mut m, 100, "Ana");
        let totals = m.person_totals(at(130));
        let ana = &totals[0];
        assert_eq!(
            (ana.airtime, ana.turns, ana.on_item),
            (TimeDelta::seconds(90), 2, 1)
        );
        let sol = totals.iter().find(|t| t.person == 3).unwrap();
        assert_eq!((sol.turns, sol.on_item), (1, 0));
        assert_eq!(totals.len(), 5);
        let names: Vec<&str> = m
            .not_heard_on_item()
            .into_iter()
            .map(|p| m.people[p].name.as_str())
            .collect();
        assert_eq!(names, ["Ben", "Cal", "Sol", "Tia"]);
    }

    #[test]
    fn someone_leaving_takes_their_direct_response_with_them() {
        let mut m = board("");
        give(&mut m, 0, "Ana");
        respond(&mut m, 1, "Ben", "Ana");
        apply(
            &mut m,
            2,
            Event::PersonLeft {
                person: "Ben".into(),
            },
        );
        assert!(m.queue.hands.is_empty());
    }
}
