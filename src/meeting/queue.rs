//! The speaking queue: raised hands, who has the floor and the turns taken. The order in which
//! hands get the floor under the agenda's policy, with the reasons the room sees, is in
//! `order.rs`.
//!
//! Whatever the policy, points of process come first, then a last speaker the facilitator put
//! back on top, then direct responses; and a hand overtaken `max_overtakes` times by hands
//! raised after it goes next, so nobody waits forever. The facilitator can override the order;
//! overrides win, are not counted as overtakes, and go in the process log.

use chrono::{DateTime, TimeDelta, Utc};

use super::{
    Direction, Event, EventError, HandKind, Meeting, Part, ProcessEntry, ProcessKind, Side,
};

/// A request to speak.
#[derive(Debug, Clone, PartialEq)]
pub struct Hand {
    /// Index into the meeting's people.
    pub person: usize,
    pub raised_at: DateTime<Utc>,
    /// Order of raising, for ties and for counting overtakes.
    pub seq: u64,
    /// A point of process: goes to the front and is not a turn on the item.
    pub process: bool,
    /// How many hands raised after this one got the floor first.
    pub overtakes: u32,
    /// A direct response to this person (index into the meeting's people): it goes right
    /// after the turn, ahead of the other hands, and is never part of the weighted order.
    pub response_to: Option<usize>,
    /// On a Decision item, the side of the motion the hand speaks for.
    pub side: Option<Side>,
    /// The item on the table when the hand went up (hands kept across items show it).
    pub item: usize,
    /// Put back at the top by the facilitator as the last speaker: it goes before every hand
    /// but the points of process, outside the weighted order.
    pub readded: bool,
}

impl Hand {
    /// A hand in the weighted order: not a point of process, a direct response or a re-added
    /// speaker.
    pub fn is_ordinary(&self) -> bool {
        !self.process && self.response_to.is_none() && !self.readded
    }

    /// What kind of hand it is.
    pub fn kind(&self) -> HandKind {
        match (self.process, self.response_to) {
            (true, _) => HandKind::PointOfProcess,
            (false, Some(_)) => HandKind::DirectResponse,
            (false, None) => HandKind::Hand,
        }
    }
}

/// Who is speaking now.
#[derive(Debug, Clone, PartialEq)]
pub struct Floor {
    pub person: usize,
    pub since: DateTime<Utc>,
    pub process: bool,
    pub by_override: bool,
    /// Where the turn's countdown counts from (moved by a reset).
    pub clock_from: DateTime<Utc>,
    /// Extensions of this turn.
    pub extra: TimeDelta,
    /// A direct response to this person: a short turn.
    pub response_to: Option<usize>,
    /// The side of the motion the speaker was called for.
    pub side: Option<Side>,
    /// Time taken by interposed questions that have ended, in this turn: not the speaker's.
    pub asked: TimeDelta,
    /// The same since the turn clock last counted from (a reset starts it again).
    pub asked_on_clock: TimeDelta,
}

impl Floor {
    /// A new turn from `at`.
    pub(super) fn new(person: usize, at: DateTime<Utc>) -> Floor {
        Floor {
            person,
            since: at,
            process: false,
            by_override: false,
            clock_from: at,
            extra: TimeDelta::zero(),
            response_to: None,
            side: None,
            asked: TimeDelta::zero(),
            asked_on_clock: TimeDelta::zero(),
        }
    }
}

/// One finished stretch of speaking.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    pub person: usize,
    pub item: usize,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub process: bool,
    /// Time spoken, pauses and breaks left out.
    pub length: TimeDelta,
    /// A direct response to this person.
    pub response_to: Option<usize>,
    /// The side of the motion the speaker was called for.
    pub side: Option<Side>,
}

