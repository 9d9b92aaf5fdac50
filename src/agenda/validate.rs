//! The rules a parser cannot check: names that must refer to someone, numbers that must make
//! sense. Each problem names the value's path so the caller can point at it in the file, and
//! holds its facts; [`Wrong::said`] says it in a language.

use std::collections::{HashMap, HashSet};

use chrono::Timelike;

use super::problem::{Among, Known, Subject, problem};
pub use super::problem::{Problem, Wrong};
use super::{Agenda, parse_date, parse_time, same_name};
use crate::text::closest;

/// The longest an item can be planned for: a day.
pub const MAX_ITEM_MINUTES: u32 = 24 * 60;
/// The most direct responses one turn may draw.
pub const MAX_REPLIES: u32 = 5;
/// A start before this hour is probably an evening meeting written on a 12-hour clock.
const EARLIEST_USUAL_START: u32 = 8;

/// Every problem in the agenda, in file order.
pub fn check(agenda: &Agenda) -> Vec<Problem> {
    let names: Vec<String> = agenda.people.iter().map(|p| p.name.clone()).collect();
    check_as_written(agenda, &names)
}

/// The problems that would make a journal's meeting impossible to replay or to show, for an
/// agenda read back from a journal header. The rules added for people writing agendas (a
/// quorum the roster can never reach, names that differ only in capitals or spacing) are not
/// applied to journals already written: their meetings happened, and must still open.
pub fn check_for_replay(agenda: &Agenda) -> Vec<Problem> {
    check(agenda)
        .into_iter()
        .filter(|p| !p.path.starts_with("quorum") && p.also.is_none())
        .collect()
}

/// Every problem in an agenda whose names were normalised on loading; `written` holds the
/// people's names as the file spells them, for messages that quote them.
pub fn check_as_written(agenda: &Agenda, written: &[String]) -> Vec<Problem> {
    let mut found = Vec::new();
    check_header(agenda, &mut found);
    check_groups(agenda, &mut found);
    check_customer_groups(agenda, &mut found);
    check_people(agenda, written, &mut found);
    check_apologies(agenda, &mut found);
    check_items(agenda, &mut found);
    check_quorum(agenda, &mut found);
    if agenda.speaking.max_overtakes == Some(0) {
        found.push(problem("speaking.max_overtakes", Wrong::MaxOvertakesZero));
    }
    let speaking = &agenda.speaking;
    if !(1..=3600).contains(&speaking.turn_seconds) {
        found.push(problem("speaking.turn_seconds", Wrong::TurnSeconds));
    } else if let Some(warn) = speaking.warn_seconds
        && warn >= speaking.turn_seconds
    {
        found.push(problem(
            "speaking.warn_seconds",
            Wrong::WarnNotShorter {
                warn,
                turn: speaking.turn_seconds,
            },
        ));
    }
    check_replies(speaking, &mut found);
    check_questions(speaking, &mut found);
    found
}

/// Interposed questions: a short countdown, never longer than a turn.
fn check_questions(speaking: &super::Speaking, found: &mut Vec<Problem>) {
    match speaking.question_seconds {
        Some(question) if !(1..=3600).contains(&question) => {
            found.push(problem("speaking.question_seconds", Wrong::QuestionSeconds));
        }
        Some(question)
            if (1..=3600).contains(&speaking.turn_seconds) && question > speaking.turn_seconds =>
        {
            found.push(problem(
                "speaking.question_seconds",
                Wrong::QuestionLonger {
                    question,
                    turn: speaking.turn_seconds,
                },
            ));
        }
        _ => {}
    }
}

/// Direct responses: a short turn, and a few of them at most.
fn check_replies(speaking: &super::Speaking, found: &mut Vec<Problem>) {
    match speaking.reply_seconds {
        Some(reply) if !(1..=3600).contains(&reply) => {
            found.push(problem("speaking.reply_seconds", Wrong::ReplySeconds));
        }
        Some(reply)
            if (1..=3600).contains(&speaking.turn_seconds) && reply > speaking.turn_seconds =>
        {
            found.push(problem(
                "speaking.reply_seconds",
                Wrong::ReplyLonger {
                    reply,
                    turn: speaking.turn_seconds,
                },
            ));
        }
        _ => {}
    }
    if let Some(replies) = speaking.max_replies
        && replies > MAX_REPLIES
    {
        found.push(problem("speaking.max_replies", Wrong::MaxReplies));
    }
}

