//! Usage: `--help` and `--version`, every kind of bad argument a usage error with exit code 2,
//! and a misspelled subcommand answered with the nearest name, never taken for a file.

use crate::cochair;
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
