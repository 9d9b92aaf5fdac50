//! The journals of a series: every meeting of one agenda in a folder, found by file name.
//! cochair names a journal `<agenda name>-<date>.jsonl`, and keeps an old one aside as
//! `<agenda name>-<date>.started-<day>.jsonl` (or `…-2.jsonl`) when a new meeting takes its
//! place; both belong to the series.

use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::journal;
use crate::meeting::{Meeting, Phase};

/// A journal of the series, with the date its name gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    pub date: NaiveDate,
}

/// The date in the file name of a journal of the agenda called `stem`, or `None` when the
/// file is not one: `family-council-2026-11-24.jsonl` and
/// `family-council-2026-11-24.started-2026-10-26.jsonl` are journals of `family-council`;
/// `family-council-2026-11-24-minutes.txt` is not.
pub fn journal_date(file_name: &str, stem: &str) -> Option<NaiveDate> {
    let rest = file_name.strip_prefix(stem)?.strip_prefix('-')?;
    let (date, after) = (rest.get(..10)?, rest.get(10..)?);
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let aside = |a: &str| {
        a.strip_prefix(".started-")
            .and_then(|a| a.strip_suffix(".jsonl"))
            .is_some_and(|day| {
                let (day, number) = day.split_at(day.len().min(10));
                NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok()
                    && (number.is_empty()
                        || number
                            .strip_prefix('-')
                            .is_some_and(|n| n.parse::<u32>().is_ok()))
            })
    };
    (after == ".jsonl" || aside(after)).then_some(date)
}

/// Every journal of the agenda `stem` in `dir`, by date (then by name).
pub fn series(dir: &Path, stem: &str) -> io::Result<Vec<Found>> {
    let mut found: Vec<Found> = jsonl_files(dir)?
        .into_iter()
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?;
            let date = journal_date(name, stem)?;
            Some(Found { path, date })
        })
        .collect();
    found.sort_by(|a, b| (a.date, &a.path).cmp(&(b.date, &b.path)));
    Ok(found)
}

/// Every `.jsonl` file in `dir`, by name.
pub fn jsonl_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// The latest adjourned meeting of the series in `dir` dated before `date`, other than the
/// journal at `not`: its path and the meeting. Journals that cannot be read, or whose
/// meeting was not adjourned, are passed over.
pub fn latest_adjourned_before(
    dir: &Path,
    stem: &str,
    date: NaiveDate,
    not: &Path,
) -> Option<(PathBuf, Meeting)> {
    let found = series(dir, stem).ok()?;
    found
        .into_iter()
        .rev()
        .filter(|f| f.date < date && f.path != not)
        .find_map(|f| {
            let contents = journal::read(&f.path).ok()?;
            let meeting = journal::replay(&f.path, &contents).ok()?;
            (meeting.phase() == Phase::Adjourned && meeting.date() < date)
                .then_some((f.path, meeting))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn journals_of_a_series_are_known_by_name() {
        let stem = "family-council";
        for (name, date) in [
            ("family-council-2026-11-24.jsonl", Some(day(11, 24))),
            (
                "family-council-2026-11-24.started-2026-10-26.jsonl",
                Some(day(11, 24)),
            ),
            (
                "family-council-2026-11-24.started-2026-10-26-2.jsonl",
                Some(day(11, 24)),
            ),
            ("family-council-2026-11-24-minutes.txt", None),
            ("family-council-2026-11-24.jsonl.new", None),
            ("family-council-extra-2026-11-24.jsonl", None),
            ("family-council-2026-13-24.jsonl", None),
            ("family-council-2026-11-24.started-soon.jsonl", None),
            ("family-council.jsonl", None),
            ("other-2026-11-24.jsonl", None),
        ] {
            assert_eq!(journal_date(name, stem), date, "{name}");
        }
    }

    #[test]
    fn a_series_comes_in_date_order_without_other_files() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "board-2026-11-24.jsonl",
            "board-2026-09-22.jsonl",
            "board-2026-10-27.jsonl",
            "board-2026-10-27-minutes.txt",
            "other-2026-10-01.jsonl",
        ] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let dates: Vec<NaiveDate> = series(dir.path(), "board")
            .unwrap()
            .into_iter()
            .map(|f| f.date)
            .collect();
        assert_eq!(dates, [day(9, 22), day(10, 27), day(11, 24)]);
    }
}
