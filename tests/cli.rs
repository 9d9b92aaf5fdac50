//! The command line through the real binary: checks, key listings, and every kind of bad file
//! stopping with `path:line:col: message` and exit code 1 before the terminal is touched.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests and benchmarks may stop at the first surprise

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn cochair() -> Command {
    let mut cmd = Command::cargo_bin("cochair").unwrap();
    // Keep the user's own files out of the tests.
    let home = std::env::temp_dir().join("cochair-cli-tests");
    cmd.env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("NO_COLOR");
    plain_locale(&mut cmd);
    cmd
}

/// Every test sets its language: the words cochair writes follow the locale, and the tests'
/// machine may have any.
fn plain_locale(cmd: &mut Command) {
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
}

fn files_in(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no files in {dir}");
    files
}

/// The `// expect: line:col: message` first line of a fixture.
fn expectation(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    match text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("// expect: "))
    {
        Some(expect) => expect.to_owned(),
        // The one fixture that cannot hold a comment.
        None if text.is_empty() => "1:1: the file is empty".to_owned(),
        None => panic!("{} has no `// expect:` line", path.display()),
    }
}

fn no_escape_sequences(bytes: &[u8]) -> bool {
    !bytes.contains(&0x1b)
}

#[test]
fn every_example_agenda_checks_out() {
    let agendas = files_in("agendas");
    let output = cochair().arg("check").args(&agendas).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "",
        "examples have no warnings"
    );
    // Each agenda's line, then the queue's bound in effect, indented.
    let summaries: Vec<&str> = stdout.lines().filter(|l| !l.starts_with("  ")).collect();
    assert_eq!(summaries.len(), agendas.len(), "{stdout}");
    assert_eq!(
        stdout
            .lines()
            .filter(|l| l.starts_with("  Queue: "))
            .count(),
        agendas.len(),
        "{stdout}"
    );
    for (line, path) in summaries.into_iter().zip(&agendas) {
        assert!(
            line.starts_with(&format!("{}: ok — ", path.display())),
            "{line}"
        );
        assert!(
            line.contains(" item") && line.ends_with(" planned"),
            "{line}"
        );
    }
}

#[test]
fn the_quarterly_example_uses_what_preparation_needs() {
    cochair()
        .args(["check", "agendas/consumer-advisory-group-quarterly.ron"])
        .assert()
        .success()
        .stdout(
            "agendas/consumer-advisory-group-quarterly.ron: ok — 8 items and 1 break, 14 people, 2h planned\n  \
             Queue: a Staff hand waits for at most 17 later hands (max_overtakes\n  \
             from the weights and sizes: twice the 8.5 later turns that pass it in\n  \
             one wait when everyone keeps a hand up)\n",
        );
    let text = fs::read_to_string("agendas/consumer-advisory-group-quarterly.ron").unwrap();
    for field in [
        "description:",
        "kind: Break",
        "apologies:",
        "customer_groups:",
        "start:",
        "end:",
    ] {
        assert!(text.contains(field), "{field}");
    }
}

#[test]
fn check_counts_one_item_and_one_person_in_the_singular() {
    cochair()
        .args(["check", "tests/valid_agendas/byte-order-mark.ron"])
        .assert()
        .success()
        .stdout(
            "tests/valid_agendas/byte-order-mark.ron: ok — 1 item, 1 person, 5m planned\n  \
             Queue: a hand waits for at most 6 later hands (max_overtakes: no group\n  \
             outweighs another)\n",
        );
}

#[test]
fn check_plan_prints_when_each_item_starts() {
    let path = "tests/valid_agendas/past-the-planned-end.ron";
    cochair()
        .args(["check", "--plan", path])
        .assert()
        .success()
        .stdout(format!(
            "{path}: ok — 3 items and 1 break, 1 person, 2h 25m planned\n  \
             Queue: a hand waits for at most 6 later hands (max_overtakes: no group\n  \
             outweighs another)\n\
             18:00  10m  Welcome\n\
             18:10  1h   Budget 2027\n\
             19:10  15m  Tea (break)\n\
             19:25  1h   Respite review\n"
        ))
        .stderr(format!(
            "{path}:6:10: warning: the items run to 20:25, after the planned end 20:00\n"
        ));
    cochair()
        .args(["check", "--plan", "tests/valid_agendas/names-as-typed.ron"])
        .assert()
        .success()
        .stdout(
            "tests/valid_agendas/names-as-typed.ron: ok — 2 items, 3 people, 25m planned\n  \
             Queue: a Staff hand waits for at most 6 later hands (max_overtakes\n  \
             from the weights and sizes, at least 6)\n\
             +0:00  5m   Welcome\n\
             +0:05  20m  Budget\n",
        );
}

