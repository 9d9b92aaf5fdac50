use std::collections::VecDeque;

use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::meeting::Phase;
use crate::testing::{at, example_model, utc};

/// A scripted terminal: events arrive at given times; waiting advances the fake clock.
struct Script {
    now: DateTime<Utc>,
    events: VecDeque<(DateTime<Utc>, TermEvent)>,
    end: DateTime<Utc>,
    waits: u64,
    bells: u32,
}

impl Script {
    fn new(
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        events: Vec<(DateTime<Utc>, TermEvent)>,
    ) -> Self {
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
    fn next_event(&mut self, timeout: Duration) -> io::Result<Option<TermEvent>> {
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
    fn bell(&mut self) {
        self.bells += 1;
    }
    fn copy(&mut self, _: &str, fallback: &std::path::Path) -> String {
        format!("saved to {}", fallback.display())
    }
}

struct Memory(Vec<Record>);
impl Recorder for Memory {
    fn append(&mut self, record: &Record) -> io::Result<()> {
        self.0.push(record.clone());
        Ok(())
    }
}

struct DiskFull;
impl Recorder for DiskFull {
    fn append(&mut self, _: &Record) -> io::Result<()> {
        Err(io::Error::from_raw_os_error(28))
    }
}

fn key(c: char) -> TermEvent {
    TermEvent::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(80, 24)).unwrap()
}

#[test]
fn an_idle_minute_draws_about_once_a_second() {
    let mut model = example_model();
    let start = at(0) + chrono::TimeDelta::milliseconds(300);
    let mut host = Script::new(start, at(60), vec![]);
    let report = run(&mut terminal(), &mut model, &mut Memory(vec![]), &mut host).unwrap();
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
    let mut journal = Memory(vec![]);
    let report = run(&mut terminal(), &mut model, &mut journal, &mut host).unwrap();
    assert_eq!(report.exit, Exit::Quit);
    assert_eq!(journal.0.len(), 2);
    assert_eq!(model.meeting.current, 1);
}

#[test]
fn when_saving_fails_nothing_is_applied_and_the_banner_shows() {
    let mut model = example_model();
    let mut host = Script::new(at(0), at(3), vec![(at(1), key('s'))]);
    let mut term = terminal();
    run(&mut term, &mut model, &mut DiskFull, &mut host).unwrap();
    assert_eq!(model.meeting.phase(), Phase::NotStarted);
    assert_eq!(model.save_error.as_deref(), Some("No space left on device"));
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
    let report = run(&mut terminal(), &mut model, &mut Memory(vec![]), &mut host).unwrap();
    assert!(
        (60..=63).contains(&report.frames),
        "{} frames in a minute",
        report.frames
    );
}
