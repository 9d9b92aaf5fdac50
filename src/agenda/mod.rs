//! The agenda file: what the meeting is, who is in it, and what it will discuss.
//!
//! Agendas are written by hand in RON. Loading one parses it (`parse`), then checks the things
//! a parser cannot (`validate`); both report `path:line:col: message`.

mod bound;
pub mod clock_words;
mod names;
mod parse;
mod problem;
mod role;
pub mod validate;

pub use bound::{MIN_OVERTAKES, OvertakeBound};
pub use names::{is_same_name, normalise_name, same_name};
pub use parse::{Checked, EXAMPLE, EXAMPLE_NAME, check_str, check_str_in, from_str};
pub use role::{Duty, Role, Row, Seat};
pub use validate::{Problem, check};

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// A meeting's agenda, as written in the agenda file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    pub title: String,
    /// `YYYY-MM-DD`; the meeting is dated the day it is opened when this is left out.
    #[serde(default)]
    pub date: Option<String>,
    /// Planned start, `HH:MM` local time.
    #[serde(default)]
    pub start: Option<String>,
    /// Planned end, `HH:MM` local time: `check` warns when the items run past it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    /// The language the meeting's documents and screens speak unless `--lang` says otherwise,
    /// as a tag (`"es"`, `"en"`). Left out, each screen follows its terminal's locale.
    /// Changing it never stops a journal from resuming: it is how the meeting is shown, not
    /// what happened in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// `YYYY-MM-DD`: when the next meeting is planned, so an action carried over to it is
    /// suggested that date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_meeting: Option<String>,
    pub groups: Vec<Group>,
    /// The ids of the groups whose members are the customer leaders. Left out, the groups with
    /// the highest weight are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_groups: Option<Vec<String>>,
    pub people: Vec<Person>,
    /// People who sent apologies before the meeting: the roll call starts with them marked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub apologies: Vec<String>,
    pub items: Vec<Item>,
    #[serde(default)]
    pub speaking: Speaking,
    /// What makes the meeting quorate; no quorum check when left out.
    #[serde(default)]
    pub quorum: Option<Quorum>,
}

/// What makes the meeting quorate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quorum {
    /// At least this many people present.
    pub min_present: u32,
    /// The customer groups must hold more than half of those present.
    #[serde(default)]
    pub customer_majority: bool,
}

/// A kind of participant, such as "Family members" or "Staff".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Short name used in the file to refer to the group.
    pub id: String,
    /// What the room sees.
    pub label: String,
    /// How strongly the speaking queue favours this group (1.0 is neutral).
    pub weight: f64,
    /// The share of airtime (0.0 to 1.0) the group aims for.
    #[serde(default)]
    pub target: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    /// The `id` of the person's group.
    pub group: String,
    #[serde(default)]
    pub roles: Vec<Role>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub title: String,
    /// Planned length in minutes.
    pub minutes: u32,
    #[serde(default)]
    pub kind: ItemKind,
    /// A sentence or two for the agenda that is sent out; for a decision, the motion's wording.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The person who leads the item.
    #[serde(default)]
    pub lead: Option<String>,
    /// The person who put the item on the agenda.
    #[serde(default)]
    pub proposed_by: Option<String>,
    /// Held in confidence: notes stay out of every export and speakers are shown by group.
    #[serde(default)]
    pub confidential: bool,
}

