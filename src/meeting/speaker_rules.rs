//! The list of speakers' rules, one test each, named in the meeting's words. The README's
//! "Coming from OpenSlides" table names these tests: each rule of OpenSlides' list-of-speakers
//! tests that cochair follows, or differs on on purpose.

use std::path::Path;

use chrono::{NaiveDate, TimeDelta};

use super::*;
use crate::agenda::ItemKind;
use crate::lang::Lang;
use crate::testing::at;

/// Parents weigh 2, staff 1; a discussion, then a decision; everyone present but Ula; the
/// meeting started at 0. Turns of 2:00, questions of 30 s, direct responses of 1:00.
pub(super) fn board(speaking: &str) -> Meeting {
    let src = format!(
        r#"Agenda(title: "Board",
        groups: [Group(id: "parents", label: "Parents", weight: 2.0), Group(id: "staff", label: "Staff", weight: 1.0)],
        people: [Person(name: "Ana", group: "parents", roles: [Facilitator]), Person(name: "Ben", group: "parents"),
                 Person(name: "Cal", group: "parents"), Person(name: "Sol", group: "staff"),
                 Person(name: "Tia", group: "staff"), Person(name: "Ula", group: "staff")],
        items: [Item(title: "Talk", minutes: 30), Item(title: "Vote", minutes: 30, kind: Decision)],
        speaking: Speaking(turn_seconds: 120, {speaking}))"#
    );
    let agenda = crate::agenda::from_str(&src, Path::new("board.ron")).unwrap();
    let mut m = Meeting::new(agenda, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    for name in ["Ana", "Ben", "Cal", "Sol", "Tia"] {
        let person = name.into();
        let attendance = Attendance::Present;
        ok(&mut m, -10, Event::AttendanceMarked { person, attendance });
    }
    ok(&mut m, 0, Event::MeetingStarted);
    m
}

pub(super) fn ok(m: &mut Meeting, secs: i64, event: Event) {
    m.apply(&Record::new(at(secs), event)).unwrap();
}

pub(super) fn refused(m: &mut Meeting, secs: i64, event: Event) -> EventError {
    let before = m.clone();
    let err = m.apply(&Record::new(at(secs), event)).unwrap_err();
    assert_eq!(*m, before, "a refused event changes nothing");
    err
}

pub(super) fn hand(name: &str) -> Event {
    let person = name.into();
    Event::HandRaised {
        person,
        process: false,
    }
}

pub(super) fn process(name: &str) -> Event {
    let person = name.into();
    Event::HandRaised {
        person,
        process: true,
    }
}

pub(super) fn floor(name: &str) -> Event {
    let person = name.into();
    Event::FloorGiven {
        person,
        by_override: false,
    }
}

pub(super) fn question(name: &str, to: &str) -> Event {
    let (person, to) = (name.into(), to.into());
    Event::QuestionAsked { person, to }
}

pub(super) fn change(name: &str, from: HandKind, to: HandKind, side: Option<Side>) -> Event {
    let person = name.into();
    Event::HandChanged {
        person,
        from,
        to,
        side,
    }
}

pub(super) fn order(m: &Meeting, secs: i64) -> Vec<String> {
    m.queue_order(at(secs))
        .iter()
        .map(|r| m.people[m.queue.hands[r.hand].person].name.clone())
        .collect()
}

pub(super) fn reasons(m: &Meeting, secs: i64) -> Vec<String> {
    m.queue_order(at(secs))
        .iter()
        .map(|r| {
            let person = m.queue.hands[r.hand].person;
            let words: Vec<String> = r
                .reasons
                .iter()
                .map(|&x| crate::ui::words::reason(Lang::En, m, x, person))
                .collect();
            words.join(" · ")
        })
        .collect()
}

pub(super) fn who(m: &Meeting, name: &str) -> usize {
    m.person(name).unwrap()
}

pub(super) fn log(m: &Meeting) -> Vec<String> {
    m.process_log().iter().map(|e| m.process_text(e)).collect()
}

pub(super) fn secs(n: i64) -> TimeDelta {
    TimeDelta::seconds(n)
}

mod who_is_on_the_list {
    use super::*;

    #[test]
    fn the_chair_puts_anyone_present_on_the_list() {
        let mut m = board("");
        for (secs, name) in [(1, "Ana"), (2, "Ben"), (3, "Cal"), (4, "Sol"), (5, "Tia")] {
            ok(&mut m, secs, hand(name));
        }
        assert_eq!(order(&m, 6).len(), 5);
    }

