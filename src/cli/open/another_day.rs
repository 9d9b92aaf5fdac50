//! A journal whose meeting began on another day: resume it or start a new meeting, asked on
//! the terminal, with the old journal set aside under a name that keeps its day.

use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, Utc};

use super::{Loaded, OpenError, Resume};

/// A meeting that started on another day than today is not simply resumed: the person is
/// asked whether to resume it or start a new one (`None`: they chose to quit). A journal whose
/// agenda has changed since can only be left for a new meeting.
pub(super) fn settle_the_day(
    mut loaded: Loaded,
    now: DateTime<Utc>,
    offset: FixedOffset,
    answer: &mut dyn FnMut(&str) -> Resume,
) -> Result<Option<Loaded>, OpenError> {
    let Some(existing) = &loaded.existing else {
        return Ok(Some(loaded));
    };
    let today = now.with_timezone(&offset).date_naive();
    let started = existing
        .meeting
        .started()
        .map(|s| s.with_timezone(&offset).date_naive());
    let other_day = started.filter(|d| *d != today);
    let path = &loaded.journal_path;
    let Some(day) = other_day else {
        return Ok(Some(loaded));
    };
    let ago = match (today - day).num_days() {
        1 => "yesterday".to_string(),
        -1 => "tomorrow".to_string(),
        n if n > 0 => format!("{n} days ago"),
        n => format!("in {} days", -n),
    };
    let aside = aside_name(path, day);
    let mut question = format!(
        "{}\nholds a meeting that started on {} ({ago}).\n",
        path.display(),
        day.format("%A %-d %B %Y")
    );
    if existing.other_agenda {
        question.push_str("Its agenda has changed since, so it cannot be resumed with this one.\n");
    } else {
        question.push_str("  r  resume it\n");
    }
    question.push_str(&format!(
        "  n  start a new meeting (the old journal is kept as {})\n  q  quit and change nothing\n",
        aside
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned())
    ));
    match answer(&question) {
        Resume::Resume if !existing.other_agenda => Ok(Some(loaded)),
        Resume::Resume | Resume::Quit => Ok(None),
        Resume::New => {
            let Some(old) = loaded.existing.take() else {
                return Ok(Some(loaded));
            };
            if loaded.given.is_none() {
                let header = &old.contents.header;
                loaded.given = Some((header.agenda.clone(), header.agenda_file.clone()));
            }
            std::fs::rename(path, &aside).map_err(|error| OpenError::SetAside {
                path: path.clone(),
                error,
            })?;
            drop(old);
            Ok(Some(loaded))
        }
    }
}

/// `board-2026-11-24.jsonl` → `board-2026-11-24.started-2026-10-24.jsonl` (with a number
/// after it when that name is taken).
fn aside_name(path: &Path, day: chrono::NaiveDate) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or("meeting".into(), |s| s.to_string_lossy().into_owned());
    let name = |n: u32| match n {
        1 => path.with_file_name(format!("{stem}.started-{day}.jsonl")),
        n => path.with_file_name(format!("{stem}.started-{day}-{n}.jsonl")),
    };
    (1..u32::MAX)
        .map(name)
        .find(|p| !p.exists())
        .unwrap_or_else(|| name(u32::MAX))
}

/// Ask on the terminal, before the meeting screen takes it over.
pub(super) fn ask_on_the_terminal(question: &str) -> Resume {
    use std::io::{BufRead, Write};
    let mut out = io::stdout();
    let _ = write!(out, "{question}Your choice [r/n/q]: ");
    let _ = out.flush();
    let mut line = String::new();
    loop {
        line.clear();
        if io::stdin().lock().read_line(&mut line).unwrap_or(0) == 0 {
            return Resume::Quit;
        }
        match line.trim().to_lowercase().as_str() {
            "r" | "resume" => return Resume::Resume,
            "n" | "new" => return Resume::New,
            "q" | "quit" => return Resume::Quit,
            _ => {
                let _ = write!(out, "Type r, n or q, then enter: ");
                let _ = out.flush();
            }
        }
    }
}
