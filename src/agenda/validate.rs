//! The rules a parser cannot check: names that must refer to someone, numbers that must make
//! sense. Each problem names the value's path so the caller can point at it in the file.

use std::collections::{HashMap, HashSet};

use chrono::Timelike;

use super::{Agenda, parse_date, parse_time, same_name};
use crate::text::closest;

/// The longest an item can be planned for: a day.
pub const MAX_ITEM_MINUTES: u32 = 24 * 60;
/// The most direct responses one turn may draw.
pub const MAX_REPLIES: u32 = 5;
/// A start before this hour is probably an evening meeting written on a 12-hour clock.
const EARLIEST_USUAL_START: u32 = 8;

/// One thing wrong with an agenda, at a path such as `items[1].lead`.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    pub message: String,
    /// Another place the message is about (the first of two names that are the same): the
    /// message is followed by its line.
    pub also: Option<String>,
}

fn problem(path: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        path: path.into(),
        message: message.into(),
        also: None,
    }
}

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
        found.push(problem(
            "speaking.max_overtakes",
            "max_overtakes must be at least 1 (6 lets six later hands go first, then this one is next; leave it out to follow the weights)",
        ));
    }
    let speaking = &agenda.speaking;
    if !(1..=3600).contains(&speaking.turn_seconds) {
        found.push(problem(
            "speaking.turn_seconds",
            "turn_seconds must be from 1 to 3600 (120 is two minutes)",
        ));
    } else if let Some(warn) = speaking.warn_seconds
        && warn >= speaking.turn_seconds
    {
        found.push(problem(
            "speaking.warn_seconds",
            format!(
                "warn_seconds ({warn}) must be shorter than turn_seconds ({})",
                speaking.turn_seconds
            ),
        ));
    }
    check_replies(speaking, &mut found);
    check_questions(speaking, &mut found);
    found
}

/// Interposed questions: a short countdown, never longer than a turn.
fn check_questions(speaking: &super::Speaking, found: &mut Vec<Problem>) {
    match speaking.question_seconds {
        Some(question) if !(1..=3600).contains(&question) => found.push(problem(
            "speaking.question_seconds",
            "question_seconds must be from 1 to 3600 (30 is half a minute)",
        )),
        Some(question)
            if (1..=3600).contains(&speaking.turn_seconds) && question > speaking.turn_seconds =>
        {
            found.push(problem(
                "speaking.question_seconds",
                format!(
                    "question_seconds ({question}) must be at most turn_seconds ({}): a question interrupts a turn",
                    speaking.turn_seconds
                ),
            ))
        }
        _ => {}
    }
}

/// Direct responses: a short turn, and a few of them at most.
fn check_replies(speaking: &super::Speaking, found: &mut Vec<Problem>) {
    match speaking.reply_seconds {
        Some(reply) if !(1..=3600).contains(&reply) => found.push(problem(
            "speaking.reply_seconds",
            "reply_seconds must be from 1 to 3600 (60 is a minute)",
        )),
        Some(reply) if (1..=3600).contains(&speaking.turn_seconds) && reply > speaking.turn_seconds => {
            found.push(problem(
                "speaking.reply_seconds",
                format!(
                    "reply_seconds ({reply}) must be at most turn_seconds ({}): a direct response is a short turn",
                    speaking.turn_seconds
                ),
            ))
        }
        _ => {}
    }
    if let Some(replies) = speaking.max_replies
        && replies > MAX_REPLIES
    {
        found.push(problem(
            "speaking.max_replies",
            format!(
                "max_replies must be from 0 to {MAX_REPLIES} (1 lets one direct response follow each turn; 0 turns them off)"
            ),
        ));
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
            format!(
                "language {language:?} is not one cochair has yet, so it will be shown in English; write one of {}",
                crate::lang::choose::known()
            ),
        ));
    }
    if let Some(start) = agenda.start() {
        let later = start + chrono::TimeDelta::hours(12);
        let (when, instead) = if start.hour() == 0 {
            ("just after midnight", "for midday")
        } else {
            ("in the morning", "for the evening")
        };
        if start.hour() < EARLIEST_USUAL_START {
            found.push(problem(
                "start",
                format!(
                    "start {} is {when}; {instead} write {}",
                    start.format("%H:%M"),
                    later.format("%H:%M")
                ),
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
                format!(
                    "the items run to {}, after the planned end {}",
                    finish.format("%H:%M"),
                    end.format("%H:%M")
                ),
            ));
        }
    }
    found
}

