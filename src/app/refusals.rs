//! Why something cannot happen now, in the words of the screen that says it: a refusal tells
//! the person what to press instead, with this screen's keys.
//!
//! Every refusal and status line is made on the screen that shows it, with that screen's
//! language (`model.lang`) and keys, at the moment it is said: a joined Spanish screen beside
//! an English host words its own refusals in Spanish, and what the host refuses travels as a
//! typed [`Refusal`](super::Refusal) that the joined screen words itself. The model keeps the
//! finished sentence (`Model::status`), so a screen never changes language mid-sentence.

use crate::agenda::{Role, Seat};
use crate::input::{Command, Mode};
use crate::lang::Lang;
use crate::meeting::{EventError, Phase};
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
            reason = reason.said(model.lang)
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
    let text = reason.said(lang);
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests;
