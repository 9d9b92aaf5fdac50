//! Keymaps are data: a RON file maps keys to action names, per mode. The default keymap is
//! `keymaps/default.ron`, built into the binary; a user keymap overrides it key by key. The key
//! hints and the help screen are generated from the keymap in use, so they cannot disagree
//! with what the keys do.

use std::path::Path;

use serde::Deserialize;
use serde::de::{self, Deserializer};

use super::problem::{Map, Problem};
use super::{Command, Key};
use crate::lang::Lang;
use crate::parse::{Choice, Choices, FileErrors, Kind, UniqueKey, UniqueMap, Words, variant_names};

/// The keymap built into cochair.
pub const DEFAULT: &str = include_str!("../../keymaps/default.ron");

/// Where a key is looked up. `global` applies everywhere unless the current mode binds the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mode {
    Global,
    Meeting,
    RollCall,
    Picker,
    Prompt,
    Record,
    Help,
    Confirm,
    /// Reading a document over the meeting: the agenda to send out.
    Reading,
    /// Reviewing the actions from the last meeting.
    Review,
}

impl Mode {
    pub const ALL: [Mode; 10] = [
        Mode::Global,
        Mode::Meeting,
        Mode::RollCall,
        Mode::Picker,
        Mode::Prompt,
        Mode::Record,
        Mode::Help,
        Mode::Confirm,
        Mode::Reading,
        Mode::Review,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Mode::Global => "global",
            Mode::Meeting => "meeting",
            Mode::RollCall => "roll_call",
            Mode::Picker => "picker",
            Mode::Prompt => "prompt",
            Mode::Record => "record",
            Mode::Help => "help",
            Mode::Confirm => "confirm",
            Mode::Reading => "reading",
            Mode::Review => "review",
        }
    }

    /// Modes with a text field: plain characters are typed, not looked up in `global`.
    pub fn takes_text(self) -> bool {
        matches!(self, Mode::Picker | Mode::Prompt)
    }

    /// The heading of this mode on the help screen, in `lang`.
    pub fn title(self, lang: crate::lang::Lang) -> String {
        match self {
            Mode::Global => crate::tr!(lang, "help-mode-global"),
            Mode::Meeting => crate::tr!(lang, "help-mode-meeting"),
            Mode::RollCall => crate::tr!(lang, "help-mode-roll-call"),
            Mode::Picker => crate::tr!(lang, "help-mode-picker"),
            Mode::Prompt => crate::tr!(lang, "help-mode-prompt"),
            Mode::Record => crate::tr!(lang, "help-mode-record"),
            Mode::Help => crate::tr!(lang, "help-mode-help"),
            Mode::Confirm => crate::tr!(lang, "help-mode-confirm"),
            Mode::Reading => crate::tr!(lang, "help-mode-reading"),
            Mode::Review => crate::tr!(lang, "help-mode-review"),
        }
    }
}

impl<'de> Deserialize<'de> for Mode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Mode::ALL
            .into_iter()
            .find(|m| m.name() == name)
            .ok_or_else(|| de::Error::custom(Problem::UnknownMode { name }.carried()))
    }
}

/// One mode's bindings, in file order.
type Bindings = UniqueMap<Key, Command>;

impl UniqueKey<Command> for Key {
    fn expecting() -> String {
        Map::Keys.carried()
    }
    fn written_twice(&self, first: &Command) -> String {
        let (key, first) = (self.to_string(), first.name().to_owned());
        Problem::KeyTwice { key, first }.carried()
    }
}

/// All modes' bindings, in file order.
type Modes = UniqueMap<Mode, Bindings>;

impl UniqueKey<Bindings> for Mode {
    fn expecting() -> String {
        Map::Modes.carried()
    }
    fn written_twice(&self, _: &Bindings) -> String {
        let mode = self.name().to_owned();
        Problem::ModeTwice { mode }.carried()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Keymap")]
struct KeymapFile {
    modes: Modes,
}

/// The keys in effect: which action each key runs in each mode.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    modes: Vec<(Mode, Vec<(Key, Command)>)>,
}

impl Keymap {
    /// The built-in keymap.
    #[allow(clippy::expect_used)] // embedded in the binary, and loaded by a test on every build
    pub fn builtin() -> Keymap {
        parse(DEFAULT, Path::new("keymaps/default.ron")).expect("the built-in keymap is valid")
    }

