use std::path::Path;

use chrono::NaiveDate;

use super::*;
use crate::agenda;
use crate::meeting::{Attendance, ProcessKind, Record};
use crate::testing::at;

const AGENDA: &str = r#"Agenda(title: "T", start: "18:00",
    groups: [Group(id: "m", label: "Members", weight: 2.0),
             Group(id: "s", label: "Staff", weight: 1.0)],
    people: [Person(name: "Ana", group: "m"), Person(name: "Ben", group: "s"),
             Person(name: "Cleo", group: "m"), Person(name: "Dee", group: "m")],
    items: [Item(title: "Talk", minutes: 10), Item(title: "Vote", minutes: 10, kind: Decision),
            Item(title: "Tea", minutes: 10, kind: Break)])"#;

fn apply(m: &mut Meeting, secs: i64, event: Event) -> Result<(), EventError> {
    m.apply(&Record::new(at(secs), event))
}

/// Ana, Ben and Cleo present (Dee is not), the meeting started at second 0.
fn running() -> Meeting {
    let agenda = agenda::from_str(AGENDA, Path::new("t.ron")).unwrap();
    let mut m = Meeting::new(agenda, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    for name in ["Ana", "Ben", "Cleo"] {
        let mark = Event::AttendanceMarked {
            person: name.into(),
            attendance: Attendance::Present,
        };
        apply(&mut m, -10, mark).unwrap();
    }
    apply(&mut m, 0, Event::MeetingStarted).unwrap();
    m
}

fn claim(name: &str) -> Event {
    Event::PageClaimed {
        person: name.into(),
    }
}

fn hand(name: &str, up: bool, kind: HandKind, side: Option<Side>) -> Event {
    Event::PageHand {
        person: name.into(),
        up,
        kind,
        side,
    }
}

fn names_waiting(m: &Meeting) -> Vec<String> {
    m.queue_order(at(100))
        .iter()
        .map(|r| m.people()[m.queue().hands[r.hand].person].name.clone())
        .collect()
}

#[test]
fn a_name_is_claimed_once_by_someone_present_until_it_is_released() {
    let mut m = running();
    assert_eq!(
        apply(&mut m, 1, claim("Dee")),
        Err(EventError::NotPresent("Dee".into()))
    );
    assert!(matches!(
        apply(&mut m, 1, claim("Zed")),
        Err(EventError::UnknownPerson(_))
    ));
    apply(&mut m, 1, claim("Ana")).unwrap();
    let ana = m.person("Ana").unwrap();
    assert_eq!(
        m.claim(ana),
        Some(Claim {
            number: 1,
            held: true
        })
    );
    assert_eq!(
        apply(&mut m, 2, claim("Ana")),
        Err(EventError::AlreadyClaimed("Ana".into()))
    );
    let release = Event::ClaimReleased {
        person: "Ana".into(),
    };
    apply(&mut m, 3, release.clone()).unwrap();
    assert!(!m.claimed(ana));
    assert_eq!(
        apply(&mut m, 4, release),
        Err(EventError::NotClaimed("Ana".into()))
    );
    // Claimed again: the next number, so the earlier device no longer speaks for Ana.
    apply(&mut m, 5, claim("Ana")).unwrap();
    assert_eq!(
        m.claim(ana),
        Some(Claim {
            number: 2,
            held: true
        })
    );
}

#[test]
fn a_hand_from_the_page_is_the_facilitator_s_hand_for_the_claimed_member_only() {
    let mut m = running();
    assert_eq!(
        apply(&mut m, 1, hand("Ana", true, HandKind::Hand, None)),
        Err(EventError::NotClaimed("Ana".into()))
    );
    apply(&mut m, 1, claim("Ana")).unwrap();
    apply(&mut m, 2, claim("Ben")).unwrap();
    apply(&mut m, 3, hand("Ben", true, HandKind::Hand, None)).unwrap();
    apply(&mut m, 4, hand("Ana", true, HandKind::Hand, None)).unwrap();
    // The same order and reasons as hands the facilitator adds: the member's weight counts.
    let mut same = running();
    for name in ["Ben", "Ana"] {
        let raised = Event::HandRaised {
            person: name.into(),
            process: false,
        };
        apply(&mut same, if name == "Ben" { 3 } else { 4 }, raised).unwrap();
    }
    assert_eq!(names_waiting(&m), names_waiting(&same));
    assert_eq!(m.queue_order(at(100)), same.queue_order(at(100)));
    assert_eq!(
        apply(&mut m, 5, hand("Ana", true, HandKind::Hand, None)),
        Err(EventError::AlreadyQueued("Ana".into()))
    );
    // A point of order goes first.
    apply(&mut m, 6, hand("Ben", true, HandKind::PointOfProcess, None)).unwrap();
    assert_eq!(names_waiting(&m)[0], "Ben");
    let ben = m.person("Ben").unwrap();
    assert_eq!(
        m.waiting_hands(ben),
        Waiting {
            hand: true,
            side: None,
            response: false,
            order: true
        }
    );
}

#[test]
fn a_member_taking_their_own_hand_down_is_not_the_facilitator_s_doing() {
    let mut m = running();
    apply(&mut m, 1, claim("Ana")).unwrap();
    apply(&mut m, 2, hand("Ana", true, HandKind::Hand, None)).unwrap();
    apply(&mut m, 3, hand("Ana", false, HandKind::Hand, None)).unwrap();
    assert!(m.queue().hands.is_empty());
    assert!(
        !m.process_log()
            .iter()
            .any(|e| matches!(e.kind, ProcessKind::HandLowered { .. })),
        "the minutes would say the facilitator took it down"
    );
    assert_eq!(
        apply(&mut m, 4, hand("Ana", false, HandKind::Hand, None)),
        Err(EventError::NotQueued("Ana".into()))
    );
}

#[test]
fn the_facilitator_turns_the_page_s_hands_off_for_an_item_or_the_meeting() {
    let mut m = running();
    apply(&mut m, 1, claim("Ana")).unwrap();
    apply(&mut m, 2, Event::PageHandsOff { item: Some(0) }).unwrap();
    assert_eq!(m.page_hands(), PageHands::OffForItem(0));
    assert_eq!(
        apply(&mut m, 3, hand("Ana", true, HandKind::Hand, None)),
        Err(EventError::PageHandsOff { meeting: false })
    );
    // The facilitator's own keys still add her hand.
    let by_chair = Event::HandRaised {
        person: "Ana".into(),
        process: false,
    };
    apply(&mut m, 4, by_chair).unwrap();
    assert!(apply(&mut m, 5, Event::PageHandsOff { item: Some(1) }).is_err());
    // On the next item they are on again.
    apply(&mut m, 6, Event::ItemOpened { item: 1 }).unwrap();
    assert_eq!(m.page_hands(), PageHands::On);
    apply(&mut m, 7, hand("Ana", false, HandKind::Hand, None)).unwrap();
    apply(&mut m, 8, Event::PageHandsOff { item: None }).unwrap();
    assert_eq!(
        apply(&mut m, 9, hand("Ana", true, HandKind::PointOfProcess, None)),
        Err(EventError::PageHandsOff { meeting: true })
    );
    apply(&mut m, 10, Event::ItemOpened { item: 0 }).unwrap();
    assert_eq!(m.page_hands(), PageHands::OffForMeeting);
    assert!(apply(&mut m, 11, Event::PageHandsOff { item: None }).is_err());
    apply(&mut m, 12, Event::PageHandsOn).unwrap();
    assert!(apply(&mut m, 13, Event::PageHandsOn).is_err());
    apply(
        &mut m,
        14,
        hand("Ana", true, HandKind::PointOfProcess, None),
    )
    .unwrap();
}

#[test]
fn sides_responses_breaks_and_a_closed_list_follow_the_meeting_s_rules() {
    let mut m = running();
    apply(&mut m, 1, claim("Ana")).unwrap();
    apply(&mut m, 1, claim("Cleo")).unwrap();
    assert!(matches!(
        apply(
            &mut m,
            2,
            hand("Ana", true, HandKind::Hand, Some(Side::Pro))
        ),
        Err(EventError::NotADecision(_))
    ));
    assert_eq!(
        apply(&mut m, 2, hand("Ana", true, HandKind::DirectResponse, None)),
        Err(EventError::NobodySpeaking)
    );
    apply(&mut m, 3, Event::ItemOpened { item: 1 }).unwrap();
    apply(
        &mut m,
        4,
        hand("Ana", true, HandKind::Hand, Some(Side::Contra)),
    )
    .unwrap();
    let ana = m.person("Ana").unwrap();
    assert_eq!(m.waiting_hands(ana).side, Some(Side::Contra));
    assert!(
        apply(
            &mut m,
            5,
            hand("Cleo", true, HandKind::PointOfProcess, Some(Side::Pro))
        )
        .is_err()
    );
    let floor = Event::FloorGiven {
        person: "Ben".into(),
        by_override: false,
    };
    apply(&mut m, 6, floor).unwrap();
    apply(
        &mut m,
        7,
        hand("Cleo", true, HandKind::DirectResponse, None),
    )
    .unwrap();
    assert!(names_waiting(&m).first().is_some_and(|n| n == "Cleo"));
    apply(
        &mut m,
        8,
        hand("Cleo", false, HandKind::DirectResponse, None),
    )
    .unwrap();
    assert!(m.queue().response_of(m.person("Cleo").unwrap()).is_none());
    apply(&mut m, 9, Event::ListClosed).unwrap();
    assert_eq!(
        apply(&mut m, 10, hand("Cleo", true, HandKind::Hand, None)),
        Err(EventError::ListClosed)
    );
    apply(
        &mut m,
        11,
        hand("Cleo", true, HandKind::PointOfProcess, None),
    )
    .unwrap();
    apply(&mut m, 12, Event::ItemOpened { item: 2 }).unwrap();
    assert_eq!(
        apply(&mut m, 13, hand("Cleo", true, HandKind::Hand, None)),
        Err(EventError::BreakItem)
    );
    // What is waiting can still be taken down on a break.
    apply(&mut m, 14, hand("Ana", false, HandKind::Hand, None)).unwrap();
}

#[test]
fn the_journal_s_words_for_the_page_read_back() {
    let lines = [
        (
            r#"{"at":"2026-11-24T18:00:00Z","event":"page_claimed","person":"Ana"}"#,
            claim("Ana"),
        ),
        (
            r#"{"at":"2026-11-24T18:00:00Z","event":"page_hand","person":"Ana","up":true,"kind":"hand","side":"pro"}"#,
            hand("Ana", true, HandKind::Hand, Some(Side::Pro)),
        ),
        (
            r#"{"at":"2026-11-24T18:00:00Z","event":"page_hand","person":"Ana","up":false,"kind":"point_of_process"}"#,
            hand("Ana", false, HandKind::PointOfProcess, None),
        ),
        (
            r#"{"at":"2026-11-24T18:00:00Z","event":"claim_released","person":"Ana"}"#,
            Event::ClaimReleased {
                person: "Ana".into(),
            },
        ),
        (
            r#"{"at":"2026-11-24T18:00:00Z","event":"page_hands_off","item":2}"#,
            Event::PageHandsOff { item: Some(2) },
        ),
        (
            r#"{"at":"2026-11-24T18:00:00Z","event":"page_hands_off"}"#,
            Event::PageHandsOff { item: None },
        ),
        (
            r#"{"at":"2026-11-24T18:00:00Z","event":"page_hands_on"}"#,
            Event::PageHandsOn,
        ),
    ];
    for (line, event) in lines {
        let record: Record = serde_json::from_str(line).unwrap();
        assert_eq!(record.event, event, "{line}");
        assert_eq!(serde_json::to_string(&record).unwrap(), line);
    }
}
