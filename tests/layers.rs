//! The layer rule of `src/lib.rs`, checked on the source: the domain imports no terminal, disk
//! or clock; keys know nothing of the app; the app imports no terminal, no adapter and no view;
//! views import no adapter (`store`, `host`, `share`, `members`, `cli`); the members' page never
//! writes the journal. Test code (`tests.rs` files and `#[cfg(test)]` modules) may use anything.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests and benchmarks may stop at the first surprise

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, test files left out.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
    out
}

/// The code of a file before its `#[cfg(test)]` module, comments left out.
fn code(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(layer: &str, folders: &[&str], forbidden: &[&str]) {
    let mut found = Vec::new();
    for folder in folders {
        for file in sources(&Path::new("src").join(folder)) {
            let code = code(&file);
            for word in forbidden {
                if code.contains(word) {
                    found.push(format!("{}: uses {word}", file.display()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{layer} breaks the layer rule:\n{}",
        found.join("\n")
    );
}

const TERMINAL: [&str; 3] = ["ratatui", "crossterm", "signal_hook"];
const OUTSIDE: [&str; 8] = [
    "std::fs",
    "Utc::now",
    "Local::now",
    "SystemTime",
    "directories::",
    "arboard",
    "std::env::var",
    "std::process",
];
const ADAPTERS: [&str; 5] = [
    "crate::store",
    "crate::host",
    "crate::cli",
    "crate::share",
    "crate::members",
];

#[test]
fn the_domain_knows_no_terminal_disk_or_clock() {
    let mut forbidden: Vec<&str> = [TERMINAL.as_slice(), &OUTSIDE, &ADAPTERS].concat();
    forbidden.extend(["crate::app", "crate::ui", "crate::input"]);
    check(
        "the domain",
        &["agenda", "meeting", "export", "simulate", "parse", "text"],
        &forbidden,
    );
}

#[test]
fn keys_know_nothing_of_the_app() {
    let mut forbidden: Vec<&str> = [TERMINAL.as_slice(), &OUTSIDE, &ADAPTERS].concat();
    forbidden.extend(["crate::app", "crate::ui"]);
    check("input", &["input"], &forbidden);
}

#[test]
fn the_app_imports_no_terminal_adapter_or_view() {
    let mut forbidden: Vec<&str> = [TERMINAL.as_slice(), &OUTSIDE, &ADAPTERS].concat();
    forbidden.push("crate::ui");
    check("the app", &["app"], &forbidden);
}

#[test]
fn the_views_import_no_adapter() {
    let forbidden: Vec<&str> = [OUTSIDE.as_slice(), &ADAPTERS].concat();
    check("the views", &["ui"], &forbidden);
}

/// The members' page proposes, as a joined screen does: the host's one dispatch records. It
/// never touches the journal or records anything itself.
#[test]
fn the_members_page_never_writes_the_journal() {
    check(
        "the members' page",
        &["members"],
        &["store::journal", "Recording", "Recorder", "dispatch("],
    );
}
