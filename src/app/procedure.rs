//! The facilitator's procedure: a direct response to the speaker, hands for and against the
//! motion, closing the list of speakers, what happens to waiting hands at a change of item,
//! and the per-person totals. Each refusal is one line that says why and what to press.

use chrono::{DateTime, Utc};

use super::{Effect, Model, PickFor, Question, record, record_together};
use crate::agenda::CarryHands;
use crate::input::{Command, Mode};
use crate::meeting::{Event, EventError, Phase, Side};
use crate::tr;

use super::refusals::capitalised;

/// Which list the left panel shows in place of the agenda, when it shows the per-person
/// totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Totals {
    #[default]
    Hidden,
    /// Most airtime first.
    ByAirtime,
    /// In roll-call order.
    RollCall,
}

/// `person_totals`: by airtime, then in roll-call order, then hidden.
pub(super) fn cycle_totals(model: &mut Model) -> Vec<Effect> {
    model.totals = match model.totals {
        Totals::Hidden => Totals::ByAirtime,
        Totals::ByAirtime => Totals::RollCall,
        Totals::RollCall => Totals::Hidden,
    };
    if model.totals != Totals::Hidden {
        model.show_balance = false;
    }
    vec![]
}

/// `add_speaker`: the picker of hands. On a closed list only the facilitator may add, and is
/// asked before each hand.
pub(super) fn open_hands(model: &mut Model) -> Vec<Effect> {
    if let Some(why) = list_closed(model) {
        return model.say(why);
    }
    super::picker::open(model, PickFor::Speaker)
}

/// `add_speaker_pro`, `add_speaker_contra`: the picker of hands for one side, on a Decision
/// item with the list open.
pub(super) fn open_side(model: &mut Model, side: Side) -> Vec<Effect> {
    if let Some(why) = super::not_running(model, tr!(model.lang, "status-queue-opens")) {
        return model.say(why);
    }
    if let Err(e) = model.meeting.sides_allowed() {
        let key = model.key_hint(Mode::Meeting, Command::AddSpeaker);
        let why = capitalised(model.lang, &e);
        return model.say(tr!(
            model.lang,
            "status-press-to-add-a-hand",
            why = why,
            key = key
        ));
    }
    if let Some(why) = list_closed(model) {
        return model.say(why);
    }
    super::picker::open(model, PickFor::Side(side))
}

/// `direct_response`: who responds to the speaker, if the speaker's turn may draw one.
pub(super) fn open_response(model: &mut Model) -> Vec<Effect> {
    if let Some(why) = super::not_running(model, tr!(model.lang, "status-responses-open")) {
        return model.say(why);
    }
    let meeting = &model.meeting;
    let Some(floor) = meeting.queue().floor.as_ref() else {
        let key = model.key_hint(Mode::Meeting, Command::AddSpeaker);
        return model.say(tr!(model.lang, "status-response-needs-speaker", key = key));
    };
    if floor.process {
        return model.say(capitalised(model.lang, &EventError::ResponseToProcess));
    }
    if let Err(e) = meeting.replies_left() {
        return model.say(capitalised(model.lang, &e));
    }
    let to = meeting.people()[floor.person].name.clone();
    super::picker::open(model, PickFor::Response { to })
}

/// `toggle_list`: close the list of speakers, or open it again.
pub(super) fn toggle_list(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    if let Some(why) = super::not_running(model, tr!(model.lang, "status-list-opens")) {
        return model.say(why);
    }
    let event = match model.meeting.queue().list_closed {
        true => Event::ListReopened,
        false => Event::ListClosed,
    };
    record(model, event, now)
}

/// Move to `item`. Hands still waiting (direct responses lapse) are kept or cleared as the
/// agenda's `carry_hands` says, or the facilitator is asked.
pub(super) fn change_item(model: &mut Model, item: usize, now: DateTime<Utc>) -> Vec<Effect> {
    let meeting = &model.meeting;
    let waiting = meeting
        .queue()
        .hands
        .iter()
        .filter(|h| h.response_to.is_none())
        .count();
    let moving = meeting.phase() == Phase::Running && item != meeting.current();
    if !moving || waiting == 0 {
        return record(model, Event::ItemOpened { item }, now);
    }
    match meeting.agenda().speaking.carry_hands() {
        CarryHands::Keep => record(model, Event::ItemOpened { item }, now),
        CarryHands::Clear => clear_and_move(model, item, now),
        CarryHands::Ask => super::question::ask(model, Question::CarryHands { item, waiting }),
    }
}

/// Take every waiting hand down and move to `item`, as one action.
pub(super) fn clear_and_move(model: &mut Model, item: usize, now: DateTime<Utc>) -> Vec<Effect> {
    model.selected = 0;
    record_together(
        model,
        vec![Event::HandsCleared, Event::ItemOpened { item }],
        now,
    )
}

/// Why no new hand can go up now, when the list of speakers is closed and this screen is not
/// the facilitator's (who may still add, after a question).
fn list_closed(model: &Model) -> Option<String> {
    let chair = model.seat == crate::agenda::Seat::Job(crate::agenda::Role::Facilitator);
    (model.meeting.queue().list_closed && !chair).then(|| {
        tr!(
            model.lang,
            "status-list-closed-press",
            key = model.key_hint(Mode::Meeting, Command::ToggleList)
        )
    })
}
