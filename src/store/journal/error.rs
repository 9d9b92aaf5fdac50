//! Why a journal could not be opened or read, and the one sentence for a meeting another
//! cochair has open.

use std::io;
use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::tr;

/// Why a journal could not be opened or read.
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
    NotAJournal { path: PathBuf, what: String },
    /// A line that is not the torn last line is damaged or not understood.
    BadLine {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

impl std::fmt::Display for JournalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JournalError::Io { path, error } => {
                write!(f, "{}: {}", path.display(), crate::store::io_message(error))
            }
            JournalError::InUse { path, by } => f.write_str(&held_elsewhere(path, by.as_ref())),
            JournalError::NotAJournal { path, what } => write!(f, "{}: {what}", path.display()),
            JournalError::BadLine {
                path,
                line,
                message,
            } => {
                // serde's words quote the file, which may hold a newline in a name: one line.
                write!(
                    f,
                    "{}:{}: {}; the file was left as it is",
                    path.display(),
                    line,
                    crate::text::clean(message)
                )
            }
        }
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
