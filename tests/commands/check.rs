//! Checking agendas: `cochair check` on every example and fixture, its summary, warnings
//! and plan, and every kind of bad agenda refused with `path:line:col: message`.

use std::fs;
use std::path::Path;

use crate::{cochair, expectation, files_in, readme_block};
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
