//! Reading the text around a parse error for the mistakes people make when they write a file
//! by hand, so the message can say what to write instead.

use super::Words;
use crate::lang::Lang;
use crate::tr;

/// What is wrong, said so the writer knows what to write.
pub struct Mistake {
    pub message: String,
    /// The message is about the value of the field being read, so it names the field.
    pub about_field: bool,
    /// The mistake is this many columns after where the parser stopped.
    pub columns_on: usize,
}

/// The mistake the text shows at the error's position, if it shows one.
pub fn read(
    src: &str,
    err: &ron::error::SpannedError,
    field: Option<&str>,
    words: &Words,
) -> Option<Mistake> {
    let line = src.lines().nth(err.span.start.line.checked_sub(1)?)?;
    let col = err.span.start.col.saturating_sub(1);
    let before: String = line.chars().take(col).collect();
    let after: String = line.chars().skip(col).collect();
    let blank = after.chars().take_while(|c| c.is_whitespace()).count();
    let mistake = |message, about_field, columns_on| Mistake {
        message,
        about_field,
        columns_on,
    };
    let lang = words.lang;
    if let Some(message) = curly_quotes(lang, after.trim_start()) {
        return Some(mistake(message, true, blank));
    }
    if let Some(message) = quoted_name(&after, &err.code, field, words) {
        return Some(mistake(message, true, 0));
    }
    let value = after.trim_start();
    if let Some(message) =
        quoted_number(lang, value, &err.code).or_else(|| unquoted(lang, value, &err.code))
    {
        return Some(mistake(message, true, blank));
    }
    let opened = innermost_open(src, err.span.start.line, col);
    unclosed(lang, &after, &err.code, opened)
        .or_else(|| not_a_whole_number(&before, &after, &err.code, words))
        .map(|message| mistake(message, false, 0))
}

/// A wrong type is found where the value was looked for, just after the `:`: the columns
/// of space before the value itself.
pub fn blank_before_value(src: &str, err: &ron::error::SpannedError) -> usize {
    use ron::Error;
    let type_error = matches!(
        err.code,
        Error::ExpectedInteger
            | Error::ExpectedFloat
            | Error::ExpectedString
            | Error::ExpectedStringEnd
            | Error::ExpectedBoolean
            | Error::ExpectedArray
            | Error::ExpectedIdentifier
            | Error::IntegerOutOfBounds
            | Error::InvalidValueForType { .. }
    );
    let Some(line) = src.lines().nth(err.span.start.line.saturating_sub(1)) else {
        return 0;
    };
    let after = line.chars().skip(err.span.start.col.saturating_sub(1));
    match type_error {
        true => after.take_while(|c| c.is_whitespace()).count(),
        false => 0,
    }
}

const CURLY: [char; 10] = ['“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»'];

/// `“Budget”` (a word processor's quotes): say which quotes to use.
fn curly_quotes(lang: Lang, after: &str) -> Option<String> {
    let open = after.chars().next().filter(|c| CURLY.contains(c))?;
    let rest = &after[open.len_utf8()..];
    Some(match rest.find(CURLY) {
        Some(end) => {
            let text = &rest[..end];
            let close = rest[end..].chars().next().unwrap_or(open);
            tr!(
                lang,
                "check-curly-quotes-around",
                text = text,
                open = open.to_string(),
                close = close.to_string()
            )
        }
        None => tr!(lang, "check-curly-quotes", open = open.to_string()),
    })
}

/// `kind: "Decision"`: a choice is written as a bare name.
fn quoted_name(
    after: &str,
    code: &ron::Error,
    field: Option<&str>,
    words: &Words,
) -> Option<String> {
    if !matches!(code, ron::Error::ExpectedIdentifier) {
        return None;
    }
    let quoted = after.strip_prefix('"')?.split('"').next()?;
    let names = field.and_then(|f| (words.choices)(f)).map(|c| c.names);
    let name = match names {
        Some(names) => super::suggest(quoted, names.iter().copied())
            .first()
            .copied()
            .unwrap_or(quoted),
        None => quoted,
    };
    Some(tr!(words.lang, "check-write-without-quotes", name = name))
}

