//! Times as people write them when they are not thinking of a 24-hour clock (`2:00 PM`,
//! `6.30pm`, `18h00`), so a start or an end in another form is answered with the form to write.

use chrono::NaiveTime;

/// The time meant by `text` when it is written in another way than `HH:MM`: a 12-hour clock
/// with am or pm (`2:00 PM`, `2pm`, `6.30 p.m.`), or a 24-hour clock with a dot or an `h`
/// (`18.30`, `18h30`). `None` when it is not a time in any of these ways.
pub fn meant(text: &str) -> Option<NaiveTime> {
    let lower = text.trim().to_lowercase();
    let (clock, half) = match twelve_hour_suffix(&lower) {
        Some((clock, pm)) => (clock, Some(pm)),
        None => (lower.as_str(), None),
    };
    // A bare hour (`18`) is a time only with am or pm: alone it could be anything.
    let (hour, minute) = match clock.split_once([':', '.', 'h']) {
        Some((h, m)) => (h.trim(), m.trim()),
        None if half.is_some() => (clock, ""),
        None => return None,
    };
    let digits = |s: &str| (1..=2).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit());
    if !digits(hour) || !(digits(minute) || minute.is_empty() && half.is_some()) {
        return None;
    }
    let hour: u32 = hour.parse().ok()?;
    let minute: u32 = if minute.is_empty() {
        0
    } else {
        minute.parse().ok()?
    };
    let hour = match half {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(pm) => hour % 12 + if pm { 12 } else { 0 },
        None => hour,
    };
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// `2:00 pm` → (`2:00`, true): the clock without its am or pm, and whether it was pm.
fn twelve_hour_suffix(lower: &str) -> Option<(&str, bool)> {
    for (suffix, pm) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)] {
        if let Some(clock) = lower.strip_suffix(suffix) {
            return Some((clock.trim_end(), pm));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(text: &str) -> Option<String> {
        meant(text).map(|t| t.format("%H:%M").to_string())
    }

    #[test]
    fn twelve_hour_times_become_twenty_four_hour_ones() {
        assert_eq!(hm("2:00 PM").as_deref(), Some("14:00"));
        assert_eq!(hm("2pm").as_deref(), Some("14:00"));
        assert_eq!(hm("6.30 p.m.").as_deref(), Some("18:30"));
        assert_eq!(hm("9:15am").as_deref(), Some("09:15"));
        assert_eq!(hm("12 pm").as_deref(), Some("12:00"));
        assert_eq!(hm("12:30 AM").as_deref(), Some("00:30"));
    }

    #[test]
    fn other_separators_are_read_as_a_24_hour_clock() {
        assert_eq!(hm("18.30").as_deref(), Some("18:30"));
        assert_eq!(hm("18h30").as_deref(), Some("18:30"));
    }

    #[test]
    fn what_is_not_a_time_is_left_alone() {
        for text in ["soon", "13pm", "18", "25.00", "6.75pm", "evening pm", ""] {
            assert_eq!(hm(text), None, "{text:?}");
        }
    }
}
