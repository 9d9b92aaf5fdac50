//! Properties of the speaking queue over random meetings: whatever the facilitator does, the
//! queue stays sane, points of process come first, nobody is overtaken past the cap or waits
//! past the bound, every override is logged, and replaying the journal gives the same queue.

use std::path::Path;

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use cochair::agenda::{Policy, from_str};
use cochair::meeting::{Attendance, Direction, Event, Meeting, Record};
use proptest::prelude::*;

mod procedure;

const PEOPLE: usize = 8;
const MAX_OVERTAKES: u32 = 3;

fn agenda_src(policy: Policy) -> String {
    let policy = match policy {
        Policy::WeightedFair => "WeightedFair",
        Policy::Fifo => "Fifo",
        Policy::ProgressiveStack => "ProgressiveStack",
    };
    let people: Vec<String> = (0..PEOPLE)
        .map(|i| {
            format!(
                "Person(name: \"P{i}\", group: \"{}\")",
                if i % 2 == 0 { "c" } else { "s" }
            )
        })
        .collect();
    format!(
        r#"Agenda(title: "Props",
        groups: [Group(id: "c", label: "Customers", weight: 2.0), Group(id: "s", label: "Staff", weight: 1.0)],
        people: [{}],
        items: [Item(title: "A", minutes: 10), Item(title: "B", minutes: 10)],
        speaking: Speaking(turn_seconds: 60, policy: {policy}, max_overtakes: {MAX_OVERTAKES}))"#,
        people.join(", ")
    )
}

#[derive(Debug, Clone)]
enum Step {
    Raise(usize),
    Process(usize),
    Lower(usize),
    Next,
    EndTurn,
    Wait(i64),
    NextItem,
    Leave(usize),
    Return(usize),
    /// Overrides, by place in the queue.
    MoveUp(usize),
    MoveDown(usize),
    Give(usize),
}

fn step(overrides: bool) -> BoxedStrategy<Step> {
    let person = 0..PEOPLE;
    let plain = prop_oneof![
        6 => person.clone().prop_map(Step::Raise),
        1 => person.clone().prop_map(Step::Process),
        1 => person.clone().prop_map(Step::Lower),
        5 => Just(Step::Next),
        1 => Just(Step::EndTurn),
        3 => (1i64..400).prop_map(Step::Wait),
        1 => Just(Step::NextItem),
        1 => person.clone().prop_map(Step::Leave),
        1 => person.clone().prop_map(Step::Return),
    ];
    if !overrides {
        return plain.boxed();
    }
    prop_oneof![
        8 => plain,
        1 => (0usize..PEOPLE).prop_map(Step::MoveUp),
        1 => (0usize..PEOPLE).prop_map(Step::MoveDown),
        1 => (0usize..PEOPLE).prop_map(Step::Give),
    ]
    .boxed()
}

fn policy() -> impl Strategy<Value = Policy> {
    prop_oneof![
        Just(Policy::WeightedFair),
        Just(Policy::Fifo),
        Just(Policy::ProgressiveStack)
    ]
}

/// A meeting being run, with what the properties need to know about it.
struct Run {
    meeting: Meeting,
    records: Vec<Record>,
    now: DateTime<Utc>,
    overrides: usize,
    /// Per waiting person: (hands waiting when raised, turns since, points of process since).
    waits: Vec<Option<(u32, u32, u32)>>,
}

impl Run {
    fn new(policy: Policy) -> Run {
        let agenda = from_str(&agenda_src(policy), Path::new("props.ron")).unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut run = Run {
            meeting: Meeting::new(agenda, date),
            records: Vec::new(),
            now: Utc.with_ymd_and_hms(2026, 11, 24, 18, 0, 0).unwrap(),
            overrides: 0,
            waits: vec![None; PEOPLE],
        };
        for i in 0..PEOPLE {
            run.try_record(Event::AttendanceMarked {
                person: format!("P{i}"),
                attendance: Attendance::Present,
            });
        }
        run.try_record(Event::MeetingStarted);
        run
    }

    fn try_record(&mut self, event: Event) -> bool {
        if self.meeting.check(&event).is_err() {
            return false;
        }
        let record = Record {
            at: self.now,
            proposal: None,
            event,
        };
        self.meeting.apply(&record).unwrap();
        self.records.push(record);
        true
    }

    fn name_at(&self, place: usize) -> Option<String> {
        let order = self.meeting.queue_order(self.now);
        let ranked = order.get(place)?;
        Some(
            self.meeting.people()[self.meeting.queue().hands[ranked.hand].person]
                .name
                .clone(),
        )
    }

    fn give(&mut self, person: String, by_override: bool) {
        let index = self.meeting.person(&person).unwrap();
        let process = self
            .meeting
            .queue()
            .hand_of(index)
            .is_some_and(|h| self.meeting.queue().hands[h].process);
        if self.try_record(Event::FloorGiven {
            person,
            by_override,
        }) {
            self.overrides += usize::from(by_override);
            for (p, wait) in self.waits.iter_mut().enumerate() {
                if let Some((_, turns, processes)) = wait
                    && (p != index || process)
                {
                    *turns += 1;
                    *processes += u32::from(process);
                }
            }
            if !process {
                self.waits[index] = None;
            }
        }
    }

