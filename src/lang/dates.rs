//! Dates, times and lengths of time as a language writes them for people ("Thursday 3
//! December 2026", "jueves, 3 de diciembre de 2026"; "at half past 6 in the evening", "a las 6
//! y media de la tarde"; "1 hour and 15 minutes"), and lists of names ("Ana, Sam and Mei").
//! The names of days and months and the order of the words are in `dates.ftl`, so a new
//! language brings its own; the code only works out which words to say. Screens show times on
//! a 24-hour clock (`18:30`) in every language; machine formats (`2026-12-03` in the journal
//! and in todo.txt) never come here.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};

use super::Lang;
use crate::tr;

/// `Thursday`, `jueves`.
pub fn weekday(lang: Lang, day: Weekday) -> String {
    match day {
        Weekday::Mon => tr!(lang, "dates-monday"),
        Weekday::Tue => tr!(lang, "dates-tuesday"),
        Weekday::Wed => tr!(lang, "dates-wednesday"),
        Weekday::Thu => tr!(lang, "dates-thursday"),
        Weekday::Fri => tr!(lang, "dates-friday"),
        Weekday::Sat => tr!(lang, "dates-saturday"),
        Weekday::Sun => tr!(lang, "dates-sunday"),
    }
}

/// `December`, `diciembre`.
pub fn month(lang: Lang, date: NaiveDate) -> String {
    match date.month() {
        1 => tr!(lang, "dates-january"),
        2 => tr!(lang, "dates-february"),
        3 => tr!(lang, "dates-march"),
        4 => tr!(lang, "dates-april"),
        5 => tr!(lang, "dates-may"),
        6 => tr!(lang, "dates-june"),
        7 => tr!(lang, "dates-july"),
        8 => tr!(lang, "dates-august"),
        9 => tr!(lang, "dates-september"),
        10 => tr!(lang, "dates-october"),
        11 => tr!(lang, "dates-november"),
        _ => tr!(lang, "dates-december"),
    }
}

/// `Thursday 3 December 2026`, `jueves, 3 de diciembre de 2026`.
pub fn long(lang: Lang, date: NaiveDate) -> String {
    tr!(
        lang,
        "dates-long",
        weekday = weekday(lang, date.weekday()),
        day = date.day(),
        month = month(lang, date),
        year = date.year()
    )
}

/// `Thursday 3 December`, `jueves, 3 de diciembre`: a day of the year everyone knows.
pub fn day(lang: Lang, date: NaiveDate) -> String {
    tr!(
        lang,
        "dates-day",
        weekday = weekday(lang, date.weekday()),
        day = date.day(),
        month = month(lang, date)
    )
}

/// A day, with its year only when it is not the year of `reference` (the meeting's).
pub fn day_near(lang: Lang, date: NaiveDate, reference: NaiveDate) -> String {
    match date.year() == reference.year() {
        true => day(lang, date),
        false => long(lang, date),
    }
}

/// The part of the day a time is in, as `dates.ftl`'s messages choose their words by it.
fn part_of_day(hour: u32) -> &'static str {
    match hour {
        0..=5 => "small-hours",
        6..=11 => "morning",
        12..=17 => "afternoon",
        18..=20 => "evening",
        _ => "night",
    }
}

/// A time as people say it, with the word for "at": `at half past 6 in the evening`, `a las 6
/// y media de la tarde`, `at about 20 to 8 in the evening` (to the nearest 5 minutes, saying
/// "about" when rounded), `at midday`.
pub fn at_time(lang: Lang, time: NaiveTime) -> String {
    let minutes = time.hour() * 60 + time.minute();
    let rounded = (minutes + 2) / 5 * 5 % (24 * 60);
    let about = match rounded == minutes && time.second() == 0 {
        true => "no",
        false => "yes",
    };
    let (hour, minute) = (rounded / 60, rounded % 60);
    let next = (hour + 1) % 24;
    let twelve = |h: u32| match h % 12 {
        0 => 12,
        h => h,
    };
    // Midday and midnight by name, on the hour and at a quarter to.
    let named = match (minute, hour, next) {
        (0, 0, _) | (45, _, 0) => Some("midnight"),
        (0, 12, _) | (45, _, 12) => Some("midday"),
        _ => None,
    };
    let part = named.unwrap_or(part_of_day(hour));
    let time = match minute {
        0 => tr!(lang, "dates-oclock", hour = twelve(hour), part = part),
        15 => tr!(lang, "dates-quarter-past", hour = twelve(hour), part = part),
        30 => tr!(lang, "dates-half-past", hour = twelve(hour), part = part),
        45 => tr!(lang, "dates-quarter-to", hour = twelve(next), part = part),
        m if m < 30 => tr!(
            lang,
            "dates-minutes-past",
            hour = twelve(hour),
            minutes = m,
            part = part
        ),
        m => tr!(
            lang,
            "dates-minutes-to",
            hour = twelve(next),
            minutes = 60 - m,
            part = part
        ),
    };
    tr!(lang, "dates-at", about = about, time = time)
}

/// `5 minutes`, `1 hour`, `1 hour and 15 minutes`; `no time` for none.
pub fn how_long(lang: Lang, minutes: u64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, 0) => tr!(lang, "dates-no-time"),
        (0, m) => tr!(lang, "dates-minutes", minutes = m),
        (h, 0) => tr!(lang, "dates-hours", hours = h),
        (h, m) => tr!(lang, "dates-hours-minutes", hours = h, minutes = m),
    }
}

/// `Ana`, `Ana and Sam`, `Ana, Sam and Mei`; in Spanish `Ana y Sam`, and `Ana e Inés` before
/// the sound "i" (the messages choose by `$next`, the sound the last name starts with).
pub fn and_list(lang: Lang, names: &[&str]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => tr!(
            lang,
            "dates-and-list",
            first = rest.join(", "),
            last = *last,
            next = first_sound(last)
        ),
    }
}

/// `parent`, `consumer or carer`, `a, b or c`; in Spanish `a o b`, and `a u Olga` before the
/// sound "o" (the messages choose by `$next`).
pub fn or_list(lang: Lang, words: &[&str]) -> String {
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => tr!(
            lang,
            "dates-or-list",
            first = rest.join(", "),
            last = *last,
            next = first_sound(last)
        ),
    }
}

/// `i` for a word that starts with the sound "i" (`Inés`, `Hilda`, but not `Hierro`), `o` for
/// the sound "o" (`Olga`, `Horacio`), else `other`.
fn first_sound(word: &str) -> &'static str {
    let folded = crate::text::fold(word.trim());
    let bare = folded.strip_prefix('h').unwrap_or(&folded);
    let mut chars = bare.chars();
    match (chars.next(), chars.next()) {
        (Some('i'), Some('a' | 'e' | 'o' | 'u')) if folded.starts_with('h') => "other",
        (Some('i'), _) => "i",
        (Some('o'), _) => "o",
        _ => "other",
    }
}

#[cfg(test)]
mod tests;
