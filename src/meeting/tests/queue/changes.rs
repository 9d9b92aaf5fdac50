//! Taking hands down, moving them past each other and giving the floor by hand: what the
//! facilitator changes in the queue, and what the log and the clock make of it.

use super::*;

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
    let named = |name: &str| reason_said(&m, Reason::GroupWeight, m.person(name).unwrap());
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
