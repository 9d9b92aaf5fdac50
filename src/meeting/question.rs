//! Interposed questions. While someone has the floor, the facilitator may let another person
//! put a question to them. The speaker's turn clock waits; the question runs on its own
//! countdown of `question_seconds` (30 by default); when that runs out, or the facilitator
//! ends the question, the speaker goes on with the time they had left. One question at a time.
//!
//! The question's time is the asker's airtime, not the speaker's, and it is not a turn: the
//! asker has not had the floor. A question that ran out of time needs no event to end it: its
//! length stops growing at `question_seconds`, so the speaker's clock goes on by itself, on
//! every screen and in every replay alike. The next event that touches it (a new question, the
//! end of the turn) closes it at that length.
//!
//! (OpenSlides lists a question as a speaker of its own, counts its time up and resumes the
//! speaker by hand; the countdown and the automatic resume differ from it on purpose: the room
//! sees how long a question may take, and nobody has to remember to give the floor back.)

use chrono::{DateTime, TimeDelta, Utc};

use super::{Event, EventError, Meeting};

/// An interposed question under way (its time may have run out).
#[derive(Debug, Clone, PartialEq)]
pub struct Asking {
    /// Who asks (index into the meeting's people).
    pub person: usize,
    /// The speaker asked.
    pub to: usize,
    pub since: DateTime<Utc>,
}

/// An interposed question that has ended, for the minutes.
#[derive(Debug, Clone, PartialEq)]
pub struct AskedQuestion {
    pub person: usize,
    pub to: usize,
    pub item: usize,
    pub start: DateTime<Utc>,
    /// How long it ran, pauses left out, at most `question_seconds`.
    pub length: TimeDelta,
}

impl Meeting {
    pub(super) fn check_question(&self, event: &Event) -> Result<(), EventError> {
        match event {
            Event::QuestionAsked { person, to } => {
                let who = self.known(person)?;
                if !self.people[who].is_present() {
                    return Err(EventError::NotPresent(person.clone()));
                }
                let floor = self
                    .queue
                    .floor
                    .as_ref()
                    .ok_or(EventError::NobodySpeaking)?;
                if self.people[floor.person].name != *to {
                    return Err(EventError::NotOnFloor(to.clone()));
                }
                if floor.process {
                    return Err(EventError::QuestionToProcess);
                }
                if floor.person == who {
                    return Err(EventError::OwnQuestion(person.clone()));
                }
                match self.queue.question {
                    Some(_) => Err(EventError::QuestionRunning),
                    None => Ok(()),
                }
            }
            Event::QuestionEnded if self.queue.question.is_none() => Err(EventError::NoQuestion),
            _ => Ok(()),
        }
    }

    pub(super) fn apply_question(
        &mut self,
        event: &Event,
        at: DateTime<Utc>,
    ) -> Result<(), EventError> {
        match event {
            Event::QuestionAsked { person, to } => {
                let (person, to) = (self.known(person)?, self.known(to)?);
                self.queue.question = Some(Asking {
                    person,
                    to,
                    since: at,
                });
            }
            Event::QuestionEnded => self.end_question(at),
            _ => {}
        }
        Ok(())
    }

    /// Whether `person` has asked an interposed question (on `item`, or anywhere): their voice
    /// was heard, though they have had no turn.
    pub fn asked_a_question(&self, person: usize, item: Option<usize>) -> bool {
        let on = |i: usize| item.is_none_or(|item| item == i);
        let running = self
            .queue
            .question
            .as_ref()
            .is_some_and(|q| q.person == person && on(self.current));
        running
            || self
                .queue
                .questions
                .iter()
                .any(|q| q.person == person && on(q.item))
    }

    /// The longest a question runs.
    pub fn question_limit(&self) -> TimeDelta {
        TimeDelta::seconds(i64::from(self.agenda.speaking.question_seconds()))
    }

    /// How long a question has run by `until`, pauses left out, at most its limit.
    pub fn question_length(&self, question: &Asking, until: DateTime<Utc>) -> TimeDelta {
        self.running_between(question.since, until)
            .min(self.question_limit())
    }

    /// The interposed question running now: none once its time has run out.
    pub fn question(&self, now: DateTime<Utc>) -> Option<&Asking> {
        self.queue
            .question
            .as_ref()
            .filter(|q| self.running_between(q.since, now) < self.question_limit())
    }

    /// Whether a question was asked whose time has run out and which no event has closed yet
    /// (a new question then ends it in the same record).
    pub fn question_lapsed(&self, now: DateTime<Utc>) -> bool {
        self.queue.question.is_some() && self.question(now).is_none()
    }

    /// The running question's countdown.
    pub fn question_countdown(&self, now: DateTime<Utc>) -> Option<super::Countdown> {
        let question = self.question(now)?;
        let limit = self.agenda.speaking.question_seconds();
        let used = TimeDelta::seconds(self.running_between(question.since, now).num_seconds());
        let warn = TimeDelta::seconds(i64::from(self.agenda.speaking.warn_within(limit)));
        Some(super::Countdown::new(
            TimeDelta::seconds(i64::from(limit)) - used,
            warn,
            self.paused().is_some(),
        ))
    }

    /// Close the question under way at `at`: its time goes to the asker, out of the speaker's.
    pub(super) fn end_question(&mut self, at: DateTime<Utc>) {
        let Some(question) = self.queue.question.take() else {
            return;
        };
        let length = self.question_length(&question, at);
        self.queue
            .spoken
            .resize(self.people.len(), super::queue::Spoken::default());
        self.queue.spoken[question.person].airtime += length;
        if let Some(floor) = &mut self.queue.floor {
            floor.asked += length;
            floor.asked_on_clock += length;
        }
        self.queue.questions.push(AskedQuestion {
            person: question.person,
            to: question.to,
            item: self.current,
            start: question.since,
            length,
        });
    }
}
