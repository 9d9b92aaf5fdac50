//! Easy Read minutes, for self-advocate boards and anyone who reads better with plain words:
//! what we decided first, then who will do what by when, then what happened to the jobs from
//! the last meeting, what we talked about (with the notes on each item), what we did not get
//! to, and who came and who sent apologies.
//!
//! The rules followed (from Easy Read guides such as Inclusion Europe's "Information for all"
//! and Mencap's "Am I making myself clear?", where they fit a text file): the most important
//! things first; headings that say what follows; short sentences with one idea each, every
//! sentence on a line of its own with space around it; the same words for the same things;
//! no abbreviations, no tables, no percentages; numbers as digits; days written out with the
//! day of the week ("Thursday 17 December"); times in words ("half past 6 in the evening").
//! What people write (decisions, actions, names) is kept as they wrote it.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc};

use super::Options;
use super::document::Block;
use crate::agenda::ItemKind;
use crate::meeting::{Attendance, EntryKind, Meeting, Phase, Review, Vote};

pub fn easy_read(meeting: &Meeting, options: &Options) -> Vec<Block> {
    let mut doc = vec![Block::Heading(1, meeting.agenda().title.clone())];
    about(meeting, options, &mut doc);
    if meeting.phase() == Phase::NotStarted {
        return doc;
    }
    decisions(meeting, &mut doc);
    actions(meeting, options.include_confidential, &mut doc);
    last_meeting(meeting, &mut doc);
    talked_about(meeting, options, &mut doc);
    who_came(meeting, &mut doc);
    doc
}

fn say(doc: &mut Vec<Block>, sentence: impl Into<String>) {
    doc.push(Block::Paragraph(sentence.into()));
}

/// When and where, one sentence each.
fn about(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    say(doc, "These are the notes of our meeting.");
    say(
        doc,
        format!(
            "The meeting was on {}.",
            meeting.date().format("%A %-d %B %Y")
        ),
    );
    if let Some(place) = &meeting.agenda().place {
        say(doc, format!("It was at {}.", place.trim_end_matches('.')));
    }
    let Some(start) = meeting.started() else {
        say(doc, "The meeting did not start.");
        return;
    };
    let time = |t: DateTime<Utc>| time_in_words(t.with_timezone(&options.offset).time());
    say(doc, format!("It started at {}.", time(start)));
    match meeting.ended() {
        Some(end) => say(doc, format!("It finished at {}.", time(end))),
        None => say(doc, "It had not finished when these notes were made."),
    }
}

fn decisions(meeting: &Meeting, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, "What we decided".into()));
    let decisions: Vec<(&str, &Vote, bool)> = meeting
        .entries()
        .iter()
        .filter(|e| !e.deleted)
        .filter_map(|e| match &e.kind {
            EntryKind::Decision { vote, quorum, .. } => {
                Some((e.text.as_str(), vote, quorum.is_quorate()))
            }
            _ => None,
        })
        .collect();
    match decisions.len() {
        0 => return say(doc, "We did not make any decisions."),
        1 => say(doc, "We made 1 decision."),
        n => say(doc, format!("We made {n} decisions.")),
    }
    for (n, (text, vote, quorate)) in decisions.into_iter().enumerate() {
        say(doc, format!("Decision {}: {}", n + 1, end_sentence(text)));
        for sentence in how_we_decided(vote) {
            say(doc, sentence);
        }
        if !quorate {
            say(
                doc,
                "Not enough members were at the meeting to make this decision.",
            );
        }
    }
}

/// A vote in short sentences: who said yes, who said no, and what follows.
fn how_we_decided(vote: &Vote) -> Vec<String> {
    let Vote::Counted {
        in_favour,
        against,
        abstain,
        carried,
    } = *vote
    else {
        return vec!["Everyone agreed.".into()];
    };
    let people = |n: u32, did: &str| match n {
        0 => format!("Nobody {did}."),
        1 => format!("1 person {did}."),
        n => format!("{n} people {did}."),
    };
    let mut out = vec!["We voted.".to_string(), people(in_favour, "said yes")];
    out.push(people(against, "said no"));
    if abstain > 0 {
        out.push(people(abstain, "did not vote"));
    }
    out.push(match carried {
        true => "Most people said yes, so we will do it.".into(),
        false => "Not enough people said yes, so we will not do it.".into(),
    });
    out
}

/// The actions as "Who · What · By when".
fn actions(meeting: &Meeting, include_confidential: bool, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, "Who will do what".into()));
    let lines: Vec<String> = meeting
        .shared_actions(include_confidential)
        .filter_map(|(_, e)| match &e.kind {
            EntryKind::Action { owner, due } => Some(format!(
                "{owner} · {} · {}",
                e.text.trim_end_matches('.'),
                by_when(*due, meeting.date())
            )),
            _ => None,
        })
        .collect();
    if lines.is_empty() {
        return say(doc, "Nobody has a new job from this meeting.");
    }
    say(
        doc,
        "Each line says who will do it, what they will do, and by when.",
    );
    doc.push(Block::Bullets(lines));
}

