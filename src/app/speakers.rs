//! The facilitator's list of speakers beyond calling the next one: an interposed question to
//! the speaker, the last speaker put back at the top, a waiting hand changed, the whole list
//! cleared, a hand added to a closed list, and the floor given while the clock is paused. Each
//! records one event (or one batch); each refusal is one line that says why and what to press.

use chrono::{DateTime, Utc};

use super::{Effect, Model, Overlay, PickFor, Picker, Question, record, record_together};
use crate::input::{Command, Mode};
use crate::meeting::{Event, EventError, HandKind, Side};
use crate::tr;

use super::refusals::capitalised;

/// `interposed_question`: who asks the speaker a question; pressed while one runs, it ends it.
pub(super) fn question(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    if let Some(why) = super::not_running(model, tr!(model.lang, "status-questions-open")) {
        return model.say(why);
    }
    if model.meeting.question(now).is_some() {
        return record(model, Event::QuestionEnded, now);
    }
    let meeting = &model.meeting;
    let Some(floor) = meeting.queue().floor.as_ref() else {
        let key = model.key_hint(Mode::Meeting, Command::AddSpeaker);
        return model.say(tr!(model.lang, "status-question-needs-speaker", key = key));
    };
    if floor.process {
        return model.say(capitalised(model.lang, &EventError::QuestionToProcess));
    }
    let to = meeting.people()[floor.person].name.clone();
    super::picker::open(model, PickFor::Question { to })
}

/// The question picked: asked now, closing in the same record one whose time has run out.
pub(super) fn ask(
    model: &mut Model,
    person: String,
    to: String,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    model.overlay = Overlay::None;
    let mut events = Vec::new();
    if model.meeting.question_lapsed(now) {
        events.push(Event::QuestionEnded);
    }
    events.push(Event::QuestionAsked { person, to });
    record_together(model, events, now)
}

/// `readd_last_speaker`: the last speaker on this item back at the top of the list.
pub(super) fn readd(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    if let Some(why) = super::not_running(model, tr!(model.lang, "status-list-opens")) {
        return model.say(why);
    }
    match model.meeting.last_speaker() {
        Ok(person) => {
            let person = model.meeting.people()[person].name.clone();
            model.selected = 0;
            record(model, Event::SpeakerReadded { person }, now)
        }
        Err(EventError::AlreadyQueued(name)) => {
            let key = model.key_hint(Mode::Meeting, Command::GiveFloor);
            model.say(tr!(
                model.lang,
                "status-readd-waiting",
                name = name,
                key = key
            ))
        }
        Err(EventError::OwnTurn(name)) => {
            model.say(tr!(model.lang, "status-readd-own-turn", name = name))
        }
        Err(e) => model.say(capitalised(model.lang, &e)),
    }
}

/// `edit_hand`: what the selected hand becomes.
pub(super) fn edit_hand(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    if let Some(why) = super::not_running(model, tr!(model.lang, "status-queue-opens")) {
        return model.say(why);
    }
    let order = model.meeting.queue_order(now);
    let Some(ranked) = order.get(model.selected.min(order.len().saturating_sub(1))) else {
        let key = model.key_hint(Mode::Meeting, Command::AddSpeaker);
        return model.say(tr!(model.lang, "status-queue-empty", key = key));
    };
    let hand = &model.meeting.queue().hands[ranked.hand];
    let person = model.meeting.people()[hand.person].name.clone();
    let from = hand.kind();
    model.overlay = Overlay::Picker(Picker::new(PickFor::HandKind { person, from }));
    vec![]
}

/// What a hand can become, as the chooser lists it: every other kind, and on a Decision item
/// the sides.
pub fn hand_choices(model: &Model, person: &str, from: HandKind) -> Vec<(HandKind, Option<Side>)> {
    let meeting = &model.meeting;
    let side = meeting
        .person(person)
        .and_then(|p| meeting.waiting_hand(p, from))
        .and_then(|i| meeting.queue().hands[i].side);
    let mut choices = vec![
        (HandKind::Hand, None),
        (HandKind::DirectResponse, None),
        (HandKind::PointOfProcess, None),
    ];
    if meeting.sides_allowed().is_ok() {
        choices.insert(1, (HandKind::Hand, Some(Side::Pro)));
        choices.insert(2, (HandKind::Hand, Some(Side::Contra)));
    }
    choices.retain(|&(kind, s)| !(kind == from && s == side));
    choices
}

