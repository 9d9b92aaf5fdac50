//! The minutes: everything the meeting recorded, in reading order, as a document, in the
//! export's language (`options.lang`, from `minutes.ftl`).

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};

use super::Options;
use super::document::Block;
use crate::agenda::ItemKind;
use crate::lang::Lang;
use crate::meeting::{EntryKind, Meeting, Phase, Side};
use crate::text::duration;
use crate::tr;

mod header;
pub(super) use header::customers;
use header::{attendance, header_fields};

pub fn minutes(meeting: &Meeting, options: &Options) -> Vec<Block> {
    let lang = options.lang;
    let mut doc = vec![Block::Heading(
        1,
        tr!(lang, "minutes-title", title = &meeting.agenda().title),
    )];
    doc.push(Block::Fields(header_fields(meeting, options)));
    if meeting.phase() == Phase::NotStarted {
        doc.push(Block::Paragraph(tr!(lang, "minutes-did-not-start")));
    }
    attendance(meeting, options, &mut doc);
    super::follow::last_meeting(lang, meeting, &mut doc);
    items(meeting, options, &mut doc);
    process_log(meeting, options, &mut doc);
    balance(meeting, options, &mut doc);
    parking_lot(meeting, options, &mut doc);
    doc.push(Block::Heading(2, tr!(lang, "minutes-action-items")));
    doc.push(action_table(lang, meeting, options.include_confidential));
    doc.push(Block::Paragraph(match meeting.ended() {
        Some(end) => tr!(lang, "minutes-adjourned", at = hm(end, options.offset)),
        None if meeting.started().is_some() => tr!(lang, "minutes-not-adjourned"),
        None => tr!(lang, "minutes-never-started"),
    }));
    doc
}

pub(super) fn hm(t: DateTime<Utc>, offset: FixedOffset) -> String {
    t.with_timezone(&offset).format("%H:%M").to_string()
}

/// `Information`, `Discussion`, `Decision`, `Break`.
pub(super) fn kind(lang: Lang, kind: ItemKind) -> String {
    match kind {
        ItemKind::Info => tr!(lang, "agenda-kind-info"),
        ItemKind::Discussion => tr!(lang, "agenda-kind-discussion"),
        ItemKind::Decision => tr!(lang, "agenda-kind-decision"),
        ItemKind::Break => tr!(lang, "agenda-kind-break"),
    }
}

fn items(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    let lang = options.lang;
    doc.push(Block::Heading(2, tr!(lang, "minutes-items")));
    // A meeting not yet adjourned is described as it stands now.
    let end = meeting.ended().unwrap_or(options.now);
    for (i, item) in meeting.agenda().items.iter().enumerate() {
        let progress = &meeting.items()[i];
        let title = match progress.added_live {
            true => tr!(
                lang,
                "minutes-item-title-added",
                number = i + 1,
                title = &item.title
            ),
            false => tr!(
                lang,
                "minutes-item-title",
                number = i + 1,
                title = &item.title
            ),
        };
        doc.push(Block::Heading(3, title));
        let used = meeting.item_used(i, end);
        let mut fields = vec![(tr!(lang, "minutes-kind"), kind(lang, item.kind))];
        if let Some(lead) = &item.lead {
            fields.push((tr!(lang, "minutes-lead"), lead.clone()));
        }
        if let Some(by) = &item.proposed_by {
            fields.push((tr!(lang, "minutes-proposed-by"), by.clone()));
        }
        let yes = |b: bool| if b { "yes" } else { "no" };
        let time = tr!(
            lang,
            "minutes-time-used",
            planned = item.minutes,
            extended_any = yes(progress.extended > TimeDelta::zero()),
            extended = progress.extended.num_minutes(),
            reached = yes(used > TimeDelta::zero()),
            used = duration(used)
        );
        fields.push((tr!(lang, "minutes-time"), time));
        doc.push(Block::Fields(fields));
        let hidden = item.confidential && !options.include_confidential;
        if item.confidential {
            doc.push(Block::Paragraph(match hidden {
                true => tr!(lang, "minutes-confidential-hidden"),
                false => tr!(lang, "minutes-confidential-shown"),
            }));
        }
        speakers(lang, meeting, i, hidden, end, doc);
        super::procedure::item_procedure(meeting, i, hidden, options, doc);
        super::record::record(lang, meeting, i, hidden, doc);
    }
}

/// What a turn was, in brackets after it: a point of process, a direct response, a side.
fn turn_notes(
    lang: Lang,
    process: bool,
    response_to: Option<String>,
    side: Option<Side>,
) -> Vec<String> {
    let mut notes = Vec::new();
    if process {
        notes.push(tr!(lang, "minutes-turn-process"));
    }
    if let Some(to) = response_to {
        notes.push(tr!(lang, "minutes-turn-response", name = to));
    }
    match side {
        Some(Side::Pro) => notes.push(tr!(lang, "minutes-turn-pro")),
        Some(Side::Contra) => notes.push(tr!(lang, "minutes-turn-contra")),
        None => {}
    }
    notes
}

/// A turn: `Ana Lopez 02:10 (pro) (interposed question from Lena Fischer 00:25)`.
fn turn_line(lang: Lang, name: String, length: TimeDelta, notes: Vec<String>) -> String {
    let mut line = tr!(lang, "minutes-turn", name = name, length = duration(length));
    for note in notes.iter().filter(|n| !n.is_empty()) {
        line.push(' ');
        line.push_str(note);
    }
    line
}

