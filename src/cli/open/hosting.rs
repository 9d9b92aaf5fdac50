//! Running an opened meeting: share it with the screens that join, serve the members' page
//! if asked, hand the terminal to the host, and say where the journal is once it is back.

use std::io::{self, IsTerminal};

use chrono::Utc;

use super::another_day::{ask_on_the_terminal, settle_the_day};
use super::{OpenError, Opened, Options, given_language, load, open_journal, speak};
use crate::app::{Exit, Model};
use crate::host::local_offset;
use crate::store::journal::Recording;
use crate::text::shell_quote;
use crate::tr;

/// Load and check everything, then run the meeting screen; returns how it ended.
pub fn open_and_run(options: &Options) -> Result<Exit, OpenError> {
    // Whatever way this ends, a rehearsal's folder and the meeting's socket do not stay.
    let _sweep = crate::host::leftovers::Sweep;
    crate::store::rehearsal::remove_stale();
    let now = Utc::now();
    let offset = local_offset(now);
    let loaded = load(options, now, offset)?;
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        return Err(OpenError::NoTerminal);
    }
    let Some(loaded) = settle_the_day(loaded, now, offset, &mut ask_on_the_terminal)? else {
        println!("Nothing was changed.");
        return Ok(Exit::Quit);
    };
    let language = given_language(&loaded);
    let Opened {
        mut model,
        mut journal,
    } = open_journal(loaded, now, offset)?;
    speak(&mut model, options, language);
    model.theme = options.theme;
    model.example = options.example;
    let mut inbox = share_the_meeting(&mut model, &journal, options)?;
    if let Some(listen) = options.members {
        serve_the_members(&mut model, &journal, listen, &mut inbox)?;
    }
    let result = crate::host::run_in_terminal(&mut model, &mut journal, inbox);
    say_goodbye(options, &model, journal);
    result.map_err(OpenError::Terminal)
}

/// Listen for the meeting's other screens (`cochair join`). A meeting some other cochair hosts
/// already is refused; when the socket cannot be made, the meeting runs on one screen and the
/// status line says why.
#[cfg(unix)]
fn share_the_meeting(
    model: &mut Model,
    journal: &Recording,
    options: &Options,
) -> Result<crate::host::Inbox, OpenError> {
    let mut inbox = crate::host::Inbox::new();
    let meeting = &model.meeting;
    let about = crate::share::About {
        title: meeting.agenda().title.clone(),
        date: meeting.date(),
        journal: journal.path().to_path_buf(),
        rehearsal: model.rehearsal,
        pid: std::process::id(),
    };
    let path = journal.path();
    let place = match crate::share::place_for(path) {
        Ok(place) => place,
        Err(e) => {
            model.status = Some(format!("Other screens cannot join: {e}"));
            return Ok(inbox);
        }
    };
    if std::os::unix::net::UnixStream::connect(&place.socket).is_ok() {
        return Err(OpenError::AlreadyOpen {
            journal: path.to_path_buf(),
            by: crate::share::host_of(&place),
        });
    }
    let hosting = crate::share::Hosting {
        journal: path.to_path_buf(),
        header_line: journal.header_line(),
        about,
        max_screens: options.max_screens.unwrap_or(crate::share::MAX_SCREENS),
    };
    crate::host::leftovers::remove_at_exit(&place.socket);
    crate::host::leftovers::remove_at_exit(&place.note);
    match crate::share::Server::start(place, hosting, inbox.sender.clone()) {
        Ok(server) => {
            inbox.server = Some(server);
            model.link = crate::app::Link::Host {
                screens: Vec::new(),
            };
        }
        Err(why) => {
            let why = why.message(model.lang);
            model.status = Some(tr!(model.lang, "errors-open-no-screens", why = why));
        }
    }
    Ok(inbox)
}

/// Serve the members' page (`--members`), before the terminal is taken: a page that cannot be
/// served stops here with the reason, since the room was told it would be there.
fn serve_the_members(
    model: &mut Model,
    journal: &Recording,
    listen: crate::members::Listen,
    inbox: &mut crate::host::Inbox,
) -> Result<(), OpenError> {
    let server = crate::members::serve(
        listen,
        journal.path(),
        model.meeting.clone(),
        inbox.sender.clone(),
    )
    .map_err(OpenError::Members)?;
    model.members_url = Some(server.url().to_owned());
    let key = model.key_hint(
        crate::input::Mode::Meeting,
        crate::input::Command::MembersCode,
    );
    model.status = Some(format!(
        "Members' page: {} ({key} shows its QR code)",
        server.url()
    ));
    inbox.members = Some(server);
    Ok(())
}

#[cfg(not(unix))]
fn share_the_meeting(
    _: &mut Model,
    _: &Recording,
    _: &Options,
) -> Result<crate::host::Inbox, OpenError> {
    Ok(crate::host::Inbox::new())
}

/// What is printed once the terminal is back: where the record is and how to resume, or that
/// nothing was kept.
fn say_goodbye(options: &Options, model: &Model, journal: Recording) {
    let path = journal.path().to_path_buf();
    let started = journal.started();
    drop(journal);
    if model.rehearsal {
        if let Some(dir) = path.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
        println!("{}", rehearsal_over(model.example));
        return;
    }
    if !started {
        // Nor is the members' page's secrets file kept: there is no meeting to resume.
        let _ = std::fs::remove_file(crate::members::secrets::path_for(&path));
        println!("Nothing was recorded, so no journal was made.");
        return;
    }
    let mut resume = format!("cochair --journal {}", shell_quote(&path));
    if let Some(keymap) = &options.keymap {
        resume.push_str(&format!(" --keymap {}", shell_quote(keymap)));
    }
    println!("Journal: {}", path.display());
    println!("Resume with: {resume}");
}

/// The closing words of a rehearsal; after the built-in example, how to start a real meeting.
pub fn rehearsal_over(example: bool) -> String {
    match example {
        false => "Rehearsal over: nothing was kept.".into(),
        true => "That was the built-in example, rehearsed: nothing was kept.\n\
                 For a real meeting, write an agenda (agendas/ has examples), then run: \
                 cochair my-meeting.ron"
            .into(),
    }
}
