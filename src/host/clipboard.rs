//! Putting the minutes on the clipboard: the system clipboard first, then the terminal's OSC 52
//! escape sequence (which reaches the user's own machine over SSH, so it goes first there),
//! then a file (owner-only, as every file cochair writes). The caller is told which one worked.
//!
//! The system clipboard is reached through the program the desktop provides for it, as text
//! editors do: on Wayland `wl-copy`; on X11 `xclip -selection clipboard`, else `xsel
//! --clipboard --input`; on macOS `pbcopy`; on Windows `clip.exe`. The first one that is
//! installed is given the text on its standard input. A library speaking the display's own
//! protocol would cost the binary far more than these few lines, for one copy now and then.
//!
//! Nothing here can hang: each program has a few seconds to take the text and exit, or is
//! stopped and counted as failed; each other way either works at once or says why not.

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::lang::Lang;
use crate::tr;

/// One way to a clipboard.
pub trait Clipboard {
    /// How the status line names it in `lang` (the English name unless the way says better).
    fn named(&self, lang: Lang) -> String {
        let _ = lang;
        self.name().to_owned()
    }
    /// How the status line names it in English.
    fn name(&self) -> &'static str;
    fn set(&mut self, text: &str) -> Result<(), ClipboardError>;
    /// Whether success can be confirmed (OSC 52 is sent blind).
    fn confirmed(&self) -> bool {
        true
    }
}

/// Why a way to a clipboard did not take the text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClipboardError {
    /// The desktop clipboard said no, in its own words ("no display").
    #[error("{0}")]
    System(String),
    #[error("too long for the terminal's clipboard")]
    TooLong,
    /// The terminal could not be written to, in the system's words.
    #[error("{0}")]
    Terminal(String),
}

/// A program that puts its standard input on the clipboard, with its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    pub command: &'static str,
    pub args: &'static [&'static str],
}

/// Which desktop this is, as the environment says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Desktop {
    Wayland,
    X11,
    MacOs,
    Windows,
    /// No display: a console, or a server reached over SSH without forwarding.
    None,
}

impl Desktop {
    /// Read from the operating system and `WAYLAND_DISPLAY` / `DISPLAY`.
    pub fn here() -> Self {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        if cfg!(target_os = "macos") {
            Desktop::MacOs
        } else if cfg!(windows) {
            Desktop::Windows
        } else if set("WAYLAND_DISPLAY") {
            Desktop::Wayland
        } else if set("DISPLAY") {
            Desktop::X11
        } else {
            Desktop::None
        }
    }

    /// The clipboard programs to try, in order. A Wayland session usually runs X11 programs
    /// too (XWayland), so the X11 ones follow `wl-copy` there.
    pub fn programs(self) -> Vec<Program> {
        const WL_COPY: Program = Program {
            command: "wl-copy",
            args: &[],
        };
        const XCLIP: Program = Program {
            command: "xclip",
            args: &["-selection", "clipboard"],
        };
        const XSEL: Program = Program {
            command: "xsel",
            args: &["--clipboard", "--input"],
        };
        match self {
            Desktop::Wayland => vec![WL_COPY, XCLIP, XSEL],
            Desktop::X11 => vec![XCLIP, XSEL],
            Desktop::MacOs => vec![Program {
                command: "pbcopy",
                args: &[],
            }],
            Desktop::Windows => vec![Program {
                command: "clip.exe",
                args: &[],
            }],
            Desktop::None => Vec::new(),
        }
    }
}

/// How long a clipboard program may take to read the text and exit.
const PROGRAM_TIMEOUT: Duration = Duration::from_secs(3);

/// The desktop clipboard, through the first of its programs that is installed. When none
/// is, that is remembered for the session, so the next copy goes straight to the next way.
pub struct System {
    programs: Vec<Program>,
    /// Where to look for the programs instead of `PATH` (tests).
    search_path: Option<OsString>,
    unavailable: Option<String>,
}

