//! Follow-through between meetings through the real binary: `cochair report` in every format
//! and its chart, `--series`, journals of different agendas and damaged ones, Easy Read
//! minutes, and `--follows` refusing what is not the journal of a last meeting.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

const SERIES: [&str; 3] = [
    "tests/fixtures/follow/family-council-2026-10-27.jsonl",
    "tests/fixtures/follow/family-council-2026-11-24.jsonl",
    "tests/fixtures/follow/family-council-2026-12-15.jsonl",
];

fn cochair(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("cochair").unwrap();
    cmd.env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("NO_COLOR")
        // The words follow the locale: the tests set theirs.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

#[test]
fn a_report_in_every_format() {
    let home = tempfile::tempdir().unwrap();
    let text = cochair(home.path())
        .arg("report")
        .args(SERIES)
        .assert()
        .success();
    let text = String::from_utf8(text.get_output().stdout.clone()).unwrap();
    assert!(text.starts_with("Report: Family Council, 27 October 2026 to 15 December 2026"));
    assert!(
        text.contains("2026-11-24  5/2        70% ▲   3 of 7        2       1    4     2"),
        "{text}"
    );
    let csv = cochair(home.path())
        .args(["report", "--format", "csv"])
        .args(SERIES)
        .assert()
        .success();
    let csv = String::from_utf8(csv.get_output().stdout.clone()).unwrap();
    assert_eq!(csv.lines().count(), 5, "{csv}");
    cochair(home.path())
        .args(["report", "--format", "markdown"])
        .args(SERIES)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "| 2026-12-15 | 5 | 2 | 75% ▲ | 60% | 4 of 7 |",
        ));
}

#[test]
fn the_chart_and_the_report_go_to_files() {
    let home = tempfile::tempdir().unwrap();
    let chart = home.path().join("year.svg");
    let out = home.path().join("year.txt");
    cochair(home.path())
        .arg("report")
        .args(SERIES)
        .arg("--chart")
        .arg(&chart)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let svg = fs::read_to_string(&chart).unwrap();
    assert!(svg.starts_with("<svg"), "{svg}");
    assert!(fs::read_to_string(&out).unwrap().contains("All 3"));
}

#[test]
fn a_series_from_a_folder_or_by_name_from_the_data_folder() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data").join("cochair");
    fs::create_dir_all(&data).unwrap();
    for path in SERIES {
        let name = Path::new(path).file_name().unwrap();
        fs::copy(path, data.join(name)).unwrap();
    }
    fs::write(
        data.join("family-council-2026-11-24-minutes.txt"),
        "not a journal",
    )
    .unwrap();
    for series in [
        "family-council",
        "family-council.ron",
        data.to_str().unwrap(),
    ] {
        cochair(home.path())
            .args(["report", "--format", "csv", "--series", series])
            .assert()
            .success()
            .stdout(predicate::str::contains(
                "2026-10-27,family-council-2026-10-27.jsonl",
            ));
    }
    cochair(home.path())
        .args(["report", "--series", "nonprofit-board"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no journals of nonprofit-board in",
        ));
}

#[test]
fn journals_of_different_agendas_are_refused_unless_mixed() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("report.txt");
    cochair(home.path())
        .args([
            "report",
            SERIES[0],
            "tests/fixtures/advisory-group.jsonl",
            "-o",
        ])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("meetings of 2 different agendas"))
        .stderr(predicate::str::contains("--mixed"));
    assert!(!out.exists(), "nothing written");
    cochair(home.path())
        .args([
            "report",
            "--mixed",
            SERIES[0],
            "tests/fixtures/advisory-group.jsonl",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("2026-12-03"));
}

#[test]
fn a_damaged_journal_is_named_with_its_line_and_the_others_still_reported() {
    let home = tempfile::tempdir().unwrap();
    let mut text = fs::read_to_string(SERIES[1]).unwrap();
    text = text.replacen("\"event\":\"turn_ended\"", "\"event\":\"turn_endd\"", 1);
    let damaged = home.path().join("family-council-2026-11-24.jsonl");
    fs::write(&damaged, text).unwrap();
    let assert = cochair(home.path())
        .arg("report")
        .args([SERIES[0], SERIES[2]])
        .arg(&damaged)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("family-council-2026-11-24.jsonl:"))
        .stderr(predicate::str::contains("unknown event"));
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(
        out.contains("2026-10-27") && out.contains("2026-12-15"),
        "{out}"
    );
    assert!(
        out.contains("- family-council-2026-11-24.jsonl: line "),
        "left out, and said so: {out}"
    );
}

