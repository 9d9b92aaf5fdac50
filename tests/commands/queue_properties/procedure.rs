//! The procedure over random meetings: direct responses never starve a waiting hand beyond the
//! documented bound, pro and contra alternate whenever both sides wait, closing the list never
//! drops a hand already waiting, and replaying the journal gives the same queue.

use super::*;
use cochair::meeting::Side;

const MAX_REPLIES: u32 = 2;

fn agenda_src(policy: Policy) -> String {
    let policy = match policy {
        Policy::WeightedFair => "WeightedFair",
        Policy::Fifo => "Fifo",
        Policy::ProgressiveStack => "ProgressiveStack",
    };
    let people: Vec<String> = (0..PEOPLE)
        .map(|i| {
            let group = ["c", "k", "s"][i % 3];
            format!("Person(name: \"P{i}\", group: \"{group}\")")
        })
        .collect();
    format!(
        r#"Agenda(title: "Props",
        groups: [Group(id: "c", label: "Customers", weight: 3.0),
                 Group(id: "k", label: "Carers", weight: 2.0),
                 Group(id: "s", label: "Staff", weight: 1.0)],
        people: [{}],
        items: [Item(title: "A", minutes: 10), Item(title: "B", minutes: 10, kind: Decision),
                Item(title: "C", minutes: 10, kind: Decision)],
        speaking: Speaking(turn_seconds: 60, policy: {policy}, max_overtakes: {MAX_OVERTAKES},
                           max_replies: {MAX_REPLIES}))"#,
        people.join(", ")
    )
}

#[derive(Debug, Clone)]
enum Step {
    Raise(usize),
    RaiseFor(usize, bool),
    Process(usize),
    Lower(usize),
    Next,
    EndTurn,
    Wait(i64),
    NextItem,
    Respond(usize),
    Refuse(usize),
    CloseList,
    ReopenList,
    ClearHands,
    Leave(usize),
    Return(usize),
}

fn step() -> BoxedStrategy<Step> {
    let person = 0..PEOPLE;
    prop_oneof![
        4 => person.clone().prop_map(Step::Raise),
        4 => (person.clone(), any::<bool>()).prop_map(|(p, pro)| Step::RaiseFor(p, pro)),
        1 => person.clone().prop_map(Step::Process),
        1 => person.clone().prop_map(Step::Lower),
        6 => Just(Step::Next),
        1 => Just(Step::EndTurn),
        3 => (1i64..400).prop_map(Step::Wait),
        1 => Just(Step::NextItem),
        3 => person.clone().prop_map(Step::Respond),
        1 => person.clone().prop_map(Step::Refuse),
        1 => Just(Step::CloseList),
        1 => Just(Step::ReopenList),
        1 => Just(Step::ClearHands),
        1 => person.clone().prop_map(Step::Leave),
        1 => person.prop_map(Step::Return),
    ]
    .boxed()
}

/// Turns since an ordinary hand went up, by kind.
#[derive(Debug, Clone, Copy, Default)]
struct Wait {
    /// Hands waiting when it went up.
    before: u32,
    ordinary: u32,
    processes: u32,
    responses: u32,
}

struct Run {
    meeting: Meeting,
    records: Vec<Record>,
    now: DateTime<Utc>,
    waits: Vec<Option<Wait>>,
}

