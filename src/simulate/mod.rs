//! `cochair simulate`: a seeded model of a discussion on an agenda's people, run under each
//! queue policy, so a board can see what a weight means before adopting it.
//!
//! The model, second by second, with everyone on the agenda present:
//! - the meeting runs through the items for their planned minutes (or, with `--minutes`, the
//!   same items scaled to that total);
//! - someone who is neither speaking nor waiting raises a hand with probability
//!   `BASE_RATE × eagerness of their group` per minute (eagerness 1 unless given);
//! - a turn lasts between half and one and a half standard turns, uniformly at random;
//! - when a turn ends, the next speaker is called from the queue at once.
//!
//! It drives the real meeting state with real events, so the figures are the queue's own.

// The simulation records only events its own model makes, on a fixed date: an error there is
// a bug in the model (its tests would show it), never bad input, so it may stop at once.
#![allow(clippy::expect_used)]

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, TimeDelta, TimeZone, Utc};
use serde::Serialize;

use crate::agenda::{Agenda, Policy};
use crate::meeting::{Attendance, Event, Meeting, Record};

mod verdict;

pub use verdict::{GroupVerdict, Remedy, Standing, VERDICT_SEEDS, verdict, verdict_text};

/// A count for the figures (never near `u32::MAX` in a meeting).
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Hands raised per minute by someone with eagerness 1 who is not speaking or waiting.
pub const BASE_RATE: f64 = 0.5;

/// From this share of hands up (see [`Outcome::hands_up`]) the queue is saturated: nearly
/// everyone is waiting all the time, so how eager a group is hardly changes who speaks.
pub const SATURATED: f64 = 0.95;

/// What to simulate.
#[derive(Debug, Clone)]
pub struct Setup {
    pub seed: u64,
    /// Total length of the simulated meeting; the agenda's own plan when `None`.
    pub minutes: Option<u32>,
    /// Group id → how much more often than the base rate its people raise hands.
    pub eagerness: Vec<(String, f64)>,
    /// Group id → a weight to try in place of the agenda's.
    pub weights: Vec<(String, f64)>,
    /// An overtake bound to try in place of the agenda's (written or derived).
    pub max_overtakes: Option<u32>,
}

/// The figures for one policy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub policy: &'static str,
    pub groups: Vec<GroupOutcome>,
    /// The most turns that started while one hand waited to get the floor (the turn under
    /// way when it went up not counted).
    pub longest_wait_turns: u32,
    /// The longest time anyone waited between raising a hand and getting the floor.
    pub longest_wait_seconds: i64,
    /// The most times one hand was overtaken by hands raised after it.
    pub most_overtaken: u32,
    /// People who never got a turn.
    pub never_heard: u32,
    pub turns: u32,
    /// How full the queue was: the lowest of the groups' `hands_up`, 0.0 to 1.0.
    pub hands_up: f64,
    /// `hands_up` is at least [`SATURATED`]: every group's hands are up nearly all the time.
    pub saturated: bool,
    /// For each Decision item, the voice on it when it was decided (at its end).
    pub decisions: Vec<DecisionOutcome>,
}

/// The voice on a simulated Decision item, as a decision recorded at its end keeps it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionOutcome {
    /// The item's number, from 1.
    pub item: usize,
    pub title: String,
    pub groups: Vec<DecisionGroup>,
    /// Someone in the customer groups spoke on the item.
    pub customer_voice: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionGroup {
    pub id: String,
    /// Share of the airtime on the item, 0.0 to 1.0.
    pub share: f64,
    pub target: Option<f64>,
    pub turns: u32,
    /// Of the group's people, how many spoke on the item.
    pub spoke: u32,
    pub present: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupOutcome {
    pub id: String,
    pub label: String,
    pub people: u32,
    /// The weight the queue used.
    pub weight: f64,
    /// The share of airtime the agenda aims for, 0.0 to 1.0.
    pub target: Option<f64>,
    pub airtime_seconds: i64,
    /// Share of all airtime, 0.0 to 1.0.
    pub share: f64,
    pub turns: u32,
    /// The typical wait of the group's hands that got the floor (see [`median`]); `None` when
    /// none did.
    pub median_wait_seconds: Option<i64>,
    pub median_wait_turns: Option<u32>,
    /// Of the time the group's people spent not holding the floor, the share they spent with
    /// a hand up, 0.0 to 1.0. Counted once every simulated second, after the floor has been
    /// handed on: the group's people with a hand up, summed over the seconds, divided by the
    /// group's people not holding the floor, summed likewise (1.0 for a group of nobody).
    pub hands_up: f64,
}

/// One hand's wait, from raising it to getting the floor.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Wait {
    turns: u32,
    seconds: i64,
}

