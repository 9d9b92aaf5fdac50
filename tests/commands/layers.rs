//! The layer rule of `src/lib.rs`, checked on the source: the domain imports no terminal, disk,
//! clock, thread, network or OS; keys know nothing of the app; the app imports no terminal, no
//! adapter and no view; views import no adapter; the members' page never writes the journal.
//! Test code (files pulled in by `#[cfg(test)]` mod, and `#[cfg(test)]` items) may use
//! anything.
//!
//! Paths are read with syn (see `layers/check.rs`), not matched as text: `use std::{fs, io};`
//! is a use of `std::fs`, and a comment or a string naming one is not. The checker is tested
//! below on small examples that must fail.
//!
//! One concern a file is checked here too, by length: at most 500 lines of a source file
//! before its tests, at most 600 of a test file.

mod check;

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, test modules left out.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut all = Vec::new();
    collect(dir, &mut all);
    let tests: Vec<PathBuf> = all
        .iter()
        .flat_map(|file| check::test_modules(file, &fs::read_to_string(file).unwrap()))
        .collect();
    all.retain(|file| !tests.contains(file));
    all
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn check(layer: &str, folders: &[&str], forbidden: &[&str]) {
    let src = Path::new("src");
    let mut found = Vec::new();
    let mut files = 0;
    for folder in folders {
        for file in sources(&src.join(folder)) {
            files += 1;
            let module = check::module_of(&file, src);
            let source = fs::read_to_string(&file).unwrap();
            for breach in check::breaches(&source, &module, forbidden) {
                found.push(format!("{}:{breach}", file.display()));
            }
        }
    }
    assert!(files > 0, "{layer}: no source files under {folders:?}");
    assert!(
        found.is_empty(),
        "{layer} breaks the layer rule:\n{}",
        found.join("\n")
    );
}

/// The terminal and its signals.
const TERMINAL: [&str; 3] = ["ratatui", "crossterm", "signal_hook"];
/// The world outside the process: disk, clock, threads, network, the OS and its settings.
const OUTSIDE: [&str; 14] = [
    "std::fs",
    "std::net",
    "std::os",
    "std::thread",
    "std::process",
    "std::env",
    "std::time::SystemTime",
    "std::time::Instant",
    "chrono::Utc::now",
    "chrono::Local",
    "directories",
    "arboard",
    "libc",
    "clap",
];
/// The adapters, and the wiring that uses them.
const ADAPTERS: [&str; 5] = [
    "crate::store",
    "crate::host",
    "crate::share",
    "crate::members",
    "crate::cli",
];

