//! The timekeeper's clocks: pauses and breaks (which stop the meeting, item and turn clocks),
//! extensions, and the countdowns the room sees with their state (running, warning, over time,
//! paused). All arithmetic takes `now`; nothing here reads the clock.

use chrono::{DateTime, TimeDelta, Utc};

use super::{Event, EventError, Meeting, Phase, ProcessEntry, ProcessKind, fail, non_negative};
use crate::agenda::Role;

/// A stretch of time when the clocks stood still.
#[derive(Debug, Clone, PartialEq)]
pub struct Pause {
    pub start: DateTime<Utc>,
    /// `None` while it lasts.
    pub end: Option<DateTime<Utc>>,
    /// `Some(minutes)` for a planned break.
    pub break_minutes: Option<u32>,
    /// Whose screen stopped the clocks (journals from before it was kept have none).
    pub role: Option<Role>,
}

/// What a clock shows: time left (negative once over) and its state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countdown {
    /// Time left in whole seconds; negative when over time.
    pub left: TimeDelta,
    pub state: ClockState,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockState {
    Running,
    /// Little time left: `warn_seconds` for a turn; for an item its last fifth or its last
    /// 2 minutes, whichever is shorter.
    Warning,
    Over,
    Paused,
    /// The speaker's turn clock waits while an interposed question runs.
    Held,
}

impl Countdown {
    pub(super) fn new(left: TimeDelta, warn: TimeDelta, paused: bool) -> Countdown {
        let left = TimeDelta::seconds(left.num_seconds());
        let state = if paused {
            ClockState::Paused
        } else if left < TimeDelta::zero() {
            ClockState::Over
        } else if left <= warn {
            ClockState::Warning
        } else {
            ClockState::Running
        };
        Countdown { left, state }
    }

    /// `04:12`, or `+01:05` once over time.
    pub fn text(&self) -> String {
        match self.left < TimeDelta::zero() {
            true => format!("+{}", crate::text::duration(-self.left)),
            false => crate::text::duration(self.left),
        }
    }
}

impl Meeting {
    /// The pause or break going on now, if any.
    pub fn paused(&self) -> Option<&Pause> {
        self.pauses.last().filter(|p| p.end.is_none())
    }

    /// Time between `from` and `to` when the clocks were running.
    pub fn running_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> TimeDelta {
        if to <= from {
            return TimeDelta::zero();
        }
        non_negative(to - from - self.pauses.within(from, to))
    }

    /// Item `i` is a planned break (kind `Break`): it has no floor, and its clock is the
    /// break's.
    pub fn is_break_item(&self, i: usize) -> bool {
        self.agenda.items[i].kind == crate::agenda::ItemKind::Break
    }

    /// The meeting is on a planned break item now.
    pub fn in_break_item(&self) -> bool {
        self.phase() == Phase::Running && self.is_break_item(self.current)
    }

    /// When the planned break on the table is due to end (with its extensions).
    pub fn break_item_ends(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now + non_negative(self.item_countdown(now).left)
    }

    /// Time that counts on item `i` between two moments: a planned break counts as it runs
    /// on the wall (it is a stop itself, so a pause or a break inside it does not make it
    /// shorter in the minutes); any other item only while the clocks run.
    pub(super) fn item_time(&self, i: usize, from: DateTime<Utc>, to: DateTime<Utc>) -> TimeDelta {
        match self.is_break_item(i) {
            true => non_negative(to - from),
            false => self.running_between(from, to),
        }
    }

    pub(super) fn check_clock(&self, event: &Event) -> Result<(), EventError> {
        let paused = self.paused();
        match event {
            Event::ClockPaused { .. } | Event::BreakStarted { .. } if paused.is_some() => {
                Err(EventError::ClockStopped)
            }
            Event::BreakStarted { minutes: 0, .. } | Event::ItemExtended { minutes: 0, .. } => {
                fail(EventError::TooLittleTime)
            }
            Event::ClockResumed { .. } if paused.is_none() => Err(EventError::ClockRunning),
            Event::TurnExtended { .. } | Event::TurnReset { .. } if self.queue.floor.is_none() => {
                Err(EventError::NobodySpeaking)
            }
            _ => Ok(()),
        }
    }

