//! What can be wrong with an agenda, as facts, and the one place each is said in a language:
//! validation finds [`Wrong`]s, and whoever shows them (`cochair check`, the host, `agenda`,
//! `export`) says them in the language of its messages.

use crate::lang::Lang;
use crate::tr;

use super::validate::{MAX_ITEM_MINUTES, MAX_REPLIES};

/// One thing wrong with an agenda, at a path such as `items[1].lead`.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    pub what: Wrong,
    /// Another place the message is about (the first of two names that are the same): the
    /// message is followed by its line.
    pub also: Option<String>,
}

impl Problem {
    /// The problem as a sentence in `lang`, without its place: one line, however the file's
    /// own words quoted in it were broken.
    pub fn said(&self, lang: Lang) -> String {
        crate::text::clean(&self.what.said(lang)).into_owned()
    }
}

/// A problem at `path`.
pub fn problem(path: impl Into<String>, what: Wrong) -> Problem {
    Problem {
        path: path.into(),
        what,
        also: None,
    }
}

/// A name or id that has to be one of a list, as written (quoted as the file quotes it).
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    CustomerGroup(String),
    Apology(String),
    Group(String),
    Lead(String),
    Proposer(String),
}

/// What a name has to be one of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Among {
    Groups,
    People,
}

/// What there is to choose from, for a name that is not one of them.
#[derive(Debug, Clone, PartialEq)]
pub enum Known {
    /// The one it probably meant, quoted.
    Guess(String),
    /// There are none to choose from.
    NoneYet,
    /// The first few, quoted and listed, with `…` when there are more.
    Listed(String),
}

/// The facts of each problem; the words are in `locales/*/check.ftl`.
#[derive(Debug, Clone, PartialEq)]
pub enum Wrong {
    NoTitle,
    NotADate {
        field: &'static str,
        date: String,
    },
    NextNotAfter {
        next: String,
        date: String,
    },
    TwelveHourClock {
        field: &'static str,
        time: String,
        meant: String,
    },
    NotATime {
        field: &'static str,
        time: String,
        example: &'static str,
    },
    NoGroups,
    NoGroupId,
    GroupIdTwice {
        id: String,
    },
    NoGroupLabel {
        id: String,
    },
    GroupWeight {
        id: String,
    },
    GroupTarget {
        id: String,
    },
    TargetsOver {
        percent: String,
    },
    NoCustomerGroups,
    NotOneOf {
        subject: Subject,
        among: Among,
        known: Known,
    },
    NoName,
    ListedTwice {
        name: String,
    },
    SameNameAs {
        name: String,
        first: String,
    },
    MinPresentZero,
    QuorumUnreachable {
        needed: usize,
        people: usize,
    },
    NoCustomers {
        labels: String,
    },
    FewCustomers {
        customers: usize,
        labels: String,
        majority: usize,
        needed: usize,
    },
    NoItems,
    NoItemTitle {
        number: usize,
    },
    ItemTooShort {
        title: String,
    },
    ItemTooLong {
        title: String,
        minutes: u32,
    },
    MaxOvertakesZero,
    TurnSeconds,
    WarnNotShorter {
        warn: u32,
        turn: u32,
    },
    QuestionSeconds,
    QuestionLonger {
        question: u32,
        turn: u32,
    },
    ReplySeconds,
    ReplyLonger {
        reply: u32,
        turn: u32,
    },
    MaxReplies,
    UnknownLanguage {
        language: String,
    },
    EarlyStart {
        start: String,
        later: String,
        midnight: bool,
    },
    PastEnd {
        finish: String,
        end: String,
    },
}

