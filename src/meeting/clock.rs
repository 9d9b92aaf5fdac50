//! The meeting's planned and projected end, in the local time of the room.

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone, Timelike, Utc};

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

    /// The one planned end every screen and document shows: the agenda's `end` when it gives
    /// a start and an end (what members were told), else the planned start plus the planned
    /// minutes of the agenda's items. Counted from the planned start, so a meeting held on
    /// another day keeps its planned length. Items added during the meeting are not part of
    /// the plan: they show as the meeting running over it.
    pub fn planned_end(&self, offset: FixedOffset) -> Option<DateTime<FixedOffset>> {
        self.planned_start(offset)
            .map(|start| start + TimeDelta::minutes(self.planned_length()))
    }

    /// The planned length in minutes: from the agenda's start to its end (an end before the
    /// start is the next day), or else the planned items one after another.
    fn planned_length(&self) -> i64 {
        if let (Some(start), Some(end)) = (self.agenda.start(), self.agenda.end()) {
            let length = (end - start).num_minutes().rem_euclid(24 * 60);
            if length > 0 {
                return length;
            }
        }
        (0..self.items.len())
            .filter(|&i| !self.items[i].added_live)
            .map(|i| i64::from(self.agenda.items[i].minutes))
            .sum()
    }

    /// The meeting's times as every screen shows them, worked out once (see [`Schedule`]).
    pub fn schedule(&self, now: DateTime<Utc>, offset: FixedOffset) -> Schedule {
        let minute = |t: DateTime<FixedOffset>| {
            t.with_second(0)
                .and_then(|t| t.with_nanosecond(0))
                .unwrap_or(t)
        };
        Schedule {
            planned_start: self.planned_start(offset).map(minute),
            planned_end: self.planned_end(offset).map(minute),
            projected_end: self
                .projected_end(now)
                .map(|t| minute(t.with_timezone(&offset))),
        }
    }

    /// Whole minutes between the projected end and the planned end: the time the meeting has
    /// left for anything not yet on the agenda (0 when it already runs over).
    pub fn minutes_to_spare(&self, now: DateTime<Utc>, offset: FixedOffset) -> Option<i64> {
        match self.schedule(now, offset).drift()? {
            Drift::Ahead(minutes) => Some(minutes),
            Drift::OnTime | Drift::Over(_) => Some(0),
        }
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

/// The meeting's planned start and end and its projected end, in the room's time and in whole
/// minutes, as the header, the agenda, the room view and the minutes show them. How far ahead
/// or over the meeting runs is the difference of the two ends shown, so "12 min ahead" never
/// stands beside times 13 minutes apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub planned_start: Option<DateTime<FixedOffset>>,
    pub planned_end: Option<DateTime<FixedOffset>>,
    /// `None` before the meeting starts; the adjournment once adjourned.
    pub projected_end: Option<DateTime<FixedOffset>>,
}

impl Schedule {
    /// How the projected end compares with the planned end, when both are known.
    pub fn drift(&self) -> Option<Drift> {
        let (planned, projected) = (self.planned_end?, self.projected_end?);
        Some(drift(
            planned.with_timezone(&Utc),
            projected.with_timezone(&Utc),
        ))
    }
}

/// How the projected end compares with the planned end, in whole minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drift {
    OnTime,
    Over(i64),
    Ahead(i64),
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use chrono::NaiveDate;

    use super::*;
    use crate::meeting::{Event, Record};
    use crate::testing::{at, utc};

    /// Items for 1h 53m, between a start at 18:00 and an end at 20:00.
    const WITH_AN_END: &str = r#"Agenda(title: "T", start: "18:00", end: "20:00",
        groups: [Group(id: "m", label: "Members", weight: 2.0)],
        people: [Person(name: "Ana", group: "m")],
        items: [Item(title: "One", minutes: 53), Item(title: "Two", minutes: 60)])"#;

    fn meeting(src: &str) -> Meeting {
        let agenda = crate::agenda::from_str(src, Path::new("test.ron")).unwrap();
        Meeting::new(agenda, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
    }

    fn start(m: &mut Meeting, secs: i64) {
        let record = Record::new(at(secs), Event::MeetingStarted);
        m.apply(&record).unwrap();
    }

    #[test]
    fn the_planned_end_is_the_agenda_s_end_when_it_gives_one() {
        let m = meeting(WITH_AN_END);
        let hm = |t: Option<DateTime<FixedOffset>>| t.unwrap().format("%H:%M").to_string();
        assert_eq!(hm(m.planned_end(utc())), "20:00");
        // The agenda sent out says the same.
        let text = crate::export::to_text(&crate::export::agenda_document(m.agenda()));
        assert!(text.contains("18:00–20:00"), "{text}");
        let without_end = WITH_AN_END.replace(r#" end: "20:00","#, "");
        assert_eq!(hm(meeting(&without_end).planned_end(utc())), "19:53");
    }

    #[test]
    fn a_meeting_held_on_another_day_keeps_its_planned_length() {
        let mut m = meeting(WITH_AN_END);
        start(&mut m, 24 * 3600 + 600);
        let schedule = m.schedule(at(24 * 3600 + 600), utc());
        let hm = |t: Option<DateTime<FixedOffset>>| t.unwrap().format("%H:%M").to_string();
        assert_eq!(hm(schedule.planned_start), "18:10");
        assert_eq!(hm(schedule.planned_end), "20:10");
    }

    /// The minutes ahead are the difference of the two times shown, not of the exact times
    /// behind them.
    #[test]
    fn ahead_or_over_is_the_difference_of_the_times_shown() {
        let mut m = meeting(
            r#"Agenda(title: "T", start: "18:00", end: "20:00",
            groups: [Group(id: "m", label: "Members", weight: 2.0)],
            people: [Person(name: "Ana", group: "m")],
            items: [Item(title: "One", minutes: 10)])"#,
        );
        start(&mut m, 0);
        // Started on time; 30 s into a 10-minute item the projected end is 18:10:00.
        let schedule = m.schedule(at(30), utc());
        assert_eq!(
            schedule.projected_end.unwrap().format("%H:%M").to_string(),
            "18:10"
        );
        assert_eq!(schedule.drift(), Some(Drift::Ahead(110)));
        // At 18:40:30 the item is over its time, so the projected end is now: 79½ minutes
        // before 20:00 exactly, but the screen shows 18:40 beside 20:00, so 80 minutes ahead.
        let schedule = m.schedule(at(40 * 60 + 30), utc());
        assert_eq!(
            schedule
                .projected_end
                .unwrap()
                .format("%H:%M:%S")
                .to_string(),
            "18:40:00"
        );
        assert_eq!(schedule.drift(), Some(Drift::Ahead(80)));
        assert_eq!(m.minutes_to_spare(at(40 * 60 + 30), utc()), Some(80));
    }
}
