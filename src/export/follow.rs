//! The minutes' "Actions from the last meeting": each action the last meeting left open, with
//! what this meeting made of it.

use chrono::{Datelike, NaiveDate};

use super::document::Block;
use super::record::due_words;
use crate::lang::{Lang, dates};
use crate::meeting::{LastAction, Meeting, Review};
use crate::tr;

/// The section, when the meeting follows an earlier one.
pub fn last_meeting(lang: Lang, meeting: &Meeting, doc: &mut Vec<Block>) {
    let Some(previous) = meeting.previous() else {
        return;
    };
    doc.push(Block::Heading(2, tr!(lang, "minutes-last-heading")));
    let date = dates::long(lang, previous.date);
    let journal = &previous.journal;
    doc.push(Block::Paragraph(match previous.adjourned {
        true => tr!(lang, "minutes-last-from", date = date, journal = journal),
        false => tr!(
            lang,
            "minutes-last-from-open",
            date = date,
            journal = journal
        ),
    }));
    if meeting.last_actions().is_empty() {
        doc.push(Block::Paragraph(tr!(lang, "minutes-last-none")));
        return;
    }
    let lines = meeting
        .last_actions()
        .iter()
        .map(|last| line(lang, meeting, last))
        .collect();
    doc.push(Block::Bullets(lines));
    if let Some(counts) = meeting.due_and_done() {
        doc.push(Block::Paragraph(tr!(
            lang,
            "minutes-last-due-done",
            due = counts.due,
            done = counts.done
        )));
    }
}

/// `27 October`, `27 de octubre`: the day an action was set, its year going without saying.
fn day_month(lang: Lang, date: NaiveDate) -> String {
    tr!(
        lang,
        "dates-day-month",
        day = date.day(),
        month = dates::month(lang, date)
    )
}

/// The actions from the last meeting still to do (carried over, or not reviewed), by owner,
/// for the action items by owner: `Write to the council (due 2026-12-15; set on 27 October,
/// carried over)`.
pub fn still_open(lang: Lang, meeting: &Meeting) -> Vec<(&str, String)> {
    meeting
        .last_actions()
        .iter()
        .filter_map(|last| {
            let (text, when) = (&last.action.text, due_words(lang, meeting, last.due_now()));
            let set = day_month(lang, last.action.set_on);
            let line = match &last.review {
                Review::Carried { .. } => tr!(
                    lang,
                    "minutes-still-carried",
                    text = text,
                    when = when,
                    set = set
                ),
                Review::Open => tr!(
                    lang,
                    "minutes-still-open",
                    text = text,
                    when = when,
                    set = set
                ),
                Review::Done | Review::Dropped { .. } => return None,
            };
            Some((last.action.owner.as_str(), line))
        })
        .collect()
}

/// `Done: Send the budget draft (Ana Lopez, due 2026-11-01).`
fn line(lang: Lang, meeting: &Meeting, last: &LastAction) -> String {
    let action = &last.action;
    let mut about = tr!(
        lang,
        "minutes-last-about",
        owner = &action.owner,
        when = due_words(lang, meeting, action.due)
    );
    if action.set_on != meeting.previous().map_or(action.set_on, |p| p.date) {
        about.push_str(&tr!(
            lang,
            "minutes-last-set-on",
            set = action.set_on.to_string(),
            day = dates::day_near(lang, action.set_on, meeting.date())
        ));
    }
    let status = match &last.review {
        Review::Done => tr!(lang, "minutes-last-done"),
        Review::Carried { due: Some(due) } => {
            about.push_str(&tr!(
                lang,
                "minutes-last-now-due",
                due = due.to_string(),
                day = dates::day_near(lang, *due, meeting.date())
            ));
            tr!(lang, "minutes-last-carried")
        }
        Review::Carried { due: None } => {
            about.push_str(&tr!(lang, "minutes-last-now-no-due"));
            tr!(lang, "minutes-last-carried")
        }
        Review::Dropped { .. } => tr!(lang, "minutes-last-dropped"),
        Review::Open => {
            if let Some(days) = last.overdue_on(meeting.date()) {
                about.push_str(&tr!(lang, "minutes-last-overdue", days = days));
            }
            tr!(lang, "minutes-last-not-reviewed")
        }
    };
    let text = action.text.trim_end_matches('.');
    match &last.review {
        Review::Dropped { reason } => tr!(
            lang,
            "minutes-last-line-why",
            status = status,
            text = text,
            about = about,
            reason = reason.trim_end_matches('.')
        ),
        _ => tr!(
            lang,
            "minutes-last-line",
            status = status,
            text = text,
            about = about
        ),
    }
}

/// The rows the closing action table gains from the last meeting: each action still to do,
/// with its history (`carried from 2026-10-27`, and when it was first set if earlier).
pub fn carried_rows(lang: Lang, meeting: &Meeting) -> Vec<Vec<String>> {
    let Some(previous) = meeting.previous() else {
        return Vec::new();
    };
    meeting
        .last_actions()
        .iter()
        .filter_map(|last| {
            let text = last.action.text.trim_end_matches('.');
            let prev = previous.date.to_string();
            let first =
                (last.action.set_on != previous.date).then(|| last.action.set_on.to_string());
            let what = match (&last.review, first) {
                (Review::Carried { .. }, None) => {
                    tr!(lang, "minutes-carried-from", text = text, previous = prev)
                }
                (Review::Carried { .. }, Some(first)) => tr!(
                    lang,
                    "minutes-carried-from-first",
                    text = text,
                    previous = prev,
                    first = first
                ),
                (Review::Open, None) => {
                    tr!(lang, "minutes-open-from", text = text, previous = prev)
                }
                (Review::Open, Some(first)) => tr!(
                    lang,
                    "minutes-open-from-first",
                    text = text,
                    previous = prev,
                    first = first
                ),
                (Review::Done | Review::Dropped { .. }, _) => return None,
            };
            Some(vec![
                last.action.owner.clone(),
                last.due_now().map_or("–".into(), |d| d.to_string()),
                what,
            ])
        })
        .collect()
}
