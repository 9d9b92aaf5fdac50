//! Three groups weighted 3 : 2 : 1, four people each (`agendas/three-groups.ron`): with
//! everyone's hand up, the shares of airtime follow the shares of the weight (50%, 33%, 17%)
//! once the overtake bound follows the weights; the old fixed bound of 6 flattened them.

use super::*;
use crate::lang::Lang;

fn agenda() -> Agenda {
    crate::store::read_agenda(Path::new("agendas/three-groups.ron")).unwrap()
}

fn saturated(max_overtakes: Option<u32>) -> Setup {
    Setup {
        seed: 1,
        minutes: None,
        eagerness: ["parents", "carers", "staff"]
            .map(|g| (g.to_string(), 50.0))
            .to_vec(),
        weights: Vec::new(),
        max_overtakes,
    }
}

/// Each group's median share over seeds 1 to 9.
fn shares(setup: &Setup) -> Vec<f64> {
    let seeds = Seeds { first: 1, last: 9 };
    let runs = run_seeds(&agenda(), Policy::WeightedFair, setup, seeds);
    assert!(runs.iter().all(|r| r.saturated), "everyone keeps a hand up");
    let summary = summarise(&runs).unwrap();
    summary.groups.iter().map(|g| g.share.median).collect()
}

const WEIGHT_SHARES: [f64; 3] = [3.0 / 6.0, 2.0 / 6.0, 1.0 / 6.0];

#[test]
fn the_derived_bound_keeps_every_group_within_three_points_of_its_weight_share() {
    assert_eq!(agenda().max_overtakes(), 24);
    let shares = shares(&saturated(None));
    for (share, wanted) in shares.iter().zip(WEIGHT_SHARES) {
        assert!(
            (share - wanted).abs() <= 0.03,
            "shares {shares:?} against {WEIGHT_SHARES:?}"
        );
    }
}

#[test]
fn the_old_fixed_bound_flattened_the_weights() {
    let shares = shares(&saturated(Some(6)));
    assert!(
        shares[2] > WEIGHT_SHARES[2] + 0.03 && shares[0] < WEIGHT_SHARES[0] - 0.01,
        "with 6, staff {:.3} and parents {:.3}",
        shares[2],
        shares[0]
    );
}

#[test]
fn the_bound_in_effect_is_said_with_the_figures() {
    let setup = saturated(None);
    let outcomes = [run(&agenda(), Policy::WeightedFair, &setup)];
    let text = table(Lang::En, &agenda(), &setup, &outcomes);
    assert!(
        text.contains("Queue: a Staff hand waits for at most 24 later hands"),
        "{text}"
    );
    let tried = table(Lang::En, &agenda(), &saturated(Some(6)), &outcomes);
    assert!(
        tried.contains(
            "at most 6 later hands (--max-overtakes\ntried; the weights and sizes give 24)"
        ),
        "{tried}"
    );
    let json = json(&agenda(), &setup, &outcomes);
    assert_eq!(json["max_overtakes"]["hands"], 24);
    assert_eq!(json["max_overtakes"]["written"], false);
}
