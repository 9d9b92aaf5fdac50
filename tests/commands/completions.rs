//! Shell completions and the manual page: every shell offered every subcommand, bash
//! completing options and choices, and the man page in roff.

use std::fs;

use crate::cochair;
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
