//! How a command that did not succeed ends: every subcommand returns `Result<(), CliError>`,
//! and [`finish`] alone prints the message and picks the exit code.
//!
//! Written by hand rather than derived with `thiserror`: the variants carry finished messages
//! and no source errors, so a derive would save no code. The errors they are made from are
//! typed where they arise (`OpenError`, `JournalError`, `FileErrors`).

use std::fmt::Display;
use std::process::ExitCode;

/// Why a command did not succeed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CliError {
    /// A file, a journal or the system said no (`path:line:col: what is wrong`): the message,
    /// exit 1.
    Failed(String),
    /// The command line is wrong in a way clap cannot see (a misspelled subcommand): the
    /// message, exit 2, as for clap's own usage errors.
    Usage(String),
    /// Already said as it happened (`check` reports each file in turn, good or bad): exit 1.
    Reported,
    /// The meeting was stopped by a signal, the terminal is back and the journal's place was
    /// printed: exit with this code (128 + the signal's number, as shells report it).
    Stopped(i32),
}

/// Any error that can say what is wrong is a failure with that message, so a subcommand can
/// use `?` on the store's errors. (`CliError` is not `Display` itself, which keeps this from
/// overlapping with `From<CliError>`.)
impl<E: Display> From<E> for CliError {
    fn from(error: E) -> Self {
        CliError::Failed(error.to_string())
    }
}

/// Say what went wrong, if anything is left to say, and give the exit code.
pub fn finish(result: Result<(), CliError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Failed(message)) => {
            super::fail(&message);
            ExitCode::FAILURE
        }
        Err(CliError::Usage(message)) => {
            super::fail(&message);
            ExitCode::from(2)
        }
        Err(CliError::Reported) => ExitCode::FAILURE,
        Err(CliError::Stopped(code)) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
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
    fn an_error_that_says_what_is_wrong_is_a_failure_with_its_words() {
        let io = std::io::Error::other("disk full");
        assert_eq!(CliError::from(io), CliError::Failed("disk full".into()));
        assert_eq!(
            CliError::from(String::from("a.ron:1:1: the file is empty")),
            CliError::Failed("a.ron:1:1: the file is empty".into())
        );
    }
}
