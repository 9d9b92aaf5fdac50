//! cochair without a terminal: its commands run as processes (check, agenda, keys, export,
//! report, simulate, completions, usage), and the parts behind them tested in this process
//! (several screens over the real socket, the members' page over loopback, the properties of
//! the queue and the parsers, the layer rule read from the source). Nothing here needs tmux or
//! a browser; the tests that do are in `tests/terminal/` and `tests/browser/`.
//!
//! One test binary, one module per topic: each file directly in `tests/` would be linked on its
//! own.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

#[path = "../support/mod.rs"]
mod support;

#[cfg(unix)]
#[path = "../support/sharing.rs"]
mod sharing;

#[cfg(unix)]
#[path = "../support/page.rs"]
mod page;

// The command line, one module per command or concern.
mod agenda;
mod check;
mod check_in_spanish;
mod completions;
mod export;
mod failures_in_spanish;
mod install;
mod keys;
mod opening;
mod simulate;
mod usage;

// Journeys through several commands.
mod follow_through;
mod hardening;
mod newcomer;

// In this process: several screens, the members' page, properties, and the source itself.
mod coming_from_openslides;
mod layers;
mod members_page;
mod parser_properties;
mod queue_properties;
mod share;

/// The real binary, kept away from the user's own files, in the C locale.
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

/// The files directly in `dir`, sorted; a folder with none is a mistake in the tests.
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

/// True when nothing in `bytes` could drive a terminal.
fn no_escape_sequences(bytes: &[u8]) -> bool {
    !bytes.contains(&0x1b)
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
