//! A journal whose meeting began on another day: resume it or start a new meeting, asked on
//! the terminal, with the old journal set aside under a name that keeps its day.

use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, Utc};

use super::{Loaded, OpenError, Resume};
use crate::lang::Lang;
use crate::tr;

/// "This journal holds a meeting that started on another day": when, and the choices, one a
/// line, in `lang`. `days` is how many days ago it started (below 0: ahead of today).
fn question(
    lang: Lang,
    path: &Path,
    day: chrono::NaiveDate,
    days: i64,
    other_agenda: bool,
    aside: &Path,
) -> String {
    let ago = match days {
        n if n > 0 => tr!(lang, "cli-another-day-ago", days = n),
        n => tr!(lang, "cli-another-day-ahead", days = -n),
    };
    let started = tr!(
        lang,
        "cli-another-day-started",
        path = path.display().to_string(),
        day = crate::lang::dates::long(lang, day),
        ago = ago
    );
    let mut lines = vec![started];
    match other_agenda {
        true => lines.push(tr!(lang, "cli-another-day-agenda-changed")),
        false => lines.push(format!("  r  {}", tr!(lang, "cli-another-day-resume"))),
    }
    let aside = aside
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    lines.push(format!(
        "  n  {}",
        tr!(lang, "cli-another-day-new", aside = aside)
    ));
    lines.push(format!("  q  {}", tr!(lang, "cli-another-day-quit")));
    lines.iter().map(|line| format!("{line}\n")).collect()
}

/// A meeting that started on another day than today is not simply resumed: the person is
/// asked whether to resume it or start a new one (`None`: they chose to quit). A journal whose
/// agenda has changed since can only be left for a new meeting.
pub(super) fn settle_the_day(
    mut loaded: Loaded,
    now: DateTime<Utc>,
    offset: FixedOffset,
    lang: Lang,
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
    let aside = aside_name(path, day);
    let question = question(
        lang,
        path,
        day,
        (today - day).num_days(),
        existing.other_agenda,
        &aside,
    );
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
pub(super) fn ask_on_the_terminal(lang: Lang, question: &str) -> Resume {
    use std::io::{BufRead, Write};
    let mut out = io::stdout();
    let choice = tr!(lang, "cli-another-day-choice");
    let _ = write!(out, "{question}{choice} ");
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
                let _ = write!(out, "{} ", tr!(lang, "cli-another-day-again"));
                let _ = out.flush();
            }
        }
    }
}
