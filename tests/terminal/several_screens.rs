//! One meeting on several screens, end to end in real terminals (tmux): the host, the
//! timekeeper, the secretary, an observer and the room's wall, each its own `cochair`.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::{self, Tmux};

const BIN: &str = env!("CARGO_BIN_EXE_cochair");

/// Three roles and the wall run a meeting; the host is killed and comes back; it adjourns and
/// the secretary keeps working; it quits and every screen says so.
mod room;

/// A rehearsal is a rehearsal on every screen, and leaves nothing behind.
mod rehearsal;

/// A note sent to a host that is stopped, then killed, is kept and recorded once.
mod lost_host;

/// What `cochair join` and a second host say when they cannot go on.
mod refusals;

/// A meeting's folders: its agenda and journal, the runtime folder where its screens meet, and
/// the temporary folder where a rehearsal keeps its journal.
pub struct Place {
    dir: tempfile::TempDir,
    pub agenda: PathBuf,
    pub journal: PathBuf,
    pub runtime: PathBuf,
    pub tmp: PathBuf,
}

impl Place {
    pub fn fresh() -> Place {
        let dir = tempfile::tempdir().unwrap();
        let agenda = support::undated(dir.path(), "agendas/family-council.ron");
        let journal = dir.path().join("council.jsonl");
        let runtime = dir.path().join("run");
        let tmp = dir.path().join("tmp");
        std::fs::create_dir(&tmp).unwrap();
        Place {
            dir,
            agenda,
            journal,
            runtime,
            tmp,
        }
    }

    pub fn env(&self) -> [(&'static str, &Path); 4] {
        [
            ("XDG_CONFIG_HOME", self.dir.path()),
            ("XDG_DATA_HOME", self.dir.path()),
            ("XDG_RUNTIME_DIR", self.runtime.as_path()),
            ("TMPDIR", self.tmp.as_path()),
        ]
    }

    pub fn journal_arg(&self) -> &str {
        self.journal.to_str().unwrap()
    }

    /// The host, on the agenda and the journal, with more arguments.
    pub fn host(&self, name: &str, more: &[&str]) -> Tmux {
        let mut args = vec![
            BIN,
            self.agenda.to_str().unwrap(),
            "--journal",
            self.journal_arg(),
        ];
        args.extend_from_slice(more);
        Tmux::start(name, 120, 32, &args, &self.env())
    }

    /// A screen that joins the meeting, in a terminal of its own.
    pub fn join(&self, name: &str, cols: u16, rows: u16, args: &[&str]) -> Tmux {
        let mut all = vec![BIN, "join"];
        all.extend_from_slice(args);
        Tmux::start(name, cols, rows, &all, &self.env())
    }

    /// cochair run without a terminal, as from a script.
    pub fn run(&self, args: &[&str]) -> Output {
        let mut command = Command::new(BIN);
        command.args(args);
        for (key, value) in self.env() {
            command.env(key, value);
        }
        // The words follow the locale: the tests set theirs.
        command
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        command.output().unwrap()
    }
}

/// What a run said on standard error, and its exit code.
pub fn said(output: &Output) -> (Option<i32>, String) {
    let text = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.code(), text.trim_end().to_owned())
}

/// The minutes of a journal, as `cochair export` writes them.
pub fn minutes(journal: &str) -> String {
    support::exported(&[journal])
}

/// Send a signal to a process by its number.
pub fn signal(name: &str, pid: &str) {
    let status = Command::new("kill")
        .args([&format!("-{name}"), pid])
        .status()
        .unwrap();
    assert!(status.success(), "kill -{name} {pid}");
}

/// Wait until a process has ended (or is a zombie waiting for its shell).
pub fn wait_gone(pid: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::time::Instant::now() < deadline {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let state = stat
            .rsplit(')')
            .next()
            .and_then(|rest| rest.split_whitespace().next());
        if matches!(state, None | Some("Z" | "X")) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("process {pid} is still there after 10 s");
}

/// The names of what is in a folder (none when it is not there).
pub fn names_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir).map_or_else(
        |_| Vec::new(),
        |entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        },
    )
}

/// Wait up to ten seconds for `done`; panics naming `what` if it never holds.
pub fn eventually(what: &str, done: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !done() {
        assert!(
            std::time::Instant::now() < deadline,
            "waited in vain for {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}
