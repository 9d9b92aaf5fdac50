//! The minutes: everything the meeting recorded, in reading order, as a document.

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};

use super::Options;
use super::document::Block;
use crate::agenda::Role;
use crate::meeting::{Attendance, EntryKind, Meeting, Phase, QuorumState};
use crate::text::duration;

pub fn minutes(meeting: &Meeting, options: &Options) -> Vec<Block> {
    let mut doc = vec![Block::Heading(
        1,
        format!("Minutes: {}", meeting.agenda().title),
    )];
    doc.push(Block::Fields(header_fields(meeting, options)));
    if meeting.phase() == Phase::NotStarted {
        doc.push(Block::Paragraph("The meeting did not start.".into()));
    }
    attendance(meeting, options, &mut doc);
    super::follow::last_meeting(meeting, &mut doc);
    items(meeting, options, &mut doc);
    process_log(meeting, options, &mut doc);
    balance(meeting, options, &mut doc);
    parking_lot(meeting, options, &mut doc);
    doc.push(Block::Heading(2, "Action items".into()));
    doc.push(action_table(meeting, options.include_confidential));
    doc.push(Block::Paragraph(match meeting.ended() {
        Some(end) => format!("The meeting was adjourned at {}.", hm(end, options.offset)),
        None if meeting.started().is_some() => {
            "The meeting had not been adjourned when these minutes were made.".into()
        }
        None => "The meeting did not start, so it was not adjourned.".into(),
    }));
    doc
}

pub(super) fn hm(t: DateTime<Utc>, offset: FixedOffset) -> String {
    t.with_timezone(&offset).format("%H:%M").to_string()
}

fn header_fields(meeting: &Meeting, options: &Options) -> Vec<(String, String)> {
    let agenda = &meeting.agenda();
    let mut fields = vec![(
        "Date".to_string(),
        meeting.date().format("%A %-d %B %Y").to_string(),
    )];
    if let Some(place) = &agenda.place {
        fields.push(("Place".into(), place.clone()));
    }
    if let (Some(start), Some(end)) = (
        meeting.planned_start(options.offset),
        meeting.planned_end(options.offset),
    ) {
        fields.push((
            "Planned".into(),
            format!("{}–{}", start.format("%H:%M"), end.format("%H:%M")),
        ));
    }
    if let Some(start) = meeting.started() {
        fields.push(("Started".into(), hm(start, options.offset)));
    }
    if let Some(end) = meeting.ended() {
        fields.push((
            "Ended".into(),
            format!(
                "{} (ran {})",
                hm(end, options.offset),
                duration(meeting.elapsed(end))
            ),
        ));
    }
    for &role in Role::ALL {
        let names: Vec<&str> = agenda.with_role(role).map(|p| p.name.as_str()).collect();
        if !names.is_empty() {
            fields.push((role.row().title.into(), names.join(", ")));
        }
    }
    fields
}

fn attendance(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, "Attendance".into()));
    let mut fields = Vec::new();
    for group in &meeting.agenda().groups {
        let present: Vec<&str> = meeting
            .people()
            .iter()
            .filter(|p| p.group == group.id && (p.is_present() || p.left_early.is_some()))
            .map(|p| p.name.as_str())
            .collect();
        let names = if present.is_empty() {
            "none".to_string()
        } else {
            present.join(", ")
        };
        fields.push((format!("Present, {}", group.label), names));
    }
    // Someone who left early was present: they are listed there, with the time they left.
    let with = |wanted: Option<Attendance>| -> String {
        let names: Vec<&str> = meeting
            .people()
            .iter()
            .filter(|p| p.attendance == wanted && p.left_early.is_none())
            .map(|p| p.name.as_str())
            .collect();
        if names.is_empty() {
            "none".into()
        } else {
            names.join(", ")
        }
    };
    fields.push(("Apologies".into(), with(Some(Attendance::Apologies))));
    fields.push(("Absent".into(), with(Some(Attendance::Absent))));
    let unmarked = with(None);
    if unmarked != "none" {
        fields.push(("Not marked".into(), unmarked));
    }
    let times =
        |pick: fn(&crate::meeting::Participant) -> Option<DateTime<Utc>>| -> Option<String> {
            let list: Vec<String> = meeting
                .people()
                .iter()
                .filter_map(|p| pick(p).map(|t| format!("{} ({})", p.name, hm(t, options.offset))))
                .collect();
            (!list.is_empty()).then(|| list.join(", "))
        };
    if let Some(late) = times(|p| p.arrived) {
        fields.push(("Arrived".into(), late));
    }
    if let Some(left) = times(|p| p.left_early) {
        fields.push(("Left early".into(), left));
    }
    let joined: Vec<&str> = meeting
        .people()
        .iter()
        .filter(|p| p.added_live)
        .map(|p| p.name.as_str())
        .collect();
    if !joined.is_empty() {
        fields.push(("Not on the agenda".into(), joined.join(", ")));
    }
    if let Some(screens) = screens(meeting) {
        fields.push(("Screens".into(), screens));
    }
    doc.push(Block::Fields(fields));
    doc.push(Block::Paragraph(quorum_statement(meeting)));
}

