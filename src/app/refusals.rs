//! Why something cannot happen now, in the words of the screen that says it: a refusal tells
//! the person what to press instead, with this screen's keys.
//!
//! Every refusal and status line is made on the screen that shows it, with that screen's
//! language (`model.lang`) and keys, at the moment it is said: a joined Spanish screen beside
//! an English host words its own refusals in Spanish, and what the host refuses travels as a
//! typed [`Refusal`](super::Refusal) that the joined screen words itself. The model keeps the
//! finished sentence (`Model::status`), so a screen never changes language mid-sentence.

use crate::agenda::{ItemKind, Role, Seat};
use crate::input::{Command, Mode};
use crate::lang::Lang;
use crate::meeting::{EventError, HandKind, Phase};
use crate::tr;

use super::Model;

/// A refusal that tells the person what to press instead.
pub(super) fn refusal(model: &Model, reason: &EventError) -> String {
    match reason {
        EventError::NotStarted => tr!(
            model.lang,
            "refusals-not-started-press",
            key = model.key_hint(Mode::Meeting, Command::StartMeeting)
        ),
        EventError::Adjourned => adjourned(model),
        // After adjournment, "already started" is the wrong news: it is over.
        EventError::AlreadyStarted if model.meeting.phase() == Phase::Adjourned => adjourned(model),
        EventError::OnBreak => on_break(model),
        reason => tr!(
            model.lang,
            "refusals-not-possible",
            reason = words(model.lang, reason)
        ),
    }
}

/// On a break, nothing but ending it: say which key does.
pub(super) fn on_break(model: &Model) -> String {
    tr!(
        model.lang,
        "refusals-on-break-press",
        key = model.key_hint(Mode::Meeting, Command::StartBreak)
    )
}

/// What keys that need a running meeting say once it is adjourned.
pub(super) fn adjourned(model: &Model) -> String {
    tr!(
        model.lang,
        "refusals-adjourned-press",
        key = model.key_hint(Mode::Meeting, Command::RecordView)
    )
}

/// Why something that needs a running meeting cannot happen now, in the person's words
/// (`before` says what happens once it starts): `None` while the meeting runs.
pub(super) fn not_running(model: &Model, before: String) -> Option<String> {
    match model.meeting.phase() {
        Phase::Running => None,
        Phase::NotStarted => Some(tr!(
            model.lang,
            "refusals-before-start-press",
            before = before,
            key = model.key_hint(Mode::Meeting, Command::StartMeeting)
        )),
        Phase::Adjourned => Some(adjourned(model)),
    }
}

/// Why this screen's seat may not do that.
pub(super) fn seat(lang: Lang, seat: Seat) -> String {
    match seat {
        Seat::Job(Role::Facilitator) => tr!(lang, "refusals-seat-facilitator"),
        Seat::Job(Role::Timekeeper) => tr!(lang, "refusals-seat-timekeeper"),
        Seat::Job(Role::Secretary) => tr!(lang, "refusals-seat-secretary"),
        Seat::Observer => tr!(lang, "refusals-seat-observer"),
    }
}

