//! `cochair join`: another screen of a meeting that is open on this machine, for the
//! timekeeper, the secretary, an observer or the room's wall. Every way joining can fail says
//! what was found and leads somewhere: the command to run, whose meeting it is, where cochair
//! looked.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};

use chrono::Utc;

use crate::agenda::Seat;
use crate::app::{Exit, Link, Model, Theme};
use crate::text::shell_quote;

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
pub fn members_url(options: &Joining) -> Result<(), String> {
    // A meeting that has recorded nothing yet has no journal file: its host still answers.
    let journal = match &options.journal {
        Some(path) if !path.exists() => path.clone(),
        _ => find_meeting(options)?,
    };
    #[cfg(unix)]
    {
        let place = crate::share::place_for(&journal).map_err(|e| e.to_string())?;
        if std::os::unix::net::UnixStream::connect(&place.socket).is_err() {
            return Err(not_open(&journal, &folder_of(&place.socket)));
        }
    }
    println!("{}", crate::members::running_url(&journal)?);
    Ok(())
}

/// Join the meeting and run this screen until it is closed.
#[cfg(unix)]
pub fn join(options: &Joining) -> Result<Exit, String> {
    let journal = find_meeting(options)?;
    let keymap = super::load_keymap(options.keymap.as_deref()).map_err(|e| e.to_string())?;
    let place = crate::share::place_for(&journal).map_err(|e| match e.kind() {
        io::ErrorKind::PermissionDenied => format!(
            "{e}\nOnly the user who opened the meeting can join it; from another account or machine, join over ssh as that user"
        ),
        _ => e.to_string(),
    })?;
    if std::os::unix::net::UnixStream::connect(&place.socket).is_err() {
        return Err(not_open(&journal, &folder_of(&place.socket)));
    }
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        return Err(no_terminal(options));
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
    model.status = Some(format!(
        "Joined \"{}\" as {}",
        joined.welcome.title,
        options.seat.name()
    ));
    if let Some(notice) = chosen.notice {
        model.status = Some(notice);
    }
    let inbox = crate::host::Inbox::new();
    let mut proposer = joined.proposer();
    joined.follow(inbox.sender.clone());
    let result = crate::host::run_in_terminal(&mut model, &mut proposer, inbox);
    println!("{}", farewell(&model));
    result
}

#[cfg(not(unix))]
pub fn join(_: &Joining) -> Result<Exit, String> {
    Err("cochair join needs local sockets, which this platform does not have yet".into())
}

/// What is printed once the terminal is back: how the meeting stands, and anything this screen
/// sent that the host never confirmed, in full, so it is not lost.
fn farewell(model: &Model) -> String {
    let mut text = match model.link {
        Link::Closed { at } => format!(
            "The host closed the meeting at {}.",
            at.with_timezone(&model.offset).format("%H:%M")
        ),
        _ => "Left the meeting; it goes on on the host's screen.".into(),
    };
    for pending in &model.pending {
        text.push_str(&format!(
            "\nNot recorded: {}",
            crate::app::describe(&pending.event)
        ));
    }
    text
}

/// The journal of the meeting to join: the one given, checked, or the one meeting this user
/// has open.
fn find_meeting(options: &Joining) -> Result<PathBuf, String> {
    let Some(path) = &options.journal else {
        return the_open_meeting(options);
    };
    match std::fs::metadata(path) {
        // The host names its journal before the first record makes it: a host that answers
        // for this path is the meeting, file or not.
        Err(_) if host_answers(path) => return Ok(path.clone()),
        Err(_) => return Err(no_such_file(path)),
        Ok(meta) if meta.is_dir() => {
            return Err(not_a_journal(path, "is a folder, not a journal", options));
        }
        Ok(_) => {}
    }
    // Another user's journal cannot even be read: whose it is comes first.
    if let Some(owner) = crate::store::holder::owner(path)
        && owner != crate::store::holder::my_uid()
    {
        let name = crate::store::holder::user_name(owner).unwrap_or_else(|| owner.to_string());
        return Err(not_yours(
            path,
            &name,
            &crate::store::holder::host_name(),
            options,
        ));
    }
    if let Some(what) = what_it_is(path) {
        return Err(not_a_journal(path, what, options));
    }
    Ok(path.clone())
}

/// With no `--journal`: the one meeting this user has open, or why there is none to join.
fn the_open_meeting(options: &Joining) -> Result<PathBuf, String> {
    let open = crate::share::open_meetings();
    match open.as_slice() {
        [] => {
            let folder = crate::share::folder()
                .map_or_else(|_| "the runtime folder".into(), |f| f.display().to_string());
            Err(format!(
                "No meeting is open for this user (cochair looked in {folder}). The host opens one first (`cochair AGENDA.ron`), then the others join it: cochair join {}; or give the journal with --journal PATH",
                options.as_args()
            ))
        }
        [one] => Ok(one.journal.clone()),
        several => {
            let mut text =
                String::from("Several meetings are open; choose one with --journal PATH:");
            for about in several {
                let rehearsal = if about.rehearsal { " (rehearsal)" } else { "" };
                text.push_str(&format!(
                    "\n  {} · {}{rehearsal} · {}",
                    about.title,
                    about.date.format("%a %-d %b %Y"),
                    about.journal.display()
                ));
            }
            Err(text)
        }
    }
}

/// What a file given as a journal is instead, said of it (`None`: a journal).
fn what_it_is(path: &Path) -> Option<&'static str> {
    use std::io::Read as _;
    let mut start = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut start));
    if read.is_err() {
        return Some("cannot be read, so it is no journal cochair can join");
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
        (true, _) => "is an agenda, not a journal",
        (_, true) => "holds minutes (made by `cochair export`), not a journal",
        _ => "is not a cochair journal",
    })
}

/// The two commands of a room: the host opens the agenda, the others join its journal.
fn two_commands(options: &Joining) -> String {
    format!(
        "the host opens the agenda (`cochair AGENDA.ron`), then the others join the journal it names (`cochair join --journal JOURNAL {}`)",
        options.as_args()
    )
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

fn no_such_file(path: &Path) -> String {
    format!(
        "{}: no such file. Join with the meeting's journal, as the host's screen names it on its bottom line, or leave out --journal to join the one meeting open for you",
        path.display()
    )
}

/// `PATH is an agenda, not a journal: …`, and the two commands of a room.
fn not_a_journal(path: &Path, what: &str, options: &Joining) -> String {
    format!("{} {what}: {}", path.display(), two_commands(options))
}

/// Another user's meeting: whose it is, and the line that joins it over SSH as that user.
fn not_yours(path: &Path, owner: &str, host: &str, options: &Joining) -> String {
    format!(
        "{} is {owner}'s meeting: only {owner} can join it. Join it over SSH as {owner}: ssh -t {owner}@{host} cochair join --journal {} {}",
        path.display(),
        shell_quote(path),
        options.as_args()
    )
}

/// A journal whose host is not running.
fn not_open(journal: &Path, folder: &Path) -> String {
    format!(
        "No meeting is open on {}: its host is not running (cochair looked for it in {}). The host opens it with `cochair --journal {}`; then join again",
        journal.display(),
        folder.display(),
        shell_quote(journal)
    )
}

/// Started without a terminal, as over SSH without `-t`.
fn no_terminal(options: &Joining) -> String {
    format!(
        "cochair join needs a terminal. Over SSH, ask for one with -t: ssh -t HOST cochair join {}",
        options.as_args()
    )
}

fn folder_of(socket: &Path) -> PathBuf {
    socket.parent().map_or_else(PathBuf::new, Path::to_path_buf)
}

#[cfg(test)]
mod tests;
