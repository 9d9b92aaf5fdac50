//! The parser's own sentences, in the file's language: ron's wording for the mistakes people
//! make most, an unknown field with the fields there are, and an unknown name with the names
//! it probably meant. The words are in `locales/*/check.ftl`.

use crate::lang::Lang;
use crate::tr;

use super::{Choices, Words, suggest};

/// What a value with a choice of names is, so a message can name it ("item kind").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    ItemKind,
    Action,
    Role,
    Policy,
    CarryHands,
    /// Any other choice.
    Other,
}

impl Choice {
    /// `unknown action `next_itme``: the name that is not one of the choices.
    fn unknown(self, lang: Lang, found: &str) -> String {
        match self {
            Choice::ItemKind => tr!(lang, "check-unknown-item-kind", found = found),
            Choice::Action => tr!(lang, "check-unknown-action", found = found),
            Choice::Role => tr!(lang, "check-unknown-role", found = found),
            Choice::Policy => tr!(lang, "check-unknown-policy", found = found),
            Choice::CarryHands => tr!(lang, "check-unknown-carry-hands", found = found),
            Choice::Other => tr!(lang, "check-unknown-choice", found = found),
        }
    }

    /// The choice an enum's type name stands for.
    fn of_type(name: Option<&str>) -> Choice {
        match name {
            Some("Command") => Choice::Action,
            Some("Role") => Choice::Role,
            Some("ItemKind") => Choice::ItemKind,
            Some("Policy") => Choice::Policy,
            Some("CarryHands") => Choice::CarryHands,
            _ => Choice::Other,
        }
    }
}

/// ron's wording for the mistakes people make most, said the way a person would.
pub(super) fn plain_words(code: &ron::Error, choices: Option<Choices>, words: &Words) -> String {
    use ron::Error;
    let lang = words.lang;
    if let Some(own) = (words.own)(code, lang) {
        return own;
    }
    match code {
        Error::ExpectedComma => tr!(lang, "check-expected-comma"),
        Error::TrailingCharacters => tr!(lang, "check-trailing-text"),
        Error::Eof => tr!(lang, "check-ends-early"),
        Error::ExpectedBoolean => tr!(lang, "check-true-or-false"),
        Error::IntegerOutOfBounds => tr!(lang, "check-out-of-range"),
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => unknown_field(lang, found, expected, outer.as_deref()),
        Error::DuplicateStructField { field, .. } => {
            tr!(lang, "check-field-twice", field = *field)
        }
        Error::ExpectedInteger => tr!(lang, "check-write-whole-number"),
        Error::ExpectedFloat => tr!(lang, "check-write-number"),
        Error::ExpectedString | Error::ExpectedStringEnd => tr!(lang, "check-write-text"),
        Error::MissingStructField { field, outer } => match outer {
            Some(outer) => tr!(
                lang,
                "check-missing-field-of",
                outer = outer,
                field = *field
            ),
            None => tr!(lang, "check-missing-field", field = *field),
        },
        Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => unknown_name(lang, Choice::of_type(outer.as_deref()), found, expected),
        Error::SuggestRawIdentifier(found) => match choices {
            Some(Choices { what, names }) => unknown_name(lang, what, found, names),
            None => tr!(lang, "check-no-dash", found = found),
        },
        Error::ExpectedDifferentStructName { expected, found } => tr!(
            lang,
            "check-other-struct",
            expected = *expected,
            found = found
        ),
        other => other.to_string(),
    }
}

/// `unknown field `propsed_by`; did you mean `proposed_by`?`, or the fields there are.
fn unknown_field(lang: Lang, found: &str, expected: &[&str], outer: Option<&str>) -> String {
    if let [guess] = suggest(found, expected.iter().copied()).as_slice() {
        return tr!(
            lang,
            "check-unknown-field-did-you-mean",
            found = found,
            guess = *guess
        );
    }
    let vowel = outer.map_or("none", vowel);
    let outer = outer.unwrap_or("");
    match expected.split_last() {
        Some((only, [])) => tr!(
            lang,
            "check-unknown-field-only",
            found = found,
            vowel = vowel,
            outer = outer,
            only = *only
        ),
        Some((last, first)) => tr!(
            lang,
            "check-unknown-field-fields",
            found = found,
            vowel = vowel,
            outer = outer,
            fields = first.join(", "),
            last = *last
        ),
        None => tr!(lang, "check-unknown-field", found = found),
    }
}

/// `yes` when a type's name starts with a vowel (`an Item`), else `no` (`a Group`): English
/// chooses its article by it.
pub(super) fn vowel(name: &str) -> &'static str {
    match name.starts_with(['A', 'E', 'I', 'O', 'U']) {
        true => "yes",
        false => "no",
    }
}

/// `unknown policy `weighted-fair`; write WeightedFair`, or the nearest names, or all of them.
fn unknown_name(lang: Lang, what: Choice, found: &str, names: &[&str]) -> String {
    let unknown = what.unknown(lang, found);
    match suggest(found, names.iter().copied()).as_slice() {
        [] => tr!(
            lang,
            "check-unknown-name-choices",
            unknown = unknown,
            names = names.join(", ")
        ),
        [same] if super::same_word(found, same) => tr!(
            lang,
            "check-unknown-name-write",
            unknown = unknown,
            name = *same
        ),
        [one] => tr!(
            lang,
            "check-unknown-name-did-you-mean",
            unknown = unknown,
            guess = *one
        ),
        [first @ .., last] => tr!(
            lang,
            "check-unknown-name-did-you-mean-list",
            unknown = unknown,
            guesses = first
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", "),
            last = *last
        ),
    }
}
