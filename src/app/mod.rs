//! The app layer, in the Elm style: a [`Model`], the [`Message`]s that change it (a
//! [`Command`] a key asked for, or news from the runtime), one pure [`update`] function, and
//! the [`Effect`]s it asks the runtime to carry out. Meeting state
//! changes only through [`Message::Recorded`], after the runtime has put the event in the journal.

mod break_item;
mod commands;
mod figures;
mod floor;
mod members;
mod message;
mod now;
mod picker;
mod procedure;
mod question;
mod refusals;
mod review;
mod roles;
mod roll_call;
mod runtime;
mod secretary;
mod share;
mod speakers;
mod status;
mod text_field;
mod theme;
mod timekeeper;

pub use break_item::opens_after_the_break;
pub use figures::balance_log_rows;
pub use message::Message;
pub use now::now_hint;
pub use picker::{
    Ask, Candidate, PickFor, Picker, Prompt, PromptFor, absence, candidates, nobody_matches,
};
pub use procedure::Totals;
use question::Answer;
pub use question::{Question, Wording, customer_voice, quorum_words};
pub use roles::duty;
pub use roll_call::roll_call_order;
pub use runtime::{
    EventSource, Exit, Host, InMemory, Input, Quiet, Recorder, RunReport, SaveError, Saved, Screen,
    dispatch, heard, run,
};
pub use secretary::{due_forms, due_preview, parse_vote, record_order};
pub use share::{Offer, Pending, Refusal, Watcher, describe_in, unconfirmed, watching};
pub use speakers::{choice_words, hand_choices};
pub use status::STATUS_SECONDS;
pub use text_field::{Edit, TextField};
pub use theme::Theme;
pub use timekeeper::break_note;

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, Utc};

use crate::agenda::Seat;
use crate::input::{Command, Key, KeyCode, Keymap, Mode};
use crate::meeting::{Event, Meeting, Phase, Record};
use crate::tr;
use refusals::{not_running, refusal};

/// Everything the screen shows, and nothing else.
#[derive(Debug, Clone)]
pub struct Model {
    pub meeting: Meeting,
    pub keymap: Keymap,
    pub theme: Theme,
    /// The language this screen speaks (`--lang`, the agenda's, or the environment's).
    pub lang: crate::lang::Lang,
    /// Where the journal is, shown so the secretary knows where the record lives.
    pub journal_path: PathBuf,
    /// The journal exists: something has been recorded. Until then opening the meeting has
    /// left nothing on disk.
    pub journal_started: bool,
    /// A rehearsal: the journal is thrown away at the end and the screen says so.
    pub rehearsal: bool,
    /// The built-in example (`cochair` alone), rehearsed: the screen says what it is.
    pub example: bool,
    /// The time the screen shows; set by the runtime on every action.
    pub now: DateTime<Utc>,
    /// The room's UTC offset, for showing local times.
    pub offset: FixedOffset,
    pub overlay: Overlay,
    /// The selected place in the queue (for overrides and removing a hand).
    pub selected: usize,
    /// The voice balance is shown in place of the agenda.
    pub show_balance: bool,
    /// How many lines of the voice balance are scrolled out of sight at the top.
    pub balance_scroll: u16,
    /// The big clock for the projector is shown instead of the full screen.
    pub projector: bool,
    /// The turn and item whose running out the bell has already announced.
    pub bell_rung: BellRung,
    /// The last thing the app has to say (a refusal, a recovery notice). It goes with the
    /// next key, or [`STATUS_SECONDS`] after it was said.
    pub status: Option<String>,
    /// When the status was said (the model's `now`, never the clock).
    pub status_since: Option<DateTime<Utc>>,
    /// Set while the journal cannot be written; nothing is applied until a save works again.
    pub save_error: Option<SaveError>,
    /// Whose seat this screen is (a job's or an observer's): what it may change, what it
    /// shows first.
    pub seat: Seat,
    /// A screen for the room's wall (`--view room`): the room view only, no operator lines.
    pub room: bool,
    /// How this screen is joined to the others of the meeting.
    pub link: Link,
    /// The per-person totals are shown in place of the agenda, in this order.
    pub totals: Totals,
    /// On a joined screen: what it proposed that the host has not answered yet.
    pub pending: Vec<Pending>,
    /// What to offer the person again once nothing else is open (a proposal the host never
    /// recorded, a correction of an entry struck meanwhile).
    pub offers: share::Offers,
    /// The members' page's address, when the host serves it (`--members`).
    pub members_url: Option<String>,
    /// The page's QR code and address are shown on the screen.
    pub members_code: bool,
}

/// How a screen is joined to the meeting's other screens.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Link {
    /// One screen: a meeting with no way to join.
    #[default]
    Alone,
    /// The host: the one that writes the journal, with the screens joined to it now.
    Host { screens: Vec<Watcher> },
    /// A screen joined to the host, and whether the host is there now.
    Joined { connected: bool },
    /// A joined screen whose host closed the meeting's screens (it quit) at this time.
    Closed { at: DateTime<Utc> },
}

