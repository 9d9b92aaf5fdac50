//! Questions the app asks before it records something that is hard to take back or easy to get
//! wrong: adjourning, striking an entry, taking a hand down, an item longer than the time left,
//! a decision while not quorate, a topic parked during a confidential item, hands still waiting
//! at a change of item, refusing a direct response, a decision no customer leader spoke to,
//! clearing the list of speakers, a hand on a closed list, the floor while the clock is paused,
//! an action added on a confidential item.
//!
//! Each question has three answers: yes (`confirm`), no (`decline`) and "never mind" (`cancel`,
//! which leaves everything as it was). For most questions no and never mind are the same.

use chrono::{DateTime, Utc};

use super::{Effect, Model, Overlay, PickFor, Picker, Prompt, PromptFor, record};
use crate::meeting::{Event, ProposalId, QuorumState, Side};

/// A question waiting for its answer, with what is needed to act on it.
#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    /// Starting a meeting whose agenda is dated later than today.
    StartEarly,
    Adjourn,
    StrikeEntry {
        entry: usize,
    },
    TakeHandDown {
        person: String,
        process: bool,
    },
    /// An added item longer than the time the meeting has left.
    LongItem {
        title: String,
        minutes: u32,
        /// Minutes the meeting has left before its planned end.
        left: i64,
    },
    /// A decision recorded while the meeting is not quorate.
    NotQuorate {
        decision: Event,
    },
    /// A topic parked during a confidential item: may its words appear in the minutes?
    ParkedWords {
        text: String,
    },
    /// Moving to `item` with hands still waiting: keep them, or clear them?
    CarryHands {
        item: usize,
        waiting: usize,
    },
    /// Refuse someone's direct response.
    RefuseResponse {
        person: String,
    },
    /// A decision on an item where no customer leader has spoken.
    NoCustomerVoice {
        decision: Event,
    },
    /// An action added on a confidential item: is it confidential too? (`action` is the
    /// `ActionAdded` to record.)
    PrivateAction {
        action: Event,
    },
    /// On a joined screen: something it proposed while the host was going away, which the
    /// host's journal does not hold. Send it again (with the same id)?
    SendAgain {
        id: ProposalId,
        event: Event,
    },
    /// Take every waiting hand down.
    ClearHands {
        waiting: usize,
    },
    /// Add a hand although the list of speakers is closed.
    ClosedList {
        person: String,
        side: Option<Side>,
    },
    /// Give the floor while the clock is paused: resume it too?
    FloorWhilePaused {
        event: Event,
        person: String,
    },
}

/// How a question reads on screen.
pub struct Wording {
    pub title: String,
    pub body: Vec<String>,
    pub yes: &'static str,
    pub no: &'static str,
    /// What "never mind" does, when it differs from no.
    pub cancel: Option<&'static str>,
}

