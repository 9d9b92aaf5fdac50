//! The meeting's planned and projected end, in the local time of the room.

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone, Utc};

use super::{Meeting, Phase};

impl Meeting {
    /// When the meeting was meant to start: the agenda's planned start on the meeting's date;
    /// the moment it was started when the agenda gives no start, or when it was held on
    /// another day than planned (the plan's times say nothing about that day).
    pub fn planned_start(&self, offset: FixedOffset) -> Option<DateTime<FixedOffset>> {
        let actual = self.started.map(|s| s.with_timezone(&offset));
        match (self.agenda.start(), actual) {
            (Some(_), Some(actual)) if actual.date_naive() != self.date => Some(actual),
            (Some(time), _) => offset
                .from_local_datetime(&self.date.and_time(time))
                .single(),
            (None, actual) => actual,
        }
    }

    /// Planned start plus the planned minutes of the agenda's items. Items added during the
    /// meeting are not part of the plan: they show as the meeting running over it.
    pub fn planned_end(&self, offset: FixedOffset) -> Option<DateTime<FixedOffset>> {
        let planned: i64 = (0..self.items.len())
            .filter(|&i| !self.items[i].added_live)
            .map(|i| i64::from(self.agenda.items[i].minutes))
            .sum();
        self.planned_start(offset)
            .map(|start| start + TimeDelta::minutes(planned))
    }

    /// Whole minutes between the projected end and the planned end: the time the meeting has
    /// left for anything not yet on the agenda (0 when it already runs over).
    pub fn minutes_to_spare(&self, now: DateTime<Utc>, offset: FixedOffset) -> Option<i64> {
        let planned = self.planned_end(offset)?.with_timezone(&Utc);
        let projected = self.projected_end(now)?;
        Some((planned - projected).num_minutes().max(0))
    }

    /// Now, plus what is left of the current item (with its extensions), plus the planned time
    /// of the items after it. While the clock is paused the projection moves on with `now`.
    /// `None` before the meeting starts; the adjournment time once adjourned.
    pub fn projected_end(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self.phase() {
            Phase::NotStarted => None,
            Phase::Adjourned => self.ended,
            Phase::Running => {
                let current = self.current;
                let left = (self.item_allowed(current) - self.item_used(current, now))
                    .max(TimeDelta::zero());
                let after: TimeDelta = (current + 1..self.items.len())
                    .map(|i| self.item_planned(i))
                    .sum();
                Some(now + left + after)
            }
        }
    }
}

/// How the projected end compares with the planned end, in whole minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drift {
    OnTime,
    Over(i64),
    Ahead(i64),
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Drift::OnTime => f.write_str("on time"),
            Drift::Over(m) => write!(f, "{m} min over"),
            Drift::Ahead(m) => write!(f, "{m} min ahead"),
        }
    }
}

/// Differences under a minute count as on time.
pub fn drift(planned: DateTime<Utc>, projected: DateTime<Utc>) -> Drift {
    let minutes = (projected - planned).num_minutes();
    match minutes {
        0 => Drift::OnTime,
        m if m > 0 => Drift::Over(m),
        m => Drift::Ahead(-m),
    }
}
