//! The process log: how the meeting was run, entry by entry (overrides, hands taken down,
//! extensions, pauses and breaks, the list of speakers), and how each entry reads, in the
//! reader's language, in the minutes and on the operator's screen. Each fact about an entry is one exhaustive match, so a new kind of
//! entry does not compile until it is decided how it reads.

use chrono::{DateTime, TimeDelta, Utc};

use super::{Direction, HandKind, Meeting, Side, non_negative};
use crate::agenda::Role;
use crate::lang::Lang;
use crate::text::duration;
use crate::tr;

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

/// Whose screen did it, as the messages choose by it.
fn role(role: Option<Role>) -> &'static str {
    role.map_or("none", Role::name)
}

fn hand(kind: HandKind) -> &'static str {
    match kind {
        HandKind::Hand => "hand",
        HandKind::DirectResponse => "response",
        HandKind::PointOfProcess => "process",
    }
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

impl Meeting {
    /// A process log entry in words, without its time, in the reader's language: the same line
    /// on the operator's screen as in the minutes. People are named by their group when
    /// `by_group` (the minutes, on an item held in confidence); names are not yet cleaned.
    pub fn process_line(&self, lang: Lang, entry: &ProcessEntry, by_group: bool) -> String {
        let meeting = self;
        let name = |p: usize| match by_group {
            true => meeting.group_label(p).to_owned(),
            false => meeting.people()[p].name.clone(),
        };
        let chair = meeting
            .facilitator()
            .map_or_else(|| tr!(lang, "minutes-log-the-facilitator"), str::to_owned);
        let names = |people: &[usize]| {
            people
                .iter()
                .map(|&p| name(p))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match &entry.kind {
            ProcessKind::Moved {
                person,
                direction,
                past,
            } => tr!(
                lang,
                "minutes-log-moved",
                way = if *direction == Direction::Up {
                    "up"
                } else {
                    "down"
                },
                name = name(*person),
                past = name(*past),
                chair = chair
            ),
            ProcessKind::GaveFloor { person } => {
                tr!(
                    lang,
                    "minutes-log-gave-floor",
                    name = name(*person),
                    chair = chair
                )
            }
            ProcessKind::HandLowered { person, process } => {
                let (process, name) = (yes(*process), name(*person));
                match by_group {
                    true => tr!(
                        lang,
                        "minutes-log-hand-lowered-group",
                        process = process,
                        name = name,
                        chair = chair
                    ),
                    false => tr!(
                        lang,
                        "minutes-log-hand-lowered",
                        process = process,
                        name = name,
                        chair = chair
                    ),
                }
            }
            ProcessKind::ItemExtended { item, minutes, by } => tr!(
                lang,
                "minutes-log-item-extended",
                item = item + 1,
                title = &meeting.agenda().items[*item].title,
                minutes = *minutes,
                by = by
            ),
            ProcessKind::TurnExtended {
                person,
                seconds,
                by,
            } => match by {
                Some(by) => tr!(
                    lang,
                    "minutes-log-turn-extended-asked",
                    name = name(*person),
                    seconds = *seconds,
                    by = by
                ),
                None => tr!(
                    lang,
                    "minutes-log-turn-extended",
                    name = name(*person),
                    seconds = *seconds
                ),
            },
            ProcessKind::BreakEnded { ran, role: by } => tr!(
                lang,
                "minutes-log-break-ended",
                length = duration(*ran),
                role = role(*by)
            ),
            ProcessKind::Break {
                minutes,
                by,
                role: started,
            } => tr!(
                lang,
                "minutes-log-break",
                minutes = *minutes,
                by = by,
                role = role(*started)
            ),
            ProcessKind::Paused {
                start,
                end,
                paused_by,
                resumed_by,
            } => {
                let length = pause_length(lang, non_negative(*end - *start));
                match (paused_by, resumed_by) {
                    (Some(p), Some(r)) if p == r => tr!(
                        lang,
                        "minutes-log-paused-by",
                        length = length,
                        role = p.name()
                    ),
                    _ => tr!(
                        lang,
                        "minutes-log-paused",
                        length = length,
                        paused_by = role(*paused_by),
                        resumed_by = role(*resumed_by)
                    ),
                }
            }
            ProcessKind::TurnReset { person, role: by } => tr!(
                lang,
                "minutes-log-turn-reset",
                name = name(*person),
                role = role(*by)
            ),
            ProcessKind::ResponseRefused { person, to } => {
                let (name, to) = (name(*person), name(*to));
                match by_group {
                    true => tr!(
                        lang,
                        "minutes-log-response-refused-group",
                        name = name,
                        to = to,
                        chair = chair
                    ),
                    false => tr!(
                        lang,
                        "minutes-log-response-refused",
                        name = name,
                        to = to,
                        chair = chair
                    ),
                }
            }
            ProcessKind::ListClosed => tr!(lang, "minutes-log-list-closed", chair = chair),
            ProcessKind::ListReopened => tr!(lang, "minutes-log-list-reopened", chair = chair),
            ProcessKind::HandsCleared { people } => tr!(
                lang,
                "minutes-log-hands-cleared",
                count = people.len(),
                names = names(people)
            ),
            ProcessKind::Readded { person } => {
                tr!(
                    lang,
                    "minutes-log-readded",
                    name = name(*person),
                    chair = chair
                )
            }
            ProcessKind::HandChanged {
                person,
                from,
                to,
                side,
            } => {
                let side = match side {
                    Some(Side::Pro) => "pro",
                    Some(Side::Contra) => "contra",
                    None => "none",
                };
                let (changed, from, to, name) =
                    (yes(from != to), hand(*from), hand(*to), name(*person));
                match by_group {
                    true => tr!(
                        lang,
                        "minutes-log-hand-changed-group",
                        name = name,
                        changed = changed,
                        from = from,
                        to = to,
                        side = side,
                        chair = chair
                    ),
                    false => tr!(
                        lang,
                        "minutes-log-hand-changed",
                        name = name,
                        changed = changed,
                        from = from,
                        to = to,
                        side = side,
                        chair = chair
                    ),
                }
            }
            ProcessKind::ListCleared { people } => tr!(
                lang,
                "minutes-log-list-cleared",
                chair = chair,
                count = people.len(),
                names = names(people)
            ),
            ProcessKind::AddedToClosedList { person } => tr!(
                lang,
                "minutes-log-added-to-closed-list",
                name = name(*person),
                chair = chair
            ),
        }
    }
}

#[cfg(test)]
impl Meeting {
    /// An entry's English line, for the tests that read the log in English.
    pub fn process_text(&self, entry: &ProcessEntry) -> String {
        self.process_line(Lang::En, entry, false)
    }
}

/// How long the clock stood still: as a clock reads it, or, for a pause of less than a second
/// (the pause key pressed twice), in words, since "00:00" would read as no pause at all.
fn pause_length(lang: Lang, stood: TimeDelta) -> String {
    match stood < TimeDelta::seconds(1) {
        true => tr!(lang, "minutes-log-under-a-second"),
        false => duration(stood),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use chrono::{NaiveDate, TimeDelta};

    use super::*;

    fn meeting(roles: &str) -> Meeting {
        let src = format!(
            r#"Agenda(title: "Board",
            groups: [Group(id: "f", label: "Families", weight: 2.0), Group(id: "s", label: "Staff", weight: 1.0)],
            people: [Person(name: "Ana", group: "f"{roles}), Person(name: "Tom", group: "s"),
                     Person(name: "Inés", group: "f")],
            items: [Item(title: "Budget", minutes: 20)])"#
        );
        let agenda = crate::agenda::from_str(&src, Path::new("board.ron")).unwrap();
        Meeting::new(agenda, NaiveDate::from_ymd_opt(2026, 12, 3).unwrap())
    }

    /// One entry of every kind, each way it can read.
    fn every_kind() -> Vec<ProcessKind> {
        let at = crate::testing::at;
        let mut kinds = vec![
            ProcessKind::GaveFloor { person: 0 },
            ProcessKind::ItemExtended {
                item: 0,
                minutes: 5,
                by: "Tom".into(),
            },
            ProcessKind::ListClosed,
            ProcessKind::ListReopened,
            ProcessKind::HandsCleared { people: vec![1] },
            ProcessKind::HandsCleared { people: vec![0, 2] },
            ProcessKind::Readded { person: 1 },
            ProcessKind::ListCleared { people: vec![2] },
            ProcessKind::ListCleared { people: vec![0, 1] },
            ProcessKind::AddedToClosedList { person: 2 },
            ProcessKind::ResponseRefused { person: 0, to: 1 },
        ];
        for direction in [Direction::Up, Direction::Down] {
            kinds.push(ProcessKind::Moved {
                person: 0,
                direction,
                past: 1,
            });
        }
        for process in [true, false] {
            kinds.push(ProcessKind::HandLowered { person: 1, process });
        }
        for by in [None, Some("Ana".to_string())] {
            kinds.push(ProcessKind::TurnExtended {
                person: 2,
                seconds: 30,
                by,
            });
        }
        let roles = [
            None,
            Some(Role::Facilitator),
            Some(Role::Timekeeper),
            Some(Role::Secretary),
        ];
        for role in roles {
            kinds.push(ProcessKind::BreakEnded {
                ran: TimeDelta::seconds(610),
                role,
            });
            kinds.push(ProcessKind::Break {
                minutes: 10,
                by: "Ana".into(),
                role,
            });
            kinds.push(ProcessKind::TurnReset { person: 0, role });
            for resumed_by in roles {
                kinds.push(ProcessKind::Paused {
                    start: at(600),
                    end: at(750),
                    paused_by: role,
                    resumed_by,
                });
            }
        }
        let hands = [
            HandKind::Hand,
            HandKind::DirectResponse,
            HandKind::PointOfProcess,
        ];
        for from in hands {
            for to in hands {
                for side in [None, Some(Side::Pro), Some(Side::Contra)] {
                    kinds.push(ProcessKind::HandChanged {
                        person: 1,
                        from,
                        to,
                        side,
                    });
                }
            }
        }
        kinds
    }

    /// Every entry's English line, each way it can read: word for word what the meeting and
    /// the minutes wrote before the lines came from Fluent.
    #[test]
    fn english_lines_stay_as_they_were() {
        let mut out = String::new();
        for chair in ["", ", roles: [Facilitator]"] {
            let m = meeting(chair);
            for kind in every_kind() {
                let entry = ProcessEntry {
                    at: crate::testing::at(0),
                    item: 0,
                    kind,
                };
                for by_group in [false, true] {
                    out.push_str(&m.process_line(Lang::En, &entry, by_group));
                    out.push('\n');
                }
            }
        }
        insta::assert_snapshot!("process_log_english", out);
    }

    /// A pause of less than a second says so, rather than "00:00"; a second reads as a clock.
    #[test]
    fn a_pause_under_a_second_is_said_in_words() {
        let m = meeting("");
        let at = crate::testing::at;
        let pause = |lang, end| {
            let kind = ProcessKind::Paused {
                start: at(600),
                end,
                paused_by: Some(Role::Timekeeper),
                resumed_by: Some(Role::Timekeeper),
            };
            let entry = ProcessEntry {
                at: at(0),
                item: 0,
                kind,
            };
            m.process_line(lang, &entry, false)
        };
        let blink = at(600) + TimeDelta::milliseconds(400);
        assert_eq!(
            pause(Lang::En, blink),
            "clock paused for less than a second by the timekeeper"
        );
        assert_eq!(
            pause(Lang::Es, blink),
            "reloj en pausa menos de un segundo, lo paró el control del tiempo"
        );
        assert_eq!(
            pause(Lang::En, at(601)),
            "clock paused for 00:01 by the timekeeper"
        );
    }

    #[test]
    fn spanish_lines_are_in_spanish() {
        let m = meeting("");
        let said = |kind| {
            let entry = ProcessEntry {
                at: crate::testing::at(0),
                item: 0,
                kind,
            };
            m.process_line(Lang::Es, &entry, false)
        };
        assert_eq!(
            said(ProcessKind::ListClosed),
            "quien modera cerró la lista de intervenciones"
        );
        assert_eq!(
            said(ProcessKind::HandsCleared { people: vec![0, 2] }),
            "se quitaron 2 manos al pasar de punto (Ana, Inés)"
        );
        assert_eq!(
            said(ProcessKind::Break {
                minutes: 10,
                by: "Ana".into(),
                role: Some(Role::Timekeeper)
            }),
            "descanso de 10 min, lo pidió Ana, lo empezó el control del tiempo"
        );
        assert_eq!(
            said(ProcessKind::HandChanged {
                person: 1,
                from: HandKind::Hand,
                to: HandKind::DirectResponse,
                side: Some(Side::Contra)
            }),
            "quien modera cambió la mano de Tom de mano a respuesta directa (en contra)"
        );
    }
}
