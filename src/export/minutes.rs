//! The minutes: everything the meeting recorded, in reading order, as a document, in the
//! export's language (`options.lang`, from `minutes.ftl`).

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};

use super::Options;
use super::document::Block;
use crate::agenda::{ItemKind, Role};
use crate::lang::{Lang, dates};
use crate::meeting::{Attendance, EntryKind, Meeting, Phase, QuorumState, Side};
use crate::text::duration;
use crate::tr;

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

/// A list of names, or `none`.
fn names_or_none(lang: Lang, names: &[&str]) -> String {
    match names.is_empty() {
        true => tr!(lang, "minutes-none"),
        false => names.join(", "),
    }
}

fn header_fields(meeting: &Meeting, options: &Options) -> Vec<(String, String)> {
    let lang = options.lang;
    let agenda = &meeting.agenda();
    let mut fields = vec![(tr!(lang, "minutes-date"), dates::long(lang, meeting.date()))];
    if let Some(place) = &agenda.place {
        fields.push((tr!(lang, "minutes-place"), place.clone()));
    }
    if let (Some(start), Some(end)) = (
        meeting.planned_start(options.offset),
        meeting.planned_end(options.offset),
    ) {
        fields.push((
            tr!(lang, "minutes-planned"),
            tr!(
                lang,
                "minutes-planned-times",
                start = start.format("%H:%M").to_string(),
                end = end.format("%H:%M").to_string()
            ),
        ));
    }
    if let Some(start) = meeting.started() {
        fields.push((tr!(lang, "minutes-started"), hm(start, options.offset)));
    }
    if let Some(end) = meeting.ended() {
        fields.push((
            tr!(lang, "minutes-ended"),
            tr!(
                lang,
                "minutes-ended-at",
                at = hm(end, options.offset),
                length = duration(meeting.elapsed(end))
            ),
        ));
    }
    for &role in Role::ALL {
        let names: Vec<&str> = agenda.with_role(role).map(|p| p.name.as_str()).collect();
        if !names.is_empty() {
            fields.push((role_title(lang, role), names.join(", ")));
        }
    }
    fields
}

/// A job's title in the header: `Chair`, `Timekeeper`, `Secretary`.
fn role_title(lang: Lang, role: Role) -> String {
    match role {
        Role::Facilitator => tr!(lang, "minutes-role-facilitator"),
        Role::Timekeeper => tr!(lang, "minutes-role-timekeeper"),
        Role::Secretary => tr!(lang, "minutes-role-secretary"),
    }
}

fn attendance(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    let lang = options.lang;
    doc.push(Block::Heading(2, tr!(lang, "minutes-attendance")));
    let mut fields = Vec::new();
    for group in &meeting.agenda().groups {
        let present: Vec<&str> = meeting
            .people()
            .iter()
            .filter(|p| p.group == group.id && (p.is_present() || p.left_early.is_some()))
            .map(|p| p.name.as_str())
            .collect();
        fields.push((
            tr!(lang, "minutes-present-in", group = &group.label),
            names_or_none(lang, &present),
        ));
    }
    // Someone who left early was present: they are listed there, with the time they left.
    let with = |wanted: Option<Attendance>| -> Vec<&str> {
        meeting
            .people()
            .iter()
            .filter(|p| p.attendance == wanted && p.left_early.is_none())
            .map(|p| p.name.as_str())
            .collect()
    };
    let apologies = with(Some(Attendance::Apologies));
    fields.push((
        tr!(lang, "minutes-apologies"),
        names_or_none(lang, &apologies),
    ));
    let absent = with(Some(Attendance::Absent));
    fields.push((tr!(lang, "minutes-absent"), names_or_none(lang, &absent)));
    let unmarked = with(None);
    if !unmarked.is_empty() {
        fields.push((tr!(lang, "minutes-not-marked"), unmarked.join(", ")));
    }
    let times =
        |pick: fn(&crate::meeting::Participant) -> Option<DateTime<Utc>>| -> Option<String> {
            let list: Vec<String> = meeting
                .people()
                .iter()
                .filter_map(|p| {
                    pick(p).map(|t| {
                        tr!(
                            lang,
                            "minutes-name-at",
                            name = &p.name,
                            at = hm(t, options.offset)
                        )
                    })
                })
                .collect();
            (!list.is_empty()).then(|| list.join(", "))
        };
    if let Some(late) = times(|p| p.arrived) {
        fields.push((tr!(lang, "minutes-arrived"), late));
    }
    if let Some(left) = times(|p| p.left_early) {
        fields.push((tr!(lang, "minutes-left-early"), left));
    }
    let joined: Vec<&str> = meeting
        .people()
        .iter()
        .filter(|p| p.added_live)
        .map(|p| p.name.as_str())
        .collect();
    if !joined.is_empty() {
        fields.push((tr!(lang, "minutes-not-on-agenda"), joined.join(", ")));
    }
    if let Some(screens) = screens(lang, meeting) {
        fields.push((tr!(lang, "minutes-screens"), screens));
    }
    doc.push(Block::Fields(fields));
    doc.push(Block::Paragraph(quorum_statement(lang, meeting)));
}

