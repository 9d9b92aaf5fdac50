//! The journal: the meeting's record on disk, one JSON object per line.
//!
//! Line 1 is a header carrying the format version and the whole agenda; every later line is
//! one [`Record`]. Each record is written, flushed and synced before the meeting applies it, so
//! what the room saw on screen is on disk. A second cochair on the same file is refused (an
//! exclusive lock), and a line torn by a kill mid-write is dropped on the next start.

use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::agenda::Agenda;
use crate::lang::Lang;
use crate::meeting::Record;
use crate::tr;

/// The journal format this version writes; it reads this one and every earlier one.
/// 2: one user action that records several events is one `batch` line.
/// 3: a meeting may follow an earlier one (`meeting_follows`, then the review's marks).
/// 4: several screens: a record may answer a joined screen's `proposal`, and `screen_joined`
///    says which kinds of screen ran the meeting.
pub const FORMAT_VERSION: u32 = 4;

/// The first line of every journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// Format version; also marks the file as a cochair journal.
    pub cochair_journal: u32,
    /// When the journal was created.
    pub created: DateTime<Utc>,
    /// The day of the meeting.
    pub date: NaiveDate,
    /// The agenda file the meeting was opened from (for people reading the journal).
    pub agenda_file: String,
    pub agenda: Agenda,
}

/// Why a journal could not be opened or read.
#[derive(Debug)]
pub enum JournalError {
    /// The file could not be read, created or locked.
    Io { path: PathBuf, error: io::Error },
    /// Another cochair holds the file (which process, when the system says).
    InUse {
        path: PathBuf,
        by: Option<super::holder::Holder>,
    },
    /// The file is another kind of file (an agenda, minutes, nothing): what it is, and which
    /// command reads it.
    NotAJournal { path: PathBuf, what: String },
    /// A line that is not the torn last line is damaged or not understood.
    BadLine {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

impl std::fmt::Display for JournalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JournalError::Io { path, error } => {
                write!(f, "{}: {}", path.display(), crate::store::io_message(error))
            }
            JournalError::InUse { path, by } => f.write_str(&held_elsewhere(path, by.as_ref())),
            JournalError::NotAJournal { path, what } => write!(f, "{}: {what}", path.display()),
            JournalError::BadLine {
                path,
                line,
                message,
            } => {
                // serde's words quote the file, which may hold a newline in a name: one line.
                write!(
                    f,
                    "{}:{}: {}; the file was left as it is",
                    path.display(),
                    line,
                    crate::text::clean(message)
                )
            }
        }
    }
}

impl std::error::Error for JournalError {}

/// The one sentence for a meeting another cochair has open, whichever way it was found (the
/// journal's lock or the meeting's socket): which process holds it, whose it is if another
/// user's, and the whole line that joins it instead. In English; [`held_elsewhere_in`] says it
/// in a language.
pub fn held_elsewhere(path: &Path, by: Option<&super::holder::Holder>) -> String {
    held_elsewhere_in(Lang::En, path, by)
}

/// As [`held_elsewhere`], in `lang`.
pub fn held_elsewhere_in(lang: Lang, path: &Path, by: Option<&super::holder::Holder>) -> String {
    held_elsewhere_on(lang, path, by, &super::holder::host_name())
}

/// As [`held_elsewhere_in`], on the machine named `host`.
pub fn held_elsewhere_on(
    lang: Lang,
    path: &Path,
    by: Option<&super::holder::Holder>,
    host: &str,
) -> String {
    let journal = crate::text::shell_quote(path);
    let join = format!("cochair join --journal {journal} --role timekeeper");
    let others = tr!(lang, "errors-open-other-ways");
    let path = path.display().to_string();
    match by {
        None => tr!(
            lang,
            "errors-open-elsewhere",
            path = path,
            join = join,
            others = others
        ),
        Some(holder) => match &holder.user {
            None => tr!(
                lang,
                "errors-open-elsewhere-process",
                path = path,
                pid = holder.pid.to_string(),
                join = join,
                others = others
            ),
            Some(user) => tr!(
                lang,
                "errors-open-elsewhere-user",
                path = path,
                pid = holder.pid.to_string(),
                user = user,
                host = host,
                join = join,
                others = others
            ),
        },
    }
}

/// A journal read from disk.
#[derive(Debug)]
pub struct Contents {
    pub header: Header,
    /// The records, each with its line number in the file (for messages).
    pub records: Vec<(usize, Record)>,
    /// Set when a torn last line was found; says what was dropped.
    pub torn: Option<TornTail>,
}

