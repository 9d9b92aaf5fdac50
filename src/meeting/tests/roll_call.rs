//! The roll call: who is present, who arrives, who leaves, and the quorum.

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
    assert_eq!(m.customer_label(), Some("Members"));
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
