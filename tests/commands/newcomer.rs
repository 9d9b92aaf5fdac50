//! What someone new to cochair meets first, end to end on the binary: the wrong kind of file, an
//! agenda written by hand with mistakes in it. (The first run, in a terminal, is in the
//! terminal tests.)

use std::path::Path;

use assert_cmd::Command;

fn cochair() -> Command {
    let mut cmd = Command::cargo_bin("cochair").unwrap();
    // The words follow the locale: the tests set theirs.
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

/// A file of the wrong kind is named, with the command that reads it, before anything else.
#[test]
fn the_wrong_kind_of_file_is_named_with_the_command_that_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let agenda = dir.path().join("board.ron");
    std::fs::copy("agendas/family-council.ron", &agenda).unwrap();
    let journal = "tests/fixtures/advisory-group.jsonl";
    let minutes = dir.path().join("minutes.txt");
    cochair()
        .args(["export", journal, "-o"])
        .arg(&minutes)
        .assert()
        .success();
    let empty = dir.path().join("empty.jsonl");
    std::fs::write(&empty, "").unwrap();
    let stderr = |args: &[&str], file: &Path| {
        let output = cochair().args(args).arg(file).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?} {}", file.display());
        assert!(
            output.stdout.is_empty(),
            "{args:?}: nothing else is printed"
        );
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let on_agenda = format!(
        "{}: is an agenda, not a meeting's journal: `cochair {}` opens its meeting",
        agenda.display(),
        agenda.display()
    );
    for args in [
        &["export"][..],
        &["report"],
        &["export", "--format", "todo"],
    ] {
        let said = stderr(args, &agenda);
        assert!(said.starts_with(&on_agenda), "{args:?}: {said}");
    }
    let said = stderr(&["check"], Path::new(journal));
    assert!(
        said.starts_with(&format!(
            "{journal}: is a meeting's journal, not an agenda: `cochair export {journal}`"
        )),
        "{said}"
    );
    for args in [&["check"][..], &["export"], &["report"]] {
        let said = stderr(args, &minutes);
        assert!(
            said.contains("is minutes made by cochair, not"),
            "{args:?}: {said}"
        );
    }
    for args in [&["export"][..], &["report"]] {
        let said = stderr(args, &empty);
        assert!(
            said.contains("is empty, so it is not a meeting's journal"),
            "{args:?}: {said}"
        );
    }
}

/// An agenda written by hand with the mistakes people make: every one is reported in one run,
/// with its place and what to write.
#[test]
fn check_reports_every_mistake_of_a_hand_written_agenda_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("spring.ron");
    std::fs::write(
        &path,
        r#"Agenda(
    title: "Spring meeting",
    start: "2:00 PM",
    groups: [Group(id: "members", label: "Members", weight: 2.0), Group(id: "staff", label: "Staff", weight: 1.0)],
    people: [Person(name: "Ana Lopez", group: "members"), Person(name: "Sam Reed", group: "staff")],
    items: [
        Item(title: "Welcome", minutes: "20"),
        Item(title: "Budget", minutes: 20, propsed_by: "Ana Lopez"),
    ],
)
"#,
    )
    .unwrap();
    let output = cochair().arg("check").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let shown = path.display();
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "{shown}:3:12: start \"2:00 PM\" is not on a 24-hour clock; write 14:00\n\
             {shown}:7:41: items[0].minutes: a number is written without quotes: write 20\n\
             {shown}:8:44: items[1]: unknown field `propsed_by`; did you mean `proposed_by`?\n"
        )
    );
}

/// `cochair check --help` lists the messages a newcomer meets most, as `check` says them.
#[test]
fn check_help_lists_the_messages_met_most() {
    let output = cochair().args(["check", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&output.stdout);
    for message in [
        "unknown field `propsed_by`; did you mean `proposed_by`?",
        "a number is written without quotes: write 20",
        "start \"2:00 PM\" is not on a 24-hour clock; write 14:00",
        "is a meeting's journal, not an agenda",
    ] {
        assert!(help.contains(message), "{message:?} in {help}");
    }
}

/// The Easy Read agenda from the command line: plain words, times said as people say them.
#[test]
fn the_easy_read_agenda_is_sent_from_the_command_line() {
    let output = cochair()
        .args([
            "agenda",
            "--format",
            "easy-read",
            "agendas/consumer-advisory-group-quarterly.ron",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("This is the plan for our meeting."), "{text}");
    assert!(
        text.contains("It starts at 6 o'clock in the evening."),
        "{text}"
    );
    assert!(text.contains("It takes 25 minutes."), "{text}");
    assert!(
        text.contains("5. Break — tea and coffee\n\n- This is a break."),
        "{text}"
    );
    assert!(!text.contains("25m") && !text.contains("18:"), "{text}");
}
