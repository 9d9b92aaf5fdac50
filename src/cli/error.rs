//! How a command that did not succeed ends: every subcommand returns `Result<(), CliError>`,
//! and [`finish`] alone prints the message and picks the exit code.
//!
//! Each seam has its own typed error (`OpenError` for opening a meeting, `JoinError` for
//! joining one, `JournalError` for the store, `FileErrors` for the parser); a `CliError` holds
//! one of them, as it came, and it is put into words only here, at the edge. Each source has
//! its own `From`, so a new kind of failure is a deliberate new variant, never a string.

use std::path::PathBuf;
use std::process::ExitCode;

use super::join::JoinError;
use super::open_error::OpenError;
use crate::parse::FileErrors;
use crate::store::journal::JournalError;

/// Why a command did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Opening or running the meeting failed.
    #[error(transparent)]
    Open(#[from] OpenError),
    /// `cochair join` could not join, or its screen failed.
    #[error(transparent)]
    Join(#[from] JoinError),
    /// A journal could not be read or replayed (`export`).
    #[error(transparent)]
    Journal(#[from] JournalError),
    /// An agenda or a keymap has mistakes, one `path:line:col: what is wrong` per line.
    #[error(transparent)]
    File(#[from] FileErrors),
    /// A group given to `simulate --eagerness` or `--weight` is not the agenda's.
    #[error(transparent)]
    Groups(#[from] crate::simulate::GroupError),
    /// `report --series` found no journals.
    #[error(transparent)]
    Series(#[from] super::report::SeriesError),
    /// The manual page could not be made.
    #[error("{0}")]
    Manual(std::io::Error),
    /// The output file could not be written.
    #[error("{}: {error}", path.display())]
    Write {
        path: PathBuf,
        error: std::io::Error,
    },
    /// What a command found wrong and has already put in words (a simulation's groups, a
    /// series' journals): the message, exit 1.
    #[error("{0}")]
    Failed(String),
    /// The command line is wrong in a way clap cannot see (a misspelled subcommand): the
    /// message, exit 2, as for clap's own usage errors.
    #[error("{0}")]
    Usage(String),
    /// Already said as it happened (`check` reports each file in turn, good or bad): exit 1.
    #[error("")]
    Reported,
    /// The meeting was stopped by a signal, the terminal is back and the journal's place was
    /// printed: exit with this code (128 + the signal's number, as shells report it).
    #[error("")]
    Stopped(i32),
}

/// Say what went wrong, if anything is left to say, and give the exit code.
pub fn finish(result: Result<(), CliError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Reported) => ExitCode::FAILURE,
        Err(CliError::Stopped(code)) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        Err(usage @ CliError::Usage(_)) => {
            super::fail(&usage.to_string());
            ExitCode::from(2)
        }
        Err(error) => {
            super::fail(&error.to_string());
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_failure_has_its_exit_code() {
        assert_eq!(finish(Ok(())), ExitCode::SUCCESS);
        assert_eq!(finish(Err(CliError::Reported)), ExitCode::FAILURE);
        assert_eq!(finish(Err(CliError::Stopped(143))), ExitCode::from(143));
    }

    #[test]
    fn each_seam_s_error_is_said_in_its_own_words() {
        let io = std::io::Error::other("disk full");
        let write = CliError::Write {
            path: "minutes.md".into(),
            error: io,
        };
        assert_eq!(write.to_string(), "minutes.md: disk full");
        let journal = JournalError::NotAJournal {
            path: "a.ron".into(),
            what: "is an agenda".into(),
        };
        assert_eq!(CliError::from(journal).to_string(), "a.ron: is an agenda");
        assert_eq!(
            CliError::from(OpenError::NoTerminal).to_string(),
            "cochair needs a terminal; for the minutes use `cochair export JOURNAL`"
        );
    }
}
