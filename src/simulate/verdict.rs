//! The closing verdict of `cochair simulate`: for each group, its share of the airtime against
//! its target, said as the live voice balance says it (on target within 5 points), and for a
//! group under its target, what would bring it there: the smallest weight (up to five times its
//! own), else an overtake bound, else the share it can reach at most, because its people do not
//! raise enough hands. Every figure is the mean over 20 seeds, so one lucky meeting decides
//! nothing.

use serde::Serialize;

use super::table::{decimal, percent};
use super::{Seeds, Setup, run_seeds, with_weights};
use crate::agenda::{Agenda, Policy};
use crate::lang::Lang;
use crate::tr;

/// Within this many points of its target a group is on target, as the voice balance judges.
pub const ON_TARGET_POINTS: f64 = 5.0;
/// How many seeds each verdict, and each weight or bound tried, is the mean of.
pub const VERDICT_SEEDS: u64 = 20;
/// The highest weight tried for a group under its target, as a multiple of its own.
pub const MOST_WEIGHT: f64 = 5.0;
/// Weights are tried in steps of this much (as people write them: 1.5, 1.6, …).
const WEIGHT_STEP: f64 = 0.1;
/// The most steps of weight tried (a group weighing 25 tried up to 125).
const MOST_STEPS: u32 = 1000;
/// The overtake bounds tried when no weight brings a group to its target.
const BOUNDS: [u32; 10] = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32];

/// Where a group stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    NoTarget,
    On,
    Over,
    Under,
}

/// What brings a group under its target to within [`ON_TARGET_POINTS`] of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Remedy {
    /// This weight in place of its own, giving this mean share.
    Weight { weight: f64, share: f64 },
    /// This `max_overtakes`, giving this mean share.
    MaxOvertakes { bound: u32, share: f64 },
    /// Nothing tried does: the most it reaches with any of them.
    OutOfReach { share: f64 },
    /// Under first come, first served, weights and bounds change nothing.
    NotUnderThisPolicy,
}

/// One group's verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupVerdict {
    pub id: String,
    pub label: String,
    /// Mean share of the airtime over the seeds, 0.0 to 1.0.
    pub share: f64,
    pub target: Option<f64>,
    pub standing: Standing,
    /// The weight the simulation gave it (the agenda's, or the one tried).
    pub weight: f64,
    pub remedy: Option<Remedy>,
}

/// The verdict under `policy` for every group, over [`VERDICT_SEEDS`] seeds from `first_seed`.
pub fn verdict(
    agenda: &Agenda,
    policy: Policy,
    setup: &Setup,
    first_seed: u64,
) -> Vec<GroupVerdict> {
    let seeds = Seeds {
        first: first_seed,
        last: first_seed.saturating_add(VERDICT_SEEDS - 1),
    };
    let shares = mean_shares(agenda, policy, setup, seeds);
    let simulated = with_weights(agenda, &setup.weights);
    simulated
        .groups
        .iter()
        .zip(shares)
        .enumerate()
        .map(|(g, (group, share))| {
            let standing = standing(share, group.target);
            let remedy = match (standing, group.target, policy) {
                (Standing::Under, _, Policy::Fifo) => Some(Remedy::NotUnderThisPolicy),
                (Standing::Under, Some(target), _) => {
                    Some(remedy(agenda, policy, setup, seeds, g, target, share))
                }
                _ => None,
            };
            GroupVerdict {
                id: group.id.clone(),
                label: group.label.clone(),
                share,
                target: group.target,
                standing,
                weight: group.weight,
                remedy,
            }
        })
        .collect()
}

/// On, over or under a target, as the voice balance judges (whole points, within 5).
pub fn standing(share: f64, target: Option<f64>) -> Standing {
    let Some(target) = target else {
        return Standing::NoTarget;
    };
    let points = (share * 100.0).round() - (target * 100.0).round();
    match points {
        p if p.abs() <= ON_TARGET_POINTS => Standing::On,
        p if p > 0.0 => Standing::Over,
        _ => Standing::Under,
    }
}

/// Each group's mean share of the airtime over the seeds.
fn mean_shares(agenda: &Agenda, policy: Policy, setup: &Setup, seeds: Seeds) -> Vec<f64> {
    let runs = run_seeds(agenda, policy, setup, seeds);
    let groups = agenda.groups.len();
    let mut sums = vec![0.0; groups];
    for run in &runs {
        for (sum, group) in sums.iter_mut().zip(&run.groups) {
            *sum += group.share;
        }
    }
    let count = runs.len().max(1) as f64;
    sums.into_iter().map(|s| s / count).collect()
}