#[test]
fn every_example_agenda_can_be_sent_out() {
    for path in files_in("agendas") {
        for format in ["text", "markdown"] {
            let output = cochair()
                .arg("agenda")
                .arg(&path)
                .args(["--format", format])
                .output()
                .unwrap();
            let stdout = String::from_utf8(output.stdout).unwrap();
            assert!(output.status.success(), "{}", path.display());
            assert!(no_escape_sequences(stdout.as_bytes()));
            let lines: Vec<&str> = stdout.lines().collect();
            if format == "text" {
                assert!(lines[1].chars().all(|c| c == '='), "{stdout}");
                assert!(lines.iter().all(|l| l.chars().count() <= 72), "{stdout}");
            } else {
                assert!(lines[0].starts_with("# "), "{stdout}");
            }
            assert!(stdout.contains("Items"), "{stdout}");
        }
    }
}

#[test]
fn agenda_writes_to_a_file_and_refuses_a_bad_agenda() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("agenda.md");
    cochair()
        .args(["agenda", "agendas/consumer-advisory-group-quarterly.ron"])
        .args(["--format", "markdown", "-o"])
        .arg(&file)
        .assert()
        .success()
        .stdout("");
    let written = fs::read_to_string(&file).unwrap();
    assert!(
        written.starts_with("# Consumer Advisory Group — March quarterly meeting\n"),
        "{written}"
    );
    assert!(
        written.contains("- 18:50 · 5. Break — tea and coffee (15m).\n"),
        "{written}"
    );
    cochair()
        .args(["agenda", "tests/invalid_agendas/unknown-lead.ron"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicates::str::starts_with(
            "tests/invalid_agendas/unknown-lead.ron:16:66: lead \"Ana Lopes\"",
        ));
}

/// The text of the README's code block that starts with `first_line`, without that line when
/// it is the shell command.
fn readme_block(first_line: &str) -> String {
    let readme = fs::read_to_string("README.md").unwrap();
    let start = readme.find(first_line).expect(first_line);
    let block = &readme[start..];
    let block = &block[..block.find("\n```").unwrap() + 1];
    match first_line.strip_prefix("$ ") {
        Some(_) => block[first_line.len() + 1..].to_owned(),
        None => block.to_owned(),
    }
}

#[test]
fn the_readme_agenda_checks_plans_and_sends_out_as_shown() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("family-council.ron"),
        readme_block("Agenda(\n    title: \"Family Council — November\""),
    )
    .unwrap();
    for command in [
        "$ cochair check --plan family-council.ron",
        "$ cochair agenda family-council.ron",
    ] {
        let args: Vec<&str> = command.split(' ').skip(2).collect();
        cochair()
            .current_dir(dir.path())
            .args(&args)
            .assert()
            .success()
            .stdout(readme_block(command))
            .stderr("");
    }
}

#[test]
fn check_reports_the_summary_in_words() {
    cochair()
        .args(["check", "agendas/family-council.ron"])
        .assert()
        .success()
        .stdout(
            "agendas/family-council.ron: ok — 7 items, 8 people, 1h 20m planned\n  \
             Queue: a Staff hand waits for at most 10 later hands (max_overtakes\n  \
             from the weights and sizes: twice the 5 later turns that pass it in\n  \
             one wait when everyone keeps a hand up)\n",
        );
}

/// The `// warning: line:col: message` lines of a fixture, as `check` prints them.
fn expected_warnings(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("// warning: "))
        .map(|w| {
            let (at, message) = w.split_once(": ").unwrap();
            format!("{}:{at}: warning: {message}\n", path.display())
        })
        .collect()
}

#[test]
fn every_valid_agenda_checks_out_with_its_warnings_only() {
    for path in files_in("tests/valid_agendas") {
        let output = cochair().arg("check").arg(&path).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}: {stderr}",
            path.display()
        );
        assert_eq!(stderr, expected_warnings(&path), "{}", path.display());
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            stdout.starts_with(&format!("{}: ok — ", path.display())),
            "{stdout}"
        );
    }
}

#[test]
fn every_invalid_agenda_is_refused_with_its_position_and_reason() {
    for path in files_in("tests/invalid_agendas") {
        let expect = format!("{}:{}", path.display(), expectation(&path));
        let output = cochair().arg("check").arg(&path).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{}", path.display());
        assert!(
            stderr.starts_with(&expect),
            "expected {expect}\n     got {stderr}"
        );
    }
}

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
fn a_misspelled_subcommand_is_not_taken_for_an_agenda() {
    for args in [vec!["chekc", "agendas/family-council.ron"], vec!["chekc"]] {
        cochair()
            .args(&args)
            .assert()
            .code(2)
            .stdout("")
            .stderr("\"chekc\" is not a file; did you mean `cochair check`?\n");
    }
    cochair()
        .args(["kyes", "--keymap", "keymaps/clicker.ron"])
        .assert()
        .code(2)
        .stderr("\"kyes\" is not a file; did you mean `cochair keys`?\n");
    let missing = cochair().arg("my-meeting.ron").output().unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&missing.stderr).starts_with("my-meeting.ron: no such file"),
        "{}",
        String::from_utf8_lossy(&missing.stderr)
    );
}