impl Question {
    pub fn wording(&self, model: &Model) -> Wording {
        let meeting = &model.meeting;
        let plain = |title: &str, body: Vec<String>, yes, no| Wording {
            title: title.into(),
            body,
            yes,
            no,
            cancel: None,
        };
        match self {
            Question::StartEarly => plain(
                "Start the meeting for real?",
                vec![
                    format!(
                        "This meeting is planned for {}. Starting it now records it in its journal as the real meeting.",
                        meeting.date().format("%A %-d %B")
                    ),
                    "To try the screens, quit and open it with --rehearse.".into(),
                ],
                "start it now",
                "not yet",
            ),
            Question::Adjourn => plain(
                "Adjourn the meeting?",
                vec!["The meeting's clock stops and the adjournment time is recorded.".into()],
                "adjourn now",
                "keep going",
            ),
            Question::StrikeEntry { entry } => {
                let text = meeting
                    .entries()
                    .get(*entry)
                    .map_or(String::new(), |e| e.text.clone());
                plain(
                    "Strike this entry?",
                    vec![text, "It leaves the minutes; the journal keeps it.".into()],
                    "strike it",
                    "keep it",
                )
            }
            Question::TakeHandDown { person, process } => {
                let what = if *process { "point of process" } else { "hand" };
                plain(
                    &format!("Take {person}'s {what} down?"),
                    vec!["They leave the queue without speaking; the minutes record it.".into()],
                    "take it down",
                    "keep it",
                )
            }
            Question::LongItem {
                title,
                minutes,
                left,
            } => Wording {
                title: "A long item".into(),
                body: vec![
                    format!("\"{title}\" is {minutes} min; the meeting has {left} min left."),
                    "Keep it?".into(),
                ],
                yes: "keep it",
                no: "change the minutes",
                cancel: Some("don't add it"),
            },
            Question::NotQuorate { .. } => plain(
                "The meeting is not quorate",
                vec![
                    quorum_words(&meeting.quorum()),
                    "Record the decision anyway? The minutes will say it was not quorate.".into(),
                ],
                "record it",
                "don't record it",
            ),
            Question::ParkedWords { text } => Wording {
                title: "Parked during a confidential item".into(),
                body: vec![
                    format!("\"{text}\""),
                    "May these words appear in the minutes?".into(),
                ],
                yes: "yes, in the minutes",
                no: "keep them out",
                cancel: Some("don't park it"),
            },
            Question::CarryHands { item, waiting } => {
                let (hands, them, they) = match waiting {
                    1 => ("1 hand is".to_string(), "it", "it is"),
                    n => (format!("{n} hands are"), "them", "they are"),
                };
                let title = &meeting.agenda().items[*item].title;
                Wording {
                    title: format!("{hands} still waiting"),
                    body: vec![format!(
                        "Keep {them} for item {} \"{title}\" ({they} marked \"from item {}\"), or clear {them}? Clearing is recorded in the minutes.",
                        item + 1,
                        meeting.current() + 1
                    )],
                    yes: if *waiting == 1 {
                        "keep it"
                    } else {
                        "keep them"
                    },
                    no: if *waiting == 1 {
                        "clear it"
                    } else {
                        "clear them"
                    },
                    cancel: Some("stay on this item"),
                }
            }
            Question::RefuseResponse { person } => plain(
                &format!("Refuse {person}'s direct response?"),
                vec!["It leaves the queue without its turn; the minutes record it.".into()],
                "refuse it",
                "keep it",
            ),
            Question::PrivateAction { action } => {
                let what = match action {
                    Event::ActionAdded { text, owner, .. } => format!("\"{text}\" ({owner})"),
                    _ => String::new(),
                };
                Wording {
                    title: "An action on a confidential item".into(),
                    body: vec![
                        what,
                        "Is this action confidential too? A confidential action stays out of the minutes, todo.txt and the report.".into(),
                    ],
                    yes: "yes, keep it confidential",
                    no: "no, it may go in the minutes",
                    cancel: Some("don't add it"),
                }
            }
            Question::SendAgain { event, .. } => plain(
                "Not recorded: the host went away first",
                vec![
                    format!("This screen sent the {}", super::describe(event)),
                    "The host stopped before recording it. Send it again?".into(),
                ],
                "send it again",
                "drop it",
            ),
            Question::ClearHands { waiting } => {
                let hands = match waiting {
                    1 => "the 1 hand".to_string(),
                    n => format!("all {n} hands"),
                };
                plain(
                    "Clear the list of speakers?",
                    vec![
                        format!(
                            "Take {hands} waiting down, points of process and direct responses too?"
                        ),
                        "The minutes say the list was cleared, and whose hands they were.".into(),
                    ],
                    "clear the list",
                    "keep them",
                )
            }
            Question::ClosedList { person, side } => {
                let hand = match side {
                    Some(side) => format!(" ({})", side.word()),
                    None => String::new(),
                };
                plain(
                    &format!("The list is closed. Add {person} anyway?"),
                    vec![format!(
                        "{person}'s hand{hand} goes on the list; the minutes say it was added to a closed list."
                    )],
                    "add anyway",
                    "don't add",
                )
            }
            Question::FloorWhilePaused { person, .. } => Wording {
                title: "The clock is paused".into(),
                body: vec![
                    format!("Resume every clock and give {person} the floor?"),
                    "No gives the floor and leaves the clock paused: the turn does not count down."
                        .into(),
                ],
                yes: "resume and give the floor",
                no: "give it, clock still paused",
                cancel: Some("don't give the floor"),
            },
            Question::NoCustomerVoice { .. } => plain(
                "No customer voice on this item",
                vec![
                    format!(
                        "No {} has spoken on this item yet. Record anyway?",
                        meeting.customer_person()
                    ),
                    "The minutes will flag the decision.".into(),
                ],
                "record it",
                "don't record it",
            ),
        }
    }
}

