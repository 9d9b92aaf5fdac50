//! Every reason the meeting gives for refusing is a sentence in Fluent: in English it reads
//! as the reason's `Display` always has, in Spanish it is Spanish, in the pseudo-locale it is
//! one message, and a joined Spanish screen says in Spanish what an English host refused.

use std::collections::BTreeSet;

use crate::agenda::{ItemKind, Role, Seat};
use crate::app::{Link, Message, Refusal, update};
use crate::lang::{Lang, PSEUDO_START};
use crate::meeting::{EventError, HandKind};
use crate::testing::{at, everyone_present_and_started};

/// One of every reason, with the English it has always read as.
fn every_reason() -> Vec<(EventError, &'static str)> {
    use EventError::*;
    let sol = || "Sol".to_string();
    vec![
        (NotStarted, "the meeting has not started yet"),
        (AlreadyStarted, "the meeting has already started"),
        (Adjourned, "the meeting is adjourned"),
        (OnBreak, "the meeting is on a break"),
        (UnknownPerson(sol()), "\"Sol\" is not one of the people"),
        (NotPresent(sol()), "Sol is not marked present"),
        (NotQueued(sol()), "Sol is not in the queue"),
        (AlreadyQueued(sol()), "Sol is already in the queue"),
        (
            ProcessWaiting(sol()),
            "Sol already has a point of process waiting",
        ),
        (NobodySpeaking, "nobody has the floor"),
        (ClockStopped, "the clock is already stopped"),
        (ClockRunning, "the clock is running"),
        (
            NoSuchItem {
                number: 9,
                count: 4,
            },
            "there is no item 9 (the agenda has 4)",
        ),
        (NoSuchEntry(3), "there is no entry 3"),
        (EntryDeleted(3), "entry 3 was deleted"),
        (
            TooManyVotes {
                total: 12,
                present: 8,
            },
            "12 votes, but only 8 people are present",
        ),
        (
            NoSuchAction(2),
            "there is no action 2 from the last meeting",
        ),
        (ListClosed, "the list of speakers is closed"),
        (ListOpen, "the list of speakers is already open"),
        (
            NotADecision(ItemKind::Info),
            "pro and contra are for Decision items; this item's kind is Information",
        ),
        (NoResponse(sol()), "Sol has no direct response waiting"),
        (
            ResponseWaiting(sol()),
            "Sol already has a direct response waiting",
        ),
        (
            RepliesUsed { max: 2 },
            "this turn has had the direct responses the agenda allows (max_replies: 2)",
        ),
        (
            RepliesOff,
            "this meeting takes no direct responses (max_replies: 0)",
        ),
        (
            ResponseToProcess,
            "a point of process takes no direct response",
        ),
        (
            OwnTurn(sol()),
            "Sol has the floor: a direct response answers the speaker",
        ),
        (NoHands, "no hands are waiting"),
        (QuestionRunning, "a question is being asked: one at a time"),
        (NoQuestion, "no question is being asked"),
        (
            QuestionToProcess,
            "a point of process takes no interposed question",
        ),
        (
            OwnQuestion(sol()),
            "Sol has the floor: an interposed question is put to the speaker",
        ),
        (NoLastSpeaker, "nobody has finished a turn on this item yet"),
        (
            NothingToChange(sol()),
            "Sol's hand is already that: nothing to change",
        ),
        (
            AlreadyClaimed(sol()),
            "Sol is already claimed on another device",
        ),
        (
            NotClaimed(sol()),
            "Sol has not claimed their name on the members' page",
        ),
        (
            PageHandsOff { meeting: true },
            "hands from the members' page are off for this meeting",
        ),
        (
            PageHandsOff { meeting: false },
            "hands from the members' page are off for this item",
        ),
        (
            BreakItem,
            "this item is a break: hands wait for the next item",
        ),
        (EmptyText, "the text is empty"),
        (NoOwner, "an action needs an owner"),
        (ItemLength, "an item lasts from 1 minute to a day"),
        (TooLittleTime, "give at least 1 minute"),
        (
            AlreadyFollows,
            "this meeting already follows an earlier one",
        ),
        (
            FollowsLate,
            "the link to the last meeting must come before anything else",
        ),
        (NoDropReason, "say why the action is dropped"),
        (RollCallClosed, "the first roll call is already closed"),
        (
            RollCallNotRunning,
            "the roll call closes once the meeting runs",
        ),
        (EmptyBatch, "an empty batch of events"),
        (NestedBatch, "a batch of events cannot hold another batch"),
        (NoName, "a person needs a name"),
        (
            AlreadyAPerson(sol()),
            "\"Sol\" is already one of the people",
        ),
        (
            SameName {
                name: "sol ".into(),
                same: sol(),
            },
            "\"sol \" is the same name as \"Sol\"",
        ),
        (
            NoSuchGroup("famlies".into()),
            "there is no group \"famlies\"",
        ),
        (LeaveNotRunning, "people leave a meeting that is running"),
        (NotOnFloor(sol()), "Sol does not have the floor"),
        (
            NotLastSpeaker(sol()),
            "Sol was not the last speaker on this item",
        ),
        (
            SideOnlyHand(HandKind::PointOfProcess),
            "only a hand speaks for a side, not a point of process",
        ),
        (
            SideOnlyHand(HandKind::DirectResponse),
            "only a hand speaks for a side, not a direct response",
        ),
        (SideOnlyRaised, "only a raised hand speaks for a side"),
        (
            PageHandsAlready { on: true },
            "the members' page's hands are already on",
        ),
        (
            PageHandsAlready { on: false },
            "the members' page's hands are already off",
        ),
        (
            NotOnTable(3),
            "item 3 is not on the table: the page's hands go off for the item on the table",
        ),
        (NotAPageHand, "not a hand from the page"),
        (
            NotOwnHand,
            "the members' page only claims a name or moves that member's own hand",
        ),
    ]
}

