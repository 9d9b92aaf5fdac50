//! Reading the files people write (agendas, keymaps): small, UTF-8, with messages that name
//! the problem. Parsing them is the domain's business (`agenda`, `input`); reading them is here.

use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::parse::{FileError, Position};
use crate::tr;

/// Agendas and keymaps are small; anything bigger than this is not one.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// Read, parse and validate an agenda file, for the tests: the command line reads agendas
/// itself, saying what is wrong in the reader's language.
#[cfg(test)]
pub fn read_agenda(path: &Path) -> Result<crate::agenda::Agenda, crate::parse::FileErrors> {
    let src = text_of(path).map_err(FileError::from)?;
    crate::agenda::from_str(&src, path)
}

/// Read a small text file, or say why it cannot be read.
pub fn text_of(path: &Path) -> Result<String, Unreadable> {
    let owned = || path.to_path_buf();
    let io = |error| Unreadable::Io {
        path: owned(),
        error,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(Unreadable::Directory(owned()));
    }
    if meta.len() > MAX_BYTES {
        return Err(Unreadable::TooBig {
            path: owned(),
            kib: meta.len() / 1024,
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(valid);
        let line = text.matches('\n').count() + 1;
        let col = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Unreadable::NotUtf8 {
            path: owned(),
            at: Position { line, col },
        }
    })
}

/// Why a file people write could not be read as text.
#[derive(Debug)]
pub enum Unreadable {
    /// The system could not read it (missing, not allowed).
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    Directory(PathBuf),
    /// Bigger than [`MAX_BYTES`]: its size in KiB.
    TooBig {
        path: PathBuf,
        kib: u64,
    },
    /// Not UTF-8 from this place on.
    NotUtf8 {
        path: PathBuf,
        at: Position,
    },
}

impl Unreadable {
    /// `path: what is wrong`, in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        FileError::new(self.path(), self.at(), self.problem(lang)).to_string()
    }

    fn path(&self) -> &Path {
        match self {
            Unreadable::Io { path, .. }
            | Unreadable::Directory(path)
            | Unreadable::TooBig { path, .. }
            | Unreadable::NotUtf8 { path, .. } => path,
        }
    }

    fn at(&self) -> Option<Position> {
        match self {
            Unreadable::NotUtf8 { at, .. } => Some(*at),
            _ => None,
        }
    }

    /// What is wrong, without the path.
    fn problem(&self, lang: Lang) -> String {
        match self {
            Unreadable::Io { error, .. } => io_said(lang, error),
            Unreadable::Directory(_) => tr!(lang, "errors-file-directory"),
            Unreadable::TooBig { kib, .. } => tr!(
                lang,
                "errors-file-too-big",
                kib = *kib,
                most = MAX_BYTES / 1024
            ),
            Unreadable::NotUtf8 { .. } => tr!(lang, "errors-file-not-utf8"),
        }
    }
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Lang::En))
    }
}

impl std::error::Error for Unreadable {}

impl Unreadable {
    /// As the parser's errors are, `path[:line:col]` and what is wrong in `lang`.
    pub fn file_error(&self, lang: Lang) -> FileError {
        FileError::new(self.path(), self.at(), self.problem(lang))
    }
}

impl From<Unreadable> for FileError {
    fn from(unreadable: Unreadable) -> FileError {
        unreadable.file_error(Lang::En)
    }
}

/// Plain words for the usual file-system errors, as the saving seam's `SaveError` words them.
pub fn io_message(e: &std::io::Error) -> String {
    io_said(Lang::En, e)
}

/// As [`io_message`], in `lang`; a folder where a file was wanted is said as [`text_of`] says
/// it, and a reason the system words itself stays in its words.
pub fn io_said(lang: Lang, e: &std::io::Error) -> String {
    use crate::app::SaveError;
    if e.kind() == std::io::ErrorKind::IsADirectory {
        return tr!(lang, "errors-file-directory");
    }
    SaveError::from(e).said(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file that is not UTF-8, a folder and a file too big are refused in the command's
    /// language, with the path (and the place); the English is as before.
    #[test]
    fn an_unreadable_file_is_said_in_english_as_before_and_in_spanish() {
        let dir = tempfile::tempdir().unwrap();
        let latin1 = dir.path().join("agenda.ron");
        std::fs::write(&latin1, b"Agenda(\n  title: \"Reuni\xf3n\"").unwrap();
        let error = text_of(&latin1).unwrap_err();
        let place = format!("{}:2:16", latin1.display());
        assert_eq!(
            error.said(Lang::En),
            format!("{place}: is not UTF-8 text; save the file as UTF-8")
        );
        assert_eq!(error.to_string(), error.said(Lang::En));
        assert_eq!(
            FileError::from(error).to_string(),
            format!("{place}: is not UTF-8 text; save the file as UTF-8")
        );
        let error = text_of(&latin1).unwrap_err();
        assert_eq!(
            error.said(Lang::Es),
            format!("{place}: no es texto UTF-8; guarda el archivo como UTF-8")
        );
        let folder = text_of(dir.path()).unwrap_err();
        assert_eq!(
            folder.said(Lang::En),
            format!("{}: is a directory, not a file", dir.path().display())
        );
        assert_eq!(
            folder.said(Lang::Es),
            format!("{}: es una carpeta, no un archivo", dir.path().display())
        );
        let big = Unreadable::TooBig {
            path: "big.ron".into(),
            kib: 2048,
        };
        assert_eq!(
            big.said(Lang::En),
            "big.ron: is 2048 KiB; files larger than 1024 KiB are refused"
        );
        assert_eq!(
            big.said(Lang::Es),
            "big.ron: ocupa 2048 KiB; no se aceptan archivos de más de 1024 KiB"
        );
        let missing = text_of(&dir.path().join("none.ron")).unwrap_err();
        assert!(missing.said(Lang::En).ends_with("none.ron: no such file"));
        assert!(
            missing
                .said(Lang::Es)
                .ends_with("none.ron: no existe ese archivo")
        );
    }
}
