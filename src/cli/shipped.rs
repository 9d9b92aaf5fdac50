//! `cochair completions SHELL` and `cochair man`: the completion scripts and the manual page,
//! as files in `src/cli/shipped/` that the binary carries deflated (build.rs packs them).
//!
//! They are made from the same definitions as `--help` (clap's model of the command line), but
//! by the tests, not by the binary: `make` writes them, and a test fails when a file is not
//! what the command line makes now, so they never offer an option that is not there. Making
//! them at run time would carry two generators in every binary for text that changes only
//! when the command line does. Packagers can install the files as they are.

#[cfg(test)]
mod make;

use clap::ValueEnum;

use super::{CliError, out};

/// The shells cochair completes in, named as clap names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Elvish,
    Fish,
    Powershell,
    Zsh,
}

impl Shell {
    /// The script as the binary carries it.
    fn packed(self) -> &'static [u8] {
        macro_rules! packed {
            ($name:literal) => {
                include_bytes!(concat!(env!("OUT_DIR"), "/shipped/", $name, ".deflate"))
            };
        }
        match self {
            Shell::Bash => packed!("cochair.bash"),
            Shell::Elvish => packed!("cochair.elv"),
            Shell::Fish => packed!("cochair.fish"),
            Shell::Powershell => packed!("_cochair.ps1"),
            Shell::Zsh => packed!("_cochair"),
        }
    }
}

/// The manual page as the binary carries it.
const MAN_PAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/shipped/cochair.1.deflate"));

/// Print the completion script for a shell.
pub fn completions(shell: Shell) -> Result<(), CliError> {
    out(&unpacked(shell.packed()));
    Ok(())
}

/// Print the manual page (roff).
pub fn man() -> Result<(), CliError> {
    out(&unpacked(MAN_PAGE));
    Ok(())
}

/// A shipped file's text. build.rs made these bytes from text: inflating them fails only on
/// a broken build, which the tests would have caught.
fn unpacked(packed: &[u8]) -> String {
    let bytes = miniz_oxide::inflate::decompress_to_vec(packed).unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `cochair completions` and `cochair man` print is the file in `src/cli/shipped/`,
    /// byte for byte (the files themselves are checked against the command line in `make`).
    #[test]
    fn the_binary_prints_the_files_as_written() {
        let folder = std::path::Path::new("src/cli/shipped");
        for shell in Shell::value_variants() {
            let written = std::fs::read_to_string(folder.join(make::file_name(*shell))).unwrap();
            assert_eq!(unpacked(shell.packed()), written, "{shell:?}");
        }
        let page = std::fs::read_to_string(folder.join("cochair.1")).unwrap();
        assert_eq!(unpacked(MAN_PAGE), page);
    }
}
