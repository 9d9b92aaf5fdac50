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

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, TimeDelta, TimeZone, Utc};
use serde::Serialize;

use crate::agenda::{Agenda, Policy};
use crate::meeting::{Attendance, Event, Meeting, Record};

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
    group_number(text, "RATE, like staff=2", |rate| rate >= 0.0)
        .ok_or("the rate must be a number of 0 or more, like 2 or 0.5")?
}

/// `--weight GROUP=WEIGHT`: the form and the number, like [`eagerness_arg`].
pub fn weight_arg(text: &str) -> Result<(String, f64), String> {
    group_number(text, "WEIGHT, like carers=1.5", |weight| weight > 0.0)
        .ok_or("the weight must be a number above 0 (1 is neutral), like 2 or 1.5")?
}

/// `GROUP=NUMBER`: an error for the wrong form, `None` for a number that is not `allowed`.
fn group_number(
    text: &str,
    form: &str,
    allowed: fn(f64) -> bool,
) -> Option<Result<(String, f64), String>> {
    let Some((group, number)) = text.split_once('=') else {
        return Some(Err(format!("write it as GROUP={form}")));
    };
    if group.trim().is_empty() {
        return Some(Err(format!(
            "the group is missing: write it as GROUP={form}"
        )));
    }
    match number.trim().parse::<f64>() {
        Ok(n) if n.is_finite() && allowed(n) => Some(Ok((group.trim().to_owned(), n))),
        _ => None,
    }
}