    /// The built-in keymap with a user's keymap (its text) laid over it, key by key; its
    /// mistakes are said in English.
    pub fn with_user_keys(src: &str, path: &Path) -> Result<Keymap, FileErrors> {
        Keymap::with_user_keys_in(src, path, Lang::En)
    }

    /// The built-in keymap with a user's keymap (its text) laid over it, key by key; its
    /// mistakes are said in `lang`.
    pub fn with_user_keys_in(src: &str, path: &Path, lang: Lang) -> Result<Keymap, FileErrors> {
        let user = parse_in(src, path, lang)?;
        let mut keymap = Keymap::builtin();
        keymap.merge(user);
        Ok(keymap)
    }

    /// Lay `other` over this keymap: its keys replace or add to ours, mode by mode.
    pub fn merge(&mut self, other: Keymap) {
        for (mode, bindings) in other.modes {
            let index = match self.modes.iter().position(|(m, _)| *m == mode) {
                Some(i) => i,
                None => {
                    self.modes.push((mode, Vec::new()));
                    self.modes.len() - 1
                }
            };
            let ours = &mut self.modes[index].1;
            for (key, action) in bindings {
                match ours.iter_mut().find(|(k, _)| *k == key) {
                    Some(slot) => slot.1 = action,
                    None => ours.push((key, action)),
                }
            }
        }
    }

    /// The action for a key in a mode; keys bound in `global` work in every mode that does not
    /// bind them itself.
    pub fn action(&self, mode: Mode, key: Key) -> Option<Command> {
        self.in_mode(mode)
            .chain(self.in_mode(Mode::Global))
            .find(|(k, _)| *k == key)
            .map(|(_, a)| *a)
    }

    /// The bindings of one mode, in file order.
    pub fn in_mode(&self, mode: Mode) -> impl Iterator<Item = &(Key, Command)> {
        self.modes
            .iter()
            .filter(move |(m, _)| *m == mode)
            .flat_map(|(_, b)| b.iter())
    }

    /// Every binding, mode by mode.
    pub fn bindings(&self) -> impl Iterator<Item = (Mode, Key, Command)> + '_ {
        self.modes
            .iter()
            .flat_map(|(m, b)| b.iter().map(move |(k, a)| (*m, *k, *a)))
    }

    /// The first key that runs `action` in `mode` (or globally), for hints such as "press s".
    pub fn key_for(&self, mode: Mode, action: Command) -> Option<Key> {
        self.in_mode(mode)
            .chain(self.in_mode(Mode::Global))
            .find(|(k, a)| *a == action && self.action(mode, *k) == Some(action))
            .map(|(k, _)| *k)
    }
}

/// A command a keymap left without a key in a mode where the built-in keys reach it: what
/// used to run it there, and what that key does now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LostKey {
    pub command: Command,
    pub mode: Mode,
    pub key: Key,
    pub now: Command,
}

impl LostKey {
    /// `start_break has no key in meeting: b now runs projector_view (the projector view)`, in
    /// `lang`.
    pub fn said(&self, lang: Lang) -> String {
        crate::tr!(
            lang,
            "check-keymap-lost-key",
            command = self.command.name(),
            mode = self.mode.name(),
            key = self.key.to_string(),
            now = self.now.name(),
            describe = self.now.describe(lang)
        )
    }
}

impl std::fmt::Display for LostKey {
    /// In English: the host's status line says it so until that line is said in the screen's
    /// language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Lang::En))
    }
}

impl Keymap {
    /// The commands `base` reaches in some mode that this keymap (laid over it) does not: a
    /// user's keymap that rebinds a key can leave a command with no key at all.
    pub fn lost_from(&self, base: &Keymap) -> Vec<LostKey> {
        let mut lost = Vec::new();
        for mode in Mode::ALL {
            for &(key, command) in base.in_mode(mode).chain(base.in_mode(Mode::Global)) {
                let reached_before = base.action(mode, key) == Some(command);
                let reached_now = self.key_for(mode, command).is_some();
                let now = self.action(mode, key);
                let told = lost
                    .iter()
                    .any(|l: &LostKey| l.command == command && l.mode == mode);
                if let (true, false, Some(now), false) = (reached_before, reached_now, now, told) {
                    lost.push(LostKey {
                        command,
                        mode,
                        key,
                        now,
                    });
                }
            }
        }
        lost
    }
}

