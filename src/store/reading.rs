//! Reading the files people write (agendas, keymaps): small, UTF-8, with messages that name
//! the problem. Parsing them is the domain's business (`agenda`, `input`); reading them is here.

use std::path::Path;

use crate::agenda::{Agenda, Checked};
use crate::parse::{FileError, FileErrors, Position};

/// Agendas and keymaps are small; anything bigger than this is not one.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// Read, parse and validate an agenda file.
pub fn read_agenda(path: &Path) -> Result<Agenda, FileErrors> {
    check_agenda(path).map(|checked| checked.agenda)
}

/// Read, parse and validate an agenda file, with its warnings.
pub fn check_agenda(path: &Path) -> Result<Checked, FileErrors> {
    let src = read_text(path)?;
    crate::agenda::check_str(&src, path)
}

/// Read a small text file, with messages that name the problem.
pub fn read_text(path: &Path) -> Result<String, FileError> {
    let fail = |message: String| FileError::new(path, None, message);
    let meta = std::fs::metadata(path).map_err(|e| fail(io_message(&e)))?;
    if meta.is_dir() {
        return Err(fail("is a directory, not a file".into()));
    }
    if meta.len() > MAX_BYTES {
        return Err(fail(format!(
            "is {} KiB; files larger than {} KiB are refused",
            meta.len() / 1024,
            MAX_BYTES / 1024
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(io_message(&e)))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(valid);
        let line = text.matches('\n').count() + 1;
        let col = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        FileError::new(
            path,
            Some(Position { line, col }),
            "is not UTF-8 text; save the file as UTF-8",
        )
    })
}

/// Plain words for the usual file-system errors, as the saving seam's `SaveError` words them.
pub fn io_message(e: &std::io::Error) -> String {
    crate::app::SaveError::from(e).to_string()
}
