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
use crate::lang::Lang;
use crate::meeting::{Event, ProposalId, QuorumState, Side};
use crate::tr;

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
    pub yes: String,
    pub no: String,
    /// What "never mind" does, when it differs from no.
    pub cancel: Option<String>,
}

impl Question {
    /// The question in the screen's language, made when it is drawn.
    pub fn wording(&self, model: &Model) -> Wording {
        let meeting = &model.meeting;
        let lang = model.lang;
        let plain = |title: String, body: Vec<String>, yes: String, no: String| Wording {
            title,
            body,
            yes,
            no,
            cancel: None,
        };
        match self {
            Question::StartEarly => plain(
                tr!(lang, "prompts-start-early"),
                vec![
                    tr!(
                        lang,
                        "prompts-start-early-planned",
                        day = crate::lang::dates::day(lang, meeting.date())
                    ),
                    tr!(lang, "prompts-start-early-rehearse"),
                ],
                tr!(lang, "prompts-start-early-yes"),
                tr!(lang, "prompts-start-early-no"),
            ),
            Question::Adjourn => plain(
                tr!(lang, "prompts-adjourn"),
                vec![tr!(lang, "prompts-adjourn-body")],
                tr!(lang, "prompts-adjourn-yes"),
                tr!(lang, "prompts-adjourn-no"),
            ),
            Question::StrikeEntry { entry } => {
                let text = meeting
                    .entries()
                    .get(*entry)
                    .map_or(String::new(), |e| e.text.clone());
                plain(
                    tr!(lang, "prompts-strike"),
                    vec![text, tr!(lang, "prompts-strike-body")],
                    tr!(lang, "prompts-strike-yes"),
                    tr!(lang, "prompts-keep-it"),
                )
            }
            Question::TakeHandDown { person, process } => plain(
                match process {
                    true => tr!(lang, "prompts-take-process-down", name = person),
                    false => tr!(lang, "prompts-take-hand-down", name = person),
                },
                vec![tr!(lang, "prompts-take-down-body")],
                tr!(lang, "prompts-take-down-yes"),
                tr!(lang, "prompts-keep-it"),
            ),
            Question::LongItem {
                title,
                minutes,
                left,
            } => Wording {
                title: tr!(lang, "prompts-long-item"),
                body: vec![
                    tr!(
                        lang,
                        "prompts-long-item-body",
                        title = title,
                        minutes = *minutes,
                        left = *left
                    ),
                    tr!(lang, "prompts-long-item-keep"),
                ],
                yes: tr!(lang, "prompts-long-item-yes"),
                no: tr!(lang, "prompts-long-item-no"),
                cancel: Some(tr!(lang, "prompts-dont-add-it")),
            },
            Question::NotQuorate { .. } => plain(
                tr!(lang, "prompts-not-quorate"),
                vec![
                    quorum_words(lang, &meeting.quorum()),
                    tr!(lang, "prompts-not-quorate-body"),
                ],
                tr!(lang, "prompts-record-it"),
                tr!(lang, "prompts-dont-record-it"),
            ),
            Question::ParkedWords { text } => Wording {
                title: tr!(lang, "prompts-parked-words"),
                body: vec![
                    tr!(lang, "prompts-quoted", text = text),
                    tr!(lang, "prompts-parked-words-body"),
                ],
                yes: tr!(lang, "prompts-parked-words-yes"),
                no: tr!(lang, "prompts-parked-words-no"),
                cancel: Some(tr!(lang, "prompts-parked-words-cancel")),
            },
            Question::CarryHands { item, waiting } => {
                let title = &meeting.agenda().items[*item].title;
                Wording {
                    title: tr!(lang, "prompts-carry-hands", count = *waiting),
                    body: vec![tr!(
                        lang,
                        "prompts-carry-hands-body",
                        count = *waiting,
                        item = item + 1,
                        title = title,
                        from = meeting.current() + 1
                    )],
                    yes: tr!(lang, "prompts-carry-hands-yes", count = *waiting),
                    no: tr!(lang, "prompts-carry-hands-no", count = *waiting),
                    cancel: Some(tr!(lang, "prompts-carry-hands-cancel")),
                }
            }
            Question::RefuseResponse { person } => plain(
                tr!(lang, "prompts-refuse-response", name = person),
                vec![tr!(lang, "prompts-refuse-response-body")],
                tr!(lang, "prompts-refuse-response-yes"),
                tr!(lang, "prompts-keep-it"),
            ),
            Question::PrivateAction { action } => {
                let what = match action {
                    Event::ActionAdded { text, owner, .. } => {
                        tr!(
                            lang,
                            "prompts-private-action-what",
                            text = text,
                            owner = owner
                        )
                    }
                    _ => String::new(),
                };
                Wording {
                    title: tr!(lang, "prompts-private-action"),
                    body: vec![what, tr!(lang, "prompts-private-action-body")],
                    yes: tr!(lang, "prompts-private-action-yes"),
                    no: tr!(lang, "prompts-private-action-no"),
                    cancel: Some(tr!(lang, "prompts-dont-add-it")),
                }
            }
            Question::SendAgain { event, .. } => plain(
                tr!(lang, "prompts-send-again"),
                vec![
                    tr!(
                        lang,
                        "prompts-send-again-sent",
                        what = super::describe_in(lang, event)
                    ),
                    tr!(lang, "prompts-send-again-body"),
                ],
                tr!(lang, "prompts-send-again-yes"),
                tr!(lang, "prompts-send-again-no"),
            ),
            Question::ClearHands { waiting } => plain(
                tr!(lang, "prompts-clear-hands"),
                vec![
                    tr!(lang, "prompts-clear-hands-body", count = *waiting),
                    tr!(lang, "prompts-clear-hands-minutes"),
                ],
                tr!(lang, "prompts-clear-hands-yes"),
                tr!(lang, "prompts-clear-hands-no"),
            ),
            Question::ClosedList { person, side } => plain(
                tr!(lang, "prompts-closed-list", name = person),
                vec![match side {
                    Some(Side::Pro) => tr!(lang, "prompts-closed-list-pro", name = person),
                    Some(Side::Contra) => tr!(lang, "prompts-closed-list-contra", name = person),
                    None => tr!(lang, "prompts-closed-list-hand", name = person),
                }],
                tr!(lang, "prompts-closed-list-yes"),
                tr!(lang, "prompts-closed-list-no"),
            ),
            Question::FloorWhilePaused { person, .. } => Wording {
                title: tr!(lang, "prompts-floor-paused"),
                body: vec![
                    tr!(lang, "prompts-floor-paused-body", name = person),
                    tr!(lang, "prompts-floor-paused-no-means"),
                ],
                yes: tr!(lang, "prompts-floor-paused-yes"),
                no: tr!(lang, "prompts-floor-paused-no"),
                cancel: Some(tr!(lang, "prompts-floor-paused-cancel")),
            },
            Question::NoCustomerVoice { .. } => plain(
                tr!(lang, "prompts-no-customer-voice"),
                vec![
                    tr!(
                        lang,
                        "prompts-no-customer-voice-body",
                        who = customer_voice(lang, meeting)
                    ),
                    tr!(lang, "prompts-no-customer-voice-flag"),
                ],
                tr!(lang, "prompts-record-it"),
                tr!(lang, "prompts-dont-record-it"),
            ),
        }
    }
}