/// Each reason by name: a new reason does not compile until it is named here, and the test
/// below fails until `every_reason` holds it.
fn name(reason: &EventError) -> &'static str {
    use EventError::*;
    match reason {
        NotStarted => "not started",
        AlreadyStarted => "already started",
        Adjourned => "adjourned",
        OnBreak => "on break",
        UnknownPerson(_) => "unknown person",
        NotPresent(_) => "not present",
        NotQueued(_) => "not queued",
        AlreadyQueued(_) => "already queued",
        ProcessWaiting(_) => "process waiting",
        NobodySpeaking => "nobody speaking",
        ClockStopped => "clock stopped",
        ClockRunning => "clock running",
        NoSuchItem { .. } => "no such item",
        NoSuchEntry(_) => "no such entry",
        EntryDeleted(_) => "entry deleted",
        TooManyVotes { .. } => "too many votes",
        NoSuchAction(_) => "no such action",
        ListClosed => "list closed",
        ListOpen => "list open",
        NotADecision(_) => "not a decision",
        NoResponse(_) => "no response",
        ResponseWaiting(_) => "response waiting",
        RepliesUsed { .. } => "replies used",
        RepliesOff => "replies off",
        ResponseToProcess => "response to process",
        OwnTurn(_) => "own turn",
        NoHands => "no hands",
        QuestionRunning => "question running",
        NoQuestion => "no question",
        QuestionToProcess => "question to process",
        OwnQuestion(_) => "own question",
        NoLastSpeaker => "no last speaker",
        NothingToChange(_) => "nothing to change",
        AlreadyClaimed(_) => "already claimed",
        NotClaimed(_) => "not claimed",
        PageHandsOff { .. } => "page hands off",
        BreakItem => "break item",
        EmptyText => "empty text",
        NoOwner => "no owner",
        ItemLength => "item length",
        TooLittleTime => "too little time",
        AlreadyFollows => "already follows",
        FollowsLate => "follows late",
        NoDropReason => "no drop reason",
        RollCallClosed => "roll call closed",
        RollCallNotRunning => "roll call not running",
        EmptyBatch => "empty batch",
        NestedBatch => "nested batch",
        NoName => "no name",
        AlreadyAPerson(_) => "already a person",
        SameName { .. } => "same name",
        NoSuchGroup(_) => "no such group",
        LeaveNotRunning => "leave not running",
        NotOnFloor(_) => "not on floor",
        NotLastSpeaker(_) => "not last speaker",
        SideOnlyHand(_) => "side only hand",
        SideOnlyRaised => "side only raised",
        PageHandsAlready { .. } => "page hands already",
        NotOnTable(_) => "not on table",
        NotAPageHand => "not a page hand",
        NotOwnHand => "not own hand",
    }
}

