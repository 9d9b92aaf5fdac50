//! Due dates as a secretary types them. Today is passed in. Each form has one meaning:
//!
//! - `2026-12-01`: that date;
//! - `+3d`, `+2w`: three days, two weeks from today;
//! - `today`, `tomorrow`;
//! - `fri`, `friday`: the next Friday after today (a week today when today is a Friday);
//! - `this fri`, `this friday`: the Friday of this week (weeks run Monday to Sunday), today
//!   included; refused once that day has passed, saying which day it was;
//! - `next fri`, `next friday`: the Friday of next week;
//! - `none` (or nothing): no due date.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The forms a due date can take, for the refusal message.
pub const FORMS: &str = "a date like 2026-12-01, +3d, +2w, a weekday like fri (the next Friday), this fri, next fri (Friday next week), tomorrow, or none";

/// `Ok(None)` for no due date.
pub fn parse_due(text: &str, today: NaiveDate) -> Result<Option<NaiveDate>, String> {
    let t = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let refuse = || {
        Err(format!(
            "{:?} is not a due date; write {FORMS}",
            text.trim()
        ))
    };
    if t.is_empty() || t == "none" || t == "-" {
        return Ok(None);
    }
    if t == "today" {
        return Ok(Some(today));
    }
    if t == "tomorrow" {
        return Ok(today.checked_add_days(Days::new(1)));
    }
    if let Some(rest) = t.strip_prefix('+') {
        return ahead(rest, today).map_or_else(refuse, |r| r.map(Some));
    }
    if let Ok(date) = NaiveDate::parse_from_str(&t, "%Y-%m-%d") {
        return Ok(Some(date));
    }
    if let Some(day) = t.strip_prefix("this ").and_then(weekday) {
        return this_week(day, today).map(Some);
    }
    if let Some(day) = t.strip_prefix("next ").and_then(weekday) {
        let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
        let days = 7 + u64::from(day.num_days_from_monday());
        return Ok(monday.checked_add_days(Days::new(days)));
    }
    match weekday(&t) {
        Some(day) => {
            let ahead =
                (7 + day.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
            let ahead = if ahead == 0 { 7 } else { ahead };
            Ok(today.checked_add_days(Days::new(u64::from(ahead))))
        }
        None => refuse(),
    }
}

/// `3d`, `2w` after the `+`: `None` when it is not that form.
fn ahead(rest: &str, today: NaiveDate) -> Option<Result<NaiveDate, String>> {
    let cut = rest.char_indices().last().map_or(0, |(i, _)| i);
    let (number, unit) = rest.split_at(cut);
    let n = number.parse::<u64>().ok()?;
    let days = match unit {
        "d" => n,
        "w" => n.saturating_mul(7),
        _ => return None,
    };
    if days > 3660 {
        return Some(Err("a due date at most ten years ahead, please".into()));
    }
    today.checked_add_days(Days::new(days)).map(Ok)
}

/// The weekday of this week (Monday to Sunday), today included.
fn this_week(day: Weekday, today: NaiveDate) -> Result<NaiveDate, String> {
    let from_monday = i64::from(day.num_days_from_monday());
    let today_from_monday = i64::from(today.weekday().num_days_from_monday());
    let date = today + chrono::TimeDelta::days(from_monday - today_from_monday);
    if date < today {
        return Err(format!(
            "{} this week was {}; write {} for the next one",
            date.format("%A"),
            date.format("%-d %B"),
            date.format("%a").to_string().to_lowercase()
        ));
    }
    Ok(date)
}

fn weekday(t: &str) -> Option<Weekday> {
    const DAYS: [(&str, Weekday); 7] = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    if t.len() < 3 {
        return None;
    }
    DAYS.iter()
        .find(|(name, _)| name.starts_with(t))
        .map(|(_, d)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            assert_eq!(parse_due(text, today()), Ok(expected), "{text:?}");
        }
    }

    #[test]
    fn a_day_of_this_week_that_has_passed_is_refused_with_its_date() {
        let err = parse_due("this monday", today()).unwrap_err();
        assert_eq!(
            err,
            "Monday this week was 23 November; write mon for the next one"
        );
    }

    #[test]
    fn friday_on_a_friday_is_a_week_later_and_this_friday_is_today() {
        let friday = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        assert_eq!(parse_due("fri", friday), Ok(day(2026, 12, 4)));
        assert_eq!(parse_due("this fri", friday), Ok(day(2026, 11, 27)));
        assert_eq!(parse_due("next fri", friday), Ok(day(2026, 12, 4)));
        let sunday = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert_eq!(parse_due("next fri", sunday), Ok(day(2026, 12, 4)));
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
            let err = parse_due(text, today()).unwrap_err();
            assert!(
                err.contains("2026-12-01") || err.contains("ten years"),
                "{text:?}: {err}"
            );
        }
    }
}
