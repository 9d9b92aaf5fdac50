//! The meeting itself, without any terminal: its state is a fold over recorded events, and every
//! question about time takes `now` as a parameter.

mod airtime;
mod balance;
mod carry;
mod clock;
mod due;
mod error;
mod event;
mod facts;
mod follow;
mod items;
mod list;
mod members;
mod names;
mod order;
mod people;
mod procedure;
mod process_log;
mod question;
mod queue;
mod reading;
mod record;
mod stoppages;
mod timekeeping;
mod voice;

pub use balance::GroupBalance;
pub use carry::carried_due;
pub use clock::{Drift, Schedule, drift};
pub use due::parse_due;
pub use error::EventError;
pub use event::{
    Attendance, Direction, Event, EventKind, HandKind, ProposalId, Record, ScreenKind, Side, Vote,
};
pub use facts::Part;
pub use follow::{DueAndDone, LastAction, OpenAction, Previous, Review, following};
pub use items::ItemProgress;
pub use members::{Claim, PageHands, Waiting};
pub use people::{Participant, QuorumState};
pub use process_log::{ProcessEntry, ProcessKind};
pub use question::{AskedQuestion, Asking};
pub use queue::{Floor, Hand, Override, Queue, Ranked, Reason, Turn};
pub use record::{Entry, EntryKind, Parked};
pub use stoppages::Stoppages;
pub use timekeeping::{ClockState, Countdown, Pause};
pub use voice::{GroupVoice, ItemVoice, PersonTotal};

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use crate::agenda::Agenda;

use error::fail;

/// The state of a meeting after the events so far. Its fields are private: only
/// [`Meeting::apply`] changes a meeting, and everything else asks it questions.
#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    agenda: Agenda,
    /// The day the meeting is held.
    date: NaiveDate,
    started: Option<DateTime<Utc>>,
    ended: Option<DateTime<Utc>>,
    /// The item on the table (the first one until the meeting starts).
    current: usize,
    items: Vec<ItemProgress>,
    /// Everyone on the agenda, then everyone added during the meeting, in that order.
    people: Vec<Participant>,
    by_name: HashMap<String, usize, names::Quick>,
    queue: Queue,
    /// Overrides, extensions, pauses and breaks, for the room and the minutes.
    process_log: Vec<ProcessEntry>,
    /// Every pause and break, in order; the last one may still be going on.
    pauses: Stoppages,
    /// Notes, decisions and action items; an entry's number is its place here.
    entries: Vec<Entry>,
    /// Topics set aside for a later meeting.
    parking_lot: Vec<Parked>,
    /// When the first roll call was closed: who is marked present after it has arrived.
    roll_call_closed: Option<DateTime<Utc>>,
    /// When the latest event happened (for checking a batch before it is recorded).
    latest: Option<DateTime<Utc>>,
    /// Replaying a journal of the first format, where marking someone present as absent in a
    /// running meeting meant they left (there was no separate event for leaving).
    first_format: bool,
    /// The meeting this one follows, and what became of the actions it left open.
    follow: follow::FollowThrough,
    /// The overtake bound in effect (the agenda's, or derived from its groups and people,
    /// which do not change during the meeting), worked out once.
    overtake_cap: u32,
    /// The proposals of joined screens recorded so far: a screen that lost its host learns
    /// from them which of its own were recorded, and the host records none twice.
    proposals: HashSet<ProposalId>,
    /// The kinds of screen that joined the host while the meeting ran, in the order they came.
    screens: Vec<ScreenKind>,
    /// The members' page: claims, and whether its hands are on.
    members: members::Members,
}

/// Where the meeting stands, for the header and for refusing actions that make no sense yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    NotStarted,
    Running,
    Adjourned,
}

