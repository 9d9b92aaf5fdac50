//! Due dates as a secretary types them. Today is passed in. Each form has one meaning:
//!
//! - `2026-12-01`: that date;
//! - `+3d`, `+2w` (`+3 days`, `+2 weeks`): three days, two weeks from today;
//! - `today`, `tomorrow`;
//! - `fri`, `friday`: the next Friday after today (a week today when today is a Friday);
//! - `this fri`, `this friday`: the Friday of this week (weeks run Monday to Sunday), today
//!   included; refused once that day has passed, saying which day it was;
//! - `next fri`, `next friday`: the Friday of next week;
//! - `none` (or nothing): no due date.
//!
//! The words are those of the screen's language (`due.ftl`: in Spanish `vie`, `viernes`,
//! `este vie`, `próximo vie`, `viernes que viene`, `+2 semanas`, `mañana`, `hoy`), and
//! English's in every language; accents may be left out.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::lang::{Lang, dates};
use crate::text::fold;
use crate::tr;

/// The words a language types dates in, folded (lower case, no accents).
struct Words {
    today: Vec<String>,
    tomorrow: Vec<String>,
    none: Vec<String>,
    skip: Vec<String>,
    this: Vec<String>,
    next: Vec<String>,
    next_after: Vec<String>,
    days: Vec<String>,
    weeks: Vec<String>,
    weekdays: [(Vec<String>, Weekday); 7],
}

fn list(text: String) -> Vec<String> {
    text.split(',')
        .map(|w| fold(w.trim()))
        .filter(|w| !w.is_empty())
        .collect()
}

impl Words {
    fn of(lang: Lang) -> Words {
        Words {
            today: list(tr!(lang, "due-words-today")),
            tomorrow: list(tr!(lang, "due-words-tomorrow")),
            none: list(tr!(lang, "due-words-none")),
            skip: list(tr!(lang, "due-words-skip")),
            this: list(tr!(lang, "due-words-this")),
            next: list(tr!(lang, "due-words-next")),
            next_after: list(tr!(lang, "due-words-next-after")),
            days: list(tr!(lang, "due-words-days")),
            weeks: list(tr!(lang, "due-words-weeks")),
            weekdays: [
                (list(tr!(lang, "due-words-monday")), Weekday::Mon),
                (list(tr!(lang, "due-words-tuesday")), Weekday::Tue),
                (list(tr!(lang, "due-words-wednesday")), Weekday::Wed),
                (list(tr!(lang, "due-words-thursday")), Weekday::Thu),
                (list(tr!(lang, "due-words-friday")), Weekday::Fri),
                (list(tr!(lang, "due-words-saturday")), Weekday::Sat),
                (list(tr!(lang, "due-words-sunday")), Weekday::Sun),
            ],
        }
    }

    /// The weekday a word names: one of its forms, or at least the first 3 letters of its
    /// full name.
    fn weekday(&self, word: &str) -> Option<Weekday> {
        self.weekdays.iter().find_map(|(names, day)| {
            let full = names.first()?;
            let named = names.iter().any(|n| n == word)
                || (word.chars().count() >= 3 && full.starts_with(word));
            named.then_some(*day)
        })
    }

    /// `rest` with one of `words` and a space before it taken off.
    fn after<'t>(words: &[String], text: &'t str) -> Option<&'t str> {
        words
            .iter()
            .find_map(|w| text.strip_prefix(w.as_str())?.strip_prefix(' '))
    }

    /// `text` with one of `words` and a space after it taken off.
    fn before<'t>(words: &[String], text: &'t str) -> Option<&'t str> {
        words
            .iter()
            .find_map(|w| text.strip_suffix(w.as_str())?.strip_suffix(' '))
    }
}

/// The languages whose words a screen in `lang` understands: its own, and English's.
fn vocabulary(lang: Lang) -> Vec<Words> {
    match lang {
        Lang::Es => vec![Words::of(Lang::Es), Words::of(Lang::En)],
        Lang::En | Lang::Pseudo => vec![Words::of(Lang::En)],
    }
}

