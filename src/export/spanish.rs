//! The documents in Spanish: the minutes (text and Markdown), the action items and the agenda
//! of the Spanish example agenda (`agendas/consejo-de-familias.ron`) and a meeting held on it,
//! and a meeting recorded with one language exported in another.

use super::lectura_facil::{agenda, meeting, options};
use super::{Format, agenda_document_in, render, to_markdown, to_text};
use crate::lang::Lang;

#[test]
fn the_spanish_minutes_as_text() {
    insta::assert_snapshot!(render(&meeting(), Format::Minutes, &options()));
}

#[test]
fn the_spanish_minutes_as_markdown() {
    insta::assert_snapshot!(render(&meeting(), Format::Markdown, &options()));
}

#[test]
fn the_spanish_action_items() {
    insta::assert_snapshot!(render(&meeting(), Format::Actions, &options()));
}

#[test]
fn the_spanish_agenda_as_text() {
    insta::assert_snapshot!(to_text(&agenda_document_in(&agenda(), Lang::Es)));
}

#[test]
fn the_spanish_agenda_as_markdown() {
    insta::assert_snapshot!(to_markdown(&agenda_document_in(&agenda(), Lang::Es)));
}

/// A journal on disk, replayed as `cochair export` does.
fn journal(path: &str) -> crate::meeting::Meeting {
    let path = std::path::Path::new(path);
    let contents = crate::store::journal::read(path).unwrap();
    crate::store::journal::replay(path, &contents).unwrap()
}

/// What cochair writes in English minutes, which Spanish minutes never hold (the user's
/// words in these journals do not hold them either).
const ENGLISH: &[&str] = &[
    "Minutes: ",
    "Date:",
    "Attendance",
    "Present,",
    "Apologies",
    "Items",
    "Kind:",
    "planned",
    "Speakers, in order",
    "point of process",
    "direct response",
    "Note:",
    "Decision:",
    "Action:",
    "Carried",
    "consensus",
    "quorate",
    "Before this decision",
    "Process log",
    " by the ",
    "taken down",
    "extended by",
    "asked by",
    "Voice balance",
    "Airtime",
    "By person",
    "Parking lot",
    "Action items",
    "Owner",
    "adjourned",
    "Actions from the last meeting",
    "due ",
    "not reviewed",
    "Thursday",
];

/// A meeting recorded on an English screen exports in Spanish, and one recorded on a
/// Spanish one in English: the journal holds events, never sentences.
#[test]
fn a_meeting_recorded_in_one_language_exports_in_another() {
    let english = super::Options {
        lang: Lang::En,
        ..options()
    };
    for path in [
        "tests/fixtures/advisory-group.jsonl",
        "tests/fixtures/follow/family-council-2026-11-24.jsonl",
        "tests/fixtures/follow/family-council-2026-12-15.jsonl",
    ] {
        let meeting = journal(path);
        for format in [Format::Minutes, Format::Markdown, Format::Actions] {
            let spanish = render(&meeting, format, &options());
            let found: Vec<&&str> = ENGLISH.iter().filter(|w| spanish.contains(**w)).collect();
            assert!(
                found.is_empty(),
                "{path} {format:?}: {found:?} in\n{spanish}"
            );
            let todo = |lang| {
                let options = super::Options { lang, ..options() };
                render(&meeting, Format::Todo, &options)
            };
            assert_eq!(todo(Lang::Es), todo(Lang::En), "todo.txt is for programs");
        }
    }
    let minutes = render(&meeting(), Format::Minutes, &english);
    assert!(
        minutes.starts_with("Minutes: Consejo de Familias"),
        "{minutes}"
    );
    assert!(
        minutes.contains("Date:       Thursday 3 December 2026"),
        "{minutes}"
    );
    assert!(
        minutes.contains("Decision: El patio abre hasta las 6"),
        "{minutes}"
    );
    assert!(minutes.contains("due 2026-12-11)"), "{minutes}");
    let spanish = render(&meeting(), Format::Minutes, &options());
    assert!(
        spanish.contains("Fecha:              jueves, 3 de diciembre de 2026"),
        "{spanish}"
    );
    assert!(spanish.contains("viernes, 11 de diciembre)"), "{spanish}");
}

#[test]
fn an_english_meeting_s_minutes_in_spanish() {
    let meeting = journal("tests/fixtures/advisory-group.jsonl");
    insta::assert_snapshot!(render(&meeting, Format::Minutes, &options()));
}

#[test]
fn the_last_meeting_s_actions_in_spanish() {
    let meeting = journal("tests/fixtures/follow/family-council-2026-12-15.jsonl");
    insta::assert_snapshot!(render(&meeting, Format::Minutes, &options()));
}