/// What is drawn over the meeting screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    None,
    Help {
        scroll: u16,
    },
    /// The agenda as members receive it, to read, export or copy.
    Reading {
        scroll: u16,
    },
    /// A question before something hard to take back is recorded.
    Confirm(Question),
    RollCall {
        selected: usize,
    },
    Picker(Picker),
    Prompt(Prompt),
    /// The secretary's record: every note, decision and action, to correct or strike.
    Record {
        selected: usize,
    },
    /// The actions from the last meeting, to mark done, carried over or dropped.
    Review {
        selected: usize,
    },
}

/// What `update` asks the runtime to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Put this in the journal; on success the runtime sends [`Message::Recorded`] (and, on a
    /// host, sends the record to every screen joined).
    Record(Record),
    /// Record what a joined screen sent; if it cannot be saved, tell that screen why.
    RecordFor {
        screen: u64,
        record: Record,
    },
    /// Tell a joined screen why what it sent was refused.
    Refuse {
        screen: u64,
        id: Option<crate::meeting::ProposalId>,
        why: Refusal,
    },
    /// Send a screen that has just joined the journal so far, before any later record.
    Welcome {
        screen: u64,
    },
    /// Ring the terminal bell.
    Bell,
    /// Write these files (each whole or not at all); the runtime says where.
    Export(Vec<(PathBuf, String)>),
    /// Put the text on the clipboard, or in `fallback` if no clipboard takes it.
    Copy {
        text: String,
        fallback: PathBuf,
    },
    Quit,
}

/// What the bell has rung for, so it rings once per turn and once per item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BellRung {
    pub turn: Option<(usize, DateTime<Utc>)>,
    pub item: Option<(usize, i64)>,
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
            lang: crate::lang::Lang::default(),
            journal_path,
            journal_started: false,
            rehearsal: false,
            example: false,
            now,
            offset,
            overlay: Overlay::None,
            selected: 0,
            show_balance: false,
            balance_scroll: 0,
            projector: false,
            bell_rung: BellRung::default(),
            status: None,
            status_since: None,
            save_error: None,
            seat: Seat::default(),
            room: false,
            link: Link::default(),
            totals: Totals::Hidden,
            pending: Vec::new(),
            offers: share::Offers::new(),
            members_url: None,
            members_code: false,
        }
    }

    /// The agenda is dated after today (in the room's time) and the meeting has not started:
    /// opening it now is preparation, not the meeting. A rehearsal is never the meeting, so
    /// starting it asks nothing.
    pub fn planned_for_later(&self) -> bool {
        if self.rehearsal {
            return false;
        }
        let today = self.now.with_timezone(&self.offset).date_naive();
        self.meeting.phase() == Phase::NotStarted && self.meeting.date() > today
    }

    /// Which keymap mode the keys are looked up in.
    pub fn mode(&self) -> Mode {
        match self.overlay {
            Overlay::None => Mode::Meeting,
            Overlay::Help { .. } => Mode::Help,
            Overlay::Reading { .. } => Mode::Reading,
            Overlay::Confirm(_) => Mode::Confirm,
            Overlay::Record { .. } => Mode::Record,
            Overlay::RollCall { .. } => Mode::RollCall,
            Overlay::Picker(_) => Mode::Picker,
            Overlay::Prompt(_) => Mode::Prompt,
            Overlay::Review { .. } => Mode::Review,
        }
    }

    /// The key shown in hints such as "press s to start"; the command's name when no key
    /// runs it.
    pub fn key_hint(&self, mode: Mode, command: Command) -> String {
        self.keymap
            .key_for(mode, command)
            .map_or_else(|| command.name().to_owned(), |k| k.to_string())
    }

    /// The key for a meeting command, when this screen's role may use it: hints on a joined
    /// screen never offer a key that would only be refused.
    pub fn offer(&self, command: Command) -> Option<String> {
        self.seat
            .allows(command)
            .is_ok()
            .then(|| self.key_hint(Mode::Meeting, command))
    }

    /// What a key does in the current mode. In modes that take text, plain characters and
    /// editing keys go to the text unless the mode itself binds them.
    pub fn message_for(&self, key: Key) -> Message {
        let mode = self.mode();
        if let Some((_, command)) = self.keymap.in_mode(mode).find(|(k, _)| *k == key) {
            return Message::Command(*command);
        }
        if mode.takes_text() {
            if let Some(edit) = editing_key(key) {
                return Message::Edit(edit);
            }
            if let KeyCode::Char(c) = key.code
                && !key.mods.ctrl
                && !key.mods.alt
            {
                return Message::Type(c);
            }
        }
        match self.keymap.action(mode, key) {
            Some(command) => Message::Command(command),
            None => Message::UnknownKey(key.to_string()),
        }
    }

    /// The command a key runs in the current mode, if it runs one (in a prompt, `q` types a
    /// q): the key hints offer only keys that do what they say.
    pub fn command_for(&self, key: Key) -> Option<Command> {
        match self.message_for(key) {
            Message::Command(command) => Some(command),
            _ => None,
        }
    }

    fn say(&mut self, message: impl Into<String>) -> Vec<Effect> {
        self.status = Some(message.into());
        vec![]
    }
}

