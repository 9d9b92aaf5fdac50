//! Keymaps are data: a RON file maps keys to action names, per mode. The default keymap is
//! `keymaps/default.ron`, built into the binary; a user keymap overrides it key by key. The key
//! hints and the help screen are generated from the keymap in use, so they cannot disagree
//! with what the keys do.

use std::fmt;
use std::path::Path;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::app::Action;
use crate::parse::{Choices, FileError, FileErrors, Words, variant_names};

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
}

impl Mode {
    pub const ALL: [Mode; 9] = [
        Mode::Global,
        Mode::Meeting,
        Mode::RollCall,
        Mode::Picker,
        Mode::Prompt,
        Mode::Record,
        Mode::Help,
        Mode::Confirm,
        Mode::Reading,
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
        }
    }

    /// Modes with a text field: plain characters are typed, not looked up in `global`.
    pub fn takes_text(self) -> bool {
        matches!(self, Mode::Picker | Mode::Prompt)
    }

    /// The heading of this mode on the help screen.
    pub fn title(self) -> &'static str {
        match self {
            Mode::Global => "Everywhere",
            Mode::Meeting => "Meeting",
            Mode::RollCall => "Roll call",
            Mode::Picker => "Choosing someone (type to narrow the list)",
            Mode::Prompt => "Typing (left/right, home/end, backspace, ctrl-w)",
            Mode::Record => "The record (notes, decisions, actions)",
            Mode::Help => "This help",
            Mode::Confirm => "Questions",
            Mode::Reading => "Reading the agenda to send out",
        }
    }
}

impl<'de> Deserialize<'de> for Mode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Mode::ALL
            .into_iter()
            .find(|m| m.name() == name)
            .ok_or_else(|| {
                let known: Vec<&str> = Mode::ALL.iter().map(|m| m.name()).collect();
                de::Error::custom(format!(
                    "unknown mode {name:?}; the modes are {}",
                    known.join(", ")
                ))
            })
    }
}

/// A key with its modifiers, as written in keymap files (`ctrl-c`, `shift-tab`, `f5`, `?`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    /// The key a terminal key event stands for, with shift folded into the character so `?`
    /// and `Q` match however the terminal reports them.
    pub fn from_event(event: KeyEvent) -> Key {
        let mut mods =
            event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        Key::normalise(event.code, mods)
    }

    /// Parse a key name; the error suggests the nearest name, or lists the names that exist.
    pub fn parse(text: &str) -> Result<Key, String> {
        Key::parse_known(text).ok_or_else(|| match nearest_key(text) {
            Some(guess) => format!("unknown key {text:?}; did you mean {guess:?}?"),
            None => format!(
                "unknown key {text:?}; keys are single characters, enter, esc, tab, backtab, space, backspace, delete, insert, up, down, left, right, pageup, pagedown, home, end, f1 to f12, with ctrl-, alt- or shift- in front"
            ),
        })
    }

    fn parse_known(text: &str) -> Option<Key> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            let prefix = [
                ("ctrl-", KeyModifiers::CONTROL),
                ("alt-", KeyModifiers::ALT),
                ("shift-", KeyModifiers::SHIFT),
            ]
            .into_iter()
            .find(|(p, _)| lower.starts_with(p) && rest.len() > p.len());
            match prefix {
                Some((p, m)) => {
                    mods |= m;
                    rest = &rest[p.len()..];
                }
                None => break,
            }
        }
        let code = named_key(rest)?;
        Some(Key::normalise(code, mods))
    }

    fn normalise(code: KeyCode, mut mods: KeyModifiers) -> Key {
        let code = match code {
            // Terminals cannot tell ctrl-C from ctrl-c.
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::Char(c.to_ascii_lowercase())
            }
            KeyCode::Char(c) if mods.contains(KeyModifiers::SHIFT) => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
            }
            KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        Key { code, mods }
    }
}

