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

pub use agenda::{agenda_document, agenda_document_in};
pub use chart::{ChartError, chart_svg};
pub use document::{Block, WIDTH, to_markdown, to_text};
pub use easy_read_agenda::easy_read_agenda;
pub use report::{Left, Report, ReportFormat, Row, Why, report};
pub use todo::{slug, todo_lines};

use chrono::{DateTime, Datelike, FixedOffset, Utc};

use crate::meeting::{EntryKind, Meeting};
use crate::tr;

/// How to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The room's UTC offset, for times.
    pub offset: FixedOffset,
    /// Put the notes and speakers of confidential items in.
    pub include_confidential: bool,
    /// When the export is made: the clocks of a meeting not yet adjourned stop here.
    pub now: DateTime<Utc>,
    /// The language people read it in (todo.txt, for programs, is the same in every
    /// language).
    pub lang: crate::lang::Lang,
}

/// Declares [`Format`] and [`render`], one row per export: its name on the command line, the
/// file the app writes after the journal's stem, what it is (a line of `--help`), and how it is
/// made. A new export is its module and one row here.
macro_rules! formats {
    ($( $variant:ident = $name:literal, file $file:literal, $about:literal, made_by $make:expr; )*) => {
        /// What to export.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Format {
            $( #[doc = $about] $variant, )*
        }

        impl Format {
            /// Every export, in the order declared (the app writes them all).
            pub const ALL: &'static [Format] = &[$(Format::$variant),*];

            /// The name on the command line: `--format easy-read`.
            pub fn name(self) -> &'static str {
                match self { $(Format::$variant => $name,)* }
            }

            /// What it is, in the words of `--help`.
            pub fn about(self) -> &'static str {
                match self { $(Format::$variant => $about,)* }
            }

            /// The file the app writes for this format, after the journal's stem.
            pub fn file_suffix(self) -> &'static str {
                match self { $(Format::$variant => $file,)* }
            }
        }

        /// The export as text.
        pub fn render(meeting: &Meeting, format: Format, options: &Options) -> String {
            let make: fn(&Meeting, &Options) -> String = match format {
                $(Format::$variant => $make,)*
            };
            make(meeting, options)
        }
    };
}

formats! {
    Minutes = "minutes", file "minutes.txt", "Plain text, wrapped at 72 columns",
        made_by |meeting, options| to_text(&minutes::minutes(meeting, options));
    Markdown = "markdown", file "minutes.md", "The minutes as GitHub-flavoured Markdown",
        made_by |meeting, options| to_markdown(&minutes::minutes(meeting, options));
    Actions = "actions", file "actions.txt", "The action items alone, by owner",
        made_by |meeting, options| to_text(&actions(meeting, options));
    Todo = "todo", file "todo.txt", "One todo.txt line per action item",
        made_by |meeting, _| todo_lines(meeting);
    EasyRead = "easy-read", file "easy-read.txt",
        "Easy Read minutes: plain words, short sentences, decisions first",
        made_by |meeting, options| to_text(&easy_read::easy_read(meeting, options));
}

/// The action items alone, by owner, for pasting into an email (confidential ones only when
/// asked for).
fn actions(meeting: &Meeting, options: &Options) -> Vec<Block> {
    let (lang, include_confidential) = (options.lang, options.include_confidential);
    let date = meeting.date();
    let mut doc = vec![Block::Heading(
        1,
        tr!(
            lang,
            "minutes-actions-title",
            title = &meeting.agenda().title,
            day = date.day(),
            month = crate::lang::dates::month(lang, date),
            year = date.year()
        ),
    )];
    let earlier = follow::still_open(lang, meeting);
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
        doc.push(Block::Paragraph(tr!(lang, "minutes-no-actions")));
    }
    for owner in owners {
        doc.push(Block::Heading(2, owner.to_string()));
        let lines = meeting
            .shared_actions(include_confidential)
            .filter_map(|(_, e)| match &e.kind {
                EntryKind::Action { owner: o, due } if o == owner => Some(tr!(
                    lang,
                    "minutes-action-by-owner",
                    text = &e.text,
                    when = record::due_words(lang, meeting, *due),
                    number = e.item + 1,
                    item = &meeting.agenda().items[e.item].title
                )),
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
mod lectura_facil;
#[cfg(test)]
mod spanish;
#[cfg(test)]
mod tests;
