//! Many runs summed up: each figure's median over the seeds, with the lowest and highest.

use super::*;

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
    pub(super) fn show(&self, value: impl Fn(T) -> String) -> String {
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

pub(super) fn summarise_decisions(runs: &[Outcome]) -> Vec<DecisionSummary> {
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

pub(super) fn summarise_group(runs: &[Outcome], g: usize) -> Option<GroupSummary> {
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
