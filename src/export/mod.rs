//! Exports: the minutes (plain text and Markdown), the action items alone, and todo.txt lines.
//! All are made from the meeting as its journal records it, so they can be made again at any
//! time, with or without the app. Pure: meeting in, text out. Before the meeting, the agenda
//! to send out is made from the agenda file the same way.

mod agenda;
mod chart;
mod document;
mod easy_read;
mod easy_read_agenda;
mod follow;
mod minutes;
mod procedure;
mod record;
mod report;
mod todo;

pub use agenda::agenda_document;
pub use chart::chart_svg;
pub use document::{Block, WIDTH, to_markdown, to_text};
pub use easy_read::time_in_words;
pub use easy_read_agenda::easy_read_agenda;
pub use report::{Left, Report, ReportFormat, Row, report};
pub use todo::{slug, todo_lines};

use chrono::{DateTime, FixedOffset, Utc};

use crate::meeting::{EntryKind, Meeting};

/// How to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The room's UTC offset, for times.
    pub offset: FixedOffset,
    /// Put the notes and speakers of confidential items in.
    pub include_confidential: bool,
    /// When the export is made: the clocks of a meeting not yet adjourned stop here.
    pub now: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Minutes,
    Markdown,
    Actions,
    Todo,
    /// Easy Read minutes: plain words, short sentences, decisions first.
    EasyRead,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Minutes,
        Format::Markdown,
        Format::Actions,
        Format::Todo,
        Format::EasyRead,
    ];

    /// The file the app writes for this format, after the journal's stem.
    pub fn file_suffix(self) -> &'static str {
        match self {
            Format::Minutes => "minutes.txt",
            Format::Markdown => "minutes.md",
            Format::Actions => "actions.txt",
            Format::Todo => "todo.txt",
            Format::EasyRead => "easy-read.txt",
        }
    }
}

/// The export as text.
pub fn render(meeting: &Meeting, format: Format, options: &Options) -> String {
    match format {
        Format::Minutes => to_text(&minutes::minutes(meeting, options)),
        Format::Markdown => to_markdown(&minutes::minutes(meeting, options)),
        Format::Actions => to_text(&actions(meeting, options.include_confidential)),
        Format::Todo => todo_lines(meeting),
        Format::EasyRead => to_text(&easy_read::easy_read(meeting, options)),
    }
}

/// The action items alone, by owner, for pasting into an email (confidential ones only when
/// asked for).
fn actions(meeting: &Meeting, include_confidential: bool) -> Vec<Block> {
    let mut doc = vec![Block::Heading(
        1,
        format!(
            "Action items: {}, {}",
            meeting.agenda().title,
            meeting.date().format("%-d %B %Y")
        ),
    )];
    let earlier = follow::still_open(meeting);
    let mut owners: Vec<&str> = Vec::new();
    for (_, entry) in meeting.shared_actions(include_confidential) {
        if let EntryKind::Action { owner, .. } = &entry.kind
            && !owners.contains(&owner.as_str())
        {
            owners.push(owner);
        }
    }
    for (owner, _) in &earlier {
        if !owners.contains(owner) {
            owners.push(owner);
        }
    }
    if owners.is_empty() {
        doc.push(Block::Paragraph("No action items were recorded.".into()));
    }
    for owner in owners {
        doc.push(Block::Heading(2, owner.to_string()));
        let lines = meeting
            .shared_actions(include_confidential)
            .filter_map(|(_, e)| match &e.kind {
                EntryKind::Action { owner: o, due } if o == owner => {
                    let due = due.map_or("no due date".to_string(), |d| format!("due {d}"));
                    let item = &meeting.agenda().items[e.item].title;
                    Some(format!("{} ({due}; item {}: {item})", e.text, e.item + 1))
                }
                _ => None,
            })
            .chain(
                earlier
                    .iter()
                    .filter(|(o, _)| *o == owner)
                    .map(|(_, line)| line.clone()),
            )
            .collect();
        doc.push(Block::Bullets(lines));
    }
    doc
}

#[cfg(test)]
mod tests;
