//! Why `cochair join` could not join a meeting. Every kind says what was found and leads
//! somewhere: the command to run, whose meeting it is, where cochair looked. The words are made
//! at the edge, from the kind, by `Display`.

use std::path::PathBuf;

use crate::parse::FileErrors;
use crate::share::{About, JoinError as SocketError};
use crate::text::shell_quote;

#[derive(Debug, thiserror::Error)]
pub enum JoinError {
    /// `--journal` names nothing.
    #[error(
        "{}: no such file. Join with the meeting's journal, as the host's screen names it on its bottom line, or leave out --journal to join the one meeting open for you",
        .0.display()
    )]
    NoSuchFile(PathBuf),
    /// `--journal` names a folder, an agenda, minutes or another file: what it is, and the two
    /// commands of a room (`args`: how this screen's job is asked for).
    #[error(
        "{} {what}: the host opens the agenda (`cochair AGENDA.ron`), then the others join the journal it names (`cochair join --journal JOURNAL {args}`)",
        path.display()
    )]
    NotAJournal {
        path: PathBuf,
        what: &'static str,
        args: String,
    },
    /// Another user's meeting: whose it is, and the line that joins it over SSH as that user.
    #[error(
        "{} is {owner}'s meeting: only {owner} can join it. Join it over SSH as {owner}: ssh -t {owner}@{host} cochair join --journal {} {args}",
        path.display(), shell_quote(path)
    )]
    NotYours {
        path: PathBuf,
        owner: String,
        host: String,
        args: String,
    },
    /// A journal whose host is not running; `folder` is where cochair looked for it.
    #[error(
        "No meeting is open on {}: its host is not running (cochair looked for it in {}). The host opens it with `cochair --journal {}`; then join again",
        journal.display(), folder.display(), shell_quote(journal)
    )]
    NotOpen { journal: PathBuf, folder: PathBuf },
    /// Started without a terminal, as over SSH without `-t`.
    #[error(
        "cochair join needs a terminal. Over SSH, ask for one with -t: ssh -t HOST cochair join {args}"
    )]
    NoTerminal { args: String },
    /// No `--journal`, and no meeting open (`folder`: where cochair looked, when it has one).
    #[error(
        "No meeting is open for this user (cochair looked in {}). The host opens one first (`cochair AGENDA.ron`), then the others join it: cochair join {args}; or give the journal with --journal PATH",
        folder.as_ref().map_or_else(|| "the runtime folder".into(), |f| f.display().to_string())
    )]
    NoneOpen {
        folder: Option<PathBuf>,
        args: String,
    },
    /// No `--journal`, and several meetings open: each one, to choose from.
    #[error("{}", several(.0))]
    Several(Vec<About>),
    /// The folder of the meetings' sockets cannot be used.
    #[error("{0}")]
    Folder(std::io::Error),
    /// The folder of the meetings' sockets is another user's.
    #[error(
        "{0}\nOnly the user who opened the meeting can join it; from another account or machine, join over ssh as that user"
    )]
    FolderNotYours(std::io::Error),
    /// The keymap has mistakes.
    #[error(transparent)]
    Keymap(#[from] FileErrors),
    /// The host could not be joined over its socket.
    #[error(transparent)]
    Socket(#[from] SocketError),
    /// The terminal could not be taken over or failed while the screen ran.
    #[error("{0}")]
    Terminal(crate::host::TerminalError),
    /// The members' page's address could not be found.
    #[error(transparent)]
    Members(crate::members::MembersError),
    /// This platform has no local sockets.
    #[error("cochair join needs local sockets, which this platform does not have yet")]
    NoSockets,
}

/// Several open meetings, one to a line.
fn several(open: &[About]) -> String {
    let mut text = String::from("Several meetings are open; choose one with --journal PATH:");
    for about in open {
        let rehearsal = if about.rehearsal { " (rehearsal)" } else { "" };
        text.push_str(&format!(
            "\n  {} · {}{rehearsal} · {}",
            about.title,
            about.date.format("%a %-d %b %Y"),
            about.journal.display()
        ));
    }
    text
}
