//! Each simulated Decision item is decided at its end, and the report keeps the voice on it.

use super::*;

fn council() -> Agenda {
    crate::store::read_agenda(Path::new("agendas/family-council.ron")).unwrap()
}

fn plain(seed: u64) -> Setup {
    Setup {
        seed,
        minutes: None,
        eagerness: Vec::new(),
        weights: Vec::new(),
        max_overtakes: None,
    }
}

#[test]
fn every_decision_item_gets_its_shares_by_group() {
    let outcome = run(&council(), Policy::WeightedFair, &plain(1));
    let items: Vec<(usize, &str)> = outcome
        .decisions
        .iter()
        .map(|d| (d.item, d.title.as_str()))
        .collect();
    assert_eq!(
        items,
        [(2, "Minutes of the October meeting"), (4, "Budget 2027")]
    );
    for decision in &outcome.decisions {
        let ids: Vec<&str> = decision.groups.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["members", "staff"]);
        let total: f64 = decision.groups.iter().map(|g| g.share).sum();
        assert!((total - 1.0).abs() < 0.002, "{decision:?}");
        assert_eq!(decision.customer_voice, decision.groups[0].turns > 0);
        assert!(decision.groups.iter().all(|g| g.spoke <= g.present));
    }
    let json = json(&council(), &plain(1), std::slice::from_ref(&outcome));
    let first = &json["policies"][0]["decisions"][1];
    assert_eq!(first["title"], "Budget 2027");
    assert_eq!(first["groups"][0]["id"], "members");
    assert!(first["groups"][0]["share"].as_f64().is_some());
}

#[test]
fn a_range_of_seeds_sums_up_each_decision() {
    let runs = run_seeds(
        &council(),
        Policy::WeightedFair,
        &plain(1),
        Seeds { first: 1, last: 4 },
    );
    let summary = summarise(&runs).unwrap();
    assert_eq!(summary.decisions.len(), 2);
    let budget = &summary.decisions[1];
    assert_eq!((budget.item, budget.groups.len()), (4, 2));
    let members = &budget.groups[0].1;
    assert!(members.min <= members.median && members.median <= members.max);
    assert!(budget.customer_voice_runs <= 4);
    let agenda_without_decisions = reference();
    let outcome = run(&agenda_without_decisions, Policy::Fifo, &plain(1));
    assert!(outcome.decisions.is_empty());
}
