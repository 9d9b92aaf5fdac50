//! The app layer, in the Elm style: a [`Model`], the [`Message`]s that change it (a
//! [`Command`] a key asked for, or news from the runtime), one pure [`update`] function, and
//! the [`Effect`]s it asks the runtime to carry out. Meeting state
//! changes only through [`Message::Recorded`], after the runtime has put the event in the journal.

mod break_item;
mod figures;
mod floor;
mod members;
mod message;
mod now;
mod picker;
mod procedure;
mod question;
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
pub use question::{Question, Wording, quorum_words};
pub use roles::duty;
pub use roll_call::roll_call_order;
pub use runtime::{
    EventSource, Exit, Host, InMemory, Input, Quiet, Recorder, RunReport, Saved, Screen, dispatch,
    heard, run,
};
pub use secretary::{due_forms, due_preview, parse_vote, record_order};
pub use share::{Offer, Pending, Refusal, Watcher, describe, unconfirmed, watching};
pub use speakers::{choice_words, hand_choices};
pub use status::STATUS_SECONDS;
pub use text_field::{Edit, TextField};
pub use theme::Theme;
pub use timekeeper::break_note;

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, Utc};

use crate::agenda::Seat;
use crate::input::{Command, Key, KeyCode, Keymap, Mode};
use crate::meeting::{Event, EventError, Meeting, Phase, Record};

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
    pub save_error: Option<String>,
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
        Message::Command(command) => run_command(model, command, now),
        Message::Type(c) => picker::edit(model, |f| f.insert(c.encode_utf8(&mut [0; 4]))),
        Message::Edit(edit) => picker::edit(model, |f| f.edit(edit)),
        Message::Paste(text) => picker::edit(model, |f| f.insert(&text)),
        Message::Notice(message) => model.say(message),
        Message::Tick => timekeeper::bell(model, now),
        Message::UnknownKey(key) => {
            let help = model.key_hint(model.mode(), Command::Help);
            model.say(format!(
                "{key} does nothing here; press {help} for the keys"
            ))
        }
        Message::Recorded(record) => {
            model.save_error = None;
            model.journal_started = true;
            if let Err(e) = model.meeting.apply(&record) {
                model.status = Some(format!("Recorded, but could not apply: {e}"));
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

/// What a command does to the model, if this screen's role allows it.
fn run_command(model: &mut Model, command: Command, now: DateTime<Utc>) -> Vec<Effect> {
    if let Err(why) = model.seat.allows(command) {
        return model.say(why);
    }
    if let Some(refused) = share::read_only(model, command) {
        return refused;
    }
    if let Some(refused) = break_item::refused(model, command) {
        return refused;
    }
    match command {
        Command::Quit => vec![Effect::Quit],
        Command::Help => {
            model.overlay = match model.overlay {
                Overlay::Help { .. } => Overlay::None,
                _ => Overlay::Help { scroll: 0 },
            };
            vec![]
        }
        Command::ScrollUp | Command::ScrollDown => {
            let up = command == Command::ScrollUp;
            if let Overlay::Help { scroll } | Overlay::Reading { scroll } = &mut model.overlay {
                *scroll = if up {
                    scroll.saturating_sub(1)
                } else {
                    scroll.saturating_add(1)
                };
            } else if model.overlay == Overlay::None && model.show_balance {
                figures::scroll_balance(model, up);
            }
            vec![]
        }
        Command::StartMeeting if model.planned_for_later() => {
            question::ask(model, Question::StartEarly)
        }
        Command::StartMeeting => record(model, share::starting(model), now),
        Command::NextItem => move_to(model, 1, now),
        Command::PreviousItem => move_to(model, -1, now),
        Command::EndMeeting => {
            if let Err(e) = model.meeting.check(&Event::MeetingEnded) {
                let why = refusal(model, &e);
                return model.say(why);
            }
            question::ask(model, Question::Adjourn)
        }
        Command::Confirm => match &model.overlay {
            Overlay::Confirm(_) => question::answer(model, Answer::Yes, now),
            Overlay::Picker(_) | Overlay::Prompt(_) => picker::choose(model, now),
            Overlay::RollCall { .. } => roll_call::toggle(model, now),
            _ => vec![],
        },
        Command::Decline => match &model.overlay {
            Overlay::Confirm(_) => question::answer(model, Answer::No, now),
            _ => run_command(model, Command::Cancel, now),
        },
        Command::Cancel if matches!(model.overlay, Overlay::Confirm(_)) => {
            question::answer(model, Answer::NeverMind, now)
        }
        Command::Cancel if matches!(model.overlay, Overlay::RollCall { .. }) => {
            roll_call::close(model, now)
        }
        Command::Cancel => {
            // Adding a person or correcting an entry goes back to the list it came from.
            model.overlay = match &model.overlay {
                Overlay::Picker(Picker {
                    purpose: PickFor::Group { .. },
                    ..
                })
                | Overlay::Prompt(Prompt {
                    purpose: PromptFor::PersonName,
                    ..
                }) => Overlay::RollCall { selected: 0 },
                Overlay::Prompt(Prompt {
                    purpose: PromptFor::EditEntry { .. },
                    ..
                }) => Overlay::Record { selected: 0 },
                Overlay::Prompt(Prompt {
                    purpose: PromptFor::AsNewEntry { .. },
                    ..
                }) => {
                    model.status = Some("The correction was dropped".into());
                    Overlay::None
                }
                Overlay::Prompt(Prompt {
                    purpose: PromptFor::CarryDue { action } | PromptFor::DropReason { action },
                    ..
                }) => Overlay::Review { selected: *action },
                _ => Overlay::None,
            };
            vec![]
        }
        Command::SelectPrevious | Command::SelectNext => {
            select(model, command == Command::SelectNext);
            vec![]
        }
        Command::RollCall => {
            model.overlay = Overlay::RollCall { selected: 0 };
            vec![]
        }
        Command::TogglePresent => roll_call::toggle(model, now),
        Command::MarkLeft => roll_call::mark_left(model, now),
        Command::AllPresent => roll_call::all_present(model, now),
        Command::AddPerson => {
            model.overlay = Overlay::Prompt(Prompt::new(PromptFor::PersonName));
            vec![]
        }
        Command::AddSpeaker => procedure::open_hands(model),
        Command::PointOfProcess => picker::open(model, PickFor::PointOfProcess),
        Command::RemoveSpeaker => floor::remove(model, now),
        Command::NextSpeaker => floor::next_speaker(model, now),
        Command::EndTurn => floor::end_turn(model, now),
        Command::MoveUp => floor::move_selected(model, crate::meeting::Direction::Up, now),
        Command::MoveDown => floor::move_selected(model, crate::meeting::Direction::Down, now),
        Command::GiveFloor => floor::give_floor(model, now),
        Command::VoiceBalance => {
            model.show_balance = !model.show_balance;
            model.balance_scroll = 0;
            model.totals = Totals::Hidden;
            vec![]
        }
        Command::ProjectorView => {
            model.projector = !model.projector;
            vec![]
        }
        Command::PauseClock => timekeeper::pause(model, now),
        Command::StartBreak => timekeeper::start_break(model, now),
        Command::ExtendItem => timekeeper::extend_item(model, 5, now),
        Command::ExtendItemBy => timekeeper::ask_minutes(model, PromptFor::ExtendMinutes),
        Command::ExtendTurn => {
            let by = Some(timekeeper::timekeeper(model));
            record(model, Event::TurnExtended { seconds: 30, by }, now)
        }
        Command::ResetTurn => record(model, Event::TurnReset { role: None }, now),
        Command::AddNote => secretary::start(model, PromptFor::Note),
        Command::RecordDecision => secretary::start_decision(model),
        Command::AddAction => secretary::start(model, PromptFor::ActionText),
        Command::AddItem => secretary::start(model, PromptFor::ItemTitle),
        Command::ParkTopic => secretary::start(model, PromptFor::ParkTopic),
        Command::RecordView => {
            model.overlay = match model.overlay {
                Overlay::Record { .. } => Overlay::None,
                _ => Overlay::Record {
                    selected: record_order(model).len().saturating_sub(1),
                },
            };
            vec![]
        }
        Command::EditEntry => secretary::edit_selected(model),
        Command::DeleteEntry => secretary::delete_selected(model),
        Command::ExportMinutes => secretary::export(model),
        Command::ShowAgenda => {
            model.overlay = match model.overlay {
                Overlay::Reading { .. } => Overlay::None,
                _ => Overlay::Reading { scroll: 0 },
            };
            vec![]
        }
        Command::ExportAgenda => secretary::export_agenda(model),
        Command::CopyAgenda => secretary::copy_agenda(model),
        Command::CopyMinutes => secretary::copy(model),
        Command::ReviewActions => review::open(model),
        Command::ActionDone => review::done(model, now),
        Command::ActionCarry => review::ask_carry(model),
        Command::ActionDrop => review::ask_drop(model),
        Command::DirectResponse => procedure::open_response(model),
        Command::AddSpeakerPro => procedure::open_side(model, crate::meeting::Side::Pro),
        Command::AddSpeakerContra => procedure::open_side(model, crate::meeting::Side::Contra),
        Command::ToggleList => procedure::toggle_list(model, now),
        Command::PersonTotals => procedure::cycle_totals(model),
        Command::InterposedQuestion => speakers::question(model, now),
        Command::ReaddLastSpeaker => speakers::readd(model, now),
        Command::EditHand => speakers::edit_hand(model, now),
        Command::ClearHands => speakers::clear(model),
        Command::MembersCode => members::toggle_code(model),
        Command::PageHands => members::cycle_hands(model, now),
        Command::ReleaseClaim => members::release(model, now),
    }
}

/// Move the selection in whatever list is in front.
fn select(model: &mut Model, down: bool) {
    let step = |at: usize, len: usize| match down {
        true => (at + 1).min(len.saturating_sub(1)),
        false => at.saturating_sub(1),
    };
    let offered = match &model.overlay {
        Overlay::Picker(p) => p.found.len(),
        _ => 0,
    };
    match &mut model.overlay {
        Overlay::RollCall { selected } => *selected = step(*selected, model.meeting.people().len()),
        Overlay::Record { selected } => {
            let len = model
                .meeting
                .entries()
                .iter()
                .filter(|e| !e.deleted)
                .count();
            *selected = step((*selected).min(len.saturating_sub(1)), len)
        }
        Overlay::Picker(p) => p.selected = step(p.selected.min(offered.saturating_sub(1)), offered),
        Overlay::Review { selected } => {
            *selected = step(*selected, model.meeting.last_actions().len())
        }
        Overlay::None => model.selected = step(model.selected, model.meeting.queue().hands.len()),
        _ => {}
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

/// A refusal that tells the person what to press instead.
fn refusal(model: &Model, reason: &EventError) -> String {
    match reason {
        EventError::NotStarted => format!(
            "The meeting has not started: press {} to start it",
            model.key_hint(Mode::Meeting, Command::StartMeeting)
        ),
        EventError::Adjourned => adjourned(model),
        // After adjournment, "already started" is the wrong news: it is over.
        EventError::AlreadyStarted if model.meeting.phase() == Phase::Adjourned => adjourned(model),
        EventError::OnBreak => format!(
            "On a break: press {} to end it first",
            model.key_hint(Mode::Meeting, Command::StartBreak)
        ),
        reason => format!("Not possible: {reason}"),
    }
}

/// What keys that need a running meeting say once it is adjourned.
fn adjourned(model: &Model) -> String {
    format!(
        "The meeting is adjourned; the record can still be corrected ({})",
        model.key_hint(Mode::Meeting, Command::RecordView)
    )
}

/// Why something that needs a running meeting cannot happen now, in the person's words
/// (`before` says what happens once it starts): `None` while the meeting runs.
fn not_running(model: &Model, before: &str) -> Option<String> {
    match model.meeting.phase() {
        Phase::Running => None,
        Phase::NotStarted => Some(format!(
            "{before}: press {}",
            model.key_hint(Mode::Meeting, Command::StartMeeting)
        )),
        Phase::Adjourned => Some(adjourned(model)),
    }
}

fn move_to(model: &mut Model, step: isize, now: DateTime<Utc>) -> Vec<Effect> {
    let current = model.meeting.current();
    let last = model.meeting.items().len() - 1;
    let target = current.checked_add_signed(step).filter(|t| *t <= last);
    let running = model.meeting.phase() == Phase::Running;
    match target {
        Some(item) => procedure::change_item(model, item, now),
        None if running && step > 0 => {
            let key = model.key_hint(Mode::Meeting, Command::EndMeeting);
            model.say(format!("This is the last item: press {key} to adjourn"))
        }
        None if running => model.say("This is the first item"),
        None => record(model, Event::ItemOpened { item: current }, now),
    }
}

#[cfg(test)]
mod speakers_tests;
#[cfg(test)]
mod tests;
