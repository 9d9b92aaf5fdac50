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
//! What people write (decisions, actions, names) is kept as they wrote it. Every sentence is
//! in the export's language (`options.lang`), from `easy-read.ftl`: in Spanish, Lectura Fácil.

use chrono::{DateTime, NaiveDate, Utc};

use super::Options;
use super::document::Block;
use crate::agenda::ItemKind;
use crate::lang::{Lang, dates};
use crate::meeting::{Attendance, EntryKind, Meeting, Phase, Review, Vote};
use crate::tr;

pub fn easy_read(meeting: &Meeting, options: &Options) -> Vec<Block> {
    let lang = options.lang;
    let mut doc = vec![Block::Heading(1, meeting.agenda().title.clone())];
    about(meeting, options, &mut doc);
    if meeting.phase() == Phase::NotStarted {
        return doc;
    }
    decisions(lang, meeting, &mut doc);
    actions(lang, meeting, options.include_confidential, &mut doc);
    last_meeting(lang, meeting, &mut doc);
    talked_about(meeting, options, &mut doc);
    who_came(lang, meeting, &mut doc);
    doc
}

fn say(doc: &mut Vec<Block>, sentence: impl Into<String>) {
    doc.push(Block::Paragraph(sentence.into()));
}

/// When and where, one sentence each.
fn about(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    let lang = options.lang;
    say(doc, tr!(lang, "easy-read-notes-intro"));
    let date = whole(dates::long(lang, meeting.date()));
    say(doc, tr!(lang, "easy-read-was-on", date = date));
    if let Some(place) = &meeting.agenda().place {
        say(
            doc,
            tr!(
                lang,
                "easy-read-was-at",
                place = place.trim_end_matches('.')
            ),
        );
    }
    let Some(start) = meeting.started() else {
        say(doc, tr!(lang, "easy-read-did-not-start"));
        return;
    };
    let at = |t: DateTime<Utc>| dates::at_time(lang, t.with_timezone(&options.offset).time());
    say(doc, tr!(lang, "easy-read-started", at = at(start)));
    match meeting.ended() {
        Some(end) => say(doc, tr!(lang, "easy-read-finished", at = at(end))),
        None => say(doc, tr!(lang, "easy-read-not-finished")),
    }
}

fn decisions(lang: Lang, meeting: &Meeting, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, tr!(lang, "easy-read-decided-heading")));
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
    say(
        doc,
        tr!(lang, "easy-read-decisions-made", count = decisions.len()),
    );
    for (n, (text, vote, quorate)) in decisions.into_iter().enumerate() {
        let text = end_sentence(text);
        say(
            doc,
            tr!(lang, "easy-read-decision", number = n + 1, text = text),
        );
        for sentence in how_we_decided(lang, vote) {
            say(doc, sentence);
        }
        if !quorate {
            say(doc, tr!(lang, "easy-read-not-quorate"));
        }
    }
}

/// A vote in short sentences: who said yes, who said no, and what follows.
fn how_we_decided(lang: Lang, vote: &Vote) -> Vec<String> {
    let Vote::Counted {
        in_favour,
        against,
        abstain,
        carried,
    } = *vote
    else {
        return vec![tr!(lang, "easy-read-everyone-agreed")];
    };
    let mut out = vec![
        tr!(lang, "easy-read-we-voted"),
        tr!(lang, "easy-read-said-yes", count = in_favour),
        tr!(lang, "easy-read-said-no", count = against),
    ];
    if abstain > 0 {
        out.push(tr!(lang, "easy-read-did-not-vote", count = abstain));
    }
    out.push(match carried {
        true => tr!(lang, "easy-read-carried"),
        false => tr!(lang, "easy-read-not-carried"),
    });
    out
}

/// A job as "Who · What".
fn job(lang: Lang, owner: &str, what: &str) -> String {
    tr!(
        lang,
        "easy-read-job",
        owner = owner,
        what = what.trim_end_matches('.')
    )
}

