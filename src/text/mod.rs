//! Text from agenda files, journals and the keyboard is untrusted: before it reaches the
//! terminal or an export it loses every control character, escape sequence, bidi override and
//! zero-width character. Also: display-width helpers and the fuzzy matching used by pickers.

mod dates;
mod markup;

pub use dates::{JOIN as DATE_JOIN, keep_dates_whole};
pub use markup::escape_markup;

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Make one line of untrusted text safe to show: escape sequences (CSI, OSC, DCS, …) are removed
/// whole, other controls are removed, line breaks and tabs become spaces, and characters that can
/// reorder or hide text (bidi overrides, zero-width joiners) are dropped.
pub fn clean(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_safe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape_sequence(&mut chars),
            // C1 control-sequence and string introducers, the 8-bit forms of ESC [ and ESC ].
            '\u{9b}' => skip_until_final(&mut chars),
            '\u{90}' | '\u{9d}' | '\u{9e}' | '\u{9f}' | '\u{98}' => skip_string(&mut chars),
            '\n' | '\r' | '\t' => out.push(' '),
            c if is_safe(c) => out.push(c),
            _ => {}
        }
    }
    Cow::Owned(out)
}

/// True for characters that can be shown as they are.
fn is_safe(c: char) -> bool {
    !(c.is_control() || is_invisible_format(c))
}

/// Bidi embeddings, overrides and isolates, zero-width characters and other invisible format
/// characters: they can make a name read differently from what it is.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{200b}'..='\u{200f}'   // zero-width space/joiners, LRM, RLM
        | '\u{202a}'..='\u{202e}' // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
        | '\u{2066}'..='\u{2069}' // bidi isolates
        | '\u{206a}'..='\u{206f}' // deprecated format characters
        | '\u{feff}'              // zero-width no-break space
        | '\u{00ad}'              // soft hyphen
        | '\u{061c}'              // Arabic letter mark
        | '\u{fff9}'..='\u{fffb}' // interlinear annotations
    )
}

fn skip_escape_sequence(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_until_final(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        // Two-character sequences such as ESC c (reset) or ESC 7: drop the second character too.
        Some(c) if ('\u{20}'..='\u{7e}').contains(&c) => {
            chars.next();
            // ESC followed by intermediates (ESC ( B): drop up to the final byte.
            if ('\u{20}'..='\u{2f}').contains(&c) {
                while let Some(&n) = chars.peek() {
                    chars.next();
                    if !('\u{20}'..='\u{2f}').contains(&n) {
                        break;
                    }
                }
            }
        }
        _ => {}
    }
}

/// A CSI sequence ends with a byte in `@`..=`~`.
fn skip_until_final(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) || c.is_control() && c != '\u{1b}' {
            break;
        }
    }
}

/// OSC, DCS, SOS, PM and APC strings end with BEL or ST (ESC \ or U+9C).
fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

/// A share (0.0 to 1.0) as a whole percentage, `0.645` → `65`. Shares outside 0..=1 (never
/// made by cochair) are held to it, so the number is always a real percentage.
#[allow(clippy::cast_possible_truncation)] // held to 0..=100 before the cast
pub fn percent(share: f64) -> i64 {
    (share.clamp(0.0, 1.0) * 100.0).round() as i64
}

/// How many of `cells` a share (0.0 to 1.0) fills, rounded: for bars drawn in characters.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // held to 0..=cells
pub fn filled(share: f64, cells: usize) -> usize {
    let cells_f = cells as f64;
    ((share.clamp(0.0, 1.0) * cells_f).round() as usize).min(cells)
}

/// How many terminal columns the text takes.
pub fn width(text: &str) -> usize {
    text.width()
}

/// Cut the text to at most `max` columns, ending with `…` when something was cut.
pub fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    if text.width() <= max {
        return Cow::Borrowed(text);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    Cow::Owned(out)
}

