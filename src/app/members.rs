//! The members' page as the host's screen sees it: its QR code on the wall, the facilitator
//! turning the page's hands off and on, releasing a member's claim from the roll call, and
//! what a member's device asks to record. The page's server is the `members` adapter; here is
//! only what the messages do to the model.

use chrono::{DateTime, Utc};

use super::{Effect, Model, record, refusal, roll_call};
use crate::meeting::{Event, PageHands, Record};

/// Show or hide the QR code and the address of the members' page.
pub(super) fn toggle_code(model: &mut Model) -> Vec<Effect> {
    if model.members_url.is_none() {
        return model.say(
            "The members' page is not served: open the meeting with --members auto (see cochair --help)",
        );
    }
    model.members_code = !model.members_code;
    vec![]
}

/// On → off for this item → off for the meeting → on: each step is recorded.
pub(super) fn cycle_hands(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    let item = model.meeting.current();
    let (event, said) = match model.meeting.page_hands() {
        PageHands::On => (
            Event::PageHandsOff { item: Some(item) },
            "Hands from the members' page are off for this item",
        ),
        PageHands::OffForItem(_) => (
            Event::PageHandsOff { item: None },
            "Hands from the members' page are off for the rest of the meeting",
        ),
        PageHands::OffForMeeting => (
            Event::PageHandsOn,
            "Hands from the members' page are on again",
        ),
    };
    model.status = Some(said.to_owned());
    record(model, event, now)
}

/// The person selected in the roll call may claim their name again from another device.
pub(super) fn release(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    let Some(person) = roll_call::selected(model) else {
        return vec![];
    };
    let name = model.meeting.people()[person].name.clone();
    if !model.meeting.claimed(person) {
        return model.say(format!(
            "{name} has not claimed their name on the members' page"
        ));
    }
    model.status = Some(format!(
        "{name}'s name is released: a device may claim it again"
    ));
    record(model, Event::ClaimReleased { person: name }, now)
}

/// A member's device asks for `event` on behalf of `person`, the name it holds: only a claim
/// or a hand of that person's own, and only what the meeting allows now. Recorded like a
/// joined screen's proposal, with the host's clock.
pub(super) fn proposal(
    model: &mut Model,
    page: u64,
    person: &str,
    event: Event,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    let own = match &event {
        Event::PageClaimed { person: p } | Event::PageHand { person: p, .. } => p == person,
        _ => false,
    };
    if !own {
        let reason = "The members' page may only claim a name or move that person's own hand";
        return vec![Effect::Refuse {
            screen: page,
            reason: reason.into(),
        }];
    }
    if let Err(e) = model.meeting.check(&event) {
        let reason = page_refusal(model, &e);
        return vec![Effect::Refuse {
            screen: page,
            reason,
        }];
    }
    vec![Effect::RecordFor {
        screen: page,
        record: Record { at: now, event },
    }]
}

/// A refusal in a member's words: no keys to press, since a member has none.
fn page_refusal(model: &Model, e: &crate::meeting::EventError) -> String {
    use crate::meeting::EventError as E;
    match e {
        E::NotStarted => "The meeting has not started yet".into(),
        E::Adjourned => "The meeting is adjourned".into(),
        E::ListClosed => "The list of speakers is closed".into(),
        E::OnBreak => "The meeting is on a break".into(),
        e => {
            let text = refusal(model, e);
            text.strip_prefix("Not possible: ")
                .map_or(text.clone(), |t| {
                    let mut first = t.chars();
                    first.next().map_or_else(String::new, |c| {
                        c.to_uppercase().chain(first).collect::<String>()
                    })
                })
        }
    }
}

#[cfg(test)]
mod tests;
