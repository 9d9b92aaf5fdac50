//! The Fluent files as the binary carries them: each language's files without their comments
//! (only the people who translate read those), joined in the order of their names and compressed with
//! deflate, in `$OUT_DIR/LANG.ftl.deflate`. `src/lang/bundles.rs` inflates a language the first
//! time one of its messages is asked for; the tests read the files as written.
//!
//! The completion scripts and the manual page in `src/cli/shipped/` are deflated the same way,
//! each on its own, in `$OUT_DIR/shipped/NAME.deflate` (`src/cli/shipped.rs` prints them).

use std::path::Path;
use std::{env, fs};

/// The languages, one folder each in `locales/`.
const LANGS: &[&str] = &["en", "es"];

/// The files `cochair completions` and `cochair man` print, in their folder: the names that
/// `src/cli/shipped.rs` includes (the tests make the files and check them).
const SHIPPED: &str = "src/cli/shipped";
const SHIPPED_FILES: &[&str] = &[
    "cochair.bash",
    "cochair.elv",
    "cochair.fish",
    "_cochair.ps1",
    "_cochair",
    "cochair.1",
];

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let out = env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set"));
    for lang in LANGS {
        let mut text = String::new();
        for path in files(&format!("locales/{lang}")) {
            text.push_str(&without_comments(&read(&path)));
            text.push('\n');
        }
        let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
        let path = Path::new(&out).join(format!("{lang}.ftl.deflate"));
        write(&path, &packed);
    }
    println!("cargo::rerun-if-changed={SHIPPED}");
    let shipped = Path::new(&out).join("shipped");
    fs::create_dir_all(&shipped).unwrap_or_else(|e| fail(&format!("{}: {e}", shipped.display())));
    for name in SHIPPED_FILES {
        let path = format!("{SHIPPED}/{name}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| {
            fail(&format!(
                "{path}: {e}: write it with `UPDATE_SHIPPED=1 cargo test shipped`"
            ))
        });
        let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
        write(&shipped.join(format!("{name}.deflate")), &packed);
    }
}

fn write(path: &Path, bytes: &[u8]) {
    fs::write(path, bytes).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

/// The file without its comment lines. In Fluent a line that starts with `#` is a comment
/// whatever comes before it (a message's next line must be indented), so dropping it changes
/// no message; blank lines are kept, since one inside a message is part of its text.
fn without_comments(source: &str) -> String {
    source
        .lines()
        .filter(|line| !line.starts_with('#'))
        .fold(String::new(), |mut out, line| {
            out.push_str(line);
            out.push('\n');
            out
        })
}

/// The `.ftl` files in a folder, sorted by name.
fn files(folder: &str) -> Vec<String> {
    let entries = fs::read_dir(folder).unwrap_or_else(|e| fail(&format!("{folder}: {e}")));
    let mut paths: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path().display().to_string())
        .filter(|path| path.ends_with(".ftl"))
        .collect();
    paths.sort();
    paths
}

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")))
}

fn fail(message: &str) -> ! {
    eprintln!("build.rs: {message}");
    std::process::exit(1)
}
