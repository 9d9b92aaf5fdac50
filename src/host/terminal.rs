//! The terminal: taken over for the meeting screen and always given back (on quit, on error,
//! on a panic, on a signal), its key events turned into cochair's own keys, and the clock, the
//! clipboard, the bell and the disk offered to the app through its traits.

use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local, Offset, Utc};
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, EnableBracketedPaste, Event as TermEvent, KeyCode as TermKey,
    KeyEvent, KeyEventKind, KeyModifiers,
};

use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};

use super::signals::Signals;
use crate::app::{EventSource, Exit, Host, Input, Model, Recorder, Refusal, run};
use crate::input::{Key, KeyCode, Mods};
use crate::meeting::{ProposalId, Record};
#[cfg(unix)]
use crate::share::Server;

/// Other screens cannot join on this platform (no local sockets here yet).
#[cfg(not(unix))]
pub struct Server;

#[cfg(not(unix))]
impl Server {
    fn broadcast(&self, _: &Record) {}
    fn refuse(&self, _: u64, _: Option<ProposalId>, _: &Refusal) {}
    fn welcome(&self, _: u64) {}
    fn close(&mut self, _: DateTime<Utc>) {}
}

/// Where the meeting screen hears from: the keyboard (read on a thread of its own) and, when
/// the meeting has several screens, the others (through the same channel), so the loop sleeps
/// on one thing until the next input or the next second.
pub struct Inbox {
    pub sender: Sender<Input>,
    pub receiver: Receiver<Input>,
    /// On the host: the socket the other screens join.
    pub server: Option<Server>,
    /// On the host with `--members`: the members' page.
    pub members: Option<crate::members::Server>,
}

impl Inbox {
    pub fn new() -> Inbox {
        let (sender, receiver) = std::sync::mpsc::channel();
        Inbox {
            sender,
            receiver,
            server: None,
            members: None,
        }
    }
}

impl Default for Inbox {
    fn default() -> Self {
        Inbox::new()
    }
}

/// Take over the terminal, run the meeting screen until it ends, and give the terminal back.
pub fn run_in_terminal(
    model: &mut Model,
    recorder: &mut impl Recorder,
    inbox: Inbox,
) -> Result<Exit, TerminalError> {
    #[cfg(debug_assertions)]
    if std::env::var_os("COCHAIR_PANIC_IN_VIEW").is_some() {
        crate::ui::PANIC_IN_VIEW.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    let signals = Signals::install(restore).map_err(TerminalError::Signals)?;
    // NO_COLOR is honoured by the theme (see `Theme::from_env`), not by the terminal library:
    // the one image cochair draws, the members' page's QR code, keeps its dark-on-light colours
    // under NO_COLOR, or a dark terminal would show it inverted.
    ratatui::crossterm::style::force_color_output(true);
    let mut terminal = ratatui::try_init().map_err(TerminalError::Unusable)?;
    // Pasted text arrives as one event instead of a burst of keys.
    let _ = ratatui::crossterm::execute!(io::stdout(), EnableBracketedPaste);
    let restore_on_panic = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = ratatui::crossterm::execute!(io::stdout(), DisableBracketedPaste);
        restore_on_panic(info);
        super::leftovers::remove_all();
    }));
    let keys = inbox.sender.clone();
    std::thread::spawn(move || read_terminal(&keys));
    let mut host = TerminalHost {
        signals,
        clipboard: super::clipboard::System::default(),
        offset: None,
        inbox: inbox.receiver,
        server: inbox.server,
        members: inbox.members,
        lang: model.lang,
    };
    let result = run(&mut terminal, model, recorder, &mut host);
    // A quit closes the joined screens, and they say so; any other end leaves them waiting
    // for the host to be back.
    if let (Ok(report), Some(server)) = (&result, &mut host.server)
        && report.exit == Exit::Quit
    {
        server.close(Utc::now());
    }
    restore();
    result
        .map(|report| report.exit)
        .map_err(TerminalError::Failed)
}

/// Why the meeting's screen could not run in this terminal, or stopped.
#[derive(Debug, thiserror::Error)]
pub enum TerminalError {
    #[error("cannot watch for signals: {0}")]
    Signals(io::Error),
    #[error("cannot use this terminal: {0}")]
    Unusable(io::Error),
    #[error("terminal error: {0}")]
    Failed(io::Error),
}

impl TerminalError {
    /// Why, in `lang` (the `Display` is the English); the system's words stay as they are.
    pub fn message(&self, lang: crate::lang::Lang) -> String {
        use crate::tr;
        match self {
            TerminalError::Signals(e) => {
                tr!(lang, "errors-terminal-signals", error = e.to_string())
            }
            TerminalError::Unusable(e) => {
                tr!(lang, "errors-terminal-unusable", error = e.to_string())
            }
            TerminalError::Failed(e) => tr!(lang, "errors-terminal-failed", error = e.to_string()),
        }
    }
}

/// Give the terminal back as it was.
pub fn restore() {
    let _ = ratatui::crossterm::execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
}

/// The room's UTC offset now (reads the system's time zone).
pub fn local_offset(now: DateTime<Utc>) -> FixedOffset {
    now.with_timezone(&Local).offset().fix()
}

