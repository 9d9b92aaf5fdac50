//! How far each agenda item has come: when it opened and closed, the time it used, planned
//! and over. Pauses and breaks are left out of an item's time (see `timekeeping`).

use chrono::{DateTime, TimeDelta, Utc};

use super::Meeting;

/// How far an agenda item has come.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemProgress {
    /// Time spent on the item in earlier stretches.
    pub used: TimeDelta,
    /// When the current stretch on this item began, while it is on the table.
    pub open_since: Option<DateTime<Utc>>,
    /// The meeting moved on past this item.
    pub done: bool,
    /// Extra time given to the item.
    pub extended: TimeDelta,
    /// Added during the meeting rather than planned.
    pub added_live: bool,
}

impl Meeting {
    pub(super) fn open(&mut self, item: usize, at: DateTime<Utc>) {
        self.current = item;
        let progress = &mut self.items[item];
        progress.done = false;
        progress.open_since = Some(at);
    }

    pub(super) fn close(&mut self, item: usize, at: DateTime<Utc>) {
        if let Some(since) = self.items[item].open_since.take() {
            let ran = self.item_time(item, since, at);
            self.items[item].used += ran;
        }
    }

    /// Time spent on item `i` so far, pauses and breaks left out.
    pub fn item_used(&self, i: usize, now: DateTime<Utc>) -> TimeDelta {
        let p = &self.items[i];
        p.used
            + p.open_since
                .map_or(TimeDelta::zero(), |since| self.item_time(i, since, now))
    }

    /// Planned length of item `i`.
    pub fn item_planned(&self, i: usize) -> TimeDelta {
        TimeDelta::minutes(i64::from(self.agenda.items[i].minutes))
    }

    /// How far item `i` is over its planned time, if it is, in whole seconds as the clock shows.
    pub fn item_overrun(&self, i: usize, now: DateTime<Utc>) -> Option<TimeDelta> {
        let used = TimeDelta::seconds(self.item_used(i, now).num_seconds());
        let over = used - self.item_allowed(i);
        (over > TimeDelta::zero()).then_some(over)
    }
}