impl Wrong {
    /// The problem as a sentence in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        match self {
            Wrong::NoTitle => tr!(lang, "check-no-title"),
            Wrong::NotADate { field, date } => {
                tr!(lang, "check-not-a-date", field = *field, date = date)
            }
            Wrong::NextNotAfter { next, date } => {
                tr!(lang, "check-next-not-after", next = next, date = date)
            }
            Wrong::TwelveHourClock { field, time, meant } => tr!(
                lang,
                "check-twelve-hour-clock",
                field = *field,
                time = time,
                meant = meant
            ),
            Wrong::NotATime {
                field,
                time,
                example,
            } => tr!(
                lang,
                "check-not-a-time",
                field = *field,
                time = time,
                example = *example
            ),
            Wrong::NotOneOf {
                subject,
                among,
                known,
            } => not_one_of(lang, subject, *among, known),
            Wrong::MaxOvertakesZero => tr!(lang, "check-max-overtakes-zero"),
            Wrong::TurnSeconds => tr!(lang, "check-turn-seconds"),
            Wrong::WarnNotShorter { warn, turn } => {
                tr!(lang, "check-warn-not-shorter", warn = *warn, turn = *turn)
            }
            Wrong::QuestionSeconds => tr!(lang, "check-question-seconds"),
            Wrong::QuestionLonger { question, turn } => tr!(
                lang,
                "check-question-longer",
                question = *question,
                turn = *turn
            ),
            Wrong::ReplySeconds => tr!(lang, "check-reply-seconds"),
            Wrong::ReplyLonger { reply, turn } => {
                tr!(lang, "check-reply-longer", reply = *reply, turn = *turn)
            }
            Wrong::MaxReplies => tr!(lang, "check-max-replies", max = MAX_REPLIES),
            Wrong::UnknownLanguage { language } => tr!(
                lang,
                "check-unknown-language",
                language = language,
                known = crate::lang::choose::known()
            ),
            Wrong::EarlyStart {
                start,
                later,
                midnight: true,
            } => tr!(
                lang,
                "check-start-after-midnight",
                start = start,
                later = later
            ),
            Wrong::EarlyStart { start, later, .. } => {
                tr!(
                    lang,
                    "check-start-in-the-morning",
                    start = start,
                    later = later
                )
            }
            Wrong::PastEnd { finish, end } => {
                tr!(lang, "check-past-end", finish = finish, end = end)
            }
            // Groups, people, quorum and items.
            Wrong::NoGroups => tr!(lang, "check-no-groups"),
            Wrong::NoGroupId => tr!(lang, "check-no-group-id"),
            Wrong::GroupIdTwice { id } => tr!(lang, "check-group-id-twice", id = id),
            Wrong::NoGroupLabel { id } => tr!(lang, "check-no-group-label", id = id),
            Wrong::GroupWeight { id } => tr!(lang, "check-group-weight", id = id),
            Wrong::GroupTarget { id } => tr!(lang, "check-group-target", id = id),
            Wrong::TargetsOver { percent } => {
                tr!(lang, "check-targets-over", percent = percent)
            }
            Wrong::NoCustomerGroups => tr!(lang, "check-no-customer-groups"),
            Wrong::NoName => tr!(lang, "check-no-name"),
            Wrong::ListedTwice { name } => tr!(lang, "check-listed-twice", name = name),
            Wrong::SameNameAs { name, first } => {
                tr!(lang, "check-same-name-as", name = name, first = first)
            }
            Wrong::MinPresentZero => tr!(lang, "check-min-present-zero"),
            Wrong::QuorumUnreachable { needed, people } => tr!(
                lang,
                "check-quorum-unreachable",
                needed = *needed,
                people = *people
            ),
            Wrong::NoCustomers { labels } => tr!(lang, "check-no-customers", labels = labels),
            Wrong::FewCustomers {
                customers,
                labels,
                majority,
                needed,
            } => tr!(
                lang,
                "check-few-customers",
                customers = *customers,
                labels = labels,
                majority = *majority,
                needed = *needed
            ),
            Wrong::NoItems => tr!(lang, "check-no-items"),
            Wrong::NoItemTitle { number } => tr!(lang, "check-no-item-title", number = *number),
            Wrong::ItemTooShort { title } => tr!(lang, "check-item-too-short", title = title),
            Wrong::ItemTooLong { title, minutes } => tr!(
                lang,
                "check-item-too-long",
                title = title,
                minutes = *minutes,
                max = MAX_ITEM_MINUTES
            ),
        }
    }
}

/// `lead "Ana Lopes" is not one of the people; did you mean "Ana Lopez"?`.
fn not_one_of(lang: Lang, subject: &Subject, among: Among, known: &Known) -> String {
    let what = match subject {
        Subject::CustomerGroup(id) => tr!(lang, "check-subject-customer-group", id = id),
        Subject::Apology(name) => tr!(lang, "check-subject-apology", name = name),
        Subject::Group(id) => tr!(lang, "check-subject-group", id = id),
        Subject::Lead(name) => tr!(lang, "check-subject-lead", name = name),
        Subject::Proposer(name) => tr!(lang, "check-subject-proposer", name = name),
    };
    let among = match among {
        Among::Groups => "groups",
        Among::People => "people",
    };
    match known {
        Known::Guess(guess) => tr!(
            lang,
            "check-not-one-of-did-you-mean",
            what = what,
            among = among,
            guess = guess
        ),
        Known::NoneYet => tr!(
            lang,
            "check-not-one-of-none-yet",
            what = what,
            among = among
        ),
        Known::Listed(listed) => tr!(
            lang,
            "check-not-one-of-listed",
            what = what,
            among = among,
            listed = listed
        ),
    }
}
