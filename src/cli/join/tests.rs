//! What `cochair join` says when it cannot join: each message names what it found and leads
//! somewhere.

use super::*;
use crate::agenda::Role;
use crate::lang::Lang;

fn as_role(seat: impl Into<Seat>, room: bool) -> Joining {
    Joining {
        journal: None,
        seat: seat.into(),
        room,
        keymap: None,
        theme: Theme::default(),
        lang: None,
    }
}

/// Another user's meeting, as `find_meeting` finds it, in words.
fn not_yours(path: &Path, owner: &str, host: &str, options: &Joining) -> String {
    JoinError::NotYours {
        path: path.to_path_buf(),
        owner: owner.into(),
        host: host.into(),
        args: options.as_args(),
    }
    .to_string()
}

fn timekeeper() -> Joining {
    as_role(Role::Timekeeper, false)
}

#[test]
fn another_user_s_meeting_names_its_owner_and_the_ssh_line_as_that_user() {
    let path = Path::new("/home/ana/meetings/family-council-2026-11-24.jsonl");
    assert_eq!(
        not_yours(path, "ana", "boardbox", &timekeeper()),
        "/home/ana/meetings/family-council-2026-11-24.jsonl is ana's meeting: only ana can join it. Join it over SSH as ana: ssh -t ana@boardbox cochair join --journal /home/ana/meetings/family-council-2026-11-24.jsonl --role timekeeper"
    );
    let wall = not_yours(
        Path::new("/m/my meeting.jsonl"),
        "ana",
        "boardbox",
        &as_role(Seat::Observer, true),
    );
    assert!(
        wall.ends_with(
            "ssh -t ana@boardbox cochair join --journal '/m/my meeting.jsonl' --view room"
        ),
        "{wall}"
    );
}

#[test]
fn a_file_that_is_not_a_journal_says_what_it_is_and_the_two_commands() {
    let dir = tempfile::tempdir().unwrap();
    let agenda = dir.path().join("council.ron");
    std::fs::write(&agenda, "// The family council\n(\n  title: \"x\",\n)\n").unwrap();
    let minutes = dir.path().join("council.txt");
    std::fs::write(&minutes, "Minutes: Family Council\n==========\n").unwrap();
    let markdown = dir.path().join("council.md");
    std::fs::write(&markdown, "# Minutes: Family Council\n").unwrap();
    let other = dir.path().join("notes.txt");
    std::fs::write(&other, "shopping list\n").unwrap();
    let journal = dir.path().join("council.jsonl");
    std::fs::write(&journal, "{\"cochair_journal\":4,\"created\":\"…\"}\n").unwrap();
    let said = |path: &Path| what_it_is(path).map(|what| what.words(Lang::En));
    assert_eq!(
        said(&agenda).as_deref(),
        Some("is an agenda, not a journal")
    );
    let minutes_said = Some("holds minutes (made by `cochair export`), not a journal");
    assert_eq!(said(&minutes).as_deref(), minutes_said);
    assert_eq!(said(&markdown).as_deref(), minutes_said);
    assert_eq!(said(&other).as_deref(), Some("is not a cochair journal"));
    assert_eq!(said(&journal), None);

    let mut options = timekeeper();
    options.journal = Some(agenda.clone());
    let said = find_meeting(&options).unwrap_err().to_string();
    assert_eq!(
        said,
        format!(
            "{} is an agenda, not a journal: the host opens the agenda (`cochair AGENDA.ron`), then the others join the journal it names (`cochair join --journal JOURNAL --role timekeeper`)",
            agenda.display()
        )
    );
    options.journal = Some(other.clone());
    assert!(
        find_meeting(&options)
            .unwrap_err()
            .to_string()
            .starts_with(&format!(
                "{} is not a cochair journal: the host opens",
                other.display()
            ))
    );
    options.journal = Some(dir.path().to_path_buf());
    assert!(
        find_meeting(&options)
            .unwrap_err()
            .to_string()
            .contains("is a folder, not a journal")
    );
    options.journal = Some(journal.clone());
    assert_eq!(find_meeting(&options).unwrap(), journal);
}

#[test]
fn a_path_that_is_not_there_is_named() {
    let mut options = timekeeper();
    options.journal = Some(PathBuf::from("/nowhere/council.jsonl"));
    assert_eq!(
        find_meeting(&options).unwrap_err().to_string(),
        "/nowhere/council.jsonl: no such file. Join with the meeting's journal, as the host's screen names it on its bottom line, or leave out --journal to join the one meeting open for you"
    );
}

#[test]
fn a_journal_with_no_host_names_the_journal_and_where_cochair_looked() {
    assert_eq!(
        not_open(
            Path::new("/m/council.jsonl"),
            Path::new("/run/user/1000/cochair")
        )
        .to_string(),
        "No meeting is open on /m/council.jsonl: its host is not running (cochair looked for it in /run/user/1000/cochair). The host opens it with `cochair --journal /m/council.jsonl`; then join again"
    );
}

#[test]
fn without_a_terminal_join_says_to_ask_ssh_for_one() {
    assert_eq!(
        JoinError::NoTerminal {
            args: as_role(Role::Secretary, false).as_args()
        }
        .to_string(),
        "cochair join needs a terminal. Over SSH, ask for one with -t: ssh -t HOST cochair join --role secretary"
    );
}

#[test]
fn leaving_prints_what_the_host_never_confirmed() {
    use chrono::{FixedOffset, TimeZone};
    let mut model = crate::testing::example_model();
    model.offset = FixedOffset::east_opt(3600).unwrap();
    model.link = Link::Closed {
        at: Utc.with_ymd_and_hms(2026, 11, 24, 18, 42, 0).unwrap(),
    };
    model.pending.push(crate::app::Pending {
        id: crate::meeting::ProposalId { screen: 1, n: 1 },
        event: crate::meeting::Event::NoteAdded {
            item: 0,
            text: "Evening meetings".into(),
        },
        sent: false,
    });
    assert_eq!(
        farewell(&model),
        "The host closed the meeting at 19:42.\nNot recorded: note \"Evening meetings\""
    );
}

/// A Spanish screen's last words are Spanish too, the user's note as written.
#[test]
fn a_spanish_screen_leaves_in_spanish() {
    let mut model = crate::testing::example_model();
    model.lang = Lang::Es;
    model.pending.push(crate::app::Pending {
        id: crate::meeting::ProposalId { screen: 1, n: 1 },
        event: crate::meeting::Event::NoteAdded {
            item: 0,
            text: "Reuniones por la tarde".into(),
        },
        sent: false,
    });
    let said = farewell(&model);
    assert!(
        said.starts_with("Saliste de la reunión; sigue en la pantalla principal.\n"),
        "{said}"
    );
    assert!(said.contains("Reuniones por la tarde"), "{said}");
    assert!(!said.contains("Not recorded"), "{said}");
}

#[cfg(unix)]
#[test]
fn a_journal_not_written_yet_is_joined_when_its_host_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("not-yet.jsonl");
    let options = Joining {
        journal: Some(journal.clone()),
        ..timekeeper()
    };
    // No host: the path is named as missing.
    assert!(matches!(find_meeting(&options), Err(JoinError::NoSuchFile(path)) if path == journal));
    // The host shows "the journal will be …" before its first record: joining that path works.
    let place = crate::share::place_for(&journal).unwrap();
    let host = std::os::unix::net::UnixListener::bind(&place.socket).unwrap();
    let found = find_meeting(&options);
    drop(host);
    let _ = std::fs::remove_file(&place.socket);
    assert_eq!(found.ok(), Some(journal));
}