/// `minutes: "20"`: a number is written as it is.
fn quoted_number(lang: Lang, after: &str, code: &ron::Error) -> Option<String> {
    if !matches!(
        code,
        ron::Error::ExpectedInteger | ron::Error::ExpectedFloat | ron::Error::IntegerOutOfBounds
    ) {
        return None;
    }
    let quoted = after.strip_prefix('"')?.split('"').next()?.trim();
    quoted
        .parse::<f64>()
        .is_ok_and(f64::is_finite)
        .then(|| tr!(lang, "check-number-without-quotes", number = quoted))
}

/// `title: Welcome` or `title: 5`: text goes in double quotes.
fn unquoted(lang: Lang, after: &str, code: &ron::Error) -> Option<String> {
    if !matches!(code, ron::Error::ExpectedString) {
        return None;
    }
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .collect();
    (!word.is_empty()).then(|| tr!(lang, "check-text-in-quotes", word = word))
}

/// The bracket still open at a place in the text (`(`, `[` or `{`), strings and comments
/// left out: after a closed `Item( … )` in a list it is the list's `[`.
fn innermost_open(src: &str, line: usize, col: usize) -> Option<char> {
    let before_line: usize = src
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let in_line: usize = src
        .get(before_line..)?
        .chars()
        .take(col)
        .map(char::len_utf8)
        .sum();
    let mut open = Vec::new();
    let mut chars = src[..before_line + in_line].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' | '[' | '{' => open.push(c),
            ')' | ']' | '}' => {
                open.pop();
            }
            '"' => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '/' if chars.peek() == Some(&'/') => {
                chars.find(|&c| c == '\n');
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                while let Some(c) = chars.next() {
                    if c == '*' && chars.peek() == Some(&'/') {
                        chars.next();
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    open.pop()
}

/// `Item(title: "A", minutes: 5` then the next `Item(`: the first one was never closed.
fn unclosed(lang: Lang, after: &str, code: &ron::Error, opened: Option<char>) -> Option<String> {
    if opened != Some('(') {
        return None;
    }
    let name: String = after
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let opens = after[name.len()..].trim_start().starts_with('(');
    let fits = match code {
        ron::Error::ExpectedComma => true,
        ron::Error::NoSuchStructField { found, .. } => *found == name,
        _ => false,
    };
    if !(opens && fits && name.starts_with(|c: char| c.is_ascii_uppercase())) {
        return None;
    }
    let vowel = super::words::vowel(&name);
    Some(tr!(lang, "check-not-closed", vowel = vowel, name = name))
}

/// `minutes: 10m` or `minutes: 7.5`: whole numbers only, so say which.
fn not_a_whole_number(
    before: &str,
    after: &str,
    code: &ron::Error,
    words: &Words,
) -> Option<String> {
    if !matches!(code, ron::Error::ExpectedComma) {
        return None;
    }
    let head = before.trim_end();
    let digits_from = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()?
        .0;
    let digits = &head[digits_from..];
    let field = head[..digits_from]
        .trim_end()
        .strip_suffix(':')?
        .trim_end()
        .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .next()?;
    if !words.whole_numbers.contains(&field) {
        return None;
    }
    if let Some(fraction) = after.strip_prefix('.') {
        let fraction: String = fraction.chars().take_while(char::is_ascii_digit).collect();
        let whole: u64 = digits.parse().ok()?;
        let unit = if field == "minutes" {
            "minutes"
        } else if field.ends_with("_seconds") {
            "seconds"
        } else {
            "other"
        };
        let write = if fraction.chars().all(|c| c == '0') {
            whole.to_string()
        } else {
            let next = whole.saturating_add(1).to_string();
            tr!(
                words.lang,
                "check-whole-or-next",
                whole = whole.to_string(),
                next = next
            )
        };
        return Some(tr!(
            words.lang,
            "check-whole-number",
            field = field,
            unit = unit,
            write = write
        ));
    }
    after.starts_with(|c: char| c.is_alphabetic()).then(|| {
        tr!(
            words.lang,
            "check-whole-number",
            field = field,
            unit = "other",
            write = digits
        )
    })
}