/// A last line left incomplete by a kill or a crash mid-write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TornTail {
    pub line: usize,
    /// Where the good part of the file ends.
    pub keep_bytes: u64,
}

/// A journal open for appending, locked for this process.
#[derive(Debug)]
pub struct Journal {
    file: File,
    path: PathBuf,
    /// Length of the file after the last good write.
    len: u64,
}

impl Journal {
    /// Start a new journal at `path` with its header. The header is written to a temporary
    /// file and renamed into place, so a journal never exists without a whole header.
    pub fn create(path: &Path, header: &Header) -> Result<Journal, JournalError> {
        let io_err = |error| JournalError::Io {
            path: path.to_path_buf(),
            error,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io_err)?;
        }
        let mut line = serde_json::to_vec(header).map_err(|e| io_err(e.into()))?;
        line.push(b'\n');
        let tmp = path.with_extension("jsonl.new");
        {
            let mut file = private_file(OpenOptions::new().write(true).create(true).truncate(true))
                .open(&tmp)
                .map_err(io_err)?;
            file.write_all(&line).map_err(io_err)?;
            file.sync_all().map_err(io_err)?;
        }
        std::fs::rename(&tmp, path).map_err(io_err)?;
        sync_dir(path);
        let file = lock(path)?;
        Ok(Journal {
            file,
            path: path.to_path_buf(),
            len: line.len() as u64,
        })
    }

    /// Start a journal at `path` that must not hold a meeting yet: one that holds only its
    /// header (nothing was ever recorded in it) is replaced; one with records is refused, since
    /// another cochair has started a meeting there since this one opened.
    pub fn create_new(path: &Path, header: &Header) -> Result<Journal, JournalError> {
        if path.exists() {
            let (_, contents) = Journal::lock_and_read(path)?;
            if !contents.records.is_empty() {
                return Err(JournalError::Io {
                    path: path.to_path_buf(),
                    error: io::Error::other(
                        "another cochair has started a meeting in this journal since this one opened",
                    ),
                });
            }
        }
        Journal::create(path, header)
    }

    /// Lock an existing journal for this process and read it, without changing it. It is read
    /// through the locked handle: on Windows a lock keeps every other handle from reading,
    /// this process's own too.
    pub fn lock_and_read(path: &Path) -> Result<(File, Contents), JournalError> {
        let mut file = lock(path)?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)
            .map_err(|error| JournalError::Io {
                path: path.to_path_buf(),
                error,
            })?;
        let contents = parse(&bytes, path)?;
        Ok((file, contents))
    }

    /// Open an existing journal to continue the meeting: lock it, read it, and drop a torn
    /// last line (the returned contents say so).
    pub fn resume(path: &Path) -> Result<(Journal, Contents), JournalError> {
        let (file, contents) = Journal::lock_and_read(path)?;
        let journal = Journal::resume_locked(file, path, &contents)?;
        Ok((journal, contents))
    }

    /// Continue a journal already locked and read: the file is cut back to drop a torn last
    /// line, the only change resuming makes.
    pub fn resume_locked(
        file: File,
        path: &Path,
        contents: &Contents,
    ) -> Result<Journal, JournalError> {
        let len = match &contents.torn {
            Some(torn) => {
                file.set_len(torn.keep_bytes)
                    .map_err(|error| JournalError::Io {
                        path: path.to_path_buf(),
                        error,
                    })?;
                file.sync_all().ok();
                torn.keep_bytes
            }
            None => file.metadata().map(|m| m.len()).unwrap_or(0),
        };
        Ok(Journal {
            file,
            path: path.to_path_buf(),
            len,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Write one record and wait until it is on disk. On failure the file is cut back to
    /// where it was, so a half-written line never sits in the middle of the journal.
    pub fn append(&mut self, record: &Record) -> io::Result<()> {
        let mut line = serde_json::to_vec(record)?;
        line.push(b'\n');
        self.append_line(&line)
    }

    fn append_line(&mut self, line: &[u8]) -> io::Result<()> {
        self.still_in_place()?;
        let written = self
            .file
            .write_all(line)
            .and_then(|()| self.file.flush())
            .and_then(|()| self.file.sync_data());
        match written {
            Ok(()) => {
                self.len += line.len() as u64;
                Ok(())
            }
            Err(e) => {
                let _ = self.file.set_len(self.len);
                Err(e)
            }
        }
    }
}

impl Journal {
    /// Writing to a journal that was deleted or replaced would save nothing anyone can find:
    /// refuse, so the screen says so.
    fn still_in_place(&self) -> io::Result<()> {
        let gone = || io::Error::other("the journal file was removed or replaced");
        let on_disk = std::fs::metadata(&self.path).map_err(|_| gone())?;
        // A file put in its place is caught on Unix, by its device and inode. Windows has no
        // stable file identity in std yet, so there only a removed journal is caught.
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let ours = self.file.metadata()?;
            if (on_disk.dev(), on_disk.ino()) != (ours.dev(), ours.ino()) {
                return Err(gone());
            }
        }
        #[cfg(not(unix))]
        let _ = on_disk;
        Ok(())
    }
}

/// Where a meeting's events go: a journal made only when the first event is recorded, so that
/// opening an agenda to look at it or to prepare leaves nothing on disk.
#[derive(Debug)]
pub enum Recording {
    /// Nothing recorded yet: the journal will be made at `path` with this header, and
    /// `first` written right after it (the link to the last meeting, already applied to the
    /// meeting on screen).
    Waiting {
        path: PathBuf,
        header: Box<Header>,
        first: Vec<Record>,
    },
    Open(Journal),
}

impl Recording {
    pub fn path(&self) -> &Path {
        match self {
            Recording::Waiting { path, .. } => path,
            Recording::Open(journal) => journal.path(),
        }
    }

    /// The journal's first line: its header, as the file holds it or will. A journal not made
    /// yet also gives the records it will be made with (the link to the last meeting), one per
    /// line after the header, so a screen that joins before anything is recorded folds the
    /// same meeting as the host.
    pub fn header_line(&self) -> String {
        match self {
            Recording::Waiting { header, first, .. } => {
                std::iter::once(serde_json::to_string(header))
                    .chain(first.iter().map(serde_json::to_string))
                    .filter_map(Result::ok)
                    .collect::<Vec<_>>()
                    .join("\n")
            }
            Recording::Open(journal) => first_line(journal.path()).unwrap_or_default(),
        }
    }

    /// Whether the journal exists: something has been recorded (or was, before this start).
    pub fn started(&self) -> bool {
        matches!(self, Recording::Open(_))
    }

    /// Write one record, making the journal first if this is the first one.
    pub fn append(&mut self, record: &Record) -> io::Result<()> {
        if let Recording::Waiting {
            path,
            header,
            first,
        } = self
        {
            let mut journal = Journal::create_new(path, header).map_err(|e| match e {
                JournalError::Io { error, .. } => error,
                other => io::Error::other(other.to_string()),
            })?;
            for record in first.iter() {
                journal.append(record)?;
            }
            *self = Recording::Open(journal);
        }
        match self {
            Recording::Open(journal) => journal.append(record),
            Recording::Waiting { .. } => Err(io::Error::other("the journal could not be made")),
        }
    }
}

/// The meeting as the journal left it; a record that cannot follow the ones before it is
/// named by its line: `path:line: why; the file was left as it is`.
pub fn replay(path: &Path, contents: &Contents) -> Result<crate::meeting::Meeting, JournalError> {
    let header = &contents.header;
    let records = contents.records.iter().map(|(_, r)| r);
    crate::meeting::Meeting::replay(
        header.agenda.clone(),
        header.date,
        header.cochair_journal,
        records,
    )
    .map_err(|(i, e)| JournalError::BadLine {
        path: path.to_path_buf(),
        line: contents.records.get(i).map_or(0, |(line, _)| *line),
        message: e.to_string(),
    })
}

/// The journal is where the app's records go (the app's `Recorder`, implemented here).
impl crate::app::Recorder for Journal {
    fn append(&mut self, record: &Record) -> Result<crate::app::Saved, crate::app::SaveError> {
        Journal::append(self, record).map_err(|e| crate::app::SaveError::from(&e))?;
        Ok(crate::app::Saved::Now)
    }
}

impl crate::app::Recorder for Recording {
    fn append(&mut self, record: &Record) -> Result<crate::app::Saved, crate::app::SaveError> {
        Recording::append(self, record).map_err(|e| crate::app::SaveError::from(&e))?;
        Ok(crate::app::Saved::Now)
    }
}

/// Open the file for appending and take the exclusive lock.
fn lock(path: &Path) -> Result<File, JournalError> {
    let file = OpenOptions::new()
        .append(true)
        .read(true)
        .open(path)
        .map_err(|error| JournalError::Io {
            path: path.to_path_buf(),
            error,
        })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(JournalError::InUse {
            path: path.to_path_buf(),
            by: super::holder::lock_holder(path),
        }),
        Err(std::fs::TryLockError::Error(error)) => Err(JournalError::Io {
            path: path.to_path_buf(),
            error,
        }),
    }
}

