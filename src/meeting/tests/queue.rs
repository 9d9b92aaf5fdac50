//! The order of the queue under each policy, and the reasons the room sees.

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
                .map(|&x| reason_said(m, x, person))
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
    assert_eq!(err.said(Lang::En), "Tia is not marked present");
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

mod changes;
