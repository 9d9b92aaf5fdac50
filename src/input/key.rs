//! cochair's own key type: what a keymap file names and what the host turns terminal key
//! events into. Names are forgiving: `Ctrl-C` is `ctrl-c`, and a name nobody uses gets the
//! nearest one suggested (`pgdn` → `pagedown`).

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer};

use super::Problem;

/// A key with its modifiers, as written in keymap files (`ctrl-c`, `shift-tab`, `f5`, `?`).
/// cochair's own type: the terminal's key events are turned into it by the host, so nothing
/// above the host depends on the terminal library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: Mods,
}

/// The keys cochair knows by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Insert,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    /// `f1` to `f12`.
    F(u8),
}

/// Modifier keys held with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Mods {
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

impl Mods {
    pub const NONE: Mods = Mods {
        ctrl: false,
        alt: false,
        shift: false,
    };
}

impl Key {
    /// A key as cochair compares keys: `shift-a` is `A`, `ctrl-C` is `ctrl-c`, `shift-tab` is
    /// `backtab`, so a key matches however the terminal or the keymap file spells it.
    pub fn new(code: KeyCode, mods: Mods) -> Key {
        Key::normalise(code, mods)
    }

    /// A plain character key.
    pub fn char(c: char) -> Key {
        Key::new(KeyCode::Char(c), Mods::NONE)
    }

    /// Parse a key name; the error suggests the nearest name, or lists the names that exist.
    pub fn parse(text: &str) -> Result<Key, Problem> {
        Key::parse_known(text).ok_or_else(|| Problem::UnknownKey {
            text: text.to_owned(),
            guess: nearest_key(text),
        })
    }

    fn parse_known(text: &str) -> Option<Key> {
        let mut mods = Mods::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            let prefix = ["ctrl-", "alt-", "shift-"]
                .into_iter()
                .find(|p| lower.starts_with(p) && rest.len() > p.len());
            match prefix {
                Some(p) => {
                    match p {
                        "ctrl-" => mods.ctrl = true,
                        "alt-" => mods.alt = true,
                        _ => mods.shift = true,
                    }
                    rest = &rest[p.len()..];
                }
                None => break,
            }
        }
        let code = named_key(rest)?;
        Some(Key::normalise(code, mods))
    }

    fn normalise(code: KeyCode, mut mods: Mods) -> Key {
        let code = match code {
            // Terminals cannot tell ctrl-C from ctrl-c.
            KeyCode::Char(c) if mods.ctrl => {
                mods.shift = false;
                KeyCode::Char(c.to_ascii_lowercase())
            }
            KeyCode::Char(c) if mods.shift => {
                mods.shift = false;
                KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
            }
            KeyCode::Tab if mods.shift => {
                mods.shift = false;
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
        for (held, name) in [
            (self.mods.ctrl, "ctrl-"),
            (self.mods.alt, "alt-"),
            (self.mods.shift, "shift-"),
        ] {
            if held {
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
        }
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Key::parse(&text).map_err(|problem| de::Error::custom(problem.carried()))
    }
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
        let said = Key::parse("hyper-x")
            .unwrap_err()
            .said(crate::lang::Lang::En);
        assert!(said.contains("unknown key"));
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
            Key::parse("pgdn").unwrap_err().said(crate::lang::Lang::En),
            "unknown key \"pgdn\"; did you mean \"pagedown\"?"
        );
    }
}