/// What is allowed but probably not meant: `check` prints these and still succeeds.
pub fn warnings(agenda: &Agenda) -> Vec<Problem> {
    let mut found = Vec::new();
    // A language cochair does not have yet falls back to English when the meeting is shown.
    if let Some(language) = &agenda.language
        && crate::lang::from_tag(language).is_err()
    {
        found.push(problem(
            "language",
            Wrong::UnknownLanguage {
                language: format!("{language:?}"),
            },
        ));
    }
    if let Some(start) = agenda.start() {
        let later = start + chrono::TimeDelta::hours(12);
        if start.hour() < EARLIEST_USUAL_START {
            found.push(problem(
                "start",
                Wrong::EarlyStart {
                    start: start.format("%H:%M").to_string(),
                    later: later.format("%H:%M").to_string(),
                    midnight: start.hour() == 0,
                },
            ));
        }
    }
    if let (Some(start), Some(end)) = (agenda.start(), agenda.end()) {
        // An end before the start is the next day: a meeting that runs past midnight.
        let room = (end - start).num_minutes().rem_euclid(24 * 60);
        let planned = agenda.planned_minutes();
        if planned > room.unsigned_abs() {
            let minutes = i64::try_from(planned)
                .unwrap_or(i64::MAX)
                .min(24 * 60 * 366);
            let finish = start + chrono::TimeDelta::minutes(minutes);
            found.push(problem(
                "end",
                Wrong::PastEnd {
                    finish: finish.format("%H:%M").to_string(),
                    end: end.format("%H:%M").to_string(),
                },
            ));
        }
    }
    found
}

fn check_header(agenda: &Agenda, found: &mut Vec<Problem>) {
    if agenda.title.trim().is_empty() {
        found.push(problem("title", Wrong::NoTitle));
    }
    for (field, date) in [
        ("date", &agenda.date),
        ("next_meeting", &agenda.next_meeting),
    ] {
        if let Some(date) = date
            && parse_date(date).is_none()
        {
            found.push(problem(
                field,
                Wrong::NotADate {
                    field,
                    date: format!("{date:?}"),
                },
            ));
        }
    }
    if let (Some(date), Some(next)) = (agenda.date(), agenda.next_meeting())
        && next <= date
    {
        found.push(problem(
            "next_meeting",
            Wrong::NextNotAfter {
                next: next.to_string(),
                date: date.to_string(),
            },
        ));
    }
    for (field, time, example) in [
        ("start", &agenda.start, "18:00"),
        ("end", &agenda.end, "20:00"),
    ] {
        if let Some(time) = time
            && parse_time(time).is_none()
        {
            let written = format!("{time:?}");
            let what = match super::clock_words::meant(time) {
                Some(meant) => Wrong::TwelveHourClock {
                    field,
                    time: written,
                    meant: meant.format("%H:%M").to_string(),
                },
                None => Wrong::NotATime {
                    field,
                    time: written,
                    example,
                },
            };
            found.push(problem(field, what));
        }
    }
}

fn check_customer_groups(agenda: &Agenda, found: &mut Vec<Problem>) {
    let Some(ids) = &agenda.customer_groups else {
        return;
    };
    if ids.is_empty() {
        found.push(problem("customer_groups", Wrong::NoCustomerGroups));
    }
    let group_ids = || agenda.groups.iter().map(|g| g.id.as_str());
    for (i, id) in ids.iter().enumerate() {
        if !group_ids().any(|g| g == id) {
            found.push(problem(
                format!("customer_groups[{i}]"),
                not_one_of(
                    Subject::CustomerGroup(format!("{id:?}")),
                    id,
                    Among::Groups,
                    group_ids(),
                ),
            ));
        }
    }
}

fn check_apologies(agenda: &Agenda, found: &mut Vec<Problem>) {
    let names = || agenda.people.iter().map(|p| p.name.as_str());
    for (i, name) in agenda.apologies.iter().enumerate() {
        if !names().any(|n| n == name) {
            found.push(problem(
                format!("apologies[{i}]"),
                not_one_of(
                    Subject::Apology(format!("{name:?}")),
                    name,
                    Among::People,
                    names(),
                ),
            ));
        }
    }
}

