//! The voice balance: airtime and turns by group against the meeting's targets, who has not
//! been heard yet, and who put the items on the agenda.

use chrono::{DateTime, TimeDelta, Utc};

use super::Meeting;

/// One group's share of the meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupBalance {
    /// Index into the agenda's groups.
    pub group: usize,
    pub airtime: TimeDelta,
    /// Share of all airtime, 0.0 to 1.0.
    pub share: f64,
    pub turns: u32,
    pub target: Option<f64>,
    /// Agenda items proposed by the group's people.
    pub proposed: u32,
    pub present: u32,
}

impl Meeting {
    pub fn balance(&self, now: DateTime<Utc>) -> Vec<GroupBalance> {
        let mut rows: Vec<GroupBalance> = self
            .agenda
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| GroupBalance {
                group: i,
                airtime: TimeDelta::zero(),
                share: 0.0,
                turns: 0,
                target: g.target,
                proposed: 0,
                present: 0,
            })
            .collect();
        let group_of = |person: usize| {
            let id = &self.people[person].group;
            self.agenda.groups.iter().position(|g| &g.id == id)
        };
        for person in 0..self.people.len() {
            if let Some(g) = group_of(person) {
                rows[g].airtime += self.airtime(person, now);
                rows[g].turns += self.turns_taken(person);
                rows[g].present += u32::from(self.people[person].is_present());
            }
        }
        for item in &self.agenda.items {
            if let Some(g) = item
                .proposed_by
                .as_deref()
                .and_then(|n| self.person(n))
                .and_then(group_of)
            {
                rows[g].proposed += 1;
            }
        }
        let total: i64 = rows.iter().map(|r| r.airtime.num_milliseconds()).sum();
        for row in &mut rows {
            row.share = if total > 0 {
                row.airtime.num_milliseconds() as f64 / total as f64
            } else {
                0.0
            };
        }
        rows
    }

    /// Present people who have had no turn in the meeting yet and asked no interposed question,
    /// in roll-call order.
    pub fn not_heard(&self) -> Vec<usize> {
        self.present()
            .filter(|&p| {
                self.turns_taken(p) == 0
                    && self.queue.floor.as_ref().is_none_or(|f| f.person != p)
                    && !self.asked_a_question(p, None)
            })
            .collect()
    }
}