impl Default for System {
    fn default() -> Self {
        System::with(Desktop::here().programs(), None)
    }
}

impl System {
    pub fn with(programs: Vec<Program>, search_path: Option<OsString>) -> Self {
        System {
            programs,
            search_path,
            unavailable: None,
        }
    }

    /// Give `text` to one program: `Ok(None)` when it is not installed.
    fn run(&self, program: &Program, text: &str) -> Result<Option<()>, ClipboardError> {
        let mut command = Command::new(program.command);
        command
            .args(program.args)
            .stdin(Stdio::piped())
            // xclip and wl-copy stay behind to serve the selection: nothing may wait on
            // their output, so none is kept.
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some(path) = &self.search_path {
            command.env("PATH", path);
        }
        let mut child = match command.spawn() {
            Ok(child) => child,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(ClipboardError::System(format!("{}: {e}", program.command))),
        };
        // Written from a thread, so a program that never reads cannot block the meeting;
        // stopping the program ends the write.
        let writer = child.stdin.take().map(|mut stdin| {
            let text = text.to_owned();
            std::thread::spawn(move || stdin.write_all(text.as_bytes()))
        });
        let deadline = Instant::now() + PROGRAM_TIMEOUT;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Ok(None) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(ClipboardError::System(format!(
                        "{} did not finish",
                        program.command
                    )));
                }
                Err(e) => return Err(ClipboardError::System(format!("{}: {e}", program.command))),
            }
        };
        let written = writer.map_or(Ok(()), |w| w.join().unwrap_or(Ok(())));
        if !status.success() {
            return Err(ClipboardError::System(format!(
                "{} failed ({status})",
                program.command
            )));
        }
        written.map_err(|e| ClipboardError::System(format!("{}: {e}", program.command)))?;
        Ok(Some(()))
    }
}

impl Clipboard for System {
    fn name(&self) -> &'static str {
        "the clipboard"
    }

    fn named(&self, lang: Lang) -> String {
        tr!(lang, "status-clipboard-system")
    }

    fn set(&mut self, text: &str) -> Result<(), ClipboardError> {
        if let Some(why) = &self.unavailable {
            return Err(ClipboardError::System(why.clone()));
        }
        let mut failures = Vec::new();
        for program in &self.programs {
            match self.run(program, text) {
                Ok(Some(())) => return Ok(()),
                Ok(None) => {}
                Err(why) => failures.push(why),
            }
        }
        if !failures.is_empty() {
            let failures: Vec<String> = failures.iter().map(ToString::to_string).collect();
            return Err(ClipboardError::System(failures.join("; ")));
        }
        let why = if self.programs.is_empty() {
            "no desktop here (neither WAYLAND_DISPLAY nor DISPLAY is set)".to_owned()
        } else {
            let names: Vec<_> = self.programs.iter().map(|p| p.command).collect();
            format!("no clipboard program installed ({})", names.join(", "))
        };
        self.unavailable = Some(why.clone());
        Err(ClipboardError::System(why))
    }
}

/// Terminals limit how much an OSC 52 sequence may carry.
pub const OSC52_MAX_BYTES: usize = 100_000;

/// The OSC 52 escape sequence, written to the terminal.
pub struct Osc52<W: Write> {
    pub out: W,
}

impl<W: Write> Clipboard for Osc52<W> {
    fn name(&self) -> &'static str {
        "the terminal's clipboard (OSC 52)"
    }

    fn named(&self, lang: Lang) -> String {
        tr!(lang, "status-clipboard-terminal")
    }

    fn set(&mut self, text: &str) -> Result<(), ClipboardError> {
        let sequence = osc52(text).ok_or(ClipboardError::TooLong)?;
        self.out
            .write_all(sequence.as_bytes())
            .and_then(|()| self.out.flush())
            .map_err(|e| ClipboardError::Terminal(e.to_string()))
    }

    fn confirmed(&self) -> bool {
        false
    }
}