/// `by Thursday 17 December`, with the year when it is not the meeting's.
fn by_when(due: Option<NaiveDate>, meeting: NaiveDate) -> String {
    match due {
        Some(day) => format!("by {}", day_in_words(day, meeting)),
        None => "no date yet".into(),
    }
}

fn day_in_words(day: NaiveDate, meeting: NaiveDate) -> String {
    match day.year() == meeting.year() {
        true => day.format("%A %-d %B").to_string(),
        false => day.format("%A %-d %B %Y").to_string(),
    }
}

/// Which jobs a list of the last meeting's jobs holds.
type Wanted = fn(&Review) -> bool;

/// The jobs from the last meeting, and what happened to each.
fn last_meeting(meeting: &Meeting, doc: &mut Vec<Block>) {
    let Some(previous) = meeting.previous() else {
        return;
    };
    doc.push(Block::Heading(2, "Jobs from the last meeting".into()));
    say(
        doc,
        format!(
            "The last meeting was on {}.",
            day_in_words(previous.date, meeting.date())
        ),
    );
    if meeting.last_actions().is_empty() {
        return say(doc, "It did not leave any jobs to do.");
    }
    let groups: [(&str, Wanted); 4] = [
        ("These jobs are done:", |r| *r == Review::Done),
        ("These jobs are not done yet. They have a new date:", |r| {
            matches!(r, Review::Carried { .. })
        }),
        ("We stopped these jobs:", |r| {
            matches!(r, Review::Dropped { .. })
        }),
        ("We did not talk about these jobs yet:", |r| {
            *r == Review::Open
        }),
    ];
    for (heading, wanted) in groups {
        let lines: Vec<String> = meeting
            .last_actions()
            .iter()
            .filter(|last| wanted(&last.review))
            .map(|last| {
                let job = format!(
                    "{} · {}",
                    last.action.owner,
                    last.action.text.trim_end_matches('.')
                );
                match (&last.review, last.action.due) {
                    (Review::Carried { due }, _) => {
                        format!("{job} · {}", by_when(*due, meeting.date()))
                    }
                    (Review::Dropped { reason }, _) => {
                        format!("{job} · why: {}", reason.trim_end_matches('.'))
                    }
                    (Review::Open, Some(due)) => {
                        format!("{job} · by {}", day_in_words(due, meeting.date()))
                    }
                    _ => job,
                }
            })
            .collect();
        if !lines.is_empty() {
            say(doc, heading);
            doc.push(Block::Bullets(lines));
        }
    }
}

/// The items the meeting reached, each with the notes written on it (a confidential one says
/// what was said stays private); then the items it did not get to, and the parking lot.
fn talked_about(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, "What we talked about".into()));
    let end = meeting.ended().unwrap_or(options.now);
    let items = || {
        meeting
            .agenda()
            .items
            .iter()
            .enumerate()
            .filter(|(_, item)| item.kind != ItemKind::Break)
    };
    let reached = |i: usize| meeting.item_used(i, end) > chrono::TimeDelta::zero();
    let mut any = false;
    for (i, item) in items().filter(|(i, _)| reached(*i)) {
        any = true;
        doc.push(Block::Heading(3, item.title.clone()));
        let notes: Vec<String> = meeting
            .entries_on(i)
            .filter(|(_, e)| matches!(e.kind, EntryKind::Note))
            .map(|(_, e)| end_sentence(&e.text))
            .collect();
        let recorded = |decision: bool| {
            meeting.entries_on(i).any(|(_, e)| match e.kind {
                EntryKind::Decision { .. } => decision,
                EntryKind::Action { .. } => !decision,
                EntryKind::Note => false,
            })
        };
        let private = item.confidential && !options.include_confidential;
        let lines = match (private, notes.is_empty()) {
            (true, _) => vec!["What people said about this is private.".to_string()],
            (false, false) => notes,
            (false, true) if recorded(true) => vec!["What we decided is at the top.".into()],
            (false, true) if recorded(false) => vec!["The jobs from this are at the top.".into()],
            (false, true) => vec!["We did not write notes about this.".into()],
        };
        doc.push(Block::Bullets(lines));
    }
    if !any {
        say(doc, "We did not get to any of the things on the list.");
    }
    let missed: Vec<String> = items()
        .filter(|(i, _)| !reached(*i))
        .map(|(_, item)| item.title.clone())
        .collect();
    if any && !missed.is_empty() {
        doc.push(Block::Heading(2, "What we did not get to".into()));
        say(doc, "These things were on the list.");
        say(doc, "There was no time for them.");
        doc.push(Block::Bullets(missed));
    }
    if meeting.parking_lot().is_empty() {
        return;
    }
    doc.push(Block::Heading(2, "Things for another meeting".into()));
    let topics = meeting
        .parking_lot()
        .iter()
        .map(|p| match p.private && !options.include_confidential {
            true => "A private topic.".to_string(),
            false => p.text.clone(),
        })
        .collect();
    doc.push(Block::Bullets(topics));
}

