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

/// The files `cochair completions` and `cochair man` print.
const SHIPPED: &str = "src/cli/shipped";

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let out = env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set"));
    for lang in LANGS {
        let mut text = String::new();
        for path in files(&format!("locales/{lang}"))
            .iter()
            .filter(|p| p.ends_with(".ftl"))
        {
            text.push_str(&without_comments(&read(path)));
            text.push('\n');
        }
        let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
        let path = Path::new(&out).join(format!("{lang}.ftl.deflate"));
        write(&path, &packed);
    }
    println!("cargo::rerun-if-changed={SHIPPED}");
    let shipped = Path::new(&out).join("shipped");
    fs::create_dir_all(&shipped).unwrap_or_else(|e| fail(&format!("{}: {e}", shipped.display())));
    // Every file there but the module's own Rust source.
    for path in files(SHIPPED).into_iter().filter(|p| !p.ends_with(".rs")) {
        let packed = miniz_oxide::deflate::compress_to_vec(read(&path).as_bytes(), 10);
        let name = Path::new(&path)
            .file_name()
            .unwrap_or_default()
            .to_string_lossy();
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

/// The files in a folder, sorted by name.
fn files(folder: &str) -> Vec<String> {
    let entries = fs::read_dir(folder).unwrap_or_else(|e| fail(&format!("{folder}: {e}")));
    let mut paths: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path().display().to_string())
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