#[test]
fn check_fails_if_any_file_is_bad_but_reports_all() {
    let output = cochair()
        .args([
            "check",
            "agendas/family-council.ron",
            "tests/invalid_agendas/unknown-lead.ron",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("family-council.ron: ok"));
    assert!(String::from_utf8_lossy(&output.stderr).contains("did you mean \"Ana Lopez\"?"));
}

#[test]
fn missing_files_and_directories_are_named() {
    let output = cochair()
        .args(["check", "no/such/agenda.ron", "agendas"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.contains("no/such/agenda.ron: no such file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("agendas: is a directory, not a file"),
        "{stderr}"
    );
}

#[test]
fn every_invalid_keymap_is_refused_with_its_position_and_reason() {
    for path in files_in("tests/invalid_keymaps") {
        let expect = format!("{}:{}", path.display(), expectation(&path));
        for args in [vec!["keys", "--keymap"], vec!["--keymap"]] {
            let output = cochair().args(&args).arg(&path).output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(1), "{args:?} {}", path.display());
            assert!(
                stderr.starts_with(&expect),
                "expected {expect}\n     got {stderr}"
            );
            assert!(no_escape_sequences(&output.stdout));
        }
    }
}

#[test]
fn keys_lists_every_binding_sorted_as_mode_key_action() {
    let output = cochair().arg("keys").output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted);
    for line in &lines {
        assert_eq!(line.split('\t').count(), 3, "{line:?}");
    }
    for expected in [
        "meeting\tn\tnext_item",
        "global\tq\tquit",
        "global\t?\thelp",
        "meeting\ts\tstart_meeting",
        "meeting\te\tend_meeting",
    ] {
        assert!(lines.contains(&expected), "missing {expected:?}");
    }
}

#[test]
fn the_clicker_keymap_moves_through_the_agenda() {
    let output = cochair()
        .args(["keys", "--keymap", "keymaps/clicker.ron"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    for expected in [
        "meeting\tpagedown\tnext_item",
        "meeting\tpageup\tprevious_item",
        "meeting\tn\tnext_item",
    ] {
        assert!(
            stdout.lines().any(|l| l == expected),
            "missing {expected:?} in\n{stdout}"
        );
    }
}

// The XDG folders are Linux's (and other Unixes' but macOS's); `src/store/paths.rs` has the
// others.
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn a_keymap_in_the_config_directory_is_used() {
    let config = tempfile::tempdir().unwrap();
    fs::create_dir_all(config.path().join("cochair")).unwrap();
    fs::write(
        config.path().join("cochair/keymap.ron"),
        r#"Keymap(modes: { "meeting": { "x": next_item } })"#,
    )
    .unwrap();
    let output = cochair()
        .arg("keys")
        .env("XDG_CONFIG_HOME", config.path())
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .any(|l| l == "meeting\tx\tnext_item")
    );
}

#[test]
fn help_and_version() {
    let out = cochair().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    for word in ["check", "keys", "--journal", "--keymap", "AGENDA"] {
        assert!(help.contains(word), "--help lacks {word}");
    }
    cochair()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("cochair {}\n", env!("CARGO_PKG_VERSION")));
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
        agenda: cochair::store::read_agenda(Path::new(agenda)).unwrap(),
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

#[test]
fn simulate_is_repeatable_and_its_json_has_the_same_figures() {
    let args = [
        "simulate",
        "agendas/reference-board.ron",
        "--eagerness",
        "professionals=2",
        "--seed",
        "3",
    ];
    let text = cochair().args(args).output().unwrap();
    assert!(text.status.success());
    let again = cochair().args(args).output().unwrap();
    assert_eq!(text.stdout, again.stdout, "same seed, same output");
    let table = String::from_utf8(text.stdout).unwrap();
    for expected in [
        "weighted-fair",
        "fifo",
        "progressive-stack",
        "longest wait (turns)",
        "most times overtaken",
        "never heard",
    ] {
        assert!(table.contains(expected), "missing {expected:?}:\n{table}");
    }
    let json = cochair().args(args).arg("--json").output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let policies = report["policies"].as_array().unwrap();
    assert_eq!(policies.len(), 3);
    for policy in policies {
        let share = policy["groups"][0]["share"].as_f64().unwrap();
        let shown = format!("{:.0}% airtime", share * 100.0);
        assert!(table.contains(&shown), "{shown} not in\n{table}");
    }
    assert_eq!(report["eagerness"]["professionals"], 2.0);
    let customers = &policies[0]["groups"][0];
    assert_eq!(customers["target"], 0.6);
    assert_eq!(customers["weight"], 2.0);
    assert!(policies[0]["groups"][1]["target"].is_null());
    assert!(table.contains("Customer leaders (weight 2, target 60%)"));
}

#[test]
fn simulate_refuses_unknown_groups_and_policies() {
    let output = cochair()
        .args([
            "simulate",
            "agendas/reference-board.ron",
            "--eagerness",
            "staff=2",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("there is no group \"staff\""));
    let output = cochair()
        .args([
            "simulate",
            "agendas/reference-board.ron",
            "--policy",
            "loudest",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "clap refuses unknown values");
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    use std::io::Read;
    use std::process::{Command as Std, Stdio};
    let mut child = Std::new(env!("CARGO_BIN_EXE_cochair"))
        .args(["simulate", "agendas/reference-board.ron", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    child.wait().unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn export_writes_every_format_from_a_journal() {
    let fixture = "tests/fixtures/advisory-group.jsonl";
    for (format, expected) in [
        ("minutes", "Minutes: Consumer Advisory Group"),
        ("markdown", "# Minutes: Consumer Advisory Group"),
        ("actions", "Kwame Asante"),
        (
            "todo",
            "+consumer-advisory-group-community-mental-health owner:Kwame_Asante",
        ),
    ] {
        let output = cochair()
            .args(["export", fixture, "--format", format])
            .output()
            .unwrap();
        assert!(output.status.success(), "{format}");
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(text.contains(expected), "{format}: {text}");
        assert!(
            !text.contains("two days of medication"),
            "{format} leaks a confidential note"
        );
    }
    let output = cochair()
        .args(["export", fixture, "--include-confidential"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains("two days of medication"));
}

#[test]
fn export_to_a_file_and_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("minutes.md");
    cochair()
        .args([
            "export",
            "tests/fixtures/advisory-group.jsonl",
            "--format",
            "markdown",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    assert!(fs::read_to_string(&out).unwrap().starts_with("# Minutes"));
    let output = cochair()
        .args(["export", "no/such.jsonl"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no/such.jsonl: no such file"));
}

#[cfg(unix)]
#[test]
fn export_to_a_new_file_is_private_and_an_existing_file_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let export = |out: &Path| {
        cochair()
            .args(["export", "tests/fixtures/advisory-group.jsonl", "-o"])
            .arg(out)
            .assert()
            .success();
    };
    let new = dir.path().join("new.txt");
    export(&new);
    assert_eq!(mode(&new), 0o600, "{:o}", mode(&new));
    let shared = dir.path().join("shared.txt");
    fs::write(&shared, "last month's minutes").unwrap();
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o644)).unwrap();
    export(&shared);
    assert!(fs::read_to_string(&shared).unwrap().starts_with("Minutes"));
    assert_eq!(mode(&shared), 0o644, "{:o}", mode(&shared));
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
        cmd.env("XDG_CONFIG_HOME", home.path().join("config"))
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

#[test]
fn simulate_gives_waits_in_minutes_as_well_as_turns() {
    let args = [
        "simulate",
        "agendas/reference-board.ron",
        "--policy",
        "fifo",
    ];
    let table = cochair().args(args).output().unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    let json = cochair().args(args).arg("--json").output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let fifo = &report["policies"][0];
    let longest = fifo["longest_wait_seconds"].as_i64().unwrap();
    let shown = format!("{:02}:{:02}", longest / 60, longest % 60);
    let line = table
        .lines()
        .find(|l| l.starts_with("longest wait (minutes)"))
        .unwrap();
    assert!(line.ends_with(&shown), "{shown} not in {line:?}");
    for group in fifo["groups"].as_array().unwrap() {
        let median = group["median_wait_seconds"].as_i64().unwrap();
        assert!(median > 0 && median <= longest, "{group}");
        assert!(group["median_wait_turns"].as_u64().unwrap() > 0, "{group}");
        let shown = format!("{:02}:{:02}", median / 60, median % 60);
        assert!(table.contains(&shown), "{shown} not in\n{table}");
    }
}

#[test]
fn simulate_says_when_the_queue_is_saturated() {
    let eager = [
        "simulate",
        "agendas/reference-board.ron",
        "--eagerness",
        "customers=50",
        "--eagerness",
        "professionals=50",
    ];
    let table = cochair().args(eager).output().unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.contains("Nearly everyone has a hand up"), "{table}");
    let json = cochair().args(eager).arg("--json").output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["saturated_from"], 0.95);
    let note = report["saturation_note"].as_str().unwrap();
    assert!(note.starts_with("Nearly everyone has a hand up all the time"));
    for policy in report["policies"].as_array().unwrap() {
        assert_eq!(policy["saturated"], true);
        assert!(policy["hands_up"].as_f64().unwrap() >= 0.95);
        for group in policy["groups"].as_array().unwrap() {
            assert!(group["hands_up"].as_f64().unwrap() >= policy["hands_up"].as_f64().unwrap());
        }
    }
    let calm = cochair()
        .args(["simulate", "agendas/reference-board.ron", "--json"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&calm.stdout).unwrap();
    assert!(report["saturation_note"].is_null());
    assert_eq!(report["policies"][0]["saturated"], false);
}

#[test]
fn simulate_tries_a_weight_without_editing_the_file() {
    let base = ["simulate", "agendas/reference-board.ron", "--json"];
    let share = |extra: &[&str]| {
        let output = cochair().args(base).args(extra).output().unwrap();
        assert!(output.status.success(), "{extra:?}");
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let fair = &report["policies"][0];
        assert_eq!(fair["policy"], "weighted-fair");
        (fair["groups"][0]["share"].as_f64().unwrap(), report)
    };
    let (agenda, _) = share(&[]);
    let (tried, report) = share(&["--weight", "customers=1", "--weight", "professionals=1.5"]);
    assert!(tried < agenda - 0.1, "{tried} against {agenda}");
    assert_eq!(report["weights"]["customers"], 1.0);
    assert_eq!(report["weights"]["professionals"], 1.5);
    assert_eq!(report["policies"][0]["groups"][1]["weight"], 1.5);
    let table = cochair()
        .args([
            "simulate",
            "agendas/reference-board.ron",
            "--weight",
            "customers=3",
        ])
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(
        table.contains("Weights tried: customers 3 (agenda: 2)."),
        "{table}"
    );
    assert!(
        table.contains("Customer leaders (weight 3, target 60%)"),
        "{table}"
    );
}

#[test]
fn simulate_refuses_bad_weights_and_eagerness() {
    // The form and the number are the command line's: usage errors, exit 2.
    for (flag, value, message) in [
        (
            "--weight",
            "customers",
            "write it as GROUP=WEIGHT, like carers=1.5",
        ),
        (
            "--weight",
            "customers=0",
            "the weight must be a number above 0",
        ),
        (
            "--weight",
            "customers=heavy",
            "the weight must be a number above 0",
        ),
        (
            "--eagerness",
            "customers",
            "write it as GROUP=RATE, like staff=2",
        ),
        (
            "--eagerness",
            "customers=-1",
            "the rate must be a number of 0 or more",
        ),
    ] {
        let output = cochair()
            .args(["simulate", "agendas/reference-board.ron", flag, value])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{flag} {value}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{flag} {value}: {stderr}");
        assert!(output.stdout.is_empty());
    }
    // The group is the agenda's: exit 1, like a bad file.
    let output = cochair()
        .args([
            "simulate",
            "agendas/reference-board.ron",
            "--weight",
            "carers=1.5",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "--weight carers=1.5: there is no group \"carers\" (groups: customers, professionals)\n"
    );
}

#[test]
fn simulate_sums_up_a_range_of_seeds() {
    let args = [
        "simulate",
        "agendas/reference-board.ron",
        "--eagerness",
        "professionals=2",
        "--seeds",
        "1..10",
    ];
    let output = cochair().args(args).output().unwrap();
    assert!(output.status.success());
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.contains("seeds 1..10 (10 runs)"), "{table}");
    assert!(
        table.contains("the lowest and highest in brackets"),
        "{table}"
    );
    let json = cochair().args(args).arg("--json").output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["seeds"]["first"], 1);
    assert_eq!(report["seeds"]["last"], 10);
    assert_eq!(report["seeds"]["runs"], 10);
    assert_eq!(report["spread"], "min-max");
    assert!(report.get("seed").is_none());
    let policies = report["policies"].as_array().unwrap();
    assert_eq!(policies.len(), 3);
    for policy in policies {
        assert_eq!(policy["runs"], 10);
        for key in [
            "longest_wait_turns",
            "longest_wait_seconds",
            "most_overtaken",
            "never_heard",
            "hands_up",
        ] {
            let spread = &policy[key];
            let value = |end: &str| spread[end].as_f64().unwrap();
            assert!(value("min") <= value("median"), "{key}: {spread}");
            assert!(value("median") <= value("max"), "{key}: {spread}");
        }
        let customers = &policy["groups"][0];
        assert_eq!(customers["target"], 0.6);
        let share = &customers["share"];
        let (median, min, max) = (
            share["median"].as_f64().unwrap(),
            share["min"].as_f64().unwrap(),
            share["max"].as_f64().unwrap(),
        );
        assert!(min < median && median < max, "{share}");
        let shown = format!(
            "{:.0}% ({:.0}%–{:.0}%)",
            median * 100.0,
            min * 100.0,
            max * 100.0
        );
        assert!(table.contains(&shown), "{shown} not in\n{table}");
        assert!(customers["median_wait_seconds"]["median"].as_i64().unwrap() > 0);
        assert!(customers["hands_up"]["median"].as_f64().unwrap() > 0.0);
    }
}

#[test]
fn simulate_refuses_bad_seed_ranges() {
    for (args, message) in [
        (
            ["--seeds", "1..20", "--seed", "3"].as_slice(),
            "'--seeds <FIRST..LAST>' cannot be used with '--seed <SEED>'",
        ),
        (&["--seeds", "20"], "write it as FIRST..LAST, like 1..20"),
        (&["--seeds", "9..2"], "the first seed comes after the last"),
        (&["--seeds", "1..5000"], "at most 1000 seeds"),
    ] {
        let output = cochair()
            .args(["simulate", "agendas/reference-board.ron"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}

/// The tables in the README's simulate section are what the command prints.
#[test]
fn the_readme_simulate_examples_are_true() {
    let readme = fs::read_to_string("README.md").unwrap();
    let mut checked = 0;
    for block in readme.split("```\n$ cochair ").skip(1) {
        let block = &block[..block.find("```").unwrap()];
        let (command, shown) = block.split_once('\n').unwrap();
        if !command.starts_with("simulate ") {
            continue;
        }
        let output = cochair().args(command.split_whitespace()).output().unwrap();
        assert!(output.status.success(), "{command}");
        let printed = String::from_utf8(output.stdout).unwrap();
        let table: Vec<&str> = printed
            .lines()
            .skip_while(|l| !l.starts_with("    "))
            .collect();
        let shown: Vec<&str> = shown.lines().collect();
        if shown.contains(&"…") {
            for line in shown.iter().filter(|l| **l != "…") {
                assert!(
                    table.contains(line),
                    "{command}: {line:?} not in\n{printed}"
                );
            }
        } else {
            assert_eq!(shown, table, "{command}");
        }
        checked += 1;
    }
    assert_eq!(checked, 5, "the README's simulate examples");
}

/// The bound the README shows `check` print for the three groups is what it prints.
#[test]
fn the_readme_overtake_bound_is_what_check_says() {
    cochair()
        .args(["check", "agendas/three-groups.ron"])
        .assert()
        .success()
        .stdout(readme_block("agendas/three-groups.ron: ok"));
}

#[test]
fn simulate_refuses_a_bound_of_nothing() {
    let output = cochair()
        .args([
            "simulate",
            "agendas/three-groups.ron",
            "--max-overtakes",
            "0",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--max-overtakes"));
}

/// Every subcommand ends the same way when it cannot do its job: the reason alone on standard
/// error, nothing on standard output, exit 1.
#[test]
fn every_subcommand_fails_the_same_way() {
    for args in [
        ["check", "nope.ron"].as_slice(),
        &["agenda", "nope.ron"],
        &["keys", "--keymap", "nope.ron"],
        &["export", "nope.ron"],
        &["simulate", "nope.ron"],
        &["nope.ron"],
    ] {
        cochair()
            .args(args)
            .assert()
            .code(1)
            .stdout("")
            .stderr("nope.ron: no such file\n");
    }
    cochair()
        .args(["--journal", "nope.jsonl"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "nope.jsonl: no such journal; to start a new meeting give its agenda: \
             cochair AGENDA.ron --journal nope.jsonl\n",
        );
}

const SUBCOMMANDS: [&str; 7] = [
    "check",
    "agenda",
    "keys",
    "export",
    "simulate",
    "completions",
    "man",
];

#[test]
fn completions_for_every_shell_offer_every_subcommand() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = cochair().args(["completions", shell]).output().unwrap();
        assert!(output.status.success(), "{shell}");
        assert!(output.stderr.is_empty(), "{shell}");
        let script = String::from_utf8(output.stdout).unwrap();
        for word in SUBCOMMANDS
            .iter()
            .chain(&["journal", "include-confidential"])
        {
            assert!(script.contains(word), "{shell}: {word} is not offered");
        }
    }
}

/// The bash script really completes: a subcommand from its start, an option, and the choices
/// of a value.
#[test]
fn bash_completes_subcommands_options_and_choices() {
    if std::process::Command::new("bash")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("SKIPPED bash_completes_subcommands_options_and_choices: no bash here");
        return;
    }
    let script = cochair().args(["completions", "bash"]).output().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cochair.bash");
    fs::write(&path, script.stdout).unwrap();
    let complete = |words: &[&str]| {
        let words: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        let line = format!(
            // As bash calls it: the command, the word being completed, the word before it.
            "source '{}'; COMP_WORDS=({}); COMP_CWORD={}; _cochair cochair {} {}; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            path.display(),
            words.join(" "),
            words.len() - 1,
            words[words.len() - 1],
            words[words.len() - 2],
        );
        let output = std::process::Command::new("bash")
            .args(["-c", &line])
            .output()
            .unwrap();
        assert!(output.status.success(), "{line}");
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(complete(&["cochair", "ex"]), "export\n");
    assert_eq!(complete(&["cochair", "sim"]), "simulate\n");
    assert_eq!(
        complete(&["cochair", "export", "--inc"]),
        "--include-confidential\n"
    );
    assert_eq!(
        complete(&["cochair", "export", "--format", ""]),
        "minutes\nmarkdown\nactions\ntodo\neasy-read\n"
    );
    assert_eq!(complete(&["cochair", "completions", "p"]), "powershell\n");
}

#[test]
fn the_man_page_is_roff_with_every_subcommand_in_it() {
    let output = cochair().arg("man").output().unwrap();
    assert!(output.status.success());
    assert!(output.stderr.is_empty());
    let page = String::from_utf8(output.stdout).unwrap();
    assert!(page.contains("\n.TH cochair 1 "), "{page}");
    assert!(page.contains("\n.SH SYNOPSIS\n"), "{page}");
    assert!(page.contains("\n.SH COMMANDS\n"), "{page}");
    for name in SUBCOMMANDS {
        assert!(
            page.contains(&format!("\n.SS \"cochair {name}\"\n")),
            "{name} has no part of the page"
        );
    }
    assert!(
        !page.contains("cochair\\-check(1)"),
        "no pointers to pages that are not installed"
    );
    assert_eq!(
        page.matches(".ds Aq").count(),
        2,
        "the apostrophe is defined once"
    );
    assert!(page.contains("The meeting\\*(Aqs journal"), "{page}");
    // Where groff is installed, it reads the page without a warning.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cochair.1");
    fs::write(&path, &page).unwrap();
    match std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .arg(&path)
        .output()
    {
        Ok(groff) => {
            assert!(groff.status.success());
            assert_eq!(String::from_utf8_lossy(&groff.stderr), "");
        }
        Err(_) => eprintln!("SKIPPED groff's reading of the man page: no groff here"),
    }
}

/// Every kind of bad argument is a usage error, found by clap before any file is read: exit 2,
/// the argument and what is wrong with it on standard error, nothing on standard output.
#[test]
fn every_kind_of_bad_argument_is_a_usage_error() {
    let simulate = ["simulate", "agendas/reference-board.ron"].as_slice();
    for (before, args, message) in [
        (
            simulate,
            ["--minutes", "0"].as_slice(),
            "invalid value '0' for '--minutes <M>': the meeting must last from 1 to 1440 minutes (a day)",
        ),
        (
            simulate,
            &["--minutes", "1441"],
            "the meeting must last from 1 to 1440 minutes",
        ),
        (
            simulate,
            &["--minutes", "-5"],
            "invalid value '-5' for '--minutes <M>'",
        ),
        (
            simulate,
            &["--minutes", "ten"],
            "the meeting must last from 1 to 1440 minutes",
        ),
        (
            simulate,
            &["--seed", "foo"],
            "invalid value 'foo' for '--seed <SEED>': the seed must be a whole number of 0 or more",
        ),
        (
            simulate,
            &["--seed", "-1"],
            "invalid value '-1' for '--seed <SEED>'",
        ),
        (
            simulate,
            &["--seed", "1.5"],
            "the seed must be a whole number",
        ),
        (simulate, &["--seeds", "a..b"], "write it as FIRST..LAST"),
        (
            simulate,
            &["--eagerness", "foo"],
            "invalid value 'foo' for '--eagerness <GROUP=RATE>': write it as GROUP=RATE, like staff=2",
        ),
        (simulate, &["--eagerness", "=2"], "the group is missing"),
        (
            simulate,
            &["--weight", "customers=-1"],
            "the weight must be a number above 0",
        ),
        (
            simulate,
            &["--policy", "loudest"],
            "invalid value 'loudest' for '--policy <POLICY>'",
        ),
        (
            &["export", "m.jsonl"],
            &["--format", "pdf"],
            "[possible values: minutes, markdown, actions, todo, easy-read]",
        ),
        (
            &["agenda", "a.ron"],
            &["--format", "pdf"],
            "[possible values: text, markdown, easy-read]",
        ),
        (
            &[],
            &["--theme", "dark"],
            "[possible values: standard, high-contrast]",
        ),
        (
            &["completions"],
            &["tcsh"],
            "invalid value 'tcsh' for '<SHELL>'",
        ),
        (
            &["completions"],
            &[],
            "the following required arguments were not provided:\n  <SHELL>",
        ),
        (
            &["check"],
            &[""],
            "a value is required for '<AGENDA>...' but none was supplied",
        ),
        (
            &["export"],
            &[],
            "the following required arguments were not provided:\n  <JOURNAL>",
        ),
        (
            &[],
            &["--rehearse", "--journal", "m.jsonl"],
            "the argument '--rehearse' cannot be used with '--journal <PATH>'",
        ),
        (
            &["keys"],
            &["--keymapp", "k.ron"],
            "unexpected argument '--keymapp' found",
        ),
    ] {
        let output = cochair().args(before).args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{before:?} {args:?}: {stderr}"
        );
        assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{before:?} {args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn export_help_says_what_the_journal_is() {
    let output = cochair().args(["export", "--help"]).output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    let described = help
        .split_once("  <JOURNAL>\n")
        .and_then(|(_, after)| after.lines().next())
        .unwrap_or_default();
    assert!(
        described
            .trim()
            .starts_with("The meeting's journal (a .jsonl file)"),
        "{help}"
    );
    let short = cochair().args(["export", "-h"]).output().unwrap();
    let short = String::from_utf8(short.stdout).unwrap();
    assert!(
        short.contains("<JOURNAL>  The meeting's journal"),
        "{short}"
    );
}

/// The nearest subcommand is found by edit distance, ignoring case, new subcommands too.
#[test]
fn a_misspelled_new_subcommand_gets_the_nearest_name() {
    for (word, meant) in [
        ("mna", "man"),
        ("completoins", "completions"),
        ("EXPROT", "export"),
        ("simulte", "simulate"),
    ] {
        cochair()
            .args([word, "bash"])
            .assert()
            .code(2)
            .stdout("")
            .stderr(format!(
                "\"{word}\" is not a file; did you mean `cochair {meant}`?\n"
            ));
    }
}

/// The README's table of folders is the one in `src/store/paths.rs`, row for row.
#[test]
fn the_readme_lists_the_folders_the_code_uses() {
    let module = fs::read_to_string("src/store/paths.rs").unwrap();
    let rows: Vec<&str> = module
        .lines()
        .filter_map(|l| l.strip_prefix("//! | "))
        .filter(|row| {
            ["Linux", "macOS", "Windows"]
                .iter()
                .any(|p| row.starts_with(p))
        })
        .collect();
    assert_eq!(rows.len(), 3, "{module}");
    let readme = fs::read_to_string("README.md").unwrap();
    for row in rows {
        assert!(
            readme.contains(&format!("\n| {row}\n")),
            "the README's table has no row {row:?}"
        );
    }
}

/// Journals and the keymap are found in one place: no other source file asks the platform for
/// a folder of its own.
#[test]
fn only_the_paths_module_computes_cochairs_folders() {
    fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    assert!(files.len() > 20);
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.ends_with("store/paths.rs")) {
        let text = fs::read_to_string(file).unwrap();
        let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
        for line in code {
            for word in [
                "directories::",
                "ProjectDirs",
                "XDG_",
                "APPDATA",
                "home_dir",
                "\"HOME\"",
                ".local/share",
                "Application Support",
            ] {
                if line.contains(word) {
                    found.push(format!("{}: {}", file.display(), line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The README installs with the locked dependencies, and the release build is the small one
/// whose size the README gives.
#[test]
fn the_install_line_is_locked_and_the_release_build_is_small() {
    let readme = fs::read_to_string("README.md").unwrap();
    assert!(readme.contains("\ncargo install --path . --locked\n"));
    assert!(!readme.contains("cargo install --path .\n"));
    let manifest = fs::read_to_string("Cargo.toml").unwrap();
    let release = manifest
        .split("\n[profile.release]\n")
        .nth(1)
        .and_then(|rest| rest.split("\n[").next())
        .expect("a [profile.release] section");
    let lines: Vec<&str> = release.lines().collect();
    for setting in [
        "lto = \"fat\"",
        "codegen-units = 1",
        "strip = true",
        "opt-level = \"s\"",
    ] {
        assert!(lines.contains(&setting), "{setting}: {release}");
    }
    // A panic unwinds, so the socket and a rehearsal's files are cleaned up.
    assert!(!manifest.contains("panic = \"abort\""), "{release}");
}

/// The Easy Read agenda speaks the agenda's language, `--lang` over it, the locale when the
/// agenda has none; a language cochair does not have is English, with one line saying so.
#[test]
fn the_easy_read_agenda_speaks_the_language_asked_for() {
    let agenda = |args: &[&str], locale: &str| {
        let mut cmd = cochair();
        cmd.env("LANG", locale)
            .args(["agenda", "--format", "easy-read"])
            .args(args);
        let output = cmd.output().unwrap();
        assert!(output.status.success(), "{args:?}");
        (
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    };
    let spanish_agenda = "agendas/consejo-de-familias.ron";
    let (text, said) = agenda(&[spanish_agenda], "C.UTF-8");
    assert!(
        text.contains("La reunión es el jueves, 3 de diciembre de 2026."),
        "{text}"
    );
    assert!(
        text.contains("Empieza a las 5 y media de la tarde."),
        "{text}"
    );
    assert_eq!(said, "");
    let (text, _) = agenda(&[spanish_agenda, "--lang", "en"], "es_ES.UTF-8");
    assert!(
        text.contains("The meeting is on Thursday 3 December 2026."),
        "{text}"
    );
    let (text, _) = agenda(&["agendas/family-council.ron"], "es_MX.UTF-8");
    assert!(
        text.contains("Este es el plan de nuestra reunión."),
        "{text}"
    );
    let (text, said) = agenda(&["agendas/family-council.ron", "--lang", "fr"], "C.UTF-8");
    assert!(text.contains("This is the plan for our meeting."), "{text}");
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(
        said.contains("\"fr\"") && said.contains("es (Español)"),
        "{said}"
    );
}

/// The same journal exports in either language; the machine formats are the same whatever
/// the language.
#[test]
fn a_journal_exports_in_any_language_and_machine_formats_never_change() {
    let journal = "tests/fixtures/advisory-group.jsonl";
    let export = |format: &str, lang: &str| {
        let output = cochair()
            .args(["export", journal, "--format", format, "--lang", lang])
            .output()
            .unwrap();
        assert!(output.status.success(), "{format} {lang}");
        String::from_utf8(output.stdout).unwrap()
    };
    let spanish = export("easy-read", "es");
    assert!(
        spanish.contains("Estas son las notas de nuestra reunión."),
        "{spanish}"
    );
    assert!(spanish.contains("Lo que decidimos"), "{spanish}");
    let english = export("easy-read", "en");
    assert!(
        english.contains("These are the notes of our meeting."),
        "{english}"
    );
    assert_eq!(export("todo", "es"), export("todo", "en"));
}
