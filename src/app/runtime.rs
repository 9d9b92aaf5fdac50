//! The runtime loop: the only place the app meets the clock, the keyboard, the screen and the
//! disk, each through a trait the adapters implement (`host` for the terminal, `store` for the
//! journal). One thread; it sleeps until the next key or the next whole second, and redraws
//! only when something changed or the second shown on screen ticks over.

use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Timelike, Utc};
use serde::{Deserialize, Serialize};

use super::{Effect, Message, Model, Refusal, update};
use crate::input::Key;
use crate::lang::Lang;
use crate::meeting::{ProposalId, Record};
use crate::tr;

/// What the app hears: from the keyboard and the screen, and, when the meeting has several
/// screens, from the others (already a [`Message`]: a proposal, a screen joining, a record
/// from the host, …).
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Key(Key),
    /// Text pasted in one piece.
    Paste(String),
    /// The screen changed size: draw again.
    Resize,
    /// Something the app has no use for (a mouse move, focus): nothing happened.
    Nothing,
    /// From the meeting's other screens.
    Message(Message),
}

/// Where time and input come from: the real terminal, or a script in tests.
pub trait EventSource {
    /// The wall clock.
    fn now(&mut self) -> DateTime<Utc>;
    /// The room's UTC offset at `now`, for showing local times.
    fn offset(&mut self, now: DateTime<Utc>) -> FixedOffset;
    /// The next input, or `None` when `timeout` passes first.
    fn next_input(&mut self, timeout: Duration) -> io::Result<Option<Input>>;
    /// Set when a signal asked the app to stop.
    fn stop_requested(&mut self) -> Option<Exit>;
}

/// Where the model is drawn: the terminal, or a test's buffer. `ui` implements it for ratatui's
/// terminal with its views.
pub trait Screen {
    fn show(&mut self, model: &Model) -> io::Result<()>;
}

/// What the app asks of the machine it runs on, besides the journal: the bell, the clipboard,
/// writing exports, and (on a host) telling the joined screens. The terminal host does these
/// for real; tests count or fake them.
pub trait Host {
    /// Ring the terminal bell.
    fn bell(&mut self);
    /// Put text on the clipboard (or in `fallback`); says what happened.
    fn copy(&mut self, text: &str, fallback: &Path) -> String;
    /// Write these files, each whole or not at all; says where they went or what failed.
    fn export(&mut self, files: &[(PathBuf, String)]) -> String;
    /// A record is durable in the journal: send it to every joined screen.
    fn broadcast(&mut self, _record: &Record) {}
    /// Tell one joined screen why what it proposed (`id`) was refused.
    fn refuse(&mut self, _screen: u64, _id: Option<ProposalId>, _why: &Refusal) {}
    /// A screen joined: send it the journal so far, before any later record.
    fn welcome(&mut self, _screen: u64) {}
}

/// What became of a record handed to a [`Recorder`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Durable now: apply it.
    Now,
    /// Proposed to the host as `id`: the host records it and sends it back to every screen,
    /// to be applied then. `sent` is false when there was no host to send it to: it is kept.
    Proposed { id: ProposalId, sent: bool },
}

/// Where recorded events go: the journal, the host of a joined screen, or a stand-in in tests.
pub trait Recorder {
    /// Write one record (one user action) whole, or fail, write nothing, and say why in words
    /// for the `Not saved` banner.
    fn append(&mut self, record: &Record) -> Result<Saved, SaveError>;
}

/// Why a record could not be saved: the saving seam's error, made by the recorder. It stays
/// typed up to the `Not saved` banner and to the screen that proposed the record, so each
/// says it in its own language ([`SaveError::said`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SaveError {
    NotFound,
    PermissionDenied,
    /// Any other reason, in the system's own words without its error number ("No space left
    /// on device"): the system words it in its own language.
    System(String),
}

impl SaveError {
    /// The reason in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        match self {
            SaveError::NotFound => tr!(lang, "errors-file-not-found"),
            SaveError::PermissionDenied => tr!(lang, "errors-file-permission-denied"),
            SaveError::System(words) => words.clone(),
        }
    }
}

impl From<&std::io::Error> for SaveError {
    fn from(e: &std::io::Error) -> Self {
        use std::io::ErrorKind;
        match e.kind() {
            ErrorKind::NotFound => SaveError::NotFound,
            ErrorKind::PermissionDenied => SaveError::PermissionDenied,
            _ => {
                let text = e.to_string();
                // "No space left on device (os error 28)": the words without the number.
                let words = text.find(" (os error").map_or(&*text, |cut| &text[..cut]);
                SaveError::System(words.to_owned())
            }
        }
    }
}

/// A journal kept in memory: for simulations, benchmarks and tests.
#[derive(Debug, Default)]
pub struct InMemory(pub Vec<Record>);

impl Recorder for InMemory {
    fn append(&mut self, record: &Record) -> Result<Saved, SaveError> {
        self.0.push(record.clone());
        Ok(Saved::Now)
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

/// Why the app stopped; the process exit code follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Quit,
    /// Stopped by a signal (its number).
    Signal(i32),
}

impl Exit {
    /// 0 for a quit; 128 + the signal's number, as shells report it, for a signal.
    pub fn code(self) -> i32 {
        match self {
            Exit::Quit => 0,
            Exit::Signal(n) => 128 + n,
        }
    }
}

/// How a run ended and how many frames it drew (for tests of idle behaviour).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunReport {
    pub exit: Exit,
    pub frames: u64,
}

