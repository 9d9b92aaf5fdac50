//! The facilitator's queue actions: call the next speaker, end a turn, and the overrides
//! (move a hand, give someone the floor), each recorded.

use chrono::{DateTime, Utc};

use super::{Effect, Model, record};
use crate::input::Command;
use crate::input::Mode;
use crate::meeting::{Direction, Event};
use crate::tr;

/// The person at the selected place in the queue, with the queue order.
fn selected(model: &Model, now: DateTime<Utc>) -> Option<(usize, Vec<crate::meeting::Ranked>)> {
    let order = model.meeting.queue_order(now);
    if order.is_empty() {
        return None;
    }
    let at = model.selected.min(order.len() - 1);
    Some((at, order))
}

fn empty_queue(model: &mut Model) -> Vec<Effect> {
    if let Some(why) = super::not_running(model, tr!(model.lang, "status-queue-opens")) {
        return model.say(why);
    }
    let key = model.key_hint(Mode::Meeting, Command::AddSpeaker);
    model.say(tr!(model.lang, "status-queue-empty", key = key))
}

fn name_of_hand(model: &Model, order: &[crate::meeting::Ranked], at: usize) -> String {
    let hand = &model.meeting.queue().hands[order[at].hand];
    model.meeting.people()[hand.person].name.clone()
}

/// Nobody gets the floor during a break: say how to end it.
fn on_break(model: &mut Model) -> Option<Vec<Effect>> {
    if !model.meeting.on_break() {
        return None;
    }
    let why = super::refusals::on_break(model);
    Some(model.say(why))
}

pub(super) fn next_speaker(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    if let Some(refused) = on_break(model) {
        return refused;
    }
    match model.meeting.next_in_queue(now) {
        Some(hand) => {
            let person = model.meeting.people()[hand.person].name.clone();
            let response = hand.response_to.is_some();
            model.selected = 0;
            let event = match response {
                true => Event::ResponseGiven { person },
                false => Event::FloorGiven {
                    person,
                    by_override: false,
                },
            };
            super::speakers::give(model, event, now)
        }
        None if model.meeting.queue().floor.is_some() => {
            model.status = Some(tr!(model.lang, "status-queue-empty-floor-open"));
            record(model, Event::TurnEnded, now)
        }
        None => empty_queue(model),
    }
}

pub(super) fn end_turn(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    if model.meeting.queue().floor.is_none() {
        return model.say(tr!(model.lang, "status-nobody-has-the-floor"));
    }
    record(model, Event::TurnEnded, now)
}

pub(super) fn remove(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    let Some((at, order)) = selected(model, now) else {
        return empty_queue(model);
    };
    let person = name_of_hand(model, &order, at);
    let hand = &model.meeting.queue().hands[order[at].hand];
    if hand.response_to.is_some() {
        return super::question::ask(model, super::Question::RefuseResponse { person });
    }
    let process = hand.process;
    super::question::ask(model, super::Question::TakeHandDown { person, process })
}

pub(super) fn give_floor(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    if let Some(refused) = on_break(model) {
        return refused;
    }
    let Some((at, order)) = selected(model, now) else {
        return empty_queue(model);
    };
    let person = name_of_hand(model, &order, at);
    let response = model.meeting.queue().hands[order[at].hand]
        .response_to
        .is_some();
    model.selected = 0;
    let event = match response {
        true => Event::ResponseGiven { person },
        false => Event::FloorGiven {
            person,
            by_override: true,
        },
    };
    super::speakers::give(model, event, now)
}

pub(super) fn move_selected(
    model: &mut Model,
    direction: Direction,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    let Some((at, order)) = selected(model, now) else {
        return empty_queue(model);
    };
    let hands = &model.meeting.queue().hands;
    let neighbour = match direction {
        Direction::Up => at.checked_sub(1),
        Direction::Down => Some(at + 1).filter(|&n| n < order.len()),
    };
    let Some(neighbour) = neighbour else {
        let name = name_of_hand(model, &order, at);
        let said = match direction {
            Direction::Up => tr!(model.lang, "status-already-first", name = name),
            Direction::Down => tr!(model.lang, "status-already-last", name = name),
        };
        return model.say(said);
    };
    if hands[order[at].hand].process || hands[order[neighbour].hand].process {
        return model.say(tr!(model.lang, "status-process-stays-first"));
    }
    if hands[order[at].hand].readded || hands[order[neighbour].hand].readded {
        return model.say(tr!(model.lang, "status-readded-stays-top"));
    }
    if [at, neighbour]
        .iter()
        .any(|&i| hands[order[i].hand].response_to.is_some())
    {
        return model.say(tr!(model.lang, "status-responses-stay-first"));
    }
    let person = name_of_hand(model, &order, at);
    let past = name_of_hand(model, &order, neighbour);
    model.selected = neighbour;
    record(
        model,
        Event::HandMoved {
            person,
            direction,
            past,
        },
        now,
    )
}
