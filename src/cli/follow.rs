//! Which meeting a new one follows: the journal given with `--follows`, none with
//! `--follows none`, or else the latest adjourned journal of the same agenda (the same file
//! name stem, an earlier date) in the folder the new journal goes in. The link is recorded as
//! the new journal's first event, with a copy of the actions the earlier meeting left open.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::lang::Lang;
use crate::meeting::{Event, Meeting, Phase, following};
use crate::store::journal::{self, JournalError};
use crate::tr;

/// What `--follows` asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Follows {
    /// Not given: look for the last meeting of the same agenda.
    #[default]
    Latest,
    /// `--follows none`: this meeting follows none.
    Nothing,
    /// `--follows JOURNAL`.
    Journal(PathBuf),
}

/// `--follows JOURNAL` or `--follows none`.
pub fn follows_arg(text: &str) -> Result<Follows, String> {
    match text.trim() {
        "" => Err("give the journal of the last meeting, or none".into()),
        "none" => Ok(Follows::Nothing),
        _ => Ok(Follows::Journal(PathBuf::from(text))),
    }
}

/// The link to record as the new journal's first event, and how it was found.
#[derive(Debug, Clone)]
pub struct Link {
    pub event: Event,
    /// Found by looking in the folder, not given with `--follows`.
    pub found_in: Option<PathBuf>,
    pub date: NaiveDate,
    pub adjourned: bool,
    pub actions: usize,
}

impl Link {
    fn new(earlier: &Meeting, path: &Path, found_in: Option<PathBuf>) -> Link {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        Link {
            event: following(earlier, &name),
            found_in,
            date: earlier.date(),
            adjourned: earlier.phase() == Phase::Adjourned,
            actions: earlier.open_actions().len(),
        }
    }

    /// What the screen says when the meeting opens, in `lang`; `key` opens the review.
    pub fn notice(&self, lang: Lang, key: &str) -> String {
        let day = crate::ui::words::short_day(lang, self.date);
        let count = self.actions;
        match (&self.found_in, self.adjourned) {
            (_, false) => tr!(
                lang,
                "cli-follows-not-adjourned",
                day = day,
                count = count,
                key = key
            ),
            (Some(_), true) => tr!(
                lang,
                "cli-follows-last",
                day = day,
                count = count,
                key = key
            ),
            (None, true) => tr!(
                lang,
                "cli-follows-given",
                day = day,
                count = count,
                key = key
            ),
        }
    }
}

/// The meeting given with `--follows`, read and checked: a missing file, a file that is not a
/// journal or a damaged journal is refused with its path (and line); a meeting that was not
/// adjourned is taken, and the screen says so.
pub fn given(path: &Path, own: &Path) -> Result<Link, FollowError> {
    if path == own || same_file(path, own) {
        return Err(FollowError::Itself(path.to_path_buf()));
    }
    let contents = journal::read(path).map_err(FollowError::Unreadable)?;
    let earlier = journal::replay(path, &contents).map_err(FollowError::Unreadable)?;
    Ok(Link::new(&earlier, path, None))
}

/// Why a meeting cannot follow the one asked for, or keep the link it has.
#[derive(Debug)]
pub enum FollowError {
    Itself(PathBuf),
    /// The journal given is missing, is not a journal or is damaged: `path:line: what is
    /// wrong`, and what `--follows` takes.
    Unreadable(JournalError),
    /// A meeting already begun, and the journal it follows (`None`: none).
    Begun {
        journal: PathBuf,
        recorded: Option<String>,
    },
    /// The link could not be recorded as the new meeting's first event.
    Link(crate::meeting::EventError),
}

impl FollowError {
    /// Why, in `lang` (the `Display` is the English).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FollowError::Itself(path) => tr!(
                lang,
                "cli-follows-itself",
                path = path.display().to_string()
            ),
            FollowError::Unreadable(error) => {
                tr!(
                    lang,
                    "cli-follows-unreadable",
                    why = unreadable(error, lang)
                )
            }
            FollowError::Begun { journal, recorded } => {
                let journal = journal.display().to_string();
                match recorded {
                    None => tr!(lang, "cli-follows-begun-alone", journal = journal),
                    Some(name) => tr!(lang, "cli-follows-begun", journal = journal, name = name),
                }
            }
            FollowError::Link(e) => e.said(lang),
        }
    }
}

impl std::fmt::Display for FollowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FollowError {}

/// A journal that cannot be followed, in `lang`: `path:line: what is wrong` (it is not
/// opened, so nothing is said of leaving it as it is).
fn unreadable(error: &JournalError, lang: Lang) -> String {
    match error {
        JournalError::BadLine { path, line, why } => {
            format!("{}:{line}: {}", path.display(), why.said(lang))
        }
        other => other.message(lang),
    }
}

/// The latest adjourned meeting of the agenda `stem` in `dir` before `date`, if there is one.
pub fn latest(dir: &Path, stem: &str, date: NaiveDate, own: &Path) -> Option<Link> {
    let (path, earlier) = crate::store::series::latest_adjourned_before(dir, stem, date, own)?;
    Some(Link::new(&earlier, &path, Some(dir.to_path_buf())))
}

/// A meeting already begun keeps the link it has: `--follows` naming another journal is
/// refused rather than ignored.
pub fn check_resumed(
    follows: &Follows,
    meeting: &Meeting,
    journal: &Path,
) -> Result<(), FollowError> {
    let Follows::Journal(path) = follows else {
        return Ok(());
    };
    let named = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let recorded = meeting.previous().map(|p| p.journal.clone());
    if named == recorded {
        return Ok(());
    }
    Err(FollowError::Begun {
        journal: journal.to_path_buf(),
        recorded,
    })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests;