    pub(super) fn apply_clock(&mut self, event: &Event, at: DateTime<Utc>) {
        match event {
            Event::ClockPaused { role } => self.stop_clock(at, None, *role),
            Event::BreakStarted { minutes, by, role } => {
                // Nobody holds the floor through a break.
                self.end_turn(at);
                self.stop_clock(at, Some(*minutes), *role);
                self.log(
                    at,
                    ProcessKind::Break {
                        minutes: *minutes,
                        by: by.clone(),
                        role: *role,
                    },
                );
            }
            Event::ClockResumed { role } => self.resume_by(at, *role),
            Event::ItemExtended { minutes, by } => {
                let item = self.current;
                self.items[item].extended += TimeDelta::minutes(i64::from(*minutes));
                self.log(
                    at,
                    ProcessKind::ItemExtended {
                        item,
                        minutes: *minutes,
                        by: by.clone(),
                    },
                );
            }
            Event::TurnExtended { seconds, by } => {
                if let Some(floor) = &mut self.queue.floor {
                    floor.extra += TimeDelta::seconds(i64::from(*seconds));
                    let person = floor.person;
                    let (seconds, by) = (*seconds, by.clone());
                    self.log(
                        at,
                        ProcessKind::TurnExtended {
                            person,
                            seconds,
                            by,
                        },
                    );
                }
            }
            Event::TurnReset { role } => {
                // A question under way ends: the turn starts again from a full turn.
                self.end_question(at);
                if let Some(floor) = &mut self.queue.floor {
                    floor.clock_from = at;
                    floor.extra = TimeDelta::zero();
                    floor.asked_on_clock = TimeDelta::zero();
                    let person = floor.person;
                    self.log(
                        at,
                        ProcessKind::TurnReset {
                            person,
                            role: *role,
                        },
                    );
                }
            }
            _ => {}
        }
    }

    fn stop_clock(&mut self, at: DateTime<Utc>, break_minutes: Option<u32>, role: Option<Role>) {
        self.pauses.push(Pause {
            start: at,
            end: None,
            break_minutes,
            role,
        });
    }

    /// End the pause or break going on, if any, at adjournment.
    pub(super) fn resume(&mut self, at: DateTime<Utc>) {
        self.resume_by(at, None);
    }

    /// End the pause or break going on, if any; `role` is whose screen ended it.
    fn resume_by(&mut self, at: DateTime<Utc>, role: Option<Role>) {
        if let Some(pause) = self.pauses.end_last(at) {
            let (start, end) = (pause.start, at.max(pause.start));
            let kind = match pause.break_minutes {
                None => ProcessKind::Paused {
                    start,
                    end,
                    paused_by: pause.role,
                    resumed_by: role,
                },
                Some(_) => ProcessKind::BreakEnded {
                    ran: end - start,
                    role,
                },
            };
            self.log(at, kind);
        }
    }

    fn log(&mut self, at: DateTime<Utc>, kind: ProcessKind) {
        let item = self.current;
        self.process_log.push(ProcessEntry { at, item, kind });
    }

    /// The planned length of item `i` with its extensions.
    pub fn item_allowed(&self, i: usize) -> TimeDelta {
        self.item_planned(i) + self.items[i].extended
    }

    /// The current item's countdown. An item is "almost up" in its last fifth or its last
    /// 2 minutes, whichever is shorter: a 2-minute item is not almost up from its first second.
    pub fn item_countdown(&self, now: DateTime<Utc>) -> Countdown {
        let i = self.current;
        let allowed = self.item_allowed(i);
        let warn = TimeDelta::minutes(2).min(allowed / 5);
        let used = TimeDelta::seconds(self.item_used(i, now).num_seconds());
        let stopped = self.paused().is_some() && !self.is_break_item(i);
        Countdown::new(allowed - used, warn, stopped)
    }

    /// The speaker's countdown, from `turn_seconds` (`reply_seconds` for a direct response)
    /// plus extensions, interposed questions left out (it is held while one runs); `None` when
    /// nobody has the floor.
    pub fn turn_countdown(&self, now: DateTime<Utc>) -> Option<Countdown> {
        let floor = self.queue.floor.as_ref()?;
        let speaking = &self.agenda.speaking;
        let seconds = match floor.response_to {
            Some(_) => speaking.reply_seconds(),
            None => speaking.turn_seconds,
        };
        let budget = TimeDelta::seconds(i64::from(seconds)) + floor.extra;
        let asking = self
            .queue
            .question
            .as_ref()
            .map_or(TimeDelta::zero(), |q| self.question_length(q, now));
        let ran = self.running_between(floor.clock_from, now) - floor.asked_on_clock - asking;
        let used = TimeDelta::seconds(non_negative(ran).num_seconds());
        let warn = TimeDelta::seconds(i64::from(speaking.warn_within(seconds)));
        let mut countdown = Countdown::new(budget - used, warn, self.paused().is_some());
        if self.question(now).is_some() && countdown.state != ClockState::Paused {
            countdown.state = ClockState::Held;
        }
        Some(countdown)
    }

    /// A break is going on (not a plain pause).
    pub fn on_break(&self) -> bool {
        self.paused().is_some_and(|p| p.break_minutes.is_some())
    }

    /// When the meeting is due back from the break going on.
    pub fn break_ends(&self) -> Option<DateTime<Utc>> {
        let pause = self.paused()?;
        Some(pause.start + TimeDelta::minutes(i64::from(pause.break_minutes?)))
    }

    /// The break's countdown while on a break.
    pub fn break_countdown(&self, now: DateTime<Utc>) -> Option<Countdown> {
        let pause = self.paused()?;
        let minutes = pause.break_minutes?;
        let left = TimeDelta::minutes(i64::from(minutes)) - non_negative(now - pause.start);
        Some(Countdown::new(left, TimeDelta::minutes(1), false))
    }

    /// Whether the clock is standing still (for refusing to start a second pause).
    pub fn clock_running(&self) -> bool {
        self.phase() == Phase::Running && self.paused().is_none()
    }
}
