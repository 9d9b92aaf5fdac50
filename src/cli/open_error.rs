//! Why a meeting could not be opened. Each kind says what is wrong and where, in words for the
//! person at the keyboard, before the terminal is touched; tests match on the kind.

use std::path::PathBuf;

use crate::lang::Lang;
use crate::parse::FileErrors;
use crate::store::journal::JournalError;
use crate::tr;

/// Put into words by [`OpenError::message`]; the `Display` is its English.
#[derive(Debug)]
pub enum OpenError {
    /// The agenda or the keymap has mistakes, one `path:line:col: what is wrong` per line.
    File(FileErrors),
    /// The journal cannot be read, locked, replayed or made.
    Journal(JournalError),
    /// No data directory for journals, and no `--journal`.
    NoDataFolder,
    /// `--journal` names a file that is not there, and no agenda was given to start one.
    NoJournal(PathBuf),
    /// The journal holds today's meeting of another agenda.
    OtherAgenda {
        journal: PathBuf,
        agenda_file: String,
    },
    /// Another cochair hosts this meeting already (this process, when known): this screen can
    /// join it. The same sentence as for a journal locked by another cochair.
    AlreadyOpen {
        journal: PathBuf,
        by: Option<crate::store::holder::Holder>,
    },
    /// The members' page could not be served (`--members`).
    Members(crate::members::MembersError),
    /// The old journal of another day's meeting could not be set aside.
    SetAside {
        path: PathBuf,
        error: std::io::Error,
    },
    /// Asked whether to resume another day's meeting, the person chose to change nothing.
    NothingChanged,
    /// Run from cron, or with its output redirected to a file: a meeting needs a screen, and
    /// the minutes have their own command.
    NoTerminal,
    /// The terminal could not be taken over or failed while the meeting ran.
    Terminal(crate::host::TerminalError),
    /// `--follows` names a journal that is missing, is not a journal, is damaged or is this
    /// meeting's own; or a meeting already begun follows another one.
    Follows(super::follow::FollowError),
}

impl OpenError {
    /// What is wrong and where, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            OpenError::NoDataFolder => tr!(lang, "errors-open-no-data-folder"),
            OpenError::NoJournal(path) => tr!(
                lang,
                "errors-open-no-journal",
                path = path.display().to_string(),
                quoted = shell_quote(path)
            ),
            OpenError::OtherAgenda {
                journal,
                agenda_file,
            } => tr!(
                lang,
                "errors-open-other-agenda",
                journal = journal.display().to_string(),
                agenda = agenda_file,
                quoted = shell_quote(journal)
            ),
            OpenError::AlreadyOpen { journal, by } => {
                crate::store::journal::held_elsewhere_in(lang, journal, by.as_ref())
            }
            OpenError::Journal(error) => error.message(lang),
            OpenError::NothingChanged => tr!(lang, "errors-open-nothing-changed"),
            OpenError::NoTerminal => tr!(lang, "errors-open-no-terminal"),
            OpenError::Follows(error) => error.message(lang),
            OpenError::Members(error) => tr!(
                lang,
                "errors-members-cannot-serve",
                why = error.message(lang)
            ),
            OpenError::Terminal(error) => error.message(lang),
            OpenError::SetAside { path, error } => {
                format!("{}: {}", path.display(), crate::store::io_said(lang, error))
            }
            OpenError::File(errors) => errors.to_string(),
        }
    }
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for OpenError {}

impl From<FileErrors> for OpenError {
    fn from(errors: FileErrors) -> Self {
        OpenError::File(errors)
    }
}

impl From<JournalError> for OpenError {
    fn from(error: JournalError) -> Self {
        OpenError::Journal(error)
    }
}

impl From<super::follow::FollowError> for OpenError {
    fn from(error: super::follow::FollowError) -> Self {
        OpenError::Follows(error)
    }
}

pub use crate::text::shell_quote;
