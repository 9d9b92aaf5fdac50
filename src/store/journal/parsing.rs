//! Reading a journal's bytes: the header first, then one record a line; a line torn by a kill
//! mid-write is set aside as the torn tail, and any other damage is named by its line.

use std::path::Path;

use super::{Contents, FORMAT_VERSION, Header, JournalError, LineError, OtherFile, TornTail};
use crate::meeting::Record;

/// Read a journal without changing it (also used by exports).
pub fn read(path: &Path) -> Result<Contents, JournalError> {
    let bytes = std::fs::read(path).map_err(|error| JournalError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    parse(&bytes, path)
}

/// Parse journal bytes; `path` is used in messages only.
pub fn parse(bytes: &[u8], path: &Path) -> Result<Contents, JournalError> {
    let bad = |line: usize, why: LineError| JournalError::BadLine {
        path: path.to_path_buf(),
        line,
        why,
    };
    // Another kind of file (an agenda, minutes, nothing) is named, with the command it is for.
    let other_kind = || {
        let text = String::from_utf8_lossy(&bytes[..bytes.len().min(64 * 1024)]);
        other_file(&text).map(|what| JournalError::NotAJournal {
            path: path.to_path_buf(),
            what,
        })
    };
    let mut lines = split_lines(bytes);
    let Some(first) = lines.next() else {
        return Err(other_kind().unwrap_or_else(|| bad(1, LineError::Empty)));
    };
    let header =
        parse_header(first.text).map_err(|why| other_kind().unwrap_or_else(|| bad(1, why)))?;
    let mut records = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count());
    let mut torn = None;
    for line in lines {
        let is_last = line.end == bytes.len();
        match read_record(line.text) {
            Ok(record) if line.terminated => records.push((line.number, record)),
            Err(e) if !(is_last && (e.is_syntax() || e.is_eof())) && line.terminated => {
                return Err(bad(line.number, describe(&e)));
            }
            // What is left is the very last line (only it can lack its newline), torn: no
            // newline, or JSON cut short.
            _ => {
                torn = Some(TornTail {
                    line: line.number,
                    keep_bytes: line.start as u64,
                })
            }
        }
    }
    Ok(Contents {
        header,
        records,
        torn,
    })
}

/// What a file that is not a journal is instead, when it is a kind cochair knows.
fn other_file(text: &str) -> Option<OtherFile> {
    use crate::parse::file_kind::{FileKind, recognise};
    match recognise(text) {
        FileKind::Empty => Some(OtherFile::Empty),
        FileKind::Agenda => Some(OtherFile::Agenda),
        FileKind::Made(what) => Some(OtherFile::Made(what)),
        FileKind::Journal | FileKind::Other => None,
    }
}

/// One record from its line. A line of valid UTF-8 (any whole line cochair wrote) is read as
/// text, so its strings are not checked again one by one; serde_json's reading of any other
/// line's bytes says what is wrong with it, and where (a line cut short mid-character is torn).
fn read_record(line: &[u8]) -> serde_json::Result<Record> {
    match std::str::from_utf8(line) {
        Ok(text) => serde_json::from_str(text),
        // A `Value`, not `IgnoredAny`: only a reader that checks each string's UTF-8 finds
        // the damage inside one, and says it as damage (a torn tail, when the line is last).
        Err(e) => match serde_json::from_slice::<serde_json::Value>(line) {
            Err(damage) => Err(damage),
            Ok(_) => Err(serde::de::Error::custom(e)),
        },
    }
}

/// The header, or why the first line is not a header this cochair reads. The version is read
/// first, on its own, so a newer journal is named as newer rather than as a header with
/// fields this cochair does not know.
fn parse_header(text: &[u8]) -> Result<Header, LineError> {
    /// Only the first line's mark and version; its other fields are passed over.
    #[derive(serde::Deserialize)]
    struct Version {
        cochair_journal: u64,
    }
    // An object, as cochair writes it (a derived struct would also read `[2]` as version 2).
    if text.trim_ascii_start().first() != Some(&b'{') {
        return Err(LineError::NoHeader);
    }
    let version = serde_json::from_slice::<Version>(text)
        .map_err(|_| LineError::NoHeader)?
        .cochair_journal;
    if version > u64::from(FORMAT_VERSION) {
        return Err(LineError::Newer(version));
    }
    let header: Header =
        serde_json::from_slice(text).map_err(|e| LineError::Header(without_place(&e)))?;
    // The header was written by cochair, but the file may have been edited since.
    if let Some(problem) = crate::agenda::validate::check_for_replay(&header.agenda).first() {
        return Err(LineError::Agenda(Box::new(problem.clone())));
    }
    Ok(header)
}

/// What serde found wrong with a record, in its words without its place (the line is
/// named already).
fn describe(e: &serde_json::Error) -> LineError {
    let text = without_place(e);
    if text.starts_with("unknown variant") {
        LineError::UnknownEvent(text)
    } else {
        LineError::Damaged(text)
    }
}

/// serde_json's message without its place (" at line 1 column 30"): the journal's reader
/// names the line itself.
fn without_place(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let place = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&place).unwrap_or(&text).to_owned()
}

struct Line<'a> {
    number: usize,
    start: usize,
    end: usize,
    text: &'a [u8],
    terminated: bool,
}

fn split_lines(bytes: &[u8]) -> impl Iterator<Item = Line<'_>> {
    let mut start = 0;
    let mut number = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        number += 1;
        let (end, terminated) = match memchr::memchr(b'\n', &bytes[start..]) {
            Some(i) => (start + i + 1, true),
            None => (bytes.len(), false),
        };
        let text = &bytes[start..end - usize::from(terminated)];
        let line = Line {
            number,
            start,
            end,
            text,
            terminated,
        };
        start = end;
        Some(line)
    })
}