/// `04:07`, or `1:04:07` past an hour: durations on clocks and in minutes.
pub fn duration(d: chrono::TimeDelta) -> String {
    let total = d.num_seconds().max(0);
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// Break text at spaces into lines of at most `room` columns (at least one column). A word
/// longer than the line is cut, never lost, and a character wider than the line gets a line of
/// its own. Runs of whitespace count as one space; an empty text is one empty line. Columns
/// are counted character by character, as terminals count them.
pub fn wrap(text: &str, room: usize) -> Vec<String> {
    // The no-break space that joins a date's words (see `keep_dates_whole`) is not a break.
    // A date longer than the line may break after all.
    let words = text
        .split(|c: char| c.is_whitespace() && c != dates::JOIN)
        .filter(|w| !w.is_empty())
        .map(|w| match width(w) > room && w.contains(dates::JOIN) {
            true => Cow::Owned(w.replace(dates::JOIN, " ")),
            false => Cow::Borrowed(w),
        })
        .collect::<Vec<_>>()
        .join(" ");
    let options = textwrap::Options::new(room.max(1))
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
        .break_words(true);
    textwrap::wrap(&words, options)
        .into_iter()
        .map(|line| line.replace(dates::JOIN, " "))
        .collect()
}

/// Lower-case with accents removed, so "José" is found by typing "jose".
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// How well a folded search key matches a folded query: `Some` if the query is a substring
/// (better the earlier it starts) or else a subsequence (better the tighter it is); lower is
/// better. An empty query matches everything equally. The picker asks this of every name on
/// each key typed, so it compares bytes: a substring of valid UTF-8 found byte by byte starts
/// where `str::find` would find it, and in a key of ASCII letters a byte is a character.
pub fn match_score(query: &str, key: &str) -> Option<(u8, usize)> {
    let (wanted, bytes) = (query.as_bytes(), key.as_bytes());
    let Some(&lead) = wanted.first() else {
        return Some((0, 0));
    };
    let found = bytes
        .windows(wanted.len())
        .position(|at| at[0] == lead && at == wanted);
    if let Some(at) = found {
        return Some((0, at));
    }
    if key.is_ascii() {
        subsequence(wanted.iter().copied(), bytes.iter().copied())
    } else {
        subsequence(query.chars(), key.chars())
    }
}

/// The span, in items of `key`, from the first to the last of `wanted` found in order (each
/// taken at its first chance), if all are found.
fn subsequence<T: PartialEq>(
    wanted: impl Iterator<Item = T>,
    key: impl Iterator<Item = T>,
) -> Option<(u8, usize)> {
    let mut wanted = wanted.peekable();
    let (mut first, mut last) = (None, 0);
    for (i, c) in key.enumerate() {
        if wanted.peek() == Some(&c) {
            wanted.next();
            first.get_or_insert(i);
            last = i;
        }
    }
    match wanted.peek() {
        None => Some((1, last - first.unwrap_or(0))),
        Some(_) => None,
    }
}

/// The candidate closest to `wanted`, if it is close enough to be a likely typo: the fewest
/// characters to change, add or remove (Levenshtein's distance, from strsim), ignoring case
/// and accents.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted_folded = fold(wanted);
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(&wanted_folded, &fold(c)), c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// A path as it can be pasted into a shell.
pub fn shell_quote(path: &std::path::Path) -> String {
    let text = path.display().to_string();
    if text
        .chars()
        .all(|c| c.is_alphanumeric() || "/._-+:@~".contains(c))
    {
        text
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(clean("Ana López — Budget"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_are_removed_whole() {
        assert_eq!(clean("a\u{1b}[2Jb"), "ab");
        assert_eq!(clean("a\u{1b}]52;c;SGVsbG8=\u{7}b"), "ab");
        assert_eq!(clean("a\u{1b}]0;title\u{1b}\\b"), "ab");
        assert_eq!(clean("a\u{1b}Pq#0;2;0;0;0\u{1b}\\b"), "ab");
        assert_eq!(clean("a\u{9b}31mb"), "ab");
        assert_eq!(clean("a\u{9d}8;;http://x\u{9c}b"), "ab");
        assert_eq!(clean("a\u{1b}(Bb"), "ab");
        assert_eq!(clean("a\u{1b}cb"), "ab");
    }

    #[test]
    fn controls_bidi_and_zero_width_are_removed() {
        assert_eq!(clean("a\u{7}\u{0}\u{7f}\u{85}b"), "ab");
        assert_eq!(clean("a\u{202e}cba\u{202c}\u{2066}x\u{2069}"), "acbax");
        assert_eq!(clean("a\u{200b}\u{200d}\u{feff}b"), "ab");
        assert_eq!(clean("line one\nline two\tend"), "line one line two end");
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("Budget 2027", 20), "Budget 2027");
        assert_eq!(truncate("Budget 2027", 7), "Budget…");
        assert_eq!(truncate("日本語テキスト", 5), "日本…");
    }

    #[test]
    fn durations_read_like_clocks() {
        use chrono::TimeDelta;
        assert_eq!(duration(TimeDelta::seconds(0)), "00:00");
        assert_eq!(duration(TimeDelta::seconds(247)), "04:07");
        assert_eq!(duration(TimeDelta::seconds(3847)), "1:04:07");
        assert_eq!(duration(TimeDelta::seconds(-5)), "00:00");
    }

    #[test]
    fn wrap_keeps_what_callers_rely_on() {
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("  \n ", 10), [""]);
        assert_eq!(wrap("one two  three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij k", 4), ["abcd", "efgh", "ij k"]);
        assert_eq!(wrap("well-known facts", 12), ["well-known", "facts"]);
        assert_eq!(wrap("日本語 テキスト", 6), ["日本語", "テキス", "ト"]);
    }

    #[test]
    fn wrap_ends_on_narrow_lines() {
        assert_eq!(wrap("日本", 1), ["日", "本"]);
        assert_eq!(wrap("a", 0), ["a"]);
        assert_eq!(wrap("ab c", 0), ["a", "b", "c"]);
    }

    proptest::proptest! {
        /// Any text at any width: it ends, lines fit (a character wider than the line stands
        /// alone), and every character but the spaces is still there, in order. Columns are
        /// counted per character, as the wrapper and terminals count them.
        #[test]
        fn wrap_ends_fits_and_keeps_every_character(
            text in proptest::prelude::any::<String>(),
            room in 0usize..=200,
        ) {
            let lines = wrap(&text, room);
            proptest::prop_assert!(!lines.is_empty());
            for line in &lines {
                let visible = line.chars().filter(|c| c.width().unwrap_or(0) > 0).count();
                proptest::prop_assert!(
                    textwrap::core::display_width(line) <= room.max(1) || visible == 1,
                    "{line:?} is wider than {room}"
                );
            }
            let kept: String = lines.concat().chars().filter(|c| !c.is_whitespace()).collect();
            let given: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            proptest::prop_assert_eq!(kept, given);
        }
    }

    #[test]
    fn fold_ignores_case_and_accents() {
        assert_eq!(fold("José ÅSE"), "jose ase");
    }

    #[test]
    fn matches_rank_substrings_before_subsequences() {
        assert_eq!(match_score("lop", "ana lopez"), Some((0, 4)));
        assert_eq!(match_score("alz", "ana lopez"), Some((1, 8)));
        assert_eq!(match_score("zz", "ana lopez"), None);
        assert_eq!(
            match_score(&fold("JOSÉ"), &fold("José Álvarez")),
            Some((0, 0))
        );
    }

    /// Where a key has letters beyond ASCII ("李 明", "łukasz"), places are counted in
    /// characters, as for any other key.
    #[test]
    fn keys_beyond_ascii_are_matched_by_character() {
        assert_eq!(match_score("łz", "łukasz"), Some((1, 5)));
        assert_eq!(match_score("明", "李 明 wang"), Some((0, 4)));
        assert_eq!(match_score("李w", "李 明 wang"), Some((1, 4)));
        assert_eq!(match_score("w李", "李 明 wang"), None);
    }

    /// The reading of a match by characters and `str::find`, as it was before it compared
    /// bytes: the byte-wise reading must agree with it on any key and query.
    fn match_by_characters(query: &str, key: &str) -> Option<(u8, usize)> {
        if query.is_empty() {
            return Some((0, 0));
        }
        if let Some(at) = key.find(query) {
            return Some((0, at));
        }
        subsequence(query.chars(), key.chars())
    }

    proptest::proptest! {
        #[test]
        fn matching_bytes_agrees_with_matching_characters(
            query in "[ab łé李]{0,3}",
            key in "[ab łé李]{0,12}",
        ) {
            proptest::prop_assert_eq!(
                match_score(&query, &key),
                match_by_characters(&query, &key)
            );
        }
    }

    #[test]
    fn closest_suggests_likely_typos_only() {
        let names = ["Ana Lopez", "Sam Reed"];
        assert_eq!(closest("Ana Lopes", names), Some("Ana Lopez"));
        assert_eq!(closest("Zed", names), None);
        assert_eq!(
            closest("ANA LÓPES", names),
            Some("Ana Lopez"),
            "case and accents"
        );
        let commands = ["check", "agenda", "keys"];
        assert_eq!(
            closest("chekc", commands),
            Some("check"),
            "two letters swapped"
        );
        assert_eq!(closest("kyes", commands), Some("keys"));
        assert_eq!(closest("agendum", commands), Some("agenda"));
        assert_eq!(closest("export", commands), None);
    }
}
