//! Changing a waiting hand: it keeps its arrival and takes its new kind's place; sides only for
//! plain hands on a decision item.

use super::*;

#[test]
fn a_changed_hand_keeps_its_arrival_and_takes_its_new_kind_s_place() {
    let mut m = board("");
    ok(&mut m, 1, hand("Ben"));
    ok(&mut m, 2, hand("Sol"));
    let seq = m.queue.hands[1].seq;
    ok(
        &mut m,
        70,
        change("Sol", HandKind::Hand, HandKind::PointOfProcess, None),
    );
    assert_eq!(order(&m, 71), ["Sol", "Ben"]);
    let sol = m
        .queue
        .hands
        .iter()
        .find(|h| h.person == who(&m, "Sol"))
        .unwrap();
    assert_eq!(
        (sol.seq, sol.raised_at),
        (seq, at(2)),
        "it keeps its arrival"
    );
    ok(
        &mut m,
        80,
        change("Sol", HandKind::PointOfProcess, HandKind::Hand, None),
    );
    assert_eq!(
        order(&m, 81),
        ["Ben", "Sol"],
        "a plain hand by arrival and weight"
    );
    assert_eq!(
        reasons(&m, 180)[1],
        "first time on this item · waited 2 min"
    );
    assert_eq!(
        log(&m).last().unwrap(),
        "Sol's hand changed from a point of process to a hand by Ana"
    );
}

#[test]
fn a_hand_changed_to_a_direct_response_needs_a_speaker_and_a_reply_left() {
    let mut m = board("");
    ok(&mut m, 1, hand("Ben"));
    ok(&mut m, 2, hand("Cal"));
    let to_response = |name| change(name, HandKind::Hand, HandKind::DirectResponse, None);
    assert_eq!(
        refused(&mut m, 3, to_response("Ben")),
        EventError::NobodySpeaking
    );
    ok(&mut m, 4, floor("Sol"));
    ok(&mut m, 5, to_response("Cal"));
    assert_eq!(reasons(&m, 6)[0], "↩ responds to Sol");
    assert_eq!(
        refused(&mut m, 7, to_response("Ben")),
        EventError::RepliesUsed { max: 1 }
    );
}

#[test]
fn changing_a_hand_to_what_it_already_is_records_nothing() {
    let mut m = board("");
    ok(&mut m, 1, hand("Ben"));
    assert_eq!(
        refused(
            &mut m,
            2,
            change("Ben", HandKind::Hand, HandKind::Hand, None)
        ),
        EventError::NothingToChange("Ben".into())
    );
}

#[test]
fn a_point_of_process_speaks_for_no_side() {
    let mut m = board("");
    ok(&mut m, 0, Event::ItemOpened { item: 1 });
    ok(&mut m, 1, process("Ben"));
    let sided = change(
        "Ben",
        HandKind::PointOfProcess,
        HandKind::PointOfProcess,
        Some(Side::Pro),
    );
    assert_eq!(
        refused(&mut m, 2, sided),
        EventError::SideOnlyHand(HandKind::PointOfProcess)
    );
}

#[test]
fn a_side_outside_a_decision_item_is_refused() {
    let mut m = board("");
    ok(&mut m, 1, hand("Ben"));
    let pro = change("Ben", HandKind::Hand, HandKind::Hand, Some(Side::Pro));
    assert_eq!(
        refused(&mut m, 2, pro.clone()),
        EventError::NotADecision(ItemKind::Discussion)
    );
    ok(&mut m, 3, Event::ItemOpened { item: 1 });
    ok(&mut m, 4, pro);
    assert_eq!(
        reasons(&m, 5)[0],
        "+ pro · first time on this item · parent voice (weight 2) · from item 1"
    );
}
