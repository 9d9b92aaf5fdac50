//! Dates kept on one line: `Thursday 3 December 2026` wrapped as `… Thursday 3` / `December
//! 2026` reads as two things. The words of a date are joined with a no-break space, which
//! [`super::wrap`] never breaks at and writes out as a plain space; so is `due` to the date it
//! introduces (`due 2026-11-20`).

/// The character that joins the words of a date while the text is wrapped.
pub const JOIN: char = '\u{a0}';

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The text with the words of each date joined: a day and its month (`3 December`), with the
/// weekday before it (`Thursday 3 December`, `Thu 3 Dec`) and the year after it (`December
/// 2026`). Dates written as `2026-12-03` have no spaces to break at.
pub fn keep_dates_whole(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    // joined[i]: word i and word i + 1 belong to one date.
    let mut joined = vec![false; words.len()];
    for (i, word) in words.iter().enumerate() {
        // `due 2026-11-20`: a due date stays with the word that says it is one.
        if i >= 1 && words[i - 1] == "due" && is_iso_date(word) {
            joined[i - 1] = true;
        }
        if !is_name(word, &MONTHS) {
            continue;
        }
        if i >= 1 && is_day(words[i - 1]) {
            joined[i - 1] = true;
            if i >= 2 && is_name(words[i - 2], &WEEKDAYS) {
                joined[i - 2] = true;
            }
        }
        if words.get(i + 1).is_some_and(|next| is_year(next)) {
            joined[i] = true;
        }
    }
    let mut out = String::with_capacity(text.len());
    for (i, word) in words.iter().enumerate() {
        out.push_str(word);
        if i + 1 < words.len() {
            out.push(if joined[i] { JOIN } else { ' ' });
        }
    }
    out
}

/// The word without the punctuation around it: `(3`, `December,`, `2026).`.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// A month or a weekday, in full or in its first three letters, capitalised.
fn is_name(word: &str, names: &[&str]) -> bool {
    let word = bare(word);
    word.len() >= 3
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && names
            .iter()
            .any(|name| *name == word || (word.len() == 3 && name.starts_with(word)))
}

fn is_day(word: &str) -> bool {
    let day = bare(word);
    day.len() <= 2 && day.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// `2026-11-20`.
fn is_iso_date(word: &str) -> bool {
    let date = bare(word);
    date.len() == 10
        && date.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        })
}

fn is_year(word: &str) -> bool {
    let year = bare(word);
    year.len() == 4 && year.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        keep_dates_whole(text).replace(JOIN, "+")
    }

    #[test]
    fn the_words_of_a_date_are_joined() {
        assert_eq!(
            shown("on Thursday 3 December 2026."),
            "on Thursday+3+December+2026."
        );
        assert_eq!(shown("Items, 3 December 2026"), "Items, 3+December+2026");
        assert_eq!(
            shown("(Tue 1 Dec) and 27 October"),
            "(Tue+1+Dec) and 27+October"
        );
        assert_eq!(shown("in December 2026, we"), "in December+2026, we");
        assert_eq!(
            shown("(Rosa Diaz, due 2026-11-20)"),
            "(Rosa Diaz, due+2026-11-20)"
        );
    }

    #[test]
    fn other_words_are_left_alone() {
        for text in [
            "We may meet in 12 rooms",
            "May we start",
            "item 3 December planning is",
            "the 2026 budget",
        ] {
            let kept = shown(text);
            assert_eq!(
                kept.matches('+').count(),
                usize::from(text.contains("3 December")),
                "{text}"
            );
        }
    }

    #[test]
    fn a_date_is_never_broken_across_lines() {
        let text = keep_dates_whole(
            "Action items: Consumer Advisory Group — Community Mental Health, 3 December 2026",
        );
        let lines = crate::text::wrap(&text, 72);
        assert_eq!(lines[1], "3 December 2026", "{lines:?}");
        assert!(lines.iter().all(|l| !l.contains(JOIN)));
    }
}
