//! One meeting on several screens, end to end in real terminals (tmux): the host, the
//! timekeeper, the secretary, an observer and the room's wall, each its own `cochair`.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

mod support;

use std::path::Path;

use support::{Tmux, kill_9, tmux_available};

const BIN: &str = env!("CARGO_BIN_EXE_cochair");

/// A screen that joins the meeting, in a terminal of its own.
fn join(name: &str, cols: u16, rows: u16, args: &[&str], env: &[(&str, &Path)]) -> Tmux {
    let mut all = vec![BIN, "join"];
    all.extend_from_slice(args);
    Tmux::start(name, cols, rows, &all, env)
}

#[test]
fn three_roles_and_the_wall_run_one_meeting() {
    if !tmux_available("three_roles_and_the_wall_run_one_meeting") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let agenda = support::undated(dir.path(), "agendas/family-council.ron");
    let journal = dir.path().join("council.jsonl");
    let journal_arg = journal.to_str().unwrap();
    let runtime = dir.path().join("run");
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
        ("XDG_RUNTIME_DIR", runtime.as_path()),
    ];
    let host = Tmux::start(
        "screens-host",
        120,
        32,
        &[BIN, agenda.to_str().unwrap(), "--journal", journal_arg],
        &env,
    );
    host.wait_for(|s| s.contains("Not started"), "the host's screen");
    host.keys(&["r", "A", "Escape", "s"]);
    host.wait_for(|s| s.contains("▶ Running"), "the meeting to start");

    // Without --journal, a screen finds the one meeting this user has open.
    let timekeeper = join("screens-tk", 100, 30, &["--role", "timekeeper"], &env);
    timekeeper.wait_for(|s| s.contains("as timekeeper"), "the timekeeper's screen");
    let secretary = join(
        "screens-sec",
        110,
        32,
        &["--role", "secretary", "--journal", journal_arg],
        &env,
    );
    secretary.wait_for(|s| s.contains("as secretary"), "the secretary's screen");
    let observer = join("screens-obs", 100, 30, &[], &env);
    observer.wait_for(|s| s.contains("as observer"), "the observer's screen");
    let wall = join("screens-wall", 120, 40, &["--view", "room"], &env);
    wall.wait_for(|s| s.contains("Item 1 of"), "the room view");
    host.wait_for(|s| s.contains("4 other screens joined"), "the host's count");

    // The timekeeper pauses: the host and the wall show it.
    timekeeper.keys(&["t"]);
    host.wait_for(|s| s.contains("⏸ PAUSED"), "the host to show the pause");
    wall.wait_for(|s| s.contains("PAUSED"), "the wall to show the pause");

    // The observer cannot: the pause stays, and the observer is told why.
    observer.wait_for(|s| s.contains("PAUSED"), "the observer to see the pause");
    observer.keys(&["t"]);
    observer.wait_for(
        |s| s.contains("Observers can't change the meeting"),
        "the observer's refusal",
    );
    timekeeper.keys(&["t"]);
    host.wait_for(|s| s.contains("▶ Running"), "the clock to run again");

    // The secretary's note reaches the journal and the minutes.
    secretary.keys(&["w"]);
    secretary.type_text("Families asked for evening meetings");
    secretary.keys(&["Enter"]);
    host.wait_for(
        |s| s.contains("Record: 1 note"),
        "the host to show the note",
    );
    let minutes = std::process::Command::new(BIN)
        .args(["export", journal_arg])
        .output()
        .unwrap();
    let minutes = String::from_utf8(minutes.stdout).unwrap();
    assert!(
        minutes.contains("Note: Families asked for evening meetings"),
        "{minutes}"
    );

    // The host is killed: the screens say so and keep the last state; started again on the
    // same journal, it is joined again by every screen by itself.
    kill_9(&host.pid());
    drop(host);
    wall.wait_for(
        |s| s.contains("RECONNECTING"),
        "the wall to say the host is gone",
    );
    timekeeper.wait_for(
        |s| s.contains("The meeting's host is gone"),
        "the timekeeper to say the host is gone",
    );
    let again = Tmux::start(
        "screens-host-2",
        120,
        32,
        &[BIN, "--journal", journal_arg],
        &env,
    );
    again.wait_for(|s| s.contains("▶ Running"), "the host again");
    wall.wait_for(
        |s| !s.contains("RECONNECTING") && s.contains("Item 1 of"),
        "the wall to come back",
    );
    timekeeper.wait_for(
        |s| s.contains("The meeting's host is back"),
        "the timekeeper to follow the host again",
    );
    again.wait_for(
        |s| s.contains("4 other screens joined"),
        "every screen back",
    );
}

#[test]
fn another_user_cannot_join() {
    if !tmux_available("another_user_cannot_join") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let agenda = support::undated(dir.path(), "agendas/family-council.ron");
    let journal = dir.path().join("council.jsonl");
    let runtime = dir.path().join("run");
    // Only the meeting's own folder keeps other users out, not the test's.
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
        ("XDG_RUNTIME_DIR", runtime.as_path()),
    ];
    let host = Tmux::start(
        "stranger-host",
        100,
        30,
        &[
            BIN,
            agenda.to_str().unwrap(),
            "--journal",
            journal.to_str().unwrap(),
        ],
        &env,
    );
    host.wait_for(|s| s.contains("Not started"), "the host's screen");
    let Some(mut stranger) = support::as_nobody(BIN) else {
        support::skip(
            "another_user_cannot_join",
            "not running as root, so the test cannot be another user",
        );
        return;
    };
    let output = stranger
        .args(["join", "--journal", journal.to_str().unwrap()])
        .env("XDG_RUNTIME_DIR", &runtime)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("permission denied"), "{stderr}");
    host.wait_for(
        |s| !s.contains("other screen"),
        "the host to have no screen joined",
    );
}