/// The middle value, and of an even number of values the lower of the two middle ones, so it
/// is always a value that happened: at least half the values are at or below it.
pub fn median<T: Copy + PartialOrd>(values: &[T]) -> Option<T> {
    let mut sorted = values.to_vec();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let middle = sorted.len().checked_sub(1)? / 2;
    sorted.get(middle).copied()
}

/// `--eagerness GROUP=RATE`: the form and the number. The group is checked against the agenda
/// once it is read ([`check_groups`]).
pub fn eagerness_arg(text: &str) -> Result<(String, f64), String> {
    group_number(text, "GROUP=RATE, like staff=2", |rate| rate >= 0.0)
        .map_err(|e| e.unwrap_or("the rate must be a number of 0 or more, like 2 or 0.5".into()))
}

/// `--weight GROUP=WEIGHT`: the form and the number, like [`eagerness_arg`].
pub fn weight_arg(text: &str) -> Result<(String, f64), String> {
    group_number(text, "GROUP=WEIGHT, like carers=1.5", |weight| weight > 0.0).map_err(|e| {
        e.unwrap_or("the weight must be a number above 0 (1 is neutral), like 2 or 1.5".into())
    })
}

/// `GROUP=NUMBER` with a number that is `allowed`. Fails with what is wrong with the `form`,
/// or with `None` for a number that is not allowed, for the caller to explain.
fn group_number(
    text: &str,
    form: &str,
    allowed: fn(f64) -> bool,
) -> Result<(String, f64), Option<String>> {
    let (group, number) = text
        .split_once('=')
        .ok_or_else(|| format!("write it as {form}"))?;
    let group = group.trim();
    if group.is_empty() {
        return Err(Some(format!("the group is missing: write it as {form}")));
    }
    match number.trim().parse::<f64>() {
        Ok(n) if n.is_finite() && allowed(n) => Ok((group.to_owned(), n)),
        _ => Err(None),
    }
}

/// Check that every group given to `flag` is one of the agenda's, and is given once.
pub fn check_groups(
    agenda: &Agenda,
    flag: &'static str,
    given: &[(String, f64)],
) -> Result<(), GroupError> {
    for (i, (group, number)) in given.iter().enumerate() {
        if agenda.group(group).is_none() {
            let ids: Vec<String> = agenda.groups.iter().map(|g| g.id.clone()).collect();
            let guess = crate::text::closest(group, ids.iter().map(String::as_str));
            return Err(GroupError::Unknown {
                flag,
                given: format!("{group}={number}"),
                group: group.clone(),
                guess: guess.map(str::to_owned),
                groups: ids.join(", "),
            });
        }
        if given[..i].iter().any(|(g, _)| g == group) {
            return Err(GroupError::Twice {
                flag,
                group: group.clone(),
            });
        }
    }
    Ok(())
}

/// Why a group given to `--eagerness` or `--weight` is not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GroupError {
    /// No group of the agenda has this id (the closest one, if any is close).
    #[error(
        "{flag} {given}: there is no group {group:?}{} (groups: {groups})",
        guess.as_ref().map_or(String::new(), |id| format!("; did you mean {id:?}?"))
    )]
    Unknown {
        flag: &'static str,
        given: String,
        group: String,
        guess: Option<String>,
        groups: String,
    },
    #[error("{flag}: the group {group:?} is given twice")]
    Twice { flag: &'static str, group: String },
}

/// The agenda as simulated: the weights and the overtake bound tried in place of its own.
pub fn tried(agenda: &Agenda, setup: &Setup) -> Agenda {
    let mut agenda = with_weights(agenda, &setup.weights);
    if let Some(bound) = setup.max_overtakes {
        agenda.speaking.max_overtakes = Some(bound);
    }
    agenda
}

/// The overtake bound in effect in the simulation and why, as a sentence.
pub fn bound_words(agenda: &Agenda, setup: &Setup) -> String {
    let tried = tried(agenda, setup);
    match setup.max_overtakes {
        None => tried.overtake_explanation(),
        Some(_) => format!(
            "{} (--max-overtakes tried; the weights and sizes give {})",
            tried.overtake_head(),
            tried.overtake_bound().derived
        ),
    }
}

/// The agenda with the weights tried in place of its own.
pub fn with_weights(agenda: &Agenda, weights: &[(String, f64)]) -> Agenda {
    let mut agenda = agenda.clone();
    for group in &mut agenda.groups {
        if let Some((_, weight)) = weights.iter().find(|(id, _)| *id == group.id) {
            group.weight = *weight;
        }
    }
    agenda
}