fn named_key(name: &str) -> Option<KeyCode> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return (!c.is_control()).then_some(KeyCode::Char(c));
    }
    let lower = name.to_ascii_lowercase();
    Some(match lower.as_str() {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "space" => KeyCode::Char(' '),
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" => KeyCode::Insert,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pageup" => KeyCode::PageUp,
        "pagedown" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        f if f.starts_with('f') => match f[1..].parse::<u8>() {
            Ok(n @ 1..=12) => KeyCode::F(n),
            _ => return None,
        },
        _ => return None,
    })
}

/// Key names with more than one character, as keymap files write them.
const KEY_NAMES: [&str; 16] = [
    "enter",
    "esc",
    "tab",
    "backtab",
    "space",
    "backspace",
    "delete",
    "insert",
    "up",
    "down",
    "left",
    "right",
    "pageup",
    "pagedown",
    "home",
    "end",
];
const MODIFIERS: [&str; 3] = ["ctrl", "alt", "shift"];
/// What keyboards and other programs call keys and modifiers, with the name used here.
const OTHER_NAMES: [(&str, &str); 12] = [
    ("pgdn", "pagedown"),
    ("pgdown", "pagedown"),
    ("pgup", "pageup"),
    ("ins", "insert"),
    ("bksp", "backspace"),
    ("spacebar", "space"),
    ("ret", "enter"),
    ("control", "ctrl"),
    ("ctl", "ctrl"),
    ("option", "alt"),
    ("opt", "alt"),
    ("meta", "alt"),
];

/// The key a mistyped key name probably means: `pgdn` is `pagedown`, `ctl-c` is `ctrl-c`,
/// `ctrl+c` is `ctrl-c`.
fn nearest_key(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split(['-', '+']).collect();
    let (name, mods) = parts.split_last()?;
    let mut guess: Vec<String> = mods
        .iter()
        .map(|m| nearest_name(m, &MODIFIERS))
        .collect::<Option<_>>()?;
    guess.push(match Key::parse_known(name) {
        Some(_) => (*name).to_owned(),
        None => nearest_name(name, &KEY_NAMES)?,
    });
    let guess = guess.join("-");
    (guess != text && Key::parse_known(&guess).is_some()).then_some(guess)
}

fn nearest_name(word: &str, names: &[&str]) -> Option<String> {
    let lower = word.to_lowercase();
    if names.contains(&lower.as_str()) {
        return Some(lower);
    }
    if let Some((_, name)) = OTHER_NAMES.iter().find(|(other, _)| *other == lower) {
        return Some((*name).to_owned());
    }
    match crate::parse::suggest(&lower, names.iter().copied()).as_slice() {
        [one] => Some((*one).to_owned()),
        _ => None,
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (m, name) in [
            (KeyModifiers::CONTROL, "ctrl-"),
            (KeyModifiers::ALT, "alt-"),
            (KeyModifiers::SHIFT, "shift-"),
        ] {
            if self.mods.contains(m) {
                f.write_str(name)?;
            }
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "f{n}"),
            KeyCode::Enter => f.write_str("enter"),
            KeyCode::Esc => f.write_str("esc"),
            KeyCode::Tab => f.write_str("tab"),
            KeyCode::BackTab => f.write_str("backtab"),
            KeyCode::Backspace => f.write_str("backspace"),
            KeyCode::Delete => f.write_str("delete"),
            KeyCode::Insert => f.write_str("insert"),
            KeyCode::Up => f.write_str("up"),
            KeyCode::Down => f.write_str("down"),
            KeyCode::Left => f.write_str("left"),
            KeyCode::Right => f.write_str("right"),
            KeyCode::PageUp => f.write_str("pageup"),
            KeyCode::PageDown => f.write_str("pagedown"),
            KeyCode::Home => f.write_str("home"),
            KeyCode::End => f.write_str("end"),
            other => write!(f, "{other:?}"),
        }
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Key::parse(&text).map_err(de::Error::custom)
    }
}

