//! What can be wrong in a keymap file, as facts, and the one place each is said in a language.
//! The problems are found inside serde's `Deserialize`, which cannot be given a language and
//! carries only text: each problem rides through it written in a form of its own, and the
//! loader, which knows the language of the command's messages, reads it back and says it.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::tr;

/// One thing wrong in a keymap file; its place is the parser's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// A mode name that is not one of the modes.
    UnknownMode { name: String },
    /// A key name cochair does not know, with the key it probably meant.
    UnknownKey { text: String, guess: Option<String> },
    /// A key bound twice in one mode, and the action it was bound to first.
    KeyTwice { key: String, first: String },
    /// A mode written twice.
    ModeTwice { mode: String },
    /// Something other than a map where one goes; `found` is what was there, as the parser
    /// describes it.
    NotAMap { of: Map, found: String },
}

/// Which map a keymap file holds at a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Map {
    /// Mode names to their keys.
    Modes,
    /// Key names to actions.
    Keys,
}

/// What starts a problem carried through serde as text; no keymap text holds it.
const MARK: &str = "\u{1f}keymap-problem ";

impl Problem {
    /// The problem as a sentence in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        let quoted = |text: &str| format!("{text:?}");
        match self {
            Problem::UnknownMode { name } => tr!(
                lang,
                "check-keymap-unknown-mode",
                name = quoted(name),
                modes = super::Mode::ALL.map(super::Mode::name).join(", ")
            ),
            Problem::UnknownKey {
                text,
                guess: Some(guess),
            } => tr!(
                lang,
                "check-keymap-unknown-key-did-you-mean",
                key = quoted(text),
                guess = quoted(guess)
            ),
            Problem::UnknownKey { text, guess: None } => {
                tr!(lang, "check-keymap-unknown-key", key = quoted(text))
            }
            Problem::KeyTwice { key, first } => {
                tr!(lang, "check-keymap-key-twice", key = key, first = first)
            }
            Problem::ModeTwice { mode } => tr!(lang, "check-keymap-mode-twice", mode = mode),
            Problem::NotAMap {
                of: Map::Modes,
                found,
            } => tr!(lang, "check-keymap-not-modes", found = found),
            Problem::NotAMap {
                of: Map::Keys,
                found,
            } => tr!(lang, "check-keymap-not-keys", found = found),
        }
    }

    /// The problem as serde's custom error text, to be read back by [`said_of`].
    pub(super) fn carried(&self) -> String {
        format!("{MARK}{}", serde_json::to_string(self).unwrap_or_default())
    }

    /// A problem carried as text, if the text is one.
    fn read_back(text: &str) -> Option<Problem> {
        serde_json::from_str(text.strip_prefix(MARK)?).ok()
    }
}

impl Map {
    /// What a serde visitor expects here, carried as text to be read back by [`said_of`].
    pub(super) fn carried(self) -> String {
        format!("{MARK}{}", serde_json::to_string(&self).unwrap_or_default())
    }

    fn read_back(text: &str) -> Option<Map> {
        serde_json::from_str(text.strip_prefix(MARK)?).ok()
    }
}

/// A keymap's own problem in a parse error, said in `lang`; `None` for the parser's errors.
pub(super) fn said_of(code: &ron::Error, lang: Lang) -> Option<String> {
    let problem = match code {
        ron::Error::Message(text) => Problem::read_back(text)?,
        ron::Error::InvalidValueForType { expected, found } => Problem::NotAMap {
            of: Map::read_back(expected)?,
            found: found.clone(),
        },
        _ => return None,
    };
    Some(problem.said(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_carried_as_text_reads_back_as_itself() {
        let problem = Problem::UnknownKey {
            text: "pgdn \"x\"".into(),
            guess: Some("pagedown".into()),
        };
        assert_eq!(Problem::read_back(&problem.carried()), Some(problem));
        assert_eq!(Map::read_back(&Map::Keys.carried()), Some(Map::Keys));
        assert_eq!(Problem::read_back("unknown mode"), None);
    }

    #[test]
    fn each_problem_is_said_in_english_and_in_spanish() {
        let twice = Problem::KeyTwice {
            key: "n".into(),
            first: "next_item".into(),
        };
        assert_eq!(
            twice.said(Lang::En),
            "key \"n\" is bound twice in this mode (first to next_item); keep one"
        );
        assert_eq!(
            twice.said(Lang::Es),
            "la tecla \"n\" está asignada dos veces en este modo (primero a next_item); deja una"
        );
        let not_a_map = Problem::NotAMap {
            of: Map::Keys,
            found: "the unsigned integer `5`".into(),
        };
        assert_eq!(
            not_a_map.said(Lang::En),
            "Expected a map from key names to actions, like { \"n\": next_item } but found the unsigned integer `5` instead"
        );
        assert_eq!(
            not_a_map.said(Lang::Es),
            "aquí va un mapa de nombres de teclas a acciones, como { \"n\": next_item }"
        );
    }
}