impl Run {
    fn new(policy: Policy) -> Run {
        let agenda = from_str(&agenda_src(policy), Path::new("props.ron")).unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut run = Run {
            meeting: Meeting::new(agenda, date),
            records: Vec::new(),
            now: Utc.with_ymd_and_hms(2026, 11, 24, 18, 0, 0).unwrap(),
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

    fn name(p: usize) -> String {
        format!("P{p}")
    }

    fn raised(&mut self, p: usize, event: Event) {
        let before = u32::try_from(self.meeting.queue().hands.len()).unwrap();
        if self.try_record(event) {
            self.waits[p] = Some(Wait {
                before,
                ..Wait::default()
            });
        }
    }

    /// The next speaker, as the app calls them; checks the alternation first.
    fn next(&mut self) {
        let Some(hand) = self.meeting.next_in_queue(self.now).cloned() else {
            return;
        };
        self.check_alternation(&hand);
        let person = Self::name(hand.person);
        let (event, kind) = match (hand.process, hand.response_to) {
            (true, _) => (
                Event::FloorGiven {
                    person,
                    by_override: false,
                },
                1,
            ),
            (false, Some(_)) => (Event::ResponseGiven { person }, 2),
            (false, None) => (
                Event::FloorGiven {
                    person,
                    by_override: false,
                },
                0,
            ),
        };
        assert!(
            self.try_record(event),
            "the next in the queue can always speak"
        );
        for (p, wait) in self.waits.iter_mut().enumerate() {
            let Some(wait) = wait else { continue };
            match kind {
                0 if p == hand.person => {}
                0 => wait.ordinary += 1,
                1 => wait.processes += 1,
                _ => wait.responses += 1,
            }
        }
        if kind == 0 {
            self.waits[hand.person] = None;
        }
    }

    /// Whenever both sides wait on a Decision item and nothing goes ahead of the weighted
    /// order, the next speaker is not for the side that spoke last.
    fn check_alternation(&self, next: &cochair::meeting::Hand) {
        let m = &self.meeting;
        let hands = &m.queue().hands;
        let waits = |side: Side| {
            hands
                .iter()
                .any(|h| h.is_ordinary() && h.side == Some(side))
        };
        let front = hands.iter().any(|h| !h.is_ordinary());
        if let Some(last) = m.last_side()
            && waits(Side::Pro)
            && waits(Side::Contra)
            && !front
            && next.overtakes < MAX_OVERTAKES
        {
            assert_ne!(
                next.side,
                Some(last),
                "the same side twice while the other waits"
            );
        }
    }

    fn apply(&mut self, step: &Step) {
        match step {
            Step::Raise(p) => {
                let person = Self::name(*p);
                self.raised(
                    *p,
                    Event::HandRaised {
                        person,
                        process: false,
                    },
                );
            }
            Step::RaiseFor(p, pro) => {
                let side = if *pro { Side::Pro } else { Side::Contra };
                let person = Self::name(*p);
                self.raised(*p, Event::HandRaisedFor { person, side });
            }
            Step::Process(p) => {
                let person = Self::name(*p);
                self.try_record(Event::HandRaised {
                    person,
                    process: true,
                });
            }
            Step::Lower(p) => {
                let person = Self::name(*p);
                if self.try_record(Event::HandLowered {
                    person,
                    process: false,
                }) {
                    self.waits[*p] = None;
                }
            }
            Step::Next => self.next(),
            Step::EndTurn => {
                self.try_record(Event::TurnEnded);
            }
            Step::Wait(secs) => self.now += TimeDelta::seconds(*secs),
            Step::NextItem => {
                let item = (self.meeting.current() + 1) % self.meeting.items().len();
                self.try_record(Event::ItemOpened { item });
            }
            Step::Respond(p) => {
                if let Some(floor) = &self.meeting.queue().floor {
                    let to = Self::name(floor.person);
                    let person = Self::name(*p);
                    self.try_record(Event::ResponseRaised { person, to });
                }
            }
            Step::Refuse(p) => {
                let person = Self::name(*p);
                self.try_record(Event::ResponseRefused { person });
            }
            Step::CloseList => {
                let before = self.meeting.queue().hands.clone();
                if self.try_record(Event::ListClosed) {
                    assert_eq!(
                        self.meeting.queue().hands,
                        before,
                        "closing the list took a hand down"
                    );
                }
            }
            Step::ReopenList => {
                self.try_record(Event::ListReopened);
            }
            Step::ClearHands => {
                if self.try_record(Event::HandsCleared) {
                    self.waits = vec![None; PEOPLE];
                }
            }
            Step::Leave(p) => {
                let person = Self::name(*p);
                if self.try_record(Event::PersonLeft { person }) {
                    self.waits[*p] = None;
                }
            }
            Step::Return(p) => {
                self.try_record(Event::AttendanceMarked {
                    person: Self::name(*p),
                    attendance: Attendance::Present,
                });
            }
        }
    }

    fn check_always(&self) {
        let m = &self.meeting;
        let hands = &m.queue().hands;
        let order = m.queue_order(self.now);
        assert_eq!(order.len(), hands.len());
        // Points of process, then direct responses, then the others.
        let rank = |i: usize| match (hands[i].process, hands[i].response_to) {
            (true, _) => 0,
            (false, Some(_)) => 1,
            (false, None) => 2,
        };
        let ranks: Vec<u8> = order.iter().map(|r| rank(r.hand)).collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
        for h in hands {
            assert!(
                h.overtakes <= MAX_OVERTAKES,
                "overtaken {} times",
                h.overtakes
            );
            assert!(m.people()[h.person].is_present());
        }
        let responses = hands.iter().filter(|h| h.response_to.is_some()).count();
        let responses = u32::try_from(responses).unwrap();
        assert!(responses + m.queue().replies_given <= MAX_REPLIES);
        for (p, wait) in self.waits.iter().enumerate() {
            let Some(w) = wait else { continue };
            // The bound of the README: the hands before it and max_overtakes later ones,
            // the points of process taken meanwhile, and at most max_replies direct
            // responses after each of those ordinary turns and after the turn under way
            // when it went up.
            assert!(w.ordinary <= w.before + MAX_OVERTAKES, "P{p} waited {w:?}");
            assert!(
                w.responses <= MAX_REPLIES * (w.ordinary + 1),
                "P{p} waited through {} direct responses: {w:?}",
                w.responses
            );
        }
    }

    fn check_replay(&self) {
        let mut replayed = Meeting::new(self.meeting.agenda().clone(), self.meeting.date());
        for record in &self.records {
            replayed.apply(record).unwrap();
        }
        assert_eq!(replayed, self.meeting);
        assert_eq!(
            replayed.queue_order(self.now),
            self.meeting.queue_order(self.now)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_procedure_keeps_every_bound_and_replays_the_same(policy in policy(), steps in prop::collection::vec(step(), 1..200)) {
        let mut run = Run::new(policy);
        for s in &steps {
            run.apply(s);
            run.check_always();
        }
        run.check_replay();
    }
}
