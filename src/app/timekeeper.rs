//! The timekeeper's actions: pause and resume, breaks, extensions, and the bell when a turn or
//! an item runs out.

use chrono::{DateTime, Utc};

use super::{Effect, Model, Overlay, Prompt, PromptFor, record};
use crate::agenda::Role;
use crate::input::Command;
use crate::input::Mode;
use crate::lang::Lang;
use crate::meeting::{ClockState, Event, Phase};
use crate::tr;

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
    let why = super::not_running(model, tr!(model.lang, "status-clock-opens"))?;
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
            model.say(tr!(model.lang, "status-paused-resume-first", key = key))
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

/// A break's length as typed: minutes (`10`), or the time to be back (`18:40`), counted from
/// `now` in the room's time. The time comes back as minutes from 1 to 240, rounded up.
pub(super) fn break_minutes(text: &str, now: chrono::NaiveTime) -> Result<u32, MinutesError> {
    let Some(back) = crate::agenda::parse_time(text) else {
        return minutes(text).map_err(|_| MinutesError::NeitherMinutesNorTime(text.trim().into()));
    };
    // A break runs past midnight at most: a time earlier today is one that has passed.
    let seconds = (back - now).num_seconds().rem_euclid(24 * 3600);
    let minutes = u32::try_from((seconds + 59) / 60).unwrap_or(u32::MAX);
    let back = back.format("%H:%M").to_string();
    match minutes {
        1..=240 => Ok(minutes),
        0 => Err(MinutesError::Now(back)),
        m if m > 12 * 60 => Err(MinutesError::Passed(back)),
        m => Err(MinutesError::TooFar { back, minutes: m }),
    }
}

/// Why the minutes typed in a prompt are not taken: the words typed, or the time to be back
/// (`HH:MM`). Said in the screen's language by [`MinutesError::said`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum MinutesError {
    NotMinutes(String),
    NeitherMinutesNorTime(String),
    Now(String),
    Passed(String),
    TooFar { back: String, minutes: u32 },
}

impl MinutesError {
    /// The refusal as the prompt's screen says it.
    pub(super) fn said(&self, lang: Lang) -> String {
        let not_minutes =
            |typed: &str| tr!(lang, "prompts-not-minutes", typed = format!("{typed:?}"));
        match self {
            MinutesError::NotMinutes(typed) => not_minutes(typed),
            MinutesError::NeitherMinutesNorTime(typed) => {
                tr!(lang, "prompts-nor-a-time", why = not_minutes(typed))
            }
            MinutesError::Now(back) => tr!(lang, "prompts-back-is-now", back = back.clone()),
            MinutesError::Passed(back) => tr!(lang, "prompts-back-has-passed", back = back.clone()),
            MinutesError::TooFar { back, minutes } => {
                tr!(
                    lang,
                    "prompts-back-too-far",
                    back = back.clone(),
                    minutes = *minutes
                )
            }
        }
    }
}

/// What the break prompt accepts, and what the answer typed so far means.
pub fn break_note(model: &Model, typed: &str) -> String {
    let now = model.now.with_timezone(&model.offset).time();
    let lang = model.lang;
    let example = (now + chrono::TimeDelta::minutes(10)).format("%H:%M");
    let forms = tr!(lang, "prompts-break-forms", example = example.to_string());
    match typed.trim().is_empty() {
        true => forms,
        false => match break_minutes(typed, now) {
            Ok(m) => {
                let back = (now + chrono::TimeDelta::minutes(i64::from(m))).format("%H:%M");
                tr!(
                    lang,
                    "prompts-break-preview",
                    minutes = m,
                    back = back.to_string()
                )
            }
            Err(_) => forms,
        },
    }
}

/// Minutes typed in a prompt: a whole number from 1 to 240.
pub(super) fn minutes(text: &str) -> Result<u32, MinutesError> {
    match text.trim().parse::<u32>() {
        Ok(m @ 1..=240) => Ok(m),
        _ => Err(MinutesError::NotMinutes(text.trim().into())),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32, s: u32) -> chrono::NaiveTime {
        chrono::NaiveTime::from_hms_opt(h, m, s).unwrap()
    }

    #[test]
    fn a_break_is_minutes_or_the_time_to_be_back() {
        assert_eq!(break_minutes("10", at(18, 0, 0)), Ok(10));
        assert_eq!(break_minutes("18:40", at(18, 25, 0)), Ok(15));
        assert_eq!(break_minutes("18:40", at(18, 25, 30)), Ok(15), "rounded up");
        assert_eq!(
            break_minutes("00:10", at(23, 55, 0)),
            Ok(15),
            "past midnight"
        );
        let passed = break_minutes("18:00", at(18, 25, 0))
            .unwrap_err()
            .said(Lang::En);
        assert_eq!(
            passed,
            "18:00 has passed; write a time still to come, or the minutes"
        );
        let far = break_minutes("23:00", at(18, 0, 0))
            .unwrap_err()
            .said(Lang::En);
        assert!(far.contains("300 minutes away"), "{far}");
        let neither = break_minutes("soon", at(18, 0, 0))
            .unwrap_err()
            .said(Lang::En);
        assert!(
            neither.contains("nor a time to be back like 18:40"),
            "{neither}"
        );
    }
}