/// `3 present; the quorum is 5.`, in words for the question.
pub fn quorum_words(lang: Lang, state: &QuorumState) -> String {
    match state {
        QuorumState::TooFew { present, needed } => tr!(
            lang,
            "prompts-quorum-too-few",
            present = *present,
            needed = *needed
        ),
        QuorumState::NoMajority { present, customers } => tr!(
            lang,
            "prompts-quorum-no-majority",
            present = *present,
            customers = *customers
        ),
        QuorumState::Met { present, .. } | QuorumState::NotSet { present } => {
            tr!(lang, "prompts-quorum-present", present = *present)
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
            let what = super::describe_in(model.lang, &event);
            model.say(tr!(model.lang, "status-dropped", what = what))
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
            model.say(tr!(model.lang, "status-not-recorded-not-quorate"))
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
        (Question::NoCustomerVoice { .. }, _) => {
            let who = customer_voice(model.lang, &model.meeting);
            model.say(tr!(model.lang, "status-not-recorded-no-voice", who = who))
        }
        _ => vec![],
    }
}

/// Whose voice is missing, for "No {who} has spoken on this item yet". English names one of
/// the customer groups' people (`parent`, from the label `Parents` by English rules); another
/// language's sentence takes the groups' labels as the user wrote them (`nadie de Familias`).
pub fn customer_voice(lang: Lang, meeting: &crate::meeting::Meeting) -> String {
    if matches!(lang, Lang::En | Lang::Pseudo) {
        return meeting.customer_person(lang);
    }
    let labels: Vec<String> = meeting
        .customer_labels()
        .into_iter()
        .map(|label| crate::text::clean(label).into_owned())
        .collect();
    match labels.is_empty() {
        true => tr!(lang, "prompts-customer-leaders"),
        false => labels.join(", "),
    }
}
