//! The model itself: a meeting run second by second on the agenda's people, hands raised at
//! random (seeded), turns of random length, the next speaker called from the real queue.

// The simulation records only events its own model makes, on a fixed date: an error there is
// a bug in the model (its tests would show it), never bad input, so it may stop at once.
#![allow(clippy::expect_used)]

use super::*;

/// Run the model on the agenda under one policy.
pub fn run(agenda: &Agenda, policy: Policy, setup: &Setup) -> Outcome {
    let mut agenda = tried(agenda, setup);
    agenda.speaking.policy = policy;
    let mut sim = Sim::new(agenda, setup);
    sim.run();
    sim.outcome(policy)
}

/// Run the model once for every seed in the range, the rest of the setup as given.
pub fn run_seeds(agenda: &Agenda, policy: Policy, setup: &Setup, seeds: Seeds) -> Vec<Outcome> {
    seeds
        .each()
        .map(|seed| {
            run(
                agenda,
                policy,
                &Setup {
                    seed,
                    ..setup.clone()
                },
            )
        })
        .collect()
}

/// A small, fast, seedable random number generator (SplitMix64), so the same seed gives the
/// same meeting on every machine.
pub(super) struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

pub(super) struct Sim {
    meeting: Meeting,
    rng: Rng,
    start: DateTime<Utc>,
    /// Seconds of each item, in order.
    item_seconds: Vec<i64>,
    /// Chance per second that each person raises a hand.
    chance: Vec<f64>,
    /// When the current turn ends (seconds from the start).
    turn_ends: Option<i64>,
    turns_started: u32,
    /// Per person: the turn count and the second when their hand went up.
    raised: Vec<Option<(u32, i64)>>,
    /// Per person: their waits that ended with the floor.
    waits: Vec<Vec<Wait>>,
    most_overtaken: u32,
    /// Per person, seconds not holding the floor and seconds of those with a hand up.
    free_seconds: Vec<u64>,
    hands_up_seconds: Vec<u64>,
}

impl Sim {
    fn new(agenda: Agenda, setup: &Setup) -> Sim {
        let planned: Vec<i64> = agenda
            .items
            .iter()
            .map(|i| i64::from(i.minutes) * 60)
            .collect();
        let item_seconds = match setup.minutes {
            Some(total) => {
                let sum: i64 = planned.iter().sum::<i64>().max(1);
                planned
                    .iter()
                    .map(|p| (p * i64::from(total) * 60 / sum).max(1))
                    .collect()
            }
            None => planned,
        };
        let date = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a valid date");
        let start = Utc.from_utc_datetime(&date.and_hms_opt(18, 0, 0).expect("a valid time"));
        let mut meeting = Meeting::new(agenda, date);
        let people = meeting.people().len();
        let chance = (0..people)
            .map(|p| {
                let group = &meeting.people()[p].group;
                let eager = setup
                    .eagerness
                    .iter()
                    .find(|(g, _)| g == group)
                    .map_or(1.0, |(_, r)| *r);
                (BASE_RATE * eager / 60.0).min(1.0)
            })
            .collect();
        for p in 0..people {
            let person = meeting.people()[p].name.clone();
            let event = Event::AttendanceMarked {
                person,
                attendance: Attendance::Present,
            };
            meeting
                .apply(&Record {
                    at: start,
                    proposal: None,
                    event,
                })
                .expect("everyone can be marked present");
        }
        Sim {
            meeting,
            rng: Rng(setup.seed),
            start,
            item_seconds,
            chance,
            turn_ends: None,
            turns_started: 0,
            raised: vec![None; people],
            waits: vec![Vec::new(); people],
            free_seconds: vec![0; people],
            hands_up_seconds: vec![0; people],
            most_overtaken: 0,
        }
    }

    fn at(&self, second: i64) -> DateTime<Utc> {
        self.start + TimeDelta::seconds(second)
    }

    fn record(&mut self, second: i64, event: Event) {
        let record = Record {
            at: self.at(second),
            proposal: None,
            event,
        };
        self.meeting
            .apply(&record)
            .expect("the simulation only records events that can happen");
    }

    fn run(&mut self) {
        self.record(0, Event::MeetingStarted);
        let mut second = 0;
        for item in 0..self.item_seconds.len() {
            if item > 0 {
                self.decide(item - 1, second);
                self.record(second, Event::ItemOpened { item });
                self.turn_ends = None;
            }
            let end = second + self.item_seconds[item];
            while second < end {
                self.raise_hands(second);
                if self.turn_ends.is_some_and(|t| second >= t) {
                    self.record(second, Event::TurnEnded);
                    self.turn_ends = None;
                }
                if self.turn_ends.is_none() {
                    self.call_next(second);
                }
                self.count_hands();
                second += 1;
            }
        }
        for hand in &self.meeting.queue().hands {
            self.most_overtaken = self.most_overtaken.max(hand.overtakes);
        }
        if let Some(last) = self.item_seconds.len().checked_sub(1) {
            self.decide(last, second);
        }
        self.record(second, Event::MeetingEnded);
    }

    /// A Decision item is decided by consensus at its end, so the decision keeps the voice on
    /// it as the app would.
    fn decide(&mut self, item: usize, second: i64) {
        let agenda = self.meeting.agenda();
        if agenda.items[item].kind != crate::agenda::ItemKind::Decision {
            return;
        }
        let text = agenda.items[item].title.clone();
        let vote = crate::meeting::Vote::Consensus;
        self.record(second, Event::DecisionRecorded { item, text, vote });
    }