/// The smallest weight that brings group `g` within reach of its target, else the smallest
/// bound that does, else the most it reaches.
fn remedy(
    agenda: &Agenda,
    policy: Policy,
    setup: &Setup,
    seeds: Seeds,
    g: usize,
    target: f64,
    share: f64,
) -> Remedy {
    let id = agenda.groups[g].id.clone();
    let own = with_weights(agenda, &setup.weights).groups[g].weight;
    let with_weight = |weight: f64| {
        let mut weights: Vec<(String, f64)> = setup
            .weights
            .iter()
            .filter(|(w, _)| *w != id)
            .cloned()
            .collect();
        weights.push((id.clone(), weight));
        let tried = Setup {
            weights,
            ..setup.clone()
        };
        mean_shares(agenda, policy, &tried, seeds)[g]
    };
    let reached = |share: f64| standing(share, Some(target)) != Standing::Under;
    // The weights tried, own + 0.1, own + 0.2, … up to five times its own: the share grows with
    // the weight, so the smallest that reaches the target is found by halving.
    let room = own * (MOST_WEIGHT - 1.0);
    let steps = (1..=MOST_STEPS)
        .take_while(|&step| f64::from(step) * WEIGHT_STEP <= room + 1e-9)
        .last()
        .unwrap_or(1);
    let weight_at = |step: u32| ((own + f64::from(step) * WEIGHT_STEP) * 10.0).round() / 10.0;
    let most = with_weight(weight_at(steps));
    let mut best = most.max(share);
    if reached(most) {
        let (mut low, mut high, mut at_high) = (0, steps, most);
        while high - low > 1 {
            let middle = (low + high) / 2;
            let at_middle = with_weight(weight_at(middle));
            match reached(at_middle) {
                true => (high, at_high) = (middle, at_middle),
                false => low = middle,
            }
        }
        return Remedy::Weight {
            weight: weight_at(high),
            share: at_high,
        };
    }
    for bound in BOUNDS {
        let tried = Setup {
            max_overtakes: Some(bound),
            ..setup.clone()
        };
        let at = mean_shares(agenda, policy, &tried, seeds)[g];
        if reached(at) {
            return Remedy::MaxOvertakes { bound, share: at };
        }
        best = best.max(at);
    }
    Remedy::OutOfReach { share: best }
}

