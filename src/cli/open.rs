//! Opening a meeting, the wiring of the layers: load and check the keymap, the agenda and any
//! journal there is, make sure there is a terminal, settle a meeting from another day, resume
//! the journal or get ready to start one, build the model, and only then hand the terminal to
//! the host. Anything wrong before that point is reported as text and the terminal is never
//! touched; without a terminal no journal is made or changed.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, Utc};

use crate::agenda::{self, Agenda};
use crate::app::{Model, Theme};
use crate::input::Keymap;
use crate::meeting::Meeting;
use crate::parse::FileErrors;
use crate::store::journal::{self, Contents, Header, Journal, JournalError, Recording, replay};

use super::follow::{self, Follows, Link};
use crate::tr;

mod another_day;
mod hosting;

use another_day::settle_the_day;

pub use super::open_error::OpenError;
pub use hosting::open_and_run;

/// What the command line asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub agenda: Option<PathBuf>,
    pub journal: Option<PathBuf>,
    pub keymap: Option<PathBuf>,
    pub theme: Theme,
    /// Run the meeting in a throwaway journal: nothing is kept.
    pub rehearse: bool,
    /// The built-in example, opened by `cochair` alone: rehearsed, and the screen says so.
    pub example: bool,
    /// Which meeting a new one follows.
    pub follows: Follows,
    /// How many screens may join at once (default [`crate::share::MAX_SCREENS`]).
    pub max_screens: Option<usize>,
    /// Serve the members' page, and where.
    pub members: Option<crate::members::Listen>,
    /// `--lang`: the screen's language, over the agenda's and the locale's.
    pub lang: Option<String>,
}

/// A meeting ready to show: its model and where its events go.
pub struct Opened {
    pub model: Model,
    pub journal: Recording,
}

/// The answer to "this meeting started on another day: resume it, or start a new one?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resume {
    Resume,
    /// Start a new meeting; the old journal is kept under another name.
    New,
    Quit,
}

/// Resolve the files and build the model, without touching the terminal. A meeting that
/// started on another day is resumed.
pub fn open(
    options: &Options,
    now: DateTime<Utc>,
    offset: FixedOffset,
) -> Result<Opened, OpenError> {
    open_answering(options, now, offset, |_| Resume::Resume)
}

/// As [`open`], with the answer to "resume it, or start a new meeting?" given by `answer`.
pub fn open_answering(
    options: &Options,
    now: DateTime<Utc>,
    offset: FixedOffset,
    mut answer: impl FnMut(&str) -> Resume,
) -> Result<Opened, OpenError> {
    let loaded = load(options, now, offset)?;
    let lang = asking_language(options, &loaded);
    match settle_the_day(loaded, now, offset, lang, &mut answer)? {
        Some(loaded) => open_journal(loaded, options, now, offset).map(|mut opened| {
            opened.model.example = options.example;
            opened
        }),
        None => Err(OpenError::NothingChanged),
    }
}

/// The language to ask in before the screen is up (another day's meeting: resume it?): as the
/// screen's will be, from the agenda given or the journal's.
fn asking_language(options: &Options, loaded: &Loaded) -> crate::lang::Lang {
    let journal = loaded.existing.as_ref();
    let agenda = given_language(loaded)
        .or_else(|| journal.and_then(|e| e.meeting.agenda().language.clone()));
    super::language::chosen(options.lang.as_deref(), agenda.as_deref()).lang
}

/// The language of the agenda file given, which a resumed meeting takes over the one its
/// journal stored (adding or changing it never stops a resume).
fn given_language(loaded: &Loaded) -> Option<String> {
    loaded.given.as_ref().and_then(|(a, _)| a.language.clone())
}

/// The screen's language: `--lang`, else the agenda's, else the locale's, with the line that
/// says when it is one cochair does not have.
fn speak(meeting: &Meeting, options: &Options, given: Option<String>) -> crate::lang::Chosen {
    let agenda = given.or_else(|| meeting.agenda().language.clone());
    super::language::chosen(options.lang.as_deref(), agenda.as_deref())
}

