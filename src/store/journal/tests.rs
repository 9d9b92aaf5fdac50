use std::path::PathBuf;

use chrono::{NaiveDate, TimeZone, Utc};

use super::*;
use crate::meeting::Event;

mod languages;
mod reading;

fn header() -> Header {
    let agenda = crate::agenda::from_str(crate::agenda::EXAMPLE, Path::new("x.ron")).unwrap();
    Header {
        cochair_journal: FORMAT_VERSION,
        created: Utc.with_ymd_and_hms(2026, 11, 24, 17, 55, 0).unwrap(),
        date: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        agenda_file: "family-council.ron".into(),
        agenda,
    }
}

fn record(secs: i64, event: Event) -> Record {
    Record {
        at: Utc.with_ymd_and_hms(2026, 11, 24, 18, 0, 0).unwrap()
            + chrono::TimeDelta::seconds(secs),
        proposal: None,
        event,
    }
}

fn sample(dir: &tempfile::TempDir) -> PathBuf {
    let path = dir.path().join("m.jsonl");
    let mut j = Journal::create(&path, &header()).unwrap();
    j.append(&record(0, Event::MeetingStarted)).unwrap();
    j.append(&record(60, Event::ItemOpened { item: 1 }))
        .unwrap();
    path
}

#[test]
fn what_is_appended_reads_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(&dir);
    let contents = read(&path).unwrap();
    assert_eq!(contents.header, header());
    let records: Vec<Record> = contents.records.into_iter().map(|(_, r)| r).collect();
    assert_eq!(
        records,
        vec![
            record(0, Event::MeetingStarted),
            record(60, Event::ItemOpened { item: 1 })
        ]
    );
    assert_eq!(contents.torn, None);
}

/// The header line a joining screen may be sent is the journal's first line, read alone:
/// what follows it is not read (here, bytes that are not even text). Unix only: elsewhere the
/// lock keeps the test's own handle from writing (and screens join only on Unix).
#[cfg(unix)]
#[test]
fn the_header_line_of_an_open_journal_is_its_first_line_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(&dir);
    let first = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_owned();
    let (journal, _) = Journal::resume(&path).unwrap();
    let mut raw = OpenOptions::new().append(true).open(&path).unwrap();
    raw.write_all(b"{\"at\":\"\xff\xfe").unwrap();
    drop(raw);
    assert_eq!(Recording::Open(journal).header_line(), first);
}

#[test]
fn events_are_one_readable_line_each() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(&dir);
    let text = std::fs::read_to_string(&path).unwrap();
    let last = text.lines().last().unwrap();
    assert_eq!(
        last,
        r#"{"at":"2026-11-24T18:01:00Z","event":"item_opened","item":1}"#
    );
}

#[test]
fn a_journal_in_a_folder_not_made_yet_is_made_with_its_folders() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("meetings").join("2026").join("m.jsonl");
    let mut journal = Journal::create(&path, &header()).unwrap();
    journal.append(&record(0, Event::MeetingStarted)).unwrap();
    assert_eq!(read(&path).unwrap().records.len(), 1);
}

#[test]
fn a_recording_is_started_once_its_journal_is_made_and_not_before() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let mut recording = Recording::Waiting {
        path: path.clone(),
        header: Box::new(header()),
        first: Vec::new(),
    };
    assert!(!recording.started());
    recording.append(&record(0, Event::MeetingStarted)).unwrap();
    assert!(recording.started());
    assert!(path.exists());
}

/// A failed write cuts the file back to the length after the last good one: that length
/// follows every write, from the header on and after a resume.
#[test]
fn the_length_to_cut_back_to_follows_every_good_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let on_disk = || std::fs::metadata(&path).unwrap().len();
    let mut journal = Journal::create(&path, &header()).unwrap();
    assert_eq!(journal.len, on_disk());
    journal.append(&record(0, Event::MeetingStarted)).unwrap();
    journal
        .append(&record(60, Event::ItemOpened { item: 1 }))
        .unwrap();
    assert_eq!(journal.len, on_disk());
    drop(journal);
    let (mut journal, _) = Journal::resume(&path).unwrap();
    assert_eq!(journal.len, on_disk());
    journal.append(&record(120, Event::MeetingEnded)).unwrap();
    assert_eq!(journal.len, on_disk());
}

#[cfg(unix)]
#[test]
fn the_journal_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = sample(&dir);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn a_second_writer_is_refused_while_the_first_holds_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let first = Journal::create(&path, &header()).unwrap();
    let err = Journal::resume(&path).unwrap_err();
    assert!(matches!(err, JournalError::InUse { .. }));
    assert!(
        err.to_string().contains("already open in another cochair"),
        "{err}"
    );
    drop(first);
    assert!(Journal::resume(&path).is_ok());
}

#[test]
fn a_journal_removed_while_open_refuses_to_pretend_it_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.jsonl");
    let mut j = Journal::create(&path, &header()).unwrap();
    std::fs::remove_file(&path).unwrap();
    let err = j.append(&record(0, Event::MeetingStarted)).unwrap_err();
    assert_eq!(err.to_string(), "the journal file was removed or replaced");
}