/// Run the meeting screen until the user quits or a signal arrives.
pub fn run(
    screen: &mut impl Screen,
    model: &mut Model,
    recorder: &mut impl Recorder,
    host: &mut (impl EventSource + Host),
) -> io::Result<RunReport> {
    let mut frames = 0;
    let mut shown_second = None;
    let mut last_frame: Option<DateTime<Utc>> = None;
    let mut dirty = true;
    loop {
        if let Some(exit) = host.stop_requested() {
            return Ok(RunReport { exit, frames });
        }
        let now = host.now();
        let wait = since(last_frame, now).map_or(Duration::ZERO, |s| FRAME.saturating_sub(s));
        if (dirty && wait.is_zero()) || shown_second != Some(now.timestamp()) {
            model.offset = host.offset(now);
            dispatch(model, Message::Tick, now, recorder, host);
            screen.show(model)?;
            frames += 1;
            shown_second = Some(now.timestamp());
            last_frame = Some(now);
            dirty = false;
        }
        // Something changed since the last frame: draw it once the frame's time is up, and
        // take what comes in meanwhile.
        let timeout = match dirty {
            true => wait.min(until_next_second(now)),
            false => until_next_second(now),
        };
        let Some(input) = host.next_input(timeout)? else {
            continue;
        };
        // Everything that has come in is taken before the next frame (up to a bound), so a
        // burst of screens joining and leaving costs one redraw, not one each.
        let mut next = Some(input);
        let mut taken = 0;
        while let Some(input) = next.take() {
            if !matches!(input, Input::Nothing) {
                dirty = true;
            }
            if let Some(message) = heard(model, input)
                && dispatch(model, message, host.now(), recorder, host)
            {
                return Ok(RunReport {
                    exit: Exit::Quit,
                    frames,
                });
            }
            taken += 1;
            if taken < BURST && host.stop_requested().is_none() {
                next = host.next_input(Duration::ZERO)?;
            }
        }
    }
}

/// The shortest time between two frames: a person sees no delay, and a burst of news from the
/// other screens is drawn once, not once per message.
const FRAME: Duration = Duration::from_millis(15);

/// How long ago the last frame was drawn (`None` before the first).
fn since(last: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Option<Duration> {
    last.map(|last| (now - last).to_std().unwrap_or(Duration::ZERO))
}

/// At most this many inputs are taken between two frames.
const BURST: usize = 256;

/// What an input means to the app: a message to dispatch, or nothing to do but draw again.
pub fn heard(model: &Model, input: Input) -> Option<Message> {
    match input {
        Input::Key(key) => Some(model.message_for(key)),
        Input::Paste(text) => Some(Message::Paste(text)),
        Input::Resize | Input::Nothing => None,
        Input::Message(message) => Some(message),
    }
}

/// Run an action and the effects it asks for, and the actions those lead to, in order; true
/// when the app should quit. The only place effects are carried out: the terminal, the tests
/// and the benchmarks all come through here. Once a save fails, nothing later in the same
/// dispatch is written, so the journal never holds an action that followed a lost one.
pub fn dispatch(
    model: &mut Model,
    message: impl Into<Message>,
    now: DateTime<Utc>,
    recorder: &mut dyn Recorder,
    host: &mut dyn Host,
) -> bool {
    let mut queue = VecDeque::from([message.into()]);
    let mut save_failed = false;
    while let Some(message) = queue.pop_front() {
        for effect in update(model, message, now) {
            match effect {
                Effect::Record(_) | Effect::RecordFor { .. } if save_failed => {}
                Effect::Record(record) => match save(recorder, host, &record) {
                    Ok(applied) => queue.extend(applied),
                    Err(why) => {
                        save_failed = true;
                        queue.push_back(Message::SaveFailed(why));
                    }
                },
                Effect::RecordFor { screen, record } => match save(recorder, host, &record) {
                    Ok(applied) => queue.extend(applied),
                    Err(why) => {
                        save_failed = true;
                        host.refuse(screen, record.proposal, &Refusal::NotSaved(why.clone()));
                        queue.push_back(Message::SaveFailed(why));
                    }
                },
                Effect::Refuse { screen, id, why } => host.refuse(screen, id, &why),
                Effect::Welcome { screen } => host.welcome(screen),
                Effect::Bell => host.bell(),
                Effect::Export(files) => queue.push_back(Message::Notice(host.export(&files))),
                Effect::Copy { text, fallback } => {
                    queue.push_back(Message::Notice(host.copy(&text, &fallback)))
                }
                Effect::Quit => return true,
            }
        }
    }
    false
}

/// Hand a record to the recorder. Durable now: every joined screen is sent it, and it is
/// applied here; proposed to the host: it is pending until it comes back to be applied.
fn save(
    recorder: &mut dyn Recorder,
    host: &mut dyn Host,
    record: &Record,
) -> Result<Option<Message>, SaveError> {
    match recorder.append(record)? {
        Saved::Now => {
            host.broadcast(record);
            Ok(Some(Message::Recorded(record.clone())))
        }
        Saved::Proposed { id, sent } => Ok(Some(Message::Proposed {
            id,
            event: record.event.clone(),
            sent,
        })),
    }
}

/// Sleep until just after the next whole second, when the clock on screen changes.
fn until_next_second(now: DateTime<Utc>) -> Duration {
    let nanos = u64::from(now.nanosecond() % 1_000_000_000);
    Duration::from_nanos(1_000_000_000 - nanos + 1_000_000)
}

#[cfg(test)]
mod tests;
