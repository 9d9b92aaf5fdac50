use super::*;
use crate::agenda::{Role, Seat};
use crate::app::Refusal;
use crate::app::{Message, Overlay, update};
use crate::input::Command;
use crate::meeting::{EventError, HandKind, PageHands, ProposalId};
use crate::testing::{act, at, everyone_present_and_started};

const ID: ProposalId = ProposalId {
    screen: 1 << 48,
    n: 1,
};

fn page(model: &mut Model, person: &str, event: Event, secs: i64) -> Vec<Effect> {
    update(
        model,
        Message::PageProposal {
            page: 1 << 48,
            id: ProposalId {
                screen: ID.screen,
                n: u32::try_from(secs).unwrap(),
            },
            person: person.into(),
            event,
        },
        at(secs),
    )
}

fn claim(name: &str) -> Event {
    Event::PageClaimed {
        person: name.into(),
    }
}

fn raise(name: &str) -> Event {
    Event::PageHand {
        person: name.into(),
        up: true,
        kind: HandKind::Hand,
        side: None,
    }
}

/// Record what the effects ask to record, as the host's runtime would.
fn recorded(model: &mut Model, effects: Vec<Effect>) {
    for effect in effects {
        if let Effect::RecordFor { record, .. } | Effect::Record(record) = effect {
            update(model, Message::Recorded(record), at(9));
        }
    }
}

#[test]
fn a_device_records_its_own_claim_and_hand_and_nothing_else() {
    let mut model = everyone_present_and_started(at(0));
    model.status = Some("Something the facilitator was reading".into());
    let effects = page(&mut model, "Mei Chen", claim("Mei Chen"), 5);
    assert_eq!(
        effects,
        vec![Effect::RecordFor {
            screen: 1 << 48,
            record: Record {
                at: at(5),
                proposal: Some(ProposalId {
                    screen: ID.screen,
                    n: 5
                }),
                event: claim("Mei Chen")
            }
        }]
    );
    assert_eq!(
        model.status.as_deref(),
        Some("Something the facilitator was reading"),
        "a member's hand does not wipe the facilitator's status line"
    );
    recorded(&mut model, effects);
    let effects = page(&mut model, "Mei Chen", raise("Mei Chen"), 6);
    recorded(&mut model, effects);
    assert_eq!(model.meeting.queue().hands.len(), 1);

    // Someone else's hand, or anything that is not a claim or a hand: refused.
    for (person, event) in [
        ("Mei Chen", raise("Tom Becker")),
        ("Mei Chen", claim("Tom Becker")),
        ("Mei Chen", Event::TurnEnded),
        (
            "Mei Chen",
            Event::ClaimReleased {
                person: "Mei Chen".into(),
            },
        ),
    ] {
        let effects = page(&mut model, person, event.clone(), 7);
        assert!(
            matches!(effects.as_slice(), [Effect::Refuse { screen, .. }] if *screen == 1 << 48),
            "{event:?}: {effects:?}"
        );
    }
}

#[test]
fn a_refusal_to_a_member_is_typed_and_names_the_proposal() {
    let mut model = everyone_present_and_started(at(0));
    let effects = page(&mut model, "Mei Chen", raise("Mei Chen"), 5);
    assert_eq!(
        effects,
        vec![Effect::Refuse {
            screen: ID.screen,
            id: Some(ProposalId {
                screen: ID.screen,
                n: 5
            }),
            why: Refusal::NotNow(EventError::NotClaimed("Mei Chen".into()))
        }]
    );
    let claimed = page(&mut model, "Mei Chen", claim("Mei Chen"), 6);
    recorded(&mut model, claimed);
    // The same proposal again is not recorded twice.
    let again = page(&mut model, "Mei Chen", claim("Mei Chen"), 6);
    assert!(
        matches!(
            again.as_slice(),
            [Effect::Refuse {
                why: Refusal::AlreadyRecorded,
                ..
            }]
        ),
        "{again:?}"
    );
    act(&mut model, Command::ToggleList, at(7));
    let other = ProposalId {
        screen: ID.screen + 1,
        n: 1,
    };
    let effects = update(
        &mut model,
        Message::PageProposal {
            page: 1 << 48,
            id: other,
            person: "Mei Chen".into(),
            event: raise("Mei Chen"),
        },
        at(8),
    );
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::Refuse {
                why: Refusal::NotNow(EventError::ListClosed),
                ..
            }]
        ),
        "{effects:?}"
    );
}

#[test]
fn no_screen_may_record_what_only_a_member_s_device_does() {
    for role in Seat::ALL {
        assert!(role.may_record(&raise("Mei Chen")).is_err(), "{role:?}");
        assert!(role.may_record(&claim("Mei Chen")).is_err(), "{role:?}");
    }
    assert!(
        Seat::Job(Role::Facilitator)
            .may_record(&Event::PageHandsOn)
            .is_ok()
    );
    assert!(
        Seat::Job(Role::Timekeeper)
            .may_record(&Event::PageHandsOn)
            .is_err()
    );
}

#[test]
fn the_code_shows_only_when_the_page_is_served() {
    let mut model = everyone_present_and_started(at(0));
    act(&mut model, Command::MembersCode, at(1));
    assert!(!model.members_code);
    assert!(
        model
            .status
            .as_deref()
            .is_some_and(|s| s.contains("--members"))
    );
    model.members_url = Some("http://192.0.2.1:8080/m/x".into());
    act(&mut model, Command::MembersCode, at(2));
    assert!(model.members_code);
    act(&mut model, Command::MembersCode, at(3));
    assert!(!model.members_code);
}

#[test]
fn the_facilitator_cycles_the_page_s_hands_off_and_on() {
    let mut model = everyone_present_and_started(at(0));
    let mut seen = Vec::new();
    for secs in 1..=3 {
        act(&mut model, Command::PageHands, at(secs));
        seen.push((
            model.meeting.page_hands(),
            model.status.clone().unwrap_or_default(),
        ));
    }
    assert_eq!(seen[0].0, PageHands::OffForItem(0));
    assert!(seen[0].1.contains("off for this item"));
    assert_eq!(seen[1].0, PageHands::OffForMeeting);
    assert!(seen[1].1.contains("rest of the meeting"));
    assert_eq!(seen[2].0, PageHands::On);
    assert!(seen[2].1.contains("on again"));
}

#[test]
fn a_claim_is_released_from_the_roll_call() {
    let mut model = everyone_present_and_started(at(0));
    let effects = page(&mut model, "Ana Lopez", claim("Ana Lopez"), 1);
    recorded(&mut model, effects);
    act(&mut model, Command::RollCall, at(2));
    let first = crate::app::roll_call_order(&model.meeting)[0];
    assert_eq!(model.meeting.people()[first].name, "Ana Lopez");
    act(&mut model, Command::ReleaseClaim, at(3));
    assert!(!model.meeting.claimed(first));
    assert!(matches!(model.overlay, Overlay::RollCall { .. }));
    act(&mut model, Command::SelectNext, at(4));
    act(&mut model, Command::ReleaseClaim, at(5));
    assert_eq!(
        model.status.as_deref(),
        Some("Sam Reed has not claimed their name on the members' page")
    );
}