/// Another file put in the journal's place (a sync tool, an editor saving a copy over it) is
/// not the meeting's journal: writing on into the old one would save where nobody looks.
#[cfg(unix)]
#[test]
fn a_journal_replaced_while_open_refuses_to_pretend_it_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(&dir);
    let (mut journal, _) = Journal::resume(&path).unwrap();
    journal
        .append(&record(90, Event::ClockPaused { role: None }))
        .unwrap();
    let copy = dir.path().join("copy.jsonl");
    std::fs::copy(&path, &copy).unwrap();
    std::fs::rename(&copy, &path).unwrap();
    let err = journal
        .append(&record(120, Event::ClockResumed { role: None }))
        .unwrap_err();
    assert_eq!(err.to_string(), "the journal file was removed or replaced");
    let events: Vec<Event> = read(&path)
        .unwrap()
        .records
        .into_iter()
        .map(|(_, r)| r.event)
        .collect();
    assert_eq!(
        events.last(),
        Some(&Event::ClockPaused { role: None }),
        "nothing was written after the swap"
    );
}

/// A write cut short part-way through its line (the disk full, a size limit) is taken back:
/// the file ends with its last whole line, and the next write goes on from there. The size
/// limit is a process's own (`RLIMIT_FSIZE`), so the write runs in a child process of this
/// test binary: any user can set it, and no other test is limited.
#[cfg(unix)]
#[test]
fn a_write_cut_short_part_way_leaves_no_half_line() {
    const CHILD: &str = "COCHAIR_TEST_JOURNAL_CUT_SHORT";
    if let Some(path) = std::env::var_os(CHILD) {
        return write_under_a_size_limit(Path::new(&path));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = sample(&dir);
    let before = std::fs::read(&path).unwrap();
    let child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "store::journal::tests::a_write_cut_short_part_way_leaves_no_half_line",
        ])
        .args(["--nocapture", "--test-threads=1"])
        .env(CHILD, &path)
        .output()
        .unwrap();
    assert!(
        child.status.success(),
        "the child's write went otherwise:\n{}{}",
        String::from_utf8_lossy(&child.stdout),
        String::from_utf8_lossy(&child.stderr)
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "no half line is left"
    );
    let (mut journal, contents) = Journal::resume(&path).unwrap();
    assert_eq!(contents.torn, None);
    journal
        .append(&record(150, Event::ClockPaused { role: None }))
        .unwrap();
    assert_eq!(read(&path).unwrap().records.len(), 3);
}

/// In the child: limit this process's files to half a line past the journal's end, then write
/// a line. The kernel writes up to the limit and refuses the rest.
#[cfg(unix)]
fn write_under_a_size_limit(path: &Path) {
    let (mut journal, _) = Journal::resume(path).unwrap();
    let note = record(
        120,
        Event::NoteAdded {
            item: 1,
            text: "A note long enough to be cut in half by the size limit".into(),
        },
    );
    let line = serde_json::to_vec(&note).unwrap();
    let limit = journal.len + line.len() as u64 / 2;
    // SAFETY: plain calls into the C library with valid arguments: ignoring the signal that
    // would end the process at the limit (the write then fails with EFBIG instead), and
    // lowering this process's own file size limit.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
        let rlimit = libc::rlimit {
            rlim_cur: limit,
            rlim_max: libc::RLIM_INFINITY,
        };
        assert_eq!(libc::setrlimit(libc::RLIMIT_FSIZE, &rlimit), 0);
    }
    assert!(
        journal.append(&note).is_err(),
        "the write went past the limit"
    );
    assert_eq!(journal.len, std::fs::metadata(path).unwrap().len());
}

#[cfg(unix)]
#[test]
fn a_failed_write_leaves_no_half_line_and_later_writes_carry_on() {
    // A journal handle that cannot write: every write fails, and the file stays as it was.
    let dir = tempfile::tempdir().unwrap();
    let path = sample(&dir);
    let before = std::fs::read(&path).unwrap();
    let (mut journal, _) = Journal::resume(&path).unwrap();
    let readonly = std::fs::OpenOptions::new().read(true).open(&path).unwrap();
    let writable = std::mem::replace(&mut journal.file, readonly);
    assert!(journal.append(&record(120, Event::MeetingEnded)).is_err());
    assert_eq!(std::fs::read(&path).unwrap(), before);
    journal.file = writable;
    journal.append(&record(121, Event::MeetingEnded)).unwrap();
    assert_eq!(read(&path).unwrap().records.len(), 3);
}

#[test]
fn a_batch_is_one_line_and_reads_back_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(&dir);
    let batch = record(
        90,
        Event::Batch {
            events: vec![
                Event::PersonAdded {
                    name: "Leila Haddad".into(),
                    group: "members".into(),
                },
                Event::AttendanceMarked {
                    person: "Leila Haddad".into(),
                    attendance: crate::meeting::Attendance::Present,
                },
            ],
        },
    );
    let mut j = Journal::resume(&path).unwrap().0;
    j.append(&batch).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(text.lines().last().unwrap().contains(r#""event":"batch""#));
    let records: Vec<Record> = read(&path)
        .unwrap()
        .records
        .into_iter()
        .map(|(_, r)| r)
        .collect();
    assert_eq!(records.last(), Some(&batch));
}
