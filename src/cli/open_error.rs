//! Why a meeting could not be opened. Each kind says what is wrong and where, in words for the
//! person at the keyboard, before the terminal is touched; tests match on the kind.

use std::path::PathBuf;

use crate::lang::Lang;
use crate::parse::FileErrors;
use crate::store::journal::JournalError;
use crate::tr;

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The agenda or the keymap has mistakes, one `path:line:col: what is wrong` per line.
    #[error(transparent)]
    File(#[from] FileErrors),
    /// The journal cannot be read, locked, replayed or made.
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error("cannot find a data directory for journals; give one with --journal PATH")]
    NoDataFolder,
    /// `--journal` names a file that is not there, and no agenda was given to start one.
    #[error(
        "{}: no such journal; to start a new meeting give its agenda: cochair AGENDA.ron --journal {}",
        .0.display(), shell_quote(.0)
    )]
    NoJournal(PathBuf),
    /// The journal holds today's meeting of another agenda.
    #[error(
        "{}: this journal holds a meeting with a different agenda (from {agenda_file}); resume it with `cochair --journal {}` or start a new one with --journal NEW_FILE",
        journal.display(), shell_quote(journal)
    )]
    OtherAgenda {
        journal: PathBuf,
        agenda_file: String,
    },
    /// Another cochair hosts this meeting already (this process, when known): this screen can
    /// join it. The same sentence as for a journal locked by another cochair.
    #[error("{}", crate::store::journal::held_elsewhere(journal, by.as_ref()))]
    AlreadyOpen {
        journal: PathBuf,
        by: Option<crate::store::holder::Holder>,
    },
    /// The members' page could not be served (`--members`).
    #[error("the members' page cannot be served: {0}")]
    Members(crate::members::MembersError),
    /// The old journal of another day's meeting could not be set aside.
    #[error("{}: {}", path.display(), crate::store::io_message(error))]
    SetAside {
        path: PathBuf,
        error: std::io::Error,
    },
    /// Asked whether to resume another day's meeting, the person chose to change nothing.
    #[error("Nothing was changed.")]
    NothingChanged,
    /// Run from cron, or with its output redirected to a file: a meeting needs a screen, and
    /// the minutes have their own command.
    #[error("cochair needs a terminal; for the minutes use `cochair export JOURNAL`")]
    NoTerminal,
    /// The terminal could not be taken over or failed while the meeting ran.
    #[error("{0}")]
    Terminal(crate::host::TerminalError),
    /// `--follows` names a journal that is missing, is not a journal, is damaged or is this
    /// meeting's own; or a meeting already begun follows another one.
    #[error(transparent)]
    Follows(#[from] super::follow::FollowError),
}

impl OpenError {
    /// What is wrong and where, in `lang` (the `Display` is the English, which the tests hold
    /// equal to this in English).
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
            other => other.to_string(),
        }
    }
}

pub use crate::text::shell_quote;
