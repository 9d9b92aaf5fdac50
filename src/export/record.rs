//! An item's record in the minutes: its notes, its decisions with the tally, the quorum when
//! each was taken and the voice on the item before it, and its action items. An entry
//! corrected after it was recorded says so at its end.

use super::document::Block;
use crate::meeting::{EntryKind, Meeting, QuorumState};

/// The item's record as a list, after its speakers; notes left out when the item is hidden.
pub(super) fn record(meeting: &Meeting, item: usize, hidden: bool, doc: &mut Vec<Block>) {
    let mut lines = Vec::new();
    for (_, entry) in meeting.entries_on(item) {
        let line = match &entry.kind {
            EntryKind::Note if hidden => continue,
            EntryKind::Note => format!("Note: {}", entry.text),
            EntryKind::Decision {
                vote,
                quorum,
                voice,
            } => format!(
                "Decision: {}. {}. {} {}",
                entry.text.trim_end_matches('.'),
                capitalise(&vote.describe()),
                decision_quorum(meeting, quorum),
                super::procedure::decision_voice(meeting, voice)
            ),
            EntryKind::Action { .. } if entry.private && hidden => {
                "Action: held in confidence".into()
            }
            EntryKind::Action { owner, due } => {
                let due = due.map_or("no due date".to_string(), |d| format!("due {d}"));
                format!("Action: {} ({owner}, {due})", entry.text)
            }
        };
        lines.push(match entry.edited {
            true => corrected(&line),
            false => line,
        });
    }
    if !lines.is_empty() {
        doc.push(Block::Bullets(lines));
    }
}

/// An entry corrected after it was recorded says so at its end, where it does not interrupt
/// what was recorded.
fn corrected(line: &str) -> String {
    let line = line.trim_end();
    let stop = match line.ends_with(['.', '!', '?']) {
        true => "",
        false => ".",
    };
    format!("{line}{stop} Corrected after it was recorded.")
}

/// The quorum when a decision was recorded: `Quorate: 6 present, Parents in the majority
/// (4 of 6).` or `⚠ Not quorate when decided: 3 present, 5 needed.`
fn decision_quorum(meeting: &Meeting, quorum: &QuorumState) -> String {
    let customers = meeting.customer_label();
    let majority = meeting
        .agenda()
        .quorum
        .as_ref()
        .is_some_and(|q| q.customer_majority);
    match quorum {
        QuorumState::NotSet { present } => format!("{present} present when decided."),
        QuorumState::Met {
            present,
            customers: c,
        } if majority => {
            format!("Quorate: {present} present, {customers} in the majority ({c} of {present}).")
        }
        QuorumState::Met { present, .. } => format!("Quorate: {present} present."),
        QuorumState::TooFew { present, needed } => {
            format!("⚠ Not quorate when decided: {present} present, {needed} needed.")
        }
        QuorumState::NoMajority {
            present,
            customers: c,
        } => format!(
            "⚠ Not quorate when decided: {customers} not in the majority ({c} of {present} present)."
        ),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
