//! `cochair join`: another screen of a meeting that is open on this machine, for the
//! timekeeper, the secretary, an observer or the room's wall. Every way joining can fail says
//! what was found and leads somewhere: the command to run, whose meeting it is, where cochair
//! looked.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};

use chrono::Utc;

pub use super::join_error::{JoinError, NotAJournal};
use crate::agenda::Seat;
use crate::app::{Exit, Link, Model, Theme};
use crate::tr;

/// What `cochair join` was asked for.
#[derive(Debug, Clone)]
pub struct Joining {
    pub journal: Option<PathBuf>,
    /// Whose seat this screen is (`--role`).
    pub seat: Seat,
    /// The room view only, for the projector: no operator lines.
    pub room: bool,
    pub keymap: Option<PathBuf>,
    pub theme: Theme,
    /// `--lang`: this screen's language, over the agenda's and the locale's.
    pub lang: Option<String>,
}

impl Joining {
    /// How this screen's job is asked for on the command line: `--role timekeeper`,
    /// `--view room`.
    fn as_args(&self) -> String {
        match self.room {
            true => "--view room".into(),
            false => format!("--role {}", self.seat.name()),
        }
    }
}

/// `cochair join --members-url`: the address of the meeting's members' page, printed, for a
/// meeting that is open with `--members`.
pub fn members_url(options: &Joining) -> Result<(), JoinError> {
    // A meeting that has recorded nothing yet has no journal file: its host still answers.
    let journal = match &options.journal {
        Some(path) if !path.exists() => path.clone(),
        _ => find_meeting(options)?,
    };
    #[cfg(unix)]
    {
        let place = crate::share::place_for(&journal).map_err(JoinError::Folder)?;
        if std::os::unix::net::UnixStream::connect(&place.socket).is_err() {
            return Err(not_open(&journal, &folder_of(&place.socket)));
        }
    }
    let url = crate::members::running_url(&journal).map_err(JoinError::Members)?;
    println!("{url}");
    Ok(())
}

/// Join the meeting and run this screen until it is closed.
#[cfg(unix)]
pub fn join(options: &Joining) -> Result<Exit, JoinError> {
    let journal = find_meeting(options)?;
    let keymap = super::load_keymap(options.keymap.as_deref(), options.lang.as_deref())?;
    let place = crate::share::place_for(&journal).map_err(|e| match e.refused() {
        true => JoinError::FolderNotYours(e),
        false => JoinError::Folder(e),
    })?;
    if std::os::unix::net::UnixStream::connect(&place.socket).is_err() {
        return Err(not_open(&journal, &folder_of(&place.socket)));
    }
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        return Err(JoinError::NoTerminal {
            args: options.as_args(),
        });
    }
    let joined = crate::share::join(&place.socket, options.seat, options.room)?;
    let now = Utc::now();
    let offset = crate::host::local_offset(now);
    let meeting = joined.meeting.clone();
    let mut model = Model::new(meeting, keymap, journal, now, offset);
    model.theme = options.theme;
    model.seat = options.seat;
    let language = model.meeting.agenda().language.clone();
    let chosen = super::language::chosen(options.lang.as_deref(), language.as_deref());
    model.lang = chosen.lang;
    model.room = options.room;
    model.projector = options.room;
    model.rehearsal = joined.welcome.rehearsal;
    model.link = Link::Joined { connected: true };
    model.journal_started = true;
    // The wall shows the members' page's code too, when the host serves it.
    model.members_url = crate::members::running_url(&model.journal_path).ok();
    model.status = Some(tr!(
        model.lang,
        "cli-join-joined",
        title = joined.welcome.title.as_str(),
        seat = crate::ui::words::seat(model.lang, options.seat)
    ));
    if let Some(notice) = chosen.notice {
        model.status = Some(notice);
    }
    let inbox = crate::host::Inbox::new();
    let mut proposer = joined.proposer();
    joined.follow(inbox.sender.clone(), model.lang);
    let result = crate::host::run_in_terminal(&mut model, &mut proposer, inbox);
    println!("{}", farewell(&model));
    result.map_err(JoinError::Terminal)
}

#[cfg(not(unix))]
pub fn join(_: &Joining) -> Result<Exit, JoinError> {
    Err(JoinError::NoSockets)
}