/// A job with when it is due: "Who · What · By when".
fn job_when(lang: Lang, job: String, when: String) -> String {
    tr!(lang, "easy-read-job-when", job = job, when = when)
}

/// The actions as "Who · What · By when".
fn actions(lang: Lang, meeting: &Meeting, include_confidential: bool, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, tr!(lang, "easy-read-actions-heading")));
    let lines: Vec<String> = meeting
        .shared_actions(include_confidential)
        .filter_map(|(_, e)| match &e.kind {
            EntryKind::Action { owner, due } => Some(job_when(
                lang,
                job(lang, owner, &e.text),
                by_when(lang, *due, meeting.date()),
            )),
            _ => None,
        })
        .collect();
    if lines.is_empty() {
        return say(doc, tr!(lang, "easy-read-no-new-jobs"));
    }
    say(doc, tr!(lang, "easy-read-each-line"));
    doc.push(Block::Bullets(lines));
}

/// `by Thursday 17 December`, with the year when it is not the meeting's.
fn by_when(lang: Lang, due: Option<NaiveDate>, meeting: NaiveDate) -> String {
    match due {
        Some(day) => tr!(
            lang,
            "easy-read-by",
            day = whole(dates::day_near(lang, day, meeting))
        ),
        None => tr!(lang, "easy-read-no-date"),
    }
}

/// Which jobs a list of the last meeting's jobs holds.
type Wanted = fn(&Review) -> bool;

/// The jobs from the last meeting, and what happened to each.
fn last_meeting(lang: Lang, meeting: &Meeting, doc: &mut Vec<Block>) {
    let Some(previous) = meeting.previous() else {
        return;
    };
    doc.push(Block::Heading(2, tr!(lang, "easy-read-last-heading")));
    let day = whole(dates::day_near(lang, previous.date, meeting.date()));
    say(doc, tr!(lang, "easy-read-last-was-on", day = day));
    if meeting.last_actions().is_empty() {
        return say(doc, tr!(lang, "easy-read-last-left-none"));
    }
    let groups: [(String, Wanted); 4] = [
        (tr!(lang, "easy-read-jobs-done"), |r| *r == Review::Done),
        (tr!(lang, "easy-read-jobs-carried"), |r| {
            matches!(r, Review::Carried { .. })
        }),
        (tr!(lang, "easy-read-jobs-dropped"), |r| {
            matches!(r, Review::Dropped { .. })
        }),
        (tr!(lang, "easy-read-jobs-open"), |r| *r == Review::Open),
    ];
    for (heading, wanted) in groups {
        let lines: Vec<String> = meeting
            .last_actions()
            .iter()
            .filter(|last| wanted(&last.review))
            .map(|last| {
                let line = job(lang, &last.action.owner, &last.action.text);
                match (&last.review, last.action.due) {
                    (Review::Carried { due }, _) => {
                        job_when(lang, line, by_when(lang, *due, meeting.date()))
                    }
                    (Review::Dropped { reason }, _) => tr!(
                        lang,
                        "easy-read-job-why",
                        job = line,
                        reason = reason.trim_end_matches('.')
                    ),
                    (Review::Open, Some(due)) => {
                        job_when(lang, line, by_when(lang, Some(due), meeting.date()))
                    }
                    _ => line,
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
    let lang = options.lang;
    doc.push(Block::Heading(2, tr!(lang, "easy-read-talked-heading")));
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
            (true, _) => vec![tr!(lang, "easy-read-private")],
            (false, false) => notes,
            (false, true) if recorded(true) => vec![tr!(lang, "easy-read-decided-above")],
            (false, true) if recorded(false) => vec![tr!(lang, "easy-read-jobs-above")],
            (false, true) => vec![tr!(lang, "easy-read-no-notes")],
        };
        doc.push(Block::Bullets(lines));
    }
    if !any {
        say(doc, tr!(lang, "easy-read-got-to-nothing"));
    }
    let missed: Vec<String> = items()
        .filter(|(i, _)| !reached(*i))
        .map(|(_, item)| item.title.clone())
        .collect();
    if any && !missed.is_empty() {
        doc.push(Block::Heading(2, tr!(lang, "easy-read-missed-heading")));
        say(doc, tr!(lang, "easy-read-missed-on-list"));
        say(doc, tr!(lang, "easy-read-missed-no-time"));
        doc.push(Block::Bullets(missed));
    }
    if meeting.parking_lot().is_empty() {
        return;
    }
    doc.push(Block::Heading(2, tr!(lang, "easy-read-parked-heading")));
    let topics = meeting
        .parking_lot()
        .iter()
        .map(|p| match p.private && !options.include_confidential {
            true => tr!(lang, "easy-read-private-topic"),
            false => p.text.clone(),
        })
        .collect();
    doc.push(Block::Bullets(topics));
}

/// Who was there, by group.
fn who_came(lang: Lang, meeting: &Meeting, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, tr!(lang, "easy-read-came-heading")));
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
            (!names.is_empty()).then(|| {
                tr!(
                    lang,
                    "easy-read-group-came",
                    group = &group.label,
                    names = names.join(", ")
                )
            })
        })
        .collect();
    match lines.is_empty() {
        true => say(doc, tr!(lang, "easy-read-nobody-marked")),
        false => doc.push(Block::Bullets(lines)),
    }
    let apologies: Vec<String> = meeting
        .people()
        .iter()
        .filter(|p| p.attendance == Some(Attendance::Apologies) && p.left_early.is_none())
        .map(|p| p.name.clone())
        .collect();
    if !apologies.is_empty() {
        say(doc, tr!(lang, "easy-read-apologies"));
        doc.push(Block::Bullets(apologies));
    }
}

