//! Reading an agenda file: size and encoding checks, RON parsing with positions, validation.

use std::path::Path;

use super::{Agenda, CarryHands, ItemKind, Policy, Role, validate};
use crate::lang::Lang;
use crate::parse::{
    Choice, Choices, FileError, FileErrors, Kind, Read, SourceIndex, Words, variant_names,
};
use crate::tr;

/// The example meeting that opens when no agenda is given.
pub const EXAMPLE: &str = include_str!("../../agendas/family-council.ron");
/// The name the example is shown and journaled under.
pub const EXAMPLE_NAME: &str = "family-council.ron";

/// Nesting deeper than this is refused instead of risking the stack.
const MAX_DEPTH: usize = 64;

/// A valid agenda and what is probably not meant in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub agenda: Agenda,
    /// `path:line:col: warning: …`, for `cochair check`.
    pub warnings: Vec<FileError>,
}

/// Parse and validate agenda text; `path` is used in messages only.
pub fn from_str(src: &str, path: &Path) -> Result<Agenda, FileErrors> {
    check_str(src, path).map(|checked| checked.agenda)
}

/// Parse and validate agenda text, with its warnings in English; `path` is used in messages
/// only.
pub fn check_str(src: &str, path: &Path) -> Result<Checked, FileErrors> {
    check_str_in(src, path, Lang::En)
}

/// Parse and validate agenda text, with its warnings, saying what is wrong in `lang`; `path`
/// is used in messages only. Every mistake is reported, in the order of the file, as long as
/// the file's structure can be read.
pub fn check_str_in(src: &str, path: &Path, lang: Lang) -> Result<Checked, FileErrors> {
    let src = crate::parse::without_byte_order_mark(src);
    if let Some(message) = crate::parse::file_kind::not_an_agenda(src, path, lang) {
        return Err(FileError::new(path, None, message).into());
    }
    let read: Read<Agenda> =
        crate::parse::load_all(src, path, &in_language(lang)).map_err(FileErrors)?;
    let mut agenda = read.value;
    let written: Vec<String> = agenda.people.iter().map(|p| p.name.clone()).collect();
    agenda.normalise_names();
    let index = SourceIndex::new(&read.mended.text);
    let find = |path: &str| index.find(path).map(|at| read.mended.as_written(at));
    let placed = |p: validate::Problem| {
        let problem = p.said(lang);
        let message = match p.also.as_deref().and_then(find) {
            Some(at) => tr!(
                lang,
                "check-also-on-line",
                problem = problem,
                line = at.line
            ),
            None => problem,
        };
        FileError::new(path, find(&p.path), message)
    };
    let mut errors = read.errors;
    errors.extend(
        validate::check_as_written(&agenda, &written)
            .into_iter()
            .filter(|p| !read.mended.made_up(&p.path))
            .map(placed),
    );
    if !errors.is_empty() {
        // File order; two at one place keep the order they were found in.
        errors.sort_by_key(|e| e.at.map(|at| (at.line, at.col)));
        return Err(FileErrors(errors));
    }
    let warnings = validate::warnings(&agenda)
        .into_iter()
        .map(|p| {
            let warned = placed(p);
            let message = tr!(lang, "check-warning", problem = warned.message.as_str());
            FileError { message, ..warned }
        })
        .collect();
    Ok(Checked { agenda, warnings })
}

/// Agendas, for the loader, with the messages in `lang`.
fn in_language(lang: Lang) -> Kind {
    Kind {
        words: Words { lang, ..WORDS },
        ..AGENDA
    }
}

/// Agendas, for the loader.
const AGENDA: Kind = Kind {
    starts_with,
    max_depth: MAX_DEPTH,
    implicit_some: true,
    words: WORDS,
};

/// An agenda's words, for messages that say what to write.
const WORDS: Words = Words {
    whole_numbers: &[
        "minutes",
        "turn_seconds",
        "warn_seconds",
        "max_overtakes",
        "min_present",
        "reply_seconds",
        "max_replies",
        "question_seconds",
    ],
    choices,
    own: |_, _| None,
    lang: Lang::En,
};

/// What an agenda starts with, for the message about an empty one.
fn starts_with(lang: Lang) -> String {
    tr!(lang, "check-agenda-starts-with")
}