    fn apply(&mut self, step: &Step) {
        let name = |i: &usize| format!("P{i}");
        match step {
            Step::Raise(p) | Step::Process(p) => {
                let waiting = u32::try_from(self.meeting.queue().hands.len()).unwrap();
                let process = matches!(step, Step::Process(_));
                // Only ordinary hands are held to the bound; points of process go first anyway.
                let raised = self.try_record(Event::HandRaised {
                    person: name(p),
                    process,
                });
                if raised && !process {
                    self.waits[*p] = Some((waiting, 0, 0));
                }
            }
            Step::Lower(p) => {
                if self.try_record(Event::HandLowered {
                    person: name(p),
                    process: false,
                }) {
                    // Taking a hand down is a change to the floor, logged like an override.
                    self.overrides += 1;
                    self.waits[*p] = None;
                }
            }
            Step::Next => {
                if let Some(hand) = self.meeting.next_in_queue(self.now) {
                    let person = self.meeting.people()[hand.person].name.clone();
                    self.give(person, false);
                }
            }
            Step::EndTurn => {
                self.try_record(Event::TurnEnded);
            }
            Step::Wait(secs) => self.now += TimeDelta::seconds(*secs),
            Step::NextItem => {
                let item = (self.meeting.current() + 1) % self.meeting.items().len();
                self.try_record(Event::ItemOpened { item });
            }
            Step::Leave(p) => {
                if self.try_record(Event::PersonLeft { person: name(p) }) {
                    self.waits[*p] = None;
                }
            }
            Step::Return(p) => {
                self.try_record(Event::AttendanceMarked {
                    person: name(p),
                    attendance: Attendance::Present,
                });
            }
            Step::MoveUp(place) | Step::MoveDown(place) => {
                let up = matches!(step, Step::MoveUp(_));
                let neighbour = if up {
                    place.checked_sub(1)
                } else {
                    Some(place + 1)
                };
                if let (Some(person), Some(past)) = (
                    self.name_at(*place),
                    neighbour.and_then(|n| self.name_at(n)),
                ) {
                    let direction = if up { Direction::Up } else { Direction::Down };
                    if self.try_record(Event::HandMoved {
                        person,
                        direction,
                        past,
                    }) {
                        self.overrides += 1;
                    }
                }
            }
            Step::Give(place) => {
                if let Some(person) = self.name_at(*place) {
                    self.give(person, true);
                }
            }
        }
    }

    fn check_always(&self) {
        let hands = &self.meeting.queue().hands;
        // A person may wait with a hand and a point of process, never two of one kind.
        let mut people: Vec<(usize, bool)> = hands.iter().map(|h| (h.person, h.process)).collect();
        people.sort();
        people.dedup();
        assert_eq!(people.len(), hands.len(), "someone is in the queue twice");
        for h in hands {
            assert!(
                self.meeting.people()[h.person].is_present(),
                "an absent person is queued"
            );
        }
        let order = self.meeting.queue_order(self.now);
        assert_eq!(order.len(), hands.len());
        let first_plain = order
            .iter()
            .position(|r| !hands[r.hand].process)
            .unwrap_or(order.len());
        assert!(
            order[first_plain..].iter().all(|r| !hands[r.hand].process),
            "a point of process is behind another hand"
        );
        assert_eq!(
            self.meeting.process_log().len(),
            self.overrides,
            "an override or a hand taken down is missing from the process log"
        );
    }

    fn check_fairness(&self) {
        for h in &self.meeting.queue().hands {
            assert!(
                h.overtakes <= MAX_OVERTAKES,
                "a hand was overtaken {} times",
                h.overtakes
            );
        }
        for (p, wait) in self.waits.iter().enumerate() {
            if let Some((before, turns, processes)) = wait {
                assert!(
                    *turns <= before + MAX_OVERTAKES + processes,
                    "P{p} waited {turns} turns with {before} hands before it and {processes} points of process"
                );
            }
        }
    }

    fn check_replay(&self) {
        let mut replayed = Meeting::new(self.meeting.agenda().clone(), self.meeting.date());
        for record in &self.records {
            replayed.apply(record).unwrap();
        }
        assert_eq!(
            replayed, self.meeting,
            "replaying the journal gives another meeting"
        );
        assert_eq!(
            replayed.queue_order(self.now),
            self.meeting.queue_order(self.now)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn without_overrides_nobody_is_starved(policy in policy(), steps in prop::collection::vec(step(false), 1..150)) {
        let mut run = Run::new(policy);
        for s in &steps {
            run.apply(s);
            run.check_always();
            run.check_fairness();
        }
        run.check_replay();
    }

    #[test]
    fn with_overrides_the_queue_stays_sane_and_logged(policy in policy(), steps in prop::collection::vec(step(true), 1..150)) {
        let mut run = Run::new(policy);
        for s in &steps {
            run.apply(s);
            run.check_always();
        }
        run.check_replay();
    }
}
