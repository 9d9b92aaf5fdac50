//! Reading on past a mistake, so that one run reports every problem in a file that parses.
//!
//! When a value has the wrong type (`minutes: "20"`), a field is misspelled (`propsed_by`) or
//! missing, or a name is not one of the choices, the mistake is reported and then mended in a
//! copy of the text: the quoted number unquoted, the unknown field blanked out, a stand-in
//! value put in, the nearest name written. Reading starts again on the mended copy and finds
//! the next mistake. A mistake in the file's structure (a missing comma, a bracket not closed)
//! cannot be mended with any confidence, so reading stops there.
//!
//! The mended copy keeps every line where it was, so positions in it are positions in the file
//! as written, apart from the columns after an edit that changed a line's length on that line:
//! those are counted back.

use ron::Error;

use super::{Position, Words, suggest};

/// One edit that changed a line's length: columns from `from_col` on `line` moved by `shift`.
#[derive(Debug, Clone, Copy)]
struct Shift {
    line: usize,
    from_col: usize,
    shift: isize,
}

/// The text being read, with the mistakes mended so far.
#[derive(Debug, Clone)]
pub struct Mended {
    pub text: String,
    shifts: Vec<Shift>,
    /// The fields whose values were made up or taken out: a problem later found there is a
    /// consequence of the mending, not a mistake of its own.
    made_up: Vec<String>,
}

impl Mended {
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_owned(),
            shifts: Vec::new(),
            made_up: Vec::new(),
        }
    }

    /// Whether a field's value was made up (or is inside one that was).
    pub fn made_up(&self, path: &str) -> bool {
        self.made_up.iter().any(|m| {
            path == m
                || path
                    .strip_prefix(m.as_str())
                    .is_some_and(|rest| rest.starts_with(['.', '[']))
        })
    }

    /// Where a place in the mended text is in the text as written.
    pub fn as_written(&self, mut at: Position) -> Position {
        for s in self.shifts.iter().rev() {
            if at.line == s.line && at.col >= s.from_col {
                at.col = at.col.saturating_add_signed(-s.shift).max(s.from_col);
            }
        }
        at
    }

    /// Mend the mistake the reader stopped at, so reading can go on; `false` when it cannot be
    /// mended. `field` is the path of the value being read (`items[1].minutes`).
    pub fn mend(&mut self, err: &ron::error::SpannedError, field: &str, words: &Words) -> bool {
        let chars: Vec<char> = self.text.chars().collect();
        let Some(start) = offset(&chars, err.span.start.into()) else {
            return false;
        };
        // Type errors are placed just after the `:`, before any space.
        let value = start
            + chars[start..]
                .iter()
                .take_while(|c| c.is_whitespace())
                .count();
        if let Some(end) = curly_quoted(&chars, value) {
            let inner: String = chars[value + 1..end - 1].iter().collect();
            self.replace(&chars, value, end, &format!("\"{inner}\""));
            return true;
        }
        match &err.code {
            Error::NoSuchStructField { .. } | Error::DuplicateStructField { .. } => {
                let Some(end) = field_end(&chars, start) else {
                    return false;
                };
                self.made_up.push(field.to_owned());
                self.replace(&chars, start, end, "");
                true
            }
            Error::MissingStructField { field: missing, .. } => {
                if chars.get(start) != Some(&')') {
                    return false;
                }
                let before = chars[..start].iter().rev().find(|c| !c.is_whitespace());
                let comma = match before {
                    Some('(' | ',') => "",
                    _ => ", ",
                };
                let path = match field {
                    "" | "." => missing.to_string(),
                    _ => format!("{field}.{missing}"),
                };
                self.made_up.push(path);
                self.replace(&chars, start, start, &format!("{comma}{missing}: \"\""));
                true
            }
            Error::ExpectedComma => match number_tail(&chars, start, words) {
                Some(end) => {
                    self.replace(&chars, start, end, "");
                    true
                }
                None => false,
            },
            code => {
                // `-1` where a whole number goes is found at its digits: take the sign too.
                let value = match (code, value.checked_sub(1).map(|i| chars[i])) {
                    (Error::IntegerOutOfBounds, Some('-')) => value - 1,
                    _ => value,
                };
                let Some(end) = super::value_end(&chars, value) else {
                    return false;
                };
                let written: String = chars[value..end].iter().collect::<String>();
                let written = written.trim_end();
                let Some((stand_in, made_up)) = stand_in(code, written, field, words) else {
                    return false;
                };
                if made_up {
                    self.made_up.push(field.to_owned());
                }
                self.replace(&chars, value, end, &stand_in);
                true
            }
        }
    }

    /// Put `with` in place of the characters `start..end`, keeping every line break.
    fn replace(&mut self, chars: &[char], start: usize, end: usize, with: &str) {
        let taken = &chars[start..end];
        let first_line = taken.iter().take_while(|&&c| c != '\n').count();
        let put = with.chars().count();
        let mut text: String = chars[..start].iter().collect();
        text.push_str(with);
        let blank = first_line.saturating_sub(put);
        text.extend(std::iter::repeat_n(' ', blank));
        text.extend(
            taken[first_line..]
                .iter()
                .map(|&c| if c == '\n' { '\n' } else { ' ' }),
        );
        text.extend(&chars[end..]);
        if put > first_line && first_line == taken.len() {
            let at = position(chars, start);
            self.shifts.push(Shift {
                line: at.line,
                from_col: at.col + put,
                shift: isize::try_from(put - first_line).unwrap_or(isize::MAX),
            });
        }
        self.text = text;
    }
}