impl Item {
    /// The title, marked as a break in `lang` when its kind says so and its title does not
    /// (in English or in `lang`).
    pub fn plan_title(&self, lang: crate::lang::Lang) -> String {
        let title = self.title.to_lowercase();
        let word = crate::tr!(lang, "check-break-word");
        let says_break = title.contains("break") || title.contains(&word);
        if self.kind == ItemKind::Break && !says_break {
            crate::tr!(lang, "check-plan-break", title = self.title.as_str())
        } else {
            self.title.clone()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ItemKind {
    Info,
    #[default]
    Discussion,
    Decision,
    /// A planned break: timed like any item, but nothing is discussed.
    Break,
}

/// How the floor is handed out.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Speaking {
    /// A standard turn, in seconds.
    pub turn_seconds: u32,
    /// How the next speaker is chosen from the raised hands.
    pub policy: Policy,
    /// A hand overtaken by this many hands raised after it goes next, so nobody waits forever.
    /// Left out, it follows the groups' weights and sizes (see [`Agenda::overtake_bound`]).
    /// Journals from before the bound was derived always stored a number (6, the old default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_overtakes: Option<u32>,
    /// A turn shows its warning when this many seconds are left; left out, the warning adapts
    /// to the turn (see [`Speaking::warn_seconds`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warn_seconds: Option<u32>,
    /// Ring the terminal bell when a turn or an item runs out.
    pub bell: bool,
    /// The length of a direct response's turn; left out, 60 seconds (never more than a turn).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_seconds: Option<u32>,
    /// How many direct responses one turn may draw; left out, 1. 0 turns them off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_replies: Option<u32>,
    /// What happens to the hands still waiting when the meeting moves to another item; left
    /// out, the facilitator is asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carry_hands: Option<CarryHands>,
    /// How long an interposed question may run while the speaker waits; left out, 30 seconds
    /// (never more than a turn).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_seconds: Option<u32>,
}

impl Default for Speaking {
    fn default() -> Self {
        Self {
            turn_seconds: 120,
            policy: Policy::default(),
            max_overtakes: None,
            warn_seconds: None,
            bell: false,
            reply_seconds: None,
            max_replies: None,
            carry_hands: None,
            question_seconds: None,
        }
    }
}

impl Speaking {
    /// The warning a turn gets when the agenda does not set one.
    pub const DEFAULT_WARN_SECONDS: u32 = 30;
    /// A direct response's turn when the agenda does not set one.
    pub const DEFAULT_REPLY_SECONDS: u32 = 60;
    /// Direct responses one turn may draw when the agenda does not say.
    pub const DEFAULT_MAX_REPLIES: u32 = 1;
    /// An interposed question's countdown when the agenda does not set one.
    pub const DEFAULT_QUESTION_SECONDS: u32 = 30;

    /// When a turn shows its warning: the agenda's `warn_seconds`, or else 30 seconds but never
    /// more than a quarter of the turn, so short turns are not in warning from the start.
    pub fn warn_seconds(&self) -> u32 {
        self.warn_within(self.turn_seconds)
    }

    /// The warning for a turn of `seconds` (a standard turn or a direct response): the agenda's
    /// `warn_seconds` when it is shorter than the turn, else 30 seconds but never more than a
    /// quarter of the turn.
    pub fn warn_within(&self, seconds: u32) -> u32 {
        match self.warn_seconds {
            Some(warn) if warn < seconds => warn,
            _ => Self::DEFAULT_WARN_SECONDS.min(seconds / 4),
        }
    }

    /// A direct response's turn: the agenda's `reply_seconds`, or else a minute, never more than
    /// a standard turn (a default the agenda did not write never outlasts its own turns).
    pub fn reply_seconds(&self) -> u32 {
        self.reply_seconds
            .unwrap_or(Self::DEFAULT_REPLY_SECONDS.min(self.turn_seconds))
    }

    /// How many direct responses one turn may draw.
    pub fn max_replies(&self) -> u32 {
        self.max_replies.unwrap_or(Self::DEFAULT_MAX_REPLIES)
    }

    /// What happens to waiting hands at a change of item.
    pub fn carry_hands(&self) -> CarryHands {
        self.carry_hands.unwrap_or_default()
    }

    /// An interposed question's countdown: the agenda's `question_seconds`, or else 30 seconds,
    /// never more than a standard turn (a default the agenda did not write never outlasts its
    /// own turns).
    pub fn question_seconds(&self) -> u32 {
        self.question_seconds
            .unwrap_or(Self::DEFAULT_QUESTION_SECONDS.min(self.turn_seconds))
    }
}

/// Settings are equal when they run the meeting the same way: a journal written when the
/// warning was always stored (`warn_seconds: 30`) still matches an agenda that leaves it out,
/// and a journal from before interposed questions (no `question_seconds`) matches an agenda
/// that writes the default, 30.
impl PartialEq for Speaking {
    fn eq(&self, other: &Self) -> bool {
        self.turn_seconds == other.turn_seconds
            && self.policy == other.policy
            && self.max_overtakes == other.max_overtakes
            && self.warn_seconds() == other.warn_seconds()
            && self.bell == other.bell
            && self.reply_seconds() == other.reply_seconds()
            && self.max_replies() == other.max_replies()
            && self.carry_hands() == other.carry_hands()
            && self.question_seconds() == other.question_seconds()
    }
}

/// What happens to the hands still waiting when the meeting moves to another item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum CarryHands {
    /// The facilitator is asked each time: keep them or clear them.
    #[default]
    Ask,
    /// They stay in the queue, marked with the item they were raised on.
    Keep,
    /// They are taken down, and the minutes say so.
    Clear,
}

/// The order in which raised hands get the floor. Points of process always go first, and a
/// hand overtaken `max_overtakes` times goes next, whatever the policy.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, strum::VariantArray,
)]
pub enum Policy {
    /// Weighted fair queuing: first those not yet heard on this item, then the least airtime
    /// for their group's weight, then the earliest hand.
    #[default]
    WeightedFair,
    /// First come, first served.
    Fifo,
    /// Highest group weight first, then fewest turns on this item, then the earliest hand.
    ProgressiveStack,
}