/// Most seeds one `--seeds` runs: 1,000 runs of the three policies take seconds.
pub const MAX_SEEDS: u64 = 1000;

/// A range of seeds, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seeds {
    pub first: u64,
    pub last: u64,
}

impl Seeds {
    pub fn count(self) -> u64 {
        self.last - self.first + 1
    }

    pub fn each(self) -> std::ops::RangeInclusive<u64> {
        self.first..=self.last
    }
}

impl std::fmt::Display for Seeds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}..{}", self.first, self.last)
    }
}

/// `--seeds FIRST..LAST`, both included, at most [`MAX_SEEDS`] of them.
pub fn seeds_arg(text: &str) -> Result<Seeds, String> {
    let form = "write it as FIRST..LAST, like 1..20 (both included)";
    let (first, last) = text.split_once("..").ok_or(form)?;
    let number = |n: &str| n.trim().parse::<u64>().map_err(|_| form.to_owned());
    let seeds = Seeds {
        first: number(first)?,
        last: number(last)?,
    };
    if seeds.first > seeds.last {
        return Err(format!(
            "{text} is empty: the first seed comes after the last"
        ));
    }
    if seeds.last - seeds.first >= MAX_SEEDS {
        return Err(format!(
            "{text} is too many runs: at most {MAX_SEEDS} seeds"
        ));
    }
    Ok(seeds)
}

/// How a figure came out over many runs: the middle run's (see [`median`]) and the lowest and
/// highest.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spread<T> {
    pub median: T,
    pub min: T,
    pub max: T,
}

impl<T: Copy + PartialOrd> Spread<T> {
    /// `None` for no values.
    pub fn of(values: &[T]) -> Option<Spread<T>> {
        let first = *values.first()?;
        let pick = |keep: fn(&T, &T) -> bool| {
            values
                .iter()
                .fold(first, |a, &b| if keep(&b, &a) { b } else { a })
        };
        Some(Spread {
            median: median(values)?,
            min: pick(|b, a| b < a),
            max: pick(|b, a| b > a),
        })
    }

    /// `65% (61%–68%)`.
    fn show(&self, value: impl Fn(T) -> String) -> String {
        format!(
            "{} ({}–{})",
            value(self.median),
            value(self.min),
            value(self.max)
        )
    }
}

/// One policy's figures over a range of seeds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub policy: &'static str,
    pub runs: u32,
    pub groups: Vec<GroupSummary>,
    pub longest_wait_turns: Spread<u32>,
    pub longest_wait_seconds: Spread<i64>,
    pub most_overtaken: Spread<u32>,
    pub never_heard: Spread<u32>,
    pub hands_up: Spread<f64>,
    /// In how many runs the queue was saturated.
    pub saturated_runs: u32,
    /// The median run's `hands_up` is at least [`SATURATED`].
    pub saturated: bool,
    /// For each Decision item, each group's share of the airtime on it.
    pub decisions: Vec<DecisionSummary>,
}

/// A simulated Decision item over many runs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionSummary {
    pub item: usize,
    pub title: String,
    /// Group id and its share of the airtime on the item.
    pub groups: Vec<(String, Spread<f64>)>,
    /// In how many runs someone in the customer groups spoke on the item.
    pub customer_voice_runs: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupSummary {
    pub id: String,
    pub label: String,
    pub people: u32,
    pub weight: f64,
    pub target: Option<f64>,
    pub share: Spread<f64>,
    pub turns: Spread<u32>,
    /// Over the runs' medians; `None` when the group's hands never got the floor.
    pub median_wait_seconds: Option<Spread<i64>>,
    pub hands_up: Spread<f64>,
}

/// Sum up one policy's runs; `None` for no runs.
pub fn summarise(runs: &[Outcome]) -> Option<Summary> {
    let first = runs.first()?;
    let of = |figure: fn(&Outcome) -> u32| Spread::of(&runs.iter().map(figure).collect::<Vec<_>>());
    let groups = (0..first.groups.len())
        .map(|g| summarise_group(runs, g))
        .collect::<Option<Vec<_>>>()?;
    let hands_up = Spread::of(&runs.iter().map(|o| o.hands_up).collect::<Vec<_>>())?;
    let longest: Vec<i64> = runs.iter().map(|o| o.longest_wait_seconds).collect();
    Some(Summary {
        policy: first.policy,
        runs: count(runs.len()),
        groups,
        longest_wait_turns: of(|o| o.longest_wait_turns)?,
        longest_wait_seconds: Spread::of(&longest)?,
        most_overtaken: of(|o| o.most_overtaken)?,
        never_heard: of(|o| o.never_heard)?,
        saturated_runs: count(runs.iter().filter(|o| o.saturated).count()),
        saturated: hands_up.median >= SATURATED,
        hands_up,
        decisions: summarise_decisions(runs),
    })
}