/// The fields whose value is one of a few names.
fn choices(field: &str) -> Option<Choices> {
    let (what, names) = match field.rsplit('.').next()?.split('[').next()? {
        "policy" => (Choice::Policy, variant_names::<Policy>()),
        "kind" => (Choice::ItemKind, variant_names::<ItemKind>()),
        "roles" => (Choice::Role, variant_names::<Role>()),
        "carry_hands" => (Choice::CarryHands, variant_names::<CarryHands>()),
        _ => return None,
    };
    Some(Choices { what, names })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_agenda_loads() {
        let agenda = from_str(EXAMPLE, Path::new(EXAMPLE_NAME)).unwrap();
        assert!(!agenda.items.is_empty());
    }

    #[test]
    fn comments_only_is_reported_as_empty() {
        let err = from_str("// nothing\n/* here */\n", Path::new("a.ron")).unwrap_err();
        assert!(
            err.to_string().contains("a.ron:1:1: the file is empty"),
            "{err}"
        );
    }

    #[test]
    fn type_errors_name_the_field_and_position() {
        let src = "Agenda(title: \"T\", groups: [], people: [],\n items: [Item(title: \"A\", minutes: \"five\")])";
        let err = from_str(src, Path::new("a.ron")).unwrap_err().to_string();
        assert!(
            err.lines()
                .any(|l| l == "a.ron:2:36: items[0].minutes: write a whole number here, like 10"),
            "{err}"
        );
    }

    /// The mistakes a newcomer makes writing an agenda by hand, each answered with what to
    /// write, all in one run, in the order of the file.
    #[test]
    fn every_mistake_is_reported_at_once_with_what_to_write() {
        let src = r#"Agenda(
    title: “Spring meeting”,
    start: "2:00 PM",
    groups: [
        Group(id: "members", label: "Members", weight: "2", target: 0.6, colour: "red"),
        Group(id: "staff", label: "Staff", weight: 1.0),
    ],
    people: [
        Person(name: "Ana Lopez", group: "members", roles: [Chair]),
        Person(name: "Sam Reed", group: "staf"),
    ],
    items: [
        Item(title: "Welcome", minutes: "20"),
        Item(title: "Budget", kind: "Decision", propsed_by: "Ana Lopes"),
        Item(title: 5, minutes: 10m, kind: Decison),
        Item(title: "Close", minutes: 5, lead: "Ana Lopes", confidential: "yes"),
    ],
    speaking: Speaking(turn_seconds: 90, policy: weighted-fair),
)"#;
        let err = from_str(src, Path::new("a.ron")).unwrap_err().to_string();
        let expected = [
            "a.ron:2:12: title: use straight quotes \" around text: write \"Spring meeting\", not “Spring meeting”",
            "a.ron:3:12: start \"2:00 PM\" is not on a 24-hour clock; write 14:00",
            "a.ron:5:56: groups[0].weight: a number is written without quotes: write 2",
            "a.ron:5:74: groups[0]: unknown field `colour`; a Group has the fields id, label, weight and target",
            "a.ron:9:61: people[0].roles[0]: unknown role `Chair`; the choices are Facilitator, Timekeeper, Secretary",
            "a.ron:10:41: group \"staf\" is not one of the groups; did you mean \"staff\"?",
            "a.ron:13:41: items[0].minutes: a number is written without quotes: write 20",
            "a.ron:14:37: items[1].kind: write Decision without quotes",
            "a.ron:14:49: items[1]: unknown field `propsed_by`; did you mean `proposed_by`?",
            "a.ron:14:72: items[1]: `Item` is missing its `minutes`",
            "a.ron:15:21: items[2].title: text is written in double quotes: write \"5\"",
            "a.ron:15:35: minutes is a whole number: write 10",
            "a.ron:15:44: items[2].kind: unknown item kind `Decison`; did you mean `Decision`?",
            "a.ron:16:48: lead \"Ana Lopes\" is not one of the people; did you mean \"Ana Lopez\"?",
            "a.ron:16:75: items[3].confidential: write true or false",
            "a.ron:18:50: speaking.policy: unknown policy `weighted-fair`; write WeightedFair",
        ];
        assert_eq!(err.lines().collect::<Vec<_>>(), expected, "{err}");
    }

    #[test]
    fn a_mistake_in_the_structure_stops_the_reading_there() {
        let src = "Agenda(title: \"T\", groups: [], people: [],\n items: [Item(title: \"A\", minutes: \"5\") Item(title: 5)])";
        let err = from_str(src, Path::new("a.ron")).unwrap_err().to_string();
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 2, "{err}");
        assert!(lines[0].contains("write 5"), "{err}");
        assert!(lines[1].starts_with("a.ron:2:"), "{err}");
    }

    #[test]
    fn a_journal_or_minutes_is_not_read_as_an_agenda() {
        let journal = include_str!("../../tests/fixtures/advisory-group.jsonl");
        let err = from_str(journal, Path::new("j.jsonl"))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with(
                "j.jsonl: is a meeting's journal, not an agenda: `cochair export j.jsonl`"
            ),
            "{err}"
        );
        let err = from_str("Minutes: Council\n====\n", Path::new("m.txt"))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("m.txt: is minutes made by cochair, not an agenda"),
            "{err}"
        );
    }

    #[test]
    fn names_are_kept_in_one_form_so_they_match() {
        let src = std::fs::read_to_string("tests/valid_agendas/names-as-typed.ron").unwrap();
        let agenda = from_str(&src, Path::new("a.ron")).unwrap();
        assert_eq!(agenda.items[0].lead.as_deref(), Some("Ana Lopez"));
        assert_eq!(
            agenda.items[1].proposed_by.as_deref(),
            Some("Jos\u{e9} Ruiz")
        );
        assert_eq!(agenda.people[2].name, "Sam Reed");
        assert_eq!(agenda.apologies, ["Sam Reed"]);
    }

    #[test]
    fn trailing_text_is_an_error() {
        let src = "Agenda(title: \"T\", groups: [], people: [], items: [Item(title: \"A\", minutes: 5)]) extra";
        let err = from_str(src, Path::new("a.ron")).unwrap_err().to_string();
        assert!(err.starts_with("a.ron:1:"), "{err}");
    }
}
