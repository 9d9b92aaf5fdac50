//! Opening a meeting: load and check the keymap, the agenda and any journal there is, make sure
//! there is a terminal, create or resume the journal, replay it, and only then take over the
//! terminal. Anything wrong before that point is reported as text and the terminal is never
//! touched; without a terminal no journal is made or changed.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local, Offset, Utc};
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, EnableBracketedPaste, Event as TermEvent,
};

use super::{EventSource, Host, Model, run};
use crate::agenda::{self, Agenda};
use crate::journal::{self, Contents, Header, Journal};
use crate::keymap::Keymap;
use crate::meeting::Meeting;
use crate::ui::Theme;

/// What the command line asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub agenda: Option<PathBuf>,
    pub journal: Option<PathBuf>,
    pub keymap: Option<PathBuf>,
    pub theme: Theme,
}

/// Why the app stopped; the process exit code follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Quit,
    /// Stopped by a signal (its number).
    Signal(i32),
}

impl Exit {
    /// 0 for a quit; 128 + the signal's number, as shells report it, for a signal.
    pub fn code(self) -> i32 {
        match self {
            Exit::Quit => 0,
            Exit::Signal(n) => 128 + n,
        }
    }
}

/// A meeting ready to show: its model and its journal.
pub struct Opened {
    pub model: Model,
    pub journal: Journal,
}

/// What `cochair` says when it is not run in a terminal (from cron, or with its output
/// redirected to a file): a meeting needs a screen, and the minutes have their own command.
const NEEDS_A_TERMINAL: &str =
    "cochair needs a terminal; for the minutes use `cochair export JOURNAL`";

/// Load and check everything, then run the meeting screen; returns how it ended.
pub fn open_and_run(options: &Options) -> Result<Exit, String> {
    let now = Utc::now();
    let offset = local_offset(now);
    let loaded = load(options, now, offset)?;
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        return Err(NEEDS_A_TERMINAL.to_owned());
    }
    let Opened {
        mut model,
        mut journal,
    } = open_journal(loaded, now, offset)?;
    model.theme = options.theme;
    let path = journal.path().to_path_buf();
    #[cfg(debug_assertions)]
    if std::env::var_os("COCHAIR_PANIC_IN_VIEW").is_some() {
        crate::ui::PANIC_IN_VIEW.store(true, Ordering::Relaxed);
    }
    let signals = Signals::install().map_err(|e| format!("cannot watch for signals: {e}"))?;
    let mut terminal = ratatui::try_init().map_err(|e| format!("cannot use this terminal: {e}"))?;
    // Pasted text arrives as one event instead of a burst of keys.
    let _ = ratatui::crossterm::execute!(std::io::stdout(), EnableBracketedPaste);
    let restore_on_panic = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = ratatui::crossterm::execute!(std::io::stdout(), DisableBracketedPaste);
        restore_on_panic(info);
    }));
    let mut host = TerminalHost {
        signals,
        clipboard: crate::clipboard::System::default(),
        offset: None,
    };
    let result = run(&mut terminal, &mut model, &mut journal, &mut host);
    restore_terminal();
    drop(journal);
    let mut resume = format!("cochair --journal {}", shell_quote(&path));
    if let Some(keymap) = &options.keymap {
        resume.push_str(&format!(" --keymap {}", shell_quote(keymap)));
    }
    println!("Journal: {}", path.display());
    println!("Resume with: {resume}");
    result
        .map(|report| report.exit)
        .map_err(|e| format!("terminal error: {e}"))
}

/// Resolve the files and build the model, without touching the terminal.
pub fn open(options: &Options, now: DateTime<Utc>, offset: FixedOffset) -> Result<Opened, String> {
    open_journal(load(options, now, offset)?, now, offset)
}

/// The files read and checked, with nothing written yet.
struct Loaded {
    keymap: Keymap,
    journal_path: PathBuf,
    /// The agenda given or built in, with its file name; `None` to resume from the journal.
    given: Option<(Agenda, String)>,
}

/// Read and check the keymap, the agenda and the journal if there is one, changing nothing.
fn load(options: &Options, now: DateTime<Utc>, offset: FixedOffset) -> Result<Loaded, String> {
    let keymap = load_keymap(options.keymap.as_deref())?;
    let given = match &options.agenda {
        Some(path) => Some((
            agenda::from_file(path).map_err(|e| e.to_string())?,
            file_name(path),
        )),
        None if options.journal.is_some() => None,
        None => Some((
            agenda::from_str(agenda::EXAMPLE, Path::new(agenda::EXAMPLE_NAME))
                .map_err(|e| e.to_string())?,
            agenda::EXAMPLE_NAME.to_owned(),
        )),
    };
    let journal_path = match (&options.journal, &given) {
        (Some(path), _) => path.clone(),
        (None, Some((agenda, name))) => {
            let date = agenda
                .date()
                .unwrap_or_else(|| now.with_timezone(&offset).date_naive());
            let stem = Path::new(name)
                .file_stem()
                .map_or("meeting".into(), |s| s.to_string_lossy());
            journal::default_path(&stem, date)
                .ok_or("cannot find a data directory for journals; give one with --journal PATH")?
        }
        (None, None) => unreachable!("no agenda and no journal is the built-in example"),
    };
    if journal_path.exists() {
        check_journal(&journal_path, given.as_ref().map(|(a, _)| a))?;
    } else if given.is_none() {
        return Err(format!(
            "{}: no such journal; to start a new meeting give its agenda: cochair AGENDA.ron --journal {}",
            journal_path.display(),
            journal_path.display()
        ));
    }
    Ok(Loaded {
        keymap,
        journal_path,
        given,
    })
}