/// `3 present; 5 needed`, in words for the question.
pub fn quorum_words(state: &QuorumState) -> String {
    match state {
        QuorumState::TooFew { present, needed } => {
            format!("{present} present; the quorum is {needed}.")
        }
        QuorumState::NoMajority { present, customers } => {
            format!("{customers} of the {present} present are customer leaders: not a majority.")
        }
        QuorumState::Met { present, .. } | QuorumState::NotSet { present } => {
            format!("{present} present.")
        }
    }
}

pub(super) fn ask(model: &mut Model, question: Question) -> Vec<Effect> {
    model.overlay = Overlay::Confirm(question);
    vec![]
}

/// `confirm`, `decline` or `cancel` while a question is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Answer {
    Yes,
    No,
    NeverMind,
}

pub(super) fn answer(model: &mut Model, answer: Answer, now: DateTime<Utc>) -> Vec<Effect> {
    let Overlay::Confirm(question) = model.overlay.clone() else {
        return vec![];
    };
    model.overlay = Overlay::None;
    match (question, answer) {
        (Question::StartEarly, Answer::Yes) => record(model, super::share::starting(model), now),
        (Question::SendAgain { id, event }, Answer::Yes) => {
            super::share::send_again(model, id, event, now)
        }
        (Question::SendAgain { event, .. }, _) => {
            model.say(format!("Dropped: {}", super::describe(&event)))
        }
        (Question::Adjourn, Answer::Yes) => record(model, Event::MeetingEnded, now),
        (Question::StrikeEntry { entry }, answer) => {
            model.overlay = Overlay::Record { selected: 0 };
            match answer {
                Answer::Yes => record(model, Event::EntryDeleted { entry }, now),
                _ => vec![],
            }
        }
        (Question::TakeHandDown { person, process }, Answer::Yes) => {
            model.selected = 0;
            record(model, Event::HandLowered { person, process }, now)
        }
        (Question::LongItem { title, minutes, .. }, Answer::Yes) => {
            model.overlay = Overlay::Picker(Picker::new(PickFor::Proposer { title, minutes }));
            vec![]
        }
        (Question::LongItem { title, minutes, .. }, Answer::No) => {
            let purpose = PromptFor::ItemMinutes { title };
            model.overlay = Overlay::Prompt(Prompt::suggesting(purpose, &minutes.to_string()));
            vec![]
        }
        (Question::NotQuorate { decision }, Answer::Yes) => {
            super::secretary::decide_heard(model, decision, now)
        }
        (Question::NotQuorate { .. }, _) => {
            model.say("The decision was not recorded: the meeting is not quorate")
        }
        (Question::ParkedWords { text }, Answer::Yes | Answer::No) => {
            let private = Some(answer == Answer::No);
            record(model, Event::TopicParked { text, private }, now)
        }
        (Question::CarryHands { item, .. }, Answer::Yes) => {
            record(model, Event::ItemOpened { item }, now)
        }
        (Question::CarryHands { item, .. }, Answer::No) => {
            super::procedure::clear_and_move(model, item, now)
        }
        (Question::RefuseResponse { person }, Answer::Yes) => {
            model.selected = 0;
            record(model, Event::ResponseRefused { person }, now)
        }
        (Question::PrivateAction { mut action }, Answer::Yes | Answer::No) => {
            if let Event::ActionAdded { private, .. } = &mut action {
                *private = Some(answer == Answer::Yes);
            }
            record(model, action, now)
        }
        (Question::NoCustomerVoice { decision }, Answer::Yes) => record(model, decision, now),
        (Question::ClearHands { .. }, Answer::Yes) => {
            model.selected = 0;
            record(model, Event::ListCleared, now)
        }
        (Question::ClosedList { person, side }, Answer::Yes) => {
            super::speakers::add_anyway(model, person, side, now)
        }
        (Question::ClosedList { side, .. }, _) => {
            super::speakers::reopen_hands(model, side);
            vec![]
        }
        (Question::FloorWhilePaused { event, .. }, Answer::Yes | Answer::No) => {
            super::speakers::give_answered(model, event, answer == Answer::Yes, now)
        }
        (Question::NoCustomerVoice { .. }, _) => model.say(format!(
            "The decision was not recorded: no {} has spoken on this item yet",
            model.meeting.customer_person()
        )),
        _ => vec![],
    }
}
