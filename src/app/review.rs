//! Reviewing the actions from the last meeting: each one is marked done, carried over to the
//! next meeting (with a new due date, or the old one kept) or dropped (with a reason). Each
//! mark is an event; marking again corrects the mark.

use chrono::{DateTime, Utc};

use super::{Effect, Model, Overlay, Prompt, PromptFor, record};
use crate::meeting::{Event, LastAction, Review, parse_due};

/// Open the review, at the first action not marked yet.
pub(super) fn open(model: &mut Model) -> Vec<Effect> {
    if matches!(model.overlay, Overlay::Review { .. }) {
        model.overlay = Overlay::None;
        return vec![];
    }
    let meeting = &model.meeting;
    let Some(previous) = meeting.previous() else {
        return model.say(crate::tr!(model.lang, "status-follows-nothing"));
    };
    if meeting.last_actions().is_empty() {
        let day = crate::lang::dates::day(model.lang, previous.date);
        return model.say(crate::tr!(model.lang, "status-no-open-actions", day = day));
    }
    let selected = meeting
        .last_actions()
        .iter()
        .position(|l| l.review == Review::Open)
        .unwrap_or(0);
    model.overlay = Overlay::Review { selected };
    vec![]
}

/// The action selected in the review.
fn selected(model: &Model) -> Option<usize> {
    match model.overlay {
        Overlay::Review { selected } => {
            let count = model.meeting.last_actions().len();
            (count > 0).then(|| selected.min(count - 1))
        }
        _ => None,
    }
}

/// Record a mark and come back to the review, at the next action still to decide.
fn mark(model: &mut Model, action: usize, event: Event, now: DateTime<Utc>) -> Vec<Effect> {
    model.overlay = Overlay::Review {
        selected: next_undecided(model.meeting.last_actions(), action),
    };
    record(model, event, now)
}

/// The first action after `marked` not decided yet, going round to the top: the one to look at
/// next. When every other one is decided, the selection stays on the one just marked.
fn next_undecided(actions: &[LastAction], marked: usize) -> usize {
    let count = actions.len();
    (1..count)
        .map(|step| (marked + step) % count)
        .find(|&i| actions[i].review == Review::Open)
        .unwrap_or(marked)
}

pub(super) fn done(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    match selected(model) {
        Some(action) => mark(model, action, Event::ActionDone { action }, now),
        None => vec![],
    }
}

/// Ask when a carried-over action is due: a day still to come is suggested, by the next
/// meeting (see [`crate::meeting::carried_due`]); enter keeps it.
pub(super) fn ask_carry(model: &mut Model) -> Vec<Effect> {
    let Some(action) = selected(model) else {
        return vec![];
    };
    let today = model.now.with_timezone(&model.offset).date_naive();
    let due = model.meeting.carried_due(action, today).to_string();
    model.overlay = Overlay::Prompt(Prompt::suggesting(PromptFor::CarryDue { action }, &due));
    vec![]
}

pub(super) fn ask_drop(model: &mut Model) -> Vec<Effect> {
    let Some(action) = selected(model) else {
        return vec![];
    };
    model.overlay = Overlay::Prompt(Prompt::new(PromptFor::DropReason { action }));
    vec![]
}

/// Enter in the carry-over or drop prompt.
pub(super) fn submit(
    model: &mut Model,
    purpose: &PromptFor,
    text: &str,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    match *purpose {
        PromptFor::CarryDue { action } => {
            let today = model.now.with_timezone(&model.offset).date_naive();
            match parse_due(text, today, model.lang) {
                Ok(due) => mark(model, action, Event::ActionCarried { action, due }, now),
                Err(message) => model.say(message),
            }
        }
        PromptFor::DropReason { action } => {
            let reason = text.trim().to_owned();
            if reason.is_empty() {
                return model.say(crate::tr!(model.lang, "status-say-why-dropped"));
            }
            mark(model, action, Event::ActionDropped { action, reason }, now)
        }
        _ => vec![],
    }
}