/// A date whose words stay on one line when the text is wrapped.
pub(super) fn whole(date: String) -> String {
    date.replace(' ', &crate::text::DATE_JOIN.to_string())
}

/// End what someone wrote as a sentence: a full stop unless it ends in one already.
fn end_sentence(text: &str) -> String {
    let text = text.trim();
    match text.ends_with(['.', '!', '?']) {
        true => text.to_owned(),
        false => format!("{text}."),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveTime;

    use crate::lang::{Lang, dates::at_time};

    fn at(lang: Lang, h: u32, m: u32) -> String {
        at_time(lang, NaiveTime::from_hms_opt(h, m, 0).unwrap())
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
            assert_eq!(at(Lang::En, h, m), format!("at {words}"), "{h}:{m}");
        }
    }

    #[test]
    fn seconds_make_it_about() {
        let t = NaiveTime::from_hms_opt(18, 0, 20).unwrap();
        assert_eq!(at_time(Lang::En, t), "at about 6 o'clock in the evening");
    }

    /// Lectura Fácil: "a las 6 y media de la tarde", the hour with its article, the part of
    /// the day as Spanish names it.
    #[test]
    fn spanish_times_are_said_in_spanish_words() {
        let table = [
            ((18, 0), "a las 6 de la tarde"),
            ((18, 30), "a las 6 y media de la tarde"),
            ((18, 15), "a las 6 y cuarto de la tarde"),
            ((17, 45), "a las 6 menos cuarto de la tarde"),
            ((10, 10), "a las 10 y 10 de la mañana"),
            ((19, 40), "a las 8 menos 20 de la tarde"),
            ((19, 11), "más o menos a las 7 y 10 de la tarde"),
            ((12, 0), "a las 12 del mediodía"),
            ((13, 5), "a la 1 y 5 de la tarde"),
            ((0, 0), "a las 12 de la noche"),
            ((3, 30), "a las 3 y media de la madrugada"),
            ((21, 0), "a las 9 de la noche"),
        ];
        for ((h, m), words) in table {
            assert_eq!(at(Lang::Es, h, m), words, "{h}:{m}");
        }
    }
}
