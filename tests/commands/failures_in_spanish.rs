//! What a command that fails says when the file it was given cannot be used, or a group is
//! not the agenda's: in Spanish with `--lang es` (or a Spanish locale), and in English as it
//! always was.

use crate::cochair;

const AGENDA: &str = "agendas/reference-board.ron";
const JOURNAL: &str = "tests/fixtures/follow/family-council-2026-10-27.jsonl";

/// `cochair args` in `lang` (`--lang` given after the rest): its exit code and standard error.
fn failed(lang: &str, args: &[&str]) -> (Option<i32>, String) {
    let output = cochair()
        .args(args)
        .args(["--lang", lang])
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn a_group_that_is_not_the_agenda_s_is_said_in_both_languages() {
    let unknown = ["simulate", AGENDA, "--weight", "staf=2"];
    assert_eq!(
        failed("es", &unknown),
        (
            Some(1),
            "--weight staf=2: no hay ningún grupo \"staf\" (grupos: customers, professionals)\n"
                .into()
        )
    );
    assert_eq!(
        failed("en", &unknown),
        (
            Some(1),
            "--weight staf=2: there is no group \"staf\" (groups: customers, professionals)\n"
                .into()
        )
    );
    let twice = [
        "simulate",
        AGENDA,
        "--eagerness",
        "customers=2",
        "--eagerness",
        "customers=3",
    ];
    let (code, spanish) = failed("es", &twice);
    assert_eq!(code, Some(1));
    assert_eq!(
        spanish,
        "--eagerness: el grupo \"customers\" aparece dos veces\n"
    );
    let (_, english) = failed("en", &twice);
    assert_eq!(
        english,
        "--eagerness: the group \"customers\" is given twice\n"
    );
}

#[test]
fn a_missing_keymap_is_said_in_the_command_s_language() {
    let (code, spanish) = failed("es", &["--keymap", "nope.ron", AGENDA]);
    assert_eq!(code, Some(1));
    assert_eq!(spanish, "nope.ron: no existe ese archivo\n");
    let (_, english) = failed("en", &["--keymap", "nope.ron", AGENDA]);
    assert_eq!(english, "nope.ron: no such file\n");
    let folder = tempfile::tempdir().unwrap();
    let keys = |locale: &str| {
        let mut cmd = cochair();
        let output = cmd
            .env("LANG", locale)
            .args(["keys", "--keymap"])
            .arg(folder.path())
            .output()
            .unwrap();
        String::from_utf8(output.stderr).unwrap()
    };
    let shown = folder.path().display();
    assert_eq!(
        keys("es_ES.UTF-8"),
        format!("{shown}: es una carpeta, no un archivo\n")
    );
    assert_eq!(
        keys("C.UTF-8"),
        format!("{shown}: is a directory, not a file\n")
    );
}

#[test]
fn an_output_file_that_cannot_be_written_is_said_in_both_languages() {
    for command in [
        ["agenda", AGENDA, "-o", "/nonexistent/x.txt"],
        ["export", JOURNAL, "-o", "/nonexistent/x.txt"],
    ] {
        let (code, spanish) = failed("es", &command);
        assert_eq!(code, Some(1));
        assert_eq!(spanish, "/nonexistent/x.txt: no existe ese archivo\n");
        let (_, english) = failed("en", &command);
        assert_eq!(english, "/nonexistent/x.txt: no such file\n");
    }
    let chart = ["report", JOURNAL, "--chart", "/nonexistent/x.svg"];
    let (code, spanish) = failed("es", &chart);
    assert_eq!(code, Some(1));
    assert_eq!(spanish, "/nonexistent/x.svg: no existe ese archivo\n");
    let (_, english) = failed("en", &chart);
    assert_eq!(english, "/nonexistent/x.svg: no such file\n");
}

#[test]
fn a_folder_given_as_a_journal_is_said_in_both_languages() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().to_str().unwrap();
    for command in [
        vec!["export", path],
        vec!["report", path],
        vec!["--journal", path],
    ] {
        let (code, spanish) = failed("es", &command);
        assert_eq!(code, Some(1), "{command:?}");
        assert!(
            spanish.contains(&format!("{path}: es una carpeta, no un archivo")),
            "{command:?}: {spanish}"
        );
        let (_, english) = failed("en", &command);
        assert!(
            english.contains(&format!("{path}: is a directory, not a file")),
            "{command:?}: {english}"
        );
    }
}

#[test]
fn an_agenda_that_is_not_an_agenda_is_said_in_both_languages() {
    let file = "tests/invalid_agendas/wrong-struct-name.ron";
    let (code, spanish) = failed("es", &["check", file]);
    assert_eq!(code, Some(1));
    assert_eq!(
        spanish,
        format!("{file}:2:1: aquí va `Agenda`, no `Meeting`\n")
    );
    let (_, english) = failed("en", &["check", file]);
    assert_eq!(
        english,
        format!("{file}:2:1: Expected struct `Agenda` but found `Meeting`\n")
    );
}
