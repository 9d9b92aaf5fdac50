//! The table and the verdict in the language asked for: in English word for word as before,
//! in Spanish without an English word of cochair's own; the JSON the same in every language.

use crate::lang::Lang;

use super::*;

const AGENDAS: [&str; 3] = [
    "agendas/family-council.ron",
    "agendas/three-groups.ron",
    "agendas/consejo-de-familias.ron",
];

fn agenda(path: &str) -> Agenda {
    crate::store::read_agenda(Path::new(path)).unwrap()
}

/// The queue's line in English is the agenda's own explanation of its overtake bound.
#[test]
fn the_bound_reads_in_english_as_the_agenda_explains_it() {
    for path in AGENDAS {
        let agenda = agenda(path);
        let mut setup = setup(1, 1.0);
        setup.eagerness.clear();
        assert_eq!(
            bound_words(Lang::En, &agenda, &setup),
            agenda.overtake_explanation(),
            "{path}"
        );
        let mut written = agenda.clone();
        written.speaking.max_overtakes = Some(2);
        assert_eq!(
            bound_words(Lang::En, &written, &setup),
            written.overtake_explanation(),
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
