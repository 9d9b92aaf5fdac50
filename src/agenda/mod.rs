//! The agenda file: what the meeting is, who is in it, and what it will discuss.
//!
//! Agendas are written by hand in RON. Loading one parses it (`parse`), then checks the things
//! a parser cannot (`validate`); both report `path:line:col: message`.

mod parse;
pub mod validate;

pub use parse::{EXAMPLE, EXAMPLE_NAME, from_file, from_str, io_message, read_text};
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
    #[serde(default)]
    pub place: Option<String>,
    pub groups: Vec<Group>,
    pub people: Vec<Person>,
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
    /// The groups with the highest weight must hold more than half of those present.
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

/// The three jobs that run a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Facilitator,
    Timekeeper,
    Secretary,
}

impl Role {
    pub fn label(self) -> &'static str {
        match self {
            Role::Facilitator => "facilitator",
            Role::Timekeeper => "timekeeper",
            Role::Secretary => "secretary",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub title: String,
    /// Planned length in minutes.
    pub minutes: u32,
    #[serde(default)]
    pub kind: ItemKind,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ItemKind {
    Info,
    #[default]
    Discussion,
    Decision,
}

impl ItemKind {
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::Info => "Information",
            ItemKind::Discussion => "Discussion",
            ItemKind::Decision => "Decision",
        }
    }
}

/// How the floor is handed out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Speaking {
    /// A standard turn, in seconds.
    pub turn_seconds: u32,
    /// How the next speaker is chosen from the raised hands.
    pub policy: Policy,
    /// A hand overtaken by this many hands raised after it goes next, so nobody waits forever.
    pub max_overtakes: u32,
    /// A turn shows its warning when this many seconds are left.
    pub warn_seconds: u32,
    /// Ring the terminal bell when a turn or an item runs out.
    pub bell: bool,
}

impl Default for Speaking {
    fn default() -> Self {
        Self {
            turn_seconds: 120,
            policy: Policy::default(),
            max_overtakes: 6,
            warn_seconds: 30,
            bell: false,
        }
    }
}

/// The order in which raised hands get the floor. Points of process always go first, and a
/// hand overtaken `max_overtakes` times goes next, whatever the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
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
    pub const ALL: [Policy; 3] = [Policy::WeightedFair, Policy::Fifo, Policy::ProgressiveStack];

    /// The name used on the command line and in reports.
    pub fn name(self) -> &'static str {
        match self {
            Policy::WeightedFair => "weighted-fair",
            Policy::Fifo => "fifo",
            Policy::ProgressiveStack => "progressive-stack",
        }
    }
}

impl Agenda {
    /// The meeting's date from the file, if it gives one (validated on load).
    pub fn date(&self) -> Option<NaiveDate> {
        self.date.as_deref().and_then(parse_date)
    }

    /// The planned start from the file, if it gives one (validated on load).
    pub fn start(&self) -> Option<NaiveTime> {
        self.start.as_deref().and_then(parse_time)
    }

    /// Total planned minutes of all items.
    pub fn planned_minutes(&self) -> u64 {
        self.items.iter().map(|i| u64::from(i.minutes)).sum()
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
