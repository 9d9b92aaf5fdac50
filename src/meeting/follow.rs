//! Follow-through between meetings: the meeting this one follows, and what this meeting made of
//! the actions still open when that one ended (done, carried over, dropped, or not yet
//! reviewed).
//!
//! The link is the first event of the new journal and holds a copy of those open actions, not
//! only the earlier journal's name: the new journal reads on its own, so its minutes and
//! reports come out the same when the earlier journal has been moved, archived or lost.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{EntryKind, Event, EventError, Meeting, Phase, fail};

/// An action still open when a meeting ended: one it set itself, or one it carried over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenAction {
    pub text: String,
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// The day of the meeting that first set it.
    pub set_on: NaiveDate,
    /// How many later meetings it has passed through unfinished.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub carried: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The meeting this one follows, as this one recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Previous {
    /// The earlier journal's file name, for people reading the record.
    pub journal: String,
    pub title: String,
    pub date: NaiveDate,
    /// Whether it had been adjourned when this meeting was linked to it.
    pub adjourned: bool,
}

/// What this meeting made of an action from the last one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Review {
    /// Not reviewed (yet): it stays open and moves on to the next meeting.
    Open,
    Done,
    /// Carried over to the next meeting, due then on `due` (`None`: no due date).
    Carried {
        due: Option<NaiveDate>,
    },
    /// Dropped: nobody will do it, and why.
    Dropped {
        reason: String,
    },
}

/// An action from the last meeting and what became of it here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastAction {
    pub action: OpenAction,
    pub review: Review,
    /// When it was last marked.
    pub marked: Option<DateTime<Utc>>,
}

impl LastAction {
    /// The due date it has now: the new one once carried over, none once done or dropped.
    pub fn due_now(&self) -> Option<NaiveDate> {
        match &self.review {
            Review::Open => self.action.due,
            Review::Carried { due } => *due,
            Review::Done | Review::Dropped { .. } => None,
        }
    }

    /// How many days past its due date it is on `day`, while it is still to be done.
    pub fn overdue_on(&self, day: NaiveDate) -> Option<i64> {
        let days = (day - self.due_now()?).num_days();
        (days > 0).then_some(days)
    }

    /// Whether it was due by `day`: due on or before it, or set with no due date (an action
    /// without a date is expected by the next meeting).
    pub fn due_by(&self, day: NaiveDate) -> bool {
        self.action.due.is_none_or(|due| due <= day)
    }
}

/// The actions from the last meeting that were due by this one, and how many of them are done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueAndDone {
    pub due: u32,
    pub done: u32,
}

/// Follow-through state of a meeting: set by its first event, changed by the review marks.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct FollowThrough {
    previous: Option<Previous>,
    actions: Vec<LastAction>,
}

/// The event that links a new meeting to `earlier`, whose journal is called `journal`: it
/// carries a copy of the actions `earlier` left open.
pub fn following(earlier: &Meeting, journal: &str) -> Event {
    Event::MeetingFollows {
        journal: journal.to_owned(),
        title: earlier.agenda().title.clone(),
        date: earlier.date(),
        adjourned: earlier.phase() == Phase::Adjourned,
        actions: earlier.open_actions(),
    }
}

impl Meeting {
    /// The link comes before anything else, once; a mark names an action there is. Marks are
    /// taken before, during and after the meeting (a secretary may finish the review later),
    /// and a later mark corrects an earlier one.
    pub(super) fn check_follow(&self, event: &Event) -> Result<(), EventError> {
        let action = match event {
            Event::MeetingFollows { .. } if self.follow.previous.is_some() => {
                return fail(EventError::AlreadyFollows);
            }
            Event::MeetingFollows { .. } if self.latest.is_some() => {
                return fail(EventError::FollowsLate);
            }
            Event::ActionDropped { reason, .. } if reason.trim().is_empty() => {
                return fail(EventError::NoDropReason);
            }
            Event::ActionDone { action }
            | Event::ActionCarried { action, .. }
            | Event::ActionDropped { action, .. } => *action,
            _ => return Ok(()),
        };
        match action < self.follow.actions.len() {
            true => Ok(()),
            false => Err(EventError::NoSuchAction(action + 1)),
        }
    }

    pub(super) fn apply_follow(&mut self, event: &Event, at: DateTime<Utc>) {
        let (action, review) = match event {
            Event::MeetingFollows {
                journal,
                title,
                date,
                adjourned,
                actions,
            } => {
                self.follow.previous = Some(Previous {
                    journal: journal.clone(),
                    title: title.clone(),
                    date: *date,
                    adjourned: *adjourned,
                });
                self.follow.actions = actions
                    .iter()
                    .map(|action| LastAction {
                        action: action.clone(),
                        review: Review::Open,
                        marked: None,
                    })
                    .collect();
                return;
            }
            Event::ActionDone { action } => (*action, Review::Done),
            Event::ActionCarried { action, due } => (*action, Review::Carried { due: *due }),
            Event::ActionDropped { action, reason } => (
                *action,
                Review::Dropped {
                    reason: reason.clone(),
                },
            ),
            _ => return,
        };
        if let Some(last) = self.follow.actions.get_mut(action) {
            last.review = review;
            last.marked = Some(at);
        }
    }

    /// When the latest event happened: where the clocks of a meeting not adjourned stand in a
    /// record made from its journal alone.
    pub fn last_recorded(&self) -> Option<DateTime<Utc>> {
        self.latest
    }

    /// The meeting this one follows, if it was linked to one.
    pub fn previous(&self) -> Option<&Previous> {
        self.follow.previous.as_ref()
    }

    /// The actions from the last meeting, in its order, with what became of each here.
    pub fn last_actions(&self) -> &[LastAction] {
        &self.follow.actions
    }

    /// The actions this meeting leaves open for the next one: those from the last meeting not
    /// done or dropped (carried over with their new due date), then its own.
    pub fn open_actions(&self) -> Vec<OpenAction> {
        let inherited = self
            .follow
            .actions
            .iter()
            .filter(|last| matches!(last.review, Review::Open | Review::Carried { .. }))
            .map(|last| OpenAction {
                due: last.due_now(),
                carried: last.action.carried + 1,
                ..last.action.clone()
            });
        // A confidential action stays with its meeting: it is followed up in confidence, not
        // in the next meeting's record, minutes and report.
        let own = self
            .shared_actions(false)
            .filter_map(|(_, entry)| match &entry.kind {
                EntryKind::Action { owner, due } => Some(OpenAction {
                    text: entry.text.clone(),
                    owner: owner.clone(),
                    due: *due,
                    set_on: self.date,
                    carried: 0,
                }),
                _ => None,
            });
        inherited.chain(own).collect()
    }

    /// Of the last meeting's actions, how many were due by this meeting and how many of those
    /// are done; `None` when this meeting follows none.
    pub fn due_and_done(&self) -> Option<DueAndDone> {
        self.follow.previous.as_ref()?;
        let due: Vec<&LastAction> = self
            .follow
            .actions
            .iter()
            .filter(|last| last.due_by(self.date))
            .collect();
        let done = due.iter().filter(|l| l.review == Review::Done).count();
        Some(DueAndDone {
            due: u32::try_from(due.len()).unwrap_or(u32::MAX),
            done: u32::try_from(done).unwrap_or(u32::MAX),
        })
    }
}

#[cfg(test)]
mod tests;
