//! Putting the minutes on the clipboard: the system clipboard first (one handle kept for the
//! session, made when first needed), then the terminal's OSC 52 escape sequence (which reaches
//! the user's own machine over SSH, so it goes first there), then a file (owner-only, as every
//! file cochair writes). The caller is told which one worked. Nothing here can hang: each way
//! either works at once or says why not.

use std::io::Write;
use std::path::Path;

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
    fn set(&mut self, text: &str) -> Result<(), String>;
    /// Whether success can be confirmed (OSC 52 is sent blind).
    fn confirmed(&self) -> bool {
        true
    }
}

/// The desktop clipboard, through arboard.
#[derive(Default)]
pub struct System {
    handle: Option<arboard::Clipboard>,
    unavailable: Option<String>,
}

impl Clipboard for System {
    fn name(&self) -> &'static str {
        "the clipboard"
    }

    fn named(&self, lang: Lang) -> String {
        tr!(lang, "status-clipboard-system")
    }

    fn set(&mut self, text: &str) -> Result<(), String> {
        if let Some(why) = &self.unavailable {
            return Err(why.clone());
        }
        if self.handle.is_none() {
            match arboard::Clipboard::new() {
                Ok(handle) => self.handle = Some(handle),
                Err(e) => {
                    self.unavailable = Some(e.to_string());
                    return Err(e.to_string());
                }
            }
        }
        match self.handle.as_mut() {
            Some(handle) => handle.set_text(text.to_owned()).map_err(|e| e.to_string()),
            None => Err("no clipboard".into()),
        }
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

    fn set(&mut self, text: &str) -> Result<(), String> {
        let sequence = osc52(text).ok_or("too long for the terminal's clipboard")?;
        self.out
            .write_all(sequence.as_bytes())
            .and_then(|()| self.out.flush())
            .map_err(|e| e.to_string())
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
        result: Result<(), String>,
        confirmed: bool,
        got: Option<String>,
    }

    impl Clipboard for Fake {
        fn name(&self) -> &'static str {
            self.name
        }
        fn set(&mut self, text: &str) -> Result<(), String> {
            self.got = Some(text.into());
            self.result.clone()
        }
        fn confirmed(&self) -> bool {
            self.confirmed
        }
    }

    fn fake(name: &'static str, result: Result<(), String>, confirmed: bool) -> Fake {
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
        let mut system = fake("the clipboard", Err("no display".into()), true);
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
        let mut system = fake("the clipboard", Err("no display".into()), true);
        let mut osc = fake("OSC 52", Err("too long".into()), false);
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
        let mut system = fake("the clipboard", Err("no display".into()), true);
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
        let mut system = System::default();
        if system.set("x").is_err() {
            let start = std::time::Instant::now();
            assert!(system.set("x").is_err());
            assert!(start.elapsed() < std::time::Duration::from_secs(1));
        }
    }

    /// A Spanish screen hears in Spanish which clipboard took the minutes, or why none did.
    #[test]
    fn a_spanish_screen_is_told_in_spanish() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.txt");
        let mut system = System {
            handle: None,
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
