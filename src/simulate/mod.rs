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
//!
//! Here: the setup, the figures of one run and the command line's values; the model in
//! `model`, many runs summed up in `summary`, the figures for people in `table` and for
//! programs in `json`, the closing verdict in `verdict`.

// The simulation records only events its own model makes, on a fixed date: an error there is
// a bug in the model (its tests would show it), never bad input, so it may stop at once.
#![allow(clippy::expect_used)]

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, TimeDelta, TimeZone, Utc};
use serde::Serialize;

use crate::agenda::{Agenda, Policy};
use crate::lang::Lang;
use crate::meeting::{Attendance, Event, Meeting, Record};
use crate::tr;

mod json;
mod model;
mod summary;
mod table;
mod verdict;

pub use json::{json, summary_json};
pub use model::{run, run_seeds};
pub use summary::{DecisionSummary, GroupSummary, Spread, Summary, summarise};
pub use table::{saturation_note, summary_table, table};

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupError {
    /// No group of the agenda has this id (the closest one, if any is close).
    Unknown {
        flag: &'static str,
        given: String,
        group: String,
        guess: Option<String>,
        groups: String,
    },
    Twice {
        flag: &'static str,
        group: String,
    },
}

impl GroupError {
    /// What is wrong, in `lang`; the group ids stay as the agenda writes them, quoted.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            GroupError::Unknown {
                flag,
                given,
                group,
                guess: Some(guess),
                groups,
            } => tr!(
                lang,
                "simulate-group-unknown-did-you-mean",
                flag = *flag,
                given = given.as_str(),
                group = format!("{group:?}"),
                guess = format!("{guess:?}"),
                groups = groups.as_str()
            ),
            GroupError::Unknown {
                flag,
                given,
                group,
                guess: None,
                groups,
            } => tr!(
                lang,
                "simulate-group-unknown",
                flag = *flag,
                given = given.as_str(),
                group = format!("{group:?}"),
                groups = groups.as_str()
            ),
            GroupError::Twice { flag, group } => tr!(
                lang,
                "simulate-group-twice",
                flag = *flag,
                group = format!("{group:?}")
            ),
        }
    }
}

/// In English, for the tests that compare English.
impl std::fmt::Display for GroupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for GroupError {}

/// The agenda as simulated: the weights and the overtake bound tried in place of its own.
pub fn tried(agenda: &Agenda, setup: &Setup) -> Agenda {
    let mut agenda = with_weights(agenda, &setup.weights);
    if let Some(bound) = setup.max_overtakes {
        agenda.speaking.max_overtakes = Some(bound);
    }
    agenda
}

/// The overtake bound in effect and why, with the one tried when `--max-overtakes` is given:
/// `a Staff hand waits for at most 24 later hands (max_overtakes from the weights and sizes:
/// …)`, in `lang` (English in the JSON).
pub fn bound_words(lang: Lang, agenda: &Agenda, setup: &Setup) -> String {
    bound_said(lang, &tried(agenda, setup), setup.max_overtakes.is_some())
}

/// The overtake bound in effect in an agenda and why, in `lang`; `tried` when the bound is
/// one tried in place of the agenda's (`--max-overtakes`). `cochair check` says it too.
pub fn bound_said(lang: Lang, tried: &Agenda, tried_bound: bool) -> String {
    let bound = tried.overtake_bound();
    let group = bound
        .lightest
        .filter(|_| bound.later_turns > 0.0)
        .map(|g| crate::text::clean(&tried.groups[g].label).into_owned());
    let head = tr!(
        lang,
        "simulate-bound-head",
        lightest = if group.is_some() { "yes" } else { "no" },
        group = group.unwrap_or_default(),
        hands = bound.hands
    );
    let derived = bound.derived;
    if tried_bound {
        return tr!(lang, "simulate-bound-tried", head = head, derived = derived);
    }
    let turns = (bound.later_turns * 10.0).round() / 10.0;
    match bound.written {
        false if turns <= 0.0 => tr!(lang, "simulate-bound-even", head = head),
        false if derived == crate::agenda::MIN_OVERTAKES => tr!(
            lang,
            "simulate-bound-least",
            head = head,
            least = crate::agenda::MIN_OVERTAKES
        ),
        false => tr!(
            lang,
            "simulate-bound-derived",
            head = head,
            turns = table::decimal(lang, turns)
        ),
        true if bound.hands < derived => tr!(
            lang,
            "simulate-bound-written-below",
            head = head,
            derived = derived
        ),
        true => tr!(lang, "simulate-bound-written", head = head),
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

#[cfg(test)]
mod tests;