/// A refusal as the start of a sentence.
pub(super) fn capitalised(lang: Lang, reason: &EventError) -> String {
    let text = words(lang, reason);
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Why the meeting refuses an event, as a clause (`the list of speakers is closed`). Every
/// reason is a sentence in Fluent; the English one reads as the reason's `Display` does.
pub fn words(lang: Lang, reason: &EventError) -> String {
    let quoted = |name: &str| format!("{name:?}");
    match reason {
        EventError::NotStarted => tr!(lang, "refusals-not-started"),
        EventError::AlreadyStarted => tr!(lang, "refusals-already-started"),
        EventError::Adjourned => tr!(lang, "refusals-adjourned"),
        EventError::OnBreak => tr!(lang, "refusals-on-break"),
        EventError::UnknownPerson(name) => {
            tr!(lang, "refusals-unknown-person", name = quoted(name))
        }
        EventError::NotPresent(name) => tr!(lang, "refusals-not-present", name = name),
        EventError::NotQueued(name) => tr!(lang, "refusals-not-queued", name = name),
        EventError::AlreadyQueued(name) => tr!(lang, "refusals-already-queued", name = name),
        EventError::ProcessWaiting(name) => tr!(lang, "refusals-process-waiting", name = name),
        EventError::NobodySpeaking => tr!(lang, "refusals-nobody-speaking"),
        EventError::ClockStopped => tr!(lang, "refusals-clock-stopped"),
        EventError::ClockRunning => tr!(lang, "refusals-clock-running"),
        EventError::NoSuchItem { number, count } => {
            tr!(
                lang,
                "refusals-no-such-item",
                number = *number,
                count = *count
            )
        }
        EventError::NoSuchEntry(n) => tr!(lang, "refusals-no-such-entry", number = *n),
        EventError::EntryDeleted(n) => tr!(lang, "refusals-entry-deleted", number = *n),
        EventError::TooManyVotes { total, present } => tr!(
            lang,
            "refusals-too-many-votes",
            total = *total,
            present = *present
        ),
        EventError::NoSuchAction(n) => tr!(lang, "refusals-no-such-action", number = *n),
        EventError::ListClosed => tr!(lang, "refusals-list-closed"),
        EventError::ListOpen => tr!(lang, "refusals-list-open"),
        EventError::NotADecision(kind) => {
            tr!(
                lang,
                "refusals-not-a-decision",
                kind = item_kind(lang, *kind)
            )
        }
        EventError::NoResponse(name) => tr!(lang, "refusals-no-response", name = name),
        EventError::ResponseWaiting(name) => tr!(lang, "refusals-response-waiting", name = name),
        EventError::RepliesUsed { max } => tr!(lang, "refusals-replies-used", max = *max),
        EventError::RepliesOff => tr!(lang, "refusals-replies-off"),
        EventError::ResponseToProcess => tr!(lang, "refusals-response-to-process"),
        EventError::OwnTurn(name) => tr!(lang, "refusals-own-turn", name = name),
        EventError::NoHands => tr!(lang, "refusals-no-hands"),
        EventError::QuestionRunning => tr!(lang, "refusals-question-running"),
        EventError::NoQuestion => tr!(lang, "refusals-no-question"),
        EventError::QuestionToProcess => tr!(lang, "refusals-question-to-process"),
        EventError::OwnQuestion(name) => tr!(lang, "refusals-own-question", name = name),
        EventError::NoLastSpeaker => tr!(lang, "refusals-no-last-speaker"),
        EventError::NothingToChange(name) => tr!(lang, "refusals-nothing-to-change", name = name),
        EventError::AlreadyClaimed(name) => tr!(lang, "refusals-already-claimed", name = name),
        EventError::NotClaimed(name) => tr!(lang, "refusals-not-claimed", name = name),
        EventError::PageHandsOff { meeting: true } => tr!(lang, "refusals-page-hands-off-meeting"),
        EventError::PageHandsOff { meeting: false } => tr!(lang, "refusals-page-hands-off-item"),
        EventError::BreakItem => tr!(lang, "refusals-break-item"),
        EventError::EmptyText => tr!(lang, "refusals-empty-text"),
        EventError::NoOwner => tr!(lang, "refusals-no-owner"),
        EventError::ItemLength => tr!(lang, "refusals-item-length"),
        EventError::TooLittleTime => tr!(lang, "refusals-too-little-time"),
        EventError::AlreadyFollows => tr!(lang, "refusals-already-follows"),
        EventError::FollowsLate => tr!(lang, "refusals-follows-late"),
        EventError::NoDropReason => tr!(lang, "refusals-no-drop-reason"),
        EventError::RollCallClosed => tr!(lang, "refusals-roll-call-closed"),
        EventError::RollCallNotRunning => tr!(lang, "refusals-roll-call-not-running"),
        EventError::EmptyBatch => tr!(lang, "refusals-empty-batch"),
        EventError::NestedBatch => tr!(lang, "refusals-nested-batch"),
        EventError::NoName => tr!(lang, "refusals-no-name"),
        EventError::AlreadyAPerson(name) => {
            tr!(lang, "refusals-already-a-person", name = quoted(name))
        }
        EventError::SameName { name, same } => tr!(
            lang,
            "refusals-same-name",
            name = quoted(name),
            same = quoted(same)
        ),
        EventError::NoSuchGroup(group) => {
            tr!(lang, "refusals-no-such-group", group = quoted(group))
        }
        EventError::LeaveNotRunning => tr!(lang, "refusals-leave-not-running"),
        EventError::NotOnFloor(name) => tr!(lang, "refusals-not-on-floor", name = name),
        EventError::NotLastSpeaker(name) => tr!(lang, "refusals-not-last-speaker", name = name),
        EventError::SideOnlyHand(kind) => tr!(
            lang,
            "refusals-side-only-hand",
            kind = match kind {
                HandKind::Hand => "hand",
                HandKind::DirectResponse => "response",
                HandKind::PointOfProcess => "process",
            }
        ),
        EventError::SideOnlyRaised => tr!(lang, "refusals-side-only-raised"),
        EventError::PageHandsAlready { on: true } => tr!(lang, "refusals-page-hands-already-on"),
        EventError::PageHandsAlready { on: false } => tr!(lang, "refusals-page-hands-already-off"),
        EventError::NotOnTable(number) => tr!(lang, "refusals-not-on-table", number = *number),
        EventError::NotAPageHand => tr!(lang, "refusals-not-a-page-hand"),
        EventError::NotOwnHand => tr!(lang, "refusals-not-own-hand"),
    }
}

/// `Information`, `Decision`: an item's kind as the agenda's screens name it.
fn item_kind(lang: Lang, kind: ItemKind) -> String {
    match kind {
        ItemKind::Info => tr!(lang, "agenda-kind-info"),
        ItemKind::Discussion => tr!(lang, "agenda-kind-discussion"),
        ItemKind::Decision => tr!(lang, "agenda-kind-decision"),
        ItemKind::Break => tr!(lang, "agenda-kind-break"),
    }
}

#[cfg(test)]
mod tests;
