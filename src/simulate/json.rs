//! The figures as JSON (`--json`), for programs: the same in every language.

use super::*;
use crate::lang::Lang;

/// The figures as JSON, with what was simulated.
pub fn json(agenda: &Agenda, setup: &Setup, outcomes: &[Outcome]) -> serde_json::Value {
    let saturated: Vec<(&str, bool)> = outcomes.iter().map(|o| (o.policy, o.saturated)).collect();
    let mut report = setup_json(agenda, setup);
    report.insert("seed".into(), setup.seed.into());
    report.insert(
        "saturation_note".into(),
        saturation_note(Lang::En, &saturated).into(),
    );
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
    report.insert(
        "saturation_note".into(),
        saturation_note(Lang::En, &saturated).into(),
    );
    report.insert("policies".into(), serde_json::json!(summaries));
    report.into()
}

/// What both reports say about the simulation.
pub(super) fn setup_json(
    agenda: &Agenda,
    setup: &Setup,
) -> serde_json::Map<String, serde_json::Value> {
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
            "why": bound_words(Lang::En, agenda, setup),
        }),
    );
    map
}
