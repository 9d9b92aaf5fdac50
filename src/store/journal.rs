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
use crate::meeting::Record;

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
        why: LineError::Refused(e),
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

mod error;
mod parsing;

pub use error::{
    JournalError, LineError, OtherFile, held_elsewhere, held_elsewhere_in, held_elsewhere_on,
};
pub use parsing::{parse, read};

#[cfg(test)]
mod tests;