/// The key a terminal key event stands for, with shift folded into the character so `?` and
/// `Q` match however the terminal reports them. `None` for keys cochair has no name for.
pub fn key_of(event: KeyEvent) -> Option<Key> {
    let held = |m| event.modifiers.contains(m);
    let character = matches!(event.code, TermKey::Char(_) | TermKey::BackTab);
    let mods = Mods {
        ctrl: held(KeyModifiers::CONTROL),
        alt: held(KeyModifiers::ALT),
        shift: held(KeyModifiers::SHIFT) && !character,
    };
    let code = match event.code {
        TermKey::Char(c) => KeyCode::Char(c),
        TermKey::Enter => KeyCode::Enter,
        TermKey::Esc => KeyCode::Esc,
        TermKey::Tab => KeyCode::Tab,
        TermKey::BackTab => KeyCode::BackTab,
        TermKey::Backspace => KeyCode::Backspace,
        TermKey::Delete => KeyCode::Delete,
        TermKey::Insert => KeyCode::Insert,
        TermKey::Up => KeyCode::Up,
        TermKey::Down => KeyCode::Down,
        TermKey::Left => KeyCode::Left,
        TermKey::Right => KeyCode::Right,
        TermKey::PageUp => KeyCode::PageUp,
        TermKey::PageDown => KeyCode::PageDown,
        TermKey::Home => KeyCode::Home,
        TermKey::End => KeyCode::End,
        TermKey::F(n) => KeyCode::F(n),
        _ => return None,
    };
    Some(Key::new(code, mods))
}

/// What the app hears from the terminal: keys (not their release), pastes and resizes.
pub fn input_of(event: TermEvent) -> Option<Input> {
    match event {
        TermEvent::Key(key) if key.kind != KeyEventKind::Release => key_of(key).map(Input::Key),
        TermEvent::Paste(text) => Some(Input::Paste(text)),
        TermEvent::Resize(..) => Some(Input::Resize),
        _ => None,
    }
}

/// Read the terminal's events and pass on what the app hears, until the terminal is gone.
fn read_terminal(keys: &Sender<Input>) {
    while let Ok(event) = event::read() {
        if let Some(input) = input_of(event)
            && keys.send(input).is_err()
        {
            return;
        }
    }
}

struct TerminalHost {
    signals: Signals,
    /// The desktop clipboard's program, found again for each copy.
    clipboard: super::clipboard::System,
    /// The local UTC offset and the minute it was looked up in.
    offset: Option<(i64, FixedOffset)>,
    inbox: Receiver<Input>,
    server: Option<Server>,
    members: Option<crate::members::Server>,
    /// The screen's language, for what the clipboard says on its status line.
    lang: crate::lang::Lang,
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

    fn next_input(&mut self, timeout: Duration) -> io::Result<Option<Input>> {
        match self.inbox.recv_timeout(timeout) {
            Ok(input) => Ok(Some(input)),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(io::Error::other("the terminal is gone")),
        }
    }

    fn stop_requested(&mut self) -> Option<Exit> {
        self.signals.received().map(Exit::Signal)
    }
}

impl Host for TerminalHost {
    fn export(&mut self, files: &[(PathBuf, String)]) -> String {
        crate::store::files::write_exports(self.lang, files)
    }

    fn copy(&mut self, text: &str, fallback: &Path) -> String {
        use super::clipboard::{self, Clipboard, Osc52, Way};
        let ssh = std::env::var_os("SSH_CONNECTION").is_some();
        let mut osc = Osc52 { out: io::stdout() };
        let mut chain: Vec<&mut dyn Clipboard> = Vec::new();
        let order = clipboard::order(ssh, true);
        let system = &mut self.clipboard;
        match order.first().copied() {
            Some(Way::Osc52) => {
                chain.push(&mut osc);
                chain.push(system);
            }
            _ => {
                chain.push(system);
                chain.push(&mut osc);
            }
        }
        clipboard::copy_in(self.lang, &mut chain, text, fallback)
    }

    fn bell(&mut self) {
        use std::io::Write;
        let mut out = io::stdout();
        let _ = out.write_all(b"\x07").and_then(|()| out.flush());
    }

    fn broadcast(&mut self, record: &Record) {
        if let Some(server) = &self.server {
            server.broadcast(record);
        }
        if let Some(members) = &self.members {
            members.broadcast(record);
        }
    }

    fn refuse(&mut self, screen: u64, id: Option<ProposalId>, why: &Refusal) {
        match &self.members {
            Some(members) if members.owns(screen) => members.refuse(screen, why),
            _ => {
                if let Some(server) = &self.server {
                    server.refuse(screen, id, why);
                }
            }
        }
    }

    fn welcome(&mut self, screen: u64) {
        if let Some(server) = &self.server {
            server.welcome(screen);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_events_match_regardless_of_shift_reporting() {
        let event = KeyEvent::new(TermKey::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(key_of(event), Key::parse("?").ok());
        let event = KeyEvent::new(TermKey::BackTab, KeyModifiers::SHIFT);
        assert_eq!(key_of(event), Key::parse("backtab").ok());
        let event = KeyEvent::new(TermKey::Char('C'), KeyModifiers::CONTROL);
        assert_eq!(key_of(event), Key::parse("ctrl-c").ok());
        let event = KeyEvent::new(TermKey::Up, KeyModifiers::SHIFT);
        assert_eq!(key_of(event), Key::parse("shift-up").ok());
    }
}
