//! The due date suggested for an action carried over to the next meeting. It is always a day
//! still to come: the next meeting when the agenda says when that is, else as far on from this
//! meeting as this one was from the last, else four weeks from today. Today is passed in.

use chrono::{Days, NaiveDate};

use super::Meeting;

/// How far on a carried action is due when nothing says when the next meeting is.
pub const WEEKS_WHEN_UNKNOWN: u64 = 4;

/// When the series' next meeting probably is, and so when a carried action is due: `next`
/// (the agenda's `next_meeting`) when it is after today; else `this` plus the gap since `last`;
/// else four weeks from today. An old due date later than that is kept: carrying over never
/// brings a date forward.
pub fn carried_due(
    next: Option<NaiveDate>,
    last: Option<NaiveDate>,
    this: NaiveDate,
    old: Option<NaiveDate>,
    today: NaiveDate,
) -> NaiveDate {
    let ahead = |day: &NaiveDate| *day > today;
    let interval = last
        .filter(|last| *last < this)
        .and_then(|last| this.checked_add_signed(this - last));
    let suggested = next
        .filter(ahead)
        .or(interval.filter(ahead))
        .or_else(|| today.checked_add_days(Days::new(WEEKS_WHEN_UNKNOWN * 7)))
        .unwrap_or(today);
    old.filter(|old| *old > suggested).unwrap_or(suggested)
}

impl Meeting {
    /// The due date to suggest for the last meeting's action `action` carried over (see
    /// [`carried_due`]).
    pub fn carried_due(&self, action: usize, today: NaiveDate) -> NaiveDate {
        let old = self.last_actions().get(action).and_then(|l| l.action.due);
        carried_due(
            self.agenda().next_meeting(),
            self.previous().map(|p| p.date),
            self.date(),
            old,
            today,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn the_next_meeting_when_the_agenda_says_when() {
        let due = carried_due(
            Some(day(12, 15)),
            Some(day(10, 27)),
            day(11, 24),
            Some(day(11, 6)),
            day(11, 24),
        );
        assert_eq!(due, day(12, 15));
    }

    #[test]
    fn else_as_far_on_as_the_last_meeting_was() {
        let due = carried_due(
            None,
            Some(day(10, 27)),
            day(11, 24),
            Some(day(11, 6)),
            day(11, 24),
        );
        assert_eq!(due, day(12, 22), "28 days after 24 November");
    }

    #[test]
    fn else_four_weeks_from_today() {
        assert_eq!(
            carried_due(None, None, day(11, 24), None, day(11, 24)),
            day(12, 22)
        );
        assert_eq!(
            carried_due(None, None, day(11, 24), None, day(11, 30)),
            day(12, 28)
        );
    }

    #[test]
    fn never_a_day_that_has_passed() {
        // Reviewed long after the meeting: the next meeting and the interval are behind us.
        let today = day(12, 28);
        let due = carried_due(
            Some(day(12, 15)),
            Some(day(10, 27)),
            day(11, 24),
            None,
            today,
        );
        assert_eq!(due, day(12, 28) + Days::new(28));
        for (next, last) in [
            (None, None),
            (Some(day(11, 1)), None),
            (None, Some(day(11, 24))),
        ] {
            assert!(carried_due(next, last, day(11, 24), Some(day(1, 1)), today) > today);
        }
    }

    #[test]
    fn a_later_old_date_is_kept() {
        let due = carried_due(
            Some(day(12, 15)),
            None,
            day(11, 24),
            Some(day(12, 31)),
            day(11, 24),
        );
        assert_eq!(due, day(12, 31));
    }
}