/// The index of the character at a line and column.
fn offset(chars: &[char], at: Position) -> Option<usize> {
    let mut line = 1;
    let mut line_start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if line == at.line {
            break;
        }
        if c == '\n' {
            line += 1;
            line_start = i + 1;
        }
    }
    (line == at.line)
        .then(|| line_start + at.col.saturating_sub(1))
        .filter(|&i| i <= chars.len())
}

/// The line and column of a character's index.
fn position(chars: &[char], index: usize) -> Position {
    let before = &chars[..index];
    let line = before.iter().filter(|&&c| c == '\n').count() + 1;
    let col = before.iter().rev().take_while(|&&c| c != '\n').count() + 1;
    Position { line, col }
}

/// `“Budget”`: where a text in a word processor's quotes ends, on its line.
fn curly_quoted(chars: &[char], start: usize) -> Option<usize> {
    const CURLY: [char; 10] = ['“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»'];
    if !CURLY.contains(chars.get(start)?) {
        return None;
    }
    let rest = &chars[start + 1..];
    let close = rest
        .iter()
        .take_while(|&&c| c != '\n' && c != '"')
        .position(|c| CURLY.contains(c))?;
    Some(start + 1 + close + 1)
}

/// Where a field written at `start` (`name: value,`) ends, its comma included.
fn field_end(chars: &[char], start: usize) -> Option<usize> {
    let mut at = start;
    while chars
        .get(at)
        .is_some_and(|c| c.is_alphanumeric() || *c == '_')
    {
        at += 1;
    }
    let blank = |mut at: usize| {
        while chars.get(at).is_some_and(|c| c.is_whitespace()) {
            at += 1;
        }
        at
    };
    at = blank(at);
    if chars.get(at) != Some(&':') {
        return None;
    }
    at = super::value_end(chars, blank(at + 1))?;
    let after = blank(at);
    Some(match chars.get(after) {
        Some(',') => after + 1,
        _ => at,
    })
}

/// `minutes: 10m` or `minutes: 7.5`: where the letters or the fraction after a whole number
/// end, when the field holds whole numbers.
fn number_tail(chars: &[char], start: usize, words: &Words) -> Option<usize> {
    let digits = chars[..start]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits == 0 {
        return None;
    }
    let head: String = chars[..start - digits].iter().collect();
    let field = head
        .trim_end()
        .strip_suffix(':')?
        .trim_end()
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()?;
    if !words.whole_numbers.contains(&field) {
        return None;
    }
    let tail = chars[start..]
        .iter()
        .take_while(|c| c.is_alphanumeric() || **c == '.')
        .count();
    (tail > 0).then_some(start + tail)
}

/// A value of the right type to put in place of a wrong one, and whether it is made up (a
/// quoted number unquoted is what the writer meant; a `1` in place of `"five"` is not).
fn stand_in(code: &Error, written: &str, field: &str, words: &Words) -> Option<(String, bool)> {
    let unquoted = written
        .strip_prefix('"')
        .and_then(|w| w.strip_suffix('"'))
        .map(str::trim);
    let whole = unquoted.filter(|u| !u.is_empty() && u.chars().all(|c| c.is_ascii_digit()));
    let number = unquoted.filter(|u| u.parse::<f64>().is_ok_and(f64::is_finite));
    let made_up = |value: &str| Some((value.to_owned(), true));
    let name = |found: &str, names: &[&str]| {
        let guess = suggest(found, names.iter().copied()).first().copied();
        guess
            .or(names.first().copied())
            .map(|n| (n.to_owned(), guess.is_none()))
    };
    match code {
        Error::ExpectedInteger | Error::IntegerOutOfBounds => match whole {
            Some(n) => Some((n.to_owned(), false)),
            None => made_up("1"),
        },
        Error::ExpectedFloat => match number {
            Some(n) => Some((n.to_owned(), false)),
            None => made_up("1.0"),
        },
        Error::ExpectedString | Error::ExpectedStringEnd => made_up("\"\""),
        Error::ExpectedBoolean => made_up("false"),
        Error::ExpectedArray => made_up("[]"),
        Error::NoSuchEnumVariant {
            expected, found, ..
        } => name(found, expected),
        Error::ExpectedIdentifier | Error::SuggestRawIdentifier(_) => {
            let names = (words.choices)(field)?.names;
            name(unquoted.unwrap_or(written), names)
        }
        Error::InvalidValueForType { expected, .. } => {
            let stand_in = [
                ("string", "\"\""),
                ("integer", "1"),
                ("float", "1.0"),
                ("bool", "false"),
                ("sequence", "[]"),
            ];
            let (_, value) = stand_in.iter().find(|(k, _)| expected.contains(k))?;
            made_up(value)
        }
        _ => None,
    }
}