    /// Add this second to the measure of how full the queue is.
    fn count_hands(&mut self) {
        let queue = &self.meeting.queue();
        for p in 0..self.meeting.people().len() {
            if queue.floor.as_ref().is_some_and(|f| f.person == p) {
                continue;
            }
            self.free_seconds[p] += 1;
            self.hands_up_seconds[p] += u64::from(queue.hand_of(p).is_some());
        }
    }

    fn raise_hands(&mut self, second: i64) {
        for p in 0..self.meeting.people().len() {
            let speaking = self
                .meeting
                .queue()
                .floor
                .as_ref()
                .is_some_and(|f| f.person == p);
            if speaking || self.meeting.queue().hand_of(p).is_some() {
                continue;
            }
            if self.rng.unit() < self.chance[p] {
                let person = self.meeting.people()[p].name.clone();
                self.record(
                    second,
                    Event::HandRaised {
                        person,
                        process: false,
                    },
                );
                self.raised[p] = Some((self.turns_started, second));
            }
        }
    }

    fn call_next(&mut self, second: i64) {
        let Some(hand) = self.meeting.next_in_queue(self.at(second)).cloned() else {
            return;
        };
        self.most_overtaken = self.most_overtaken.max(hand.overtakes);
        if let Some((turns, at)) = self.raised[hand.person].take() {
            self.waits[hand.person].push(Wait {
                turns: self.turns_started - turns,
                seconds: second - at,
            });
        }
        let person = self.meeting.people()[hand.person].name.clone();
        self.record(
            second,
            Event::FloorGiven {
                person,
                by_override: false,
            },
        );
        self.turns_started += 1;
        let turn = f64::from(self.meeting.agenda().speaking.turn_seconds);
        // Between half and one and a half turns of at most an hour: always a small number.
        #[allow(clippy::cast_possible_truncation)]
        let length = (turn * (0.5 + self.rng.unit())).round().max(1.0) as i64;
        self.turn_ends = Some(second + length);
    }

    fn outcome(&self, policy: Policy) -> Outcome {
        let groups = self.group_outcomes();
        let hands_up = groups.iter().map(|g| g.hands_up).fold(1.0, f64::min);
        let people = self.meeting.people().len();
        let all = || self.waits.iter().flatten();
        Outcome {
            policy: policy.name(),
            groups,
            longest_wait_turns: all().map(|w| w.turns).max().unwrap_or(0),
            longest_wait_seconds: all().map(|w| w.seconds).max().unwrap_or(0),
            most_overtaken: self.most_overtaken,
            never_heard: count(
                (0..people)
                    .filter(|&p| self.meeting.turns_taken(p) == 0)
                    .count(),
            ),
            turns: self.turns_started,
            hands_up,
            saturated: hands_up >= SATURATED,
            decisions: self.decision_outcomes(),
        }
    }

    fn decision_outcomes(&self) -> Vec<DecisionOutcome> {
        let meeting = &self.meeting;
        meeting
            .entries()
            .iter()
            .filter_map(|entry| {
                let crate::meeting::EntryKind::Decision { voice, .. } = &entry.kind else {
                    return None;
                };
                Some(DecisionOutcome {
                    item: entry.item + 1,
                    title: entry.text.clone(),
                    groups: voice
                        .groups
                        .iter()
                        .map(|g| DecisionGroup {
                            id: meeting.agenda().groups[g.group].id.clone(),
                            share: (g.share * 1000.0).round() / 1000.0,
                            target: g.target,
                            turns: g.turns,
                            spoke: g.spoke,
                            present: g.present,
                        })
                        .collect(),
                    customer_voice: voice.customer_voice,
                })
            })
            .collect()
    }

    fn group_outcomes(&self) -> Vec<GroupOutcome> {
        let end = self.meeting.ended().unwrap_or(self.start);
        let rows = self.meeting.balance(end);
        rows.iter()
            .map(|row| {
                let group = &self.meeting.agenda().groups[row.group];
                let members: Vec<usize> = (0..self.meeting.people().len())
                    .filter(|&p| self.meeting.people()[p].group == group.id)
                    .collect();
                let waits: Vec<Wait> = members
                    .iter()
                    .flat_map(|&p| self.waits[p].iter().copied())
                    .collect();
                let seconds: Vec<i64> = waits.iter().map(|w| w.seconds).collect();
                let turns: Vec<u32> = waits.iter().map(|w| w.turns).collect();
                let sum = |seconds: &[u64]| members.iter().map(|&p| seconds[p]).sum::<u64>();
                let free = sum(&self.free_seconds);
                let hands_up = match free {
                    0 => 1.0,
                    free => sum(&self.hands_up_seconds) as f64 / free as f64,
                };
                GroupOutcome {
                    id: group.id.clone(),
                    label: group.label.clone(),
                    people: count(members.len()),
                    weight: group.weight,
                    target: group.target,
                    airtime_seconds: row.airtime.num_seconds(),
                    share: (row.share * 1000.0).round() / 1000.0,
                    turns: row.turns,
                    median_wait_seconds: median(&seconds),
                    median_wait_turns: median(&turns),
                    hands_up: (hands_up * 1000.0).round() / 1000.0,
                }
            })
            .collect()
    }
}