/// Which roles ran the meeting from screens of their own, when any joined the facilitator's:
/// `facilitator (the host), timekeeper, secretary, room view`.
fn screens(lang: Lang, meeting: &Meeting) -> Option<String> {
    use crate::agenda::Seat;
    use crate::meeting::ScreenKind;
    let joined = meeting.screens();
    if joined.is_empty() {
        return None;
    }
    let mut kinds = joined.to_vec();
    kinds.sort();
    let words: Vec<String> = kinds
        .iter()
        .map(|kind| match kind {
            ScreenKind::Seat(Seat::Job(Role::Facilitator)) => {
                tr!(lang, "minutes-screen-facilitator")
            }
            ScreenKind::Seat(Seat::Job(Role::Timekeeper)) => tr!(lang, "minutes-screen-timekeeper"),
            ScreenKind::Seat(Seat::Job(Role::Secretary)) => tr!(lang, "minutes-screen-secretary"),
            ScreenKind::Seat(Seat::Observer) => tr!(lang, "minutes-screen-observers"),
            ScreenKind::Room => tr!(lang, "minutes-screen-room"),
        })
        .collect();
    Some(tr!(
        lang,
        "minutes-screens-list",
        screens = words.join(", ")
    ))
}

/// How many groups are the customers, and the name of the one when there is one: what the
/// quorum's sentences say of them.
pub(super) fn customers(meeting: &Meeting) -> (usize, String) {
    let groups = meeting.customer_groups().len();
    (groups, meeting.customer_label())
}

/// The quorum as the meeting ended (or stands, if it has not), said as such: each decision
/// carries its own.
fn quorum_statement(lang: Lang, meeting: &Meeting) -> String {
    let when = match meeting.phase() {
        Phase::Adjourned => "adjourned",
        Phase::Running => "running",
        Phase::NotStarted => "other",
    };
    let (groups, label) = customers(meeting);
    match meeting.quorum() {
        QuorumState::NotSet { present } => {
            tr!(
                lang,
                "minutes-quorum-not-set",
                when = when,
                present = present
            )
        }
        QuorumState::Met {
            present,
            customers: c,
        } => tr!(
            lang,
            "minutes-quorum-met",
            when = when,
            present = present,
            customers = c,
            groups = groups,
            label = label
        ),
        QuorumState::TooFew { present, needed } => tr!(
            lang,
            "minutes-quorum-too-few",
            when = when,
            present = present,
            needed = needed
        ),
        QuorumState::NoMajority {
            present,
            customers: c,
        } => tr!(
            lang,
            "minutes-quorum-no-majority",
            when = when,
            present = present,
            customers = c,
            groups = groups,
            label = label
        ),
    }
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
                what = super::process_log::line(lang, meeting, e, hidden)
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