impl Policy {
    /// Every policy, in the order declared.
    pub const ALL: &'static [Policy] = <Policy as strum::VariantArray>::VARIANTS;

    /// The name used on the command line and in reports.
    pub fn name(self) -> &'static str {
        match self {
            Policy::WeightedFair => "weighted-fair",
            Policy::Fifo => "fifo",
            Policy::ProgressiveStack => "progressive-stack",
        }
    }

    /// What it does, in the words of `--help`.
    pub fn about(self) -> &'static str {
        match self {
            Policy::WeightedFair => {
                "The least airtime for the group's weight first (the default in agendas)"
            }
            Policy::Fifo => "First come, first served",
            Policy::ProgressiveStack => "The highest group weight first",
        }
    }
}

impl Agenda {
    /// The meeting's date from the file, if it gives one (validated on load).
    pub fn date(&self) -> Option<NaiveDate> {
        self.date.as_deref().and_then(parse_date)
    }

    /// When the next meeting is planned, if the agenda says (validated on load).
    pub fn next_meeting(&self) -> Option<NaiveDate> {
        self.next_meeting.as_deref().and_then(parse_date)
    }

    /// The planned start from the file, if it gives one (validated on load).
    pub fn start(&self) -> Option<NaiveTime> {
        self.start.as_deref().and_then(parse_time)
    }

    /// The planned end from the file, if it gives one (validated on load).
    pub fn end(&self) -> Option<NaiveTime> {
        self.end.as_deref().and_then(parse_time)
    }

    /// The ids of the customer groups: those the agenda names in `customer_groups`, or else
    /// the groups with the highest weight.
    pub fn customer_groups(&self) -> Vec<&str> {
        if let Some(ids) = &self.customer_groups {
            return ids.iter().map(String::as_str).collect();
        }
        let top = self
            .groups
            .iter()
            .map(|g| g.weight)
            .fold(f64::MIN, f64::max);
        self.groups
            .iter()
            .filter(|g| g.weight.total_cmp(&top).is_eq())
            .map(|g| g.id.as_str())
            .collect()
    }

    /// The customer groups' labels as written (an id no group has stands for itself), for
    /// sentences that name the groups: `nadie de Familias`.
    pub fn customer_labels(&self) -> Vec<&str> {
        self.customer_groups()
            .into_iter()
            .map(|id| self.group(id).map_or(id, |g| g.label.as_str()))
            .collect()
    }

    /// Total planned minutes of all items.
    pub fn planned_minutes(&self) -> u64 {
        self.items.iter().map(|i| u64::from(i.minutes)).sum()
    }

    /// When each item is planned to begin, in minutes from the start of the meeting.
    pub fn item_starts(&self) -> Vec<u64> {
        self.items
            .iter()
            .scan(0, |from, item| {
                let this = *from;
                *from += u64::from(item.minutes);
                Some(this)
            })
            .collect()
    }

    /// A moment of the plan as people read it: `18:25` from the agenda's start, or `+0:25`
    /// when it has none.
    pub fn planned_time(&self, minutes_in: u64) -> String {
        match self.start() {
            Some(start) => {
                let into_day = i64::try_from(minutes_in % (24 * 60)).unwrap_or(0);
                let at = start + chrono::TimeDelta::minutes(into_day);
                at.format("%H:%M").to_string()
            }
            None => format!("+{}:{:02}", minutes_in / 60, minutes_in % 60),
        }
    }

    /// The timing plan: one line per item, `18:00  10m  Welcome and check-in`, breaks marked
    /// in `lang`.
    pub fn timing_plan(&self, lang: crate::lang::Lang) -> Vec<String> {
        let lengths: Vec<String> = self
            .items
            .iter()
            .map(|i| format_minutes(u64::from(i.minutes)))
            .collect();
        let widest = lengths.iter().map(String::len).max().unwrap_or(0);
        self.item_starts()
            .into_iter()
            .zip(&self.items)
            .zip(lengths)
            .map(|((from, item), length)| {
                format!(
                    "{}  {length:<widest$}  {}",
                    self.planned_time(from),
                    item.plan_title(lang)
                )
            })
            .collect()
    }