/// The files read and checked, with nothing written yet.
struct Loaded {
    keymap: Keymap,
    journal_path: PathBuf,
    /// The agenda given or built in, with its file name; `None` to resume from the journal.
    given: Option<(Agenda, String)>,
    /// A journal that holds a meeting, locked for this process and read once.
    existing: Option<Existing>,
    rehearsal: bool,
    /// What `--follows` asked for, the meeting it named (read and checked), and where to look
    /// for the last meeting when it was not given.
    follows: Follows,
    link: Option<Link>,
    series: Option<Series>,
}

/// Where the last meeting of the same agenda would be: the folder, the agenda's name, and the
/// new meeting's date.
struct Series {
    dir: PathBuf,
    stem: String,
    date: chrono::NaiveDate,
}

/// A journal found at the path, locked, read and replayed (nothing written).
struct Existing {
    file: std::fs::File,
    contents: Contents,
    meeting: Meeting,
    /// The agenda given differs from the journal's (allowed only to start a new meeting).
    other_agenda: bool,
}

/// Read and check the keymap, the agenda and the journal if there is one, changing nothing.
fn load(options: &Options, now: DateTime<Utc>, offset: FixedOffset) -> Result<Loaded, OpenError> {
    let keymap = load_keymap(options.keymap.as_deref(), options.lang.as_deref())?;
    let given = match &options.agenda {
        Some(path) => Some((
            super::check::read_agenda(path, options.lang.as_deref())?,
            file_name(path),
        )),
        None if options.journal.is_some() => None,
        None => Some((
            agenda::from_str(agenda::EXAMPLE, Path::new(agenda::EXAMPLE_NAME))?,
            agenda::EXAMPLE_NAME.to_owned(),
        )),
    };
    let today = now.with_timezone(&offset).date_naive();
    let series = given
        .as_ref()
        .and_then(|(agenda, name)| series_of(options, agenda, name, today));
    let journal_path = match (&options.journal, &given) {
        (Some(path), _) => path.clone(),
        (None, Some((agenda, name))) => {
            let stem = Path::new(name)
                .file_stem()
                .map_or("meeting".into(), |s| s.to_string_lossy());
            let date = agenda.date().unwrap_or(today);
            match options.rehearse {
                true => rehearsal_dir()?.join(format!("{stem}-{date}.jsonl")),
                false => crate::store::paths::default_journal(&stem, date)
                    .ok_or(OpenError::NoDataFolder)?,
            }
        }
        (None, None) => unreachable!("no agenda and no journal is the built-in example"),
    };
    let mut existing = match journal_path.exists() && !options.rehearse {
        true => check_journal(&journal_path, given.as_ref().map(|(a, _)| a), offset, today)?,
        false if given.is_none() => {
            return Err(OpenError::NoJournal(journal_path));
        }
        false => None,
    };
    // A journal with only its header holds no meeting yet: it is replaced by the new one, so
    // the link to the last meeting can be its first event.
    if given.is_some()
        && existing
            .as_ref()
            .is_some_and(|e| e.contents.records.is_empty())
    {
        existing = None;
    }
    let link = match &options.follows {
        Follows::Journal(path) => {
            Some(follow::given(path, &journal_path).map_err(OpenError::Follows)?)
        }
        Follows::Latest | Follows::Nothing => None,
    };
    // A meeting to be resumed keeps its link; one from another day may yet be set aside for
    // a new meeting (asked later), which then takes the link given.
    if let Some(existing) = existing.as_ref().filter(|e| {
        e.meeting
            .started()
            .is_none_or(|s| s.with_timezone(&offset).date_naive() == today)
    }) {
        follow::check_resumed(&options.follows, &existing.meeting, &journal_path)
            .map_err(OpenError::Follows)?;
    }
    Ok(Loaded {
        keymap,
        journal_path,
        given,
        existing,
        rehearsal: options.rehearse,
        follows: options.follows.clone(),
        link,
        series,
    })
}