/// The first line of a file, without its newline, and nothing after it: a long meeting's
/// journal is not read again just for its header.
fn first_line(path: &Path) -> io::Result<String> {
    let mut line = Vec::new();
    io::BufReader::new(File::open(path)?).read_until(b'\n', &mut line)?;
    if line.last() == Some(&b'\n') {
        line.pop();
    }
    String::from_utf8(line).map_err(io::Error::other)
}

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
    let bad = |line: usize, message: String| JournalError::BadLine {
        path: path.to_path_buf(),
        line,
        message,
    };
    // Another kind of file (an agenda, minutes, nothing) is named, with the command it is for.
    let other_kind = || {
        let text = String::from_utf8_lossy(&bytes[..bytes.len().min(64 * 1024)]);
        crate::parse::file_kind::not_a_journal(&text, path).map(|what| JournalError::NotAJournal {
            path: path.to_path_buf(),
            what,
        })
    };
    let mut lines = split_lines(bytes);
    let Some(first) = lines.next() else {
        return Err(
            other_kind().unwrap_or_else(|| bad(1, "is empty; it is not a cochair journal".into()))
        );
    };
    let header = parse_header(first.text)
        .map_err(|m| other_kind().unwrap_or_else(|| bad(1, m.to_string())))?;
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

/// One record from its line. A line of valid UTF-8 (any whole line cochair wrote) is read as
/// text, so its strings are not checked again one by one; serde_json's reading of any other
/// line's bytes says what is wrong with it, and where (a line cut short mid-character is torn).
fn read_record(line: &[u8]) -> serde_json::Result<Record> {
    match std::str::from_utf8(line) {
        Ok(text) => serde_json::from_str(text),
        Err(e) => match serde_json::from_slice::<serde_json::Value>(line) {
            Err(damage) => Err(damage),
            Ok(_) => Err(serde::de::Error::custom(e)),
        },
    }
}