impl Meeting {
    pub fn new(agenda: Agenda, date: NaiveDate) -> Self {
        let items = vec![ItemProgress::default(); agenda.items.len()];
        let mut people: Vec<Participant> = agenda
            .people
            .iter()
            .map(|p| Participant::new(&p.name, &p.group, p.roles.clone(), false))
            .collect();
        let by_name: HashMap<String, usize, names::Quick> = people
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name.clone(), i))
            .collect();
        // Apologies sent in advance are on the roll call from the start.
        for name in &agenda.apologies {
            if let Some(&i) = by_name.get(name) {
                people[i].attendance = Some(Attendance::Apologies);
            }
        }
        let overtake_cap = agenda.max_overtakes();
        Self {
            agenda,
            date,
            started: None,
            ended: None,
            current: 0,
            items,
            people,
            by_name,
            queue: Queue::default(),
            process_log: Vec::new(),
            pauses: Stoppages::default(),
            entries: Vec::new(),
            parking_lot: Vec::new(),
            roll_call_closed: None,
            latest: None,
            first_format: false,
            follow: follow::FollowThrough::default(),
            overtake_cap,
            proposals: HashSet::new(),
            screens: Vec::new(),
            members: members::Members::default(),
        }
    }

    /// The meeting its records make, read as journal format `format` meant them. The first
    /// record that cannot follow the ones before it stops the replay: its place among the
    /// records comes with the reason.
    pub fn replay<'a>(
        agenda: Agenda,
        date: NaiveDate,
        format: u32,
        records: impl IntoIterator<Item = &'a Record>,
    ) -> Result<Meeting, (usize, EventError)> {
        let mut meeting = Meeting::new(agenda, date).reading_format(format);
        for (i, record) in records.into_iter().enumerate() {
            meeting.replay_one(record).map_err(|e| (i, e))?;
        }
        Ok(meeting)
    }

    /// One record of a replay: as [`Meeting::apply`], except that a batch's events are applied
    /// in place. A replay that fails is thrown away whole, so the copy that keeps a live batch
    /// all-or-nothing is not needed, and a long meeting is not copied at every batch.
    fn replay_one(&mut self, record: &Record) -> Result<(), EventError> {
        match &record.event {
            Event::Batch { events } => {
                Self::batch_shape(events)?;
                events
                    .iter()
                    .try_for_each(|event| self.apply_event(event, record.at))
            }
            event => self.apply_event(event, record.at),
        }?;
        self.note_proposal(record);
        Ok(())
    }

    /// Read events as the journal format `version` meant them.
    pub fn reading_format(mut self, version: u32) -> Self {
        self.first_format = version < 2;
        self
    }

    /// The agenda, with any items added during the meeting.
    pub fn agenda(&self) -> &Agenda {
        &self.agenda
    }

    /// The day the meeting is held.
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// When the meeting started, if it has.
    pub fn started(&self) -> Option<DateTime<Utc>> {
        self.started
    }

    /// When the meeting was adjourned, if it was.
    pub fn ended(&self) -> Option<DateTime<Utc>> {
        self.ended
    }

    /// The item on the table (the first one until the meeting starts).
    pub fn current(&self) -> usize {
        self.current
    }

    /// How far each agenda item has come.
    pub fn items(&self) -> &[ItemProgress] {
        &self.items
    }

    /// Everyone on the agenda, then everyone added during the meeting, in that order.
    pub fn people(&self) -> &[Participant] {
        &self.people
    }

    /// The speaking queue: waiting hands, the floor, the turns taken.
    pub fn queue(&self) -> &Queue {
        &self.queue
    }

    /// Overrides, hands taken down, extensions, pauses and breaks, in order.
    pub fn process_log(&self) -> &[ProcessEntry] {
        &self.process_log
    }

    /// Every pause and break, in order; the last one may still be going on.
    pub fn pauses(&self) -> &Stoppages {
        &self.pauses
    }

    /// Notes, decisions and action items; an entry's number is its place here.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Topics set aside for a later meeting.
    pub fn parking_lot(&self) -> &[Parked] {
        &self.parking_lot
    }

    /// When the first roll call was closed: who is marked present after it has arrived.
    pub fn roll_call_closed(&self) -> Option<DateTime<Utc>> {
        self.roll_call_closed
    }

    /// Whether the record answering this proposal of a joined screen is in the journal.
    pub fn recorded(&self, proposal: ProposalId) -> bool {
        self.proposals.contains(&proposal)
    }

    /// The kinds of screen that joined the host while the meeting ran, in the order they came.
    pub fn screens(&self) -> &[ScreenKind] {
        &self.screens
    }

    pub fn phase(&self) -> Phase {
        match (self.started, self.ended) {
            (None, _) => Phase::NotStarted,
            (Some(_), None) => Phase::Running,
            (Some(_), Some(_)) => Phase::Adjourned,
        }
    }

    /// The index of a person by name.
    pub fn person(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    fn known(&self, name: &str) -> Result<usize, EventError> {
        self.person(name)
            .ok_or_else(|| EventError::UnknownPerson(name.to_owned()))
    }

    fn no_item(&self, item: usize) -> EventError {
        EventError::NoSuchItem {
            number: item + 1,
            count: self.items.len(),
        }
    }

    /// Whether `event` may happen now; the app asks before recording, replay asks again.
    pub fn check(&self, event: &Event) -> Result<(), EventError> {
        let phase = self.phase();
        match event {
            Event::Batch { events } => {
                let at = self.latest.unwrap_or(DateTime::UNIX_EPOCH);
                Self::batch_shape(events)?;
                let mut copy = self.clone();
                events.iter().try_for_each(|e| copy.apply_event(e, at))
            }
            event if event.part() == Part::Review => self.check_follow(event),
            // Screens may join at any time, also after adjournment (the secretary's).
            Event::ScreenJoined { .. } => Ok(()),
            Event::MeetingStarted if phase != Phase::NotStarted => Err(EventError::AlreadyStarted),
            Event::MeetingStarted => Ok(()),
            // The secretary may finish the record after the meeting: notes, decisions,
            // actions, corrections and parked topics are still taken.
            event
                if phase == Phase::Adjourned
                    && event.part() == Part::Record
                    && !matches!(event, Event::ItemAdded { .. }) =>
            {
                self.check_record(event)
            }
            _ if phase == Phase::Adjourned => Err(EventError::Adjourned),
            Event::PersonAdded { name, group } => self.check_new_person(name, group),
            Event::AttendanceMarked { person, .. } => self.known(person).map(drop),
            Event::RollCallClosed if self.roll_call_closed.is_some() => {
                fail(EventError::RollCallClosed)
            }
            Event::RollCallClosed if phase != Phase::Running => {
                fail(EventError::RollCallNotRunning)
            }
            Event::RollCallClosed => Ok(()),
            Event::PersonLeft { person } => self.check_leaving(person),
            event if event.part() == Part::Members && !matches!(event, Event::PageHand { .. }) => {
                self.check_members(event)
            }
            _ if phase == Phase::NotStarted => Err(EventError::NotStarted),
            Event::ItemOpened { item } if *item >= self.items.len() => Err(self.no_item(*item)),
            Event::ItemOpened { .. } | Event::MeetingEnded => Ok(()),
            event if event.part() == Part::Members => self.check_members(event),
            event if event.part() == Part::Clock => self.check_clock(event),
            event if event.part() == Part::Record => self.check_record(event),
            _ => self.check_queue(event),
        }
    }

    /// Apply one recorded event: the only way the meeting's state changes.
    pub fn apply(&mut self, record: &Record) -> Result<(), EventError> {
        self.apply_event(&record.event, record.at)?;
        self.note_proposal(record);
        Ok(())
    }

    /// A record that answers a joined screen's proposal: the proposal is kept as recorded.
    fn note_proposal(&mut self, record: &Record) {
        if let Some(proposal) = record.proposal {
            self.proposals.insert(proposal);
        }
    }

    fn apply_event(&mut self, event: &Event, at: DateTime<Utc>) -> Result<(), EventError> {
        if let Event::Batch { events } = event {
            return self.apply_batch(events, at);
        }
        self.check(event)?;
        self.latest = Some(self.latest.map_or(at, |l| l.max(at)));
        match event {
            Event::MeetingStarted => {
                self.started = Some(at);
                if self.roll_call_taken() {
                    self.roll_call_closed = Some(at);
                }
                self.open(self.current, at);
            }
            Event::RollCallClosed => self.roll_call_closed = Some(at),
            Event::PersonLeft { person } => {
                let person = self.known(person)?;
                self.leave(person, at);
            }
            Event::ItemOpened { item } => {
                self.end_turn(at);
                let left = self.current;
                self.close(left, at);
                if *item > left {
                    self.items[left].done = true;
                }
                self.open(*item, at);
                self.procedure_on_new_item();
            }
            Event::MeetingEnded => {
                self.resume(at);
                self.end_turn(at);
                self.queue.hands.clear();
                self.queue.overrides.clear();
                self.close(self.current, at);
                self.items[self.current].done = true;
                self.ended = Some(at);
            }
            Event::PersonAdded { name, group } => self.add_person(name, group),
            Event::ScreenJoined { kind } => {
                if !self.screens.contains(kind) {
                    self.screens.push(*kind);
                }
            }
            Event::AttendanceMarked { person, attendance } => {
                let person = self.known(person)?;
                self.mark(person, *attendance, at);
            }
            event if event.part() == Part::Clock => self.apply_clock(event, at),
            event if event.part() == Part::Record => self.apply_record(event, at),
            event if event.part() == Part::Review => self.apply_follow(event, at),
            event if event.part() == Part::Members => self.apply_members(event, at)?,
            event => self.apply_queue(event, at)?,
        }
        Ok(())
    }

    /// Apply the events of one action together: on a copy first, so either all of them
    /// change the meeting or none does.
    fn apply_batch(&mut self, events: &[Event], at: DateTime<Utc>) -> Result<(), EventError> {
        Self::batch_shape(events)?;
        let mut copy = self.clone();
        for event in events {
            copy.apply_event(event, at)?;
        }
        *self = copy;
        Ok(())
    }

    /// A batch holds one event or more, and no batch.
    fn batch_shape(events: &[Event]) -> Result<(), EventError> {
        if events.is_empty() {
            return fail(EventError::EmptyBatch);
        }
        if events.iter().any(|e| matches!(e, Event::Batch { .. })) {
            return fail(EventError::NestedBatch);
        }
        Ok(())
    }

    /// Time the meeting has run (up to adjournment), pauses and breaks left out.
    pub fn elapsed(&self, now: DateTime<Utc>) -> TimeDelta {
        self.started.map_or(TimeDelta::zero(), |start| {
            self.running_between(start, self.ended.unwrap_or(now))
        })
    }

    /// The person the agenda names as facilitator, when there is exactly one.
    pub fn facilitator(&self) -> Option<&str> {
        let mut chairs = self.agenda.with_role(crate::agenda::Role::Facilitator);
        match (chairs.next(), chairs.next()) {
            (Some(one), None) => Some(one.name.as_str()),
            _ => None,
        }
    }
}

/// Clocks can step backwards (NTP, a changed time zone setting): never show negative time.
fn non_negative(d: TimeDelta) -> TimeDelta {
    d.max(TimeDelta::zero())
}

#[cfg(test)]
mod speaker_rules;
#[cfg(test)]
mod speaker_timing;
#[cfg(test)]
mod tests;