fn summarise_decisions(runs: &[Outcome]) -> Vec<DecisionSummary> {
    let Some(first) = runs.first() else {
        return Vec::new();
    };
    first
        .decisions
        .iter()
        .enumerate()
        .map(|(d, decision)| DecisionSummary {
            item: decision.item,
            title: decision.title.clone(),
            groups: decision
                .groups
                .iter()
                .enumerate()
                .filter_map(|(g, group)| {
                    let shares: Vec<f64> = runs
                        .iter()
                        .filter_map(|r| r.decisions.get(d)?.groups.get(g).map(|x| x.share))
                        .collect();
                    Some((group.id.clone(), Spread::of(&shares)?))
                })
                .collect(),
            customer_voice_runs: count(
                runs.iter()
                    .filter(|r| r.decisions.get(d).is_some_and(|x| x.customer_voice))
                    .count(),
            ),
        })
        .collect()
}

fn summarise_group(runs: &[Outcome], g: usize) -> Option<GroupSummary> {
    let rows: Vec<&GroupOutcome> = runs.iter().map(|o| &o.groups[g]).collect();
    let first = rows.first()?;
    let waits: Vec<i64> = rows.iter().filter_map(|r| r.median_wait_seconds).collect();
    Some(GroupSummary {
        id: first.id.clone(),
        label: first.label.clone(),
        people: first.people,
        weight: first.weight,
        target: first.target,
        share: Spread::of(&rows.iter().map(|r| r.share).collect::<Vec<_>>())?,
        turns: Spread::of(&rows.iter().map(|r| r.turns).collect::<Vec<_>>())?,
        median_wait_seconds: Spread::of(&waits),
        hands_up: Spread::of(&rows.iter().map(|r| r.hands_up).collect::<Vec<_>>())?,
    })
}

/// Run the model on the agenda under one policy.
pub fn run(agenda: &Agenda, policy: Policy, setup: &Setup) -> Outcome {
    let mut agenda = tried(agenda, setup);
    agenda.speaking.policy = policy;
    let mut sim = Sim::new(agenda, setup);
    sim.run();
    sim.outcome(policy)
}

/// Run the model once for every seed in the range, the rest of the setup as given.
pub fn run_seeds(agenda: &Agenda, policy: Policy, setup: &Setup, seeds: Seeds) -> Vec<Outcome> {
    seeds
        .each()
        .map(|seed| {
            run(
                agenda,
                policy,
                &Setup {
                    seed,
                    ..setup.clone()
                },
            )
        })
        .collect()
}

/// A small, fast, seedable random number generator (SplitMix64), so the same seed gives the
/// same meeting on every machine.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

struct Sim {
    meeting: Meeting,
    rng: Rng,
    start: DateTime<Utc>,
    /// Seconds of each item, in order.
    item_seconds: Vec<i64>,
    /// Chance per second that each person raises a hand.
    chance: Vec<f64>,
    /// When the current turn ends (seconds from the start).
    turn_ends: Option<i64>,
    turns_started: u32,
    /// Per person: the turn count and the second when their hand went up.
    raised: Vec<Option<(u32, i64)>>,
    /// Per person: their waits that ended with the floor.
    waits: Vec<Vec<Wait>>,
    most_overtaken: u32,
    /// Per person, seconds not holding the floor and seconds of those with a hand up.
    free_seconds: Vec<u64>,
    hands_up_seconds: Vec<u64>,
}

impl Sim {
    fn new(agenda: Agenda, setup: &Setup) -> Sim {
        let planned: Vec<i64> = agenda
            .items
            .iter()
            .map(|i| i64::from(i.minutes) * 60)
            .collect();
        let item_seconds = match setup.minutes {
            Some(total) => {
                let sum: i64 = planned.iter().sum::<i64>().max(1);
                planned
                    .iter()
                    .map(|p| (p * i64::from(total) * 60 / sum).max(1))
                    .collect()
            }
            None => planned,
        };
        let date = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a valid date");
        let start = Utc.from_utc_datetime(&date.and_hms_opt(18, 0, 0).expect("a valid time"));
        let mut meeting = Meeting::new(agenda, date);
        let people = meeting.people().len();
        let chance = (0..people)
            .map(|p| {
                let group = &meeting.people()[p].group;
                let eager = setup
                    .eagerness
                    .iter()
                    .find(|(g, _)| g == group)
                    .map_or(1.0, |(_, r)| *r);
                (BASE_RATE * eager / 60.0).min(1.0)
            })
            .collect();
        for p in 0..people {
            let person = meeting.people()[p].name.clone();
            let event = Event::AttendanceMarked {
                person,
                attendance: Attendance::Present,
            };
            meeting
                .apply(&Record {
                    at: start,
                    proposal: None,
                    event,
                })
                .expect("everyone can be marked present");
        }
        Sim {
            meeting,
            rng: Rng(setup.seed),
            start,
            item_seconds,
            chance,
            turn_ends: None,
            turns_started: 0,
            raised: vec![None; people],
            waits: vec![Vec::new(); people],
            free_seconds: vec![0; people],
            hands_up_seconds: vec![0; people],
            most_overtaken: 0,
        }
    }

