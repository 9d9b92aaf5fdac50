//! One meeting, several screens: the host checks and records what joined screens propose, and a
//! joined screen follows the host's journal. The sockets are the `share` adapter's; here is only
//! what the messages do to the model.
//!
//! A joined screen keeps what it proposed until the host answers: the record that carries the
//! proposal's id, or a refusal naming it. When the host vanishes first, the proposal is "not
//! confirmed" and kept; once the host is back, the journal says which proposals were recorded,
//! and the others are offered again, so nothing typed is lost and nothing is recorded twice.

use std::collections::VecDeque;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Effect, Link, Model, Overlay, Prompt, PromptFor, Question, refusal};
use crate::agenda::Seat;
use crate::input::Command;
use crate::lang::Lang;
use crate::meeting::{EntryKind, Event, EventError, Meeting, ProposalId, Record, ScreenKind};
use crate::tr;

/// Why the host did not record what a joined screen proposed. It travels typed, so the screen
/// words it with its own keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    /// The screen's seat does not cover it.
    NotYourRole(Seat),
    /// Only the host records it (a screen joining, the link to the last meeting).
    HostOnly,
    /// The meeting does not allow it now (the list is closed, the clock already stopped, …).
    NotNow(EventError),
    /// The same proposal came twice; the first was recorded.
    AlreadyRecorded,
    /// The host could not write its journal: nothing was recorded.
    NotSaved(super::SaveError),
    /// A second hello on a screen that has joined.
    AlreadyJoined,
    /// A line that is no message of this protocol.
    NotUnderstood,
}

impl Refusal {
    /// The refusal in the words of the screen that reads it, with its own keys.
    pub fn words(&self, model: &Model) -> String {
        let lang = model.lang;
        match self {
            Refusal::NotYourRole(seat) => super::refusals::seat(lang, *seat),
            Refusal::HostOnly => tr!(lang, "refusals-host-only"),
            Refusal::NotNow(reason) => refusal(model, reason),
            Refusal::AlreadyRecorded => tr!(lang, "refusals-already-recorded"),
            Refusal::NotSaved(why) => tr!(lang, "refusals-not-saved", why = why.said(lang)),
            Refusal::AlreadyJoined => tr!(lang, "refusals-already-joined"),
            Refusal::NotUnderstood => tr!(lang, "refusals-not-understood"),
        }
    }
}

/// A screen joined to this host: its connection and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Watcher {
    pub screen: u64,
    pub kind: ScreenKind,
}

/// What a joined screen proposed and the host has not answered yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub id: ProposalId,
    pub event: Event,
    /// False once the host is gone before answering (or was when it was proposed): not
    /// confirmed, kept to be offered again.
    pub sent: bool,
}

/// Something a screen offers its user again, once nothing else is open.
#[derive(Debug, Clone, PartialEq)]
pub enum Offer {
    /// A proposal the host never recorded (it was gone): send it again, with the same id.
    SendAgain { id: ProposalId, event: Event },
    /// A correction of an entry another screen struck meanwhile: add it as a new entry.
    AsNewEntry { entry: usize, text: String },
}

/// A joined screen asks the host to record an event: its seat must allow it, and the meeting
/// must allow it now. The host's clock stamps it, and the record keeps the proposal's id.
pub(super) fn proposal(
    model: &mut Model,
    screen: u64,
    seat: Seat,
    id: ProposalId,
    event: Event,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    let refuse = |why| {
        vec![Effect::Refuse {
            screen,
            id: Some(id),
            why,
        }]
    };
    if model.meeting.recorded(id) {
        return refuse(Refusal::AlreadyRecorded);
    }
    if let Err(why) = seat.may_record(&event) {
        return refuse(why);
    }
    let mut event = match event {
        Event::MeetingStarted => starting(model),
        event => event,
    };
    // Whose screen paused or resumed the clocks is the host's word, not the screen's.
    event.set_role(seat.job());
    if let Err(e) = model.meeting.check(&event) {
        return refuse(Refusal::NotNow(e));
    }
    let record = Record {
        at: now,
        proposal: Some(id),
        event,
    };
    vec![Effect::RecordFor { screen, record }]
}

/// The start of the meeting, with the kinds of screen already joined: from now on the record
/// says which roles ran the meeting.
pub(super) fn starting(model: &Model) -> Event {
    let mut events = vec![Event::MeetingStarted];
    events.extend(unrecorded(model).map(|kind| Event::ScreenJoined { kind }));
    match events.len() {
        1 => Event::MeetingStarted,
        _ => Event::Batch { events },
    }
}

/// The kinds of screen joined to this host that the record does not name yet, each once.
fn unrecorded(model: &Model) -> impl Iterator<Item = ScreenKind> + '_ {
    let watchers = match &model.link {
        Link::Host { screens } => screens.as_slice(),
        _ => &[],
    };
    let mut kinds: Vec<ScreenKind> = watchers.iter().map(|w| w.kind).collect();
    kinds.sort();
    kinds.dedup();
    kinds
        .into_iter()
        .filter(|kind| !model.meeting.screens().contains(kind))
}

