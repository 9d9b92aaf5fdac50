//! Shared by the end-to-end tests: driving the real binary in a real terminal (a private tmux
//! server per test), and generated large agendas.

#![allow(dead_code)]

pub mod generate;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// A test that cannot run on this machine says so: `SKIPPED test: why` on a developer's
/// machine, but under `CI=true` a skip is a failure, since CI must run every test.
pub fn skip(test: &str, why: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{test} cannot run here ({why}), and under CI=true every test must run");
    }
    // Straight to stderr: the test harness would swallow eprintln! from a passing test.
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED {test}: {why}");
}

/// True when tmux can be used; otherwise the test is skipped (a failure under `CI=true`).
pub fn tmux_available(test: &str) -> bool {
    match Command::new("tmux").arg("-V").output() {
        Ok(out) if out.status.success() => true,
        _ => {
            skip(
                test,
                "tmux is not installed, so this end-to-end terminal test cannot run",
            );
            false
        }
    }
}

/// An agenda file read and checked, to write a journal's header with.
pub fn read_agenda(path: &Path) -> cochair::agenda::Agenda {
    let src = std::fs::read_to_string(path).unwrap();
    cochair::agenda::from_str(&src, path).unwrap()
}

/// What cochair prints follows the locale: a test's command reads English whatever the
/// machine's locale is (a test that wants another language sets it after this).
pub fn in_english(cmd: &mut Command) -> &mut Command {
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
}

/// `cochair export ARGS` in English, as a member reads the minutes the next day: it must
/// succeed, and its text is returned.
pub fn exported(args: &[&str]) -> String {
    let output = in_english(&mut Command::new(env!("CARGO_BIN_EXE_cochair")))
        .arg("export")
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Running as root (as CI does), a command run as the unprivileged user `nobody` instead, so
/// permissions mean something; `None` when not root, or when `setpriv` cannot do it.
#[cfg(unix)]
pub fn as_nobody(program: &str) -> Option<Command> {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let works = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "true"])
        .status()
        .is_ok_and(|s| s.success());
    (root && works).then(|| {
        let mut cmd = Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", program]);
        in_english(&mut cmd);
        cmd
    })
}

thread_local! {
    /// More environment for the next window started on this thread (plain values).
    pub static EXTRA_ENV: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn extra_env() -> Vec<(String, String)> {
    EXTRA_ENV.with(|e| e.borrow().clone())
}

/// One tmux server with one window running a command.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    /// Start `args` (the cochair binary and its arguments) in a `cols`×`rows` window. A small
    /// shell runs it and prints `[exited with N]` when it ends.
    pub fn start(name: &str, cols: u16, rows: u16, args: &[&str], env: &[(&str, &Path)]) -> Tmux {
        let tmux = Tmux {
            socket: format!("cochair-test-{name}-{}", std::process::id()),
        };
        let mut cmd = tmux.command();
        cmd.args(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x"])
            .arg(cols.to_string())
            .arg("-y")
            .arg(rows.to_string());
        for (key, value) in env {
            cmd.arg("-e").arg(format!("{key}={}", value.display()));
        }
        // The screens of a meeting meet in the runtime folder: one of the tests' own, so the
        // machine's is never touched (a test may give its own).
        if !env.iter().any(|(key, _)| *key == "XDG_RUNTIME_DIR") {
            let runtime =
                std::env::temp_dir().join(format!("cochair-tests-{}", std::process::id()));
            let _ = std::fs::create_dir_all(&runtime);
            cmd.arg("-e")
                .arg(format!("XDG_RUNTIME_DIR={}", runtime.display()));
        }
        cmd.arg("-e").arg("NO_COLOR=1");
        // The words on screen follow the locale: every test sets its language (English,
        // unless the test's own environment says otherwise).
        for setting in ["LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES="] {
            cmd.arg("-e").arg(setting);
        }
        for (key, value) in extra_env() {
            cmd.arg("-e").arg(format!("{key}={value}"));
        }
        let script = r#""$@"; echo "[exited with $?]"; sleep 600"#;
        let status = cmd
            .args(["--", "sh", "-c", script, "sh"])
            .args(args)
            .status()
            .expect("tmux runs");
        assert!(status.success(), "tmux new-session failed");
        tmux
    }

    fn command(&self) -> Command {
        let mut cmd = Command::new("tmux");
        cmd.arg("-L").arg(&self.socket);
        cmd
    }

    fn run(&self, args: &[&str]) -> String {
        let out = self.command().args(args).output().expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Record every byte the program sends to the terminal into `path`.
    pub fn record_output(&self, path: &Path) {
        self.run(&[
            "pipe-pane",
            "-t",
            "main",
            "-o",
            &format!("cat >> '{}'", path.display()),
        ]);
    }

    pub fn resize(&self, cols: u16, rows: u16) {
        self.run(&[
            "resize-window",
            "-t",
            "main",
            "-x",
            &cols.to_string(),
            "-y",
            &rows.to_string(),
        ]);
    }

    /// Press keys, by tmux's key names (`Enter`, `Escape`, `n`).
    pub fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", "main", key]);
            std::thread::sleep(Duration::from_millis(150));
        }
    }

    /// Type text literally.
    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", "main", "-l", text]);
        std::thread::sleep(Duration::from_millis(150));
    }

    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "main"])
    }

    /// The screen with its colours, as SGR escape sequences.
    pub fn screen_in_colour(&self) -> String {
        self.run(&["capture-pane", "-p", "-e", "-t", "main"])
    }

    /// Wait up to ten seconds for the screen to show something; panics with the screen if not.
    pub fn wait_for(&self, what: impl Fn(&str) -> bool, describe: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.screen();
            if what(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {describe}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The program running in the window (the child of its shell).
    pub fn pid(&self) -> String {
        let shell = self.run(&["display-message", "-p", "-t", "main", "#{pane_pid}"]);
        let shell = shell.trim();
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
            .unwrap_or_default();
        children
            .split_whitespace()
            .next()
            .expect("the program is running")
            .to_owned()
    }

    /// The program's exit status once it has ended.
    pub fn exit_status(&self) -> Option<i32> {
        let screen = self.screen();
        let rest = screen.split("[exited with ").nth(1)?;
        rest.split(']').next()?.parse().ok()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.command().arg("kill-server").output();
    }
}

/// Kill with SIGKILL and wait until the process is gone: a process busy writing to disk dies
/// only when the write returns, and until then it still holds its journal's lock.
pub fn kill_9(pid: &str) {
    let status = Command::new("kill")
        .args(["-9", pid])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // Gone, or a zombie (dead, its files closed) waiting for its shell to read its status.
        let state = stat
            .rsplit(')')
            .next()
            .and_then(|rest| rest.split_whitespace().next());
        if matches!(state, None | Some("Z" | "X")) {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("process {pid} is still there 10 s after kill -9");
}

/// A copy of an example agenda without its `date`, in `dir`: a meeting the tests can start
/// on any day without being asked whether it is the real one (an agenda dated later than
/// today asks first), so no test depends on today's date.
pub fn undated(dir: &Path, agenda: &str) -> std::path::PathBuf {
    let text = std::fs::read_to_string(agenda).expect("the example agenda");
    let kept: Vec<&str> = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("date:"))
        .collect();
    let name = Path::new(agenda).file_name().expect("a file name");
    let path = dir.join(name);
    std::fs::write(&path, kept.join("\n")).expect("a temporary agenda");
    path
}