/// A keymap's words, for messages that say what to write: every value is an action.
const WORDS: Words = Words {
    whole_numbers: &[],
    choices: |_| {
        Some(Choices {
            what: Choice::Action,
            names: variant_names::<Command>(),
        })
    },
    own: super::problem::said_of,
    lang: Lang::En,
};

/// Parse keymap text; `path` is used in messages only, which are in English.
pub fn parse(src: &str, path: &Path) -> Result<Keymap, FileErrors> {
    parse_in(src, path, Lang::En)
}

/// Parse keymap text; `path` is used in messages only, which are in `lang`.
pub fn parse_in(src: &str, path: &Path, lang: Lang) -> Result<Keymap, FileErrors> {
    let kind = Kind {
        words: Words { lang, ..WORDS },
        ..KEYMAP
    };
    let file: KeymapFile = crate::parse::load(src, path, &kind)?;
    Ok(Keymap {
        modes: file.modes.0.into_iter().map(|(m, b)| (m, b.0)).collect(),
    })
}

/// Keymaps, for the loader.
const KEYMAP: Kind = Kind {
    starts_with: |lang| crate::tr!(lang, "check-keymap-starts-with"),
    max_depth: 16,
    implicit_some: false,
    words: WORDS,
};

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Key {
        Key::parse(text).unwrap()
    }

    #[test]
    fn the_builtin_keymap_binds_the_basics() {
        let keymap = Keymap::builtin();
        assert_eq!(
            keymap.action(Mode::Meeting, key("n")),
            Some(Command::NextItem)
        );
        assert_eq!(
            keymap.action(Mode::Meeting, key("ctrl-c")),
            Some(Command::Quit)
        );
        assert_eq!(keymap.action(Mode::Help, key("esc")), Some(Command::Cancel));
    }

    #[test]
    fn user_keys_override_one_by_one() {
        let mut keymap = Keymap::builtin();
        let user = parse(
            r#"Keymap(modes: { "meeting": { "n": previous_item, "x": next_item } })"#,
            Path::new("u.ron"),
        )
        .unwrap();
        keymap.merge(user);
        assert_eq!(
            keymap.action(Mode::Meeting, key("n")),
            Some(Command::PreviousItem)
        );
        assert_eq!(
            keymap.action(Mode::Meeting, key("x")),
            Some(Command::NextItem)
        );
        assert_eq!(
            keymap.action(Mode::Meeting, key("p")),
            Some(Command::PreviousItem)
        );
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_keymap() {
        let keymap = parse(
            "\u{feff}Keymap(modes: { \"meeting\": { \"x\": next_item } })",
            Path::new("k.ron"),
        )
        .unwrap();
        assert_eq!(
            keymap.action(Mode::Meeting, key("x")),
            Some(Command::NextItem)
        );
    }

    #[test]
    fn errors_point_at_the_problem() {
        let err = parse(
            "Keymap(modes: {\n  \"meeting\": { \"n\": next_itme },\n})",
            Path::new("k.ron"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("k.ron:2:"), "{err}");
        assert!(err.contains("next_itme"), "{err}");
        let err = parse(
            "Keymap(modes: {\n  \"meeting\": { \"n\": quit,\n \"n\": help },\n})",
            Path::new("k.ron"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("k.ron:3:"), "{err}");
        assert!(err.contains("bound twice"), "{err}");
    }
}

#[cfg(test)]
mod lost_keys {
    use super::*;

    fn shipped(name: &str) -> Keymap {
        let path = Path::new("keymaps").join(name);
        let src = std::fs::read_to_string(&path).unwrap();
        Keymap::with_user_keys(&src, &path).unwrap()
    }

    #[test]
    fn every_shipped_keymap_keeps_every_command_reachable() {
        for entry in std::fs::read_dir("keymaps").unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let lost = shipped(&name).lost_from(&Keymap::builtin());
            assert!(lost.is_empty(), "{name}: {lost:?}");
        }
    }

    #[test]
    fn a_rebound_key_that_leaves_a_command_without_one_is_reported() {
        let user = r#"Keymap(modes: { "meeting": { "b": projector_view } })"#;
        let keymap = Keymap::with_user_keys(user, Path::new("mine.ron")).unwrap();
        let lost = keymap.lost_from(&Keymap::builtin());
        assert_eq!(lost.len(), 1, "{lost:?}");
        assert_eq!(
            lost[0].to_string(),
            "start_break has no key in meeting: b now runs projector_view (big clock for the projector / full screen)"
        );
    }
}
