//! Action items as todo.txt lines:
//! `2026-11-24 Send budget draft to members +family-council owner:Ana_Lopez due:2026-12-01`.
//! The creation date is the date of the meeting that set the action, the project the slug of
//! the meeting's title; spaces in the owner's name become `_`. There is no priority: actions do
//! not carry one.
//!
//! The actions from the last meeting come first: one marked done is written as todo.txt writes
//! a finished task, `x`, the completion date (the day of the meeting that recorded it done),
//! then the creation date: `x 2026-11-24 2026-10-27 Send the budget draft …`. One carried
//! over has its new due date; one dropped is left out (nobody is to do it).

use chrono::NaiveDate;

use crate::meeting::{EntryKind, Meeting, Review};
use crate::text::{clean, fold};

pub fn todo_lines(meeting: &Meeting) -> String {
    let project = slug(&meeting.agenda().title);
    let mut out = String::new();
    for last in meeting.last_actions() {
        let action = &last.action;
        let line = |due| line(action.set_on, &action.text, &action.owner, due, &project);
        let text = match &last.review {
            Review::Done => format!("x {} {}", meeting.date(), line(action.due)),
            Review::Open | Review::Carried { .. } => line(last.due_now()),
            Review::Dropped { .. } => continue,
        };
        out.push_str(&text);
        out.push('\n');
    }
    // A confidential action never goes to a task list.
    for (_, entry) in meeting.shared_actions(false) {
        let EntryKind::Action { owner, due } = &entry.kind else {
            continue;
        };
        out.push_str(&line(meeting.date(), &entry.text, owner, *due, &project));
        out.push('\n');
    }
    out
}

/// One task: created on `created`, the action's words, the project, the owner and due tags.
fn line(
    created: NaiveDate,
    text: &str,
    owner: &str,
    due: Option<NaiveDate>,
    project: &str,
) -> String {
    let words = clean(text)
        .split_whitespace()
        .map(plain_word)
        .collect::<Vec<_>>()
        .join(" ");
    let owner = clean(owner)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("_")
        .replace(':', "_");
    let mut line = format!("{created} {words}");
    if !project.is_empty() {
        line.push_str(&format!(" +{project}"));
    }
    line.push_str(&format!(" owner:{owner}"));
    if let Some(due) = due {
        line.push_str(&format!(" due:{due}"));
    }
    line
}

/// todo.txt has no escaping, so a word of the action's text that would read as a tag is
/// changed just enough not to: `+1` and `@office` get brackets, and a colon inside a word
/// (`10:30`) becomes the look-alike `∶`.
fn plain_word(word: &str) -> String {
    let word = if word.starts_with(['+', '@']) && word.len() > 1 {
        format!("({word})")
    } else {
        word.to_owned()
    };
    match word.find(':') {
        Some(i) if i > 0 && i + 1 < word.len() => word.replace(':', "∶"),
        _ => word,
    }
}

/// "Family Council — November" → "family-council-november".
pub fn slug(title: &str) -> String {
    let folded = fold(title);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}