/// The facilitator put `first` ahead of `then`; it holds while both are waiting.
#[derive(Debug, Clone, PartialEq)]
pub struct Override {
    pub first: usize,
    pub then: usize,
    /// Who was moved: `first` up, or `then` down.
    pub direction: Direction,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Queue {
    /// Waiting hands, in the order they were raised.
    pub hands: Vec<Hand>,
    pub floor: Option<Floor>,
    pub turns: Vec<Turn>,
    pub overrides: Vec<Override>,
    next_seq: u64,
    /// Per person: finished airtime, turns (points of process excluded), and the items on
    /// which they have had a turn.
    pub(super) spoken: Vec<Spoken>,
    /// The list of speakers is closed: no new hands until it opens (or the item changes).
    pub list_closed: bool,
    /// Direct responses given since the last ordinary turn began (they count against
    /// `max_replies` with those still waiting).
    pub replies_given: u32,
    /// The interposed question under way, if any (it may have run out of time: see
    /// [`Meeting::question`]).
    pub question: Option<super::Asking>,
    /// Every interposed question that has ended, in order.
    pub questions: Vec<super::AskedQuestion>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Spoken {
    pub airtime: TimeDelta,
    /// Time spent on points of process: procedure, not airtime.
    pub procedure: TimeDelta,
    pub turns: u32,
    /// Turns on each item, at the item's index (as far as the last item spoken on): asked for
    /// every hand at every turn, so found at once, however many items the meeting has.
    pub on_item: Vec<u32>,
}

impl Spoken {
    pub(super) fn on(&self, item: usize) -> u32 {
        self.on_item.get(item).copied().unwrap_or(0)
    }
}

/// Why a hand is where it is in the queue.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reason {
    PointOfProcess,
    /// Overtaken this many times; at the cap it goes next.
    Overtaken(u32),
    MovedUp,
    MovedDown,
    FirstOnItem,
    /// Favoured by the group's weight.
    GroupWeight,
    /// Waited this many minutes.
    Waited(i64),
    /// First come, first served.
    HandOrder,
    /// Weighted fair queuing: their airtime so far, for their group's weight.
    Airtime(TimeDelta),
    /// Progressive stack: turns already taken on this item.
    TurnsOnItem(u32),
    /// A direct response to this person.
    RespondsTo(usize),
    /// Speaks for this side of the motion (pro and contra alternate).
    Side(Side),
    /// Kept from an earlier item (its index).
    FromItem(usize),
    /// Put back at the top by the facilitator: the last speaker.
    Readded,
    /// Moved ahead of a hand for the side that spoke last: pro and contra take turns.
    Alternating,
}

/// A hand in queue order with its reasons, most important first.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    /// Index into `queue.hands`.
    pub hand: usize,
    pub reasons: Vec<Reason>,
}

impl Meeting {
    pub(super) fn check_queue(&self, event: &Event) -> Result<(), EventError> {
        let queued = |name: &str, process: bool| -> Result<usize, EventError> {
            let person = self.known(name)?;
            if self.queue.hand_of_kind(person, process).is_none() {
                return Err(EventError::NotQueued(name.to_owned()));
            }
            Ok(person)
        };
        match event {
            event if event.part() == Part::Procedure => self.check_procedure(event),
            Event::HandRaised { process: false, .. } if self.queue.list_closed => {
                Err(EventError::ListClosed)
            }
            Event::HandRaised { person, process } => {
                let who = self.known(person)?;
                if !self.people[who].is_present() {
                    return Err(EventError::NotPresent(person.clone()));
                }
                if self.queue.hand_of_kind(who, *process).is_some() {
                    return match process {
                        true => Err(EventError::ProcessWaiting(person.clone())),
                        false => Err(EventError::AlreadyQueued(person.clone())),
                    };
                }
                Ok(())
            }
            Event::HandLowered { person, process } => queued(person, *process).map(drop),
            Event::FloorGiven { .. } if self.on_break() => Err(EventError::OnBreak),
            Event::FloorGiven { person, .. } => {
                let who = self.known(person)?;
                if !self.people[who].is_present() {
                    return Err(EventError::NotPresent(person.clone()));
                }
                Ok(())
            }
            Event::TurnEnded if self.queue.floor.is_none() => Err(EventError::NobodySpeaking),
            Event::HandMoved { person, past, .. } => {
                queued(person, false)?;
                queued(past, false).map(drop)
            }
            _ => Ok(()),
        }
    }

    pub(super) fn apply_queue(
        &mut self,
        event: &Event,
        at: DateTime<Utc>,
    ) -> Result<(), EventError> {
        match event {
            event if event.part() == Part::Procedure => self.apply_procedure(event, at)?,
            Event::HandRaised { person, process } => {
                let person = self.known(person)?;
                self.raise(person, *process, None, None, at);
            }
            Event::HandLowered { person, process } => {
                let person = self.known(person)?;
                if let Some(i) = self.queue.hand_of_kind(person, *process) {
                    self.queue.remove_at(i);
                }
                self.process_log.push(ProcessEntry {
                    at,
                    item: self.current,
                    kind: ProcessKind::HandLowered {
                        person,
                        process: *process,
                    },
                });
            }
            Event::FloorGiven {
                person,
                by_override,
            } => {
                let person = self.known(person)?;
                self.give_floor(person, *by_override, at);
            }
            Event::TurnEnded => self.end_turn(at),
            Event::HandMoved {
                person,
                direction,
                past,
            } => {
                let (person, past) = (self.known(person)?, self.known(past)?);
                let (first, then) = match direction {
                    Direction::Up => (person, past),
                    Direction::Down => (past, person),
                };
                let overrides = &mut self.queue.overrides;
                overrides.retain(|o| {
                    !(o.first == person && o.then == past || o.first == past && o.then == person)
                });
                overrides.push(Override {
                    first,
                    then,
                    direction: *direction,
                });
                self.process_log.push(ProcessEntry {
                    at,
                    item: self.current,
                    kind: ProcessKind::Moved {
                        person,
                        direction: *direction,
                        past,
                    },
                });
            }
            _ => {}
        }
        Ok(())
    }