fn check_header(agenda: &Agenda, found: &mut Vec<Problem>) {
    if agenda.title.trim().is_empty() {
        found.push(problem("title", "the meeting needs a title"));
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
                format!(
                    "{field} {date:?} is not a date; write it as YYYY-MM-DD, like \"2026-11-24\""
                ),
            ));
        }
    }
    if let (Some(date), Some(next)) = (agenda.date(), agenda.next_meeting())
        && next <= date
    {
        found.push(problem(
            "next_meeting",
            format!("next_meeting {next} is not after this meeting's date, {date}"),
        ));
    }
    for (field, time, example) in [
        ("start", &agenda.start, "18:00"),
        ("end", &agenda.end, "20:00"),
    ] {
        if let Some(time) = time
            && parse_time(time).is_none()
        {
            let message = match super::clock_words::meant(time) {
                Some(meant) => format!(
                    "{field} {time:?} is not on a 24-hour clock; write {}",
                    meant.format("%H:%M")
                ),
                None => format!(
                    "{field} {time:?} is not a time; write it as HH:MM on a 24-hour clock, like \"{example}\""
                ),
            };
            found.push(problem(field, message));
        }
    }
}

fn check_customer_groups(agenda: &Agenda, found: &mut Vec<Problem>) {
    let Some(ids) = &agenda.customer_groups else {
        return;
    };
    if ids.is_empty() {
        found.push(problem(
            "customer_groups",
            "customer_groups needs at least one group id (leave it out to count the groups with the highest weight)",
        ));
    }
    let group_ids = || agenda.groups.iter().map(|g| g.id.as_str());
    for (i, id) in ids.iter().enumerate() {
        if !group_ids().any(|g| g == id) {
            found.push(problem(
                format!("customer_groups[{i}]"),
                not_one_of(&format!("customer group {id:?}"), id, "groups", group_ids()),
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
                not_one_of(&format!("{name:?} (in apologies)"), name, "people", names()),
            ));
        }
    }
}

