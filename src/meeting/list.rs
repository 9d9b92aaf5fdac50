//! The chair's hand on the list of speakers: the last speaker put back at the top, a waiting
//! hand changed, every hand taken down at once, a hand added to a closed list. Each is one
//! event, in the process log and the minutes, because who controls the floor is part of the
//! record.
//!
//! **The last speaker, re-added.** After giving the next turn too soon, the facilitator puts
//! the person whose turn on this item ended last back at the top of the list: after any point
//! of process, before everyone else. Their turn stays in the record with its airtime. A point
//! of process comes back as a point of process; a hand keeps the side it spoke for.
//!
//! **A hand changed.** A waiting hand becomes another kind (hand, direct response, point of
//! process) or, on a Decision item, speaks for another side. It keeps its arrival (the order
//! among hands raised, the wait shown) and whether its owner has spoken on the item; where it
//! then stands follows its new kind's own rule.
//!
//! **The list cleared.** Every waiting hand goes, points of process and direct responses too.
//!
//! **The closed list.** Closing the list stops every new hand; the facilitator may still add
//! one after being asked, and the record says so.

use chrono::{DateTime, Utc};

use super::{Event, EventError, HandKind, Meeting, ProcessEntry, ProcessKind, Side};

impl Meeting {
    pub(super) fn check_list(&self, event: &Event) -> Result<(), EventError> {
        match event {
            Event::SpeakerReadded { person } => self.check_readd(person),
            Event::HandChanged {
                person,
                from,
                to,
                side,
            } => self.check_change(person, *from, *to, *side),
            Event::ListCleared if self.queue.hands.is_empty() => Err(EventError::NoHands),
            Event::HandAddedToClosedList { .. } if !self.queue.list_closed => {
                Err(EventError::ListOpen)
            }
            Event::HandAddedToClosedList { person, side } => {
                if side.is_some() {
                    self.sides_allowed()?;
                }
                let who = self.known(person)?;
                if !self.people[who].is_present() {
                    return Err(EventError::NotPresent(person.clone()));
                }
                match self.queue.hand_of_kind(who, false) {
                    Some(_) => Err(EventError::AlreadyQueued(person.clone())),
                    None => Ok(()),
                }
            }
            _ => Ok(()),
        }
    }

    pub(super) fn apply_list(
        &mut self,
        event: &Event,
        at: DateTime<Utc>,
    ) -> Result<(), EventError> {
        match event {
            Event::SpeakerReadded { person } => {
                let who = self.known(person)?;
                let (process, side) = self
                    .last_turn()
                    .map_or((false, None), |t| (t.process, t.side));
                self.raise(who, process, None, side, at);
                if let Some(hand) = self.queue.hands.last_mut() {
                    hand.readded = true;
                }
                self.list_log(at, ProcessKind::Readded { person: who });
            }
            Event::HandChanged {
                person,
                from,
                to,
                side,
            } => {
                let who = self.known(person)?;
                self.change_hand(who, *from, *to, *side);
                self.list_log(
                    at,
                    ProcessKind::HandChanged {
                        person: who,
                        from: *from,
                        to: *to,
                        side: *side,
                    },
                );
            }
            Event::ListCleared => {
                let mut people: Vec<usize> = Vec::new();
                for hand in &self.queue.hands {
                    if !people.contains(&hand.person) {
                        people.push(hand.person);
                    }
                }
                self.queue.hands.clear();
                self.queue.overrides.clear();
                self.list_log(at, ProcessKind::ListCleared { people });
            }
            Event::HandAddedToClosedList { person, side } => {
                let who = self.known(person)?;
                self.raise(who, false, None, *side, at);
                self.list_log(at, ProcessKind::AddedToClosedList { person: who });
            }
            _ => {}
        }
        Ok(())
    }

    /// The turn on the item on the table that ended last.
    pub fn last_turn(&self) -> Option<&super::Turn> {
        self.queue
            .turns
            .iter()
            .rev()
            .find(|t| t.item == self.current)
    }

