//! The roll call: who is present, who sent apologies, who is absent.

use chrono::{DateTime, Utc};

use super::{Effect, Model, Overlay, record, record_together};
use crate::meeting::{Attendance, Event, Meeting, Phase};

/// People in roll-call order: by group as the agenda lists the groups, then as listed.
pub fn roll_call_order(meeting: &Meeting) -> Vec<usize> {
    let mut order = Vec::with_capacity(meeting.people().len());
    for group in &meeting.agenda().groups {
        order
            .extend((0..meeting.people().len()).filter(|&p| meeting.people()[p].group == group.id));
    }
    order
}

/// Present → apologies → absent → present; someone not yet marked becomes present.
fn next(attendance: Option<Attendance>) -> Attendance {
    match attendance {
        None | Some(Attendance::Absent) => Attendance::Present,
        Some(Attendance::Present) => Attendance::Apologies,
        Some(Attendance::Apologies) => Attendance::Absent,
    }
}

/// The person selected in the roll call, if it is open.
pub(super) fn selected(model: &Model) -> Option<usize> {
    let Overlay::RollCall { selected } = model.overlay else {
        return None;
    };
    let order = roll_call_order(&model.meeting);
    order
        .get(selected.min(order.len().saturating_sub(1)))
        .copied()
}

/// A correction while the roll call is taken, an arrival once it is closed; never a departure.
pub(super) fn toggle(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    let Some(person) = selected(model) else {
        return vec![];
    };
    let p = &model.meeting.people()[person];
    let event = Event::AttendanceMarked {
        person: p.name.clone(),
        attendance: next(p.attendance),
    };
    record(model, event, now)
}

/// The selected person leaves the meeting now.
pub(super) fn mark_left(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    let Some(person) = selected(model) else {
        return vec![];
    };
    let person = model.meeting.people()[person].name.clone();
    record(model, Event::PersonLeft { person }, now)
}

/// Closing the first roll call in a running meeting is recorded: who is marked present
/// after it has arrived, with the time.
pub(super) fn close(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    model.overlay = Overlay::None;
    let meeting = &model.meeting;
    let first = meeting.roll_call_closed().is_none() && meeting.roll_call_taken();
    if first && meeting.phase() == Phase::Running {
        return record(model, Event::RollCallClosed, now);
    }
    vec![]
}

/// Everyone not yet marked is marked present: one action, one journal line.
pub(super) fn all_present(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    let events: Vec<Event> = roll_call_order(&model.meeting)
        .into_iter()
        .filter(|&p| model.meeting.people()[p].attendance.is_none())
        .map(|p| Event::AttendanceMarked {
            person: model.meeting.people()[p].name.clone(),
            attendance: Attendance::Present,
        })
        .collect();
    if events.is_empty() {
        return model.say(crate::tr!(model.lang, "status-everyone-marked"));
    }
    record_together(model, events, now)
}