/// Create or resume the journal (the first write), and build the model from it.
fn open_journal(loaded: Loaded, now: DateTime<Utc>, offset: FixedOffset) -> Result<Opened, String> {
    let Loaded {
        keymap,
        journal_path,
        given,
    } = loaded;
    let (journal, contents) = match given {
        Some((agenda, name)) if !journal_path.exists() => {
            let header = Header {
                cochair_journal: journal::FORMAT_VERSION,
                created: now,
                date: agenda
                    .date()
                    .unwrap_or_else(|| now.with_timezone(&offset).date_naive()),
                agenda_file: name,
                agenda,
            };
            let journal = Journal::create(&journal_path, &header).map_err(|e| e.to_string())?;
            let contents = Contents {
                header,
                records: vec![],
                torn: None,
            };
            (journal, contents)
        }
        // Checked by `load`; opening it locks it and drops a torn last line.
        _ => Journal::resume(&journal_path).map_err(|e| e.to_string())?,
    };
    let meeting = replay(&journal_path, &contents)?;
    let mut model = Model::new(meeting, keymap, journal_path, now, offset);
    if let Some(torn) = &contents.torn {
        model.status = Some(format!(
            "Recovered: line {} of the journal was cut off by a crash and was dropped; everything before it is kept",
            torn.line
        ));
    }
    Ok(Opened { model, journal })
}

/// The built-in keymap, with the user's file over it: `--keymap FILE`, else `keymap.ron` in the
/// config directory if there is one.
pub fn load_keymap(path: Option<&Path>) -> Result<Keymap, String> {
    let user = path.map(Path::to_path_buf).or_else(|| {
        directories::ProjectDirs::from("", "", "cochair")
            .map(|d| d.config_dir().join("keymap.ron"))
            .filter(|p| p.exists())
    });
    match user {
        Some(path) => Keymap::with_user_file(&path).map_err(|e| e.to_string()),
        None => Ok(Keymap::builtin()),
    }
}

/// An existing journal, checked without changing it: every line readable, the same agenda as
/// the one given, not held by another cochair, every event possible.
fn check_journal(path: &Path, given: Option<&Agenda>) -> Result<(), String> {
    let contents = journal::read(path).map_err(|e| e.to_string())?;
    if let Some(agenda) = given
        && *agenda != contents.header.agenda
    {
        return Err(format!(
            "{}: this journal holds a meeting with a different agenda (from {}); resume it with `cochair --journal {}` or start a new one with --journal NEW_FILE",
            path.display(),
            contents.header.agenda_file,
            shell_quote(path)
        ));
    }
    if held_by_another(path) {
        let path = path.to_path_buf();
        return Err(journal::JournalError::InUse { path }.to_string());
    }
    replay(path, &contents).map(drop)
}

/// Whether another cochair has the journal open: its lock is asked for and let go at once.
fn held_by_another(path: &Path) -> bool {
    std::fs::File::open(path).is_ok_and(|file| {
        matches!(
            file.try_lock_shared(),
            Err(std::fs::TryLockError::WouldBlock)
        )
    })
}

