//! The runtime loop: the only place that reads the clock, the keyboard and the disk. One thread;
//! it sleeps until the next key or the next whole second, and redraws only when something
//! changed or the second shown on screen ticks over.

use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Timelike, Utc};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event as TermEvent, KeyEventKind};

use super::{Action, Effect, Model, update};
use crate::app::Exit;
use crate::input::Key;
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
}

/// What the app asks of the machine it runs on, besides the journal: the bell, the clipboard
/// and writing exports. The terminal host does these for real; tests count or fake them.
pub trait Host {
    /// Ring the terminal bell.
    fn bell(&mut self);
    /// Put text on the clipboard (or in `fallback`); says what happened.
    fn copy(&mut self, text: &str, fallback: &Path) -> String;
    /// Write these files, each whole or not at all; says where they went or what failed.
    fn export(&mut self, files: &[(PathBuf, String)]) -> String;
}

/// Where recorded events go: the journal, or a stand-in in tests.
pub trait Recorder {
    /// Write one record (one user action) whole, or fail and write nothing.
    fn append(&mut self, record: &Record) -> io::Result<()>;
}

impl Recorder for crate::store::journal::Journal {
    fn append(&mut self, record: &Record) -> io::Result<()> {
        crate::store::journal::Journal::append(self, record)
    }
}

impl Recorder for crate::store::journal::Recording {
    fn append(&mut self, record: &Record) -> io::Result<()> {
        crate::store::journal::Recording::append(self, record)
    }
}

/// A journal kept in memory: for simulations, benchmarks and tests.
#[derive(Debug, Default)]
pub struct InMemory(pub Vec<Record>);

impl Recorder for InMemory {
    fn append(&mut self, record: &Record) -> io::Result<()> {
        self.0.push(record.clone());
        Ok(())
    }
}

/// A host with no bell, no clipboard and no disk: effects are answered, not carried out.
#[derive(Debug, Default)]
pub struct Quiet;

impl Host for Quiet {
    fn bell(&mut self) {}
    fn copy(&mut self, _: &str, fallback: &Path) -> String {
        format!("Copied to {}", fallback.display())
    }
    fn export(&mut self, files: &[(PathBuf, String)]) -> String {
        format!("Exported {} files", files.len())
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
    host: &mut (impl EventSource + Host),
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

/// Run an action and the effects it asks for, and the actions those lead to, in order; true
/// when the app should quit. The only place effects are carried out: the terminal, the tests
/// and the benchmarks all come through here. Once a save fails, nothing later in the same
/// dispatch is written, so the journal never holds an action that followed a lost one.
pub fn dispatch(
    model: &mut Model,
    action: Action,
    now: DateTime<Utc>,
    recorder: &mut dyn Recorder,
    host: &mut dyn Host,
) -> bool {
    let mut queue = VecDeque::from([action]);
    let mut save_failed = false;
    while let Some(action) = queue.pop_front() {
        for effect in update(model, action, now) {
            match effect {
                Effect::Record(_) if save_failed => {}
                Effect::Record(record) => match recorder.append(&record) {
                    Ok(()) => queue.push_back(Action::Recorded(record)),
                    Err(e) => {
                        save_failed = true;
                        queue.push_back(Action::SaveFailed(plain_io_error(&e)));
                    }
                },
                Effect::Bell => host.bell(),
                Effect::Export(files) => queue.push_back(Action::Notice(host.export(&files))),
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
pub fn write_exports(files: &[(PathBuf, String)]) -> String {
    for (path, text) in files {
        if let Err(e) = crate::store::files::write_atomically(path, text.as_bytes()) {
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
pub fn plain_io_error(e: &io::Error) -> String {
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