const REASONS: usize = 61;

#[test]
fn every_reason_has_a_sample() {
    let named: BTreeSet<&str> = every_reason().iter().map(|(r, _)| name(r)).collect();
    assert_eq!(named.len(), REASONS, "a reason has no sample: {named:?}");
}

#[test]
fn english_reads_as_it_always_did() {
    for (reason, english) in every_reason() {
        assert_eq!(reason.said(Lang::En), english, "{reason:?}");
        assert_eq!(reason.said(Lang::En), english, "{reason:?}");
    }
}

#[test]
fn every_reason_is_spanish_on_a_spanish_screen_and_one_message_in_the_pseudo_locale() {
    for (reason, english) in every_reason() {
        let spanish = reason.said(Lang::Es);
        assert_ne!(spanish, english, "{reason:?} is not in Spanish");
        let pseudo = reason.said(Lang::Pseudo);
        assert!(
            pseudo.starts_with(PSEUDO_START) && pseudo.ends_with('⟧'),
            "{reason:?}: {pseudo}"
        );
    }
    let es = |reason: EventError| reason.said(Lang::Es);
    assert_eq!(es(EventError::EmptyText), "el texto está vacío");
    assert_eq!(
        es(EventError::NoSuchGroup("famlies".into())),
        "no hay ningún grupo \"famlies\""
    );
    assert_eq!(
        es(EventError::NotADecision(ItemKind::Info)),
        "a favor y en contra son para los puntos de decisión; este punto es de tipo Información"
    );
    assert_eq!(
        es(EventError::SideOnlyHand(HandKind::DirectResponse)),
        "solo una mano habla a favor o en contra, no una respuesta directa"
    );
    assert_eq!(
        es(EventError::NotOnTable(3)),
        "el punto 3 no está en la mesa: las manos de la página se desactivan para el punto que está en la mesa"
    );
}

/// Every reason travels to a joined screen and back as it was, and a Spanish screen beside
/// an English host says it in Spanish.
#[test]
fn a_joined_spanish_screen_says_every_reason_the_host_sends_in_spanish() {
    let mut screen = everyone_present_and_started(at(0));
    screen.link = Link::Joined { connected: true };
    screen.seat = Seat::Job(Role::Timekeeper);
    for (reason, english) in every_reason() {
        let why = Refusal::NotNow(reason.clone());
        let sent = serde_json::to_string(&why).unwrap();
        assert_eq!(
            serde_json::from_str::<Refusal>(&sent).unwrap(),
            why,
            "{sent}"
        );
        let mut said = |lang| {
            screen.lang = lang;
            let why = why.clone();
            update(&mut screen, Message::Refused { id: None, why }, at(5));
            screen.status.clone().unwrap_or_default()
        };
        let (en, es) = (said(Lang::En), said(Lang::Es));
        assert!(!es.contains(english) && es != en, "{reason:?}: {es}");
        match reason {
            // These say what to press instead (`refusal`'s own tests read them).
            EventError::NotStarted | EventError::Adjourned | EventError::OnBreak => {}
            _ => {
                assert_eq!(en, format!("Not possible: {english}"));
                assert_eq!(es, format!("No se puede: {}", reason.said(Lang::Es)));
            }
        }
    }
}
