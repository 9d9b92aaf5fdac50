//! The order of the list: points of process first, weight, the chair's moves, alternating sides,
//! and direct responses up to max_replies.

use super::*;

#[test]
fn a_point_of_process_goes_before_every_plain_hand() {
    let mut m = board("");
    ok(&mut m, 1, hand("Ben"));
    ok(&mut m, 2, hand("Sol"));
    ok(&mut m, 3, process("Tia"));
    assert_eq!(order(&m, 4), ["Tia", "Ben", "Sol"]);
}

#[test]
fn points_of_process_go_in_the_order_raised() {
    let mut m = board("");
    ok(&mut m, 1, process("Tia"));
    ok(&mut m, 2, process("Ben"));
    ok(&mut m, 3, hand("Cal"));
    assert_eq!(order(&m, 4), ["Tia", "Ben", "Cal"]);
}

#[test]
fn a_point_of_process_goes_before_a_direct_response() {
    let mut m = board("");
    ok(&mut m, 1, floor("Sol"));
    let (person, to) = ("Ben".into(), "Sol".into());
    ok(&mut m, 2, Event::ResponseRaised { person, to });
    ok(&mut m, 3, process("Tia"));
    assert_eq!(order(&m, 4), ["Tia", "Ben"]);
}

#[test]
fn a_new_hand_takes_its_place_by_weight_not_at_the_end() {
    let mut m = board("");
    ok(&mut m, 1, floor("Sol"));
    ok(&mut m, 61, floor("Ben"));
    ok(&mut m, 121, Event::TurnEnded);
    ok(&mut m, 122, hand("Sol"));
    ok(&mut m, 123, hand("Ben"));
    ok(&mut m, 124, hand("Cal"));
    // Cal is first on the item; Ben (1:00 + 2:00) ÷ 2 = 1:30 before Sol (1:00 + 2:00) ÷ 1.
    assert_eq!(order(&m, 125), ["Cal", "Ben", "Sol"]);
    let mut fifo = board("policy: Fifo");
    ok(&mut fifo, 1, hand("Sol"));
    ok(&mut fifo, 2, hand("Cal"));
    assert_eq!(order(&fifo, 3), ["Sol", "Cal"], "under Fifo, at the end");
}

#[test]
fn alternating_pro_and_contra_is_explained_on_the_hand_moved_ahead() {
    let mut m = board("");
    ok(&mut m, 0, Event::ItemOpened { item: 1 });
    for (secs, name, side) in [
        (1, "Ben", Side::Pro),
        (2, "Cal", Side::Pro),
        (3, "Sol", Side::Contra),
    ] {
        let person = name.into();
        ok(&mut m, secs, Event::HandRaisedFor { person, side });
    }
    ok(&mut m, 4, floor("Ben"));
    assert_eq!(order(&m, 5), ["Sol", "Cal"]);
    assert_eq!(
        reasons(&m, 5)[0],
        "− contra · first time on this item · alternating pro and contra"
    );
    assert!(
        !reasons(&m, 5)[1].contains("alternating"),
        "{:?}",
        reasons(&m, 5)
    );
}

#[test]
fn the_chair_moves_a_hand_and_the_record_keeps_it() {
    let mut m = board("");
    ok(&mut m, 1, hand("Ben"));
    ok(&mut m, 2, hand("Sol"));
    let (person, past) = ("Sol".into(), "Ben".into());
    let direction = Direction::Up;
    ok(
        &mut m,
        3,
        Event::HandMoved {
            person,
            direction,
            past,
        },
    );
    assert_eq!(order(&m, 4), ["Sol", "Ben"]);
    assert_eq!(log(&m).last().unwrap(), "Sol moved up past Ben by Ana");
}

#[test]
fn a_response_may_answer_a_response_up_to_max_replies() {
    let mut m = board("max_replies: 2");
    ok(&mut m, 1, floor("Sol"));
    let (person, to) = ("Ben".into(), "Sol".into());
    ok(&mut m, 2, Event::ResponseRaised { person, to });
    ok(
        &mut m,
        3,
        Event::ResponseGiven {
            person: "Ben".into(),
        },
    );
    let (person, to) = ("Tia".into(), "Ben".into());
    ok(&mut m, 4, Event::ResponseRaised { person, to });
    let (person, to) = ("Cal".into(), "Ben".into());
    let third = Event::ResponseRaised { person, to };
    assert_eq!(
        refused(&mut m, 5, third),
        EventError::RepliesUsed { max: 2 }
    );
}