/// A choice of the chooser in words: `a hand for the motion (pro)`, `a direct response to Tom`.
pub fn choice_words(model: &Model, kind: HandKind, side: Option<Side>) -> String {
    let lang = model.lang;
    match (kind, side) {
        (HandKind::Hand, Some(Side::Pro)) => tr!(lang, "prompts-choice-pro"),
        (HandKind::Hand, Some(Side::Contra)) => tr!(lang, "prompts-choice-contra"),
        (HandKind::Hand, None) => tr!(lang, "prompts-choice-plain"),
        (HandKind::DirectResponse, _) => match model.meeting.queue().floor.as_ref() {
            Some(floor) => {
                let name = &model.meeting.people()[floor.person].name;
                let name = crate::text::clean(name).into_owned();
                tr!(lang, "prompts-choice-response-to", name = name)
            }
            None => tr!(lang, "prompts-choice-response"),
        },
        (HandKind::PointOfProcess, _) => tr!(lang, "prompts-choice-process"),
    }
}

/// The new kind chosen: recorded, or refused with why.
pub(super) fn change(
    model: &mut Model,
    person: String,
    from: HandKind,
    (to, side): (HandKind, Option<Side>),
    now: DateTime<Utc>,
) -> Vec<Effect> {
    let event = Event::HandChanged {
        person,
        from,
        to,
        side,
    };
    if let Err(e) = model.meeting.check(&event) {
        let why = capitalised(model.lang, &e);
        return model.say(tr!(model.lang, "status-esc-closes", why = why));
    }
    model.overlay = Overlay::None;
    model.selected = 0;
    record(model, event, now)
}

/// `clear_hands`: every waiting hand down, after one question.
pub(super) fn clear(model: &mut Model) -> Vec<Effect> {
    if let Some(why) = super::not_running(model, tr!(model.lang, "status-list-opens")) {
        return model.say(why);
    }
    let waiting = model.meeting.queue().hands.len();
    if waiting == 0 {
        return model.say(tr!(model.lang, "status-list-already-empty"));
    }
    super::question::ask(model, Question::ClearHands { waiting })
}

/// A hand picked while the list is closed: the facilitator is asked first.
pub(super) fn closed_list(model: &mut Model, person: String, side: Option<Side>) -> Vec<Effect> {
    super::question::ask(model, Question::ClosedList { person, side })
}

/// Answered yes: the hand goes on the closed list, and the picker stays open for the next.
pub(super) fn add_anyway(
    model: &mut Model,
    person: String,
    side: Option<Side>,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    reopen_hands(model, side);
    record(model, Event::HandAddedToClosedList { person, side }, now)
}

/// Back to the picker the closed-list question came from.
pub(super) fn reopen_hands(model: &mut Model, side: Option<Side>) {
    let purpose = side.map_or(PickFor::Speaker, PickFor::Side);
    model.overlay = Overlay::Picker(Picker::new(purpose));
}

/// Giving the floor: while the clock is paused, asked first whether to resume it.
pub(super) fn give(model: &mut Model, event: Event, now: DateTime<Utc>) -> Vec<Effect> {
    let paused = model.meeting.paused().is_some() && !model.meeting.on_break();
    let person = match &event {
        Event::FloorGiven { person, .. } | Event::ResponseGiven { person } => person.clone(),
        _ => return record(model, event, now),
    };
    if !paused {
        return record(model, event, now);
    }
    if let Err(e) = model.meeting.check(&event) {
        return model.say(capitalised(model.lang, &e));
    }
    super::question::ask(model, Question::FloorWhilePaused { event, person })
}

/// The paused-clock question answered: resume and give the floor in one record, or give it on
/// the paused clock.
pub(super) fn give_answered(
    model: &mut Model,
    event: Event,
    resume: bool,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    model.selected = 0;
    match resume {
        true => record_together(model, vec![Event::ClockResumed { role: None }, event], now),
        false => {
            let effects = record(model, event, now);
            if !effects.is_empty() {
                let key = model.key_hint(Mode::Meeting, Command::PauseClock);
                model.status = Some(tr!(model.lang, "status-clock-still-paused", key = key));
            }
            effects
        }
    }
}