    /// Put a hand in the queue.
    pub(super) fn raise(
        &mut self,
        person: usize,
        process: bool,
        response_to: Option<usize>,
        side: Option<Side>,
        at: DateTime<Utc>,
    ) {
        let seq = self.queue.next_seq;
        self.queue.next_seq += 1;
        self.queue.hands.push(Hand {
            person,
            raised_at: at,
            seq,
            process,
            overtakes: 0,
            response_to,
            side,
            item: self.current,
            readded: false,
        });
    }

    /// Give the floor to `person` (from their point of process if they have one waiting).
    /// Every hand raised before theirs that the policy itself put ahead of them, and that
    /// they still got the floor before, has been overtaken; a hand they were put ahead of by
    /// the facilitator's overrides has not. Points of process and direct responses are never
    /// overtaken. An ordinary turn starts a new count of direct responses.
    fn give_floor(&mut self, person: usize, by_override: bool, at: DateTime<Utc>) {
        let index = self.queue.hand_of(person);
        let hand = index.map(|i| self.queue.hands[i].clone());
        let process = hand.as_ref().is_some_and(|h| h.process);
        let side = hand.as_ref().and_then(|h| h.side);
        if let Some(hand) = &hand
            && !by_override
            && !process
        {
            let policy = self.policy_order(at);
            let place = |i: usize| policy.iter().position(|&p| p == i).unwrap_or(usize::MAX);
            let theirs = place(index.unwrap_or(0));
            let overtaken: Vec<usize> = (0..self.queue.hands.len())
                .filter(|&i| {
                    let w = &self.queue.hands[i];
                    w.seq < hand.seq && w.is_ordinary() && place(i) > theirs
                })
                .collect();
            for i in overtaken {
                self.queue.hands[i].overtakes += 1;
            }
        }
        self.end_turn(at);
        if let Some(i) = index {
            self.queue.remove_at(i);
        }
        if by_override {
            self.process_log.push(ProcessEntry {
                at,
                item: self.current,
                kind: ProcessKind::GaveFloor { person },
            });
        }
        if !process {
            self.queue.replies_given = 0;
        }
        self.queue.floor = Some(Floor {
            process,
            by_override,
            side,
            ..Floor::new(person, at)
        });
    }

    /// Close the current turn, if any, and count it.
    pub(super) fn end_turn(&mut self, at: DateTime<Utc>) {
        self.end_question(at);
        let Some(floor) = self.queue.floor.take() else {
            return;
        };
        let turn = Turn {
            person: floor.person,
            item: self.current,
            start: floor.since,
            end: at.max(floor.since),
            process: floor.process,
            length: super::non_negative(self.running_between(floor.since, at) - floor.asked),
            response_to: floor.response_to,
            side: floor.side,
        };
        // People are only ever added, so this only ever grows the list.
        self.queue
            .spoken
            .resize(self.people.len(), Spoken::default());
        let spoken = &mut self.queue.spoken[floor.person];
        match turn.process {
            true => spoken.procedure += turn.length,
            false => spoken.airtime += turn.length,
        }
        if !turn.process {
            spoken.turns += 1;
            if spoken.on_item.len() <= turn.item {
                spoken.on_item.resize(turn.item + 1, 0);
            }
            spoken.on_item[turn.item] += 1;
        }
        self.queue.turns.push(turn);
    }

    /// Someone left the meeting: their hands go (a direct response too), their question ends,
    /// and their turn ends.
    pub(super) fn leave_queue(&mut self, person: usize, at: DateTime<Utc>) {
        if self
            .queue
            .question
            .as_ref()
            .is_some_and(|q| q.person == person)
        {
            self.end_question(at);
        }
        while let Some(i) = self.queue.hands.iter().position(|h| h.person == person) {
            self.queue.remove_at(i);
        }
        if self
            .queue
            .floor
            .as_ref()
            .is_some_and(|f| f.person == person)
        {
            self.end_turn(at);
        }
    }
}

impl Queue {
    /// Index into `hands` of the hand that gets a person the floor: their point of process
    /// if they have one waiting, else their hand.
    pub fn hand_of(&self, person: usize) -> Option<usize> {
        self.hand_of_kind(person, true)
            .or_else(|| self.hand_of_kind(person, false))
    }

    /// A person's point of process (`process`) or hand (a re-added one too; never a direct
    /// response).
    pub fn hand_of_kind(&self, person: usize, process: bool) -> Option<usize> {
        self.hands
            .iter()
            .position(|h| h.person == person && h.process == process && h.response_to.is_none())
    }

    /// A person's direct response waiting, if any.
    pub fn response_of(&self, person: usize) -> Option<usize> {
        self.hands
            .iter()
            .position(|h| h.person == person && h.response_to.is_some())
    }

    /// Take one hand down; overrides only ever concern ordinary hands.
    pub(super) fn remove_at(&mut self, index: usize) {
        let hand = self.hands.remove(index);
        if hand.is_ordinary() {
            self.overrides
                .retain(|o| o.first != hand.person && o.then != hand.person);
        }
    }
}