fn editing_key(key: Key) -> Option<Edit> {
    let ctrl = key.mods.ctrl;
    Some(match key.code {
        KeyCode::Left => Edit::Left,
        KeyCode::Right => Edit::Right,
        KeyCode::Home => Edit::Home,
        KeyCode::End => Edit::End,
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Delete => Edit::Delete,
        KeyCode::Char('w') if ctrl => Edit::DeleteWord,
        KeyCode::Char('u') if ctrl => Edit::DeleteToStart,
        KeyCode::Char('a') if ctrl => Edit::Home,
        KeyCode::Char('e') if ctrl => Edit::End,
        _ => return None,
    })
}

/// The one place the model changes. Pure: `now` is passed in, effects are returned.
pub fn update(model: &mut Model, message: impl Into<Message>, now: DateTime<Utc>) -> Vec<Effect> {
    let message = message.into();
    let tick = message == Message::Tick;
    let said = match status::says_anew(&message) {
        true => None,
        false => model.status.clone(),
    };
    let mut effects = change(model, message, now);
    status::status_time(model, said, now);
    // What this screen records, it records in its own role (the host checks it again).
    for effect in &mut effects {
        if let Effect::Record(record) = effect {
            record.event.set_role(model.seat.job());
        }
    }
    // A tick changes nothing a picker lists; everything else may.
    if !tick {
        picker::refresh(model);
    }
    share::offer_next(model);
    effects
}

fn change(model: &mut Model, message: Message, now: DateTime<Utc>) -> Vec<Effect> {
    model.now = now;
    if let Some(leave) = share::closed_and_a_key(model, &message) {
        return leave;
    }
    if status::says_anew(&message)
        && !matches!(message, Message::UnknownKey(_) | Message::Notice(_))
    {
        model.status = None;
    }
    match message {
        Message::Command(command) => commands::run_command(model, command, now),
        Message::Type(c) => picker::edit(model, |f| f.insert(c.encode_utf8(&mut [0; 4]))),
        Message::Edit(edit) => picker::edit(model, |f| f.edit(edit)),
        Message::Paste(text) => picker::edit(model, |f| f.insert(&text)),
        Message::Notice(message) => model.say(message),
        Message::Tick => timekeeper::bell(model, now),
        Message::UnknownKey(key) => {
            let help = model.key_hint(model.mode(), Command::Help);
            model.say(tr!(
                model.lang,
                "status-key-does-nothing",
                key = key,
                help = help
            ))
        }
        Message::Recorded(record) => {
            model.save_error = None;
            model.journal_started = true;
            if let Err(e) = model.meeting.apply(&record) {
                model.status = Some(tr!(
                    model.lang,
                    "status-recorded-not-applied",
                    reason = e.said(model.lang)
                ));
            }
            share::answered(model, &record);
            vec![]
        }
        Message::SaveFailed(message) => {
            model.save_error = Some(message);
            vec![]
        }
        Message::Proposal {
            screen,
            seat,
            id,
            event,
        } => share::proposal(model, screen, seat, id, event, now),
        Message::ScreenJoined { screen, kind } => share::screen_joined(model, screen, kind, now),
        Message::ScreenLeft { screen } => share::screen_left(model, screen),
        Message::Joined(meeting) => share::joined(model, *meeting),
        Message::Proposed { id, event, sent } => share::proposed(model, id, event, sent),
        Message::Refused { id, why } => share::refused(model, id, &why),
        Message::HostGone => share::host_gone(model),
        Message::HostClosed { at } => share::host_closed(model, at),
        Message::PageProposal {
            page,
            id,
            person,
            event,
        } => members::proposal(model, (page, id), &person, event, now),
    }
}

/// Ask for the events of one action to be recorded as one journal line, applied together or
/// not at all; or say why they cannot be.
fn record_together(model: &mut Model, mut events: Vec<Event>, now: DateTime<Utc>) -> Vec<Effect> {
    match events.len() {
        0 => vec![],
        1 => record(model, events.remove(0), now),
        _ => record(model, Event::Batch { events }, now),
    }
}

/// Ask for an event to be recorded, or say why it cannot be.
fn record(model: &mut Model, event: Event, now: DateTime<Utc>) -> Vec<Effect> {
    match model.meeting.check(&event) {
        Ok(()) => vec![Effect::Record(Record::new(now, event))],
        Err(e) => {
            model.status = Some(refusal(model, &e));
            vec![]
        }
    }
}

#[cfg(test)]
mod language_tests;
#[cfg(test)]
mod speakers_tests;
#[cfg(test)]
mod tests;