/// One mode's bindings, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
struct Bindings(Vec<(Key, Action)>);

impl<'de> Deserialize<'de> for Bindings {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Bindings;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map from key names to actions, like { \"n\": next_item }")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Bindings, A::Error> {
                let mut out: Vec<(Key, Action)> = Vec::new();
                while let Some(key) = map.next_key::<Key>()? {
                    let action: Action = map.next_value()?;
                    if let Some((_, first)) = out.iter().find(|(k, _)| *k == key) {
                        return Err(de::Error::custom(format!(
                            "key \"{key}\" is bound twice in this mode (first to {}); keep one",
                            action_name(first)
                        )));
                    }
                    out.push((key, action));
                }
                Ok(Bindings(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// All modes' bindings, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
struct Modes(Vec<(Mode, Bindings)>);

impl<'de> Deserialize<'de> for Modes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Modes;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map from mode names to key bindings, like { \"meeting\": { \"n\": next_item } }")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Modes, A::Error> {
                let mut out: Vec<(Mode, Bindings)> = Vec::new();
                while let Some(mode) = map.next_key::<Mode>()? {
                    let bindings: Bindings = map.next_value()?;
                    if out.iter().any(|(m, _)| *m == mode) {
                        return Err(de::Error::custom(format!(
                            "mode \"{}\" appears twice; put all its keys in one place",
                            mode.name()
                        )));
                    }
                    out.push((mode, bindings));
                }
                Ok(Modes(out))
            }
        }
        d.deserialize_map(V)
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
    modes: Vec<(Mode, Vec<(Key, Action)>)>,
}

/// The snake_case name of a bindable action, as written in keymap files.
pub fn action_name(action: &Action) -> String {
    let debug = format!("{action:?}");
    let mut name = String::new();
    for (i, c) in debug
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .enumerate()
    {
        if c.is_uppercase() {
            if i > 0 {
                name.push('_');
            }
            name.extend(c.to_lowercase());
        } else {
            name.push(c);
        }
    }
    name
}

impl Keymap {
    /// The built-in keymap.
    pub fn builtin() -> Keymap {
        parse(DEFAULT, Path::new("keymaps/default.ron")).expect("the built-in keymap is valid")
    }