/// Which roles ran the meeting from screens of their own, when any joined the facilitator's:
/// `facilitator (the host), timekeeper, secretary, room view`.
fn screens(meeting: &Meeting) -> Option<String> {
    use crate::agenda::Seat;
    use crate::meeting::ScreenKind;
    let joined = meeting.screens();
    if joined.is_empty() {
        return None;
    }
    let mut kinds = joined.to_vec();
    kinds.sort();
    let words: Vec<&str> = kinds
        .iter()
        .map(|kind| match kind {
            ScreenKind::Seat(Seat::Job(Role::Facilitator)) => "facilitator (another screen)",
            ScreenKind::Seat(Seat::Job(role)) => role.name(),
            ScreenKind::Seat(Seat::Observer) => "observers",
            ScreenKind::Room => "room view",
        })
        .collect();
    Some(format!("facilitator (the host), {}", words.join(", ")))
}

/// The quorum as the meeting ended (or stands, if it has not), said as such: each decision
/// carries its own.
fn quorum_statement(meeting: &Meeting) -> String {
    let when = match meeting.phase() {
        Phase::Adjourned => "At adjournment",
        Phase::Running => "When these minutes were made",
        Phase::NotStarted => "",
    };
    let text = quorum_words(meeting);
    match when {
        "" => text,
        when => format!("{when}, {}{}", text[..1].to_lowercase(), &text[1..]),
    }
}

fn quorum_words(meeting: &Meeting) -> String {
    let customers = meeting.customer_label();
    let of_them = meeting.customer_count_words();
    match meeting.quorum() {
        QuorumState::NotSet { present } => format!("{present} present. The agenda sets no quorum."),
        QuorumState::Met {
            present,
            customers: c,
        } => {
            format!("The meeting was quorate: {present} present, {c} of them {of_them}.")
        }
        QuorumState::TooFew { present, needed } => {
            format!("The meeting was not quorate: {present} present, {needed} needed.")
        }
        QuorumState::NoMajority {
            present,
            customers: c,
        } => {
            format!(
                "The meeting was not quorate: {customers} were not a majority ({c} of {present} present)."
            )
        }
    }
}

fn items(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, "Items".into()));
    // A meeting not yet adjourned is described as it stands now.
    let end = meeting.ended().unwrap_or(options.now);
    for (i, item) in meeting.agenda().items.iter().enumerate() {
        let progress = &meeting.items()[i];
        let mut title = format!("{}. {}", i + 1, item.title);
        if progress.added_live {
            title.push_str(" (added during the meeting)");
        }
        doc.push(Block::Heading(3, title));
        let used = meeting.item_used(i, end);
        let mut fields = vec![("Kind".to_string(), item.kind.label().to_string())];
        if let Some(lead) = &item.lead {
            fields.push(("Lead".into(), lead.clone()));
        }
        if let Some(by) = &item.proposed_by {
            fields.push(("Proposed by".into(), by.clone()));
        }
        let mut time = format!("planned {} min", item.minutes);
        if progress.extended > TimeDelta::zero() {
            time.push_str(&format!(
                ", extended by {} min",
                progress.extended.num_minutes()
            ));
        }
        if used > TimeDelta::zero() {
            time.push_str(&format!(", used {}", duration(used)));
        } else {
            time.push_str(", not reached");
        }
        fields.push(("Time".into(), time));
        doc.push(Block::Fields(fields));
        let hidden = item.confidential && !options.include_confidential;
        if item.confidential {
            doc.push(Block::Paragraph(if hidden {
                "This item was held in confidence: its notes are left out of these minutes and speakers are named by group only.".into()
            } else {
                "This item was held in confidence. These minutes include its notes and speakers; share them only with those entitled to them.".into()
            }));
        }
        speakers(meeting, i, hidden, end, doc);
        super::procedure::item_procedure(meeting, i, hidden, options, doc);
        super::record::record(meeting, i, hidden, doc);
    }
}