    #[test]
    fn only_people_present_can_ask_to_speak() {
        let mut m = board("");
        assert_eq!(
            refused(&mut m, 1, hand("Ula")),
            EventError::NotPresent("Ula".into())
        );
    }

    #[test]
    fn a_person_waits_with_one_hand_at_a_time() {
        let mut m = board("");
        ok(&mut m, 1, hand("Ben"));
        assert_eq!(
            refused(&mut m, 2, hand("Ben")),
            EventError::AlreadyQueued("Ben".into())
        );
    }

    #[test]
    fn a_point_of_process_and_a_hand_can_wait_side_by_side() {
        let mut m = board("");
        ok(&mut m, 1, hand("Ben"));
        ok(&mut m, 2, process("Ben"));
        assert_eq!(order(&m, 3), ["Ben", "Ben"]);
        assert_eq!(reasons(&m, 3)[0], "⚑ point of process");
    }

    #[test]
    fn one_point_of_process_per_person_at_a_time() {
        let mut m = board("");
        ok(&mut m, 1, process("Ben"));
        assert_eq!(
            refused(&mut m, 2, process("Ben")),
            EventError::ProcessWaiting("Ben".into())
        );
    }

    #[test]
    fn a_closed_list_takes_no_new_hand_unless_the_chair_adds_it() {
        let mut m = board("");
        ok(&mut m, 1, Event::ListClosed);
        assert_eq!(refused(&mut m, 2, hand("Ben")), EventError::ListClosed);
        let person = "Ben".into();
        ok(
            &mut m,
            3,
            Event::HandAddedToClosedList { person, side: None },
        );
        assert_eq!(order(&m, 4), ["Ben"]);
        assert_eq!(
            log(&m).last().unwrap(),
            "Ben added to the closed list of speakers by Ana"
        );
        let person = "Cal".into();
        let open = Event::HandAddedToClosedList { person, side: None };
        ok(&mut m, 5, Event::ListReopened);
        assert_eq!(refused(&mut m, 6, open), EventError::ListOpen);
    }

    #[test]
    fn a_point_of_process_still_comes_on_a_closed_list() {
        let mut m = board("");
        ok(&mut m, 1, Event::ListClosed);
        ok(&mut m, 2, process("Tia"));
        assert_eq!(order(&m, 3), ["Tia"]);
    }

    #[test]
    fn closing_the_list_stops_new_hands_and_opening_it_takes_them_again() {
        let mut m = board("");
        ok(&mut m, 1, Event::ListClosed);
        assert_eq!(
            refused(&mut m, 2, Event::ListClosed),
            EventError::ListClosed
        );
        ok(&mut m, 3, Event::ListReopened);
        ok(&mut m, 4, hand("Ben"));
        assert_eq!(order(&m, 5), ["Ben"]);
    }

    #[test]
    fn a_hand_can_be_changed_or_taken_down_on_a_closed_list() {
        let mut m = board("");
        ok(&mut m, 1, hand("Ben"));
        ok(&mut m, 2, Event::ListClosed);
        ok(
            &mut m,
            2,
            change("Ben", HandKind::Hand, HandKind::PointOfProcess, None),
        );
        ok(
            &mut m,
            2,
            change("Ben", HandKind::PointOfProcess, HandKind::Hand, None),
        );
        let person = "Ben".into();
        ok(
            &mut m,
            3,
            Event::HandLowered {
                person,
                process: false,
            },
        );
        assert!(order(&m, 4).is_empty());
        assert_eq!(log(&m).last().unwrap(), "Ben's hand taken down by Ana");
    }

    #[test]
    fn clearing_the_list_takes_every_waiting_hand_down_in_one_record() {
        let mut m = board("");
        ok(&mut m, 1, hand("Ben"));
        ok(&mut m, 2, process("Tia"));
        ok(&mut m, 3, floor("Sol"));
        let (person, to) = ("Cal".into(), "Sol".into());
        ok(&mut m, 4, Event::ResponseRaised { person, to });
        ok(&mut m, 5, Event::ListCleared);
        assert!(order(&m, 6).is_empty());
        assert_eq!(
            log(&m).last().unwrap(),
            "list of speakers cleared by Ana: 3 hands taken down (Ben, Tia, Cal)"
        );
        assert_eq!(refused(&mut m, 7, Event::ListCleared), EventError::NoHands);
        assert_eq!(m.queue.floor.as_ref().unwrap().person, who(&m, "Sol"));
    }
}