    fn at(&self, second: i64) -> DateTime<Utc> {
        self.start + TimeDelta::seconds(second)
    }

    fn record(&mut self, second: i64, event: Event) {
        let record = Record {
            at: self.at(second),
            proposal: None,
            event,
        };
        self.meeting
            .apply(&record)
            .expect("the simulation only records events that can happen");
    }

    fn run(&mut self) {
        self.record(0, Event::MeetingStarted);
        let mut second = 0;
        for item in 0..self.item_seconds.len() {
            if item > 0 {
                self.decide(item - 1, second);
                self.record(second, Event::ItemOpened { item });
                self.turn_ends = None;
            }
            let end = second + self.item_seconds[item];
            while second < end {
                self.raise_hands(second);
                if self.turn_ends.is_some_and(|t| second >= t) {
                    self.record(second, Event::TurnEnded);
                    self.turn_ends = None;
                }
                if self.turn_ends.is_none() {
                    self.call_next(second);
                }
                self.count_hands();
                second += 1;
            }
        }
        for hand in &self.meeting.queue().hands {
            self.most_overtaken = self.most_overtaken.max(hand.overtakes);
        }
        if let Some(last) = self.item_seconds.len().checked_sub(1) {
            self.decide(last, second);
        }
        self.record(second, Event::MeetingEnded);
    }

    /// A Decision item is decided by consensus at its end, so the decision keeps the voice on
    /// it as the app would.
    fn decide(&mut self, item: usize, second: i64) {
        let agenda = self.meeting.agenda();
        if agenda.items[item].kind != crate::agenda::ItemKind::Decision {
            return;
        }
        let text = agenda.items[item].title.clone();
        let vote = crate::meeting::Vote::Consensus;
        self.record(second, Event::DecisionRecorded { item, text, vote });
    }

    /// Add this second to the measure of how full the queue is.
    fn count_hands(&mut self) {
        let queue = &self.meeting.queue();
        for p in 0..self.meeting.people().len() {
            if queue.floor.as_ref().is_some_and(|f| f.person == p) {
                continue;
            }
            self.free_seconds[p] += 1;
            self.hands_up_seconds[p] += u64::from(queue.hand_of(p).is_some());
        }
    }

    fn raise_hands(&mut self, second: i64) {
        for p in 0..self.meeting.people().len() {
            let speaking = self
                .meeting
                .queue()
                .floor
                .as_ref()
                .is_some_and(|f| f.person == p);
            if speaking || self.meeting.queue().hand_of(p).is_some() {
                continue;
            }
            if self.rng.unit() < self.chance[p] {
                let person = self.meeting.people()[p].name.clone();
                self.record(
                    second,
                    Event::HandRaised {
                        person,
                        process: false,
                    },
                );
                self.raised[p] = Some((self.turns_started, second));
            }
        }
    }

    fn call_next(&mut self, second: i64) {
        let Some(hand) = self.meeting.next_in_queue(self.at(second)).cloned() else {
            return;
        };
        self.most_overtaken = self.most_overtaken.max(hand.overtakes);
        if let Some((turns, at)) = self.raised[hand.person].take() {
            self.waits[hand.person].push(Wait {
                turns: self.turns_started - turns,
                seconds: second - at,
            });
        }
        let person = self.meeting.people()[hand.person].name.clone();
        self.record(
            second,
            Event::FloorGiven {
                person,
                by_override: false,
            },
        );
        self.turns_started += 1;
        let turn = f64::from(self.meeting.agenda().speaking.turn_seconds);
        // Between half and one and a half turns of at most an hour: always a small number.
        #[allow(clippy::cast_possible_truncation)]
        let length = (turn * (0.5 + self.rng.unit())).round().max(1.0) as i64;
        self.turn_ends = Some(second + length);
    }

