//! Reading the RON files people write (agendas, keymaps): one loader for both, errors as
//! `path:line:col: message` in the words of someone who made the mistake, and where each value
//! sits in the file, so an error found after parsing (a lead who is not one of the people) can
//! still point at its place.
//!
//! The source index is built only from text that already parsed, so it can be a small,
//! forgiving walk: it records the position of every value under its path (`items[1].lead`,
//! `modes.global["q"]`) and gives up quietly on anything it does not understand.

pub mod file_kind;
mod loader;
mod repair;
mod source_index;
mod words;

pub use loader::{Kind, Read, UniqueKey, UniqueMap, load, load_all};
pub use repair::Mended;
pub use source_index::SourceIndex;
use source_index::value_end;
pub use words::Choice;

use std::fmt;
use std::path::Path;

/// A 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

impl From<ron::error::Position> for Position {
    fn from(p: ron::error::Position) -> Self {
        Self {
            line: p.line,
            col: p.col,
        }
    }
}

/// An error in a file, printed as `path:line:col: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub path: String,
    pub at: Option<Position>,
    pub message: String,
}

impl FileError {
    pub fn new(path: &Path, at: Option<Position>, message: impl Into<String>) -> Self {
        Self {
            path: path.display().to_string(),
            at,
            message: message.into(),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some(at) => write!(f, "{}:{}: {}", self.path, at, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Errors from one file; printed one per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileErrors(pub Vec<FileError>);

impl fmt::Display for FileErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for FileErrors {}

impl From<FileError> for FileErrors {
    fn from(e: FileError) -> Self {
        Self(vec![e])
    }
}

/// Text without the UTF-8 byte-order mark some editors put at the start (Windows Notepad did
/// until 2019). Editors do not show it, so positions count from after it.
pub fn without_byte_order_mark(src: &str) -> &str {
    src.strip_prefix('\u{feff}').unwrap_or(src)
}

/// What a kind of file holds, so a parse error can say what to write instead.
pub struct Words {
    /// Fields that hold whole numbers (`minutes`), for `10m` and `7.5`.
    pub whole_numbers: &'static [&'static str],
    /// The names the value at a field path can take (`items[0].kind`: Info, Discussion, …).
    pub choices: fn(&str) -> Option<Choices>,
    /// The file's own problems, raised by its types through serde as text, said in a language
    /// (a keymap's unknown mode); `None` for ron's own errors.
    pub own: fn(&ron::Error, crate::lang::Lang) -> Option<String>,
    pub lang: crate::lang::Lang,
}

/// A value with a choice of names.
#[derive(Debug, Clone, Copy)]
pub struct Choices {
    /// What the value is called in messages ("item kind").
    pub what: Choice,
    pub names: &'static [&'static str],
}

/// The names serde accepts for an enum, asked of serde itself so they never go stale.
pub fn variant_names<T: serde::de::DeserializeOwned>() -> &'static [&'static str] {
    match ron::from_str::<T>("no_such_name") {
        Err(ron::error::SpannedError {
            code: ron::Error::NoSuchEnumVariant { expected, .. },
            ..
        }) => expected,
        _ => &[],
    }
}

/// Turn a parse error into `path:line:col: message`, saying what to write where the text
/// shows a mistake people often make.
pub fn explain(
    src: &str,
    path: &Path,
    err: &ron::error::SpannedError,
    field: Option<&str>,
    words: &Words,
) -> FileError {
    if let Some(e) = unclosed_quote(src, path, err, words.lang) {
        return e;
    }
    let field = field.filter(|f| !f.is_empty() && !f.contains('?') && *f != ".");
    // An unknown field is a mistake in the value that holds it: `items[1]`, not
    // `items[1].propsed_by`.
    let field = match &err.code {
        ron::Error::NoSuchStructField { .. } | ron::Error::DuplicateStructField { .. } => field
            .and_then(|f| f.rfind(['.', '[']).map(|cut| &f[..cut]))
            .filter(|f| !f.is_empty()),
        _ => field,
    };
    let mistake = mistakes::read(src, err, field, words).unwrap_or_else(|| {
        let choices = field.and_then(|f| (words.choices)(f));
        mistakes::Mistake {
            message: words::plain_words(&err.code, choices, words),
            about_field: true,
            columns_on: mistakes::blank_before_value(src, err),
        }
    });
    let message = match field {
        Some(field) if mistake.about_field => format!("{field}: {}", mistake.message),
        _ => mistake.message,
    };
    let mut at = Position::from(err.span.start);
    at.col += mistake.columns_on;
    FileError::new(path, Some(at), message)
}

/// When a parse error follows a quoted text that runs over a line break, the real mistake is
/// almost always a missing closing quote: point at where that text starts instead.
pub fn unclosed_quote(
    src: &str,
    path: &Path,
    err: &ron::error::SpannedError,
    lang: crate::lang::Lang,
) -> Option<FileError> {
    let error_at = (err.span.start.line, err.span.start.col);
    let (mut line, mut col) = (1, 1);
    let mut open: Option<(usize, usize, bool)> = None; // start line, col, crossed a line break
    let mut last_multiline = None;
    let mut chars = src.chars().peekable();
    let mut in_comment = false;
    while let Some(c) = chars.next() {
        if (line, col) > error_at && open.is_none() {
            break;
        }
        match (c, &mut open) {
            ('\\', Some(_)) => {
                chars.next();
                col += 1;
            }
            ('"', Some((l, c0, crossed))) => {
                if *crossed {
                    last_multiline = Some((*l, *c0));
                }
                open = None;
            }
            ('\n', Some((_, _, crossed))) => *crossed = true,
            ('"', None) if !in_comment => open = Some((line, col, false)),
            ('/', None) if chars.peek() == Some(&'/') => in_comment = true,
            _ => {}
        }
        if c == '\n' {
            line += 1;
            col = 1;
            in_comment = false;
        } else {
            col += 1;
        }
    }
    let (l, c) = match open {
        Some((l, c, true)) => (l, c),
        _ => last_multiline?,
    };
    Some(FileError::new(
        path,
        Some(Position { line: l, col: c }),
        crate::tr!(lang, "check-quote-runs-on"),
    ))
}

/// `weighted-fair`, `weighted_fair` and `WeightedFair` are one word written three ways.
fn same_word(a: &str, b: &str) -> bool {
    let squash = |s: &str| {
        s.chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    squash(a) == squash(b)
}

/// The names a mistyped name probably meant: the same word written another way, a likely
/// typo, then names it starts (`pause` for `pause_clock`), then names it is a part of (`note`
/// for `add_note`). Several are offered only when they are equally likely, at most three.
pub fn suggest<'a>(wanted: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let names: Vec<&str> = names.into_iter().collect();
    if let Some(same) = names.iter().find(|n| same_word(wanted, n)) {
        return vec![same];
    }
    if let Some(typo) = crate::text::closest(wanted, names.iter().copied()) {
        return vec![typo];
    }
    let wanted = wanted.to_lowercase();
    if wanted.chars().count() < 3 {
        return Vec::new();
    }
    let starting: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| n.to_lowercase().starts_with(&wanted))
        .collect();
    let within: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| n.to_lowercase().contains(&wanted))
        .collect();
    let found = if starting.is_empty() {
        within
    } else {
        starting
    };
    if found.len() > 3 { Vec::new() } else { found }
}

