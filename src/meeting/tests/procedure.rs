//! Direct responses, pro and contra, the list of speakers, hands across items, and the voice
//! each decision keeps.

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
    assert_eq!(reason_said(&m, reasons[0], 1), "↩ responds to Ana");
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
        Err(EventError::NotOnFloor("Sol".into()))
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
        EventError::RepliesOff.said(Lang::En),
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
    assert_eq!(refused, EventError::NotADecision(ItemKind::Discussion));
    assert_eq!(
        refused.said(Lang::En),
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
    assert_eq!(reason_said(&m, Reason::FromItem(1), 3), "from item 2");
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
    assert_eq!(m.customer_person(crate::lang::Lang::En), "parent");
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
