//! Every pause and break of a meeting, kept so that "how long did the clocks run between two
//! moments" costs at most a binary search, not a walk through every pause. Replaying a long
//! meeting asks that question for every turn and the screen for every person, so a walk would
//! make resuming grow with pauses × turns.

use chrono::{DateTime, TimeDelta, Utc};

use super::Pause;

#[derive(Debug, Clone, PartialEq)]
pub struct Stoppages {
    pauses: Vec<Pause>,
    /// `before[i]`: the total length of `pauses[..i]`, all of them over.
    before: Vec<TimeDelta>,
    /// Pauses follow one another in time. A wall clock that stepped back (NTP, a changed
    /// setting) can make a pause start before the last one ended; from then on every question
    /// walks the list, which is always right.
    ordered: bool,
}

impl Default for Stoppages {
    fn default() -> Self {
        Self {
            pauses: Vec::new(),
            before: Vec::new(),
            ordered: true,
        }
    }
}

impl Stoppages {
    /// The latest pause or break, which may still be going on.
    pub fn last(&self) -> Option<&Pause> {
        self.pauses.last()
    }

    /// Every pause and break, in order.
    pub fn all(&self) -> &[Pause] {
        &self.pauses
    }

    /// A new pause or break begins (none is going on).
    pub fn push(&mut self, pause: Pause) {
        let total = match self.pauses.last() {
            Some(last) => {
                let end = last.end.unwrap_or(last.start);
                if pause.start < end {
                    self.ordered = false;
                }
                self.before.last().copied().unwrap_or_default() + length(last, end)
            }
            None => TimeDelta::zero(),
        };
        self.before.push(total);
        self.pauses.push(pause);
    }

    /// End the pause going on, if any, at `at` (never before it began); returns it.
    pub fn end_last(&mut self, at: DateTime<Utc>) -> Option<&Pause> {
        let pause = self.pauses.last_mut().filter(|p| p.end.is_none())?;
        pause.end = Some(at.max(pause.start));
        Some(pause)
    }

    /// Time the clocks stood still between `from` and `to`.
    pub fn within(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> TimeDelta {
        if to <= from {
            return TimeDelta::zero();
        }
        if !self.ordered {
            return self.walk(from, to);
        }
        (self.before_time(to) - self.before_time(from)).max(TimeDelta::zero())
    }

    /// Time stopped before `t`: every pause that began before it, up to `t`. Most questions
    /// are about the time since the latest pause (a turn, an item, now), answered without
    /// the search.
    fn before_time(&self, t: DateTime<Utc>) -> TimeDelta {
        let started = match self.pauses.last() {
            Some(last) if last.start < t => self.pauses.len(),
            _ => self.pauses.partition_point(|p| p.start < t),
        };
        let Some(last) = started.checked_sub(1) else {
            return TimeDelta::zero();
        };
        let pause = &self.pauses[last];
        let end = pause.end.unwrap_or(t).min(t);
        self.before[last] + length(pause, end)
    }

    /// The plain way: each pause's overlap with the stretch, summed.
    fn walk(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> TimeDelta {
        self.pauses
            .iter()
            .map(|p| {
                let start = p.start.max(from);
                let end = p.end.unwrap_or(to).min(to);
                (end - start).max(TimeDelta::zero())
            })
            .sum()
    }
}

fn length(pause: &Pause, end: DateTime<Utc>) -> TimeDelta {
    (end - pause.start).max(TimeDelta::zero())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::testing::at;

    fn pause(start: i64, end: Option<i64>) -> Pause {
        Pause {
            start: at(start),
            end: end.map(at),
            break_minutes: None,
            role: None,
        }
    }

    #[test]
    fn stopped_time_counts_only_the_overlap() {
        let mut s = Stoppages::default();
        s.push(pause(10, Some(20)));
        s.push(pause(30, Some(50)));
        s.push(pause(60, None));
        assert_eq!(s.within(at(0), at(100)), TimeDelta::seconds(10 + 20 + 40));
        assert_eq!(s.within(at(15), at(35)), TimeDelta::seconds(5 + 5));
        assert_eq!(s.within(at(20), at(30)), TimeDelta::zero());
        assert_eq!(s.within(at(65), at(70)), TimeDelta::seconds(5));
        assert_eq!(s.within(at(70), at(65)), TimeDelta::zero());
    }

    proptest! {
        /// The binary search answers as the walk does, for pauses in order or (after the wall
        /// clock stepped back) out of it.
        #[test]
        fn the_search_agrees_with_the_walk(
            gaps in prop::collection::vec((0i64..120, 0i64..120), 0..40),
            step_back in prop::option::of(0usize..40),
            open in any::<bool>(),
            queries in prop::collection::vec((-100i64..6000, 0i64..6000), 1..20),
        ) {
            let mut s = Stoppages::default();
            let mut t = 0;
            let count = gaps.len();
            for (i, (gap, len)) in gaps.into_iter().enumerate() {
                t += gap;
                if step_back == Some(i) {
                    t -= 200;
                }
                let end = (i + 1 < count || !open).then_some(t + len);
                s.push(pause(t, None));
                if let Some(end) = end {
                    s.end_last(at(end));
                }
                t += len;
            }
            if step_back.is_none_or(|i| i >= count) {
                prop_assert!(s.ordered, "pauses in order are searched");
            }
            for (from, span) in queries {
                let (from, to) = (at(from), at(from + span));
                prop_assert_eq!(s.within(from, to), s.walk(from, to));
            }
        }
    }
}