fn speakers(
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
            let mut how = String::new();
            if t.process {
                how.push_str(" (point of process)");
            }
            if let Some(to) = t.response_to {
                how.push_str(&format!(" (direct response to {})", who(to)));
            }
            if let Some(side) = t.side {
                how.push_str(&format!(" ({})", side.word()));
            }
            how.push_str(&super::procedure::questions_in(
                meeting, t.person, t.start, t.end, &who,
            ));
            format!("{} {}{how}", who(t.person), duration(t.length))
        })
        .collect();
    if let Some(floor) = meeting
        .queue()
        .floor
        .as_ref()
        .filter(|_| item == meeting.current())
    {
        let spoken = duration(meeting.spoken_in_turn(now));
        let mut how = String::new();
        if floor.process {
            how.push_str(" (point of process)");
        }
        if let Some(to) = floor.response_to {
            how.push_str(&format!(" (direct response to {})", who(to)));
        }
        if let Some(side) = floor.side {
            how.push_str(&format!(" ({})", side.word()));
        }
        how.push_str(&super::procedure::questions_in(
            meeting,
            floor.person,
            floor.since,
            now,
            &who,
        ));
        turns.push(format!(
            "{} {spoken}{how} (still speaking)",
            who(floor.person)
        ));
    }
    if !turns.is_empty() {
        doc.push(Block::Paragraph(format!(
            "Speakers, in order: {}.",
            turns.join("; ")
        )));
    }
}

fn process_log(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, "Process log".into()));
    if meeting.process_log().is_empty() {
        doc.push(Block::Paragraph(
            "No overrides, extensions, pauses or breaks.".into(),
        ));
        return;
    }
    let lines = meeting
        .process_log()
        .iter()
        .map(|e| {
            let hidden = hidden_item(meeting, e.item, options);
            format!(
                "{} {}",
                hm(e.at, options.offset),
                meeting.process_text_naming(e, hidden)
            )
        })
        .collect();
    doc.push(Block::Bullets(lines));
}

fn balance(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, "Voice balance".into()));
    let end = meeting.ended().unwrap_or(options.now);
    let rows = meeting
        .balance(end)
        .into_iter()
        .map(|row| {
            let group = &meeting.agenda().groups[row.group];
            vec![
                group.label.clone(),
                duration(row.airtime),
                format!("{:.0}%", row.share * 100.0),
                row.turns.to_string(),
                row.target
                    .map_or("–".into(), |t| format!("{:.0}%", t * 100.0)),
                row.proposed.to_string(),
            ]
        })
        .collect();
    let headers = [
        "Group",
        "Airtime",
        "Share",
        "Turns",
        "Target",
        "Items proposed",
    ];
    doc.push(Block::Table {
        headers: headers.map(String::from).to_vec(),
        rows,
    });
    let not_heard: Vec<&str> = meeting
        .not_heard()
        .iter()
        .map(|&p| meeting.people()[p].name.as_str())
        .collect();
    doc.push(Block::Paragraph(if not_heard.is_empty() {
        "Everyone present was heard.".into()
    } else {
        format!("Not heard: {}.", not_heard.join(", "))
    }));
    if let Some(line) = super::procedure::procedure_total(meeting, end) {
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
    doc.push(Block::Heading(2, "Parking lot".into()));
    if meeting.parking_lot().is_empty() {
        doc.push(Block::Paragraph(
            "Nothing was set aside for a later meeting.".into(),
        ));
    } else {
        let topics = meeting
            .parking_lot()
            .iter()
            .map(|p| match p.private && !options.include_confidential {
                true => format!(
                    "A topic set aside during item {}, held in confidence",
                    p.item + 1
                ),
                false => p.text.clone(),
            })
            .collect();
        doc.push(Block::Bullets(topics));
    }
}

/// Every action still to do after this meeting: those carried over from the last meeting (or
/// not reviewed), with their history, then this meeting's own (confidential ones only when
/// asked for).
pub fn action_table(meeting: &Meeting, include_confidential: bool) -> Block {
    let mut rows = super::follow::carried_rows(meeting);
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
        headers: vec!["Owner".into(), "Due".into(), "Action".into()],
        rows,
    }
}

#[cfg(test)]
mod tests;
