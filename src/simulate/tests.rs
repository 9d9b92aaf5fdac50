use std::path::Path;

use super::*;

fn reference() -> Agenda {
    crate::agenda::from_file(Path::new("agendas/reference-board.ron")).unwrap()
}

fn setup(seed: u64, professionals: f64) -> Setup {
    Setup {
        seed,
        minutes: None,
        eagerness: vec![("professionals".into(), professionals)],
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
    assert!(overtaken <= 6, "a hand was overtaken {overtaken} times");
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
    assert!(overtaken <= 6, "a hand was overtaken {overtaken} times");
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
fn eagerness_is_checked_against_the_groups() {
    let agenda = reference();
    assert_eq!(
        parse_eagerness(&agenda, &["professionals=2".into()]).unwrap(),
        vec![("professionals".into(), 2.0)]
    );
    let err = parse_eagerness(&agenda, &["staff=2".into()]).unwrap_err();
    assert!(
        err.contains("there is no group \"staff\" (groups: customers, professionals)"),
        "{err}"
    );
    assert!(
        parse_eagerness(&agenda, &["customers".into()])
            .unwrap_err()
            .contains("GROUP=RATE")
    );
    assert!(
        parse_eagerness(&agenda, &["customers=-1".into()])
            .unwrap_err()
            .contains("0 or more")
    );
}
