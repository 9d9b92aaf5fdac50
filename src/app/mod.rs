//! The app layer, in the Elm style: a [`Model`], the [`Action`]s that change it, one pure
//! [`update`] function, and the [`Effect`]s it asks the runtime to carry out. Meeting state
//! changes only through [`Action::Recorded`], after the runtime has put the event in the journal.

mod action;
mod open;
mod runtime;

pub use action::Action;
pub use open::{Exit, Options, load_keymap, open_and_run};
pub use runtime::{EventSource, Recorder, RunReport, run};

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, Utc};

use crate::keymap::{Keymap, Mode};
use crate::meeting::{Event, Meeting, Record};
use crate::ui::Theme;

/// Everything the screen shows, and nothing else.
#[derive(Debug, Clone)]
pub struct Model {
    pub meeting: Meeting,
    pub keymap: Keymap,
    pub theme: Theme,
    /// Where the journal is, shown so the secretary knows where the record lives.
    pub journal_path: PathBuf,
    /// The time the screen shows; set by the runtime on every action.
    pub now: DateTime<Utc>,
    /// The room's UTC offset, for showing local times.
    pub offset: FixedOffset,
    pub overlay: Overlay,
    /// The last thing the app has to say (a refusal, a recovery notice).
    pub status: Option<String>,
    /// Set while the journal cannot be written; nothing is applied until a save works again.
    pub save_error: Option<String>,
}

/// What is drawn over the meeting screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help { scroll: u16 },
    ConfirmEnd,
}

/// What `update` asks the runtime to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Put this in the journal; on success the runtime sends [`Action::Recorded`].
    Record(Record),
    Quit,
}

impl Model {
    pub fn new(
        meeting: Meeting,
        keymap: Keymap,
        journal_path: PathBuf,
        now: DateTime<Utc>,
        offset: FixedOffset,
    ) -> Self {
        Self {
            meeting,
            keymap,
            theme: Theme::default(),
            journal_path,
            now,
            offset,
            overlay: Overlay::None,
            status: None,
            save_error: None,
        }
    }

    /// Which keymap mode the keys are looked up in.
    pub fn mode(&self) -> Mode {
        match self.overlay {
            Overlay::None => Mode::Meeting,
            Overlay::Help { .. } => Mode::Help,
            Overlay::ConfirmEnd => Mode::Confirm,
        }
    }

    /// The key shown in hints such as "press s to start"; falls back to the action's name.
    pub fn key_hint(&self, mode: Mode, action: &Action) -> String {
        self.keymap
            .key_for(mode, action)
            .map_or_else(|| crate::keymap::action_name(action), |k| k.to_string())
    }
}

/// The one place the model changes. Pure: `now` is passed in, effects are returned.
pub fn update(model: &mut Model, action: Action, now: DateTime<Utc>) -> Vec<Effect> {
    model.now = now;
    if !matches!(
        action,
        Action::Tick | Action::Recorded(_) | Action::SaveFailed(_) | Action::UnknownKey(_)
    ) {
        model.status = None;
    }
    match action {
        Action::Quit => vec![Effect::Quit],
        Action::Help => {
            model.overlay = match model.overlay {
                Overlay::Help { .. } => Overlay::None,
                _ => Overlay::Help { scroll: 0 },
            };
            vec![]
        }
        Action::Cancel => {
            model.overlay = Overlay::None;
            vec![]
        }
        Action::ScrollUp | Action::ScrollDown => {
            if let Overlay::Help { scroll } = &mut model.overlay {
                *scroll = match action {
                    Action::ScrollUp => scroll.saturating_sub(1),
                    _ => scroll.saturating_add(1),
                };
            }
            vec![]
        }
        Action::StartMeeting => record(model, Event::MeetingStarted, now),
        Action::NextItem => move_to(model, 1, now),
        Action::PreviousItem => move_to(model, -1, now),
        Action::EndMeeting => {
            if let Err(e) = model.meeting.check(&Event::MeetingEnded) {
                model.status = Some(format!("Cannot adjourn: {e}"));
            } else {
                model.overlay = Overlay::ConfirmEnd;
            }
            vec![]
        }
        Action::Confirm => {
            if model.overlay == Overlay::ConfirmEnd {
                model.overlay = Overlay::None;
                return record(model, Event::MeetingEnded, now);
            }
            vec![]
        }
        Action::Tick => vec![],
        Action::UnknownKey(key) => {
            model.status = Some(format!(
                "{key} does nothing here; press {} for the keys",
                model.key_hint(model.mode(), &Action::Help)
            ));
            vec![]
        }
        Action::Recorded(record) => {
            model.save_error = None;
            if let Err(e) = model.meeting.apply(&record) {
                model.status = Some(format!("Recorded, but could not apply: {e}"));
            }
            vec![]
        }
        Action::SaveFailed(message) => {
            model.save_error = Some(message);
            vec![]
        }
    }
}

/// Ask for an event to be recorded, or say why it cannot be.
fn record(model: &mut Model, event: Event, now: DateTime<Utc>) -> Vec<Effect> {
    match model.meeting.check(&event) {
        Ok(()) => vec![Effect::Record(Record { at: now, event })],
        Err(e) => {
            model.status = Some(refusal(model, &e.to_string()));
            vec![]
        }
    }
}

/// A refusal that tells the person what to press instead.
fn refusal(model: &Model, reason: &str) -> String {
    use crate::meeting::Phase;
    match model.meeting.phase() {
        Phase::NotStarted => format!(
            "The meeting has not started: press {} to start it",
            model.key_hint(Mode::Meeting, &Action::StartMeeting)
        ),
        _ => format!("Not possible: {reason}"),
    }
}

fn move_to(model: &mut Model, step: isize, now: DateTime<Utc>) -> Vec<Effect> {
    let current = model.meeting.current;
    let last = model.meeting.items.len() - 1;
    let target = current.checked_add_signed(step).filter(|t| *t <= last);
    match target {
        Some(item) => record(model, Event::ItemOpened { item }, now),
        None if step > 0 && model.meeting.phase() == crate::meeting::Phase::Running => {
            model.status = Some(format!(
                "This is the last item: press {} to adjourn",
                model.key_hint(Mode::Meeting, &Action::EndMeeting)
            ));
            vec![]
        }
        None if step < 0 && model.meeting.phase() == crate::meeting::Phase::Running => {
            model.status = Some("This is the first item".into());
            vec![]
        }
        None => record(model, Event::ItemOpened { item: current }, now),
    }
}

#[cfg(test)]
mod tests;
