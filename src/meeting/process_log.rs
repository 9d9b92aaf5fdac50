//! The process log: how the meeting was run, entry by entry (overrides, hands taken down,
//! extensions, pauses and breaks, the list of speakers), and how each entry reads in the
//! minutes and on the wall. Each fact about an entry is one exhaustive match, so a new kind of
//! entry does not compile until it is decided how it reads.

use chrono::{DateTime, TimeDelta, Utc};

use super::{Direction, HandKind, Meeting, Side, non_negative};
use crate::agenda::Role;

/// A change of the queue's order by hand, for the process log and the minutes.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessEntry {
    pub at: DateTime<Utc>,
    /// The item on the table (for leaving confidential items' names out of exports).
    pub item: usize,
    pub kind: ProcessKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProcessKind {
    Moved {
        person: usize,
        direction: Direction,
        past: usize,
    },
    GaveFloor {
        person: usize,
    },
    /// The facilitator took a hand (or a point of process) down without its turn.
    HandLowered {
        person: usize,
        process: bool,
    },
    ItemExtended {
        item: usize,
        minutes: u32,
        by: String,
    },
    TurnExtended {
        person: usize,
        seconds: u32,
        by: Option<String>,
    },
    /// A break ended; `role` is whose screen ended it (none at adjournment or in journals from
    /// before it was kept).
    BreakEnded {
        ran: TimeDelta,
        role: Option<crate::agenda::Role>,
    },
    Break {
        minutes: u32,
        by: String,
        role: Option<crate::agenda::Role>,
    },
    /// A pause that is over, and whose screens paused and resumed the clocks.
    Paused {
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        paused_by: Option<crate::agenda::Role>,
        resumed_by: Option<crate::agenda::Role>,
    },
    /// The speaker's turn clock was started again from a full turn.
    TurnReset {
        person: usize,
        role: Option<crate::agenda::Role>,
    },
    /// The facilitator refused someone's direct response to `to`.
    ResponseRefused {
        person: usize,
        to: usize,
    },
    /// The list of speakers was closed.
    ListClosed,
    /// The list of speakers was opened again.
    ListReopened,
    /// The hands still waiting were taken down at a change of item: whose they were.
    HandsCleared {
        people: Vec<usize>,
    },
    /// The last speaker was put back at the top of the list.
    Readded {
        person: usize,
    },
    /// A waiting hand changed kind or side.
    HandChanged {
        person: usize,
        from: HandKind,
        to: HandKind,
        side: Option<Side>,
    },
    /// The facilitator took every waiting hand down at once: whose they were.
    ListCleared {
        people: Vec<usize>,
    },
    /// A hand added by the facilitator while the list of speakers was closed.
    AddedToClosedList {
        person: usize,
    },
}

impl ProcessKind {
    /// An override or a hand taken down: the facilitator changing who speaks (the voice
    /// balance counts them apart from the clock's entries).
    pub fn is_floor_change(&self) -> bool {
        match self {
            ProcessKind::Moved { .. }
            | ProcessKind::GaveFloor { .. }
            | ProcessKind::HandLowered { .. }
            | ProcessKind::ResponseRefused { .. }
            | ProcessKind::ListClosed
            | ProcessKind::ListReopened
            | ProcessKind::HandsCleared { .. }
            | ProcessKind::Readded { .. }
            | ProcessKind::HandChanged { .. }
            | ProcessKind::ListCleared { .. }
            | ProcessKind::AddedToClosedList { .. } => true,
            ProcessKind::ItemExtended { .. }
            | ProcessKind::TurnExtended { .. }
            | ProcessKind::BreakEnded { .. }
            | ProcessKind::Break { .. }
            | ProcessKind::Paused { .. }
            | ProcessKind::TurnReset { .. } => false,
        }
    }
}

/// ` by the timekeeper` after `words`, or nothing when the journal did not keep whose screen it
/// was.
fn by_role(words: &str, role: Option<Role>) -> String {
    role.map_or_else(String::new, |r| format!("{words} the {}", r.name()))
}

impl Meeting {
    /// A process log entry in words, without its time (names are not yet cleaned).
    pub fn process_text(&self, entry: &ProcessEntry) -> String {
        self.process_text_naming(entry, false)
    }

