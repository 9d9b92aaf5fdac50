//! Sending the agenda out: `cochair agenda` for every example, to a file, refusing a bad
//! agenda, and its Easy Read version in the language asked for.

use std::fs;

use crate::{cochair, files_in, no_escape_sequences};
#[test]
fn every_example_agenda_can_be_sent_out() {
    for path in files_in("agendas") {
        for format in ["text", "markdown"] {
            let output = cochair()
                .arg("agenda")
                .arg(&path)
                .args(["--format", format, "--lang", "en"])
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
