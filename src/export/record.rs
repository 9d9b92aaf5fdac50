//! An item's record in the minutes: its notes, its decisions with the tally, the quorum when
//! each was taken and the voice on the item before it, and its action items. An entry
//! corrected after it was recorded says so at its end.

use super::document::Block;
use super::minutes::customers;
use crate::lang::{Lang, dates};
use crate::meeting::{EntryKind, Meeting, QuorumState, Vote};
use crate::tr;

/// The item's record as a list, after its speakers; notes left out when the item is hidden.
pub(super) fn record(
    lang: Lang,
    meeting: &Meeting,
    item: usize,
    hidden: bool,
    doc: &mut Vec<Block>,
) {
    let mut lines = Vec::new();
    for (_, entry) in meeting.entries_on(item) {
        let line = match &entry.kind {
            EntryKind::Note if hidden => continue,
            EntryKind::Note => tr!(lang, "minutes-note", text = &entry.text),
            EntryKind::Decision {
                vote,
                quorum,
                voice,
            } => tr!(
                lang,
                "minutes-decision",
                text = entry.text.trim_end_matches('.'),
                vote = vote_words(lang, vote),
                quorum = decision_quorum(lang, meeting, quorum),
                voice = super::procedure::decision_voice(lang, meeting, voice)
            ),
            EntryKind::Action { .. } if entry.private && hidden => {
                tr!(lang, "minutes-action-private")
            }
            EntryKind::Action { owner, due } => tr!(
                lang,
                "minutes-action",
                text = &entry.text,
                owner = owner,
                when = due_words(lang, meeting, *due)
            ),
        };
        lines.push(match entry.edited {
            true => corrected(lang, &line),
            false => line,
        });
    }
    if !lines.is_empty() {
        doc.push(Block::Bullets(lines));
    }
}

/// `due 2026-12-15`, or `no due date`; a language may say the day in words instead
/// (`para el viernes, 11 de diciembre`), with its year when it is not the meeting's.
pub(super) fn due_words(lang: Lang, meeting: &Meeting, due: Option<chrono::NaiveDate>) -> String {
    match due {
        Some(due) => tr!(
            lang,
            "minutes-due",
            due = due.to_string(),
            day = dates::day_near(lang, due, meeting.date())
        ),
        None => tr!(lang, "minutes-no-due"),
    }
}

/// `Agreed by consensus`, `Carried: 7 for, 1 against, 2 abstaining`.
fn vote_words(lang: Lang, vote: &Vote) -> String {
    match *vote {
        Vote::Consensus => tr!(lang, "minutes-vote-consensus"),
        Vote::Counted {
            in_favour,
            against,
            abstain,
            carried,
        } => tr!(
            lang,
            "minutes-vote-counted",
            carried = if carried { "yes" } else { "no" },
            in_favour = in_favour,
            against = against,
            abstain = abstain
        ),
    }
}

/// An entry corrected after it was recorded says so at its end, where it does not interrupt
/// what was recorded.
fn corrected(lang: Lang, line: &str) -> String {
    let line = line.trim_end();
    let stop = match line.ends_with(['.', '!', '?']) {
        true => "",
        false => ".",
    };
    tr!(lang, "minutes-corrected", line = format!("{line}{stop}"))
}

/// The quorum when a decision was recorded: `Quorate: 6 present, Parents in the majority
/// (4 of 6).` or `⚠ Not quorate when decided: 3 present, 5 needed.`
fn decision_quorum(lang: Lang, meeting: &Meeting, quorum: &QuorumState) -> String {
    let (groups, label) = customers(meeting);
    let majority = meeting
        .agenda()
        .quorum
        .as_ref()
        .is_some_and(|q| q.customer_majority);
    match *quorum {
        QuorumState::NotSet { present } => {
            tr!(lang, "minutes-decided-not-set", present = present)
        }
        QuorumState::Met {
            present,
            customers: c,
        } if majority => tr!(
            lang,
            "minutes-decided-majority",
            present = present,
            groups = groups,
            label = label,
            customers = c
        ),
        QuorumState::Met { present, .. } => {
            tr!(lang, "minutes-decided-quorate", present = present)
        }
        QuorumState::TooFew { present, needed } => tr!(
            lang,
            "minutes-decided-too-few",
            present = present,
            needed = needed
        ),
        QuorumState::NoMajority {
            present,
            customers: c,
        } => tr!(
            lang,
            "minutes-decided-no-majority",
            groups = groups,
            label = label,
            customers = c,
            present = present
        ),
    }
}