/// `ESC ] 52 ; c ; <base64> BEL`, or `None` when the text is too long to send.
pub fn osc52(text: &str) -> Option<String> {
    let encoded = base64(text.as_bytes());
    (encoded.len() <= OSC52_MAX_BYTES).then(|| format!("\u{1b}]52;c;{encoded}\u{7}"))
}

fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Try each way in turn; if none is confirmed, also save to `fallback`. Returns what the
/// status line should say, in English.
pub fn copy(chain: &mut [&mut dyn Clipboard], text: &str, fallback: &Path) -> String {
    copy_in(Lang::En, chain, text, fallback)
}

/// Try each way in turn; if none is confirmed, also save to `fallback`. Returns what the
/// status line should say, in the screen's language.
pub fn copy_in(
    lang: Lang,
    chain: &mut [&mut dyn Clipboard],
    text: &str,
    fallback: &Path,
) -> String {
    let path = || fallback.display().to_string();
    let mut failures = Vec::new();
    for way in chain.iter_mut() {
        match way.set(text) {
            Ok(()) if way.confirmed() => {
                return tr!(lang, "status-minutes-copied", way = way.named(lang));
            }
            Ok(()) => {
                let way = way.named(lang);
                return match crate::store::files::write_atomically(fallback, text.as_bytes()) {
                    Ok(()) => tr!(
                        lang,
                        "status-minutes-sent-and-saved",
                        way = way,
                        path = path()
                    ),
                    Err(_) => tr!(lang, "status-minutes-sent", way = way),
                };
            }
            Err(why) => failures.push(format!("{}: {why}", way.named(lang))),
        }
    }
    match crate::store::files::write_atomically(fallback, text.as_bytes()) {
        Ok(()) => tr!(lang, "status-minutes-saved", path = path()),
        Err(e) => tr!(
            lang,
            "status-minutes-not-copied",
            failures = failures.join("; "),
            path = path(),
            error = e.to_string()
        ),
    }
}