    fn outcome(&self, policy: Policy) -> Outcome {
        let groups = self.group_outcomes();
        let hands_up = groups.iter().map(|g| g.hands_up).fold(1.0, f64::min);
        let people = self.meeting.people().len();
        let all = || self.waits.iter().flatten();
        Outcome {
            policy: policy.name(),
            groups,
            longest_wait_turns: all().map(|w| w.turns).max().unwrap_or(0),
            longest_wait_seconds: all().map(|w| w.seconds).max().unwrap_or(0),
            most_overtaken: self.most_overtaken,
            never_heard: count(
                (0..people)
                    .filter(|&p| self.meeting.turns_taken(p) == 0)
                    .count(),
            ),
            turns: self.turns_started,
            hands_up,
            saturated: hands_up >= SATURATED,
            decisions: self.decision_outcomes(),
        }
    }

    fn decision_outcomes(&self) -> Vec<DecisionOutcome> {
        let meeting = &self.meeting;
        meeting
            .entries()
            .iter()
            .filter_map(|entry| {
                let crate::meeting::EntryKind::Decision { voice, .. } = &entry.kind else {
                    return None;
                };
                Some(DecisionOutcome {
                    item: entry.item + 1,
                    title: entry.text.clone(),
                    groups: voice
                        .groups
                        .iter()
                        .map(|g| DecisionGroup {
                            id: meeting.agenda().groups[g.group].id.clone(),
                            share: (g.share * 1000.0).round() / 1000.0,
                            target: g.target,
                            turns: g.turns,
                            spoke: g.spoke,
                            present: g.present,
                        })
                        .collect(),
                    customer_voice: voice.customer_voice,
                })
            })
            .collect()
    }

    fn group_outcomes(&self) -> Vec<GroupOutcome> {
        let end = self.meeting.ended().unwrap_or(self.start);
        let rows = self.meeting.balance(end);
        rows.iter()
            .map(|row| {
                let group = &self.meeting.agenda().groups[row.group];
                let members: Vec<usize> = (0..self.meeting.people().len())
                    .filter(|&p| self.meeting.people()[p].group == group.id)
                    .collect();
                let waits: Vec<Wait> = members
                    .iter()
                    .flat_map(|&p| self.waits[p].iter().copied())
                    .collect();
                let seconds: Vec<i64> = waits.iter().map(|w| w.seconds).collect();
                let turns: Vec<u32> = waits.iter().map(|w| w.turns).collect();
                let sum = |seconds: &[u64]| members.iter().map(|&p| seconds[p]).sum::<u64>();
                let free = sum(&self.free_seconds);
                let hands_up = match free {
                    0 => 1.0,
                    free => sum(&self.hands_up_seconds) as f64 / free as f64,
                };
                GroupOutcome {
                    id: group.id.clone(),
                    label: group.label.clone(),
                    people: count(members.len()),
                    weight: group.weight,
                    target: group.target,
                    airtime_seconds: row.airtime.num_seconds(),
                    share: (row.share * 1000.0).round() / 1000.0,
                    turns: row.turns,
                    median_wait_seconds: median(&seconds),
                    median_wait_turns: median(&turns),
                    hands_up: (hands_up * 1000.0).round() / 1000.0,
                }
            })
            .collect()
    }
}

/// The outcomes side by side, one column per policy.
pub fn table(agenda: &Agenda, setup: &Setup, outcomes: &[Outcome]) -> String {
    let columns: Vec<Column> = outcomes.iter().map(Column::of_outcome).collect();
    let saturated: Vec<(&str, bool)> = outcomes.iter().map(|o| (o.policy, o.saturated)).collect();
    let mut out = heading(agenda, setup, &format!("seed {}", setup.seed));
    out.push_str(&render(&with_weights(agenda, &setup.weights), &columns));
    out.push_str(&note_lines(saturation_note(&saturated)));
    out
}

/// The summaries over a range of seeds side by side, one column per policy.
pub fn summary_table(
    agenda: &Agenda,
    setup: &Setup,
    seeds: Seeds,
    summaries: &[Summary],
) -> String {
    let columns: Vec<Column> = summaries.iter().map(Column::of_summary).collect();
    let saturated: Vec<(&str, bool)> = summaries.iter().map(|s| (s.policy, s.saturated)).collect();
    let mut out = heading(
        agenda,
        setup,
        &format!("seeds {seeds} ({} runs)", seeds.count()),
    );
    out.push_str(
        "Each figure is the median of the runs, with the lowest and highest in brackets.\n\n",
    );
    out.push_str(&render(&with_weights(agenda, &setup.weights), &columns));
    out.push_str(&note_lines(saturation_note(&saturated)));
    out
}