/// Where to look for the last meeting of this agenda: the folder the journal goes in (the data
/// folder, also for a rehearsal), journals named after the agenda file.
fn series_of(
    options: &Options,
    agenda: &Agenda,
    name: &str,
    today: chrono::NaiveDate,
) -> Option<Series> {
    let stem = Path::new(name).file_stem()?.to_string_lossy().into_owned();
    let dir = match (&options.journal, options.rehearse) {
        (Some(path), false) => path.parent().map(Path::to_path_buf),
        _ => crate::store::paths::journals(),
    }?;
    let dir = if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir
    };
    Some(Series {
        dir,
        stem,
        date: agenda.date().unwrap_or(today),
    })
}

/// A folder of its own for a rehearsal's journal, only its user's, removed however the
/// rehearsal ends.
fn rehearsal_dir() -> Result<PathBuf, OpenError> {
    let dir = crate::store::rehearsal::make().map_err(|error| JournalError::Io {
        path: std::env::temp_dir(),
        error,
    })?;
    crate::host::leftovers::remove_at_exit(&dir);
    Ok(dir)
}

/// Resume the journal there is, or get ready to start one with the first thing recorded, and
/// build the model.
fn open_journal(
    loaded: Loaded,
    options: &Options,
    now: DateTime<Utc>,
    offset: FixedOffset,
) -> Result<Opened, OpenError> {
    let given_lang = given_language(&loaded);
    let Loaded {
        keymap,
        journal_path,
        given,
        existing,
        rehearsal,
        follows,
        link,
        series,
    } = loaded;
    let mut link = link;
    let (journal, meeting, torn) = match (existing, given) {
        (Some(existing), _) => {
            link = None;
            let contents = existing.contents;
            let journal = Journal::resume_locked(existing.file, &journal_path, &contents)?;
            (Recording::Open(journal), existing.meeting, contents.torn)
        }
        (None, Some((agenda, name))) => {
            let header = Header {
                cochair_journal: journal::FORMAT_VERSION,
                created: now,
                date: agenda
                    .date()
                    .unwrap_or_else(|| now.with_timezone(&offset).date_naive()),
                agenda_file: name,
                agenda,
            };
            let mut meeting = Meeting::new(header.agenda.clone(), header.date);
            if follows == Follows::Latest {
                link = series.and_then(|s| follow::latest(&s.dir, &s.stem, s.date, &journal_path));
            }
            let mut first = Vec::new();
            if let Some(link) = &link {
                let record = crate::meeting::Record {
                    at: now,
                    proposal: None,
                    event: link.event.clone(),
                };
                meeting
                    .apply(&record)
                    .map_err(|e| OpenError::Follows(follow::FollowError::Link(e)))?;
                first.push(record);
            }
            let waiting = Recording::Waiting {
                path: journal_path.clone(),
                header: Box::new(header),
                first,
            };
            (waiting, meeting, None)
        }
        (None, None) => unreachable!("load refuses a missing journal without an agenda"),
    };
    let chosen = speak(&meeting, options, given_lang);
    let mut model = Model::new(meeting, keymap, journal_path, now, offset);
    model.lang = chosen.lang;
    model.rehearsal = rehearsal;
    model.journal_started = journal.started();
    if let Some(link) = &link {
        let key = model.key_hint(
            crate::input::Mode::Meeting,
            crate::input::Command::ReviewActions,
        );
        model.status = Some(link.notice(model.lang, &key));
    }
    if let Some(lost) = model.keymap.lost_from(&Keymap::builtin()).first() {
        model.status = Some(lost.said(model.lang));
    }
    if let Some(torn) = &torn {
        model.status = Some(tr!(model.lang, "cli-open-recovered", line = torn.line));
    }
    if let Some(notice) = chosen.notice {
        model.status = Some(notice);
    }
    Ok(Opened { model, journal })
}

