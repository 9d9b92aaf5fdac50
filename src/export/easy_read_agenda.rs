//! The Easy Read agenda, to send to members before the meeting: when and where, who leads it,
//! then each thing on the list with when it starts, how long it takes, who leads it and what
//! happens in it, breaks included.
//!
//! The rules are those of the Easy Read minutes (see `easy_read.rs`): one idea on each line,
//! short sentences in everyday words, times as a person says them ("half past 6 in the
//! evening"), lengths in words ("1 hour and 15 minutes", never "1h 15m"), numbers as digits.
//! The titles and descriptions the agenda gives are shown as they are written: write them
//! plainly to keep the agenda plain. Every sentence is in the language asked for, from
//! `easy-read.ftl`: in Spanish, Lectura Fácil.

use chrono::{NaiveTime, TimeDelta};

use super::document::Block;
use super::easy_read::whole;
use crate::agenda::{Agenda, Item, ItemKind, Role};
use crate::lang::{Lang, dates};
use crate::tr;

/// The Easy Read agenda in a language, as a document (rendered as plain text).
pub fn easy_read_agenda(agenda: &Agenda, lang: Lang) -> Vec<Block> {
    let mut doc = vec![Block::Heading(1, agenda.title.clone())];
    about(lang, agenda, &mut doc);
    doc.push(Block::Heading(2, tr!(lang, "easy-read-list-heading")));
    let things = agenda
        .items
        .iter()
        .filter(|i| i.kind != ItemKind::Break)
        .count();
    let breaks = agenda.items.len() - things;
    say(
        &mut doc,
        tr!(lang, "easy-read-things-on-list", count = things),
    );
    if breaks > 0 {
        say(&mut doc, tr!(lang, "easy-read-breaks-too", count = breaks));
    }
    for (i, (from, item)) in agenda
        .item_starts()
        .into_iter()
        .zip(&agenda.items)
        .enumerate()
    {
        doc.push(Block::Heading(3, format!("{}. {}", i + 1, item.title)));
        doc.push(Block::Bullets(item_lines(lang, agenda, from, item)));
    }
    doc
}

fn say(doc: &mut Vec<Block>, sentence: impl Into<String>) {
    doc.push(Block::Paragraph(sentence.into()));
}

/// When and where, who leads the meeting, who cannot come: one sentence each.
fn about(lang: Lang, agenda: &Agenda, doc: &mut Vec<Block>) {
    say(doc, tr!(lang, "easy-read-plan-intro"));
    if let Some(date) = agenda.date() {
        let date = whole(dates::long(lang, date));
        say(doc, tr!(lang, "easy-read-is-on", date = date));
    }
    let length = agenda.planned_minutes();
    match agenda.start() {
        Some(start) => {
            say(
                doc,
                tr!(lang, "easy-read-starts", at = dates::at_time(lang, start)),
            );
            let end = agenda.end().unwrap_or_else(|| after(start, length));
            say(
                doc,
                tr!(lang, "easy-read-ends", at = dates::at_time(lang, end)),
            );
        }
        None => say(
            doc,
            tr!(
                lang,
                "easy-read-takes",
                length = dates::how_long(lang, length)
            ),
        ),
    }
    if let Some(place) = &agenda.place {
        say(
            doc,
            tr!(lang, "easy-read-is-at", place = place.trim_end_matches('.')),
        );
    }
    let chairs: Vec<&str> = agenda
        .with_role(Role::Facilitator)
        .map(|p| p.name.as_str())
        .collect();
    if !chairs.is_empty() {
        let names = dates::and_list(lang, &chairs);
        say(
            doc,
            tr!(
                lang,
                "easy-read-will-lead",
                names = names,
                count = chairs.len()
            ),
        );
    }
    let apologies: Vec<&str> = agenda.apologies.iter().map(String::as_str).collect();
    match apologies.as_slice() {
        [] => {}
        [one] => say(doc, tr!(lang, "easy-read-cannot-come-one", name = *one)),
        many => {
            say(doc, tr!(lang, "easy-read-cannot-come"));
            doc.push(Block::Bullets(many.iter().map(|n| n.to_string()).collect()));
        }
    }
    if let Some(chair) = chairs.first() {
        say(
            doc,
            tr!(lang, "easy-read-tell-if-not-coming", name = *chair),
        );
    }
}

/// What to say about one thing on the list, a line each.
fn item_lines(lang: Lang, agenda: &Agenda, from: u64, item: &Item) -> Vec<String> {
    let mut lines = Vec::new();
    if item.kind == ItemKind::Break {
        lines.push(tr!(lang, "easy-read-is-a-break"));
    }
    lines.push(starts(lang, agenda, from));
    let length = dates::how_long(lang, u64::from(item.minutes));
    lines.push(tr!(lang, "easy-read-takes", length = length));
    if item.kind == ItemKind::Break {
        return lines;
    }
    if item.confidential {
        // As on the agenda sent out: who leads it and what it is about stay with the meeting.
        lines.push(tr!(lang, "easy-read-part-private"));
        lines.push(tr!(lang, "easy-read-stays-in-room"));
        return lines;
    }
    if let Some(lead) = &item.lead {
        lines.push(tr!(lang, "easy-read-leads-it", name = lead));
    }
    if let Some(by) = &item.proposed_by {
        lines.push(tr!(lang, "easy-read-asked-for-it", name = by));
    }
    lines.push(match item.kind {
        ItemKind::Info => tr!(lang, "easy-read-we-will-hear"),
        ItemKind::Decision => tr!(lang, "easy-read-we-will-choose"),
        ItemKind::Discussion | ItemKind::Break => tr!(lang, "easy-read-we-will-talk"),
    });
    if let Some(description) = item.description.as_deref().map(str::trim) {
        lines.push(match item.kind {
            ItemKind::Decision => tr!(lang, "easy-read-what-we-will-choose", text = description),
            _ => description.to_owned(),
        });
    }
    lines
}

/// `It starts at half past 6 in the evening.`, or without a planned start, how long after
/// the meeting starts.
fn starts(lang: Lang, agenda: &Agenda, from: u64) -> String {
    match (agenda.start(), from) {
        (Some(start), _) => {
            let at = dates::at_time(lang, after(start, from));
            tr!(lang, "easy-read-starts", at = at)
        }
        (None, 0) => tr!(lang, "easy-read-starts-with-meeting"),
        (None, from) => tr!(
            lang,
            "easy-read-starts-after",
            length = dates::how_long(lang, from)
        ),
    }
}

fn after(start: NaiveTime, minutes: u64) -> NaiveTime {
    let minutes = i64::try_from(minutes % (24 * 60)).unwrap_or(0);
    start + TimeDelta::minutes(minutes)
}

#[cfg(test)]
mod tests;