/// What to say when every policy shown ran saturated (see [`SATURATED`]), given each policy's
/// name and whether it did.
pub fn saturation_note(policies: &[(&str, bool)]) -> Option<String> {
    if policies.is_empty() || !policies.iter().all(|(_, saturated)| *saturated) {
        return None;
    }
    let fifo = match policies.iter().any(|(p, _)| *p == Policy::Fifo.name()) {
        true => " (under fifo, the number of people in each group)",
        false => "",
    };
    Some(format!(
        "Nearly everyone has a hand up all the time, so how eager each group is makes little \
         difference: the shares follow the weights{fifo}."
    ))
}

/// The note after a blank line, wrapped at 72 columns.
fn note_lines(note: Option<String>) -> String {
    let Some(note) = note else {
        return String::new();
    };
    let lines: Vec<String> = crate::text::wrap(&note, 72);
    format!("\n{}\n", lines.join("\n"))
}

/// The rows under each group's share, and the rows after the groups.
const GROUP_ROWS: [&str; 3] = [
    "  turns",
    "  median wait (minutes)",
    "  hands up (share of time)",
];
const FIGURE_ROWS: [&str; 4] = [
    "longest wait (turns)",
    "longest wait (minutes)",
    "most times overtaken",
    "never heard",
];

/// One policy's figures as the table shows them, in the order of the rows.
struct Column {
    policy: &'static str,
    /// Per group: the share, then the `GROUP_ROWS`.
    groups: Vec<[String; 4]>,
    figures: [String; 4],
}

impl Column {
    fn of_outcome(o: &Outcome) -> Column {
        let wait = |w: Option<i64>| w.map_or("-".into(), minutes);
        Column {
            policy: o.policy,
            groups: o
                .groups
                .iter()
                .map(|g| {
                    [
                        format!("{} airtime", percent(g.share)),
                        g.turns.to_string(),
                        wait(g.median_wait_seconds),
                        percent(g.hands_up),
                    ]
                })
                .collect(),
            figures: [
                o.longest_wait_turns.to_string(),
                minutes(o.longest_wait_seconds),
                o.most_overtaken.to_string(),
                o.never_heard.to_string(),
            ],
        }
    }

    fn of_summary(s: &Summary) -> Column {
        let count = |s: &Spread<u32>| s.show(|n| n.to_string());
        let time = |s: &Spread<i64>| s.show(minutes);
        Column {
            policy: s.policy,
            groups: s
                .groups
                .iter()
                .map(|g| {
                    [
                        g.share.show(percent),
                        count(&g.turns),
                        g.median_wait_seconds.as_ref().map_or("-".into(), time),
                        g.hands_up.show(percent),
                    ]
                })
                .collect(),
            figures: [
                count(&s.longest_wait_turns),
                time(&s.longest_wait_seconds),
                count(&s.most_overtaken),
                count(&s.never_heard),
            ],
        }
    }
}

/// The table of the columns under their policies' names.
fn render(agenda: &Agenda, columns: &[Column]) -> String {
    let mut rows = Vec::new();
    for (g, group) in agenda.groups.iter().enumerate() {
        let cells = |row: usize| columns.iter().map(|c| c.groups[g][row].clone()).collect();
        rows.push((group_name(group), cells(0)));
        for (i, name) in GROUP_ROWS.iter().enumerate() {
            rows.push((name.to_string(), cells(i + 1)));
        }
    }
    for (i, name) in FIGURE_ROWS.iter().enumerate() {
        let cells = columns.iter().map(|c| c.figures[i].clone()).collect();
        rows.push((name.to_string(), cells));
    }
    let policies: Vec<&str> = columns.iter().map(|c| c.policy).collect();
    grid(&policies, &rows)
}

/// The figures as JSON, with what was simulated.
pub fn json(agenda: &Agenda, setup: &Setup, outcomes: &[Outcome]) -> serde_json::Value {
    let saturated: Vec<(&str, bool)> = outcomes.iter().map(|o| (o.policy, o.saturated)).collect();
    let mut report = setup_json(agenda, setup);
    report.insert("seed".into(), setup.seed.into());
    report.insert("saturation_note".into(), saturation_note(&saturated).into());
    report.insert("policies".into(), serde_json::json!(outcomes));
    report.into()
}

/// The summaries over a range of seeds as JSON, with what was simulated.
pub fn summary_json(
    agenda: &Agenda,
    setup: &Setup,
    seeds: Seeds,
    summaries: &[Summary],
) -> serde_json::Value {
    let saturated: Vec<(&str, bool)> = summaries.iter().map(|s| (s.policy, s.saturated)).collect();
    let mut report = setup_json(agenda, setup);
    report.insert(
        "seeds".into(),
        serde_json::json!({ "first": seeds.first, "last": seeds.last, "runs": seeds.count() }),
    );
    report.insert("spread".into(), "min-max".into());
    report.insert("saturation_note".into(), saturation_note(&saturated).into());
    report.insert("policies".into(), serde_json::json!(summaries));
    report.into()
}

