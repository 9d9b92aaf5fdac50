//! Running an opened meeting: share it with the screens that join, serve the members' page
//! if asked, hand the terminal to the host, and say where the journal is once it is back.

use std::io::{self, IsTerminal};

use chrono::Utc;

use super::another_day::{ask_on_the_terminal, settle_the_day};
use super::{OpenError, Opened, Options, asking_language, load, open_journal};
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
    let lang = asking_language(options, &loaded);
    let mut ask = |question: &str| ask_on_the_terminal(lang, question);
    let Some(loaded) = settle_the_day(loaded, now, offset, lang, &mut ask)? else {
        println!("{}", tr!(lang, "errors-open-nothing-changed"));
        return Ok(Exit::Quit);
    };
    let Opened {
        mut model,
        mut journal,
    } = open_journal(loaded, options, now, offset)?;
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
            let why = e.message(model.lang);
            model.status = Some(tr!(model.lang, "errors-open-no-screens", why = why));
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
    model.status = Some(tr!(
        model.lang,
        "cli-open-members-page",
        url = server.url(),
        key = key
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
    } else if !started {
        // Nor is the members' page's secrets file kept: there is no meeting to resume.
        let _ = std::fs::remove_file(crate::members::secrets::path_for(&path));
    }
    let kept = match (model.rehearsal, started) {
        (true, _) => Kept::Rehearsal {
            example: model.example,
        },
        (false, false) => Kept::Nothing,
        (false, true) => Kept::Journal {
            path: &path,
            keymap: options.keymap.as_deref(),
        },
    };
    println!("{}", goodbye(model.lang, &kept));
}

/// What a meeting left when its screen closed.
enum Kept<'a> {
    /// A rehearsal (of the built-in example, or not): nothing.
    Rehearsal { example: bool },
    /// Nothing was recorded, so no journal was made.
    Nothing,
    /// The journal, and the keymap it was run with.
    Journal {
        path: &'a std::path::Path,
        keymap: Option<&'a std::path::Path>,
    },
}

/// The host's closing lines, in `lang`: where the journal is and the command that resumes it,
/// or that nothing was kept.
fn goodbye(lang: crate::lang::Lang, kept: &Kept) -> String {
    match kept {
        Kept::Rehearsal { example } => rehearsal_over(lang, *example),
        Kept::Nothing => tr!(lang, "cli-goodbye-nothing-recorded"),
        Kept::Journal { path, keymap } => {
            let mut resume = format!("cochair --journal {}", shell_quote(path));
            if let Some(keymap) = keymap {
                resume.push_str(&format!(" --keymap {}", shell_quote(keymap)));
            }
            let journal = tr!(
                lang,
                "cli-goodbye-journal",
                path = path.display().to_string()
            );
            let resume = tr!(lang, "cli-goodbye-resume", command = resume);
            format!("{journal}\n{resume}")
        }
    }
}

/// The closing words of a rehearsal; after the built-in example, how to start a real meeting.
pub fn rehearsal_over(lang: crate::lang::Lang, example: bool) -> String {
    match example {
        false => tr!(lang, "cli-goodbye-rehearsal-over"),
        true => tr!(lang, "cli-goodbye-example-over"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use std::path::Path;

    fn journal() -> Kept<'static> {
        Kept::Journal {
            path: Path::new("/m/council 1.jsonl"),
            keymap: Some(Path::new("keys.ron")),
        }
    }

    #[test]
    fn the_host_says_goodbye_in_english_as_before() {
        assert_eq!(
            goodbye(Lang::En, &journal()),
            "Journal: /m/council 1.jsonl\nResume with: cochair --journal '/m/council 1.jsonl' --keymap keys.ron"
        );
        assert_eq!(
            goodbye(Lang::En, &Kept::Nothing),
            "Nothing was recorded, so no journal was made."
        );
        assert_eq!(
            goodbye(Lang::En, &Kept::Rehearsal { example: false }),
            "Rehearsal over: nothing was kept."
        );
        assert_eq!(
            goodbye(Lang::En, &Kept::Rehearsal { example: true }),
            "That was the built-in example, rehearsed: nothing was kept.\n\
             For a real meeting, write an agenda (agendas/ has examples), then run: \
             cochair my-meeting.ron"
        );
    }

    #[test]
    fn a_spanish_host_says_goodbye_in_spanish() {
        assert_eq!(
            goodbye(Lang::Es, &journal()),
            "Diario: /m/council 1.jsonl\nPara seguir con la reunión: cochair --journal '/m/council 1.jsonl' --keymap keys.ron"
        );
        assert_eq!(
            goodbye(Lang::Es, &Kept::Nothing),
            "No se registró nada, así que no se creó ningún diario."
        );
        assert_eq!(
            goodbye(Lang::Es, &Kept::Rehearsal { example: false }),
            "Fin del ensayo: no se guardó nada."
        );
        assert!(
            goodbye(Lang::Es, &Kept::Rehearsal { example: true })
                .ends_with("y luego ejecuta: cochair mi-reunion.ron")
        );
    }
}
