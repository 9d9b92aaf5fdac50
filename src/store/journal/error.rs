//! Why a journal could not be opened or read, and the one sentence for a meeting another
//! cochair has open. The kinds are typed here; the words are made at the edge, in the
//! language of the person reading them.

use std::io;
use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::parse::file_kind::Made;
use crate::tr;

/// Why a journal could not be opened or read. Typed where it arises; put into words at the
/// edge by [`JournalError::message`], in the language of the person (`Display`: English).
#[derive(Debug)]
pub enum JournalError {
    /// The file could not be read, created or locked.
    Io { path: PathBuf, error: io::Error },
    /// Another cochair holds the file (which process, when the system says).
    InUse {
        path: PathBuf,
        by: Option<crate::store::holder::Holder>,
    },
    /// The file is another kind of file (an agenda, minutes, nothing): what it is, and which
    /// command reads it.
    NotAJournal { path: PathBuf, what: OtherFile },
    /// A line that is not the torn last line is damaged or not understood.
    BadLine {
        path: PathBuf,
        line: usize,
        why: LineError,
    },
}

/// What a file given as a journal is instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtherFile {
    /// Nothing in it but blanks.
    Empty,
    /// An agenda: the meeting is opened from it.
    Agenda,
    /// Something cochair made from a journal (minutes, a report).
    Made(Made),
}

/// What is wrong with one line of a journal. Where serde_json found it, its own words are
/// kept as they are (they are English in every language).
#[derive(Debug)]
pub enum LineError {
    /// The file has no lines at all.
    Empty,
    /// The first line is not a journal header.
    NoHeader,
    /// A later cochair wrote it, in this journal format.
    Newer(u64),
    /// The header's fields do not fit (serde's words).
    Header(String),
    /// The agenda the header carries breaks a rule.
    Agenda(Box<crate::agenda::Problem>),
    /// A record of an event this cochair does not know (serde's words).
    UnknownEvent(String),
    /// A record that is not one (serde's words).
    Damaged(String),
    /// A record the meeting refuses after the ones before it.
    Refused(crate::meeting::EventError),
}

impl LineError {
    /// What is wrong, in `lang`: one line, however the file's own words quoted in it were
    /// broken.
    pub fn said(&self, lang: Lang) -> String {
        let text = match self {
            LineError::Empty => tr!(lang, "errors-journal-empty"),
            LineError::NoHeader => tr!(lang, "errors-journal-no-header"),
            LineError::Newer(format) => tr!(
                lang,
                "errors-journal-newer",
                format = format.to_string(),
                reads = super::FORMAT_VERSION.to_string()
            ),
            LineError::Header(why) => tr!(lang, "errors-journal-header", why = why),
            LineError::Agenda(problem) => tr!(
                lang,
                "errors-journal-header-agenda",
                place = &problem.path,
                problem = problem.said(lang)
            ),
            LineError::UnknownEvent(why) => tr!(lang, "errors-journal-unknown-event", why = why),
            LineError::Damaged(why) => tr!(lang, "errors-journal-damaged", why = why),
            LineError::Refused(error) => error.said(lang),
        };
        crate::text::clean(&text).into_owned()
    }
}

impl OtherFile {
    /// What the file is, and which command reads it, in `lang`.
    pub fn said(self, path: &Path, lang: Lang) -> String {
        match self {
            OtherFile::Empty => tr!(lang, "check-empty-not-journal"),
            OtherFile::Agenda => tr!(
                lang,
                "check-agenda-not-journal",
                path = crate::parse::file_kind::quoted_path(path)
            ),
            OtherFile::Made(what) => {
                tr!(lang, "check-made-not-journal", what = what.said(lang))
            }
        }
    }
}

impl JournalError {
    /// What is wrong and where, in `lang`: the path (and line) first, always one line.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            JournalError::InUse { path, by } => held_elsewhere_in(lang, path, by.as_ref()),
            JournalError::BadLine { path, line, why } => {
                let why = tr!(lang, "errors-journal-left", why = why.said(lang));
                format!("{}:{line}: {why}", path.display())
            }
            JournalError::Io { path, .. } | JournalError::NotAJournal { path, .. } => {
                format!("{}: {}", path.display(), self.why(lang))
            }
        }
    }

    /// What is wrong, in `lang`, without the path: a damaged line's reason without its number.
    pub fn why(&self, lang: Lang) -> String {
        match self {
            JournalError::Io { error, .. } => crate::store::io_said(lang, error),
            JournalError::InUse { path, by } => held_elsewhere_in(lang, path, by.as_ref()),
            JournalError::NotAJournal { path, what } => what.said(path, lang),
            JournalError::BadLine { why, .. } => why.said(lang),
        }
    }
}

impl std::fmt::Display for JournalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for JournalError {}

/// The one sentence for a meeting another cochair has open, whichever way it was found (the
/// journal's lock or the meeting's socket): which process holds it, whose it is if another
/// user's, and the whole line that joins it instead. In English; [`held_elsewhere_in`] says it
/// in a language.
pub fn held_elsewhere(path: &Path, by: Option<&crate::store::holder::Holder>) -> String {
    held_elsewhere_in(Lang::En, path, by)
}

/// As [`held_elsewhere`], in `lang`.
pub fn held_elsewhere_in(
    lang: Lang,
    path: &Path,
    by: Option<&crate::store::holder::Holder>,
) -> String {
    held_elsewhere_on(lang, path, by, &crate::store::holder::host_name())
}

/// As [`held_elsewhere_in`], on the machine named `host`.
pub fn held_elsewhere_on(
    lang: Lang,
    path: &Path,
    by: Option<&crate::store::holder::Holder>,
    host: &str,
) -> String {
    let journal = crate::text::shell_quote(path);
    let join = format!("cochair join --journal {journal} --role timekeeper");
    let others = tr!(lang, "errors-open-other-ways");
    let path = path.display().to_string();
    match by {
        None => tr!(
            lang,
            "errors-open-elsewhere",
            path = path,
            join = join,
            others = others
        ),
        Some(holder) => match &holder.user {
            None => tr!(
                lang,
                "errors-open-elsewhere-process",
                path = path,
                pid = holder.pid.to_string(),
                join = join,
                others = others
            ),
            Some(user) => tr!(
                lang,
                "errors-open-elsewhere-user",
                path = path,
                pid = holder.pid.to_string(),
                user = user,
                host = host,
                join = join,
                others = others
            ),
        },
    }
}
