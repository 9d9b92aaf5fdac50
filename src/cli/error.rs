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
use crate::lang::Lang;
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
    /// `report --series` found no journals, or the journals are of different agendas.
    #[error(transparent)]
    Series(#[from] super::report::SeriesError),
    /// The output file could not be written.
    #[error("{}: {}", path.display(), crate::store::io_message(error))]
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

impl CliError {
    /// What went wrong, in `lang`: each seam's error says itself; the parser's `path:line:col`
    /// messages were already put in words in the command's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CliError::Open(error) => error.message(lang),
            CliError::Join(error) => error.message(lang),
            CliError::Series(error) => error.message(lang),
            CliError::Journal(error) => error.message(lang),
            CliError::Groups(error) => error.message(lang),
            CliError::Write { path, error } => {
                format!("{}: {}", path.display(), crate::store::io_said(lang, error))
            }
            other => other.to_string(),
        }
    }
}

/// Say what went wrong, if anything is left to say, in `lang`, and give the exit code.
pub fn finish(result: Result<(), CliError>, lang: Lang) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Reported) => ExitCode::FAILURE,
        Err(CliError::Stopped(code)) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        Err(usage @ CliError::Usage(_)) => {
            super::fail(&usage.message(lang));
            ExitCode::from(2)
        }
        Err(error) => {
            super::fail(&error.message(lang));
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_failure_has_its_exit_code() {
        assert_eq!(finish(Ok(()), Lang::En), ExitCode::SUCCESS);
        assert_eq!(finish(Err(CliError::Reported), Lang::En), ExitCode::FAILURE);
        assert_eq!(
            finish(Err(CliError::Stopped(143)), Lang::En),
            ExitCode::from(143)
        );
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
            what: crate::store::journal::OtherFile::Empty,
        };
        assert_eq!(
            CliError::from(journal).to_string(),
            "a.ron: is empty, so it is not a meeting's journal; a journal is the .jsonl file a meeting is recorded in; cochair prints its path when it quits"
        );
        assert_eq!(
            CliError::from(OpenError::NoTerminal).to_string(),
            "cochair needs a terminal; for the minutes use `cochair export JOURNAL`"
        );
    }

    /// Every seam's error that has its words in Fluent says in English exactly what its
    /// `Display` says, and says something else in Spanish.
    #[test]
    fn the_seams_errors_speak_english_as_before_and_spanish() {
        use crate::store::holder::Holder;
        let journal = std::path::PathBuf::from("/m/council.jsonl");
        let errors = [
            CliError::Open(OpenError::NoJournal(journal.clone())),
            CliError::Open(OpenError::OtherAgenda {
                journal: journal.clone(),
                agenda_file: "board.ron".into(),
            }),
            CliError::Open(OpenError::AlreadyOpen {
                journal: journal.clone(),
                by: Some(Holder::process(42)),
            }),
            CliError::Open(OpenError::NothingChanged),
            CliError::Open(OpenError::NoTerminal),
            CliError::Open(OpenError::NoDataFolder),
            CliError::Journal(JournalError::InUse {
                path: journal.clone(),
                by: None,
            }),
            CliError::Join(JoinError::NoSuchFile(journal.clone())),
            CliError::Join(JoinError::NotOpen {
                journal: journal.clone(),
                folder: "/run/user/1000/cochair".into(),
            }),
            CliError::Join(JoinError::NoneOpen {
                folder: None,
                args: "--view room".into(),
            }),
            CliError::Join(JoinError::Socket(crate::share::JoinError::Closed)),
            CliError::Open(OpenError::Members(
                crate::members::MembersError::SecretsDamaged(journal.clone()),
            )),
            CliError::Join(JoinError::Members(crate::members::MembersError::NotServed(
                journal.clone(),
            ))),
            CliError::Open(OpenError::Terminal(crate::host::TerminalError::Unusable(
                std::io::Error::other("no tty"),
            ))),
            CliError::Series(super::super::report::SeriesError::NoDataFolder),
            CliError::Series(super::super::report::SeriesError::Unreadable {
                dir: "/m".into(),
                error: std::io::ErrorKind::NotFound.into(),
            }),
            CliError::Write {
                path: "/m/minutes.md".into(),
                error: std::io::ErrorKind::IsADirectory.into(),
            },
            CliError::Groups(crate::simulate::GroupError::Twice {
                flag: "--weight",
                group: "staff".into(),
            }),
            CliError::Journal(JournalError::BadLine {
                path: journal.clone(),
                line: 1,
                why: crate::store::journal::LineError::Newer(99),
            }),
            CliError::Open(OpenError::Journal(JournalError::BadLine {
                path: journal.clone(),
                line: 3,
                why: crate::store::journal::LineError::Refused(
                    crate::meeting::EventError::AlreadyStarted,
                ),
            })),
            CliError::Join(JoinError::Socket(crate::share::JoinError::Journal(
                JournalError::NotAJournal {
                    path: journal.clone(),
                    what: crate::store::journal::OtherFile::Agenda,
                },
            ))),
            CliError::Join(JoinError::FolderNotYours(
                crate::share::FolderError::NotYours("/run/user/1000/cochair".into()),
            )),
        ];
        for error in &errors {
            assert_eq!(error.message(Lang::En), error.to_string());
            let spanish = error.message(Lang::Es);
            assert_ne!(spanish, error.to_string(), "not in Spanish: {spanish}");
        }
        let said = |n: usize| errors[n].message(Lang::Es);
        let series = errors
            .iter()
            .position(|e| matches!(e, CliError::Series(_)))
            .unwrap();
        assert_eq!(said(series + 1), "/m: no existe ese archivo");
        assert_eq!(errors[series + 1].to_string(), "/m: no such file");
        assert_eq!(
            said(series + 2),
            "/m/minutes.md: es una carpeta, no un archivo"
        );
        assert_eq!(
            errors[series + 2].to_string(),
            "/m/minutes.md: is a directory, not a file"
        );
        assert_eq!(
            said(series + 3),
            "--weight: el grupo \"staff\" aparece dos veces"
        );
        let open = &errors[2];
        assert_eq!(
            open.message(Lang::Es),
            "/m/council.jsonl: esta reunión ya está abierta en otro cochair (proceso 42); únete a ella: cochair join --journal /m/council.jsonl --role timekeeper (o --role secretary, --role observer, --view room para la pared)"
        );
        let refused = errors.iter().rev().nth(2).unwrap();
        assert_eq!(
            refused.message(Lang::Es),
            format!(
                "/m/council.jsonl:3: {}; el archivo quedó como estaba",
                crate::meeting::EventError::AlreadyStarted.said(Lang::Es)
            )
        );
        assert_eq!(
            errors.last().unwrap().message(Lang::Es),
            "/run/user/1000/cochair: permiso denegado: la carpeta donde se encuentran las pantallas de una reunión es de otro usuario\nSolo quien abrió la reunión puede unirse; desde otra cuenta u otra máquina, únete por ssh como esa persona"
        );
    }
}
