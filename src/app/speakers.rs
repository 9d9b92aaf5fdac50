//! The facilitator's list of speakers beyond calling the next one: an interposed question to
//! the speaker, the last speaker put back at the top, a waiting hand changed, the whole list
//! cleared, a hand added to a closed list, and the floor given while the clock is paused. Each
//! records one event (or one batch); each refusal is one line that says why and what to press.

use chrono::{DateTime, Utc};

use super::{Effect, Model, Overlay, PickFor, Picker, Question, record, record_together};
use crate::input::{Command, Mode};
use crate::meeting::{Event, EventError, HandKind, Side};

/// `interposed_question`: who asks the speaker a question; pressed while one runs, it ends it.
pub(super) fn question(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    if let Some(why) = super::not_running(model, "Questions come once the meeting starts") {
        return model.say(why);
    }
    if model.meeting.question(now).is_some() {
        return record(model, Event::QuestionEnded, now);
    }
    let meeting = &model.meeting;
    let Some(floor) = meeting.queue().floor.as_ref() else {
        let key = model.key_hint(Mode::Meeting, Command::AddSpeaker);
        return model.say(format!(
            "Nobody has the floor: an interposed question is put to the speaker (press {key} for a hand)"
        ));
    };
    if floor.process {
        return model.say(capitalised(&EventError::QuestionToProcess));
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
    if let Some(why) = super::not_running(model, "The list of speakers opens with the meeting") {
        return model.say(why);
    }
    match model.meeting.last_speaker() {
        Ok(person) => {
            let person = model.meeting.people()[person].name.clone();
            model.selected = 0;
            record(model, Event::SpeakerReadded { person }, now)
        }
        Err(EventError::AlreadyQueued(name)) => model.say(format!(
            "{name} already has a hand waiting: select it and press {} to give the floor",
            model.key_hint(Mode::Meeting, Command::GiveFloor)
        )),
        Err(EventError::OwnTurn(name)) => model.say(format!(
            "{name} has the floor now: the last speaker is who spoke before"
        )),
        Err(e) => model.say(capitalised(&e)),
    }
}

/// `edit_hand`: what the selected hand becomes.
pub(super) fn edit_hand(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    if let Some(why) = super::not_running(model, "The queue opens when the meeting starts") {
        return model.say(why);
    }
    let order = model.meeting.queue_order(now);
    let Some(ranked) = order.get(model.selected.min(order.len().saturating_sub(1))) else {
        let key = model.key_hint(Mode::Meeting, Command::AddSpeaker);
        return model.say(format!("The queue is empty: press {key} to add a hand"));
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
    match (kind, side) {
        (HandKind::Hand, Some(Side::Pro)) => "a hand for the motion (pro)".into(),
        (HandKind::Hand, Some(Side::Contra)) => "a hand against the motion (contra)".into(),
        (HandKind::Hand, None) => "a plain hand".into(),
        (HandKind::DirectResponse, _) => match model.meeting.queue().floor.as_ref() {
            Some(floor) => format!(
                "a direct response to {}",
                crate::text::clean(&model.meeting.people()[floor.person].name)
            ),
            None => "a direct response".into(),
        },
        (HandKind::PointOfProcess, _) => "a point of process (goes first)".into(),
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
        return model.say(format!("{}; esc closes", capitalised(&e)));
    }
    model.overlay = Overlay::None;
    model.selected = 0;
    record(model, event, now)
}

/// `clear_hands`: every waiting hand down, after one question.
pub(super) fn clear(model: &mut Model) -> Vec<Effect> {
    if let Some(why) = super::not_running(model, "The list of speakers opens with the meeting") {
        return model.say(why);
    }
    let waiting = model.meeting.queue().hands.len();
    if waiting == 0 {
        return model.say("No hands are waiting: the list is already empty");
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
        return model.say(capitalised(&e));
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
                model.status = Some(format!(
                    "The clock is still paused: {} starts it again",
                    model.key_hint(Mode::Meeting, Command::PauseClock)
                ));
            }
            effects
        }
    }
}

/// A refusal as the start of a sentence.
fn capitalised(reason: &EventError) -> String {
    let text = reason.to_string();
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
