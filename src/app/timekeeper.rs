//! The timekeeper's actions: pause and resume, breaks, extensions, and the bell when a turn or
//! an item runs out.

use chrono::{DateTime, Utc};

use super::{Effect, Model, Overlay, Prompt, PromptFor, record};
use crate::agenda::Role;
use crate::input::Command;
use crate::input::Mode;
use crate::meeting::{ClockState, Event, Phase};

/// Who asked for an extension or a break when nobody else is named: the timekeeper.
pub(super) fn timekeeper(model: &Model) -> String {
    model
        .meeting
        .agenda()
        .first_with_role(Role::Timekeeper)
        .unwrap_or("the timekeeper")
        .to_owned()
}

fn not_running(model: &mut Model) -> Option<Vec<Effect>> {
    let why = super::not_running(model, "The clock starts with the meeting")?;
    Some(model.say(why))
}

pub(super) fn pause(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    if let Some(refused) = not_running(model) {
        return refused;
    }
    match model.meeting.paused() {
        Some(_) => record(model, Event::ClockResumed { role: None }, now),
        None => record(model, Event::ClockPaused { role: None }, now),
    }
}

pub(super) fn start_break(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    if let Some(refused) = not_running(model) {
        return refused;
    }
    match model.meeting.paused() {
        Some(p) if p.break_minutes.is_some() => {
            record(model, Event::ClockResumed { role: None }, now)
        }
        Some(_) => {
            let key = model.key_hint(Mode::Meeting, Command::PauseClock);
            model.say(format!("The clock is paused: press {key} to resume first"))
        }
        None => ask_minutes(model, PromptFor::BreakMinutes),
    }
}

pub(super) fn ask_minutes(model: &mut Model, purpose: PromptFor) -> Vec<Effect> {
    if let Some(refused) = not_running(model) {
        return refused;
    }
    model.overlay = Overlay::Prompt(Prompt::new(purpose));
    vec![]
}

pub(super) fn extend_item(model: &mut Model, minutes: u32, now: DateTime<Utc>) -> Vec<Effect> {
    if let Some(refused) = not_running(model) {
        return refused;
    }
    let by = timekeeper(model);
    record(model, Event::ItemExtended { minutes, by }, now)
}

/// Minutes typed in a prompt: a whole number from 1 to 240.
pub(super) fn minutes(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(m @ 1..=240) => Ok(m),
        _ => Err(format!(
            "{:?} is not a number of minutes from 1 to 240",
            text.trim()
        )),
    }
}

/// Ring once when the speaker's turn runs out and once when the item does, if the agenda
/// asks for the bell.
pub(super) fn bell(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    let meeting = &model.meeting;
    if !meeting.agenda().speaking.bell || meeting.phase() != Phase::Running {
        return vec![];
    }
    let mut ring = false;
    if let (Some(turn), Some(floor)) = (meeting.turn_countdown(now), &meeting.queue().floor) {
        let key = Some((floor.person, floor.clock_from));
        if turn.state == ClockState::Over && model.bell_rung.turn != key {
            model.bell_rung.turn = key;
            ring = true;
        }
    }
    let item = meeting.item_countdown(now);
    let key = Some((
        meeting.current(),
        meeting.items()[meeting.current()].extended.num_seconds(),
    ));
    if item.state == ClockState::Over && model.bell_rung.item != key {
        model.bell_rung.item = key;
        ring = true;
    }
    if ring { vec![Effect::Bell] } else { vec![] }
}
