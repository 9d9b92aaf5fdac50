//! Airtime: how long each person has spoken, the turn under way included. Points of process
//! are procedure, not airtime (they are about how the meeting runs, and must never push the
//! one who raised them down the list); an interposed question is its asker's airtime, not the
//! speaker's, and not a turn.

use chrono::{DateTime, TimeDelta, Utc};

use super::Meeting;

impl Meeting {
    /// A person's airtime in the meeting so far, the current turn and an interposed question
    /// under way included. Points of process are procedure, not airtime (see
    /// [`Meeting::procedure_time`]); a question's time is the asker's, not the speaker's.
    pub fn airtime(&self, person: usize, now: DateTime<Utc>) -> TimeDelta {
        let done = self
            .queue
            .spoken
            .get(person)
            .map_or(TimeDelta::zero(), |s| s.airtime);
        let current = match &self.queue.floor {
            Some(f) if f.person == person && !f.process => self.spoken_in_turn(now),
            _ => TimeDelta::zero(),
        };
        let asking = match &self.queue.question {
            Some(q) if q.person == person => self.question_length(q, now),
            _ => TimeDelta::zero(),
        };
        done + current + asking
    }

    /// Time a person has spent on points of process (⚑), the one under way included: shown
    /// on its own, never counted as airtime.
    pub fn procedure_time(&self, person: usize, now: DateTime<Utc>) -> TimeDelta {
        let done = self
            .queue
            .spoken
            .get(person)
            .map_or(TimeDelta::zero(), |s| s.procedure);
        let current = match &self.queue.floor {
            Some(f) if f.person == person && f.process => self.spoken_in_turn(now),
            _ => TimeDelta::zero(),
        };
        done + current
    }

    /// How long the speaker has spoken in the turn under way, interposed questions left out.
    pub fn spoken_in_turn(&self, now: DateTime<Utc>) -> TimeDelta {
        let Some(floor) = &self.queue.floor else {
            return TimeDelta::zero();
        };
        let asking = self
            .queue
            .question
            .as_ref()
            .map_or(TimeDelta::zero(), |q| self.question_length(q, now));
        super::non_negative(self.running_between(floor.since, now) - floor.asked - asking)
    }

    /// A person's turns in the meeting (points of process are not turns).
    pub fn turns_taken(&self, person: usize) -> u32 {
        self.queue.spoken.get(person).map_or(0, |s| s.turns)
    }

    /// Turns on an item so far, the current turn included.
    pub fn turns_on_item(&self, person: usize, item: usize) -> u32 {
        let done = self.queue.spoken.get(person).map_or(0, |s| s.on(item));
        let speaking = self
            .queue
            .floor
            .as_ref()
            .is_some_and(|f| f.person == person && !f.process && item == self.current);
        done + u32::from(speaking)
    }
}