/// `Ok(None)` for no due date. Refusals are in `lang`.
pub fn parse_due(text: &str, today: NaiveDate, lang: Lang) -> Result<Option<NaiveDate>, String> {
    let typed = fold(&text.split_whitespace().collect::<Vec<_>>().join(" "));
    let refuse = || Err(tr!(lang, "due-not-a-date", typed = text.trim()));
    let vocabulary = vocabulary(lang);
    let is = |t: &str, pick: fn(&Words) -> &Vec<String>| {
        vocabulary
            .iter()
            .any(|w| pick(w).iter().any(|word| word == t))
    };
    if typed.is_empty() || typed == "-" || is(&typed, |w| &w.none) {
        return Ok(None);
    }
    let t = vocabulary
        .iter()
        .find_map(|w| Words::after(&w.skip, &typed))
        .unwrap_or(&typed);
    if is(t, |w| &w.today) {
        return Ok(Some(today));
    }
    if is(t, |w| &w.tomorrow) {
        return Ok(today.checked_add_days(Days::new(1)));
    }
    if let Some(rest) = t.strip_prefix('+') {
        return ahead(rest, today, &vocabulary, lang).map_or_else(refuse, |r| r.map(Some));
    }
    if let Ok(date) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(Some(date));
    }
    let weekday = |word: &str| vocabulary.iter().find_map(|w| w.weekday(word));
    let this = vocabulary.iter().find_map(|w| Words::after(&w.this, t));
    if let Some(day) = this.and_then(weekday) {
        return this_week(day, today, lang).map(Some);
    }
    let next = vocabulary
        .iter()
        .find_map(|w| Words::after(&w.next, t).or_else(|| Words::before(&w.next_after, t)));
    if let Some(day) = next.and_then(weekday) {
        let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
        let days = 7 + u64::from(day.num_days_from_monday());
        return Ok(monday.checked_add_days(Days::new(days)));
    }
    match weekday(t) {
        Some(day) => {
            let ahead =
                (7 + day.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
            let ahead = if ahead == 0 { 7 } else { ahead };
            Ok(today.checked_add_days(Days::new(u64::from(ahead))))
        }
        None => refuse(),
    }
}

/// `3d`, `2w`, `2 semanas` after the `+`: `None` when it is not that form.
fn ahead(
    rest: &str,
    today: NaiveDate,
    vocabulary: &[Words],
    lang: Lang,
) -> Option<Result<NaiveDate, String>> {
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (number, unit) = rest.split_at(digits);
    let (n, unit) = (number.parse::<u64>().ok()?, unit.trim());
    let days = match vocabulary.iter().find_map(|w| {
        let unit = unit.to_owned();
        match (w.days.contains(&unit), w.weeks.contains(&unit)) {
            (true, _) => Some(1),
            (_, true) => Some(7),
            _ => None,
        }
    }) {
        Some(per) => n.saturating_mul(per),
        None => return None,
    };
    if days > 3660 {
        return Some(Err(tr!(lang, "due-too-far")));
    }
    today.checked_add_days(Days::new(days)).map(Ok)
}