/// `report` and `export` say what is wrong with a damaged journal in the language asked for,
/// after its path and line.
#[test]
fn a_damaged_journal_is_said_in_the_command_s_language() {
    let home = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(SERIES[1]).unwrap().replacen(
        "\"event\":\"turn_ended\"",
        "\"event\":\"turn_endd\"",
        1,
    );
    let damaged = home.path().join("family-council-2026-11-24.jsonl");
    fs::write(&damaged, text).unwrap();
    let at = format!("{}:", damaged.display());
    let assert = cochair(home.path())
        .args(["report", "--lang", "es", SERIES[0]])
        .arg(&damaged)
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(&at))
        .stderr(predicate::str::contains(
            ": evento desconocido: unknown variant `turn_endd`",
        ))
        .stderr(predicate::str::contains("; el archivo quedó como estaba\n"));
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(
        out.contains("- family-council-2026-11-24.jsonl: línea 14: evento desconocido: unknown\n"),
        "left out, and said so in Spanish: {out}"
    );
    cochair(home.path())
        .args(["export", "--lang", "es"])
        .arg(&damaged)
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(&at))
        .stderr(predicate::str::contains("; el archivo quedó como estaba\n"));
}

#[test]
fn easy_read_minutes_from_the_command_line() {
    let home = tempfile::tempdir().unwrap();
    cochair(home.path())
        .args(["export", SERIES[1], "--format", "easy-read"])
        .assert()
        .success()
        .stdout(predicate::str::contains("What we decided\n---------------"))
        .stdout(predicate::str::contains("These jobs are done:"));
}

#[test]
fn the_review_keys_are_listed() {
    let home = tempfile::tempdir().unwrap();
    cochair(home.path())
        .arg("keys")
        .assert()
        .success()
        .stdout(predicate::str::contains("meeting\tu\treview_actions"))
        .stdout(predicate::str::contains("review\td\taction_done"))
        .stdout(predicate::str::contains("review\tc\taction_carry"))
        .stdout(predicate::str::contains("review\tx\taction_drop"));
}

#[test]
fn follows_refuses_what_is_not_the_journal_of_a_last_meeting() {
    let home = tempfile::tempdir().unwrap();
    let journal = home.path().join("november.jsonl");
    let missing = home.path().join("missing.jsonl");
    let cases: [(&str, &str); 2] = [
        (
            "agendas/family-council.ron",
            "agendas/family-council.ron: is an agenda, not a meeting's journal",
        ),
        (missing.to_str().unwrap(), "missing.jsonl: no such file"),
    ];
    for (follows, message) in cases {
        cochair(home.path())
            .args([
                "agendas/family-council.ron",
                "--follows",
                follows,
                "--journal",
            ])
            .arg(&journal)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(message));
    }
    assert!(!journal.exists(), "nothing written");
    // A good one gets as far as asking for a terminal, still writing nothing.
    cochair(home.path())
        .args([
            "agendas/family-council.ron",
            "--follows",
            SERIES[0],
            "--journal",
        ])
        .arg(&journal)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cochair needs a terminal"));
    assert!(!journal.exists());
}

/// The report shown in the README is what `cochair report` prints for the fixtures' series.
#[test]
fn the_readme_report_is_true() {
    let readme = fs::read_to_string("README.md").unwrap();
    let start = readme
        .find("```\nReport: Family Council")
        .expect("the README's report");
    let block = &readme[start + 4..];
    let block = &block[..block.find("```").unwrap()];
    let home = tempfile::tempdir().unwrap();
    let out = cochair(home.path())
        .arg("report")
        .args(SERIES)
        .output()
        .unwrap();
    let printed = String::from_utf8(out.stdout).unwrap();
    assert!(
        printed.starts_with(block),
        "README:\n{block}\nprinted:\n{printed}"
    );
}
