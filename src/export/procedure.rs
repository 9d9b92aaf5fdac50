//! The procedure in the minutes: who spoke for and against the motion, when the list of
//! speakers was closed or cleared and who was added to it closed, hands cleared at a change of
//! item, interposed questions, the voice on an item before each decision (flagged when no
//! customer leader had spoken), and each person's airtime, turns and time on points of process.

use chrono::{DateTime, TimeDelta, Utc};

use super::Options;
use super::document::Block;
use super::minutes::{hidden_item, hm};
use crate::lang::{Lang, dates};
use crate::meeting::{ItemVoice, Meeting, ProcessKind, Side};
use crate::text::duration;
use crate::tr;

/// Under an item: who spoke for and against, the list of speakers closed and opened, hands
/// cleared as the meeting moved on.
pub(super) fn item_procedure(
    meeting: &Meeting,
    item: usize,
    hidden: bool,
    options: &Options,
    doc: &mut Vec<Block>,
) {
    let lang = options.lang;
    let who = |person: usize| match hidden {
        true => meeting.group_label(person).to_string(),
        false => meeting.people()[person].name.clone(),
    };
    let mut lines = Vec::new();
    let mut sides = Vec::new();
    for side in [Side::Pro, Side::Contra] {
        let mut names: Vec<String> = Vec::new();
        let turns = meeting
            .queue()
            .turns
            .iter()
            .map(|t| (t.item, t.side, t.person));
        let floor = meeting
            .queue()
            .floor
            .as_ref()
            .filter(|_| item == meeting.current())
            .map(|f| (item, f.side, f.person));
        for (_, _, person) in turns
            .chain(floor)
            .filter(|(i, s, _)| *i == item && *s == Some(side))
        {
            let name = who(person);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        if !names.is_empty() {
            let names = names.join(", ");
            sides.push(match side {
                Side::Pro => tr!(lang, "minutes-for-the-motion", names = names),
                Side::Contra => tr!(lang, "minutes-against", names = names),
            });
        }
    }
    if !sides.is_empty() {
        lines.push(sides.join(" "));
    }
    for entry in meeting.process_log().iter().filter(|e| e.item == item) {
        let at = hm(entry.at, options.offset);
        match &entry.kind {
            ProcessKind::ListClosed => lines.push(tr!(lang, "minutes-list-closed", at = at)),
            ProcessKind::ListReopened => lines.push(tr!(lang, "minutes-list-reopened", at = at)),
            ProcessKind::HandsCleared { people } => {
                let names: Vec<String> = people.iter().map(|&p| who(p)).collect();
                lines.push(tr!(
                    lang,
                    "minutes-hands-cleared",
                    at = at,
                    names = names.join(", ")
                ));
            }
            ProcessKind::ListCleared { people } => {
                let names: Vec<String> = people.iter().map(|&p| who(p)).collect();
                lines.push(tr!(
                    lang,
                    "minutes-list-cleared",
                    at = at,
                    names = names.join(", ")
                ));
            }
            ProcessKind::AddedToClosedList { person } => lines.push(tr!(
                lang,
                "minutes-added-to-closed-list",
                name = who(*person),
                at = at
            )),
            _ => {}
        }
    }
    for line in lines {
        doc.push(Block::Paragraph(line));
    }
}

/// `(interposed question from Lena Fischer 00:25)`, or `(interposed questions from Lena
/// Fischer 00:25, Ravi Kumar 00:10)`: the questions put to `speaker` in a turn from `start` to
/// `end`; empty when there were none.
pub(super) fn questions_in(
    lang: Lang,
    meeting: &Meeting,
    speaker: usize,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    who: &dyn Fn(usize) -> String,
) -> String {
    let ended = meeting
        .queue()
        .questions
        .iter()
        .map(|q| (q.person, q.to, q.start, q.length));
    let running = meeting
        .queue()
        .question
        .as_ref()
        .map(|q| (q.person, q.to, q.since, meeting.question_length(q, end)));
    let asked: Vec<String> = ended
        .chain(running)
        .filter(|&(_, to, at, _)| to == speaker && at >= start && at <= end)
        .map(|(person, _, _, length)| {
            tr!(
                lang,
                "minutes-question",
                name = who(person),
                length = duration(length)
            )
        })
        .collect();
    match asked.is_empty() {
        true => String::new(),
        false => tr!(
            lang,
            "minutes-turn-questions",
            count = asked.len(),
            questions = asked.join(", ")
        ),
    }
}

/// `Points of process took 01:10 in all: that time is procedure, not airtime, and is not in the
/// shares above.`, once there has been one.
pub(super) fn procedure_total(lang: Lang, meeting: &Meeting, end: DateTime<Utc>) -> Option<String> {
    let total: TimeDelta = (0..meeting.people().len())
        .map(|p| meeting.procedure_time(p, end))
        .sum();
    (total > TimeDelta::zero())
        .then(|| tr!(lang, "minutes-procedure-total", length = duration(total)))
}

/// After a decision: `Before this decision: Parents 64% of the time (4 of 5 present spoke) ·
/// Staff 36% (3 of 3).`, and a flag when no customer leader had spoken on the item.
pub(super) fn decision_voice(lang: Lang, meeting: &Meeting, voice: &ItemVoice) -> String {
    let mut text = tr!(
        lang,
        "minutes-voice-before",
        voice = meeting.voice_words(lang, voice)
    );
    if !voice.customer_voice {
        let labels = meeting.customer_labels();
        text.push(' ');
        text.push_str(&tr!(
            lang,
            "minutes-no-customer-voice",
            person = meeting.customer_person(lang),
            groups = dates::and_list(lang, &labels)
        ));
    }
    text
}

/// Each person's airtime and turns in the meeting, most airtime first: everyone present, and
/// anyone else who spoke. Turns on items held in confidence stay out unless they are asked for,
/// so the table never tells who spoke in confidence.
pub(super) fn person_table(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    let lang = options.lang;
    let end = meeting.ended().unwrap_or(options.now);
    let people = meeting.people().len();
    let mut airtime = vec![TimeDelta::zero(); people];
    let mut procedure = vec![TimeDelta::zero(); people];
    let mut turns = vec![0u32; people];
    let mut left_out = false;
    // A turn (`Some(process)`) or an interposed question (`None`: airtime, not a turn).
    let mut count = |person: usize, item: usize, length: TimeDelta, turn: Option<bool>| {
        if hidden_item(meeting, item, options) {
            left_out = true;
            return;
        }
        match turn {
            Some(true) => procedure[person] += length,
            Some(false) => {
                airtime[person] += length;
                turns[person] += 1;
            }
            None => airtime[person] += length,
        }
    };
    for t in &meeting.queue().turns {
        count(t.person, t.item, t.length, Some(t.process));
    }
    for q in &meeting.queue().questions {
        count(q.person, q.item, q.length, None);
    }
    if let Some(q) = &meeting.queue().question {
        let length = meeting.question_length(q, end);
        count(q.person, meeting.current(), length, None);
    }
    if let Some(floor) = &meeting.queue().floor {
        let spoken = meeting.spoken_in_turn(end);
        count(floor.person, meeting.current(), spoken, Some(floor.process));
    }
    let mut rows: Vec<usize> = (0..people)
        .filter(|&p| {
            let person = &meeting.people()[p];
            person.is_present()
                || person.left_early.is_some()
                || turns[p] > 0
                || procedure[p] > TimeDelta::zero()
        })
        .collect();
    rows.sort_by_key(|&p| std::cmp::Reverse(airtime[p]));
    // Time on points of process gets its own column once anyone has had some.
    let flagged = procedure.iter().any(|&t| t > TimeDelta::zero());
    let mut headers: Vec<String> = vec![
        tr!(lang, "minutes-person"),
        tr!(lang, "minutes-group"),
        tr!(lang, "minutes-airtime"),
        tr!(lang, "minutes-turns"),
    ];
    if flagged {
        headers.push(tr!(lang, "minutes-procedure"));
    }
    doc.push(Block::Heading(3, tr!(lang, "minutes-by-person")));
    doc.push(Block::Table {
        headers,
        rows: rows
            .into_iter()
            .map(|p| {
                let mut row = vec![
                    meeting.people()[p].name.clone(),
                    meeting.group_label(p).to_string(),
                    duration(airtime[p]),
                    turns[p].to_string(),
                ];
                if flagged {
                    row.push(match procedure[p] > TimeDelta::zero() {
                        true => duration(procedure[p]),
                        false => "–".into(),
                    });
                }
                row
            })
            .collect(),
    });
    if left_out {
        doc.push(Block::Paragraph(tr!(lang, "minutes-confidential-airtime")));
    }
}