/// Who was there, by group.
fn who_came(meeting: &Meeting, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, "Who came".into()));
    let lines: Vec<String> = meeting
        .agenda()
        .groups
        .iter()
        .filter_map(|group| {
            let names: Vec<&str> = meeting
                .people()
                .iter()
                .filter(|p| p.group == group.id && (p.is_present() || p.left_early.is_some()))
                .map(|p| p.name.as_str())
                .collect();
            (!names.is_empty()).then(|| format!("{}: {}", group.label, names.join(", ")))
        })
        .collect();
    match lines.is_empty() {
        true => say(doc, "Nobody was marked as being there."),
        false => doc.push(Block::Bullets(lines)),
    }
    let apologies: Vec<String> = meeting
        .people()
        .iter()
        .filter(|p| p.attendance == Some(Attendance::Apologies) && p.left_early.is_none())
        .map(|p| p.name.clone())
        .collect();
    if !apologies.is_empty() {
        say(doc, "These people told us they could not come:");
        doc.push(Block::Bullets(apologies));
    }
}

/// End what someone wrote as a sentence: a full stop unless it ends in one already.
fn end_sentence(text: &str) -> String {
    let text = text.trim();
    match text.ends_with(['.', '!', '?']) {
        true => text.to_owned(),
        false => format!("{text}."),
    }
}

/// A time as people say it: `6 o'clock in the evening`, `half past 10 in the morning`,
/// `about 20 to 8 in the evening` (to the nearest 5 minutes, saying "about" when rounded).
pub fn time_in_words(time: NaiveTime) -> String {
    let minutes = time.hour() * 60 + time.minute();
    let rounded = (minutes + 2) / 5 * 5 % (24 * 60);
    let about = if rounded == minutes && time.second() == 0 {
        ""
    } else {
        "about "
    };
    let (hour, minute) = (rounded / 60, rounded % 60);
    let next = (hour + 1) % 24;
    let clock = |h: u32| match h % 12 {
        0 => 12,
        h => h,
    };
    let words = match minute {
        0 => format!("{} o'clock", clock(hour)),
        15 => format!("quarter past {}", clock(hour)),
        30 => format!("half past {}", clock(hour)),
        45 => format!("quarter to {}", clock(next)),
        m if m < 30 => format!("{m} past {}", clock(hour)),
        m => format!("{} to {}", 60 - m, clock(next)),
    };
    let named = match (minute, hour, next) {
        (0, 0, _) | (45, _, 0) => Some("midnight"),
        (0, 12, _) | (45, _, 12) => Some("midday"),
        _ => None,
    };
    if let Some(name) = named {
        let words = words.replace(" o'clock", "").replace(" 12", "");
        return match minute {
            0 => format!("{about}{name}"),
            _ => format!("{about}{words} {name}"),
        };
    }
    let part = match hour {
        0..=11 => "in the morning",
        12..=17 => "in the afternoon",
        _ => "in the evening",
    };
    format!("{about}{words} {part}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> String {
        time_in_words(NaiveTime::from_hms_opt(h, m, 0).unwrap())
    }

    #[test]
    fn times_are_said_in_words() {
        let table = [
            ((18, 0), "6 o'clock in the evening"),
            ((18, 30), "half past 6 in the evening"),
            ((18, 15), "quarter past 6 in the evening"),
            ((17, 45), "quarter to 6 in the afternoon"),
            ((10, 10), "10 past 10 in the morning"),
            ((19, 40), "20 to 8 in the evening"),
            ((19, 11), "about 10 past 7 in the evening"),
            ((12, 0), "midday"),
            ((11, 45), "quarter to midday"),
            ((0, 0), "midnight"),
            ((23, 59), "about midnight"),
            ((13, 5), "5 past 1 in the afternoon"),
        ];
        for ((h, m), words) in table {
            assert_eq!(at(h, m), words, "{h}:{m}");
        }
    }

    #[test]
    fn seconds_make_it_about() {
        let t = NaiveTime::from_hms_opt(18, 0, 20).unwrap();
        assert_eq!(time_in_words(t), "about 6 o'clock in the evening");
    }
}