/// What both reports say about the simulation.
fn setup_json(agenda: &Agenda, setup: &Setup) -> serde_json::Map<String, serde_json::Value> {
    let by_group = |given: &[(String, f64)]| {
        serde_json::json!(given.iter().cloned().collect::<BTreeMap<_, _>>())
    };
    let minutes = setup.minutes.map_or(agenda.planned_minutes(), u64::from);
    let mut map = serde_json::Map::new();
    map.insert("agenda".into(), agenda.title.clone().into());
    map.insert("minutes".into(), minutes.into());
    map.insert("base_rate_per_minute".into(), BASE_RATE.into());
    map.insert("eagerness".into(), by_group(&setup.eagerness));
    map.insert("weights".into(), by_group(&setup.weights));
    map.insert("saturated_from".into(), SATURATED.into());
    let bound = tried(agenda, setup).overtake_bound();
    map.insert(
        "max_overtakes".into(),
        serde_json::json!({
            "hands": bound.hands,
            "written": bound.written && setup.max_overtakes.is_none(),
            "tried": setup.max_overtakes.is_some(),
            "derived": bound.derived,
            "why": bound_words(agenda, setup),
        }),
    );
    map
}

/// What was simulated (`seeds` says which), how eager people are, and the weights tried.
fn heading(agenda: &Agenda, setup: &Setup, seeds: &str) -> String {
    let clean = crate::text::clean;
    let minutes = setup.minutes.map_or(agenda.planned_minutes(), u64::from);
    let mut out = format!(
        "Simulated: {} — {} people, {} min, {seeds}\n",
        clean(&agenda.title),
        agenda.people.len(),
        minutes,
    );
    let eager: Vec<String> = setup
        .eagerness
        .iter()
        .map(|(g, r)| format!("{} ×{r}", clean(g)))
        .collect();
    out.push_str(&format!(
        "Each person raises a hand {BASE_RATE} times a minute when not speaking or waiting{}.\n",
        match eager.is_empty() {
            true => String::new(),
            false => format!(" (eagerness: {})", eager.join(", ")),
        }
    ));
    let tried: Vec<String> = setup
        .weights
        .iter()
        .filter_map(|(id, weight)| {
            let group = agenda.group(id)?;
            Some(format!("{} {weight} (agenda: {})", clean(id), group.weight))
        })
        .collect();
    if !tried.is_empty() {
        out.push_str(&format!("Weights tried: {}.\n", tried.join(", ")));
    }
    let bound = bound_words(agenda, setup);
    for line in crate::text::wrap(&format!("Queue: {bound}."), 72) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    out
}

/// `Customer leaders (weight 2, target 60%)`, the label cut to fit.
fn group_name(group: &crate::agenda::Group) -> String {
    let label = crate::text::clean(&group.label);
    let target = group
        .target
        .map_or(String::new(), |t| format!(", target {}", percent(t)));
    format!(
        "{} (weight {}{target})",
        crate::text::truncate(&label, LABEL_WIDTH - 12),
        group.weight
    )
}

/// `65%`.
fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// `04:30`: minutes and seconds, like the app's clocks.
fn minutes(seconds: i64) -> String {
    crate::text::duration(TimeDelta::seconds(seconds))
}

/// Columns of the row names.
const LABEL_WIDTH: usize = 28;

/// A header of policy names over rows of a name and one cell per policy, right-aligned.
fn grid(policies: &[&str], rows: &[(String, Vec<String>)]) -> String {
    use std::fmt::Write;
    let label_width = rows
        .iter()
        .map(|(name, _)| crate::text::width(name) + 1)
        .chain([LABEL_WIDTH])
        .max()
        .unwrap_or(LABEL_WIDTH);
    let col = rows
        .iter()
        .flat_map(|(_, cells)| cells.iter().map(|c| crate::text::width(c) + 2))
        .chain([20])
        .max()
        .unwrap_or(20);
    let pad = |text: &str, width: usize| " ".repeat(width.saturating_sub(crate::text::width(text)));
    let mut out = String::new();
    let mut line = " ".repeat(label_width);
    for policy in policies {
        let _ = write!(line, "{}{policy}", pad(policy, col));
    }
    let _ = writeln!(out, "{}", line.trim_end());
    for (name, cells) in rows {
        let mut line = format!("{name}{}", pad(name, label_width));
        for cell in cells {
            let _ = write!(line, "{}{cell}", pad(cell, col));
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

#[cfg(test)]
mod tests;