/// The weekday of this week (Monday to Sunday), today included.
fn this_week(day: Weekday, today: NaiveDate, lang: Lang) -> Result<NaiveDate, String> {
    let from_monday = i64::from(day.num_days_from_monday());
    let today_from_monday = i64::from(today.weekday().num_days_from_monday());
    let date = today + chrono::TimeDelta::days(from_monday - today_from_monday);
    if date < today {
        let short = Words::of(lang).weekdays[date.weekday().num_days_from_monday() as usize]
            .0
            .last()
            .cloned()
            .unwrap_or_default();
        return Err(tr!(
            lang,
            "due-this-week-was",
            weekday = dates::weekday(lang, date.weekday()),
            day = tr!(
                lang,
                "dates-day-month",
                day = date.day(),
                month = dates::month(lang, date)
            ),
            short = short
        ));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// A Tuesday.
    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn every_form() {
        let table = [
            ("2026-12-01", day(2026, 12, 1)),
            ("+3d", day(2026, 11, 27)),
            ("+2w", day(2026, 12, 8)),
            ("+0d", day(2026, 11, 24)),
            ("fri", day(2026, 11, 27)),
            ("Friday", day(2026, 11, 27)),
            ("tue", day(2026, 12, 1)),
            ("mon", day(2026, 11, 30)),
            ("tomorrow", day(2026, 11, 25)),
            ("today", day(2026, 11, 24)),
            ("none", None),
            ("", None),
            ("  Wed ", day(2026, 11, 25)),
            ("this friday", day(2026, 11, 27)),
            ("this fri", day(2026, 11, 27)),
            ("This Tuesday", day(2026, 11, 24)),
            ("next friday", day(2026, 12, 4)),
            ("next  fri", day(2026, 12, 4)),
            ("next tue", day(2026, 12, 1)),
            ("next monday", day(2026, 11, 30)),
        ];
        for (text, expected) in table {
            assert_eq!(parse_due(text, today(), Lang::En), Ok(expected), "{text:?}");
        }
    }

    #[test]
    fn a_day_of_this_week_that_has_passed_is_refused_with_its_date() {
        let err = parse_due("this monday", today(), Lang::En).unwrap_err();
        assert_eq!(
            err,
            "Monday this week was 23 November; write mon for the next one"
        );
    }

    #[test]
    fn friday_on_a_friday_is_a_week_later_and_this_friday_is_today() {
        let friday = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        assert_eq!(parse_due("fri", friday, Lang::En), Ok(day(2026, 12, 4)));
        assert_eq!(
            parse_due("this fri", friday, Lang::En),
            Ok(day(2026, 11, 27))
        );
        assert_eq!(
            parse_due("next fri", friday, Lang::En),
            Ok(day(2026, 12, 4))
        );
        let sunday = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert_eq!(
            parse_due("next fri", sunday, Lang::En),
            Ok(day(2026, 12, 4))
        );
    }

    /// A Spanish screen takes Spanish words (accents optional), and English ones too; an
    /// English screen does not guess at Spanish.
    #[test]
    fn spanish_forms_on_a_spanish_screen() {
        let table = [
            ("hoy", day(2026, 11, 24)),
            ("mañana", day(2026, 11, 25)),
            ("Manana", day(2026, 11, 25)),
            ("vie", day(2026, 11, 27)),
            ("viernes", day(2026, 11, 27)),
            ("el viernes", day(2026, 11, 27)),
            ("para el vie", day(2026, 11, 27)),
            ("mié", day(2026, 11, 25)),
            ("miercoles", day(2026, 11, 25)),
            ("sáb", day(2026, 11, 28)),
            ("este viernes", day(2026, 11, 27)),
            ("próximo vie", day(2026, 12, 4)),
            ("el proximo viernes", day(2026, 12, 4)),
            ("viernes que viene", day(2026, 12, 4)),
            ("+2 semanas", day(2026, 12, 8)),
            ("+3 días", day(2026, 11, 27)),
            ("+3d", day(2026, 11, 27)),
            ("2026-12-01", day(2026, 12, 1)),
            ("fri", day(2026, 11, 27)),
            ("next friday", day(2026, 12, 4)),
            ("tomorrow", day(2026, 11, 25)),
            ("ninguna", None),
            ("sin fecha", None),
            ("", None),
        ];
        for (text, expected) in table {
            assert_eq!(parse_due(text, today(), Lang::Es), Ok(expected), "{text:?}");
        }
        assert!(parse_due("viernes", today(), Lang::En).is_err());
        assert_eq!(
            parse_due("este lunes", today(), Lang::Es).unwrap_err(),
            "el lunes de esta semana fue el 23 de noviembre; escribe lun para el siguiente"
        );
        let refused = parse_due("la semana que viene", today(), Lang::Es).unwrap_err();
        assert!(
            refused.starts_with(
                "\"la semana que viene\" no es una fecha; escribe una fecha como 2026-12-01"
            ),
            "{refused}"
        );
    }

    #[test]
    fn refusals_list_the_forms() {
        for text in [
            "next week",
            "this",
            "next",
            "2026-13-01",
            "+3",
            "+d",
            "+3m",
            "fr",
            "12/01/2026",
            "+99999w",
        ] {
            let err = parse_due(text, today(), Lang::En).unwrap_err();
            assert!(
                err.contains("2026-12-01") || err.contains("ten years"),
                "{text:?}: {err}"
            );
        }
    }
}