/// The verdict as lines of text after the table, wrapped at 72 columns, in `lang`.
pub fn verdict_text(
    lang: Lang,
    verdicts: &[GroupVerdict],
    policy: Policy,
    agendas_own: bool,
    seeds: Seeds,
) -> String {
    let (name, seeds) = (policy.name(), seeds.to_string());
    let heading = match agendas_own {
        true => tr!(lang, "simulate-verdict-own", policy = name, seeds = seeds),
        false => tr!(lang, "simulate-verdict", policy = name, seeds = seeds),
    };
    let mut out = format!("\n{heading}\n");
    for v in verdicts {
        let sentence = group_sentence(lang, v, policy);
        for (i, line) in crate::text::wrap(&sentence, 68).into_iter().enumerate() {
            out.push_str(if i == 0 { "  " } else { "    " });
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// `Staff: 12% of the airtime, target 20%: under target. A weight of 1.6 (now 1) brings it
/// to 16%.`
fn group_sentence(lang: Lang, v: &GroupVerdict, policy: Policy) -> String {
    let group = crate::text::clean(&v.label);
    let share = percent(lang, v.share);
    let Some(target) = v.target else {
        return tr!(lang, "simulate-no-target", group = group, share = share);
    };
    let standing = match v.standing {
        Standing::On => "on",
        Standing::Over => "over",
        Standing::Under | Standing::NoTarget => "under",
    };
    let mut sentence = tr!(
        lang,
        "simulate-standing",
        group = group,
        share = share,
        target = percent(lang, target),
        standing = standing
    );
    let remedy = match &v.remedy {
        None => return sentence,
        Some(Remedy::Weight { weight, share }) => tr!(
            lang,
            "simulate-remedy-weight",
            weight = decimal(lang, *weight),
            now = decimal(lang, v.weight),
            share = percent(lang, *share),
            policy = policy.name()
        ),
        Some(Remedy::MaxOvertakes { bound, share }) => tr!(
            lang,
            "simulate-remedy-bound",
            most = decimal(lang, MOST_WEIGHT),
            bound = *bound,
            share = percent(lang, *share)
        ),
        Some(Remedy::OutOfReach { share, .. }) => tr!(
            lang,
            "simulate-remedy-out-of-reach",
            most = decimal(lang, MOST_WEIGHT),
            share = percent(lang, *share)
        ),
        Some(Remedy::NotUnderThisPolicy) => tr!(lang, "simulate-remedy-fifo"),
    };
    sentence.push(' ');
    sentence.push_str(&remedy);
    sentence
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board() -> Agenda {
        let src = include_str!("../../agendas/nonprofit-board.ron");
        crate::agenda::from_str(src, std::path::Path::new("board.ron")).unwrap()
    }

    fn setup(eagerness: &[(&str, f64)]) -> Setup {
        Setup {
            seed: 1,
            minutes: None,
            eagerness: eagerness.iter().map(|(g, r)| (g.to_string(), *r)).collect(),
            weights: Vec::new(),
            max_overtakes: None,
        }
    }

    fn seeds() -> Seeds {
        Seeds {
            first: 1,
            last: VERDICT_SEEDS,
        }
    }

    #[test]
    fn on_over_and_under_as_the_voice_balance_judges() {
        assert_eq!(standing(0.55, Some(0.6)), Standing::On);
        assert_eq!(standing(0.65, Some(0.6)), Standing::On);
        assert_eq!(standing(0.54, Some(0.6)), Standing::Under);
        assert_eq!(standing(0.66, Some(0.6)), Standing::Over);
        assert_eq!(standing(0.3, None), Standing::NoTarget);
    }

    #[test]
    fn a_group_under_target_is_given_the_smallest_weight_that_brings_it_there() {
        let agenda = board();
        let verdicts = verdict(&agenda, Policy::WeightedFair, &setup(&[]), 1);
        let standings: Vec<Standing> = verdicts.iter().map(|v| v.standing).collect();
        assert_eq!(
            standings,
            [Standing::Over, Standing::Under, Standing::NoTarget]
        );
        let allies = &verdicts[1];
        let Some(Remedy::Weight { weight, share }) = allies.remedy else {
            panic!("{allies:?}")
        };
        assert!(weight > allies.weight && weight <= allies.weight * MOST_WEIGHT);
        assert_eq!(standing(share, allies.target), Standing::On);
        // One step less is not enough: the weight found is the smallest.
        let less = Setup {
            weights: vec![("allies".into(), weight - WEIGHT_STEP)],
            ..setup(&[])
        };
        let short = mean_shares(&agenda, Policy::WeightedFair, &less, seeds())[1];
        assert_eq!(standing(short, allies.target), Standing::Under, "{short}");
    }

    #[test]
    fn a_group_that_hardly_raises_a_hand_is_told_what_it_can_reach() {
        let quiet = setup(&[("allies", 0.1)]);
        let verdicts = verdict(&board(), Policy::WeightedFair, &quiet, 1);
        let Some(Remedy::OutOfReach { share }) = verdicts[1].remedy else {
            panic!("{:?}", verdicts[1])
        };
        assert!(share >= verdicts[1].share && share < 0.2, "{share}");
        let text = verdict_text(Lang::En, &verdicts, Policy::WeightedFair, true, seeds());
        assert!(
            text.contains("Allies: 12% of the airtime, target 25%: under target. Its people do"),
            "{text}"
        );
        assert!(
            text.contains("not raise enough hands to reach it"),
            "{text}"
        );
        let fifo = verdict(&board(), Policy::Fifo, &quiet, 1);
        assert_eq!(fifo[1].remedy, Some(Remedy::NotUnderThisPolicy));
    }

    #[test]
    fn the_verdict_says_each_group_in_a_line() {
        let verdicts = verdict(&board(), Policy::WeightedFair, &setup(&[]), 1);
        let text = verdict_text(Lang::En, &verdicts, Policy::WeightedFair, true, seeds());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[1],
            "Verdict under weighted-fair (the agenda's policy), the mean of seeds 1..20:"
        );
        assert!(
            lines[2].starts_with("  Self-advocates: 73% of the airtime, target 60%: over target."),
            "{text}"
        );
        assert!(
            text.contains("Allies: 19% of the airtime, target 25%: under target. A weight of"),
            "{text}"
        );
        assert!(
            text.contains("  Staff: 8% of the airtime, no target.\n"),
            "{text}"
        );
    }
}