/// Why a journal's first line is not a header this cochair reads.
#[derive(Debug, thiserror::Error)]
enum HeaderError {
    #[error("is not a cochair journal (its first line is not a journal header)")]
    NotAJournal,
    #[error(
        "was written by a newer cochair (journal format {0}; this version reads format {FORMAT_VERSION}); update cochair to open it"
    )]
    Newer(u64),
    /// The header's fields do not fit (serde's words).
    #[error("journal header: {0}")]
    Fields(serde_json::Error),
    /// The agenda it carries breaks a rule (its place in the agenda, and what is wrong).
    #[error("the agenda in the journal header is not valid: {place}: {problem}")]
    Agenda { place: String, problem: String },
}

fn parse_header(text: &[u8]) -> Result<Header, HeaderError> {
    let value: serde_json::Value =
        serde_json::from_slice(text).map_err(|_| HeaderError::NotAJournal)?;
    let version = value
        .get("cochair_journal")
        .and_then(serde_json::Value::as_u64)
        .ok_or(HeaderError::NotAJournal)?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(HeaderError::Newer(version));
    }
    let header: Header = serde_json::from_value(value).map_err(HeaderError::Fields)?;
    // The header was written by cochair, but the file may have been edited since.
    if let Some(problem) = crate::agenda::validate::check_for_replay(&header.agenda).first() {
        return Err(HeaderError::Agenda {
            place: problem.path.clone(),
            problem: problem.said(crate::lang::Lang::En),
        });
    }
    Ok(header)
}

/// serde's wording, made to read as a sentence about the journal.
fn describe(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let text = text.split(" at line ").next().unwrap_or(&text);
    if text.starts_with("unknown variant") {
        format!("unknown event: {text}")
    } else {
        format!("damaged line: {text}")
    }
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

/// Journals hold what people said: only the owner may read them.
fn private_file(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600)
    }
    #[cfg(not(unix))]
    options
}

/// Make a rename durable: sync the directory that holds the file.
fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests;