fn speakers(
    lang: Lang,
    meeting: &Meeting,
    item: usize,
    hidden: bool,
    now: DateTime<Utc>,
    doc: &mut Vec<Block>,
) {
    let who = |person: usize| match hidden {
        true => meeting.group_label(person).to_string(),
        false => meeting.people()[person].name.clone(),
    };
    let mut turns: Vec<String> = meeting
        .queue()
        .turns
        .iter()
        .filter(|t| t.item == item)
        .map(|t| {
            let mut notes = turn_notes(lang, t.process, t.response_to.map(who), t.side);
            notes.push(super::procedure::questions_in(
                lang, meeting, t.person, t.start, t.end, &who,
            ));
            turn_line(lang, who(t.person), t.length, notes)
        })
        .collect();
    if let Some(floor) = meeting
        .queue()
        .floor
        .as_ref()
        .filter(|_| item == meeting.current())
    {
        let mut notes = turn_notes(lang, floor.process, floor.response_to.map(who), floor.side);
        notes.push(super::procedure::questions_in(
            lang,
            meeting,
            floor.person,
            floor.since,
            now,
            &who,
        ));
        notes.push(tr!(lang, "minutes-turn-still-speaking"));
        let spoken = meeting.spoken_in_turn(now);
        turns.push(turn_line(lang, who(floor.person), spoken, notes));
    }
    if !turns.is_empty() {
        doc.push(Block::Paragraph(tr!(
            lang,
            "minutes-speakers",
            turns = turns.join("; ")
        )));
    }
}

fn process_log(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    let lang = options.lang;
    doc.push(Block::Heading(2, tr!(lang, "minutes-process-log")));
    if meeting.process_log().is_empty() {
        doc.push(Block::Paragraph(tr!(lang, "minutes-no-process")));
        return;
    }
    let lines = meeting
        .process_log()
        .iter()
        .map(|e| {
            let hidden = hidden_item(meeting, e.item, options);
            tr!(
                lang,
                "minutes-process-line",
                at = hm(e.at, options.offset),
                what = meeting.process_line(lang, e, hidden)
            )
        })
        .collect();
    doc.push(Block::Bullets(lines));
}

/// `64%`.
pub(super) fn percent(lang: Lang, share: f64) -> String {
    tr!(lang, "minutes-percent", share = crate::text::percent(share))
}

fn balance(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    let lang = options.lang;
    doc.push(Block::Heading(2, tr!(lang, "minutes-balance")));
    let end = meeting.ended().unwrap_or(options.now);
    let rows = meeting
        .balance(end)
        .into_iter()
        .map(|row| {
            let group = &meeting.agenda().groups[row.group];
            vec![
                group.label.clone(),
                duration(row.airtime),
                percent(lang, row.share),
                row.turns.to_string(),
                row.target.map_or("–".into(), |t| percent(lang, t)),
                row.proposed.to_string(),
            ]
        })
        .collect();
    let headers = vec![
        tr!(lang, "minutes-group"),
        tr!(lang, "minutes-airtime"),
        tr!(lang, "minutes-share"),
        tr!(lang, "minutes-turns"),
        tr!(lang, "minutes-target"),
        tr!(lang, "minutes-items-proposed"),
    ];
    doc.push(Block::Table { headers, rows });
    let not_heard: Vec<&str> = meeting
        .not_heard()
        .iter()
        .map(|&p| meeting.people()[p].name.as_str())
        .collect();
    doc.push(Block::Paragraph(match not_heard.is_empty() {
        true => tr!(lang, "minutes-everyone-heard"),
        false => tr!(lang, "minutes-not-heard", names = not_heard.join(", ")),
    }));
    if let Some(line) = super::procedure::procedure_total(lang, meeting, end) {
        doc.push(Block::Paragraph(line));
    }
    super::procedure::person_table(meeting, options, doc);
}

/// Whether an item's names and notes stay out of this export.
pub(super) fn hidden_item(meeting: &Meeting, item: usize, options: &Options) -> bool {
    meeting
        .agenda()
        .items
        .get(item)
        .is_some_and(|i| i.confidential)
        && !options.include_confidential
}

fn parking_lot(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    let lang = options.lang;
    doc.push(Block::Heading(2, tr!(lang, "minutes-parking-lot")));
    if meeting.parking_lot().is_empty() {
        doc.push(Block::Paragraph(tr!(lang, "minutes-nothing-parked")));
    } else {
        let topics = meeting
            .parking_lot()
            .iter()
            .map(|p| match p.private && !options.include_confidential {
                true => tr!(lang, "minutes-parked-private", item = p.item + 1),
                false => p.text.clone(),
            })
            .collect();
        doc.push(Block::Bullets(topics));
    }
}

/// Every action still to do after this meeting: those carried over from the last meeting (or
/// not reviewed), with their history, then this meeting's own (confidential ones only when
/// asked for).
pub fn action_table(lang: Lang, meeting: &Meeting, include_confidential: bool) -> Block {
    let mut rows = super::follow::carried_rows(lang, meeting);
    let own: Vec<Vec<String>> = meeting
        .shared_actions(include_confidential)
        .filter_map(|(_, e)| match &e.kind {
            EntryKind::Action { owner, due } => Some(vec![
                owner.clone(),
                due.map_or("–".into(), |d| d.to_string()),
                e.text.clone(),
            ]),
            _ => None,
        })
        .collect();
    rows.extend(own);
    Block::Table {
        headers: vec![
            tr!(lang, "minutes-owner"),
            tr!(lang, "minutes-due-column"),
            tr!(lang, "minutes-action-column"),
        ],
        rows,
    }
}

#[cfg(test)]
mod tests;
