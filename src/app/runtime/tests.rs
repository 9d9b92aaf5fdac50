use std::collections::VecDeque;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;
use crate::app::Message;
use crate::input::Command;
use crate::meeting::Phase;
use crate::testing::{at, example_model, utc};

/// A scripted terminal: events arrive at given times; waiting advances the fake clock.
struct Script {
    now: DateTime<Utc>,
    events: VecDeque<(DateTime<Utc>, Input)>,
    end: DateTime<Utc>,
    waits: u64,
    bells: u32,
}

impl Script {
    fn new(start: DateTime<Utc>, end: DateTime<Utc>, events: Vec<(DateTime<Utc>, Input)>) -> Self {
        Self {
            now: start,
            events: events.into(),
            end,
            waits: 0,
            bells: 0,
        }
    }
}

impl EventSource for Script {
    fn now(&mut self) -> DateTime<Utc> {
        self.now
    }
    fn offset(&mut self, _: DateTime<Utc>) -> FixedOffset {
        utc()
    }
    fn next_input(&mut self, timeout: Duration) -> io::Result<Option<Input>> {
        self.waits += 1;
        let deadline = self.now + chrono::TimeDelta::from_std(timeout).unwrap();
        match self.events.front() {
            Some((when, _)) if *when <= deadline => {
                let (when, event) = self.events.pop_front().unwrap();
                self.now = self.now.max(when);
                Ok(Some(event))
            }
            _ => {
                self.now = deadline;
                Ok(None)
            }
        }
    }
    fn stop_requested(&mut self) -> Option<Exit> {
        (self.now >= self.end).then_some(Exit::Signal(15))
    }
}

impl Host for Script {
    fn export(&mut self, files: &[(std::path::PathBuf, String)]) -> String {
        format!("{} files", files.len())
    }
    fn bell(&mut self) {
        self.bells += 1;
    }
    fn copy(&mut self, _: &str, fallback: &std::path::Path) -> String {
        format!("saved to {}", fallback.display())
    }
}

struct DiskFull;
impl Recorder for DiskFull {
    fn append(&mut self, _: &Record) -> Result<Saved, crate::app::SaveError> {
        Err((&io::Error::from_raw_os_error(28)).into())
    }
}

fn key(c: char) -> Input {
    Input::Key(Key::char(c))
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(80, 24)).unwrap()
}

#[test]
fn an_idle_minute_draws_about_once_a_second() {
    let mut model = example_model();
    let start = at(0) + chrono::TimeDelta::milliseconds(300);
    let mut host = Script::new(start, at(60), vec![]);
    let report = run(
        &mut terminal(),
        &mut model,
        &mut InMemory::default(),
        &mut host,
    )
    .unwrap();
    assert_eq!(report.exit, Exit::Signal(15));
    assert!(
        (59..=61).contains(&report.frames),
        "{} frames in a minute",
        report.frames
    );
    assert!(host.waits <= 61, "{} wake-ups in a minute", host.waits);
}

#[test]
fn keys_run_actions_and_events_are_recorded_before_they_show() {
    let mut model = example_model();
    let events = vec![(at(1), key('s')), (at(2), key('n')), (at(3), key('q'))];
    let mut host = Script::new(at(0), at(60), events);
    let mut journal = InMemory::default();
    let report = run(&mut terminal(), &mut model, &mut journal, &mut host).unwrap();
    assert_eq!(report.exit, Exit::Quit);
    assert_eq!(journal.0.len(), 2);
    assert_eq!(model.meeting.current(), 1);
}

#[test]
fn when_saving_fails_nothing_is_applied_and_the_banner_shows() {
    let mut model = example_model();
    let mut host = Script::new(at(0), at(3), vec![(at(1), key('s'))]);
    let mut term = terminal();
    run(&mut term, &mut model, &mut DiskFull, &mut host).unwrap();
    assert_eq!(model.meeting.phase(), Phase::NotStarted);
    assert_eq!(
        model.save_error,
        Some(SaveError::System("No space left on device".into()))
    );
    let screen = format!("{:?}", term.backend().buffer());
    assert!(
        screen.contains("Not saved: No space left on device"),
        "{screen}"
    );
}