/// The order to try: over SSH the terminal first, since the user's clipboard is on their own
/// machine; OSC 52 only when there is a real terminal to send it to.
pub fn order(ssh: bool, terminal: bool) -> Vec<Way> {
    match (ssh, terminal) {
        (true, true) => vec![Way::Osc52, Way::System],
        (false, true) => vec![Way::System, Way::Osc52],
        (_, false) => vec![Way::System],
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    System,
    Osc52,
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake {
        name: &'static str,
        result: Result<(), ClipboardError>,
        confirmed: bool,
        got: Option<String>,
    }

    impl Clipboard for Fake {
        fn name(&self) -> &'static str {
            self.name
        }
        fn set(&mut self, text: &str) -> Result<(), ClipboardError> {
            self.got = Some(text.into());
            self.result.clone()
        }
        fn confirmed(&self) -> bool {
            self.confirmed
        }
    }

    fn fake(name: &'static str, result: Result<(), ClipboardError>, confirmed: bool) -> Fake {
        Fake {
            name,
            result,
            confirmed,
            got: None,
        }
    }

    #[test]
    fn the_first_way_that_works_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.txt");
        let mut system = fake("the clipboard", Ok(()), true);
        let mut osc = fake("OSC 52", Ok(()), false);
        let said = copy(&mut [&mut system, &mut osc], "minutes", &file);
        assert_eq!(said, "Minutes copied to the clipboard");
        assert_eq!(osc.got, None);
        assert!(!file.exists());
    }

    #[test]
    fn a_blind_send_also_saves_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.txt");
        let mut system = fake(
            "the clipboard",
            Err(ClipboardError::System("no display".into())),
            true,
        );
        let mut osc = fake("OSC 52", Ok(()), false);
        let said = copy(&mut [&mut system, &mut osc], "minutes", &file);
        assert!(
            said.starts_with("Minutes sent to OSC 52; if nothing arrives they are also in"),
            "{said}"
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "minutes");
    }

    #[test]
    fn with_no_clipboard_the_file_is_the_answer() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.txt");
        let mut system = fake(
            "the clipboard",
            Err(ClipboardError::System("no display".into())),
            true,
        );
        let mut osc = fake(
            "OSC 52",
            Err(ClipboardError::System("too long".into())),
            false,
        );
        let said = copy(&mut [&mut system, &mut osc], "minutes", &file);
        assert_eq!(
            said,
            format!("No clipboard here; minutes saved to {}", file.display())
        );
        let bad = dir.path().join("missing").join("m.txt");
        let said = copy(&mut [&mut system], "minutes", &bad);
        assert!(
            said.starts_with("Could not copy the minutes (the clipboard: no display;"),
            "{said}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_fallback_file_is_for_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m-clipboard.txt");
        let mut system = fake(
            "the clipboard",
            Err(ClipboardError::System("no display".into())),
            true,
        );
        let mut osc = fake("OSC 52", Ok(()), false);
        for chain in [
            &mut [&mut system as &mut dyn Clipboard][..],
            &mut [&mut osc as &mut dyn Clipboard][..],
        ] {
            let _ = std::fs::remove_file(&file);
            copy(chain, "minutes", &file);
            let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{mode:o}");
        }
    }

    #[test]
    fn osc52_bytes() {
        assert_eq!(osc52("Hi").unwrap(), "\u{1b}]52;c;SGk=\u{7}");
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
        assert_eq!(base64("é".as_bytes()), "w6k=");
        assert!(
            osc52(&"x".repeat(OSC52_MAX_BYTES)).is_none(),
            "too long to send"
        );
        let mut out = Vec::new();
        Osc52 { out: &mut out }.set("Hi").unwrap();
        assert_eq!(out, b"\x1b]52;c;SGk=\x07");
    }

    #[test]
    fn over_ssh_the_terminal_goes_first() {
        assert_eq!(order(true, true), [Way::Osc52, Way::System]);
        assert_eq!(order(false, true), [Way::System, Way::Osc52]);
        assert_eq!(order(false, false), [Way::System]);
    }

    #[test]
    fn a_headless_system_clipboard_fails_fast_and_remembers() {
        let mut system = System::with(Desktop::None.programs(), None);
        let why = system.set("x").unwrap_err();
        assert!(why.to_string().contains("no desktop"), "{why}");
        assert_eq!(system.set("x").unwrap_err(), why);
    }

    #[test]
    fn each_desktop_has_its_programs_in_order() {
        let names = |d: Desktop| -> Vec<_> { d.programs().iter().map(|p| p.command).collect() };
        assert_eq!(names(Desktop::Wayland), ["wl-copy", "xclip", "xsel"]);
        assert_eq!(names(Desktop::X11), ["xclip", "xsel"]);
        assert_eq!(names(Desktop::MacOs), ["pbcopy"]);
        assert_eq!(names(Desktop::Windows), ["clip.exe"]);
        assert!(names(Desktop::None).is_empty());
        assert_eq!(Desktop::X11.programs()[0].args, ["-selection", "clipboard"]);
    }

    /// A folder standing in for `PATH`, holding shell scripts by the clipboard programs' names.
    /// Each script is written by a shell of its own, so no thread of this test process holds
    /// it open for writing when another test runs it ("text file busy").
    #[cfg(unix)]
    fn fake_programs(scripts: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, body) in scripts {
            let status = Command::new("/bin/sh")
                .args([
                    "-c",
                    "printf '#!/bin/sh\\n%s\\n' \"$2\" > \"$1\" && chmod 755 \"$1\"",
                ])
                .args(["sh", &dir.path().join(name).to_string_lossy(), body])
                .status()
                .unwrap();
            assert!(status.success());
        }
        dir
    }

    /// A script body that saves its input to `got` (and its arguments to `args`) in `dir`.
    #[cfg(unix)]
    fn saving_into(dir: &Path) -> String {
        let d = dir.display();
        format!("echo \"$@\" > '{d}/args'; exec /bin/cat > '{d}/got'")
    }

    #[cfg(unix)]
    #[test]
    fn the_text_reaches_the_clipboard_program_on_its_input() {
        let out = tempfile::tempdir().unwrap();
        let dir = fake_programs(&[("xclip", &saving_into(out.path()))]);
        let mut system = System::with(
            Desktop::X11.programs(),
            Some(dir.path().as_os_str().to_owned()),
        );
        let text = "Minutes — décisions\n".repeat(10_000);
        system.set(&text).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.path().join("got")).unwrap(),
            text
        );
        assert_eq!(
            std::fs::read_to_string(out.path().join("args")).unwrap(),
            "-selection clipboard\n"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_missing_program_falls_through_to_the_next() {
        let out = tempfile::tempdir().unwrap();
        let dir = fake_programs(&[("xsel", &saving_into(out.path()))]);
        let mut system = System::with(
            Desktop::Wayland.programs(),
            Some(dir.path().as_os_str().to_owned()),
        );
        system.set("minutes").unwrap();
        assert_eq!(
            std::fs::read_to_string(out.path().join("got")).unwrap(),
            "minutes"
        );
        assert_eq!(
            std::fs::read_to_string(out.path().join("args")).unwrap(),
            "--clipboard --input\n"
        );
    }

    #[cfg(unix)]
    #[test]
    fn with_no_program_installed_the_next_way_is_used() {
        let dir = fake_programs(&[]);
        let file = dir.path().join("m.txt");
        let mut system = System::with(
            Desktop::X11.programs(),
            Some(dir.path().as_os_str().to_owned()),
        );
        let mut osc = fake("OSC 52", Ok(()), false);
        let said = copy(&mut [&mut system, &mut osc], "minutes", &file);
        assert!(said.starts_with("Minutes sent to OSC 52"), "{said}");
        assert_eq!(osc.got.as_deref(), Some("minutes"));
        assert_eq!(
            system.set("x").unwrap_err().to_string(),
            "no clipboard program installed (xclip, xsel)"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_failing_or_stuck_program_is_reported_not_waited_for() {
        let dir = fake_programs(&[("wl-copy", "exit 1"), ("xclip", "exec /bin/sleep 30")]);
        let path = Some(dir.path().as_os_str().to_owned());
        let mut failing = System::with(Desktop::Wayland.programs()[..1].to_vec(), path.clone());
        let why = failing.set("minutes").unwrap_err();
        assert!(why.to_string().starts_with("wl-copy failed"), "{why}");
        let mut stuck = System::with(Desktop::X11.programs()[..1].to_vec(), path);
        assert_eq!(
            stuck.set("minutes").unwrap_err().to_string(),
            "xclip did not finish"
        );
    }

    /// A Spanish screen hears in Spanish which clipboard took the minutes, or why none did.
    #[test]
    fn a_spanish_screen_is_told_in_spanish() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.txt");
        let mut system = System {
            programs: Vec::new(),
            search_path: None,
            unavailable: Some("no display".into()),
        };
        let mut osc = Osc52 { out: Vec::new() };
        let said = copy_in(Lang::Es, &mut [&mut system, &mut osc], "acta", &file);
        assert_eq!(
            said,
            format!(
                "Acta enviada por el portapapeles del terminal (OSC 52); si no llega, también está en {}",
                file.display()
            )
        );
        let bad = dir.path().join("missing").join("m.txt");
        let said = copy_in(Lang::Es, &mut [&mut system], "acta", &bad);
        assert!(
            said.starts_with("No se pudo copiar el acta (el portapapeles: no display;"),
            "{said}"
        );
    }
}
