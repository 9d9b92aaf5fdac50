//! Due dates as a secretary types them: `2026-12-01`, `+3d`, `+2w`, a weekday (`fri` is the
//! next Friday), `tomorrow`, `today`, or `none`. Today is passed in.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The forms a due date can take, for the refusal message.
pub const FORMS: &str =
    "a date like 2026-12-01, +3d, +2w, a weekday like fri (the next Friday), tomorrow, or none";

/// `Ok(None)` for no due date.
pub fn parse_due(text: &str, today: NaiveDate) -> Result<Option<NaiveDate>, String> {
    let t = text.trim().to_lowercase();
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
        let cut = rest.char_indices().last().map_or(0, |(i, _)| i);
        let (number, unit) = rest.split_at(cut);
        let Ok(n) = number.parse::<u64>() else {
            return refuse();
        };
        let days = match unit {
            "d" => n,
            "w" => n.saturating_mul(7),
            _ => return refuse(),
        };
        if days > 3660 {
            return Err("a due date at most ten years ahead, please".into());
        }
        return Ok(today.checked_add_days(Days::new(days)));
    }
    if let Ok(date) = NaiveDate::parse_from_str(&t, "%Y-%m-%d") {
        return Ok(Some(date));
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
        ];
        for (text, expected) in table {
            assert_eq!(parse_due(text, today()), Ok(expected), "{text:?}");
        }
    }

    #[test]
    fn refusals_list_the_forms() {
        for text in [
            "next week",
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
