//! The meeting's procedure beyond the plain queue: direct responses, pro and contra on
//! Decision items, closing and reopening the list of speakers, and hands cleared at a change
//! of item. Each is an event in the journal, applied here.
//!
//! **Direct responses.** Someone may respond directly to the speaker. The response waits
//! right after the points of process, ahead of every other hand, and gets a short turn
//! (`reply_seconds`). One ordinary turn (a hand given the floor, not a point of process) may
//! draw at most `max_replies` responses, counting those given since it began and those still
//! waiting, responses to a response included; so between two ordinary turns there are never
//! more than `max_replies` responses. A response is a turn like any other in airtime and
//! turns; it is never charged as an overtake of the hands it goes ahead of. Responses not yet
//! taken lapse when the meeting moves to another item.
//!
//! **Pro and contra.** On a Decision item a hand may say which side of the motion it speaks
//! for. The order of the ordinary hands is first the policy's (with the overtake cap); then,
//! while hands for both sides wait, a hand for the side that spoke last (the latest turn on
//! this item given to a hand with a side) is passed over by the first hand after it that is not
//! for that side. A hand at the overtake cap is never passed over, and the facilitator's
//! overrides come after, so they still win. A hand passed over by a later hand counts that as
//! an overtake, so the bound on waiting still holds. Hands kept across a change of item lose
//! their side: the motion they spoke to is gone.
//!
//! **The list of speakers.** A closed list takes no new hands; points of process and direct
//! responses still come, and no hand already waiting is taken down. Opening another item
//! opens the list again.

use chrono::{DateTime, Utc};

use super::{Event, EventError, Meeting, ProcessEntry, ProcessKind, Side};
use crate::agenda::ItemKind;

impl Meeting {
    pub(super) fn check_procedure(&self, event: &Event) -> Result<(), EventError> {
        match event {
            Event::QuestionAsked { .. } | Event::QuestionEnded => self.check_question(event),
            Event::SpeakerReadded { .. }
            | Event::HandChanged { .. }
            | Event::ListCleared
            | Event::HandAddedToClosedList { .. } => self.check_list(event),
            Event::ResponseRaised { person, to } => self.check_response(person, to),
            Event::ResponseGiven { .. } if self.on_break() => Err(EventError::OnBreak),
            Event::ResponseGiven { person } | Event::ResponseRefused { person } => {
                let who = self.known(person)?;
                match self.queue.response_of(who) {
                    Some(_) => Ok(()),
                    None => Err(EventError::NoResponse(person.clone())),
                }
            }
            Event::HandRaisedFor { person, .. } => {
                self.sides_allowed()?;
                self.check_queue(&Event::HandRaised {
                    person: person.clone(),
                    process: false,
                })
            }
            Event::ListClosed if self.queue.list_closed => Err(EventError::ListClosed),
            Event::ListReopened if !self.queue.list_closed => Err(EventError::ListOpen),
            Event::HandsCleared if self.queue.hands.is_empty() => Err(EventError::NoHands),
            _ => Ok(()),
        }
    }

    /// Pro and contra are for Decision items.
    pub fn sides_allowed(&self) -> Result<(), EventError> {
        match self.agenda.items[self.current].kind {
            ItemKind::Decision => Ok(()),
            kind => Err(EventError::NotADecision(kind)),
        }
    }

    /// Whether `person` may respond directly to `to` now.
    fn check_response(&self, person: &str, to: &str) -> Result<(), EventError> {
        let who = self.known(person)?;
        if !self.people[who].is_present() {
            return Err(EventError::NotPresent(person.to_owned()));
        }
        let floor = self
            .queue
            .floor
            .as_ref()
            .ok_or(EventError::NobodySpeaking)?;
        let speaker = &self.people[floor.person].name;
        if speaker != to {
            return Err(EventError::NotOnFloor(to.to_owned()));
        }
        if floor.process {
            return Err(EventError::ResponseToProcess);
        }
        if floor.person == who {
            return Err(EventError::OwnTurn(person.to_owned()));
        }
        if self.queue.response_of(who).is_some() {
            return Err(EventError::ResponseWaiting(person.to_owned()));
        }
        self.replies_left().map(drop)
    }

    /// How many more direct responses the current turn may draw, or why none.
    pub fn replies_left(&self) -> Result<u32, EventError> {
        let max = self.agenda.speaking.max_replies();
        if max == 0 {
            return Err(EventError::RepliesOff);
        }
        let waiting = self
            .queue
            .hands
            .iter()
            .filter(|h| h.response_to.is_some())
            .count();
        let used = self.queue.replies_given + u32::try_from(waiting).unwrap_or(u32::MAX);
        match max.checked_sub(used) {
            Some(left) if left > 0 => Ok(left),
            _ => Err(EventError::RepliesUsed { max }),
        }
    }

