//! Why the meeting refuses an event, and the words for it in a language: a journal whose
//! record cannot follow the ones before it, or a link to the last meeting that cannot be
//! recorded, is said in the language of the one who reads it.

use crate::agenda::ItemKind;
use crate::lang::Lang;
use crate::tr;

use super::HandKind;

/// Why an event cannot follow the ones before it: the app says so on screen and records
/// nothing; a replay stops at it (a hand-edited or damaged journal). A host sends it to the
/// joined screen whose proposal it refuses, so it has a wire form too.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventError {
    NotStarted,
    AlreadyStarted,
    Adjourned,
    OnBreak,
    UnknownPerson(String),
    NotPresent(String),
    NotQueued(String),
    AlreadyQueued(String),
    ProcessWaiting(String),
    NobodySpeaking,
    ClockStopped,
    ClockRunning,
    /// Items are numbered from 1, as the agenda shows them.
    NoSuchItem {
        number: usize,
        count: usize,
    },
    /// Entries are numbered from 1, as the record shows them.
    NoSuchEntry(usize),
    EntryDeleted(usize),
    TooManyVotes {
        total: u64,
        present: u64,
    },
    /// Actions from the last meeting are numbered from 1, as the review shows them.
    NoSuchAction(usize),
    ListClosed,
    ListOpen,
    /// Pro and contra on an item of another kind.
    NotADecision(ItemKind),
    NoResponse(String),
    ResponseWaiting(String),
    RepliesUsed {
        max: u32,
    },
    RepliesOff,
    ResponseToProcess,
    /// The speaker cannot respond directly to their own turn.
    OwnTurn(String),
    NoHands,
    QuestionRunning,
    NoQuestion,
    QuestionToProcess,
    /// The speaker cannot put a question to themself.
    OwnQuestion(String),
    NoLastSpeaker,
    NothingToChange(String),
    AlreadyClaimed(String),
    NotClaimed(String),
    /// The facilitator turned the page's hands off, for the item or the whole meeting.
    PageHandsOff {
        meeting: bool,
    },
    BreakItem,
    /// A note, decision, action or title with nothing but spaces.
    EmptyText,
    NoOwner,
    ItemLength,
    /// Extra time of less than a minute.
    TooLittleTime,
    AlreadyFollows,
    FollowsLate,
    NoDropReason,
    RollCallClosed,
    RollCallNotRunning,
    EmptyBatch,
    NestedBatch,
    NoName,
    AlreadyAPerson(String),
    /// A new name that differs from one of the people only by case or spacing.
    SameName {
        name: String,
        same: String,
    },
    /// A group id the agenda does not declare.
    NoSuchGroup(String),
    LeaveNotRunning,
    /// A response or question put to someone who is not speaking.
    NotOnFloor(String),
    NotLastSpeaker(String),
    /// A side given to a hand of another kind.
    SideOnlyHand(HandKind),
    SideOnlyRaised,
    PageHandsAlready {
        on: bool,
    },
    /// Items are numbered from 1, as the agenda shows them.
    NotOnTable(usize),
    NotAPageHand,
    /// The members' page proposed something other than its member's claim or own hand.
    NotOwnHand,
}

pub(super) fn fail<T>(why: EventError) -> Result<T, EventError> {
    Err(why)
}

impl EventError {
    /// Why, as a clause in `lang` (`the list of speakers is closed`), for someone with no keys
    /// to press: a journal that cannot be resumed, a link that cannot be recorded. Names the
    /// person typed are quoted, so a stray space shows.
    pub fn said(&self, lang: Lang) -> String {
        said(lang, self)
    }
}

