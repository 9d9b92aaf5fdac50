//! The Easy Read agenda, to send to members before the meeting: when and where, who leads it,
//! then each thing on the list with when it starts, how long it takes, who leads it and what
//! happens in it, breaks included.
//!
//! The rules are those of the Easy Read minutes (see `easy_read.rs`): one idea on each line,
//! short sentences in everyday words, times as a person says them ("half past 6 in the
//! evening"), lengths in words ("1 hour and 15 minutes", never "1h 15m"), numbers as digits.
//! The titles and descriptions the agenda gives are shown as they are written: write them
//! plainly to keep the agenda plain.

use chrono::{NaiveTime, TimeDelta};

use super::document::Block;
use super::easy_read::time_in_words;
use crate::agenda::{Agenda, Item, ItemKind, Role};

/// The Easy Read agenda, as a document (rendered as plain text).
pub fn easy_read_agenda(agenda: &Agenda) -> Vec<Block> {
    let mut doc = vec![Block::Heading(1, agenda.title.clone())];
    about(agenda, &mut doc);
    doc.push(Block::Heading(2, "What we will talk about".into()));
    let things = agenda
        .items
        .iter()
        .filter(|i| i.kind != ItemKind::Break)
        .count();
    let breaks = agenda.items.len() - things;
    say(
        &mut doc,
        format!(
            "There are {} on the list.",
            count(things, "thing", "things")
        ),
    );
    if breaks > 0 {
        say(
            &mut doc,
            format!(
                "There {} too.",
                match breaks {
                    1 => "is 1 break".to_string(),
                    n => format!("are {n} breaks"),
                }
            ),
        );
    }
    for (i, (from, item)) in agenda
        .item_starts()
        .into_iter()
        .zip(&agenda.items)
        .enumerate()
    {
        doc.push(Block::Heading(3, format!("{}. {}", i + 1, item.title)));
        doc.push(Block::Bullets(item_lines(agenda, from, item)));
    }
    doc
}

fn say(doc: &mut Vec<Block>, sentence: impl Into<String>) {
    doc.push(Block::Paragraph(sentence.into()));
}

/// `1 thing`, `7 things`.
fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// When and where, who leads the meeting, who cannot come: one sentence each.
fn about(agenda: &Agenda, doc: &mut Vec<Block>) {
    say(doc, "This is the plan for our meeting.");
    if let Some(date) = agenda.date() {
        say(
            doc,
            format!("The meeting is on {}.", date.format("%A %-d %B %Y")),
        );
    }
    let length = agenda.planned_minutes();
    match agenda.start() {
        Some(start) => {
            say(doc, format!("It starts at {}.", time_in_words(start)));
            let end = agenda.end().unwrap_or_else(|| after(start, length));
            say(doc, format!("It ends at {}.", time_in_words(end)));
        }
        None => say(doc, format!("It takes {}.", how_long(length))),
    }
    if let Some(place) = &agenda.place {
        say(doc, format!("It is at {}.", place.trim_end_matches('.')));
    }
    let chairs: Vec<&str> = agenda
        .with_role(Role::Facilitator)
        .map(|p| p.name.as_str())
        .collect();
    if !chairs.is_empty() {
        say(doc, format!("{} will lead the meeting.", and_list(&chairs)));
    }
    let apologies: Vec<&str> = agenda.apologies.iter().map(String::as_str).collect();
    match apologies.as_slice() {
        [] => {}
        [one] => say(doc, format!("{one} has told us they cannot come.")),
        many => {
            say(doc, "These people have told us they cannot come:");
            doc.push(Block::Bullets(many.iter().map(|n| n.to_string()).collect()));
        }
    }
    if let Some(chair) = chairs.first() {
        say(doc, format!("If you cannot come, please tell {chair}."));
    }
}

/// What to say about one thing on the list, a line each.
fn item_lines(agenda: &Agenda, from: u64, item: &Item) -> Vec<String> {
    let mut lines = Vec::new();
    if item.kind == ItemKind::Break {
        lines.push("This is a break.".to_string());
    }
    lines.push(starts(agenda, from));
    lines.push(format!("It takes {}.", how_long(u64::from(item.minutes))));
    if item.kind == ItemKind::Break {
        return lines;
    }
    if item.confidential {
        // As on the agenda sent out: who leads it and what it is about stay with the meeting.
        lines.push("This part is private.".into());
        lines.push("What people say stays in the room.".into());
        return lines;
    }
    if let Some(lead) = &item.lead {
        lines.push(format!("{lead} leads it."));
    }
    if let Some(by) = &item.proposed_by {
        lines.push(format!("{by} asked for it."));
    }
    lines.push(
        match item.kind {
            ItemKind::Info => "We will hear about it.",
            ItemKind::Decision => "We will make a choice about it.",
            ItemKind::Discussion | ItemKind::Break => "We will talk about it.",
        }
        .into(),
    );
    if let Some(description) = item.description.as_deref().map(str::trim) {
        lines.push(match item.kind {
            ItemKind::Decision => format!("What we will choose: {description}"),
            _ => description.to_owned(),
        });
    }
    lines
}

/// `It starts at half past 6 in the evening.`, or without a planned start, how long after
/// the meeting starts.
fn starts(agenda: &Agenda, from: u64) -> String {
    match (agenda.start(), from) {
        (Some(start), _) => format!("It starts at {}.", time_in_words(after(start, from))),
        (None, 0) => "It starts when the meeting starts.".into(),
        (None, from) => format!("It starts {} after the meeting starts.", how_long(from)),
    }
}

fn after(start: NaiveTime, minutes: u64) -> NaiveTime {
    let minutes = i64::try_from(minutes % (24 * 60)).unwrap_or(0);
    start + TimeDelta::minutes(minutes)
}

/// `5 minutes`, `1 hour`, `1 hour and 15 minutes`.
pub fn how_long(minutes: u64) -> String {
    let hours = match minutes / 60 {
        0 => None,
        1 => Some("1 hour".to_string()),
        h => Some(format!("{h} hours")),
    };
    let rest = match minutes % 60 {
        0 => None,
        m => Some(count(usize::try_from(m).unwrap_or(0), "minute", "minutes")),
    };
    match (hours, rest) {
        (Some(h), Some(m)) => format!("{h} and {m}"),
        (Some(h), None) => h,
        (None, Some(m)) => m,
        (None, None) => "no time".into(),
    }
}

/// `Ana`, `Ana and Sam`, `Ana, Sam and Mei`.
fn and_list(names: &[&str]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests;
