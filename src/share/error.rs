//! Why a screen could not join its host, and why a host could not listen: the socket's seam.
//! Each kind is typed here, where it arises; what a person reads is made from it at the edge,
//! by `Display` (English), so the command line can print it and tests can match on the kind.

use std::path::PathBuf;

use super::protocol::{Goodbye, PROTOCOL};
use crate::store::holder::Holder;

/// Why a screen could not join the meeting's host, or lost it while reading the journal.
#[derive(Debug, thiserror::Error)]
pub enum JoinError {
    /// The socket belongs to another user.
    #[error(
        "{}: permission denied: only the user who opened the meeting can join it (from another machine or account, join over ssh as that user)",
        .0.display()
    )]
    NotYours(PathBuf),
    /// Nobody answers on the socket.
    #[error("the meeting's host does not answer ({})", crate::store::io_message(.0))]
    NoAnswer(std::io::Error),
    /// The connection failed while talking to the host.
    #[error("{}", crate::store::io_message(.0))]
    Connection(std::io::Error),
    /// The host said goodbye instead of welcome.
    #[error("The host said: {0}")]
    Refused(Goodbye),
    /// A host of protocol 1, which says goodbye in plain words.
    #[error(
        "The host runs another version of cochair (protocol 1; this screen speaks {PROTOCOL}) and said: {0}"
    )]
    OldHost(String),
    /// The host answered with something other than what comes next.
    #[error("the host said something unexpected: {0}")]
    Unexpected(String),
    /// A line from the host that is not JSON of this protocol (serde's words).
    #[error("the host sent a line not understood: {0}")]
    NotUnderstood(String),
    #[error("the host sent a line too long")]
    LineTooLong,
    #[error("the meeting's host closed the connection")]
    Closed,
    #[error("the host did not send the journal")]
    NoJournal,
    #[error("the host's journal is {0} bytes, more than a screen takes")]
    JournalTooLong(u64),
    #[error("the host's journal was cut short")]
    JournalCut,
    #[error("the host's journal did not end where it said")]
    JournalUnended,
    /// The journal the host sent could not be read or replayed.
    #[error(transparent)]
    Journal(#[from] crate::store::journal::JournalError),
}

/// Why the host's socket could not be opened: other screens cannot join, though the meeting
/// runs.
#[derive(Debug, thiserror::Error)]
pub enum ListenError {
    /// Another cochair hosts this meeting already.
    #[error("{}", crate::store::journal::held_elsewhere(journal, by.as_ref()))]
    AlreadyHosted {
        journal: PathBuf,
        by: Option<Holder>,
    },
    /// The socket could not be made.
    #[error("{}: {}", socket.display(), crate::store::io_message(error))]
    Socket {
        socket: PathBuf,
        error: std::io::Error,
    },
}