    /// A process log entry in words, with people named by their group when `by_group`.
    pub fn process_text_naming(&self, entry: &ProcessEntry, by_group: bool) -> String {
        let name = |p: usize| match by_group {
            true => self.group_label(p),
            false => self.people[p].name.as_str(),
        };
        let chair = self.facilitator().unwrap_or("the facilitator");
        match &entry.kind {
            ProcessKind::Moved {
                person,
                direction,
                past,
            } => {
                let way = if *direction == Direction::Up {
                    "up"
                } else {
                    "down"
                };
                format!(
                    "{} moved {way} past {} by {chair}",
                    name(*person),
                    name(*past)
                )
            }
            ProcessKind::GaveFloor { person } => {
                format!("{} given the floor by {chair}", name(*person))
            }
            ProcessKind::HandLowered { person, process } => {
                let what = if *process { "point of process" } else { "hand" };
                match by_group {
                    true => format!("a {what} ({}) taken down by {chair}", name(*person)),
                    false => format!("{}'s {what} taken down by {chair}", name(*person)),
                }
            }
            ProcessKind::ItemExtended { item, minutes, by } => format!(
                "item {} \"{}\" extended by {minutes} min, asked by {by}",
                item + 1,
                self.agenda.items[*item].title
            ),
            ProcessKind::TurnExtended {
                person,
                seconds,
                by,
            } => match by {
                Some(by) => format!(
                    "{}'s turn extended by {seconds} s, asked by {by}",
                    name(*person)
                ),
                None => format!("{}'s turn extended by {seconds} s", name(*person)),
            },
            ProcessKind::BreakEnded { ran, role } => format!(
                "break over after {}{}",
                crate::text::duration(*ran),
                by_role(", ended by", *role)
            ),
            ProcessKind::Break { minutes, by, role } => format!(
                "break of {minutes} min, asked by {by}{}",
                by_role(", started by", *role)
            ),
            ProcessKind::Paused {
                start,
                end,
                paused_by,
                resumed_by,
            } => {
                let paused = crate::text::duration(non_negative(*end - *start));
                match (paused_by, resumed_by) {
                    (Some(p), Some(r)) if p == r => {
                        format!("clock paused for {paused} by the {}", p.name())
                    }
                    _ => format!(
                        "clock paused for {paused}{}{}",
                        by_role(" by", *paused_by),
                        by_role(", resumed by", *resumed_by)
                    ),
                }
            }
            ProcessKind::TurnReset { person, role } => format!(
                "{}'s turn clock restarted{}",
                name(*person),
                by_role(" by", *role)
            ),
            ProcessKind::ResponseRefused { person, to } => match by_group {
                true => format!(
                    "a direct response ({}) to {} refused by {chair}",
                    name(*person),
                    name(*to)
                ),
                false => format!(
                    "{}'s direct response to {} refused by {chair}",
                    name(*person),
                    name(*to)
                ),
            },
            ProcessKind::ListClosed => format!("list of speakers closed by {chair}"),
            ProcessKind::ListReopened => format!("list of speakers opened again by {chair}"),
            ProcessKind::HandsCleared { people } => {
                let names: Vec<&str> = people.iter().map(|&p| name(p)).collect();
                let hands = if people.len() == 1 { "hand" } else { "hands" };
                format!(
                    "{} {hands} cleared at the change of item ({})",
                    people.len(),
                    names.join(", ")
                )
            }
            ProcessKind::Readded { person } => format!(
                "{} re-added to the top of the list by {chair} (the last speaker)",
                name(*person)
            ),
            ProcessKind::HandChanged {
                person,
                from,
                to,
                side,
            } => {
                let now = match side {
                    Some(side) => format!("{} ({})", to.words(), side.word()),
                    None => to.words().to_owned(),
                };
                let whose = match by_group {
                    true => format!("a hand ({})", name(*person)),
                    false => format!("{}'s hand", name(*person)),
                };
                let was = match from == to {
                    true => String::new(),
                    false => format!(" from {}", from.words()),
                };
                format!("{whose} changed{was} to {now} by {chair}")
            }
            ProcessKind::ListCleared { people } => {
                let names: Vec<&str> = people.iter().map(|&p| name(p)).collect();
                let hands = if people.len() == 1 { "hand" } else { "hands" };
                format!(
                    "list of speakers cleared by {chair}: {} {hands} taken down ({})",
                    people.len(),
                    names.join(", ")
                )
            }
            ProcessKind::AddedToClosedList { person } => format!(
                "{} added to the closed list of speakers by {chair}",
                name(*person)
            ),
        }
    }
}
