//! `cochair export`: every format from a journal, to a file kept private, its refusals, and
//! any language for the minutes while the machine formats never change.

use std::fs;
use std::path::Path;

use crate::cochair;
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