fn rules(extra: &[&'static str]) -> Vec<&'static str> {
    [TERMINAL.as_slice(), &OUTSIDE, &ADAPTERS, extra].concat()
}

const DOMAIN: [&str; 7] = [
    "agenda", "meeting", "export", "simulate", "parse", "text", "lang",
];

#[test]
fn the_domain_knows_no_terminal_disk_or_clock() {
    let forbidden = rules(&["crate::app", "crate::ui", "crate::input"]);
    check("the domain", &DOMAIN, &forbidden);
}

#[test]
fn the_domain_does_not_lean_on_the_simulation() {
    let others: Vec<&str> = DOMAIN.into_iter().filter(|f| *f != "simulate").collect();
    check("the domain", &others, &["crate::simulate"]);
}

#[test]
fn keys_know_nothing_of_the_app() {
    check("input", &["input"], &rules(&["crate::app", "crate::ui"]));
}

#[test]
fn the_app_imports_no_terminal_adapter_or_view() {
    check("the app", &["app"], &rules(&["crate::ui"]));
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
        &[
            "crate::store::journal",
            "crate::app::Recorder",
            "crate::app::dispatch",
        ],
    );
}

/// The checker itself: what a file in `src/meeting/clock.rs` (the domain) says, and what the
/// domain's rules find in it.
fn found_in_the_domain(source: &str) -> Vec<String> {
    let module = check::module_of(Path::new("src/meeting/clock.rs"), Path::new("src"));
    let forbidden = rules(&["crate::app", "crate::ui", "crate::input"]);
    check::breaches(source, &module, &forbidden)
}

#[track_caller]
fn must_fail(source: &str, uses: &str) {
    let found = found_in_the_domain(source);
    assert!(
        found.iter().any(|f| f.contains(&format!("uses {uses} "))),
        "not caught: {uses} in\n{source}\nfound: {found:?}"
    );
}

#[test]
fn the_checker_reads_grouped_renamed_and_nested_imports() {
    must_fail("use std::{fs, io};", "std::fs");
    must_fail("use std::{io, fs::File};", "std::fs");
    must_fail(
        "use std::{io::{self, Read}, fs::{self as disk}};",
        "std::fs",
    );
    must_fail("use ::std::fs;", "std::fs");
    must_fail("use std::time::{Duration, Instant};", "std::time::Instant");
    must_fail("use std::time::*;", "std::time::Instant");
    must_fail("use std::os::unix::fs::*;", "std::os");
    must_fail("use std::thread::{self};", "std::thread");
    must_fail("use std::net::TcpStream as Wire;", "std::net");
}

#[test]
fn the_checker_reads_paths_in_code_through_the_files_imports() {
    // The issue's own example: a copy of the clock with `Instant::now()` added.
    let clock = fs::read_to_string("src/meeting/clock.rs").unwrap();
    let added = clock.replacen(
        "use chrono::",
        "fn sneaked() { let _ = std::time::Instant::now(); }\nuse chrono::",
        1,
    );
    assert_ne!(added, clock, "the clock still starts with its imports");
    assert_eq!(found_in_the_domain(&clock), Vec::<String>::new());
    must_fail(&added, "std::time::Instant");
    must_fail(
        "use std::time; fn f() { time::Instant::now(); }",
        "std::time::Instant",
    );
    must_fail(
        "use chrono::Utc; fn f() { Utc::now(); }",
        "chrono::Utc::now",
    );
    must_fail(
        "fn f() -> chrono::DateTime<chrono::Local> { todo!() }",
        "chrono::Local",
    );
    must_fail("struct S { t: std::thread::JoinHandle<()> }", "std::thread");
    must_fail(
        "fn f() { println!(\"{:?}\", std::fs::read(\"x\")); }",
        "std::fs",
    );
    must_fail("fn f() { let v = vec![std::env::args()]; }", "std::env");
}

#[test]
fn the_checker_reads_crate_self_and_super() {
    must_fail("use crate::share::Host;", "crate::share");
    must_fail(
        "use crate::{meeting::Event, store::Journal};",
        "crate::store",
    );
    must_fail("use super::super::members::Page;", "crate::members");
    must_fail("fn f() { crate::host::bell(); }", "crate::host");
    must_fail(
        "mod inner { use super::super::super::app::Model; }",
        "crate::app",
    );
}

#[test]
fn the_checker_lets_test_code_comments_and_words_be() {
    let fine = [
        "// use std::fs;\n/// std::time::Instant::now()\nfn f() {}",
        "const S: &str = \"std::fs and crate::store\";",
        "#[cfg(test)]\nmod tests { use std::fs; use crate::store::Journal; }",
        "#[cfg(test)]\nfn helper() { std::thread::sleep(std::time::Duration::ZERO); }",
        "use std::time::Duration; use std::io::{self, Write}; use crate::meeting::Event;",
        "use crate::text::clean; fn f() { clean(\"fs\"); }",
        "use std::fmt; fn g() -> fmt::Result { Ok(()) }",
    ];
    for source in fine {
        assert_eq!(
            found_in_the_domain(source),
            Vec::<String>::new(),
            "{source}"
        );
    }
}

#[test]
fn the_checker_finds_the_modules_that_are_tests() {
    let source = "#[cfg(test)]\nmod tests;\nmod clock;\n#[cfg(all(test, unix))]\nmod unix_tests;";
    let found = check::test_modules(Path::new("src/meeting/mod.rs"), source);
    assert!(found.contains(&PathBuf::from("src/meeting/tests.rs")));
    assert!(found.contains(&PathBuf::from("src/meeting/unix_tests.rs")));
    assert!(!found.iter().any(|f| f.ends_with("clock.rs")));
    let found = check::test_modules(
        Path::new("src/store/journal.rs"),
        "#[cfg(test)]\nmod tests;",
    );
    assert!(found.contains(&PathBuf::from("src/store/journal/tests.rs")));
}

/// The lines of a source file before its `#[cfg(test)]` module of tests, if it has one.
fn lines_before_tests(source: &str) -> usize {
    let lines: Vec<&str> = source.lines().collect();
    lines
        .windows(2)
        .position(|pair| {
            pair[0].trim() == "#[cfg(test)]"
                && (pair[1].starts_with("mod tests {") || pair[1].starts_with("mod tests;"))
        })
        .unwrap_or(lines.len())
}

/// One concern a file: a source file holds at most 500 lines before its tests, a test file
/// (under `tests/`, or pulled in by a `#[cfg(test)]` mod, with the files beneath it) 600.
#[test]
fn no_file_holds_several_concerns() {
    let mut src = Vec::new();
    collect(Path::new("src"), &mut src);
    let test_modules: Vec<PathBuf> = src
        .iter()
        .flat_map(|file| check::test_modules(file, &fs::read_to_string(file).unwrap()))
        .collect();
    let under_tests = |file: &Path| {
        test_modules.iter().any(|module| {
            let beneath = match module.file_name() == Some("mod.rs".as_ref()) {
                true => module.parent().unwrap().to_path_buf(),
                false => module.with_extension(""),
            };
            file == module || file.starts_with(beneath)
        })
    };
    let mut tests = Vec::new();
    collect(Path::new("tests"), &mut tests);
    let mut found = Vec::new();
    for file in src.iter().chain(&tests) {
        let source = fs::read_to_string(file).unwrap();
        let (lines, limit) = match file.starts_with("tests") || under_tests(file) {
            true => (source.lines().count(), 600),
            false => (lines_before_tests(&source), 500),
        };
        if lines > limit {
            found.push(format!(
                "{}: {lines} lines (at most {limit})",
                file.display()
            ));
        }
    }
    assert!(found.is_empty(), "too long:\n{}", found.join("\n"));
}