    /// Who may be put back at the top of the list now, or why nobody.
    pub fn last_speaker(&self) -> Result<usize, EventError> {
        let turn = self.last_turn().ok_or(EventError::NoLastSpeaker)?;
        let name = &self.people[turn.person].name;
        if !self.people[turn.person].is_present() {
            return Err(EventError::NotPresent(name.clone()));
        }
        if self
            .queue
            .floor
            .as_ref()
            .is_some_and(|f| f.person == turn.person)
        {
            return Err(EventError::OwnTurn(name.clone()));
        }
        if self.queue.hand_of_kind(turn.person, turn.process).is_some() {
            return match turn.process {
                true => Err(EventError::ProcessWaiting(name.clone())),
                false => Err(EventError::AlreadyQueued(name.clone())),
            };
        }
        Ok(turn.person)
    }

    fn check_readd(&self, person: &str) -> Result<(), EventError> {
        let who = self.known(person)?;
        let last = self.last_turn().ok_or(EventError::NoLastSpeaker)?;
        if last.person != who {
            return Err(EventError::NotLastSpeaker(person.to_owned()));
        }
        self.last_speaker().map(drop)
    }

    /// The waiting hand of a kind, if the person has one.
    pub fn waiting_hand(&self, person: usize, kind: HandKind) -> Option<usize> {
        match kind {
            HandKind::DirectResponse => self.queue.response_of(person),
            kind => self
                .queue
                .hand_of_kind(person, kind == HandKind::PointOfProcess),
        }
    }

    fn check_change(
        &self,
        person: &str,
        from: HandKind,
        to: HandKind,
        side: Option<Side>,
    ) -> Result<(), EventError> {
        let who = self.known(person)?;
        let index = self
            .waiting_hand(who, from)
            .ok_or_else(|| EventError::NotQueued(person.to_owned()))?;
        if side.is_some() && to != HandKind::Hand {
            return Err(EventError::SideOnlyHand(to));
        }
        if side.is_some() {
            self.sides_allowed()?;
        }
        if from == to && self.queue.hands[index].side == side {
            return Err(EventError::NothingToChange(person.to_owned()));
        }
        if from != to && self.waiting_hand(who, to).is_some() {
            return Err(match to {
                HandKind::PointOfProcess => EventError::ProcessWaiting(person.to_owned()),
                HandKind::DirectResponse => EventError::ResponseWaiting(person.to_owned()),
                HandKind::Hand => EventError::AlreadyQueued(person.to_owned()),
            });
        }
        if to == HandKind::DirectResponse && from != to {
            let floor = self
                .queue
                .floor
                .as_ref()
                .ok_or(EventError::NobodySpeaking)?;
            if floor.process {
                return Err(EventError::ResponseToProcess);
            }
            if floor.person == who {
                return Err(EventError::OwnTurn(person.to_owned()));
            }
            self.replies_left()?;
        }
        Ok(())
    }

    /// Change a waiting hand in place: it keeps its arrival; its new kind decides where it
    /// stands.
    fn change_hand(&mut self, person: usize, from: HandKind, to: HandKind, side: Option<Side>) {
        let Some(index) = self.waiting_hand(person, from) else {
            return;
        };
        let speaker = self.queue.floor.as_ref().map(|f| f.person);
        if from == HandKind::Hand && to != HandKind::Hand {
            // Overrides only ever concern hands in the weighted order.
            self.queue
                .overrides
                .retain(|o| o.first != person && o.then != person);
        }
        let hand = &mut self.queue.hands[index];
        hand.side = side;
        if from != to {
            hand.process = to == HandKind::PointOfProcess;
            hand.response_to = match to {
                HandKind::DirectResponse => speaker,
                _ => None,
            };
            hand.readded = false;
            hand.overtakes = 0;
        }
    }

    fn list_log(&mut self, at: DateTime<Utc>, kind: ProcessKind) {
        self.process_log.push(ProcessEntry {
            at,
            item: self.current,
            kind,
        });
    }
}