/// What is printed once the terminal is back: how the meeting stands, and anything this screen
/// sent that the host never confirmed, in full, so it is not lost.
fn farewell(model: &Model) -> String {
    let lang = model.lang;
    let mut lines = vec![match model.link {
        Link::Closed { at } => tr!(
            lang,
            "cli-join-closed-by-host",
            at = at.with_timezone(&model.offset).format("%H:%M").to_string()
        ),
        _ => tr!(lang, "cli-join-left"),
    }];
    lines.extend(model.pending.iter().map(|pending| {
        tr!(
            lang,
            "cli-join-not-recorded",
            what = crate::app::describe_in(lang, &pending.event)
        )
    }));
    lines.join("\n")
}

/// The journal of the meeting to join: the one given, checked, or the one meeting this user
/// has open.
fn find_meeting(options: &Joining) -> Result<PathBuf, JoinError> {
    let Some(path) = &options.journal else {
        return the_open_meeting(options);
    };
    match std::fs::metadata(path) {
        // The host names its journal before the first record makes it: a host that answers
        // for this path is the meeting, file or not.
        Err(_) if host_answers(path) => return Ok(path.clone()),
        Err(_) => return Err(JoinError::NoSuchFile(path.clone())),
        Ok(meta) if meta.is_dir() => {
            return Err(not_a_journal(path, NotAJournal::Folder, options));
        }
        Ok(_) => {}
    }
    // Another user's journal cannot even be read: whose it is comes first.
    if let Some(owner) = crate::store::holder::owner(path)
        && owner != crate::store::holder::my_uid()
    {
        let name = crate::store::holder::user_name(owner).unwrap_or_else(|| owner.to_string());
        return Err(JoinError::NotYours {
            path: path.clone(),
            owner: name,
            host: crate::store::holder::host_name(),
            args: options.as_args(),
        });
    }
    if let Some(what) = what_it_is(path) {
        return Err(not_a_journal(path, what, options));
    }
    Ok(path.clone())
}

/// With no `--journal`: the one meeting this user has open, or why there is none to join.
fn the_open_meeting(options: &Joining) -> Result<PathBuf, JoinError> {
    let open = crate::share::open_meetings();
    match open.as_slice() {
        [] => Err(JoinError::NoneOpen {
            folder: crate::share::folder().ok(),
            args: options.as_args(),
        }),
        [one] => Ok(one.journal.clone()),
        _ => Err(JoinError::Several(open)),
    }
}

/// What a file given as a journal is instead, said of it (`None`: a journal).
fn what_it_is(path: &Path) -> Option<NotAJournal> {
    use std::io::Read as _;
    let mut start = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut start));
    if read.is_err() {
        return Some(NotAJournal::Unreadable);
    }
    let text = String::from_utf8_lossy(&start);
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.contains("\"cochair_journal\"") {
        return None;
    }
    let agenda = path.extension().is_some_and(|e| e == "ron")
        || first.trim_start().starts_with("Agenda(")
        || first.trim_start().starts_with("//");
    let minutes = first.trim_start_matches(['#', ' ']).starts_with("Minutes");
    Some(match (agenda, minutes) {
        (true, _) => NotAJournal::Agenda,
        (_, true) => NotAJournal::Minutes,
        _ => NotAJournal::Other,
    })
}

/// Whether a host is open on this journal's path now.
#[cfg(unix)]
fn host_answers(journal: &Path) -> bool {
    crate::share::place_for(journal)
        .is_ok_and(|place| std::os::unix::net::UnixStream::connect(&place.socket).is_ok())
}

#[cfg(not(unix))]
fn host_answers(_: &Path) -> bool {
    false
}

/// `PATH is an agenda, not a journal: …`, and the two commands of a room.
fn not_a_journal(path: &Path, what: NotAJournal, options: &Joining) -> JoinError {
    JoinError::NotAJournal {
        path: path.to_path_buf(),
        what,
        args: options.as_args(),
    }
}

/// A journal whose host is not running, and the folder where cochair looked for it.
fn not_open(journal: &Path, folder: &Path) -> JoinError {
    JoinError::NotOpen {
        journal: journal.to_path_buf(),
        folder: folder.to_path_buf(),
    }
}

fn folder_of(socket: &Path) -> PathBuf {
    socket.parent().map_or_else(PathBuf::new, Path::to_path_buf)
}

#[cfg(test)]
mod tests;
