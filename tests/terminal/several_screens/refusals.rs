use super::{BIN, Place, said};
use crate::support::{self, Tmux, tmux_available};

/// Every way `cochair join` cannot join says what it found and what to do.
#[test]
fn a_join_that_cannot_join_says_why_and_what_to_run() {
    if !tmux_available("a_join_that_cannot_join_says_why_and_what_to_run") {
        return;
    }
    let place = Place::fresh();
    let folder = place.runtime.join("cochair");
    let agenda = place.agenda.to_str().unwrap();

    let (code, text) = said(&place.run(&["join", "--role", "timekeeper"]));
    assert_eq!(code, Some(1));
    assert!(
        text.starts_with(&format!(
            "No meeting is open for this user (cochair looked in {})",
            folder.display()
        )),
        "{text}"
    );
    let (code, text) = said(&place.run(&["join", "--journal", "nowhere.jsonl"]));
    assert_eq!(code, Some(1));
    assert!(text.starts_with("nowhere.jsonl: no such file."), "{text}");
    let (code, text) = said(&place.run(&["join", "--journal", agenda]));
    assert_eq!(code, Some(1));
    assert_eq!(
        text,
        format!(
            "{agenda} is an agenda, not a journal: the host opens the agenda (`cochair AGENDA.ron`), then the others join the journal it names (`cochair join --journal JOURNAL --role observer`)"
        )
    );

    // The host opens the meeting and records something; its minutes are not a journal either.
    let host = place.host("refusals-host", &["--max-screens", "1"]);
    host.wait_for(|s| s.contains("Not started"), "the host's screen");
    host.keys(&["s"]);
    host.wait_for(|s| s.contains("▶ Running"), "the meeting to start");
    let minutes = place.tmp.join("minutes.txt");
    std::fs::write(&minutes, super::minutes(place.journal_arg())).unwrap();
    let (_, text) = said(&place.run(&["join", "--journal", minutes.to_str().unwrap()]));
    assert!(
        text.contains("holds minutes (made by `cochair export`), not a journal: the host opens"),
        "{text}"
    );

    // Without a terminal (ssh without -t), join says to ask for one.
    let (code, text) = said(&place.run(&["join", "--role", "secretary"]));
    assert_eq!(code, Some(1));
    assert_eq!(
        text,
        "cochair join needs a terminal. Over SSH, ask for one with -t: ssh -t HOST cochair join --role secretary"
    );

    // One screen is all this host takes; the next is told so.
    let first = place.join("refusals-first", 100, 30, &[]);
    first.wait_for(|s| s.contains("as observer"), "the first screen");
    let second = place.join("refusals-second", 200, 30, &["--role", "timekeeper"]);
    second.wait_for(
        |s| {
            s.contains("the host has as many screens joined as it takes (1; the host's --max-screens sets it)")
                && s.contains("[exited with 1]")
        },
        "the second screen to be refused",
    );

    // With the host gone, the journal is named, and where cochair looked.
    drop(first);
    host.keys(&["q"]);
    host.wait_for(|s| s.contains("[exited with 0]"), "the host to quit");
    let (code, text) = said(&place.run(&["join", "--journal", place.journal_arg()]));
    assert_eq!(code, Some(1));
    assert_eq!(
        text,
        format!(
            "No meeting is open on {0}: its host is not running (cochair looked for it in {1}). The host opens it with `cochair --journal {0}`; then join again",
            place.journal_arg(),
            folder.display()
        )
    );
}

/// A meeting open in one cochair: opening it in another says which process has it and gives
/// the whole line to join it, in the same words whether the journal's lock or the meeting's
/// socket found it.
#[test]
fn a_meeting_already_open_is_one_sentence_whichever_way_it_is_found() {
    if !tmux_available("a_meeting_already_open_is_one_sentence") {
        return;
    }
    let place = Place::fresh();
    let host = place.host("open-host", &[]);
    host.wait_for(|s| s.contains("Not started"), "the host's screen");
    let pid = host.pid();
    let expected = format!(
        "{0}: this meeting is already open in another cochair (process {pid}); join it instead: cochair join --journal {0} --role timekeeper (or --role secretary, --role observer, --view room for the wall)",
        place.journal_arg()
    );
    // Nothing recorded yet: the meeting's socket finds it (in a terminal: the socket is looked
    // at once the terminal is there).
    let second = Tmux::start(
        "open-second",
        300,
        20,
        &[
            BIN,
            place.agenda.to_str().unwrap(),
            "--journal",
            place.journal_arg(),
        ],
        &place.env(),
    );
    let screen = second.wait_for(
        |s| s.contains("[exited with 1]"),
        "the second to be refused",
    );
    assert!(screen.contains(&expected), "{screen}\nexpected: {expected}");
    // Started: the journal's lock finds it, before any terminal is needed.
    host.keys(&["s"]);
    host.wait_for(|s| s.contains("▶ Running"), "the meeting to start");
    let (code, text) = said(&place.run(&["--journal", place.journal_arg()]));
    assert_eq!(code, Some(1));
    assert_eq!(text, expected);
}

/// Another user on the same machine is told whose meeting it is and how to join as that user.
#[test]
fn another_user_is_told_whose_meeting_it_is_and_how_to_join() {
    if !tmux_available("another_user_is_told_whose_meeting_it_is") {
        return;
    }
    let place = Place::fresh();
    // Only the meeting's own folder keeps other users out, not the test's.
    {
        use std::os::unix::fs::PermissionsExt;
        let open = std::fs::Permissions::from_mode(0o755);
        std::fs::set_permissions(place.journal.parent().unwrap(), open).unwrap();
    }
    let host = place.host("stranger-host", &[]);
    host.wait_for(|s| s.contains("Not started"), "the host's screen");
    host.keys(&["s"]);
    host.wait_for(|s| s.contains("▶ Running"), "the journal to be made");
    let Some(mut stranger) = support::as_nobody(BIN) else {
        support::skip(
            "another_user_is_told_whose_meeting_it_is",
            "not running as root, so the test cannot be another user",
        );
        return;
    };
    let output = stranger
        .args([
            "join",
            "--journal",
            place.journal_arg(),
            "--role",
            "timekeeper",
        ])
        .env("XDG_RUNTIME_DIR", &place.runtime)
        .output()
        .unwrap();
    let (code, text) = said(&output);
    assert_eq!(code, Some(1), "{text}");
    let owner = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let owner = String::from_utf8_lossy(&owner.stdout).trim().to_owned();
    let expected = format!(
        "{0} is {owner}'s meeting: only {owner} can join it. Join it over SSH as {owner}: ssh -t {owner}@",
        place.journal_arg()
    );
    assert!(text.starts_with(&expected), "{text}");
    assert!(
        text.ends_with(&format!(
            " cochair join --journal {} --role timekeeper",
            place.journal_arg()
        )),
        "{text}"
    );
    host.wait_for(
        |s| !s.contains("joined:"),
        "the host to have no screen joined",
    );
}
