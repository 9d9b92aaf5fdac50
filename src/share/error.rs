//! Why a screen could not join its host, and why a host could not listen: the socket's seam.
//! Each kind is typed here, where it arises; what a person reads is made from it at the edge,
//! in their language (`message(lang)`; `Display` is the English), so tests match on the kind.

use std::path::PathBuf;

use super::protocol::{Goodbye, PROTOCOL};
use crate::lang::Lang;
use crate::store::holder::Holder;
use crate::tr;

/// Why a screen could not join the meeting's host, or lost it while reading the journal. Put
/// into words by [`JoinError::message`], in the language of the screen's person (`Display`:
/// English).
#[derive(Debug)]
pub enum JoinError {
    /// The socket belongs to another user.
    NotYours(PathBuf),
    /// Nobody answers on the socket.
    NoAnswer(std::io::Error),
    /// The connection failed while talking to the host.
    Connection(std::io::Error),
    /// The host said goodbye instead of welcome.
    Refused(Goodbye),
    /// A host of protocol 1, which says goodbye in plain words.
    OldHost(String),
    /// The host answered with something other than what comes next.
    Unexpected(String),
    /// A line from the host that is not JSON of this protocol (serde's words).
    NotUnderstood(String),
    LineTooLong,
    Closed,
    NoJournal,
    JournalTooLong(u64),
    JournalCut,
    JournalUnended,
    /// The journal the host sent could not be read or replayed.
    Journal(crate::store::journal::JournalError),
}

impl JoinError {
    /// What went wrong, in `lang`; a goodbye's reason too, as the wire carries it typed.
    pub fn message(&self, lang: Lang) -> String {
        let io = |e: &std::io::Error| crate::store::io_message(e);
        match self {
            JoinError::NotYours(socket) => tr!(
                lang,
                "errors-socket-not-yours",
                socket = socket.display().to_string()
            ),
            JoinError::NoAnswer(e) => tr!(lang, "errors-socket-no-answer", error = io(e)),
            JoinError::Connection(e) => io(e),
            JoinError::Refused(goodbye) => {
                tr!(lang, "errors-socket-refused", goodbye = goodbye.said(lang))
            }
            JoinError::OldHost(said) => tr!(
                lang,
                "errors-socket-old-host",
                protocol = PROTOCOL,
                said = said
            ),
            JoinError::Unexpected(what) => tr!(lang, "errors-socket-unexpected", what = what),
            JoinError::NotUnderstood(why) => {
                tr!(lang, "errors-socket-not-understood", why = why)
            }
            JoinError::LineTooLong => tr!(lang, "errors-socket-line-too-long"),
            JoinError::Closed => tr!(lang, "errors-socket-closed"),
            JoinError::NoJournal => tr!(lang, "errors-socket-no-journal"),
            JoinError::JournalTooLong(bytes) => {
                tr!(
                    lang,
                    "errors-socket-journal-too-long",
                    bytes = bytes.to_string()
                )
            }
            JoinError::JournalCut => tr!(lang, "errors-socket-journal-cut"),
            JoinError::JournalUnended => tr!(lang, "errors-socket-journal-unended"),
            JoinError::Journal(e) => e.message(lang),
        }
    }
}

impl std::fmt::Display for JoinError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for JoinError {}

impl From<crate::store::journal::JournalError> for JoinError {
    fn from(error: crate::store::journal::JournalError) -> Self {
        JoinError::Journal(error)
    }
}

impl ListenError {
    /// Why other screens cannot join, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ListenError::AlreadyHosted { journal, by } => {
                crate::store::journal::held_elsewhere_in(lang, journal, by.as_ref())
            }
            ListenError::Socket { socket, error } => format!(
                "{}: {}",
                socket.display(),
                crate::store::io_said(lang, error)
            ),
        }
    }
}

/// Why the folder where a meeting's screens meet cannot be used. Put into words by
/// [`FolderError::message`], in the language of the screen or the command (`Display`:
/// English).
#[derive(Debug)]
pub enum FolderError {
    /// The folder could not be made or looked at (the system's reason).
    Io {
        folder: PathBuf,
        error: std::io::Error,
    },
    /// The folder is not a folder, or is another user's.
    NotYours(PathBuf),
    /// The folder's mode could not be set (the system's words, as it says them).
    Mode(std::io::Error),
    /// This platform has no local sockets.
    NoSockets,
}

impl FolderError {
    /// Why, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FolderError::Io { folder, error } => format!(
                "{}: {}",
                folder.display(),
                crate::store::io_said(lang, error)
            ),
            FolderError::NotYours(folder) => tr!(
                lang,
                "errors-socket-folder-not-yours",
                folder = folder.display().to_string()
            ),
            FolderError::Mode(error) => error.to_string(),
            FolderError::NoSockets => tr!(lang, "errors-socket-no-sockets"),
        }
    }

    /// Whether this user is refused the folder (another user's, or not allowed to use it),
    /// rather than the folder failing.
    pub fn refused(&self) -> bool {
        match self {
            FolderError::Io { error, .. } | FolderError::Mode(error) => {
                error.kind() == std::io::ErrorKind::PermissionDenied
            }
            FolderError::NotYours(_) => true,
            FolderError::NoSockets => false,
        }
    }
}

impl std::fmt::Display for FolderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FolderError {}

/// Why the host's socket could not be opened: other screens cannot join, though the meeting
/// runs.
#[derive(Debug)]
pub enum ListenError {
    /// Another cochair hosts this meeting already (in words: `held_elsewhere_in`).
    AlreadyHosted {
        journal: PathBuf,
        by: Option<Holder>,
    },
    /// The socket could not be made.
    Socket {
        socket: PathBuf,
        error: std::io::Error,
    },
}

impl std::fmt::Display for ListenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ListenError {}

#[cfg(test)]
mod tests {
    use super::*;

    /// A socket that cannot be made is said in the screen's language, English as before.
    #[test]
    fn a_socket_that_cannot_be_made_is_said_in_both_languages() {
        let error = ListenError::Socket {
            socket: "/run/cochair/m.sock".into(),
            error: std::io::ErrorKind::PermissionDenied.into(),
        };
        assert_eq!(error.to_string(), "/run/cochair/m.sock: permission denied");
        assert_eq!(error.message(Lang::En), error.to_string());
        assert_eq!(
            error.message(Lang::Es),
            "/run/cochair/m.sock: permiso denegado"
        );
    }
}
