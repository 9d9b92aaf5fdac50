//! Installing and where cochair keeps things: the README's install line and folders are true,
//! and only the paths module computes cochair's folders.

use std::fs;
use std::path::{Path, PathBuf};
/// The README's table of folders is the one in `src/store/paths.rs`, row for row.
#[test]
fn the_readme_lists_the_folders_the_code_uses() {
    let module = fs::read_to_string("src/store/paths.rs").unwrap();
    let rows: Vec<&str> = module
        .lines()
        .filter_map(|l| l.strip_prefix("//! | "))
        .filter(|row| {
            ["Linux", "macOS", "Windows"]
                .iter()
                .any(|p| row.starts_with(p))
        })
        .collect();
    assert_eq!(rows.len(), 3, "{module}");
    let readme = fs::read_to_string("README.md").unwrap();
    for row in rows {
        assert!(
            readme.contains(&format!("\n| {row}\n")),
            "the README's table has no row {row:?}"
        );
    }
}

/// Journals and the keymap are found in one place: no other source file asks the platform for
/// a folder of its own.
#[test]
fn only_the_paths_module_computes_cochairs_folders() {
    fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    assert!(files.len() > 20);
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.ends_with("store/paths.rs")) {
        let text = fs::read_to_string(file).unwrap();
        let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
        for line in code {
            for word in [
                "directories::",
                "ProjectDirs",
                "XDG_",
                "APPDATA",
                "home_dir",
                "\"HOME\"",
                ".local/share",
                "Application Support",
            ] {
                if line.contains(word) {
                    found.push(format!("{}: {}", file.display(), line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The README installs with the locked dependencies, and the release build is the small one
/// whose size the README gives.
#[test]
fn the_install_line_is_locked_and_the_release_build_is_small() {
    let readme = fs::read_to_string("README.md").unwrap();
    assert!(readme.contains("\ncargo install --path . --locked\n"));
    assert!(!readme.contains("cargo install --path .\n"));
    let manifest = fs::read_to_string("Cargo.toml").unwrap();
    let release = manifest
        .split("\n[profile.release]\n")
        .nth(1)
        .and_then(|rest| rest.split("\n[").next())
        .expect("a [profile.release] section");
    let lines: Vec<&str> = release.lines().collect();
    for setting in [
        "lto = \"fat\"",
        "codegen-units = 1",
        "strip = true",
        "opt-level = \"z\"",
    ] {
        assert!(lines.contains(&setting), "{setting}: {release}");
    }
    // A panic unwinds, so the socket and a rehearsal's files are cleaned up.
    assert!(!manifest.contains("panic = \"abort\""), "{release}");
}