fn check_groups(agenda: &Agenda, found: &mut Vec<Problem>) {
    if agenda.groups.is_empty() {
        found.push(problem(
            "groups",
            "the agenda needs at least one group, like Group(id: \"members\", label: \"Members\", weight: 2.0)",
        ));
    }
    let mut ids = HashSet::new();
    let mut total_target = 0.0;
    for (i, group) in agenda.groups.iter().enumerate() {
        let at = |field: &str| format!("groups[{i}].{field}");
        if group.id.trim().is_empty() {
            found.push(problem(at("id"), "a group needs an id"));
        } else if !ids.insert(group.id.as_str()) {
            found.push(problem(
                at("id"),
                format!("group id {:?} is used twice", group.id),
            ));
        }
        if group.label.trim().is_empty() {
            found.push(problem(
                at("label"),
                format!("group {:?} needs a label", group.id),
            ));
        }
        if !group.weight.is_finite() || group.weight <= 0.0 {
            found.push(problem(
                at("weight"),
                format!(
                    "weight of group {:?} must be a number above 0 (1.0 is neutral, 2.0 favours the group)",
                    group.id
                ),
            ));
        }
        if let Some(target) = group.target {
            if !(0.0..=1.0).contains(&target) {
                found.push(problem(
                    at("target"),
                    format!(
                        "target of group {:?} is a share of airtime between 0.0 and 1.0 (0.6 is 60%)",
                        group.id
                    ),
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
            format!(
                "the groups' targets add up to {:.0}% of airtime; together they can be at most 100%",
                total_target * 100.0
            ),
        ));
    }
}

fn check_people(agenda: &Agenda, written: &[String], found: &mut Vec<Problem>) {
    let group_ids: Vec<&str> = agenda.groups.iter().map(|g| g.id.as_str()).collect();
    let mut first_with: HashMap<String, usize> = HashMap::new();
    let as_written = |i: usize| written.get(i).unwrap_or(&agenda.people[i].name);
    for (i, person) in agenda.people.iter().enumerate() {
        if person.name.trim().is_empty() {
            found.push(problem(
                format!("people[{i}].name"),
                "a person needs a name",
            ));
        } else if let Some(&first) = first_with.get(&same_name(&person.name)) {
            let message = if agenda.people[first].name == person.name {
                format!("{:?} is already listed among the people", person.name)
            } else {
                format!(
                    "{:?} is the same name as {:?}",
                    as_written(i),
                    as_written(first)
                )
            };
            found.push(Problem {
                also: Some(format!("people[{first}].name")),
                ..problem(format!("people[{i}].name"), message)
            });
        } else {
            first_with.insert(same_name(&person.name), i);
        }
        if !group_ids.contains(&person.group.as_str()) {
            found.push(problem(
                format!("people[{i}].group"),
                not_one_of(
                    &format!("group {:?}", person.group),
                    &person.group,
                    "groups",
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
        found.push(problem(
            "quorum.min_present",
            "min_present must be at least 1 (leave `quorum` out for no quorum check)",
        ));
    } else if needed > people {
        found.push(problem(
            "quorum.min_present",
            format!(
                "min_present is {needed}, but the agenda lists {}: the meeting could never be quorate",
                count(people, "person", "people")
            ),
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
    let labels: Vec<&str> = customer_groups
        .iter()
        .map(|id| agenda.group(id).map_or(*id, |g| g.label.as_str()))
        .collect();
    let majority = needed / 2 + 1;
    if customers == 0 {
        found.push(problem(
            "quorum.customer_majority",
            format!(
                "customer_majority can never be met: nobody on the agenda is in the customer groups ({})",
                labels.join(", ")
            ),
        ));
    } else if customers < majority {
        found.push(problem(
            "quorum.customer_majority",
            format!(
                "customer_majority can never be met: {} in the customer groups ({}), fewer than the {majority} that are a majority of min_present ({needed})",
                count(customers, "person is", "people are"),
                labels.join(", ")
            ),
        ));
    }
}

/// `1 person`, `3 people`.
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn check_items(agenda: &Agenda, found: &mut Vec<Problem>) {
    if agenda.items.is_empty() {
        found.push(problem(
            "items",
            "the agenda needs at least one item, like Item(title: \"Welcome\", minutes: 5)",
        ));
    }
    let names = || agenda.people.iter().map(|p| p.name.as_str());
    for (i, item) in agenda.items.iter().enumerate() {
        if item.title.trim().is_empty() {
            found.push(problem(
                format!("items[{i}].title"),
                format!("item {} needs a title", i + 1),
            ));
        }
        if item.minutes == 0 {
            found.push(problem(
                format!("items[{i}].minutes"),
                format!("item {:?} must last at least 1 minute", item.title),
            ));
        } else if item.minutes > MAX_ITEM_MINUTES {
            found.push(problem(
                format!("items[{i}].minutes"),
                format!(
                    "item {:?} is planned for {} minutes; an item can last at most {MAX_ITEM_MINUTES} (a day)",
                    item.title, item.minutes
                ),
            ));
        }
        for (field, who) in [("lead", &item.lead), ("proposed_by", &item.proposed_by)] {
            if let Some(who) = who
                && !names().any(|n| n == who)
            {
                let role = if field == "lead" { "lead" } else { "proposer" };
                found.push(problem(
                    format!("items[{i}].{field}"),
                    not_one_of(&format!("{role} {who:?}"), who, "people", names()),
                ));
            }
        }
    }
}

/// `lead "Ana Lopes" is not one of the people; did you mean "Ana Lopez"?`, where `what` is
/// the start of the sentence (`lead "Ana Lopes"`).
fn not_one_of<'a>(
    what: &str,
    value: &str,
    among: &str,
    known: impl Iterator<Item = &'a str>,
) -> String {
    let mut known: Vec<&str> = known.collect();
    known.dedup();
    match closest(value, known.iter().copied()) {
        Some(guess) => {
            format!("{what} is not one of the {among}; did you mean {guess:?}?")
        }
        None if known.is_empty() => {
            format!("{what} is not one of the {among}; there are none yet")
        }
        None => {
            let mut listed: Vec<String> = known.iter().take(6).map(|k| format!("{k:?}")).collect();
            if known.len() > 6 {
                listed.push("…".into());
            }
            format!("{what} is not one of the {among} ({})", listed.join(", "))
        }
    }
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
        warnings(agenda).into_iter().map(|p| p.message).collect()
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
