//! The runtime loop: the only place that reads the clock, the keyboard and the disk. One thread;
//! it sleeps until the next key or the next whole second, and redraws only when something
//! changed or the second shown on screen ticks over.

use std::collections::VecDeque;
use std::io;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Timelike, Utc};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event as TermEvent, KeyEventKind};

use super::{Action, Effect, Model, update};
use crate::app::Exit;
use crate::keymap::Key;
use crate::meeting::Record;

/// Where time and input come from: the real terminal, or a script in tests.
pub trait EventSource {
    /// The wall clock.
    fn now(&mut self) -> DateTime<Utc>;
    /// The room's UTC offset at `now`, for showing local times.
    fn offset(&mut self, now: DateTime<Utc>) -> FixedOffset;
    /// The next terminal event, or `None` when `timeout` passes first.
    fn next_event(&mut self, timeout: Duration) -> io::Result<Option<TermEvent>>;
    /// Set when a signal asked the app to stop.
    fn stop_requested(&mut self) -> Option<Exit>;
    /// Ring the terminal bell.
    fn bell(&mut self);
    /// Put text on the clipboard (or in `fallback`); says what happened.
    fn copy(&mut self, text: &str, fallback: &std::path::Path) -> String;
}

/// Where recorded events go: the journal, or a stand-in in tests.
pub trait Recorder {
    fn append(&mut self, record: &Record) -> io::Result<()>;
}

impl Recorder for crate::journal::Journal {
    fn append(&mut self, record: &Record) -> io::Result<()> {
        crate::journal::Journal::append(self, record)
    }
}

/// How a run ended and how many frames it drew (for tests of idle behaviour).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunReport {
    pub exit: Exit,
    pub frames: u64,
}

/// Run the meeting screen until the user quits or a signal arrives.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    model: &mut Model,
    recorder: &mut impl Recorder,
    host: &mut impl EventSource,
) -> io::Result<RunReport>
where
    B::Error: Send + Sync + 'static,
{
    let mut frames = 0;
    let mut shown_second = None;
    let mut dirty = true;
    loop {
        if let Some(exit) = host.stop_requested() {
            return Ok(RunReport { exit, frames });
        }
        let now = host.now();
        if dirty || shown_second != Some(now.timestamp()) {
            model.offset = host.offset(now);
            dispatch(model, Action::Tick, now, recorder, host);
            terminal
                .draw(|frame| crate::ui::view(model, frame))
                .map_err(io::Error::other)?;
            frames += 1;
            shown_second = Some(now.timestamp());
            dirty = false;
        }
        let Some(event) = host.next_event(until_next_second(now))? else {
            continue;
        };
        let action = match event {
            TermEvent::Key(key) if key.kind != KeyEventKind::Release => {
                model.action_for(Key::from_event(key))
            }
            TermEvent::Paste(text) => Action::Paste(text),
            TermEvent::Resize(..) => {
                dirty = true;
                continue;
            }
            _ => continue,
        };
        dirty = true;
        let now = host.now();
        if dispatch(model, action, now, recorder, host) {
            return Ok(RunReport {
                exit: Exit::Quit,
                frames,
            });
        }
    }
}

/// Run an action and the effects it asks for; true when the app should quit.
fn dispatch(
    model: &mut Model,
    action: Action,
    now: DateTime<Utc>,
    recorder: &mut impl Recorder,
    host: &mut impl EventSource,
) -> bool {
    let mut queue = VecDeque::from([action]);
    while let Some(action) = queue.pop_front() {
        for effect in update(model, action, now) {
            match effect {
                Effect::Record(record) => match recorder.append(&record) {
                    Ok(()) => queue.push_back(Action::Recorded(record)),
                    Err(e) => queue.push_back(Action::SaveFailed(plain_io_error(&e))),
                },
                Effect::Bell => host.bell(),
                Effect::Export(files) => queue.push_back(Action::Notice(write_exports(&files))),
                Effect::Copy { text, fallback } => {
                    queue.push_back(Action::Notice(host.copy(&text, &fallback)))
                }
                Effect::Quit => return true,
            }
        }
    }
    false
}

/// Write the exports, each whole or not at all, and say where they went.
fn write_exports(files: &[(std::path::PathBuf, String)]) -> String {
    for (path, text) in files {
        if let Err(e) = crate::files::write_atomically(path, text.as_bytes()) {
            return format!("Not exported: {}: {}", path.display(), plain_io_error(&e));
        }
    }
    let dir = files
        .first()
        .and_then(|(p, _)| p.parent())
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    let names: Vec<String> = files
        .iter()
        .filter_map(|(p, _)| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    format!("Exported to {dir}: {}", names.join(", "))
}

/// "No space left on device", without the "(os error 28)".
fn plain_io_error(e: &io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

/// Sleep until just after the next whole second, when the clock on screen changes.
fn until_next_second(now: DateTime<Utc>) -> Duration {
    let nanos = u64::from(now.nanosecond() % 1_000_000_000);
    Duration::from_nanos(1_000_000_000 - nanos + 1_000_000)
}

#[cfg(test)]
mod tests;
