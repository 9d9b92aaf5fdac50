//! Opening a meeting that follows an earlier one: `--follows JOURNAL`, `--follows none`, and
//! the latest adjourned journal of the same agenda found beside the new one.

use std::path::{Path, PathBuf};

use super::*;
use crate::cli::{Options, open};
use crate::input::Command;
use crate::meeting::Review;
use crate::testing::{at, utc};

const OCTOBER: &str = "tests/fixtures/follow/family-council-2026-10-27.jsonl";

/// Options for the built-in example's agenda file, its journal in `dir` under its usual name
/// for 24 November.
fn options(dir: &Path, follows: Follows) -> Options {
    Options {
        agenda: Some(PathBuf::from("agendas/family-council.ron")),
        journal: Some(dir.join("family-council-2026-11-24.jsonl")),
        follows,
        lang: Some("en".into()),
        ..Options::default()
    }
}

/// The reason opening is refused, which must be about `--follows`.
fn refused(options: &Options, now: chrono::DateTime<chrono::Utc>) -> String {
    match open(options, now, utc()) {
        Err(crate::cli::OpenError::Follows(message)) => message.to_string(),
        Err(other) => panic!("refused for another reason: {other}"),
        Ok(_) => panic!("opened"),
    }
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn follows_a_journal_given_and_records_the_link_first() {
    let dir = tempfile::tempdir().unwrap();
    let given = Follows::Journal(PathBuf::from(OCTOBER));
    let mut opened = open(&options(dir.path(), given), at(0), utc()).unwrap();
    let meeting = &opened.model.meeting;
    assert_eq!(
        meeting.previous().unwrap().journal,
        "family-council-2026-10-27.jsonl"
    );
    assert_eq!(meeting.last_actions().len(), 5);
    let status = opened.model.status.clone().unwrap_or_default();
    assert!(
        status.contains("Follows the meeting of Tue 27 Oct: 5 actions to review (press u)"),
        "{status}"
    );
    assert!(
        files(dir.path()).is_empty(),
        "looking leaves nothing on disk"
    );
    let (model, journal) = (&mut opened.model, &mut opened.journal);
    crate::app::dispatch(
        model,
        Command::ReviewActions,
        at(5),
        journal,
        &mut crate::app::Quiet,
    );
    crate::app::dispatch(
        model,
        Command::ActionDone,
        at(6),
        journal,
        &mut crate::app::Quiet,
    );
    drop(opened);
    // The new journal alone holds the link and the mark.
    let path = dir.path().join("family-council-2026-11-24.jsonl");
    let contents = crate::store::journal::read(&path).unwrap();
    assert_eq!(
        contents.header.cochair_journal,
        crate::store::journal::FORMAT_VERSION
    );
    assert_eq!(contents.records.len(), 2, "the link, then the mark");
    let replayed = crate::store::journal::replay(&path, &contents).unwrap();
    assert_eq!(replayed.last_actions().len(), 5);
    assert_eq!(replayed.last_actions()[0].review, Review::Done);
}

#[test]
fn without_follows_the_latest_adjourned_journal_of_the_agenda_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let october = dir.path().join("family-council-2026-10-27.jsonl");
    std::fs::copy(OCTOBER, &october).unwrap();
    // Not adjourned, a later date, another agenda: none of these is the last meeting.
    let mut running = std::fs::read_to_string(OCTOBER).unwrap();
    running.truncate(running.trim_end().rfind('\n').unwrap() + 1);
    std::fs::write(dir.path().join("family-council-2026-11-10.jsonl"), running).unwrap();
    std::fs::copy(OCTOBER, dir.path().join("family-council-2026-12-15.jsonl")).unwrap();
    std::fs::copy(OCTOBER, dir.path().join("nonprofit-board-2026-11-20.jsonl")).unwrap();
    let opened = open(&options(dir.path(), Follows::Latest), at(0), utc()).unwrap();
    let previous = opened.model.meeting.previous().expect("found");
    assert_eq!(previous.journal, "family-council-2026-10-27.jsonl");
    let status = opened.model.status.clone().unwrap_or_default();
    assert!(
        status.starts_with("Follows the last meeting, Tue 27 Oct: 5 actions"),
        "{status}"
    );
    assert!(status.contains("--follows none"), "{status}");
}

#[test]
fn follows_none_starts_without_a_last_meeting() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(OCTOBER, dir.path().join("family-council-2026-10-27.jsonl")).unwrap();
    let opened = open(&options(dir.path(), Follows::Nothing), at(0), utc()).unwrap();
    assert!(opened.model.meeting.previous().is_none());
    assert_eq!(follows_arg("none"), Ok(Follows::Nothing));
}

#[test]
fn a_meeting_not_adjourned_is_followed_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let mut running = std::fs::read_to_string(OCTOBER).unwrap();
    running.truncate(running.trim_end().rfind('\n').unwrap() + 1);
    let path = dir.path().join("october.jsonl");
    std::fs::write(&path, running).unwrap();
    let opened = open(&options(dir.path(), Follows::Journal(path)), at(0), utc()).unwrap();
    let status = opened.model.status.clone().unwrap_or_default();
    assert!(
        status.starts_with("⚠ The meeting of Tue 27 Oct was not adjourned"),
        "{status}"
    );
    assert!(!opened.model.meeting.previous().unwrap().adjourned);
}