    /// Whether a journal whose header holds `journal` goes on with this agenda: the same
    /// agenda, or one that only leaves `max_overtakes` out where the journal has a number, or
    /// that only adds, changes or removes its `language`.
    /// Journals written before the bound followed the weights stored the old default (6)
    /// whether or not the agenda wrote it; such a meeting goes on with the bound it started
    /// with, since a resumed meeting runs on its journal's agenda.
    pub fn resumes(&self, journal: &Agenda) -> bool {
        if self == journal {
            return true;
        }
        let mut started = journal.clone();
        if self.speaking.max_overtakes.is_none() {
            started.speaking.max_overtakes = None;
        }
        // The language is how the meeting is shown, not what happened in it.
        started.language.clone_from(&self.language);
        *self == started
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The name of the first person holding a role, if anyone does.
    pub fn first_with_role(&self, role: Role) -> Option<&str> {
        self.with_role(role).next().map(|p| p.name.as_str())
    }

    /// The people holding a role, in agenda order.
    pub fn with_role(&self, role: Role) -> impl Iterator<Item = &Person> {
        self.people.iter().filter(move |p| p.roles.contains(&role))
    }

    /// Write every name the one way it is compared: a lead typed "Ana Lopez " or with a
    /// decomposed "ó" is the person listed as "Ana Lopez" or with a composed "ó".
    pub fn normalise_names(&mut self) {
        for person in &mut self.people {
            person.name = normalise_name(&person.name);
        }
        for item in &mut self.items {
            for name in [&mut item.lead, &mut item.proposed_by]
                .into_iter()
                .flatten()
            {
                *name = normalise_name(name);
            }
        }
        for name in &mut self.apologies {
            *name = normalise_name(name);
        }
    }
}

pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

pub fn parse_time(s: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(s.trim(), "%H:%M").ok()
}

/// `1h 35m`, `45m`: planned lengths as people say them.
pub fn format_minutes(minutes: u64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h {m}m"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_turn_warning_adapts_to_short_turns_unless_written() {
        let speaking = |turn_seconds, warn_seconds| Speaking {
            turn_seconds,
            warn_seconds,
            ..Speaking::default()
        };
        assert_eq!(speaking(120, None).warn_seconds(), 30);
        assert_eq!(speaking(20, None).warn_seconds(), 5);
        assert_eq!(speaking(600, None).warn_seconds(), 30);
        assert_eq!(speaking(20, Some(12)).warn_seconds(), 12);
    }

    #[test]
    fn a_journal_that_stored_the_old_defaults_resumes_with_the_agenda_file() {
        let journal = std::fs::read_to_string("tests/fixtures/advisory-group.jsonl").unwrap();
        let header: serde_json::Value =
            serde_json::from_str(journal.lines().next().unwrap()).unwrap();
        assert_eq!(header["agenda"]["speaking"]["warn_seconds"], 30);
        let stored: Agenda = serde_json::from_value(header["agenda"].clone()).unwrap();
        let file =
            crate::store::read_agenda(std::path::Path::new("agendas/consumer-advisory-group.ron"))
                .unwrap();
        assert_eq!(file.speaking.warn_seconds, None);
        assert_eq!(header["agenda"]["speaking"]["max_overtakes"], 6);
        assert_eq!(file.speaking.max_overtakes, None);
        assert!(file.resumes(&stored), "{stored:?}\n{file:?}");
        let mut rewritten = file.clone();
        rewritten.speaking.max_overtakes = Some(8);
        assert!(
            !rewritten.resumes(&stored),
            "a bound written anew is a change"
        );
        let mut reweighted = file.clone();
        reweighted.groups[0].weight = 3.0;
        assert!(!reweighted.resumes(&stored));
        // Adding a language, changing it or taking it out again never stops a resume.
        let mut spanish = file.clone();
        spanish.language = Some("es".into());
        assert!(spanish.resumes(&stored));
        let mut stored_spanish = stored.clone();
        stored_spanish.language = Some("es".into());
        assert!(file.resumes(&stored_spanish));
        let mut english = spanish.clone();
        english.language = Some("en".into());
        assert!(english.resumes(&stored_spanish));
        let mut spanish_reweighted = spanish;
        spanish_reweighted.groups[0].weight = 3.0;
        assert!(
            !spanish_reweighted.resumes(&stored),
            "the language hides no other change"
        );
    }