fn check_groups(agenda: &Agenda, found: &mut Vec<Problem>) {
    if agenda.groups.is_empty() {
        found.push(problem("groups", Wrong::NoGroups));
    }
    let mut ids = HashSet::new();
    let mut total_target = 0.0;
    for (i, group) in agenda.groups.iter().enumerate() {
        let at = |field: &str| format!("groups[{i}].{field}");
        if group.id.trim().is_empty() {
            found.push(problem(at("id"), Wrong::NoGroupId));
        } else if !ids.insert(group.id.as_str()) {
            found.push(problem(
                at("id"),
                Wrong::GroupIdTwice {
                    id: quoted(&group.id),
                },
            ));
        }
        if group.label.trim().is_empty() {
            found.push(problem(
                at("label"),
                Wrong::NoGroupLabel {
                    id: quoted(&group.id),
                },
            ));
        }
        if !group.weight.is_finite() || group.weight <= 0.0 {
            found.push(problem(
                at("weight"),
                Wrong::GroupWeight {
                    id: quoted(&group.id),
                },
            ));
        }
        if let Some(target) = group.target {
            if !(0.0..=1.0).contains(&target) {
                found.push(problem(
                    at("target"),
                    Wrong::GroupTarget {
                        id: quoted(&group.id),
                    },
                ));
            } else {
                total_target += target;
            }
        }
    }
    if total_target > 1.0 + 1e-9 {
        let last = agenda
            .groups
            .iter()
            .rposition(|g| g.target.is_some())
            .unwrap_or(0);
        found.push(problem(
            format!("groups[{last}].target"),
            Wrong::TargetsOver {
                percent: format!("{:.0}", total_target * 100.0),
            },
        ));
    }
}

fn check_people(agenda: &Agenda, written: &[String], found: &mut Vec<Problem>) {
    let group_ids: Vec<&str> = agenda.groups.iter().map(|g| g.id.as_str()).collect();
    let mut first_with: HashMap<String, usize> = HashMap::new();
    let as_written = |i: usize| written.get(i).unwrap_or(&agenda.people[i].name);
    for (i, person) in agenda.people.iter().enumerate() {
        if person.name.trim().is_empty() {
            found.push(problem(format!("people[{i}].name"), Wrong::NoName));
        } else if let Some(&first) = first_with.get(&same_name(&person.name)) {
            let what = if agenda.people[first].name == person.name {
                Wrong::ListedTwice {
                    name: quoted(&person.name),
                }
            } else {
                Wrong::SameNameAs {
                    name: quoted(as_written(i)),
                    first: quoted(as_written(first)),
                }
            };
            found.push(Problem {
                also: Some(format!("people[{first}].name")),
                ..problem(format!("people[{i}].name"), what)
            });
        } else {
            first_with.insert(same_name(&person.name), i);
        }
        if !group_ids.contains(&person.group.as_str()) {
            found.push(problem(
                format!("people[{i}].group"),
                not_one_of(
                    Subject::Group(quoted(&person.group)),
                    &person.group,
                    Among::Groups,
                    group_ids.iter().copied(),
                ),
            ));
        }
    }
}

/// A quorum the people on the agenda can never reach would mark every meeting inquorate.
fn check_quorum(agenda: &Agenda, found: &mut Vec<Problem>) {
    let Some(quorum) = &agenda.quorum else {
        return;
    };
    let needed = quorum.min_present as usize;
    let people = agenda.people.len();
    if needed == 0 {
        found.push(problem("quorum.min_present", Wrong::MinPresentZero));
    } else if needed > people {
        found.push(problem(
            "quorum.min_present",
            Wrong::QuorumUnreachable { needed, people },
        ));
    }
    if !quorum.customer_majority {
        return;
    }
    let customer_groups = agenda.customer_groups();
    let customers = agenda
        .people
        .iter()
        .filter(|p| customer_groups.contains(&p.group.as_str()))
        .count();
    let labels = agenda.customer_labels();
    let majority = needed / 2 + 1;
    if customers == 0 {
        found.push(problem(
            "quorum.customer_majority",
            Wrong::NoCustomers {
                labels: labels.join(", "),
            },
        ));
    } else if customers < majority {
        found.push(problem(
            "quorum.customer_majority",
            Wrong::FewCustomers {
                customers,
                labels: labels.join(", "),
                majority,
                needed,
            },
        ));
    }
}