    pub(super) fn apply_procedure(
        &mut self,
        event: &Event,
        at: DateTime<Utc>,
    ) -> Result<(), EventError> {
        match event {
            Event::QuestionAsked { .. } | Event::QuestionEnded => self.apply_question(event, at)?,
            Event::SpeakerReadded { .. }
            | Event::HandChanged { .. }
            | Event::ListCleared
            | Event::HandAddedToClosedList { .. } => self.apply_list(event, at)?,
            Event::ResponseRaised { person, to } => {
                let (person, to) = (self.known(person)?, self.known(to)?);
                self.raise(person, false, Some(to), None, at);
            }
            Event::ResponseGiven { person } => {
                let person = self.known(person)?;
                self.give_response(person, at);
            }
            Event::ResponseRefused { person } => {
                let person = self.known(person)?;
                if let Some(i) = self.queue.response_of(person) {
                    let to = self.queue.hands[i].response_to.unwrap_or(person);
                    self.queue.remove_at(i);
                    self.procedure_log(at, ProcessKind::ResponseRefused { person, to });
                }
            }
            Event::HandRaisedFor { person, side } => {
                let person = self.known(person)?;
                self.raise(person, false, None, Some(*side), at);
            }
            Event::ListClosed => {
                self.queue.list_closed = true;
                self.procedure_log(at, ProcessKind::ListClosed);
            }
            Event::ListReopened => {
                self.queue.list_closed = false;
                self.procedure_log(at, ProcessKind::ListReopened);
            }
            Event::HandsCleared => {
                let mut people: Vec<usize> = Vec::new();
                for hand in &self.queue.hands {
                    if !people.contains(&hand.person) {
                        people.push(hand.person);
                    }
                }
                self.queue.hands.clear();
                self.queue.overrides.clear();
                self.procedure_log(at, ProcessKind::HandsCleared { people });
            }
            _ => {}
        }
        Ok(())
    }

    /// The direct response's owner gets the floor for a short turn.
    fn give_response(&mut self, person: usize, at: DateTime<Utc>) {
        let Some(i) = self.queue.response_of(person) else {
            return;
        };
        let to = self.queue.hands[i].response_to;
        self.end_turn(at);
        self.queue.remove_at(i);
        self.queue.replies_given += 1;
        self.queue.floor = Some(super::Floor {
            response_to: to,
            ..super::Floor::new(person, at)
        });
    }

    fn procedure_log(&mut self, at: DateTime<Utc>, kind: ProcessKind) {
        self.process_log.push(ProcessEntry {
            at,
            item: self.current,
            kind,
        });
    }

    /// A new item is on the table: direct responses lapse (they answered a speaker of the item
    /// left), hands for or against the old motion become plain hands, a re-added last speaker
    /// waits like anyone, and the list of speakers opens again.
    pub(super) fn procedure_on_new_item(&mut self) {
        while let Some(i) = self
            .queue
            .hands
            .iter()
            .position(|h| h.response_to.is_some())
        {
            self.queue.remove_at(i);
        }
        for hand in &mut self.queue.hands {
            hand.side = None;
            // A re-added speaker was the last on the item left: here they wait like anyone.
            hand.readded = false;
        }
        self.queue.list_closed = false;
        self.queue.replies_given = 0;
    }

    /// The side that spoke last on the item on the table: the speaker's, or else the latest
    /// turn on this item given to a hand with a side.
    pub fn last_side(&self) -> Option<Side> {
        if let Some(side) = self.queue.floor.as_ref().and_then(|f| f.side) {
            return Some(side);
        }
        self.queue
            .turns
            .iter()
            .rev()
            .filter(|t| t.item == self.current)
            .find_map(|t| t.side)
    }

    /// The policy's order with pro and contra alternating (see the module's documentation),
    /// and the hands that alternation moved ahead of a hand for the side that spoke last (the
    /// room is told why).
    pub(super) fn alternate(&self, order: Vec<usize>) -> (Vec<usize>, Vec<usize>) {
        let hands = &self.queue.hands;
        let sided = |side: Side| order.iter().any(|&i| hands[i].side == Some(side));
        if !(sided(Side::Pro) && sided(Side::Contra)) {
            return (order, Vec::new());
        }
        let cap = self.overtake_cap;
        let mut last = self.last_side();
        let mut remaining = order;
        let mut out = Vec::with_capacity(remaining.len());
        let mut moved = Vec::new();
        while !remaining.is_empty() {
            let pick = match (last, remaining.first()) {
                (Some(side), Some(&first))
                    if hands[first].side == Some(side)
                        && hands[first].overtakes < cap
                        && remaining
                            .iter()
                            .any(|&i| hands[i].side == Some(side.other())) =>
                {
                    remaining
                        .iter()
                        .position(|&i| hands[i].side != Some(side))
                        .unwrap_or(0)
                }
                _ => 0,
            };
            let hand = remaining.remove(pick);
            if pick > 0 {
                moved.push(hand);
            }
            last = hands[hand].side.or(last);
            out.push(hand);
        }
        (out, moved)
    }
}
