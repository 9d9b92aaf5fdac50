//! The speaking queue: raised hands, who has the floor, the turns taken, and the order in which
//! hands get the floor under the agenda's policy, with the reasons the room sees.
//!
//! Whatever the policy, points of process come first, then a last speaker the facilitator put
//! back on top, then direct responses; and a hand overtaken `max_overtakes` times by hands
//! raised after it goes next, so nobody waits forever. The facilitator can override the order;
//! overrides win, are not counted as overtakes, and go in the process log.

use std::cmp::Ordering;

use chrono::{DateTime, TimeDelta, Utc};

use super::{
    Direction, Event, EventError, HandKind, Meeting, Part, ProcessEntry, ProcessKind, Side,
};
use crate::agenda::Policy;

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

    /// The waiting hands in the order they will get the floor, each with its reasons: points
    /// of process, then a re-added last speaker, then direct responses, each in the order
    /// raised; then the other hands in the policy's order (with pro and contra alternating)
    /// and the facilitator's overrides.
    pub fn queue_order(&self, now: DateTime<Utc>) -> Vec<Ranked> {
        let hands = &self.queue.hands;
        let by_seq = |keep: fn(&Hand) -> bool| {
            let mut found: Vec<usize> = (0..hands.len()).filter(|&i| keep(&hands[i])).collect();
            found.sort_by_key(|&i| hands[i].seq);
            found
        };
        let front = by_seq(|h| h.process);
        let readded = by_seq(|h| !h.process && h.readded);
        let responses = by_seq(|h| !h.process && h.response_to.is_some());
        let (order, alternating) = self.alternate(self.policy_sorted(self.ordinary(), now));
        let rest = self.queue.apply_overrides(order);
        front
            .into_iter()
            .chain(readded)
            .chain(responses)
            .chain(rest)
            .map(|i| {
                let mut reasons = self.reasons(i, now);
                if alternating.contains(&i) {
                    reasons.push(Reason::Alternating);
                }
                Ranked { hand: i, reasons }
            })
            .collect()
    }

    /// The hands in the weighted order, as they were raised.
    fn ordinary(&self) -> Vec<usize> {
        let hands = &self.queue.hands;
        (0..hands.len())
            .filter(|&i| hands[i].is_ordinary())
            .collect()
    }

    /// The order of the ordinary hands (no points of process, no direct responses, no
    /// re-added speaker) by the policy, the overtake cap and the alternation of pro and
    /// contra, before the facilitator's overrides.
    fn policy_order(&self, now: DateTime<Utc>) -> Vec<usize> {
        self.alternate(self.policy_sorted(self.ordinary(), now)).0
    }

    fn policy_sorted(&self, mut rest: Vec<usize>, now: DateTime<Utc>) -> Vec<usize> {
        let speaking = &self.agenda.speaking;
        let hands = &self.queue.hands;
        let keys: Vec<Key> = (0..hands.len()).map(|i| self.key(i, now)).collect();
        let cap = self.overtake_cap;
        let starved = |i: usize| hands[i].overtakes >= cap;
        rest.sort_by(|&a, &b| match (starved(a), starved(b)) {
            // Hands at the cap go first, in the order raised.
            (true, true) => hands[a].seq.cmp(&hands[b].seq),
            (false, false) => keys[a].cmp(&keys[b], speaking.policy),
            (a_starved, b_starved) => b_starved.cmp(&a_starved),
        });
        rest
    }

    /// The hand that gets the floor next, if any.
    pub fn next_in_queue(&self, now: DateTime<Utc>) -> Option<&Hand> {
        self.queue_order(now)
            .first()
            .map(|r| &self.queue.hands[r.hand])
    }

    fn key(&self, hand: usize, now: DateTime<Utc>) -> Key {
        let h = &self.queue.hands[hand];
        let turn = TimeDelta::seconds(i64::from(self.agenda.speaking.turn_seconds));
        let weight = self.weight_of(h.person);
        Key {
            heard: self.turns_on_item(h.person, self.current) > 0,
            turns_on_item: self.turns_on_item(h.person, self.current),
            weighted: (self.airtime(h.person, now) + turn).num_milliseconds() as f64 / weight,
            weight,
            seq: h.seq,
        }
    }

    fn reasons(&self, hand: usize, now: DateTime<Utc>) -> Vec<Reason> {
        let h = &self.queue.hands[hand];
        if h.process {
            return vec![Reason::PointOfProcess];
        }
        if let Some(to) = h.response_to {
            return vec![Reason::RespondsTo(to)];
        }
        let mut reasons = Vec::new();
        if h.readded {
            reasons.push(Reason::Readded);
        }
        if let Some(side) = h.side {
            reasons.push(Reason::Side(side));
        }
        if h.readded {
            return reasons;
        }
        for o in &self.queue.overrides {
            match o.direction {
                Direction::Up if o.first == h.person => reasons.push(Reason::MovedUp),
                Direction::Down if o.then == h.person => reasons.push(Reason::MovedDown),
                _ => {}
            }
        }
        reasons.dedup();
        if h.overtakes > 0 {
            reasons.push(Reason::Overtaken(h.overtakes));
        }
        let on_item = self.turns_on_item(h.person, self.current);
        let favoured = self.weight_of(h.person) > self.lowest_weight();
        match (self.agenda.speaking.policy, on_item) {
            (Policy::Fifo, _) => reasons.push(Reason::HandOrder),
            (_, 0) => reasons.push(Reason::FirstOnItem),
            (Policy::WeightedFair, _) => reasons.push(Reason::Airtime(self.airtime(h.person, now))),
            (Policy::ProgressiveStack, n) => reasons.push(Reason::TurnsOnItem(n)),
        }
        if favoured
            && self.agenda.speaking.policy != Policy::Fifo
            && !reasons.iter().any(|r| matches!(r, Reason::Airtime(_)))
        {
            reasons.push(Reason::GroupWeight);
        }
        let waited = (now - h.raised_at).num_minutes();
        if waited >= 1 {
            reasons.push(Reason::Waited(waited));
        }
        if h.item != self.current {
            reasons.push(Reason::FromItem(h.item));
        }
        reasons
    }

    fn lowest_weight(&self) -> f64 {
        self.agenda
            .groups
            .iter()
            .map(|g| g.weight)
            .fold(f64::MAX, f64::min)
    }

    /// A reason in the room's words.
    pub fn describe(&self, reason: Reason, person: usize) -> String {
        match reason {
            Reason::PointOfProcess => "⚑ point of process".into(),
            Reason::Overtaken(1) => "overtaken once".into(),
            Reason::Overtaken(n) => format!("overtaken {n} times"),
            Reason::MovedUp => "moved up by facilitator".into(),
            Reason::MovedDown => "moved down by facilitator".into(),
            Reason::FirstOnItem => "first time on this item".into(),
            Reason::GroupWeight => format!(
                "{} voice (weight {})",
                singular(&crate::text::clean(self.group_label(person))),
                self.weight_of(person)
            ),
            Reason::Waited(m) => format!("waited {m} min"),
            Reason::Airtime(airtime) => format!(
                "airtime {} at weight {}",
                crate::text::duration(airtime),
                self.weight_of(person)
            ),
            Reason::TurnsOnItem(1) => "spoken once on this item".into(),
            Reason::TurnsOnItem(n) => format!("spoken {n} times on this item"),
            Reason::HandOrder => "hand order".into(),
            Reason::RespondsTo(to) => format!(
                "↩ responds to {}",
                crate::text::clean(&self.people[to].name)
            ),
            Reason::Side(side) => side.word().into(),
            Reason::FromItem(item) => format!("from item {}", item + 1),
            Reason::Readded => "↺ re-added by facilitator: the last speaker".into(),
            Reason::Alternating => "alternating pro and contra".into(),
        }
    }
}

