//! Opening a meeting from the command line: a bad agenda, a missing, foreign or damaged
//! journal stop before the terminal is touched, and without a terminal nothing is made or changed.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

use crate::{cochair, files_in, no_escape_sequences, support};
#[test]
fn opening_an_invalid_agenda_stops_before_the_terminal_is_touched() {
    for path in files_in("tests/invalid_agendas") {
        let output = cochair().arg(&path).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{}", path.display());
        assert!(output.stdout.is_empty());
        assert!(no_escape_sequences(&output.stderr), "{}", path.display());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with(&format!("{}:", path.display())),
            "{stderr}"
        );
    }
}

#[test]
fn resuming_a_journal_that_does_not_exist_says_how_to_start() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("none.jsonl");
    let output = cochair().arg("--journal").arg(&journal).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("no such journal; to start a new meeting give its agenda"),
        "{stderr}"
    );
    assert!(!journal.exists());
}

/// A journal for the given agenda, made by the library as the app would.
fn journal_for(agenda: &str, dir: &Path) -> PathBuf {
    use cochair::store::journal::{FORMAT_VERSION, Header, Journal};
    let path = dir.join("meeting.jsonl");
    let header = Header {
        cochair_journal: FORMAT_VERSION,
        created: "2026-11-24T17:55:00Z".parse().unwrap(),
        date: "2026-11-24".parse().unwrap(),
        agenda_file: agenda.into(),
        agenda: support::read_agenda(Path::new(agenda)),
    };
    Journal::create(&path, &header).unwrap();
    path
}

#[test]
fn a_journal_of_another_agenda_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_for("agendas/nonprofit-board.ron", dir.path());
    // The roll call begun: a journal with nothing recorded would simply be replaced.
    let mut text = fs::read_to_string(&journal).unwrap();
    text.push_str(concat!(
        r#"{"at":"2026-11-24T17:58:00Z","event":"attendance_marked","#,
        r#""person":"Danny Walsh","attendance":"present"}"#,
        "\n"
    ));
    fs::write(&journal, text).unwrap();
    let before = fs::read(&journal).unwrap();
    let output = cochair()
        .arg("agendas/family-council.ron")
        .arg("--journal")
        .arg(&journal)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr
            .contains("holds a meeting with a different agenda (from agendas/nonprofit-board.ron)"),
        "{stderr}"
    );
    assert_eq!(fs::read(&journal).unwrap(), before);
}

#[test]
fn a_damaged_journal_is_refused_with_its_line_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_for("agendas/nonprofit-board.ron", dir.path());
    let mut text = fs::read_to_string(&journal).unwrap();
    text.push_str("{\"at\":\"2026-11-24T18:00:00Z\",\"event\":\"meeting_started\"}\n");
    text.push_str("not json\n");
    text.push_str("{\"at\":\"2026-11-24T18:05:00Z\",\"event\":\"item_opened\",\"item\":1}\n");
    fs::write(&journal, &text).unwrap();
    let output = cochair().arg("--journal").arg(&journal).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!("{}:3: damaged line", journal.display())),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&journal).unwrap(), text);
}

#[test]
fn an_event_that_cannot_happen_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_for("agendas/nonprofit-board.ron", dir.path());
    let mut text = fs::read_to_string(&journal).unwrap();
    text.push_str("{\"at\":\"2026-11-24T18:05:00Z\",\"event\":\"item_opened\",\"item\":1}\n");
    fs::write(&journal, &text).unwrap();
    let output = cochair().arg("--journal").arg(&journal).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!(
            "{}:2: the meeting has not started yet",
            journal.display()
        )),
        "{stderr}"
    );
}

/// Every file and folder under `dir`, to see that nothing was made there.
fn everything_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(everything_under(&path));
        }
        found.push(path);
    }
    found
}

const NEEDS_A_TERMINAL: &str =
    "cochair needs a terminal; for the minutes use `cochair export JOURNAL`\n";

#[test]
fn without_a_terminal_no_journal_is_made() {
    let home = tempfile::tempdir().unwrap();
    let run = || {
        let mut cmd = Command::cargo_bin("cochair").unwrap();
        cmd.env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"));
        cmd
    };
    // Standard input and output are pipes here, as under cron or `cochair x.ron > out.txt`.
    let output = run().arg("agendas/family-council.ron").output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&output.stderr), NEEDS_A_TERMINAL);
    assert!(output.stdout.is_empty(), "the terminal is not touched");
    assert_eq!(everything_under(home.path()), Vec::<PathBuf>::new());
    // The built-in example too.
    let output = run().output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(everything_under(home.path()), Vec::<PathBuf>::new());
}

#[test]
fn without_a_terminal_a_journal_is_neither_made_nor_changed() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new.jsonl");
    let output = cochair()
        .arg("agendas/family-council.ron")
        .arg("--journal")
        .arg(&new)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&output.stderr), NEEDS_A_TERMINAL);
    assert!(!new.exists());
    // An existing journal whose last line was cut off by a crash: opening it would drop that
    // line, so it must not be opened.
    let journal = journal_for("agendas/nonprofit-board.ron", dir.path());
    let mut text = fs::read(&journal).unwrap();
    text.extend_from_slice(b"{\"at\":\"2026-11-24T18:00:00Z\",\"event\":\"meeting_st");
    fs::write(&journal, &text).unwrap();
    let modified = fs::metadata(&journal).unwrap().modified().unwrap();
    for args in [
        vec!["agendas/nonprofit-board.ron", "--journal"],
        vec!["--journal"],
    ] {
        let output = cochair().args(args).arg(&journal).output().unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(String::from_utf8_lossy(&output.stderr), NEEDS_A_TERMINAL);
        assert_eq!(fs::read(&journal).unwrap(), text, "byte for byte unchanged");
        assert_eq!(
            fs::metadata(&journal).unwrap().modified().unwrap(),
            modified
        );
    }
}

#[test]
fn without_a_terminal_bad_files_are_still_reported_first() {
    let output = cochair()
        .arg("tests/invalid_agendas/unknown-lead.ron")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("tests/invalid_agendas/unknown-lead.ron:"),
        "{stderr}"
    );
    let output = cochair()
        .args(["--keymap", "tests/invalid_keymaps/syntax-error.ron"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("tests/invalid_keymaps/syntax-error.ron:"),
        "{stderr}"
    );
}
