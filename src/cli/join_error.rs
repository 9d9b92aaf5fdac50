//! Why `cochair join` could not join a meeting. Every kind says what was found and leads
//! somewhere: the command to run, whose meeting it is, where cochair looked. The kinds are
//! typed where they arise; the words are made only at the edge, in the language of the person
//! at the keyboard, by [`JoinError::message`] (`Display` is the English).

use std::path::PathBuf;

use crate::lang::Lang;
use crate::parse::FileErrors;
use crate::share::{About, FolderError, JoinError as SocketError};
use crate::text::shell_quote;
use crate::tr;

#[derive(Debug)]
pub enum JoinError {
    /// `--journal` names nothing.
    NoSuchFile(PathBuf),
    /// `--journal` names a folder, an agenda, minutes or another file: what it is, and the two
    /// commands of a room (`args`: how this screen's job is asked for).
    NotAJournal {
        path: PathBuf,
        what: NotAJournal,
        args: String,
    },
    /// Another user's meeting: whose it is, and the line that joins it over SSH as that user.
    NotYours {
        path: PathBuf,
        owner: String,
        host: String,
        args: String,
    },
    /// A journal whose host is not running; `folder` is where cochair looked for it.
    NotOpen { journal: PathBuf, folder: PathBuf },
    /// Started without a terminal, as over SSH without `-t`.
    NoTerminal { args: String },
    /// No `--journal`, and no meeting open (`folder`: where cochair looked, when it has one).
    NoneOpen {
        folder: Option<PathBuf>,
        args: String,
    },
    /// No `--journal`, and several meetings open: each one, to choose from.
    Several(Vec<About>),
    /// The folder of the meetings' sockets cannot be used.
    Folder(FolderError),
    /// The folder of the meetings' sockets is another user's.
    FolderNotYours(FolderError),
    /// The keymap has mistakes.
    Keymap(FileErrors),
    /// The host could not be joined over its socket.
    Socket(SocketError),
    /// The terminal could not be taken over or failed while the screen ran.
    Terminal(crate::host::TerminalError),
    /// The members' page's address could not be found.
    Members(crate::members::MembersError),
    /// This platform has no local sockets.
    NoSockets,
}

/// What a file given as a journal is instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAJournal {
    Folder,
    Agenda,
    Minutes,
    Other,
    Unreadable,
}

impl NotAJournal {
    /// Said of the file: `is an agenda, not a journal`.
    pub fn words(self, lang: Lang) -> String {
        match self {
            NotAJournal::Folder => tr!(lang, "errors-join-is-folder"),
            NotAJournal::Agenda => tr!(lang, "errors-join-is-agenda"),
            NotAJournal::Minutes => tr!(lang, "errors-join-is-minutes"),
            NotAJournal::Other => tr!(lang, "errors-join-is-other"),
            NotAJournal::Unreadable => tr!(lang, "errors-join-is-unreadable"),
        }
    }
}

impl JoinError {
    /// What is wrong and where it leads, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            JoinError::NoSuchFile(path) => {
                tr!(
                    lang,
                    "errors-join-no-such-file",
                    path = path.display().to_string()
                )
            }
            JoinError::NotAJournal { path, what, args } => tr!(
                lang,
                "errors-join-not-a-journal",
                path = path.display().to_string(),
                what = what.words(lang),
                args = args
            ),
            JoinError::NotYours {
                path,
                owner,
                host,
                args,
            } => tr!(
                lang,
                "errors-join-not-yours",
                path = path.display().to_string(),
                owner = owner,
                host = host,
                quoted = shell_quote(path),
                args = args
            ),
            JoinError::NotOpen { journal, folder } => tr!(
                lang,
                "errors-join-not-open",
                journal = journal.display().to_string(),
                folder = folder.display().to_string(),
                quoted = shell_quote(journal)
            ),
            JoinError::NoTerminal { args } => tr!(lang, "errors-join-no-terminal", args = args),
            JoinError::NoneOpen { folder, args } => tr!(
                lang,
                "errors-join-none-open",
                folder = folder.as_ref().map_or_else(
                    || tr!(lang, "errors-join-runtime-folder"),
                    |f| f.display().to_string()
                ),
                args = args
            ),
            JoinError::Several(open) => several(open, lang),
            JoinError::Folder(error) => error.message(lang),
            JoinError::FolderNotYours(error) => {
                tr!(
                    lang,
                    "errors-join-folder-not-yours",
                    error = error.message(lang)
                )
            }
            JoinError::Keymap(errors) => errors.to_string(),
            JoinError::Socket(error) => error.message(lang),
            JoinError::Terminal(error) => error.message(lang),
            JoinError::Members(error) => error.message(lang),
            JoinError::NoSockets => tr!(lang, "errors-join-no-sockets"),
        }
    }
}

impl std::fmt::Display for JoinError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for JoinError {}

impl From<FileErrors> for JoinError {
    fn from(errors: FileErrors) -> Self {
        JoinError::Keymap(errors)
    }
}

impl From<SocketError> for JoinError {
    fn from(error: SocketError) -> Self {
        JoinError::Socket(error)
    }
}

/// Several open meetings, one to a line.
fn several(open: &[About], lang: Lang) -> String {
    let mut text = tr!(lang, "errors-join-several");
    for about in open {
        // English keeps the short date it always had; another language writes its own.
        let date = match lang {
            Lang::En => about.date.format("%a %-d %b %Y").to_string(),
            _ => crate::lang::dates::long(lang, about.date),
        };
        let (title, journal) = (&about.title, about.journal.display().to_string());
        let line = match about.rehearsal {
            true => tr!(
                lang,
                "errors-join-open-rehearsal",
                title = title,
                date = date,
                journal = journal
            ),
            false => tr!(
                lang,
                "errors-join-open-meeting",
                title = title,
                date = date,
                journal = journal
            ),
        };
        text.push_str(&format!("\n  {line}"));
    }
    text
}