/// The built-in keymap, with the user's file over it: `--keymap FILE`, else `keymap.ron` in the
/// config directory if there is one; its mistakes are said in the language `--lang` chooses.
pub fn load_keymap(path: Option<&Path>, lang: Option<&str>) -> Result<Keymap, FileErrors> {
    let user = path
        .map(Path::to_path_buf)
        .or_else(crate::store::paths::user_keymap);
    let Some(path) = user else {
        return Ok(Keymap::builtin());
    };
    let lang = super::language::for_messages(lang);
    let src = crate::store::text_of(&path).map_err(|why| FileErrors(vec![why.file_error(lang)]))?;
    Keymap::with_user_keys_in(&src, &path, lang)
}

/// An existing journal, checked without changing it: locked for this process, every line
/// readable, every event possible. One that holds only its header (nothing was recorded) is
/// left to be replaced when the agenda given differs; `None` then.
fn check_journal(
    path: &Path,
    given: Option<&Agenda>,
    offset: FixedOffset,
    today: chrono::NaiveDate,
) -> Result<Option<Existing>, OpenError> {
    let (file, contents) = Journal::lock_and_read(path).map_err(named_holder)?;
    let other_agenda = given.is_some_and(|agenda| !agenda.resumes(&contents.header.agenda));
    if other_agenda && contents.records.is_empty() {
        return Ok(None);
    }
    let meeting = replay(path, &contents)?;
    let started_today_or_not_at_all = meeting
        .started()
        .is_none_or(|s| s.with_timezone(&offset).date_naive() == today);
    // A meeting of another day may be left for a new one (asked later); today's may not.
    if other_agenda && started_today_or_not_at_all {
        return Err(different_agenda(path, &contents));
    }
    Ok(Some(Existing {
        file,
        contents,
        meeting,
        other_agenda,
    }))
}

/// A journal another cochair holds, with the process named: from the system's list of locks,
/// or else from the note of the meeting's host.
fn named_holder(error: JournalError) -> JournalError {
    match error {
        JournalError::InUse { path, by: None } => {
            let by = crate::share::place_for(&path)
                .ok()
                .and_then(|place| crate::share::host_of(&place));
            JournalError::InUse { path, by }
        }
        other => other,
    }
}