fn said(lang: Lang, reason: &EventError) -> String {
    let quoted = |name: &str| format!("{name:?}");
    match reason {
        EventError::NotStarted => tr!(lang, "meeting-not-started"),
        EventError::AlreadyStarted => tr!(lang, "meeting-already-started"),
        EventError::Adjourned => tr!(lang, "meeting-adjourned"),
        EventError::OnBreak => tr!(lang, "meeting-on-break"),
        EventError::UnknownPerson(name) => {
            tr!(lang, "meeting-unknown-person", name = quoted(name))
        }
        EventError::NotPresent(name) => tr!(lang, "meeting-not-present", name = name),
        EventError::NotQueued(name) => tr!(lang, "meeting-not-queued", name = name),
        EventError::AlreadyQueued(name) => tr!(lang, "meeting-already-queued", name = name),
        EventError::ProcessWaiting(name) => tr!(lang, "meeting-process-waiting", name = name),
        EventError::NobodySpeaking => tr!(lang, "meeting-nobody-speaking"),
        EventError::ClockStopped => tr!(lang, "meeting-clock-stopped"),
        EventError::ClockRunning => tr!(lang, "meeting-clock-running"),
        EventError::NoSuchItem { number, count } => {
            tr!(
                lang,
                "meeting-no-such-item",
                number = *number,
                count = *count
            )
        }
        EventError::NoSuchEntry(n) => tr!(lang, "meeting-no-such-entry", number = *n),
        EventError::EntryDeleted(n) => tr!(lang, "meeting-entry-deleted", number = *n),
        EventError::TooManyVotes { total, present } => tr!(
            lang,
            "meeting-too-many-votes",
            total = *total,
            present = *present
        ),
        EventError::NoSuchAction(n) => tr!(lang, "meeting-no-such-action", number = *n),
        EventError::ListClosed => tr!(lang, "meeting-list-closed"),
        EventError::ListOpen => tr!(lang, "meeting-list-open"),
        EventError::NotADecision(kind) => {
            tr!(
                lang,
                "meeting-not-a-decision",
                kind = item_kind(lang, *kind)
            )
        }
        EventError::NoResponse(name) => tr!(lang, "meeting-no-response", name = name),
        EventError::ResponseWaiting(name) => tr!(lang, "meeting-response-waiting", name = name),
        EventError::RepliesUsed { max } => tr!(lang, "meeting-replies-used", max = *max),
        EventError::RepliesOff => tr!(lang, "meeting-replies-off"),
        EventError::ResponseToProcess => tr!(lang, "meeting-response-to-process"),
        EventError::OwnTurn(name) => tr!(lang, "meeting-own-turn", name = name),
        EventError::NoHands => tr!(lang, "meeting-no-hands"),
        EventError::QuestionRunning => tr!(lang, "meeting-question-running"),
        EventError::NoQuestion => tr!(lang, "meeting-no-question"),
        EventError::QuestionToProcess => tr!(lang, "meeting-question-to-process"),
        EventError::OwnQuestion(name) => tr!(lang, "meeting-own-question", name = name),
        EventError::NoLastSpeaker => tr!(lang, "meeting-no-last-speaker"),
        EventError::NothingToChange(name) => tr!(lang, "meeting-nothing-to-change", name = name),
        EventError::AlreadyClaimed(name) => tr!(lang, "meeting-already-claimed", name = name),
        EventError::NotClaimed(name) => tr!(lang, "meeting-not-claimed", name = name),
        EventError::PageHandsOff { meeting: true } => tr!(lang, "meeting-page-hands-off-meeting"),
        EventError::PageHandsOff { meeting: false } => tr!(lang, "meeting-page-hands-off-item"),
        EventError::BreakItem => tr!(lang, "meeting-break-item"),
        EventError::EmptyText => tr!(lang, "meeting-empty-text"),
        EventError::NoOwner => tr!(lang, "meeting-no-owner"),
        EventError::ItemLength => tr!(lang, "meeting-item-length"),
        EventError::TooLittleTime => tr!(lang, "meeting-too-little-time"),
        EventError::AlreadyFollows => tr!(lang, "meeting-already-follows"),
        EventError::FollowsLate => tr!(lang, "meeting-follows-late"),
        EventError::NoDropReason => tr!(lang, "meeting-no-drop-reason"),
        EventError::RollCallClosed => tr!(lang, "meeting-roll-call-closed"),
        EventError::RollCallNotRunning => tr!(lang, "meeting-roll-call-not-running"),
        EventError::EmptyBatch => tr!(lang, "meeting-empty-batch"),
        EventError::NestedBatch => tr!(lang, "meeting-nested-batch"),
        EventError::NoName => tr!(lang, "meeting-no-name"),
        EventError::AlreadyAPerson(name) => {
            tr!(lang, "meeting-already-a-person", name = quoted(name))
        }
        EventError::SameName { name, same } => tr!(
            lang,
            "meeting-same-name",
            name = quoted(name),
            same = quoted(same)
        ),
        EventError::NoSuchGroup(group) => {
            tr!(lang, "meeting-no-such-group", group = quoted(group))
        }
        EventError::LeaveNotRunning => tr!(lang, "meeting-leave-not-running"),
        EventError::NotOnFloor(name) => tr!(lang, "meeting-not-on-floor", name = name),
        EventError::NotLastSpeaker(name) => tr!(lang, "meeting-not-last-speaker", name = name),
        EventError::SideOnlyHand(kind) => tr!(
            lang,
            "meeting-side-only-hand",
            kind = match kind {
                HandKind::Hand => "hand",
                HandKind::DirectResponse => "response",
                HandKind::PointOfProcess => "process",
            }
        ),
        EventError::SideOnlyRaised => tr!(lang, "meeting-side-only-raised"),
        EventError::PageHandsAlready { on: true } => tr!(lang, "meeting-page-hands-already-on"),
        EventError::PageHandsAlready { on: false } => tr!(lang, "meeting-page-hands-already-off"),
        EventError::NotOnTable(number) => tr!(lang, "meeting-not-on-table", number = *number),
        EventError::NotAPageHand => tr!(lang, "meeting-not-a-page-hand"),
        EventError::NotOwnHand => tr!(lang, "meeting-not-own-hand"),
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
mod tests {
    use super::*;

    /// English reads as the refusal always has; Spanish is Spanish, with the same names and
    /// numbers in it.
    #[test]
    fn a_refusal_is_said_in_the_reader_s_language() {
        let cases = [
            (
                EventError::NotPresent("Sol".into()),
                "Sol is not marked present",
                "Sol no está marcada como presente",
            ),
            (
                EventError::NoSuchItem {
                    number: 9,
                    count: 4,
                },
                "there is no item 9 (the agenda has 4)",
                "no hay punto 9 (el orden del día tiene 4)",
            ),
            (
                EventError::NotADecision(ItemKind::Discussion),
                "pro and contra are for Decision items; this item's kind is Discussion",
                "a favor y en contra son para los puntos de decisión; este punto es de tipo Debate",
            ),
            (
                EventError::SideOnlyHand(HandKind::DirectResponse),
                "only a hand speaks for a side, not a direct response",
                "solo una mano habla a favor o en contra, no una respuesta directa",
            ),
            (
                EventError::FollowsLate,
                "the link to the last meeting must come before anything else",
                "el enlace con la reunión anterior tiene que ir antes que todo lo demás",
            ),
        ];
        for (reason, english, spanish) in cases {
            assert_eq!(reason.said(Lang::En), english, "{reason:?}");
            assert_eq!(reason.said(Lang::Es), spanish, "{reason:?}");
        }
    }
}
