//! Several events of one action, applied together or not at all.

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