/// A screen joined the host: it is sent the journal so far (before any later record), counted,
/// and, the first of its kind in a running meeting, recorded.
pub(super) fn screen_joined(
    model: &mut Model,
    screen: u64,
    kind: ScreenKind,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    let mut watchers = match std::mem::take(&mut model.link) {
        Link::Host { screens } => screens,
        _ => Vec::new(),
    };
    watchers.push(Watcher { screen, kind });
    model.link = Link::Host { screens: watchers };
    let mut effects = vec![Effect::Welcome { screen }];
    let started = model.meeting.phase() != crate::meeting::Phase::NotStarted;
    if started && !model.meeting.screens().contains(&kind) {
        effects.push(Effect::Record(Record::new(
            now,
            Event::ScreenJoined { kind },
        )));
    }
    effects
}

/// A screen left the host (closed, killed, or dropped for not reading).
pub(super) fn screen_left(model: &mut Model, screen: u64) -> Vec<Effect> {
    if let Link::Host { screens } = &mut model.link {
        screens.retain(|w| w.screen != screen);
    }
    vec![]
}

/// Who is watching, as the host's screen says it: `timekeeper, secretary, room ×2`.
pub fn watching(model: &Model) -> Option<String> {
    let Link::Host { screens } = &model.link else {
        return None;
    };
    let mut kinds: Vec<ScreenKind> = screens.iter().map(|w| w.kind).collect();
    kinds.sort();
    kinds.dedup_by_key(|k| *k);
    let words: Vec<String> = kinds
        .iter()
        .map(|&kind| {
            let count = screens.iter().filter(|w| w.kind == kind).count();
            tr!(
                model.lang,
                "status-watching-screens",
                kind = kind.name(),
                count = count
            )
        })
        .collect();
    (!words.is_empty()).then(|| words.join(", "))
}

/// A joined screen sent a proposal (or kept it, with no host to send it to).
pub(super) fn proposed(model: &mut Model, id: ProposalId, event: Event, sent: bool) -> Vec<Effect> {
    if !sent {
        let what = describe_in(model.lang, &event);
        model.status = Some(tr!(model.lang, "status-not-confirmed", what = what));
    }
    model.pending.push(Pending { id, event, sent });
    vec![]
}

/// A record came: the proposal it answers is no longer pending, and a correction being typed
/// for an entry it strikes is kept to be added as a new entry.
pub(super) fn answered(model: &mut Model, record: &Record) {
    if let Some(id) = record.proposal {
        model.pending.retain(|p| p.id != id);
    }
    let Event::EntryDeleted { entry } = record.event else {
        return;
    };
    let Overlay::Prompt(Prompt {
        purpose: PromptFor::EditEntry { entry: editing },
        field,
    }) = &model.overlay
    else {
        return;
    };
    if *editing == entry {
        let text = field.text().to_owned();
        model.overlay = Overlay::Prompt(Prompt::editing(PromptFor::AsNewEntry { entry }, &text));
        let number = entry + 1;
        model.status = Some(tr!(model.lang, "status-correction-kept", number = number));
    }
}

/// The host refused a proposal: it is no longer pending, and the screen says why. A
/// correction refused because its entry was struck meanwhile is offered as a new entry.
pub(super) fn refused(model: &mut Model, id: Option<ProposalId>, why: &Refusal) -> Vec<Effect> {
    let pending = id.and_then(|id| model.pending.iter().position(|p| p.id == id));
    let event = pending.map(|i| model.pending.remove(i).event);
    if let (
        Some(Event::EntryEdited { entry, text }),
        Refusal::NotNow(EventError::EntryDeleted(_)),
    ) = (event, why)
    {
        model.offers.push_back(Offer::AsNewEntry { entry, text });
    }
    model.say(why.words(model))
}

/// The host's journal, read on joining again: the proposals it holds were recorded; the others
/// are offered again.
pub(super) fn joined(model: &mut Model, meeting: Meeting) -> Vec<Effect> {
    let was_gone = model.link == Link::Joined { connected: false };
    let (recorded, lost): (Vec<Pending>, Vec<Pending>) = std::mem::take(&mut model.pending)
        .into_iter()
        .partition(|p| meeting.recorded(p.id));
    model.meeting = meeting;
    model.link = Link::Joined { connected: true };
    model.journal_started = true;
    if was_gone {
        let lang = model.lang;
        model.status = Some(match (recorded.len(), lost.len()) {
            (0, 0) => tr!(lang, "status-host-back"),
            (_, 0) => tr!(lang, "status-host-back-recorded"),
            (_, lost) => tr!(lang, "status-host-back-lost", count = lost),
        });
    }
    let offers = lost.into_iter().map(|p| Offer::SendAgain {
        id: p.id,
        event: p.event,
    });
    model.offers.extend(offers);
    vec![]
}

