//! The table and the verdict in the language asked for: in English word for word as before,
//! in Spanish without an English word of cochair's own; the JSON the same in every language.

use crate::lang::Lang;

use super::*;

fn agenda(path: &str) -> Agenda {
    crate::store::read_agenda(Path::new(path)).unwrap()
}

/// The queue's line in English, word for word as `cochair check` and `simulate` wrote it before
/// it came from Fluent: the bound the weights give, then a bound written below it.
#[test]
fn the_bound_reads_in_english_word_for_word() {
    for (path, derived, written) in [
        (
            "agendas/family-council.ron",
            "a Staff hand waits for at most 10 later hands (max_overtakes from the weights and \
             sizes: twice the 5 later turns that pass it in one wait when everyone keeps a hand up)",
            "a Staff hand waits for at most 2 later hands (max_overtakes as written; the weights \
             and sizes would give 10)",
        ),
        (
            "agendas/three-groups.ron",
            "a Staff hand waits for at most 24 later hands (max_overtakes from the weights and \
             sizes: twice the 12 later turns that pass it in one wait when everyone keeps a hand \
             up)",
            "a Staff hand waits for at most 2 later hands (max_overtakes as written; the weights \
             and sizes would give 24)",
        ),
        (
            "agendas/consejo-de-familias.ron",
            "a Equipo del colegio hand waits for at most 12 later hands (max_overtakes from the \
             weights and sizes: twice the 6 later turns that pass it in one wait when everyone \
             keeps a hand up)",
            "a Equipo del colegio hand waits for at most 2 later hands (max_overtakes as written; \
             the weights and sizes would give 12)",
        ),
    ] {
        let agenda = agenda(path);
        let mut setup = setup(1, 1.0);
        setup.eagerness.clear();
        assert_eq!(bound_words(Lang::En, &agenda, &setup), derived, "{path}");
        let mut two = agenda.clone();
        two.speaking.max_overtakes = Some(2);
        assert_eq!(
            bound_words(Lang::En, &two, &setup),
            written,
            "{path} with max_overtakes written"
        );
    }
}

#[test]
fn the_table_and_the_verdict_in_spanish() {
    let agenda = agenda("agendas/consejo-de-familias.ron");
    let setup = Setup {
        seed: 3,
        minutes: Some(30),
        eagerness: vec![("equipo".into(), 2.0)],
        weights: vec![("familias".into(), 2.5)],
        max_overtakes: None,
    };
    let outcomes: Vec<Outcome> = [Policy::Fifo, Policy::WeightedFair]
        .into_iter()
        .map(|p| run(&agenda, p, &setup))
        .collect();
    let seeds = Seeds { first: 1, last: 3 };
    let verdicts = verdict(&agenda, Policy::WeightedFair, &setup, 1);
    let text = table(Lang::Es, &agenda, &setup, &outcomes)
        + &verdict_text(Lang::Es, &verdicts, Policy::WeightedFair, true, seeds);
    for words in [
        "Simulación: Consejo de Familias — diciembre — 9 personas, 30 min, semilla 3",
        "Cada persona levanta la mano 0,5 veces por minuto",
        "(ganas: equipo ×2)",
        "Pesos probados: familias 2,5 (orden del día: 2).",
        "Lista: una mano de Equipo del colegio espera como mucho",
        "Familias (peso 2,5, objetivo 60 %)",
        "espera mediana (minutos)",
        "nunca hablaron",
        "Veredicto con weighted-fair (la del orden del día), la media de las semillas 1..3:",
    ] {
        assert!(text.contains(words), "{words:?} not in\n{text}");
    }
    for english in [
        "Simulated",
        "people",
        "raises",
        "Weights",
        "Queue",
        "(weight",
        "target",
        "airtime",
        "turns",
        "wait",
        "hands",
        "never",
        "Verdict",
        "the mean",
    ] {
        assert!(!text.contains(english), "{english:?} in\n{text}");
    }
    insta::assert_snapshot!(text);
}