/// Check that every group given to `flag` is one of the agenda's, and is given once.
pub fn check_groups(agenda: &Agenda, flag: &str, given: &[(String, f64)]) -> Result<(), String> {
    for (i, (group, number)) in given.iter().enumerate() {
        if agenda.group(group).is_none() {
            let ids: Vec<&str> = agenda.groups.iter().map(|g| g.id.as_str()).collect();
            let guess = crate::text::closest(group, ids.iter().copied())
                .map_or(String::new(), |id| format!("; did you mean {id:?}?"));
            return Err(format!(
                "{flag} {group}={number}: there is no group {group:?}{guess} (groups: {})",
                ids.join(", ")
            ));
        }
        if given[..i].iter().any(|(g, _)| g == group) {
            return Err(format!("{flag}: the group {group:?} is given twice"));
        }
    }
    Ok(())
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

/// Run the model on the agenda under one policy.
pub fn run(agenda: &Agenda, policy: Policy, setup: &Setup) -> Outcome {
    let mut agenda = with_weights(agenda, &setup.weights);
    agenda.speaking.policy = policy;
    let mut sim = Sim::new(agenda, setup);
    sim.run();
    sim.outcome(policy)
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
        let people = meeting.people.len();
        let chance = (0..people)
            .map(|p| {
                let group = &meeting.people[p].group;
                let eager = setup
                    .eagerness
                    .iter()
                    .find(|(g, _)| g == group)
                    .map_or(1.0, |(_, r)| *r);
                (BASE_RATE * eager / 60.0).min(1.0)
            })
            .collect();
        for p in 0..people {
            let person = meeting.people[p].name.clone();
            let event = Event::AttendanceMarked {
                person,
                attendance: Attendance::Present,
            };
            meeting
                .apply(&Record { at: start, event })
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
        for hand in &self.meeting.queue.hands {
            self.most_overtaken = self.most_overtaken.max(hand.overtakes);
        }
        self.record(second, Event::MeetingEnded);
    }

    /// Add this second to the measure of how full the queue is.
    fn count_hands(&mut self) {
        let queue = &self.meeting.queue;
        for p in 0..self.meeting.people.len() {
            if queue.floor.as_ref().is_some_and(|f| f.person == p) {
                continue;
            }
            self.free_seconds[p] += 1;
            self.hands_up_seconds[p] += u64::from(queue.hand_of(p).is_some());
        }
    }

    fn raise_hands(&mut self, second: i64) {
        for p in 0..self.meeting.people.len() {
            let speaking = self
                .meeting
                .queue
                .floor
                .as_ref()
                .is_some_and(|f| f.person == p);
            if speaking || self.meeting.queue.hand_of(p).is_some() {
                continue;
            }
            if self.rng.unit() < self.chance[p] {
                let person = self.meeting.people[p].name.clone();
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
        let person = self.meeting.people[hand.person].name.clone();
        self.record(
            second,
            Event::FloorGiven {
                person,
                by_override: false,
            },
        );
        self.turns_started += 1;
        let turn = f64::from(self.meeting.agenda.speaking.turn_seconds);
        let length = (turn * (0.5 + self.rng.unit())).round().max(1.0) as i64;
        self.turn_ends = Some(second + length);
    }

    fn outcome(&self, policy: Policy) -> Outcome {
        let groups = self.group_outcomes();
        let hands_up = groups.iter().map(|g| g.hands_up).fold(1.0, f64::min);
        let people = self.meeting.people.len();
        let all = || self.waits.iter().flatten();
        Outcome {
            policy: policy.name(),
            groups,
            longest_wait_turns: all().map(|w| w.turns).max().unwrap_or(0),
            longest_wait_seconds: all().map(|w| w.seconds).max().unwrap_or(0),
            most_overtaken: self.most_overtaken,
            never_heard: (0..people)
                .filter(|&p| self.meeting.turns_taken(p) == 0)
                .count() as u32,
            turns: self.turns_started,
            hands_up,
            saturated: hands_up >= SATURATED,
        }
    }

    fn group_outcomes(&self) -> Vec<GroupOutcome> {
        let end = self.meeting.ended.unwrap_or(self.start);
        let rows = self.meeting.balance(end);
        rows.iter()
            .map(|row| {
                let group = &self.meeting.agenda.groups[row.group];
                let members: Vec<usize> = (0..self.meeting.people.len())
                    .filter(|&p| self.meeting.people[p].group == group.id)
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
                    people: members.len() as u32,
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
    let mut out = heading(agenda, setup);
    let agenda = &with_weights(agenda, &setup.weights);
    let mut rows = Vec::new();
    for (g, group) in agenda.groups.iter().enumerate() {
        let cells = |cell: &dyn Fn(&GroupOutcome) -> String| -> Vec<String> {
            outcomes.iter().map(|o| cell(&o.groups[g])).collect()
        };
        rows.push((
            group_name(group),
            cells(&|row| format!("{} airtime", percent(row.share))),
        ));
        rows.push(("  turns".into(), cells(&|row| row.turns.to_string())));
        rows.push((
            "  median wait (minutes)".into(),
            cells(&|row| row.median_wait_seconds.map_or("-".into(), minutes)),
        ));
        rows.push((
            "  hands up (share of time)".into(),
            cells(&|row| percent(row.hands_up)),
        ));
    }
    type Figure = fn(&Outcome) -> String;
    let figures: [(&str, Figure); 4] = [
        ("longest wait (turns)", |o| o.longest_wait_turns.to_string()),
        ("longest wait (minutes)", |o| {
            minutes(o.longest_wait_seconds)
        }),
        ("most times overtaken", |o| o.most_overtaken.to_string()),
        ("never heard", |o| o.never_heard.to_string()),
    ];
    for (name, value) in figures {
        rows.push((name.into(), outcomes.iter().map(value).collect()));
    }
    let policies: Vec<&str> = outcomes.iter().map(|o| o.policy).collect();
    out.push_str(&grid(&policies, &rows));
    if let Some(note) = saturation_note(outcomes) {
        out.push('\n');
        for line in crate::text::wrap(&note, 72) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// What to say when every policy shown ran saturated (see [`SATURATED`]).
pub fn saturation_note(outcomes: &[Outcome]) -> Option<String> {
    if outcomes.is_empty() || !outcomes.iter().all(|o| o.saturated) {
        return None;
    }
    let fifo = match outcomes.iter().any(|o| o.policy == Policy::Fifo.name()) {
        true => " (under fifo, the number of people in each group)",
        false => "",
    };
    Some(format!(
        "Nearly everyone has a hand up all the time, so how eager each group is makes little \
         difference: the shares follow the weights{fifo}."
    ))
}

/// The figures as JSON, with what was simulated.
pub fn json(agenda: &Agenda, setup: &Setup, outcomes: &[Outcome]) -> serde_json::Value {
    serde_json::json!({
        "agenda": agenda.title,
        "seed": setup.seed,
        "minutes": setup.minutes.map_or(agenda.planned_minutes(), u64::from),
        "base_rate_per_minute": BASE_RATE,
        "eagerness": setup.eagerness.iter().cloned().collect::<BTreeMap<_, _>>(),
        "weights": setup.weights.iter().cloned().collect::<BTreeMap<_, _>>(),
        "saturated_from": SATURATED,
        "saturation_note": saturation_note(outcomes),
        "policies": outcomes,
    })
}

/// What was simulated, how eager people are, and the weights tried.
fn heading(agenda: &Agenda, setup: &Setup) -> String {
    let clean = crate::text::clean;
    let minutes = setup.minutes.map_or(agenda.planned_minutes(), u64::from);
    let mut out = format!(
        "Simulated: {} — {} people, {} min, seed {}\n",
        clean(&agenda.title),
        agenda.people.len(),
        minutes,
        setup.seed,
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
