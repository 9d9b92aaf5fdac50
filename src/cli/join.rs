//! `cochair join`: another screen of a meeting that is open on this machine, for the
//! timekeeper, the secretary, an observer or the room's wall.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};

use chrono::Utc;

use crate::app::{Exit, Link, Model, Role, Theme};

/// What `cochair join` was asked for.
#[derive(Debug, Clone)]
pub struct Joining {
    pub journal: Option<PathBuf>,
    pub role: Role,
    /// The room view only, for the projector: no operator lines.
    pub room: bool,
    pub keymap: Option<PathBuf>,
    pub theme: Theme,
}

/// The journal of the one meeting this user has open, or why there is none to join.
fn find_meeting(given: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(path) = given {
        return Ok(path.to_path_buf());
    }
    let open = crate::share::open_meetings();
    match open.as_slice() {
        [] => Err(
            "No meeting is open for this user: open one with `cochair AGENDA.ron` first, or give --journal PATH"
                .into(),
        ),
        [one] => Ok(one.journal.clone()),
        several => {
            let mut text = String::from(
                "Several meetings are open; choose one with --journal PATH:",
            );
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

/// `cochair join --members-url`: the address of the meeting's members' page, printed, for a
/// meeting that is open with `--members`.
pub fn members_url(journal: Option<&Path>) -> Result<(), String> {
    let journal = find_meeting(journal)?;
    #[cfg(unix)]
    {
        let place = crate::share::place_for(&journal).map_err(|e| e.to_string())?;
        if !place.socket.exists() {
            return Err(format!(
                "{}: no meeting is open on this journal: the host opens it with `cochair --journal {} --members auto`",
                journal.display(),
                journal.display()
            ));
        }
    }
    println!("{}", crate::members::running_url(&journal)?);
    Ok(())
}

/// Join the meeting and run this screen until it is closed.
#[cfg(unix)]
pub fn join(options: &Joining) -> Result<Exit, String> {
    let journal = find_meeting(options.journal.as_deref())?;
    let keymap = super::load_keymap(options.keymap.as_deref()).map_err(|e| e.to_string())?;
    let place = crate::share::place_for(&journal).map_err(|e| match e.kind() {
        io::ErrorKind::PermissionDenied => format!(
            "{e}\nOnly the user who opened the meeting can join it; from another account or machine, join over ssh as that user"
        ),
        _ => e.to_string(),
    })?;
    if !place.socket.exists() {
        return Err(format!(
            "{}: no meeting is open on this journal: the host opens it with `cochair --journal {}`",
            journal.display(),
            journal.display()
        ));
    }
    let joined = crate::share::join(&place.socket, options.role)?;
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        return Err("cochair join needs a terminal".into());
    }
    let now = Utc::now();
    let offset = crate::host::local_offset(now);
    let meeting = joined.meeting.clone();
    let mut model = Model::new(meeting, keymap, journal, now, offset);
    model.theme = options.theme;
    model.role = options.role;
    model.room = options.room;
    model.projector = options.room;
    model.link = Link::Joined { connected: true };
    model.journal_started = true;
    // The wall shows the members' page's code too, when the host serves it.
    model.members_url = crate::members::running_url(&model.journal_path).ok();
    model.status = Some(format!(
        "Joined \"{}\" as {}",
        joined.title,
        options.role.name()
    ));
    let inbox = crate::host::Inbox::new();
    let mut proposer = joined.proposer();
    joined.follow(inbox.sender.clone());
    let result = crate::host::run_in_terminal(&mut model, &mut proposer, inbox);
    println!("Left the meeting; it goes on on the host's screen.");
    result
}

#[cfg(not(unix))]
pub fn join(_: &Joining) -> Result<Exit, String> {
    Err("cochair join needs local sockets, which this platform does not have yet".into())
}