    /// The built-in keymap with a user's keymap file laid over it, key by key.
    pub fn with_user_file(path: &Path) -> Result<Keymap, FileErrors> {
        let src = crate::store::read_text(path)?;
        let user = parse(&src, path)?;
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
    pub fn action(&self, mode: Mode, key: Key) -> Option<&Action> {
        self.in_mode(mode)
            .chain(self.in_mode(Mode::Global))
            .find(|(k, _)| *k == key)
            .map(|(_, a)| a)
    }

    /// The bindings of one mode, in file order.
    pub fn in_mode(&self, mode: Mode) -> impl Iterator<Item = &(Key, Action)> {
        self.modes
            .iter()
            .filter(move |(m, _)| *m == mode)
            .flat_map(|(_, b)| b.iter())
    }

    /// Every binding, mode by mode.
    pub fn bindings(&self) -> impl Iterator<Item = (Mode, Key, &Action)> {
        self.modes
            .iter()
            .flat_map(|(m, b)| b.iter().map(move |(k, a)| (*m, *k, a)))
    }

    /// The first key that runs `action` in `mode` (or globally), for hints such as "press s".
    pub fn key_for(&self, mode: Mode, action: &Action) -> Option<Key> {
        self.in_mode(mode)
            .chain(self.in_mode(Mode::Global))
            .find(|(k, a)| a == action && self.action(mode, *k) == Some(a))
            .map(|(k, _)| *k)
    }
}

/// A keymap's words, for messages that say what to write: every value is an action.
const WORDS: Words = Words {
    whole_numbers: &[],
    choices: |_| {
        Some(Choices {
            what: "action",
            names: variant_names::<Action>(),
        })
    },
};

/// Parse keymap text; `path` is used in messages only.
pub fn parse(src: &str, path: &Path) -> Result<Keymap, FileErrors> {
    let src = crate::parse::without_byte_order_mark(src);
    let explain = |e: &ron::error::SpannedError, field: Option<&str>| {
        crate::parse::explain(src, path, e, field, &WORDS)
    };
    let options = ron::Options::default().with_recursion_limit(16);
    let mut de =
        ron::Deserializer::from_str_with_options(src, &options).map_err(|e| explain(&e, None))?;
    let file: KeymapFile = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let field = e.path().to_string();
        explain(&de.span_error(e.into_inner()), Some(&field))
    })?;
    de.end().map_err(|e| explain(&de.span_error(e), None))?;
    if file.modes.0.is_empty() && src.trim().is_empty() {
        return Err(FileError::new(path, None, "is empty").into());
    }
    Ok(Keymap {
        modes: file.modes.0.into_iter().map(|(m, b)| (m, b.0)).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Key {
        Key::parse(text).unwrap()
    }

    #[test]
    fn key_names_round_trip() {
        for name in [
            "q", "?", "ctrl-c", "enter", "esc", "backtab", "space", "pagedown", "f5", "alt-x", "Q",
        ] {
            assert_eq!(key(name).to_string(), name);
        }
        assert_eq!(key("shift-tab"), key("backtab"));
        assert_eq!(key("shift-a"), key("A"));
        assert_eq!(key("Ctrl-C"), key("ctrl-c"));
    }

    #[test]
    fn unknown_key_names_are_refused() {
        assert!(Key::parse("f13").is_err());
        assert!(Key::parse("hyper-x").unwrap_err().contains("unknown key"));
    }

    #[test]
    fn mistyped_key_names_get_the_nearest_name() {
        let guess = |text| nearest_key(text);
        assert_eq!(guess("pgdn").as_deref(), Some("pagedown"));
        assert_eq!(guess("PgUp").as_deref(), Some("pageup"));
        assert_eq!(guess("ctl-c").as_deref(), Some("ctrl-c"));
        assert_eq!(guess("ctrl+c").as_deref(), Some("ctrl-c"));
        assert_eq!(
            guess("Control-Shift-tab").as_deref(),
            Some("ctrl-shift-tab")
        );
        assert_eq!(guess("page_down").as_deref(), Some("pagedown"));
        assert_eq!(guess("escpe").as_deref(), Some("esc"));
        assert_eq!(guess("hyper-x"), None);
        assert_eq!(
            Key::parse("pgdn").unwrap_err(),
            "unknown key \"pgdn\"; did you mean \"pagedown\"?"
        );
    }

    #[test]
    fn terminal_events_match_regardless_of_shift_reporting() {
        let event = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(event), key("?"));
        let event = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(event), key("backtab"));
    }

    #[test]
    fn the_builtin_keymap_binds_the_basics() {
        let keymap = Keymap::builtin();
        assert_eq!(
            keymap.action(Mode::Meeting, key("n")),
            Some(&Action::NextItem)
        );
        assert_eq!(
            keymap.action(Mode::Meeting, key("ctrl-c")),
            Some(&Action::Quit)
        );
        assert_eq!(keymap.action(Mode::Help, key("esc")), Some(&Action::Cancel));
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
            Some(&Action::PreviousItem)
        );
        assert_eq!(
            keymap.action(Mode::Meeting, key("x")),
            Some(&Action::NextItem)
        );
        assert_eq!(
            keymap.action(Mode::Meeting, key("p")),
            Some(&Action::PreviousItem)
        );
    }

    #[test]
    fn action_names_are_snake_case() {
        assert_eq!(action_name(&Action::NextItem), "next_item");
        assert_eq!(action_name(&Action::Quit), "quit");
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
            Some(&Action::NextItem)
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
