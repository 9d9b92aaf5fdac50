//! Reading an agenda file: size and encoding checks, RON parsing with positions, validation.

use std::path::Path;

use super::{Agenda, CarryHands, ItemKind, Policy, Role, validate};
use crate::parse::{Choices, FileError, FileErrors, Kind, SourceIndex, Words, variant_names};

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

/// Parse and validate agenda text, with its warnings; `path` is used in messages only.
pub fn check_str(src: &str, path: &Path) -> Result<Checked, FileErrors> {
    let src = crate::parse::without_byte_order_mark(src);
    let mut agenda: Agenda = crate::parse::load(src, path, &AGENDA)?;
    let written: Vec<String> = agenda.people.iter().map(|p| p.name.clone()).collect();
    agenda.normalise_names();
    let index = SourceIndex::new(src);
    let problems = validate::check_as_written(&agenda, &written);
    let placed = |p: validate::Problem, prefix: &str| {
        let also = p.also.as_deref().and_then(|also| index.find(also));
        let message = match also {
            Some(at) => format!("{prefix}{} on line {}", p.message, at.line),
            None => format!("{prefix}{}", p.message),
        };
        FileError::new(path, index.find(&p.path), message)
    };
    if !problems.is_empty() {
        return Err(FileErrors(
            problems.into_iter().map(|p| placed(p, "")).collect(),
        ));
    }
    let warnings = validate::warnings(&agenda)
        .into_iter()
        .map(|p| placed(p, "warning: "))
        .collect();
    Ok(Checked { agenda, warnings })
}

/// Agendas, for the loader.
const AGENDA: Kind = Kind {
    starts_with: "an agenda starts with `Agenda(` (see agendas/ for examples)",
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
};

/// The fields whose value is one of a few names.
fn choices(field: &str) -> Option<Choices> {
    let (what, names) = match field.rsplit('.').next()?.split('[').next()? {
        "policy" => ("policy", variant_names::<Policy>()),
        "kind" => ("item kind", variant_names::<ItemKind>()),
        "roles" => ("role", variant_names::<Role>()),
        "carry_hands" => ("carry_hands", variant_names::<CarryHands>()),
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
        assert!(err.starts_with("a.ron:2:"), "{err}");
        assert!(err.contains("items[0].minutes"), "{err}");
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
