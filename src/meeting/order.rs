//! The order in which waiting hands get the floor, and the reasons the room sees for each
//! place: points of process first, then a re-added last speaker, then direct responses, then
//! the agenda's policy (with pro and contra alternating) and the facilitator's overrides.

use std::cmp::Ordering;

use chrono::{DateTime, TimeDelta, Utc};

use super::queue::{Hand, Queue, Ranked, Reason};
use super::{Direction, Meeting};
use crate::agenda::Policy;

impl Meeting {
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
    pub(super) fn policy_order(&self, now: DateTime<Utc>) -> Vec<usize> {
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