    const PREPARED: &str = r#"Agenda(
        title: "Advisory group", start: "18:00", end: Some("20:00"),
        groups: [Group(id: "consumers", label: "Consumers", weight: 2.0),
                 Group(id: "carers", label: "Carers", weight: 2.0),
                 Group(id: "staff", label: "Staff", weight: 1.0)],
        customer_groups: ["consumers", "carers"],
        people: [Person(name: "Ana", group: "consumers"), Person(name: "Sol", group: "staff")],
        apologies: ["Sol"],
        items: [
            Item(title: "Budget", minutes: 20, kind: Decision,
                 description: Some("That the board adopts the 2027 budget.")),
            Item(title: "Tea", minutes: 15, kind: Break),
        ])"#;

    #[test]
    fn an_agenda_carries_what_preparation_needs() {
        let agenda = from_str(PREPARED, std::path::Path::new("a.ron")).unwrap();
        assert_eq!(agenda.end(), parse_time("20:00"));
        assert_eq!(agenda.apologies, ["Sol"]);
        assert_eq!(agenda.customer_groups(), ["consumers", "carers"]);
        assert_eq!(
            agenda.items[0].description.as_deref(),
            Some("That the board adopts the 2027 budget.")
        );
        assert_eq!(agenda.items[1].kind, ItemKind::Break);
        let kind = crate::ui::words::kind(crate::lang::Lang::En, agenda.items[1].kind);
        assert_eq!(kind, "Break");
    }

    #[test]
    fn without_customer_groups_the_heaviest_groups_are_the_customers() {
        let mut agenda = from_str(PREPARED, std::path::Path::new("a.ron")).unwrap();
        agenda.customer_groups = None;
        agenda.groups[1].weight = 1.5;
        assert_eq!(agenda.customer_groups(), ["consumers"]);
        agenda.groups[1].weight = 2.0;
        assert_eq!(agenda.customer_groups(), ["consumers", "carers"]);
    }

    #[test]
    fn new_fields_left_out_stay_out_of_journals() {
        let agenda = from_str(EXAMPLE, std::path::Path::new(EXAMPLE_NAME)).unwrap();
        let json = serde_json::to_string(&agenda).unwrap();
        for field in ["end", "customer_groups", "apologies", "description"] {
            assert!(!json.contains(&format!("\"{field}\"")), "{field} in {json}");
        }
    }

    #[test]
    fn names_differing_in_case_or_spacing_are_the_same_name() {
        assert_eq!(normalise_name("  Jose\u{301} Ruiz "), "Jos\u{e9} Ruiz");
        assert_eq!(
            same_name("Margaret O'Neill "),
            same_name("margaret  o'neill")
        );
        assert_ne!(same_name("Ana Lopez"), same_name("Ana López"));
        for (a, b, same) in [
            ("Margaret O'Neill ", "margaret  o'neill", true),
            ("Ana\tLopez", "ANA LOPEZ", true),
            ("Ana\u{b}Lopez", "Ana Lopez", true),
            ("Ana Lopez", "Ana Lopez Ruiz", false),
            ("Ana Lopez", "Ana López", false),
            ("ANA LÓPEZ", "ana lo\u{301}pez", true),
            ("", " ", true),
        ] {
            assert_eq!(is_same_name(a, b), same, "{a:?} {b:?}");
            assert_eq!(
                is_same_name(a, b),
                same_name(a) == same_name(b),
                "{a:?} {b:?}"
            );
        }
    }

    #[test]
    fn the_timing_plan_counts_from_the_start_or_from_zero() {
        let mut agenda = from_str(PREPARED, std::path::Path::new("a.ron")).unwrap();
        agenda.items[1].title = "Tea".into();
        agenda.items.push(Item {
            minutes: 65,
            ..agenda.items[0].clone()
        });
        assert_eq!(agenda.item_starts(), [0, 20, 35]);
        assert_eq!(
            agenda.timing_plan(crate::lang::Lang::En),
            [
                "18:00  20m    Budget",
                "18:20  15m    Tea (break)",
                "18:35  1h 5m  Budget",
            ]
        );
        agenda.start = None;
        assert_eq!(agenda.planned_time(65), "+1:05");
        assert_eq!(
            agenda.timing_plan(crate::lang::Lang::En)[2],
            "+0:35  1h 5m  Budget"
        );
        agenda.items[1].title = "Té".into();
        assert_eq!(
            agenda.timing_plan(crate::lang::Lang::Es)[1],
            "+0:20  15m    Té (descanso)"
        );
        agenda.items[1].title = "Descanso".into();
        assert_eq!(
            agenda.timing_plan(crate::lang::Lang::Es)[1],
            "+0:20  15m    Descanso"
        );
    }

    #[test]
    fn an_unset_warning_is_not_written_to_journals() {
        let json = serde_json::to_string(&Speaking::default()).unwrap();
        assert!(!json.contains("warn_seconds"), "{json}");
        let back: Speaking = serde_json::from_str(&json).unwrap();
        assert_eq!(back.warn_seconds, None);
    }
}
