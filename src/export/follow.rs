//! The minutes' "Actions from the last meeting": each action the last meeting left open, with
//! what this meeting made of it.

use super::document::Block;
use crate::meeting::{LastAction, Meeting, Review};

/// The section, when the meeting follows an earlier one.
pub fn last_meeting(meeting: &Meeting, doc: &mut Vec<Block>) {
    let Some(previous) = meeting.previous() else {
        return;
    };
    doc.push(Block::Heading(2, "Actions from the last meeting".into()));
    let mut intro = format!(
        "From the meeting of {} ({}).",
        previous.date.format("%A %-d %B %Y"),
        previous.journal
    );
    if !previous.adjourned {
        intro.push_str(
            " That meeting had not been adjourned when this one was linked to it: its actions are as they stood then.",
        );
    }
    doc.push(Block::Paragraph(intro));
    if meeting.last_actions().is_empty() {
        doc.push(Block::Paragraph("It left no open actions.".into()));
        return;
    }
    let lines = meeting
        .last_actions()
        .iter()
        .map(|last| line(meeting, last))
        .collect();
    doc.push(Block::Bullets(lines));
    if let Some(counts) = meeting.due_and_done() {
        let due = match counts.due {
            1 => "1 action was".to_string(),
            n => format!("{n} actions were"),
        };
        doc.push(Block::Paragraph(format!(
            "{due} due by this meeting; {} done.",
            counts.done
        )));
    }
}

/// The actions from the last meeting still to do (carried over, or not reviewed), by owner,
/// for the action items by owner: `Write to the council (due 2026-12-15; carried over from
/// 27 October)`.
pub fn still_open(meeting: &Meeting) -> Vec<(&str, String)> {
    meeting
        .last_actions()
        .iter()
        .filter_map(|last| {
            let how = match &last.review {
                Review::Carried { .. } => "carried over",
                Review::Open => "not reviewed yet",
                Review::Done | Review::Dropped { .. } => return None,
            };
            let due = last
                .due_now()
                .map_or("no due date".to_string(), |d| format!("due {d}"));
            let set = last.action.set_on.format("%-d %B");
            let line = format!("{} ({due}; set on {set}, {how})", last.action.text);
            Some((last.action.owner.as_str(), line))
        })
        .collect()
}

/// `Done: Send the budget draft (Ana Lopez, due 2026-11-01).`
fn line(meeting: &Meeting, last: &LastAction) -> String {
    let action = &last.action;
    let due = action
        .due
        .map_or("no due date".to_string(), |d| format!("due {d}"));
    let mut about = format!("{}, {due}", action.owner);
    if action.set_on != meeting.previous().map_or(action.set_on, |p| p.date) {
        about.push_str(&format!(", set on {}", action.set_on));
    }
    let status = match &last.review {
        Review::Done => "Done",
        Review::Carried { due: Some(due) } => {
            about.push_str(&format!("; now due {due}"));
            "Carried over"
        }
        Review::Carried { due: None } => {
            about.push_str("; now with no due date");
            "Carried over"
        }
        Review::Dropped { .. } => "Dropped",
        Review::Open => {
            match last.overdue_on(meeting.date()) {
                Some(1) => about.push_str("; 1 day overdue"),
                Some(days) => about.push_str(&format!("; {days} days overdue")),
                None => {}
            }
            "Not reviewed"
        }
    };
    let mut line = format!("{status}: {} ({about}).", action.text.trim_end_matches('.'));
    if let Review::Dropped { reason } = &last.review {
        line.push_str(&format!(" Why: {}.", reason.trim_end_matches('.')));
    }
    line
}

/// The rows the closing action table gains from the last meeting: each action still to do,
/// with its history (`carried from 2026-10-27`, and when it was first set if earlier).
pub fn carried_rows(meeting: &Meeting) -> Vec<Vec<String>> {
    let Some(previous) = meeting.previous() else {
        return Vec::new();
    };
    meeting
        .last_actions()
        .iter()
        .filter_map(|last| {
            let history = match &last.review {
                Review::Carried { .. } => format!("carried from {}", previous.date),
                Review::Open => format!("from {}, not reviewed yet", previous.date),
                Review::Done | Review::Dropped { .. } => return None,
            };
            let first_set = match last.action.set_on == previous.date {
                true => String::new(),
                false => format!(", first set {}", last.action.set_on),
            };
            Some(vec![
                last.action.owner.clone(),
                last.due_now().map_or("–".into(), |d| d.to_string()),
                format!(
                    "{} ({history}{first_set})",
                    last.action.text.trim_end_matches('.')
                ),
            ])
        })
        .collect()
}
