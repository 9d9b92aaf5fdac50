//! The members' page as the host's screen sees it: its QR code on the wall, the facilitator
//! turning the page's hands off and on, releasing a member's claim from the roll call, and
//! what a member's device asks to record. The page's server is the `members` adapter; here is
//! only what the messages do to the model.

use chrono::{DateTime, Utc};

use super::{Effect, Model, Refusal, record, roll_call};
use crate::meeting::{Event, EventError, PageHands, ProposalId, Record};
use crate::tr;

/// Show or hide the QR code and the address of the members' page.
pub(super) fn toggle_code(model: &mut Model) -> Vec<Effect> {
    if model.members_url.is_none() {
        return model.say(tr!(model.lang, "status-members-page-not-served"));
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
            tr!(model.lang, "status-page-hands-off-item"),
        ),
        PageHands::OffForItem(_) => (
            Event::PageHandsOff { item: None },
            tr!(model.lang, "status-page-hands-off-meeting"),
        ),
        PageHands::OffForMeeting => (Event::PageHandsOn, tr!(model.lang, "status-page-hands-on")),
    };
    model.status = Some(said);
    record(model, event, now)
}

/// The person selected in the roll call may claim their name again from another device.
pub(super) fn release(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    let Some(person) = roll_call::selected(model) else {
        return vec![];
    };
    let name = model.meeting.people()[person].name.clone();
    if !model.meeting.claimed(person) {
        return model.say(tr!(model.lang, "status-not-claimed", name = name));
    }
    model.status = Some(tr!(model.lang, "status-claim-released", name = &name));
    record(model, Event::ClaimReleased { person: name }, now)
}

/// A member's device asks for `event` on behalf of `person`, the name it holds: only a claim
/// or a hand of that person's own, and only what the meeting allows now. Recorded as a joined
/// screen's proposal is, with the host's clock, the record keeping the proposal's id; refused
/// with a typed reason the page words for the member.
pub(super) fn proposal(
    model: &mut Model,
    (page, id): (u64, ProposalId),
    person: &str,
    event: Event,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    let refuse = |why| {
        vec![Effect::Refuse {
            screen: page,
            id: Some(id),
            why,
        }]
    };
    if model.meeting.recorded(id) {
        return refuse(Refusal::AlreadyRecorded);
    }
    let own = match &event {
        Event::PageClaimed { person: p } | Event::PageHand { person: p, .. } => p == person,
        _ => false,
    };
    if !own {
        return refuse(Refusal::NotNow(EventError::NotOwnHand));
    }
    if let Err(e) = model.meeting.check(&event) {
        return refuse(Refusal::NotNow(e));
    }
    vec![Effect::RecordFor {
        screen: page,
        record: Record {
            at: now,
            proposal: Some(id),
            event,
        },
    }]
}

#[cfg(test)]
mod tests;