fn check_items(agenda: &Agenda, found: &mut Vec<Problem>) {
    if agenda.items.is_empty() {
        found.push(problem("items", Wrong::NoItems));
    }
    let names = || agenda.people.iter().map(|p| p.name.as_str());
    for (i, item) in agenda.items.iter().enumerate() {
        if item.title.trim().is_empty() {
            found.push(problem(
                format!("items[{i}].title"),
                Wrong::NoItemTitle { number: i + 1 },
            ));
        }
        if item.minutes == 0 {
            found.push(problem(
                format!("items[{i}].minutes"),
                Wrong::ItemTooShort {
                    title: quoted(&item.title),
                },
            ));
        } else if item.minutes > MAX_ITEM_MINUTES {
            found.push(problem(
                format!("items[{i}].minutes"),
                Wrong::ItemTooLong {
                    title: quoted(&item.title),
                    minutes: item.minutes,
                },
            ));
        }
        for (field, who) in [("lead", &item.lead), ("proposed_by", &item.proposed_by)] {
            if let Some(who) = who
                && !names().any(|n| n == who)
            {
                let subject = match field {
                    "lead" => Subject::Lead(quoted(who)),
                    _ => Subject::Proposer(quoted(who)),
                };
                found.push(problem(
                    format!("items[{i}].{field}"),
                    not_one_of(subject, who, Among::People, names()),
                ));
            }
        }
    }
}

/// A name that is not one of `known`, with the one it probably meant, or the ones there are.
fn not_one_of<'a>(
    subject: Subject,
    value: &str,
    among: Among,
    known: impl Iterator<Item = &'a str>,
) -> Wrong {
    let mut known: Vec<&str> = known.collect();
    known.dedup();
    let known = match closest(value, known.iter().copied()) {
        Some(guess) => Known::Guess(quoted(guess)),
        None if known.is_empty() => Known::NoneYet,
        None => {
            let mut listed: Vec<String> = known.iter().take(6).map(|k| quoted(k)).collect();
            if known.len() > 6 {
                listed.push("…".into());
            }
            Known::Listed(listed.join(", "))
        }
    };
    Wrong::NotOneOf {
        subject,
        among,
        known,
    }
}

/// A name as messages quote it: `"Ana Lopez"`, escaped as the file would write it.
fn quoted(text: &str) -> String {
    format!("{text:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agenda(start: &str, end: Option<&str>) -> Agenda {
        let end = end.map_or(String::new(), |e| format!("end: \"{e}\","));
        let src = format!(
            r#"Agenda(title: "T", start: "{start}", {end}
            groups: [Group(id: "m", label: "M", weight: 1.0)], people: [],
            items: [Item(title: "A", minutes: 90)])"#
        );
        crate::agenda::from_str(&src, std::path::Path::new("a.ron")).unwrap()
    }

    fn messages(agenda: &Agenda) -> Vec<String> {
        warnings(agenda)
            .into_iter()
            .map(|p| p.said(crate::lang::Lang::En))
            .collect()
    }

    #[test]
    fn early_starts_are_questioned_but_allowed() {
        assert_eq!(
            messages(&agenda("00:30", None)),
            ["start 00:30 is just after midnight; for midday write 12:30"]
        );
        assert_eq!(
            messages(&agenda("07:59", None)),
            ["start 07:59 is in the morning; for the evening write 19:59"]
        );
        assert!(messages(&agenda("08:00", None)).is_empty());
    }

    #[test]
    fn items_running_past_the_planned_end_are_pointed_out() {
        assert!(messages(&agenda("18:00", Some("19:30"))).is_empty());
        assert_eq!(
            messages(&agenda("18:00", Some("19:29"))),
            ["the items run to 19:30, after the planned end 19:29"]
        );
        assert!(messages(&agenda("23:00", Some("00:30"))).is_empty());
        assert_eq!(
            messages(&agenda("23:30", Some("00:30"))),
            ["the items run to 01:00, after the planned end 00:30"]
        );
    }
}
