#![allow(clippy::float_cmp)] // the figures of a seeded model are exact

use std::path::Path;

use super::*;
use crate::lang::Lang;

fn reference() -> Agenda {
    crate::store::read_agenda(Path::new("agendas/reference-board.ron")).unwrap()
}

fn setup(seed: u64, professionals: f64) -> Setup {
    Setup {
        seed,
        minutes: None,
        eagerness: vec![("professionals".into(), professionals)],
        weights: Vec::new(),
        max_overtakes: None,
    }
}

/// Airtime share of the customer group, averaged over a few seeds.
fn customer_share(policy: Policy, professionals: f64, base: f64) -> (f64, u32) {
    let mut total = 0.0;
    let mut most_overtaken = 0;
    let seeds = 1..=5;
    for seed in seeds.clone() {
        let mut s = setup(seed, professionals);
        s.eagerness.push(("customers".into(), base));
        let outcome = run(&reference(), policy, &s);
        total += outcome.groups[0].share;
        most_overtaken = most_overtaken.max(outcome.most_overtaken);
    }
    (total / seeds.count() as f64, most_overtaken)
}

#[test]
fn the_same_seed_gives_the_same_meeting() {
    let a = run(&reference(), Policy::WeightedFair, &setup(7, 2.0));
    let b = run(&reference(), Policy::WeightedFair, &setup(7, 2.0));
    let c = run(&reference(), Policy::WeightedFair, &setup(8, 2.0));
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn weighted_fair_lifts_customer_voices_over_first_come() {
    let (fair, overtaken) = customer_share(Policy::WeightedFair, 2.0, 1.0);
    let (fifo, _) = customer_share(Policy::Fifo, 2.0, 1.0);
    assert!(
        fair > fifo + 0.1,
        "weighted fair {fair:.3} against fifo {fifo:.3}"
    );
    assert!(fair > 0.55, "weighted fair gives customers {fair:.3}");
    assert!(
        fifo < 0.5,
        "first come gives the more eager professionals more: {fifo:.3}"
    );
    let bound = reference().max_overtakes();
    assert_eq!(bound, 12, "2 × 6 professionals' later turns");
    assert!(overtaken <= bound, "a hand was overtaken {overtaken} times");
}

#[test]
fn under_saturation_shares_follow_the_weights() {
    // Everyone raises a hand again almost at once.
    let (fair, overtaken) = customer_share(Policy::WeightedFair, 200.0, 200.0);
    let (fifo, _) = customer_share(Policy::Fifo, 200.0, 200.0);
    assert!(
        (fair - 2.0 / 3.0).abs() < 0.04,
        "weighted fair {fair:.3}, expected about 0.667"
    );
    assert!(
        (fifo - 0.5).abs() < 0.04,
        "fifo {fifo:.3}, expected about 0.5"
    );
    let bound = reference().max_overtakes();
    assert!(overtaken <= bound, "a hand was overtaken {overtaken} times");
}

#[test]
fn minutes_scale_the_meeting() {
    let short = Setup {
        minutes: Some(30),
        ..setup(1, 1.0)
    };
    let outcome = run(&reference(), Policy::Fifo, &short);
    let airtime: i64 = outcome.groups.iter().map(|g| g.airtime_seconds).sum();
    assert!(
        airtime <= 30 * 60 && airtime > 25 * 60,
        "{airtime} s of talk in 30 minutes"
    );
}

#[test]
fn eagerness_and_weights_are_read_as_group_and_number() {
    assert_eq!(
        eagerness_arg("professionals=2"),
        Ok(("professionals".into(), 2.0))
    );
    assert_eq!(eagerness_arg("customers=0"), Ok(("customers".into(), 0.0)));
    assert_eq!(weight_arg("carers=1.5"), Ok(("carers".into(), 1.5)));
    let form = eagerness_arg("customers").unwrap_err();
    assert_eq!(form, "write it as GROUP=RATE, like staff=2");
    let form = weight_arg("carers:1.5").unwrap_err();
    assert_eq!(form, "write it as GROUP=WEIGHT, like carers=1.5");
    assert!(
        weight_arg("=2")
            .unwrap_err()
            .contains("the group is missing")
    );
    for bad in [
        "customers=-1",
        "customers=lots",
        "customers=NaN",
        "customers=inf",
    ] {
        let err = eagerness_arg(bad).unwrap_err();
        assert!(err.contains("a number of 0 or more"), "{bad}: {err}");
    }
    for bad in ["carers=0", "carers=-2", "carers=", "carers=inf"] {
        let err = weight_arg(bad).unwrap_err();
        assert!(err.contains("a number above 0"), "{bad}: {err}");
    }
}

#[test]
fn groups_are_checked_against_the_agenda() {
    let agenda = reference();
    let given = |id: &str| vec![(id.to_owned(), 2.0)];
    assert_eq!(
        check_groups(&agenda, "--weight", &given("customers")),
        Ok(())
    );
    let err = check_groups(&agenda, "--eagerness", &given("staff"))
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "--eagerness staff=2: there is no group \"staff\" (groups: customers, professionals)"
    );
    let err = check_groups(&agenda, "--weight", &given("customer"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("did you mean \"customers\"?"), "{err}");
    let spanish = check_groups(&agenda, "--weight", &given("customer"))
        .unwrap_err()
        .message(Lang::Es);
    assert_eq!(
        spanish,
        "--weight customer=2: no hay ningún grupo \"customer\"; ¿quisiste decir \"customers\"? (grupos: customers, professionals)"
    );
    let twice = [("customers".into(), 2.0), ("customers".into(), 3.0)];
    let err = check_groups(&agenda, "--weight", &twice)
        .unwrap_err()
        .to_string();
    assert_eq!(err, "--weight: the group \"customers\" is given twice");
}

#[test]
fn a_weight_tried_changes_the_queue_and_is_shown() {
    let agenda = reference();
    let tried = Setup {
        weights: vec![("customers".into(), 1.0)],
        ..setup(1, 1.0)
    };
    let equal = run(&agenda, Policy::WeightedFair, &tried);
    assert_eq!(equal.groups[0].weight, 1.0);
    let mut edited = agenda.clone();
    edited.groups[0].weight = 1.0;
    let same = run(&edited, Policy::WeightedFair, &setup(1, 1.0));
    assert_eq!(equal, same, "the same as editing the file");
    let favoured = run(&agenda, Policy::WeightedFair, &setup(1, 1.0));
    assert!(favoured.groups[0].share > equal.groups[0].share + 0.05);
    let text = table(Lang::En, &agenda, &tried, &[equal]);
    assert!(
        text.contains("Weights tried: customers 1 (agenda: 2).\n"),
        "{text}"
    );
    assert!(
        text.contains("\nCustomer leaders (weight 1, target 60%) "),
        "{text}"
    );
}

/// The README's example of weighted airtime, (airtime + one standard turn) ÷ weight, in the
/// real queue: with 2:00 turns, a weight-2 customer at 4:00 ties with a weight-1 professional
/// at 1:00 (both 3:00), so the earlier hand goes first; one second more and the customer waits.
#[test]
fn the_readme_example_of_weighted_airtime_holds() {
    let next = |customer_seconds: i64, customer_first: bool| {
        let mut agenda = reference();
        agenda.speaking.turn_seconds = 120;
        let start = Utc.with_ymd_and_hms(2026, 1, 1, 18, 0, 0).unwrap();
        let date = start.date_naive();
        let mut meeting = Meeting::new(agenda, date);
        let at = |s: i64| start + TimeDelta::seconds(s);
        let mut apply = |s: i64, event: Event| {
            meeting
                .apply(&Record {
                    at: at(s),
                    proposal: None,
                    event,
                })
                .unwrap()
        };
        for person in ["Customer 1", "Professional 1"] {
            let attendance = Attendance::Present;
            let person = person.into();
            apply(0, Event::AttendanceMarked { person, attendance });
        }
        apply(0, Event::MeetingStarted);
        let give = |person: &str| Event::FloorGiven {
            person: person.into(),
            by_override: false,
        };
        apply(0, give("Customer 1"));
        apply(customer_seconds, give("Professional 1"));
        let end = customer_seconds + 60;
        apply(end, Event::TurnEnded);
        let hands = match customer_first {
            true => ["Customer 1", "Professional 1"],
            false => ["Professional 1", "Customer 1"],
        };
        for person in hands {
            let person = person.into();
            apply(
                end,
                Event::HandRaised {
                    person,
                    process: false,
                },
            );
        }
        let hand = meeting.next_in_queue(at(end)).unwrap().person;
        meeting.people()[hand].name.clone()
    };
    assert_eq!(
        next(240, true),
        "Customer 1",
        "a tie goes to the earlier hand"
    );
    assert_eq!(
        next(240, false),
        "Professional 1",
        "a tie goes to the earlier hand"
    );
    assert_eq!(
        next(241, true),
        "Professional 1",
        "4:01 weighs more than 1:00"
    );
    assert_eq!(next(239, false), "Customer 1", "3:59 weighs less than 1:00");
}

#[test]
fn the_median_is_a_value_that_happened() {
    assert_eq!(median(&[3, 1, 2]), Some(2));
    assert_eq!(
        median(&[4, 1, 3, 2]),
        Some(2),
        "the lower of the two middle ones"
    );
    assert_eq!(median(&[0.5]), Some(0.5));
    assert_eq!(median::<i64>(&[]), None);
}

#[test]
fn under_first_come_and_saturation_everyone_waits_for_everyone_else() {
    let mut s = setup(3, 200.0);
    s.eagerness.push(("customers".into(), 200.0));
    let outcome = run(&reference(), Policy::Fifo, &s);
    for group in &outcome.groups {
        // A hand raised right after its turn waits for the turn under way, then for the ten
        // others waiting: ten turns started while it waited, eleven at 90 s a turn in time.
        assert_eq!(group.median_wait_turns, Some(10), "{}", group.id);
        let seconds = group.median_wait_seconds.unwrap();
        assert!((800..1200).contains(&seconds), "{}: {seconds} s", group.id);
    }
    assert!(outcome.longest_wait_seconds >= 800);
    assert!(outcome.longest_wait_turns >= 10);
}

#[test]
fn the_targets_stand_beside_the_shares() {
    let s = setup(1, 2.0);
    let outcome = run(&reference(), Policy::WeightedFair, &s);
    assert_eq!(outcome.groups[0].target, Some(0.6));
    assert_eq!(outcome.groups[1].target, None);
    assert_eq!(outcome.groups[0].weight, 2.0);
    let table = table(Lang::En, &reference(), &s, &[outcome]);
    let line = |start: &str| {
        let found = table.lines().find(|l| l.starts_with(start));
        found.unwrap_or_else(|| panic!("no {start:?} in\n{table}"))
    };
    assert!(line("Customer leaders (weight 2, target 60%) ").ends_with("% airtime"));
    assert!(line("Professionals (weight 1) ").ends_with("% airtime"));
}

fn both(seed: u64, eagerness: f64) -> Setup {
    let mut s = setup(seed, eagerness);
    s.eagerness.push(("customers".into(), eagerness));
    s
}

/// Two people who raise a hand the second they can: one speaks while the other waits, and
/// each is without a hand only for the second their own turn ends in.
#[test]
fn hands_up_counts_the_seconds_not_speaking_with_a_hand_up() {
    let mut agenda = reference();
    agenda
        .people
        .retain(|p| p.name == "Customer 1" || p.name == "Professional 1");
    // 0.5 hands a minute × 120 is one a second.
    let s = Setup {
        minutes: Some(60),
        ..both(4, 120.0)
    };
    let outcome = run(&agenda, Policy::Fifo, &s);
    let speakers = outcome.groups.iter().filter(|g| g.turns > 0).count();
    assert_eq!(speakers, 2);
    for group in &outcome.groups {
        // Every turn but the last ended inside the hour; the first speaker took the floor
        // with their first hand, so each person's turns and ended turns differ by at most one.
        let free = 3600 - group.airtime_seconds;
        let without_hand = f64::from(group.turns);
        let expected = 1.0 - without_hand / free as f64;
        assert!(
            (group.hands_up - expected).abs() < 0.002,
            "{}: {} against {expected:.4}",
            group.id,
            group.hands_up
        );
    }
    let lowest = outcome
        .groups
        .iter()
        .map(|g| g.hands_up)
        .fold(1.0, f64::min);
    assert_eq!(outcome.hands_up, lowest);
    assert!(outcome.saturated);
}

#[test]
fn a_saturated_queue_is_said_in_words() {
    let outcomes: Vec<Outcome> = Policy::ALL
        .iter()
        .map(|&p| run(&reference(), p, &both(2, 50.0)))
        .collect();
    for o in &outcomes {
        assert!(o.saturated, "{}: hands up {}", o.policy, o.hands_up);
        assert!(o.hands_up >= SATURATED);
    }
    let text = table(Lang::En, &reference(), &both(2, 50.0), &outcomes);
    assert!(
        text.contains("Nearly everyone has a hand up all the time, so how eager each group is\n"),
        "{text}"
    );
    let all: Vec<(&str, bool)> = outcomes.iter().map(|o| (o.policy, o.saturated)).collect();
    let note = saturation_note(Lang::En, &all).unwrap();
    assert!(
        note.ends_with(
            "the shares follow the weights (under fifo, the number of people in each group)."
        ),
        "{note}"
    );
    let note = saturation_note(Lang::En, &all[..1]).unwrap();
    assert!(note.ends_with("the shares follow the weights."), "{note}");
    assert_eq!(
        saturation_note(Lang::En, &[("fifo", true), ("weighted-fair", false)]),
        None
    );
    assert_eq!(saturation_note(Lang::En, &[]), None);
}

#[test]
fn an_unsaturated_queue_gets_no_note() {
    // The reference case: professionals raise hands twice as often as customers.
    let outcomes: Vec<Outcome> = Policy::ALL
        .iter()
        .map(|&p| run(&reference(), p, &setup(1, 2.0)))
        .collect();
    for o in &outcomes {
        assert!(!o.saturated, "{}: hands up {}", o.policy, o.hands_up);
        assert!(o.hands_up < SATURATED && o.hands_up > 0.5, "{}", o.hands_up);
    }
    let all: Vec<(&str, bool)> = outcomes.iter().map(|o| (o.policy, o.saturated)).collect();
    assert_eq!(saturation_note(Lang::En, &all), None);
    let text = table(Lang::En, &reference(), &setup(1, 2.0), &outcomes);
    assert!(!text.contains("Nearly everyone"), "{text}");
    assert!(text.contains("  hands up (share of time)"), "{text}");
}

#[test]
fn seeds_are_a_range_with_both_ends() {
    let seeds = seeds_arg("1..20").unwrap();
    assert_eq!(seeds, Seeds { first: 1, last: 20 });
    assert_eq!(seeds.count(), 20);
    assert_eq!(seeds.to_string(), "1..20");
    assert_eq!(seeds_arg("7..7").unwrap().count(), 1);
    assert_eq!(seeds_arg("0..999").unwrap().count(), MAX_SEEDS);
    let form = "write it as FIRST..LAST, like 1..20 (both included)";
    for bad in ["20", "1-20", "a..b", "1..", "..5", "-1..3", "1..=20"] {
        assert_eq!(seeds_arg(bad).unwrap_err(), form, "{bad}");
    }
    let empty = seeds_arg("5..4").unwrap_err();
    assert_eq!(empty, "5..4 is empty: the first seed comes after the last");
    let many = seeds_arg("0..1000").unwrap_err();
    assert_eq!(many, "0..1000 is too many runs: at most 1000 seeds");
}

#[test]
fn a_spread_is_the_median_the_lowest_and_the_highest() {
    let spread = Spread::of(&[0.4, 0.7, 0.5, 0.6]).unwrap();
    assert_eq!(
        spread,
        Spread {
            median: 0.5,
            min: 0.4,
            max: 0.7
        }
    );
    assert_eq!(spread.show(|v| format!("{v}")), "0.5 (0.4–0.7)");
    assert_eq!(Spread::<u32>::of(&[]), None);
}

#[test]
fn a_range_of_seeds_is_summed_up_per_group_and_policy() {
    let agenda = reference();
    let s = setup(1, 2.0);
    let seeds = Seeds { first: 1, last: 5 };
    let runs = run_seeds(&agenda, Policy::WeightedFair, &s, seeds);
    assert_eq!(runs.len(), 5);
    for (seed, run_) in (1..=5).zip(&runs) {
        let alone = run(&agenda, Policy::WeightedFair, &Setup { seed, ..s.clone() });
        assert_eq!(&alone, run_, "seed {seed}");
    }
    let summary = summarise(&runs).unwrap();
    assert_eq!(summary.policy, "weighted-fair");
    assert_eq!(summary.runs, 5);
    let mut shares: Vec<f64> = runs.iter().map(|o| o.groups[0].share).collect();
    shares.sort_by(f64::total_cmp);
    let customers = &summary.groups[0];
    assert_eq!(customers.share.median, shares[2]);
    assert_eq!(customers.share.min, shares[0]);
    assert_eq!(customers.share.max, shares[4]);
    assert!(
        customers.share.min < customers.share.max,
        "the seeds differ"
    );
    assert_eq!(customers.target, Some(0.6));
    let most = runs.iter().map(|o| o.longest_wait_seconds).max().unwrap();
    assert_eq!(summary.longest_wait_seconds.max, most);
    assert_eq!(summary.saturated_runs, 0);
    assert!(!summary.saturated);
    assert_eq!(summarise(&[]), None);

    let text = summary_table(Lang::En, &agenda, &s, seeds, &[summary]);
    assert!(text.contains("seeds 1..5 (5 runs)"), "{text}");
    assert!(
        text.contains("with the lowest and highest in brackets"),
        "{text}"
    );
    let shown = format!(
        "{:.0}% ({:.0}%–{:.0}%)",
        shares[2] * 100.0,
        shares[0] * 100.0,
        shares[4] * 100.0
    );
    let line = text
        .lines()
        .find(|l| l.starts_with("Customer leaders (weight 2, target 60%)"))
        .unwrap();
    assert!(line.ends_with(&shown), "{shown} not in {line:?}");
}

#[test]
fn a_saturated_range_of_seeds_gets_the_note() {
    let seeds = Seeds { first: 1, last: 3 };
    let summaries: Vec<Summary> = Policy::ALL
        .iter()
        .filter_map(|&p| summarise(&run_seeds(&reference(), p, &both(1, 50.0), seeds)))
        .collect();
    assert!(
        summaries
            .iter()
            .all(|s| s.saturated && s.saturated_runs == 3)
    );
    let text = summary_table(Lang::En, &reference(), &both(1, 50.0), seeds, &summaries);
    assert!(
        text.contains("\nNearly everyone has a hand up all the time"),
        "{text}"
    );
}

// Marked as test code (as the module above is) so the layer check reads them as tests.
#[cfg(test)]
mod decisions;
#[cfg(test)]
mod three_groups;
#[cfg(test)]
mod words;
