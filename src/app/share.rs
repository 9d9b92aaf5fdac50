//! One meeting, several screens: the host checks and records what joined screens send, and a
//! joined screen follows the host's journal. The sockets are the `share` adapter's; here is only
//! what the messages do to the model.

use chrono::{DateTime, Utc};

use super::{Effect, Link, Model, Role, refusal};
use crate::input::Command;
use crate::meeting::{Event, Meeting, Record};

/// A joined screen asks the host to record an event: its role must allow it, and the meeting
/// must allow it now. The host's clock stamps it.
pub(super) fn proposal(
    model: &mut Model,
    screen: u64,
    role: Role,
    event: Event,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    if let Err(reason) = role.may_record(&event) {
        return vec![Effect::Refuse { screen, reason }];
    }
    // Whose screen paused or resumed the clocks is the host's word, not the screen's.
    let mut event = event;
    event.set_role(role.job());
    if let Err(e) = model.meeting.check(&event) {
        let reason = refusal(model, &e);
        return vec![Effect::Refuse { screen, reason }];
    }
    vec![Effect::RecordFor {
        screen,
        record: Record { at: now, event },
    }]
}

/// A screen joined (`+1`) or left (`-1`) the host.
pub(super) fn count(model: &mut Model, change: isize) -> Vec<Effect> {
    let screens = match model.link {
        Link::Host { screens } => screens,
        _ => 0,
    };
    model.link = Link::Host {
        screens: screens.saturating_add_signed(change),
    };
    vec![]
}

/// The host's journal, read on joining: the meeting as every screen sees it.
pub(super) fn joined(model: &mut Model, meeting: Meeting) -> Vec<Effect> {
    let was_gone = model.link == Link::Joined { connected: false };
    model.meeting = meeting;
    model.link = Link::Joined { connected: true };
    model.journal_started = true;
    if was_gone {
        model.status = Some("The meeting's host is back: this screen follows it again".into());
    }
    vec![]
}

/// The host is gone: keep showing the last state, read only, until it is back.
pub(super) fn host_gone(model: &mut Model) -> Vec<Effect> {
    model.link = Link::Joined { connected: false };
    vec![]
}

/// While the host is gone, a joined screen changes nothing (it could not be recorded).
pub(super) fn read_only(model: &mut Model, command: Command) -> Option<Vec<Effect>> {
    let gone = model.link == Link::Joined { connected: false };
    let changes = super::duty(command) != super::Duty::Anyone;
    (gone && changes)
        .then(|| model.say("The meeting's host is gone: nothing can be recorded until it is back"))
}