mod mistakes;

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r##"// an agenda
Agenda(
    title: "Council",
    date: Some("2026-11-24"),
    groups: [
        Group(id: "members", weight: 2.0), /* a comment, with ( */
        Group(id: "staff", weight: 1.0),
    ],
    items: [Item(title: r#"Budget "27""#, lead: Some("Ana Lopes"))],
    modes: { global: { "q": quit, "ctrl-c": quit } },
)"##;

    fn at(line: usize, col: usize) -> Option<Position> {
        Some(Position { line, col })
    }

    #[test]
    fn finds_fields_list_elements_and_options() {
        let index = SourceIndex::new(SRC);
        assert_eq!(index.find("title"), at(3, 12));
        assert_eq!(index.find("date"), at(4, 11));
        assert_eq!(index.find("groups[1].weight"), at(7, 36));
        assert_eq!(index.find("groups[1]"), at(7, 9));
        assert_eq!(index.find("items[0].lead"), at(9, 49));
        assert_eq!(index.find("modes.global[\"ctrl-c\"]"), at(10, 45));
    }

    #[test]
    fn suggestions_try_other_spellings_typos_then_parts_of_names() {
        let actions = [
            "pause_clock",
            "next_item",
            "next_speaker",
            "add_note",
            "quit",
        ];
        let policies = ["WeightedFair", "Fifo", "ProgressiveStack"];
        assert_eq!(suggest("weighted-fair", policies), ["WeightedFair"]);
        assert_eq!(suggest("next_itme", actions), ["next_item"]);
        assert_eq!(suggest("pause", actions), ["pause_clock"]);
        assert_eq!(suggest("note", actions), ["add_note"]);
        assert_eq!(suggest("next", actions), ["next_item", "next_speaker"]);
        assert!(suggest("zz", actions).is_empty());
        assert!(suggest("xylophone", actions).is_empty());
    }

    #[test]
    fn a_value_nested_too_deep_is_not_walked() {
        let deep = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
        let chars: Vec<char> = deep.chars().collect();
        assert_eq!(value_end(&chars, 0), None);
        let shallow: Vec<char> = "[[1], [2]] rest".chars().collect();
        assert_eq!(value_end(&shallow, 0), Some(10));
    }

    #[test]
    fn unknown_paths_fall_back_to_the_enclosing_value() {
        let index = SourceIndex::new(SRC);
        assert_eq!(index.find("items[0].minutes"), at(9, 13));
        assert_eq!(index.find("nothing"), None);
    }
}