#[test]
fn the_projector_clock_also_draws_about_once_a_second() {
    let mut model = example_model();
    model.projector = true;
    let events = vec![(at(1), key('s'))];
    let mut host = Script::new(at(0) + chrono::TimeDelta::milliseconds(700), at(61), events);
    let report = run(
        &mut terminal(),
        &mut model,
        &mut InMemory::default(),
        &mut host,
    )
    .unwrap();
    assert!(
        (60..=63).contains(&report.frames),
        "{} frames in a minute",
        report.frames
    );
}

/// A journal in memory whose `fail_on`-th write (counting from 0) fails like a full disk.
struct FailsOnce {
    records: Vec<Record>,
    calls: usize,
    fail_on: usize,
}

impl Recorder for FailsOnce {
    fn append(&mut self, record: &Record) -> Result<Saved, crate::app::SaveError> {
        let call = self.calls;
        self.calls += 1;
        if call == self.fail_on {
            return Err((&io::Error::from_raw_os_error(28)).into());
        }
        self.records.push(record.clone());
        Ok(Saved::Now)
    }
}

/// Every action that records more than one event, with the actions that lead to it.
fn multi_event_actions() -> Vec<(&'static str, Vec<Message>)> {
    let typed = |text: &str| text.chars().map(Message::Type).collect::<Vec<_>>();
    let mut add_person: Vec<Message> = vec![Command::RollCall.into(), Command::AddPerson.into()];
    add_person.extend(typed("Leila Haddad"));
    add_person.extend([Command::Confirm.into(), Command::Confirm.into()]);
    vec![
        ("add a person", add_person),
        (
            "all present",
            vec![Command::RollCall.into(), Command::AllPresent.into()],
        ),
    ]
}

#[test]
fn an_action_of_several_events_is_one_record_whole_or_not_at_all() {
    for (name, actions) in multi_event_actions() {
        for fail_on in 0..3 {
            let mut model = example_model();
            let mut journal = FailsOnce {
                records: vec![],
                calls: 0,
                fail_on,
            };
            let mut quiet = crate::app::Quiet;
            // The action, then the same action again once the disk has room: the retry.
            for action in actions.iter().chain(&actions) {
                let before = journal.calls;
                dispatch(&mut model, action.clone(), at(5), &mut journal, &mut quiet);
                if (before..journal.calls).contains(&fail_on) {
                    assert_eq!(
                        model.save_error,
                        Some(SaveError::System("No space left on device".into())),
                        "{name}: the banner stays after the failed write"
                    );
                }
            }
            let mut replayed =
                crate::meeting::Meeting::new(model.meeting.agenda().clone(), model.meeting.date());
            for record in &journal.records {
                replayed
                    .apply(record)
                    .unwrap_or_else(|e| panic!("{name}, write {fail_on} failing: {e:?}"));
            }
            assert_eq!(
                replayed, model.meeting,
                "{name}, write {fail_on} failing: the journal replays to the screen's meeting"
            );
        }
    }
}

#[test]
fn adding_a_person_writes_one_line_with_both_events() {
    let (_, actions) = multi_event_actions().remove(0);
    let mut model = example_model();
    let mut journal = InMemory::default();
    for action in actions {
        dispatch(
            &mut model,
            action,
            at(5),
            &mut journal,
            &mut crate::app::Quiet,
        );
    }
    assert_eq!(journal.0.len(), 1, "{:?}", journal.0);
    let crate::meeting::Event::Batch { events } = &journal.0[0].event else {
        panic!("one batch: {:?}", journal.0);
    };
    assert_eq!(events.len(), 2);
    let leila = model.meeting.person("Leila Haddad").unwrap();
    assert!(model.meeting.people()[leila].is_present());
}

#[test]
fn after_a_failed_save_nothing_later_in_the_same_action_is_written() {
    let mut model = example_model();
    let mut journal = FailsOnce {
        records: vec![],
        calls: 0,
        fail_on: 0,
    };
    // Starting records one event; a failed first write must not be followed by more.
    dispatch(
        &mut model,
        Command::StartMeeting,
        at(1),
        &mut journal,
        &mut crate::app::Quiet,
    );
    assert!(journal.records.is_empty());
    assert!(model.save_error.is_some());
    assert_eq!(model.meeting.phase(), Phase::NotStarted);
}