/// The meeting as the journal left it.
pub fn replay(path: &Path, contents: &Contents) -> Result<Meeting, String> {
    let mut meeting = Meeting::new(contents.header.agenda.clone(), contents.header.date)
        .reading_format(contents.header.cochair_journal);
    for (line, record) in &contents.records {
        meeting.apply(record).map_err(|e| {
            format!(
                "{}:{}: {}; the file was left as it is",
                path.display(),
                line,
                e
            )
        })?;
    }
    Ok(meeting)
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// A path as it can be pasted into a shell.
fn shell_quote(path: &Path) -> String {
    let text = path.display().to_string();
    if text
        .chars()
        .all(|c| c.is_alphanumeric() || "/._-+:@~".contains(c))
    {
        text
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

fn local_offset(now: DateTime<Utc>) -> FixedOffset {
    now.with_timezone(&Local).offset().fix()
}

fn restore_terminal() {
    let _ = ratatui::crossterm::execute!(std::io::stdout(), DisableBracketedPaste);
    ratatui::restore();
}

/// SIGTERM, SIGHUP and SIGINT set a flag the loop checks at least once a second, so it can
/// restore the terminal and say where the journal is. A watcher thread (asleep until a signal
/// comes) makes sure the process ends even if the loop cannot: after a hang-up the terminal is
/// gone, and reading from it may never return. Every event is already on disk by then.
struct Signals {
    received: Arc<AtomicUsize>,
}

impl Signals {
    fn install() -> io::Result<Signals> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let received = Arc::new(AtomicUsize::new(0));
        let mut incoming = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
        let flag = Arc::clone(&received);
        std::thread::spawn(move || {
            if let Some(signal) = incoming.forever().next() {
                flag.store(signal as usize, Ordering::SeqCst);
                if signal != SIGHUP {
                    std::thread::sleep(Duration::from_secs(3));
                }
                restore_terminal();
                std::process::exit(128 + signal);
            }
        });
        Ok(Signals { received })
    }
}

struct TerminalHost {
    signals: Signals,
    /// One clipboard handle for the whole session, made when first used.
    clipboard: crate::clipboard::System,
    /// The local UTC offset and the minute it was looked up in.
    offset: Option<(i64, FixedOffset)>,
}

impl EventSource for TerminalHost {
    fn now(&mut self) -> DateTime<Utc> {
        Utc::now()
    }

    /// Looking up the local offset reads the system's time zone file, so it is done once a
    /// minute, not on every tick.
    fn offset(&mut self, now: DateTime<Utc>) -> FixedOffset {
        let minute = now.timestamp().div_euclid(60);
        match self.offset {
            Some((cached, offset)) if cached == minute => offset,
            _ => {
                let offset = local_offset(now);
                self.offset = Some((minute, offset));
                offset
            }
        }
    }

    fn next_event(&mut self, timeout: Duration) -> io::Result<Option<TermEvent>> {
        if event::poll(timeout)? {
            event::read().map(Some)
        } else {
            Ok(None)
        }
    }

    fn stop_requested(&mut self) -> Option<Exit> {
        match self.signals.received.load(Ordering::Relaxed) {
            0 => None,
            n => Some(Exit::Signal(n as i32)),
        }
    }
}

impl Host for TerminalHost {
    fn export(&mut self, files: &[(PathBuf, String)]) -> String {
        super::runtime::write_exports(files)
    }

    fn copy(&mut self, text: &str, fallback: &Path) -> String {
        use crate::clipboard::{self, Clipboard, Osc52, Way};
        let ssh = std::env::var_os("SSH_CONNECTION").is_some();
        let mut osc = Osc52 {
            out: std::io::stdout(),
        };
        let mut chain: Vec<&mut dyn Clipboard> = Vec::new();
        let order = clipboard::order(ssh, true);
        let (first, second) = (order.first().copied(), order.get(1).copied());
        let system = &mut self.clipboard;
        match (first, second) {
            (Some(Way::Osc52), _) => {
                chain.push(&mut osc);
                chain.push(system);
            }
            _ => {
                chain.push(system);
                chain.push(&mut osc);
            }
        }
        clipboard::copy(&mut chain, text, fallback)
    }

    fn bell(&mut self) {
        use std::io::Write;
        let mut out = std::io::stdout();
        let _ = out.write_all(b"\x07").and_then(|()| out.flush());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Action;
    use crate::testing::{at, utc};

    /// Drive the app as the runtime does, writing every event to the real journal.
    fn act(opened: &mut Opened, action: Action, secs: i64) {
        let (model, journal) = (&mut opened.model, &mut opened.journal);
        crate::app::dispatch(model, action, at(secs), journal, &mut crate::app::Quiet);
        assert_eq!(opened.model.save_error, None);
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
            Action::RollCall,
            Action::AllPresent,
            Action::Cancel,
            Action::StartMeeting,
        ] {
            act(&mut first, action, 0);
        }
        act(&mut first, Action::AddSpeaker, 10);
        for c in "mei".chars() {
            act(&mut first, Action::Type(c), 10);
        }
        act(&mut first, Action::Confirm, 11);
        act(&mut first, Action::Cancel, 11);
        act(&mut first, Action::NextSpeaker, 12);
        act(&mut first, Action::ExtendItem, 20);
        act(&mut first, Action::ExtendTurn, 21);
        act(&mut first, Action::PauseClock, 30);
        act(&mut first, Action::PauseClock, 90);
        act(&mut first, Action::NextItem, 200);
        act(&mut first, Action::PauseClock, 250);
        let before = first.model.meeting.clone();
        drop(first);
        let resume = Options {
            agenda: None,
            ..options
        };
        let second = open(&resume, at(300), utc()).unwrap();
        assert_eq!(second.model.meeting, before);
        assert_eq!(second.model.meeting.current, 1);
        assert_eq!(second.model.meeting.queue.turns.len(), 1);
        assert!(
            second.model.meeting.paused().is_some(),
            "still paused after the restart"
        );
        assert_eq!(
            second.model.meeting.process_log.len(),
            3,
            "extensions and the pause"
        );
    }
}
