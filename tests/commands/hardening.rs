//! What happens with bad, huge or hostile input, through the real binary: a clear message and
//! exit 1 (never a panic), the terminal untouched, nothing recorded lost.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

use crate::support;

fn cochair(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("cochair").unwrap();
    cmd.env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        // The words follow the locale: the tests set theirs.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

fn refused(dir: &Path, args: &[&str]) -> String {
    let output = cochair(dir).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.stdout.is_empty(), "the terminal is not touched");
    stderr
}

#[test]
fn files_that_are_not_agendas_are_named_with_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name);
    fs::write(p("empty.ron"), "").unwrap();
    fs::write(p("comments.ron"), "// only\n/* comments */\n").unwrap();
    fs::write(p("latin1.ron"), b"Agenda(title: \"Caf\xe9\")").unwrap();
    fs::create_dir(p("folder.ron")).unwrap();
    let cases = [
        ("empty.ron", ":1:1: the file is empty"),
        ("comments.ron", ":1:1: the file is empty"),
        (
            "latin1.ron",
            ":1:19: is not UTF-8 text; save the file as UTF-8",
        ),
        ("folder.ron", ": is a directory, not a file"),
        ("missing.ron", ": no such file"),
    ];
    for (name, expected) in cases {
        let path = p(name);
        let stderr = refused(dir.path(), &["check", path.to_str().unwrap()]);
        assert!(
            stderr.starts_with(&format!("{}{expected}", path.display())),
            "{stderr}"
        );
        refused(dir.path(), &[path.to_str().unwrap()]);
    }
}

#[cfg(unix)]
#[test]
fn an_unreadable_agenda_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.ron");
    fs::write(&path, "Agenda()").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_err() {
        let stderr = refused(dir.path(), &["check", path.to_str().unwrap()]);
        assert!(stderr.contains("permission denied"), "{stderr}");
        return;
    }
    // Root reads every file: ask as someone who may not.
    let Some(mut nobody) = support::as_nobody(env!("CARGO_BIN_EXE_cochair")) else {
        support::skip(
            "an_unreadable_agenda_is_named",
            "running as root, where every file is readable, and cannot run as nobody",
        );
        return;
    };
    let output = nobody
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("permission denied"), "{stderr}");
}

#[test]
fn huge_and_deeply_nested_agendas_are_refused_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.ron");
    fs::write(
        &big,
        format!("Agenda(title: \"{}\")", "x".repeat(1_100_000)),
    )
    .unwrap();
    let stderr = refused(dir.path(), &["check", big.to_str().unwrap()]);
    assert!(
        stderr.contains("files larger than 1024 KiB are refused"),
        "{stderr}"
    );
    // Agendas are typed, so nesting stops at the first value of the wrong shape; either way
    // the parser never recurses deeper than 64 levels.
    let deep = dir.path().join("deep.ron");
    for nested in [
        format!(
            "Agenda(title: {}1{})",
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
        format!(
            "Agenda(title: \"T\", date: {}\"x\"{})",
            "Some(".repeat(100_000),
            ")".repeat(100_000)
        ),
        "(".repeat(100_000),
    ] {
        fs::write(&deep, nested).unwrap();
        let stderr = refused(dir.path(), &["check", deep.to_str().unwrap()]);
        assert!(
            stderr.starts_with(&format!("{}:1:", deep.display())),
            "{stderr}"
        );
    }
}

#[test]
fn a_very_large_agenda_works() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.ron");
    fs::write(&path, support::generate::large_agenda(5000, 500, 10_000)).unwrap();
    let output = cochair(dir.path())
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("ok — 500 items, 5000 people, 41h 40m planned"),
        "{stdout}"
    );
}

#[test]
fn a_journal_held_by_another_cochair_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("held.jsonl");
    let agenda = support::read_agenda(Path::new("agendas/nonprofit-board.ron"));
    let header = cochair::store::journal::Header {
        cochair_journal: cochair::store::journal::FORMAT_VERSION,
        created: "2027-01-14T13:00:00Z".parse().unwrap(),
        date: "2027-01-14".parse().unwrap(),
        agenda_file: "nonprofit-board.ron".into(),
        agenda,
    };
    let held = cochair::store::journal::Journal::create(&path, &header).unwrap();
    let stderr = refused(dir.path(), &["--journal", path.to_str().unwrap()]);
    assert!(
        stderr.contains(&format!(
            "{}: this meeting is already open in another cochair",
            path.display()
        )),
        "{stderr}"
    );
    drop(held);
}