/// The host is gone: keep showing the last state, read only, until it is back. What it had not
/// answered is not confirmed.
pub(super) fn host_gone(model: &mut Model) -> Vec<Effect> {
    model.link = Link::Joined { connected: false };
    for pending in &mut model.pending {
        pending.sent = false;
    }
    vec![]
}

/// The host closed the meeting's screens (it quit): this screen says so, and any key leaves.
pub(super) fn host_closed(model: &mut Model, at: DateTime<Utc>) -> Vec<Effect> {
    model.link = Link::Closed { at };
    model.overlay = Overlay::None;
    for pending in &mut model.pending {
        pending.sent = false;
    }
    vec![]
}

/// Once the host has closed the meeting's screens, the next key leaves.
pub(super) fn closed_and_a_key(model: &Model, message: &super::Message) -> Option<Vec<Effect>> {
    use super::Message as M;
    let key = matches!(
        message,
        M::Command(_) | M::UnknownKey(_) | M::Type(_) | M::Edit(_) | M::Paste(_)
    );
    (key && matches!(model.link, Link::Closed { .. })).then(|| vec![Effect::Quit])
}

/// While the host is gone or closed, a joined screen changes nothing (it could not be recorded).
pub(super) fn read_only(model: &mut Model, command: Command) -> Option<Vec<Effect>> {
    let gone = matches!(
        model.link,
        Link::Joined { connected: false } | Link::Closed { .. }
    );
    let changes = super::duty(command) != crate::agenda::Duty::Anyone;
    (gone && changes).then(|| model.say(tr!(model.lang, "status-host-gone")))
}

/// Open the next thing to offer again, once nothing else is open and the host is there.
pub(super) fn offer_next(model: &mut Model) {
    let away = matches!(
        model.link,
        Link::Joined { connected: false } | Link::Closed { .. }
    );
    if model.overlay != Overlay::None || away {
        return;
    }
    model.overlay = match model.offers.pop_front() {
        None => return,
        Some(Offer::SendAgain { id, event }) => Overlay::Confirm(Question::SendAgain { id, event }),
        Some(Offer::AsNewEntry { entry, text }) => {
            Overlay::Prompt(Prompt::editing(PromptFor::AsNewEntry { entry }, &text))
        }
    };
}

/// Send again a proposal the host never recorded, with its id, so it is recorded once at most.
pub(super) fn send_again(
    model: &mut Model,
    id: ProposalId,
    event: Event,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    if let Err(e) = model.meeting.check(&event) {
        let why = refusal(model, &e);
        return model.say(tr!(model.lang, "status-not-sent-again", why = why));
    }
    vec![Effect::Record(Record {
        at: now,
        proposal: Some(id),
        event,
    })]
}

/// A correction whose entry was struck, as a new entry of the same kind on the same item.
pub(super) fn as_new_entry(model: &Model, entry: usize, text: String) -> Option<Event> {
    let struck = model.meeting.entries().get(entry)?;
    let item = struck.item;
    Some(match &struck.kind {
        EntryKind::Note => Event::NoteAdded { item, text },
        EntryKind::Decision { vote, .. } => Event::DecisionRecorded {
            item,
            text,
            vote: *vote,
        },
        // A confidential action stays confidential as a new entry.
        EntryKind::Action { owner, due } => Event::ActionAdded {
            item,
            text,
            owner: owner.clone(),
            due: *due,
            private: struck.private.then_some(true),
        },
    })
}

/// What a proposal was, in a few words, in a screen's language. An event the secretary does
/// not type is named by its kind as the journal names it (`clock paused`).
pub fn describe_in(lang: Lang, event: &Event) -> String {
    let clean = |text: &str| crate::text::clean(text).into_owned();
    match event {
        Event::NoteAdded { text, .. } => tr!(lang, "status-proposal-note", text = clean(text)),
        Event::DecisionRecorded { text, .. } => {
            tr!(lang, "status-proposal-decision", text = clean(text))
        }
        Event::ActionAdded { text, .. } => tr!(lang, "status-proposal-action", text = clean(text)),
        Event::EntryEdited { entry, text } => tr!(
            lang,
            "status-proposal-correction",
            number = entry + 1,
            text = clean(text)
        ),
        Event::TopicParked { text, .. } => tr!(lang, "status-proposal-parked", text = clean(text)),
        Event::ItemAdded { title, .. } => tr!(lang, "status-proposal-item", text = clean(title)),
        Event::ActionDropped { reason, .. } => {
            tr!(lang, "status-proposal-dropped", text = clean(reason))
        }
        other => other.kind().said(lang),
    }
}

/// What this screen has sent that the host has not confirmed yet, for its status line.
pub fn unconfirmed(model: &Model) -> Option<String> {
    let first = model.pending.first()?;
    let what = describe_in(model.lang, &first.event);
    Some(match model.pending.len() {
        1 => what,
        n => tr!(model.lang, "status-and-more", what = what, more = n - 1),
    })
}

/// Things to offer again, in order.
pub type Offers = VecDeque<Offer>;

#[cfg(test)]
mod tests;