#[test]
fn bad_follows_files_are_refused_with_their_path_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            PathBuf::from("agendas/family-council.ron"),
            "agendas/family-council.ron: is an agenda, not a meeting's journal",
        ),
        (
            dir.path().join("missing.jsonl"),
            "missing.jsonl: no such file; --follows takes the journal of the last meeting",
        ),
    ];
    for (path, wanted) in cases {
        let err = refused(&options(dir.path(), Follows::Journal(path)), at(0));
        assert!(err.contains(wanted), "{err}");
    }
    let own = dir.path().join("family-council-2026-11-24.jsonl");
    std::fs::copy(OCTOBER, &own).unwrap();
    let err = refused(&options(dir.path(), Follows::Journal(own.clone())), at(0));
    assert!(err.contains("cannot follow itself"), "{err}");
    std::fs::remove_file(own).unwrap();
    assert!(files(dir.path()).is_empty());
}

#[test]
fn a_meeting_already_begun_keeps_its_link() {
    let dir = tempfile::tempdir().unwrap();
    let given = Follows::Journal(PathBuf::from(OCTOBER));
    let mut opened = open(&options(dir.path(), given.clone()), at(0), utc()).unwrap();
    let (model, journal) = (&mut opened.model, &mut opened.journal);
    crate::app::dispatch(
        model,
        Command::StartMeeting,
        at(5),
        journal,
        &mut crate::app::Quiet,
    );
    drop(opened);
    let resumed = open(&options(dir.path(), given), at(60), utc()).unwrap();
    assert_eq!(resumed.model.meeting.last_actions().len(), 5);
    drop(resumed);
    let other = dir.path().join("other.jsonl");
    std::fs::copy(OCTOBER, &other).unwrap();
    let err = refused(&options(dir.path(), Follows::Journal(other)), at(60));
    assert!(
        err.contains("has already begun and it follows family-council-2026-10-27.jsonl"),
        "{err}"
    );
    let without = open(&options(dir.path(), Follows::Latest), at(60), utc()).unwrap();
    assert_eq!(
        without.model.meeting.last_actions().len(),
        5,
        "resumed as it was"
    );
}

#[test]
fn a_new_meeting_in_place_of_one_from_another_day_takes_the_link_given() {
    let dir = tempfile::tempdir().unwrap();
    let mut yesterday = open(&options(dir.path(), Follows::Nothing), at(-86_400), utc()).unwrap();
    let (model, journal) = (&mut yesterday.model, &mut yesterday.journal);
    crate::app::dispatch(
        model,
        Command::StartMeeting,
        at(-86_400),
        journal,
        &mut crate::app::Quiet,
    );
    drop(yesterday);
    let given = Follows::Journal(PathBuf::from(OCTOBER));
    let opened = crate::cli::open_answering(&options(dir.path(), given), at(0), utc(), |_| {
        crate::cli::Resume::New
    })
    .unwrap();
    assert_eq!(opened.model.meeting.last_actions().len(), 5);
}

/// The line that says which meeting this one follows, and why a `--follows` is refused, are
/// in the screen's language; the English is as before.
#[test]
fn the_follows_line_and_its_refusals_speak_spanish() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(OCTOBER, dir.path().join("family-council-2026-10-27.jsonl")).unwrap();
    let spanish = Options {
        lang: Some("es".into()),
        ..options(dir.path(), Follows::Latest)
    };
    let opened = open(&spanish, at(0), utc()).unwrap();
    assert_eq!(
        opened.model.status.as_deref(),
        Some(
            "Sigue a la última reunión, mar 27 oct: 5 tareas por revisar (pulsa u) · --follows none para empezar sin ella"
        )
    );
    let itself = FollowError::Itself(PathBuf::from("/m/council.jsonl"));
    assert_eq!(itself.message(Lang::En), itself.to_string());
    assert_eq!(
        itself.message(Lang::Es),
        "/m/council.jsonl: una reunión no puede seguirse a sí misma; --follows recibe el diario de la reunión anterior"
    );
    for recorded in [None, Some("october.jsonl".to_string())] {
        let begun = FollowError::Begun {
            journal: PathBuf::from("/m/council.jsonl"),
            recorded,
        };
        assert_eq!(begun.message(Lang::En), begun.to_string());
        assert_ne!(begun.message(Lang::Es), begun.to_string());
    }
    let newer = crate::store::journal::parse(
        b"{\"cochair_journal\":99}\n",
        std::path::Path::new("/m/october.jsonl"),
    )
    .unwrap_err();
    let damaged = FollowError::Unreadable(newer);
    assert_eq!(damaged.message(Lang::En), damaged.to_string());
    assert!(
        damaged.message(Lang::Es).starts_with(
            "/m/october.jsonl:1: lo escribió un cochair más nuevo (formato de diario 99;"
        ),
        "{}",
        damaged.message(Lang::Es)
    );
    assert!(
        damaged
            .message(Lang::Es)
            .ends_with("; --follows recibe el diario de la reunión anterior"),
        "{}",
        damaged.message(Lang::Es)
    );
}