#[test]
fn a_journal_with_escape_sequences_in_a_bad_line_is_reported_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil.jsonl");
    let good = fs::read_to_string("tests/fixtures/advisory-group.jsonl").unwrap();
    let first = good.lines().next().unwrap();
    fs::write(&path, format!("{first}\n{{\"at\":\"2026-12-03T09:00:00Z\",\"event\":\"\\u001b]0;PWNED\\u0007\\u001b[2J\"}}\n")).unwrap();
    let output = cochair(dir.path())
        .args(["export", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        !output.stderr.contains(&0x1b) && !output.stderr.contains(&0x07),
        "{:?}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains(":2: unknown event"));
}

#[test]
fn a_journal_of_a_meeting_that_never_started_exports_valid_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("header-only.jsonl");
    let first = fs::read_to_string("tests/fixtures/advisory-group.jsonl")
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_owned();
    fs::write(&path, format!("{first}\n")).unwrap();
    let output = cochair(dir.path())
        .args(["export", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("The meeting did not start."));
}

#[test]
fn long_names_are_cut_on_screen_and_whole_in_exports() {
    use cochair::app::{Model, dispatch};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let src = support::generate::large_agenda(5000, 500, 10_000);
    let agenda = cochair::agenda::from_str(&src, Path::new("large.ron")).unwrap();
    let long_title = agenda.items[0].title.clone();
    let meeting = cochair::meeting::Meeting::new(agenda, "2026-11-24".parse().unwrap());
    let now = "2026-11-24T18:00:00Z".parse().unwrap();
    let offset = chrono::FixedOffset::east_opt(0).unwrap();
    let mut model = Model::new(
        meeting,
        cochair::input::Keymap::builtin(),
        "/m/large.jsonl".into(),
        now,
        offset,
    );
    use cochair::input::Command as Do;
    for action in [Do::StartMeeting, Do::RollCall, Do::AllPresent, Do::Cancel] {
        let mut journal = cochair::app::InMemory::default();
        dispatch(
            &mut model,
            action,
            now,
            &mut journal,
            &mut cochair::app::Quiet,
        );
    }
    for (w, h) in [(80, 24), (200, 60)] {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal.draw(|f| cochair::ui::view(&model, f)).unwrap();
        let screen: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        assert!(
            screen.contains("Item 0 long long") && screen.contains('…'),
            "cut with … at {w}×{h}"
        );
    }
    let options = cochair::export::Options {
        offset,
        include_confidential: false,
        now,
        lang: cochair::lang::Lang::En,
    };
    let minutes =
        cochair::export::render(&model.meeting, cochair::export::Format::Markdown, &options);
    assert!(
        minutes.contains(&long_title),
        "the whole title is in the export"
    );
}

#[test]
fn a_long_generated_journal_resumes() {
    let src = support::generate::large_agenda(40, 12, 10);
    let bytes = support::generate::large_journal(&src, 5000);
    let path = Path::new("long.jsonl");
    let contents = cochair::store::journal::parse(&bytes, path).unwrap();
    assert_eq!(contents.records.len(), 5000);
    let meeting = cochair::store::journal::replay(path, &contents).unwrap();
    assert!(meeting.queue().turns.len() > 1000);
}

/// The resume bench's journal is a meeting of every kind of event (but the adjournment: the
/// meeting is resumed while it runs), and it replays.
#[test]
fn the_resume_benchs_meeting_holds_every_kind_of_event_and_resumes() {
    let src = support::generate::meeting_agenda(40);
    let bytes = support::generate::meeting_journal(&src, 20_000);
    let missing = support::generate::kinds_missing(&bytes);
    assert_eq!(
        missing,
        ["meeting_ended"],
        "add the missing kinds to meeting_journal in tests/support/generate.rs, so the resume \
         bench replays every kind of event"
    );
    let path = Path::new("meeting.jsonl");
    let contents = cochair::store::journal::parse(&bytes, path).unwrap();
    assert_eq!(contents.records.len(), 20_000);
    // The journal's quick reader reads every line as the event's own derived reader does.
    let lines = bytes
        .split(|&b| b == b'\n')
        .skip(1)
        .filter(|l| !l.is_empty());
    for ((_, record), line) in contents.records.iter().zip(lines) {
        let mut value: serde_json::Value = serde_json::from_slice(line).unwrap();
        value.as_object_mut().unwrap().remove("at");
        let event: cochair::meeting::Event = serde_json::from_value(value).unwrap();
        assert_eq!(record.event, event);
    }
    let meeting = cochair::store::journal::replay(path, &contents).unwrap();
    assert_eq!(meeting.phase(), cochair::meeting::Phase::Running);
    assert!(
        meeting.entries().len() > 2000,
        "notes, decisions and actions"
    );
    assert!(meeting.pauses().all().len() > 100, "pauses and breaks");
}