/// "Family members" → "member": the group's last word, lower case, without a plural s.
fn singular(label: &str) -> String {
    let word = label
        .split_whitespace()
        .last()
        .unwrap_or(label)
        .to_lowercase();
    match word.strip_suffix('s') {
        Some(stem) if !stem.is_empty() && !stem.ends_with('s') => stem.to_owned(),
        _ => word,
    }
}

/// What a policy sorts hands by.
struct Key {
    heard: bool,
    turns_on_item: u32,
    weighted: f64,
    weight: f64,
    seq: u64,
}

impl Key {
    fn cmp(&self, other: &Key, policy: Policy) -> Ordering {
        match policy {
            Policy::WeightedFair => self
                .heard
                .cmp(&other.heard)
                .then(self.weighted.total_cmp(&other.weighted))
                .then(self.seq.cmp(&other.seq)),
            Policy::Fifo => self.seq.cmp(&other.seq),
            Policy::ProgressiveStack => other
                .weight
                .total_cmp(&self.weight)
                .then(self.turns_on_item.cmp(&other.turns_on_item))
                .then(self.seq.cmp(&other.seq)),
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

    /// Reorder so every override holds, otherwise keeping the policy's order. If overrides
    /// contradict each other, the policy's order breaks the tie.
    fn apply_overrides(&self, order: Vec<usize>) -> Vec<usize> {
        if self.overrides.is_empty() {
            return order;
        }
        let person = |i: usize| self.hands[i].person;
        let mut remaining = order;
        let mut out = Vec::with_capacity(remaining.len());
        while !remaining.is_empty() {
            let blocked = |i: usize| {
                self.overrides
                    .iter()
                    .any(|o| o.then == person(i) && remaining.iter().any(|&r| person(r) == o.first))
            };
            let pick = remaining.iter().position(|&i| !blocked(i)).unwrap_or(0);
            out.push(remaining.remove(pick));
        }
        out
    }
}