fn different_agenda(path: &Path, contents: &Contents) -> OpenError {
    OpenError::OtherAgenda {
        journal: path.to_path_buf(),
        agenda_file: contents.header.agenda_file.clone(),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Message;
    use crate::input::Command;
    use crate::store::journal::JournalError;
    use crate::testing::{at, utc};

    /// Drive the app as the runtime does, writing every event to the real journal.
    fn act(opened: &mut Opened, action: impl Into<crate::app::Message>, secs: i64) {
        let (model, journal) = (&mut opened.model, &mut opened.journal);
        crate::app::dispatch(model, action, at(secs), journal, &mut crate::app::Quiet);
        assert_eq!(opened.model.save_error, None);
    }

    /// Each way opening can fail is its own kind, so callers and tests need not read words.
    #[test]
    fn each_way_opening_fails_is_its_own_kind() {
        let dir = tempfile::tempdir().unwrap();
        let missing = Options {
            journal: Some(dir.path().join("none.jsonl")),
            ..Options::default()
        };
        assert!(matches!(
            open(&missing, at(0), utc()),
            Err(OpenError::NoJournal(_))
        ));
        let bad = dir.path().join("bad.ron");
        std::fs::write(&bad, "Agenda(").unwrap();
        let bad_agenda = Options {
            agenda: Some(bad),
            journal: Some(dir.path().join("m.jsonl")),
            ..Options::default()
        };
        let Err(OpenError::File(errors)) = open(&bad_agenda, at(0), utc()) else {
            panic!("a bad agenda is a file error");
        };
        assert!(
            errors
                .to_string()
                .starts_with(&format!("{}:", dir.path().join("bad.ron").display()))
        );
        let council = Options {
            agenda: Some(PathBuf::from("agendas/family-council.ron")),
            journal: Some(dir.path().join("m.jsonl")),
            ..Options::default()
        };
        let mut opened = open(&council, at(0), utc()).unwrap();
        act(&mut opened, Command::StartMeeting, 0);
        let board = Options {
            agenda: Some(PathBuf::from("agendas/nonprofit-board.ron")),
            ..council.clone()
        };
        assert!(matches!(
            open(&board, at(60), utc()),
            Err(OpenError::Journal(JournalError::InUse { .. }))
        ));
        drop(opened);
        let Err(OpenError::OtherAgenda { agenda_file, .. }) = open(&board, at(60), utc()) else {
            panic!("today's meeting of another agenda is refused");
        };
        assert_eq!(agenda_file, "family-council.ron");
    }

    #[test]
    fn resuming_the_journal_gives_the_same_meeting() {
        let dir = tempfile::tempdir().unwrap();
        let options = Options {
            agenda: Some(PathBuf::from("agendas/family-council.ron")),
            journal: Some(dir.path().join("m.jsonl")),
            ..Options::default()
        };
        let mut first = open(&options, at(-60), utc()).unwrap();
        for action in [
            Command::RollCall,
            Command::AllPresent,
            Command::Cancel,
            Command::StartMeeting,
        ] {
            act(&mut first, action, 0);
        }
        act(&mut first, Command::AddSpeaker, 10);
        for c in "mei".chars() {
            act(&mut first, Message::Type(c), 10);
        }
        act(&mut first, Command::Confirm, 11);
        act(&mut first, Command::Cancel, 11);
        act(&mut first, Command::NextSpeaker, 12);
        act(&mut first, Command::ExtendItem, 20);
        act(&mut first, Command::ExtendTurn, 21);
        act(&mut first, Command::PauseClock, 30);
        act(&mut first, Command::PauseClock, 90);
        act(&mut first, Command::NextItem, 200);
        act(&mut first, Command::PauseClock, 250);
        let before = first.model.meeting.clone();
        drop(first);
        let resume = Options {
            agenda: None,
            ..options
        };
        let second = open(&resume, at(300), utc()).unwrap();
        assert_eq!(second.model.meeting, before);
        assert_eq!(second.model.meeting.current(), 1);
        assert_eq!(second.model.meeting.queue().turns.len(), 1);
        assert!(
            second.model.meeting.paused().is_some(),
            "still paused after the restart"
        );
        assert_eq!(
            second.model.meeting.process_log().len(),
            3,
            "extensions and the pause"
        );
    }

    fn council(dir: &tempfile::TempDir) -> Options {
        Options {
            agenda: Some(PathBuf::from("agendas/family-council.ron")),
            journal: Some(dir.path().join("council.jsonl")),
            lang: Some("en".into()),
            ..Options::default()
        }
    }

    #[test]
    fn looking_at_a_meeting_leaves_nothing_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let options = council(&dir);
        let mut opened = open(&options, at(0), utc()).unwrap();
        act(&mut opened, Command::VoiceBalance, 5);
        act(&mut opened, Command::Help, 6);
        assert!(!opened.model.journal_started);
        drop(opened);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn the_first_thing_recorded_makes_the_journal() {
        let dir = tempfile::tempdir().unwrap();
        let options = council(&dir);
        let mut opened = open(&options, at(0), utc()).unwrap();
        act(&mut opened, Command::StartMeeting, 5);
        assert!(opened.model.journal_started);
        let text = std::fs::read_to_string(dir.path().join("council.jsonl")).unwrap();
        assert_eq!(text.lines().count(), 2, "the header and the start: {text}");
    }

    #[test]
    fn a_journal_with_only_its_header_is_replaced_when_the_agenda_changed() {
        let dir = tempfile::tempdir().unwrap();
        let options = council(&dir);
        let old = Options {
            agenda: Some(PathBuf::from("agendas/nonprofit-board.ron")),
            ..options.clone()
        };
        let path = options.journal.clone().unwrap();
        let agenda = crate::store::read_agenda(Path::new("agendas/nonprofit-board.ron")).unwrap();
        let header = Header {
            cochair_journal: journal::FORMAT_VERSION,
            created: at(-3600),
            date: at(0).date_naive(),
            agenda_file: "nonprofit-board.ron".into(),
            agenda,
        };
        drop(Journal::create(&path, &header).unwrap());
        assert!(open(&old, at(0), utc()).is_ok(), "the same agenda resumes");
        let mut opened = open(&options, at(0), utc()).expect("replaced without a question");
        act(&mut opened, Command::StartMeeting, 5);
        drop(opened);
        let contents = journal::read(&path).unwrap();
        assert_eq!(contents.header.agenda_file, "family-council.ron");
        assert_eq!(contents.records.len(), 1);
    }

    /// A meeting started yesterday at 18:00, in its journal.
    fn started_yesterday(dir: &tempfile::TempDir) -> Options {
        let options = council(dir);
        let mut opened = open(&options, at(-86_400), utc()).unwrap();
        act(&mut opened, Command::StartMeeting, -86_400);
        act(&mut opened, Command::NextItem, -86_000);
        options
    }

    #[test]
    fn a_meeting_started_on_another_day_is_resumed_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let options = started_yesterday(&dir);
        let mut asked = String::new();
        let opened = open_answering(&options, at(0), utc(), |q| {
            asked = q.to_owned();
            Resume::Resume
        })
        .unwrap();
        assert!(
            asked.contains("started on Monday 23 November 2026 (yesterday)"),
            "{asked}"
        );
        assert_eq!(opened.model.meeting.current(), 1, "resumed");
        drop(opened);
        let before = std::fs::read(dir.path().join("council.jsonl")).unwrap();
        let quit = open_answering(&options, at(0), utc(), |_| Resume::Quit);
        assert!(matches!(quit, Err(OpenError::NothingChanged)));
        let after = std::fs::read(dir.path().join("council.jsonl")).unwrap();
        assert_eq!(before, after, "quitting changes nothing");
    }

    #[test]
    fn a_new_meeting_keeps_the_old_journal_under_another_name() {
        let dir = tempfile::tempdir().unwrap();
        let options = started_yesterday(&dir);
        let opened = open_answering(&options, at(0), utc(), |_| Resume::New).unwrap();
        assert_eq!(
            opened.model.meeting.phase(),
            crate::meeting::Phase::NotStarted
        );
        assert!(!opened.model.journal_started);
        drop(opened);
        let aside = dir.path().join("council.started-2026-11-23.jsonl");
        let old = journal::read(&aside).unwrap();
        assert_eq!(old.records.len(), 2, "the old meeting is kept whole");
        assert!(
            !dir.path().join("council.jsonl").exists(),
            "nothing recorded yet"
        );
    }

    #[test]
    fn a_rehearsal_never_touches_the_real_journal() {
        let dir = tempfile::tempdir().unwrap();
        let options = started_yesterday(&dir);
        let before = std::fs::read(dir.path().join("council.jsonl")).unwrap();
        let rehearse = Options {
            journal: None,
            rehearse: true,
            ..options
        };
        let mut opened = open(&rehearse, at(0), utc()).unwrap();
        assert!(opened.model.rehearsal);
        assert_eq!(
            opened.model.meeting.phase(),
            crate::meeting::Phase::NotStarted
        );
        act(&mut opened, Command::StartMeeting, 5);
        let path = opened.journal.path().to_path_buf();
        assert!(path.starts_with(std::env::temp_dir()), "{}", path.display());
        assert!(path.exists());
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
        assert_eq!(
            std::fs::read(dir.path().join("council.jsonl")).unwrap(),
            before
        );
    }
}