mod the_last_speaker {
    use super::*;

    fn readd(name: &str) -> Event {
        let person = name.into();
        Event::SpeakerReadded { person }
    }

    #[test]
    fn the_last_speaker_goes_back_on_top_and_keeps_their_turn_in_the_record() {
        let mut m = board("");
        ok(&mut m, 1, hand("Sol"));
        ok(&mut m, 2, floor("Ben"));
        ok(&mut m, 62, floor("Cal"));
        ok(&mut m, 70, readd("Ben"));
        assert_eq!(order(&m, 71), ["Ben", "Sol"]);
        assert_eq!(
            reasons(&m, 71)[0],
            "↺ re-added by facilitator: the last speaker"
        );
        let ben = who(&m, "Ben");
        assert_eq!(
            m.airtime(ben, at(71)),
            secs(60),
            "the turn stays, with its airtime"
        );
        assert_eq!(m.queue.turns.len(), 1);
        assert_eq!(
            log(&m).last().unwrap(),
            "Ben re-added to the top of the list by Ana (the last speaker)"
        );
        assert_eq!(
            refused(&mut m, 72, readd("Cal")),
            EventError::NotLastSpeaker("Cal".into())
        );
    }

    #[test]
    fn a_readded_speaker_waits_behind_a_point_of_process() {
        let mut m = board("");
        ok(&mut m, 1, floor("Ben"));
        ok(&mut m, 30, Event::TurnEnded);
        ok(&mut m, 31, process("Tia"));
        ok(&mut m, 32, readd("Ben"));
        assert_eq!(order(&m, 33), ["Tia", "Ben"]);
    }

    #[test]
    fn the_last_speaker_can_be_readded_to_a_closed_list() {
        let mut m = board("");
        ok(&mut m, 1, floor("Ben"));
        ok(&mut m, 30, Event::TurnEnded);
        ok(&mut m, 31, Event::ListClosed);
        ok(&mut m, 32, readd("Ben"));
        assert_eq!(order(&m, 33), ["Ben"]);
    }

    #[test]
    fn with_nobody_heard_yet_there_is_no_last_speaker_to_readd() {
        let mut m = board("");
        assert_eq!(m.last_speaker(), Err(EventError::NoLastSpeaker));
        assert_eq!(refused(&mut m, 1, readd("Ben")), EventError::NoLastSpeaker);
        ok(&mut m, 2, floor("Ben"));
        assert_eq!(refused(&mut m, 3, readd("Ben")), EventError::NoLastSpeaker);
    }

    #[test]
    fn a_last_speaker_already_waiting_is_not_readded() {
        let mut m = board("");
        ok(&mut m, 1, floor("Ben"));
        ok(&mut m, 30, Event::TurnEnded);
        ok(&mut m, 31, hand("Ben"));
        assert_eq!(
            refused(&mut m, 32, readd("Ben")),
            EventError::AlreadyQueued("Ben".into())
        );
        ok(&mut m, 33, floor("Sol"));
        ok(&mut m, 40, Event::TurnEnded);
        assert_eq!(
            refused(&mut m, 41, readd("Ben")),
            EventError::NotLastSpeaker("Ben".into())
        );
    }

    #[test]
    fn a_point_of_process_readded_is_a_point_of_process_again() {
        let mut m = board("");
        ok(&mut m, 1, process("Tia"));
        ok(&mut m, 2, floor("Tia"));
        ok(&mut m, 20, Event::TurnEnded);
        ok(&mut m, 21, hand("Tia"));
        ok(&mut m, 22, hand("Ben"));
        ok(&mut m, 23, readd("Tia"));
        assert_eq!(order(&m, 24), ["Tia", "Ben", "Tia"]);
        assert_eq!(reasons(&m, 24)[0], "⚑ point of process");
    }
}

mod changing_a_hand;

mod the_order;

#[test]
fn a_readded_speaker_kept_for_the_next_item_waits_like_anyone() {
    let mut m = board("");
    ok(&mut m, 1, floor("Sol"));
    ok(&mut m, 30, Event::TurnEnded);
    ok(&mut m, 31, hand("Ben"));
    let person = "Sol".into();
    ok(&mut m, 32, Event::SpeakerReadded { person });
    assert_eq!(order(&m, 33), ["Sol", "Ben"]);
    ok(&mut m, 34, Event::ItemOpened { item: 1 });
    assert_eq!(order(&m, 35), ["Ben", "Sol"], "by weight on the new item");
}
