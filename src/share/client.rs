//! A joined screen's side: it says hello with its role, reads the journal so far and replays it
//! with the same code as a resume, then follows the host's records as they come. What its keys
//! ask to record is proposed to the host with an id, and the record that comes back carries it.
//! When the host quits the screen is told so and stops following; when the host vanishes the
//! screen says so, keeps the last state, and joins again by itself as soon as the host is back.

use std::hash::{BuildHasher, Hasher};
use std::io::{BufReader, Read as _, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::error::JoinError;
use super::protocol::{
    Goodbye, Hello, PROTOCOL, PlainBye, Proposal, Read, ToHost, ToScreen, Welcome, line, read_line,
};
use crate::agenda::Seat;
use crate::app::{Input, Message, Recorder, SaveError, Saved};
use crate::lang::Lang;
use crate::meeting::{Meeting, ProposalId, Record};
use crate::tr;

/// Lines from the host may be long (a record with a long note).
const MAX_FROM_HOST: usize = 64 * 1024 * 1024;

/// The largest journal a screen takes from its host.
const MAX_JOURNAL: u64 = 4 * 1024 * 1024 * 1024;

/// How often a screen whose host is gone tries to join again.
pub const RETRY: Duration = Duration::from_millis(400);

/// How long a proposal may take to go out before the host counts as gone (a host that is
/// stopped takes nothing once its socket's buffer is full).
const SEND_TIMEOUT: Duration = Duration::from_secs(2);

/// A screen joined to a host: the meeting as the host's journal holds it, and the connection.
pub struct Joined {
    pub meeting: Meeting,
    /// What the host said of the meeting: its title, and whether it is a rehearsal.
    pub welcome: Welcome,
    reader: BufReader<UnixStream>,
    writer: Arc<Mutex<Option<UnixStream>>>,
    socket: PathBuf,
    hello: Hello,
    /// This screen's key, in the id of every proposal it sends.
    key: u64,
}

/// Join the host listening on `socket` at `seat` (`room`: the room view).
pub fn join(socket: &Path, seat: impl Into<Seat>, room: bool) -> Result<Joined, JoinError> {
    let hello = Hello {
        protocol: PROTOCOL,
        seat: seat.into(),
        room,
    };
    let (welcome, meeting, reader, writer) = handshake(socket, hello)?;
    Ok(Joined {
        meeting,
        welcome,
        reader,
        writer: Arc::new(Mutex::new(Some(writer))),
        socket: socket.to_path_buf(),
        hello,
        key: screen_key(),
    })
}

/// A key no other screen of the meeting draws: from the system's random hashing keys, the
/// process and the time.
fn screen_key() -> u64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    hasher.write_i64(Utc::now().timestamp_nanos_opt().unwrap_or_default());
    hasher.finish()
}

type Handshake = (Welcome, Meeting, BufReader<UnixStream>, UnixStream);

fn handshake(socket: &Path, hello: Hello) -> Result<Handshake, JoinError> {
    let mut stream = UnixStream::connect(socket).map_err(|e| match e.kind() {
        std::io::ErrorKind::PermissionDenied => JoinError::NotYours(socket.to_path_buf()),
        _ => JoinError::NoAnswer(e),
    })?;
    stream
        .write_all(line(&ToHost::Hello(hello)).as_bytes())
        .map_err(JoinError::Connection)?;
    let _ = stream.set_write_timeout(Some(SEND_TIMEOUT));
    let mut reader = BufReader::new(stream.try_clone().map_err(JoinError::Connection)?);
    let welcome = match next(&mut reader)? {
        ToScreen::Welcome(welcome) => welcome,
        ToScreen::Bye(goodbye) => return Err(JoinError::Refused(goodbye)),
        other => return Err(JoinError::Unexpected(format!("{other:?}"))),
    };
    let meeting = history(&mut reader, socket)?;
    Ok((welcome, meeting, reader, stream))
}

fn next(reader: &mut BufReader<UnixStream>) -> Result<ToScreen, JoinError> {
    match read_line(reader, MAX_FROM_HOST).map_err(JoinError::Connection)? {
        Read::Line(text) => serde_json::from_str(&text).map_err(|e| {
            // A host of protocol 1 says goodbye in plain words.
            match serde_json::from_str::<PlainBye>(&text) {
                Ok(plain) => JoinError::OldHost(plain.bye),
                Err(_) => JoinError::NotUnderstood(e.to_string()),
            }
        }),
        Read::TooLong => Err(JoinError::LineTooLong),
        Read::Closed => Err(JoinError::Closed),
    }
}

/// The journal so far, as the host sends it, replayed as a resume would.
fn history(reader: &mut BufReader<UnixStream>, socket: &Path) -> Result<Meeting, JoinError> {
    let ToScreen::Journal { bytes } = next(reader)? else {
        return Err(JoinError::NoJournal);
    };
    if bytes > MAX_JOURNAL {
        return Err(JoinError::JournalTooLong(bytes));
    }
    // Room for what was announced, up to a sane start: a long journal grows the buffer as it
    // arrives.
    let start = usize::try_from(bytes.min(64 * 1024 * 1024)).unwrap_or_default();
    let mut text = Vec::with_capacity(start);
    reader
        .by_ref()
        .take(bytes)
        .read_to_end(&mut text)
        .map_err(JoinError::Connection)?;
    if text.len() as u64 != bytes {
        return Err(JoinError::JournalCut);
    }
    if next(reader)? != ToScreen::Live {
        return Err(JoinError::JournalUnended);
    }
    let contents = crate::store::journal::parse(&text, socket)?;
    Ok(crate::store::journal::replay(socket, &contents)?)
}

/// How following the host ended.
enum Ended {
    /// The connection broke: the host is gone (killed, or its machine asleep).
    Gone,
    /// The host quit, and said so.
    Closed(DateTime<Utc>),
    /// Nobody listens on this side anymore.
    Unheard,
}

impl Joined {
    /// What this screen sends the host: a recorder whose records come back through `inbox`.
    pub fn proposer(&self) -> Proposer {
        Proposer {
            writer: Arc::clone(&self.writer),
            key: self.key,
            next: Arc::new(AtomicU32::new(1)),
        }
    }

    /// Follow the host from now on: its records, refusals, goodbye and absence arrive in
    /// `inbox`; a goodbye is put in words in the screen's `lang`.
    pub fn follow(self, inbox: Sender<Input>, lang: Lang) {
        std::thread::spawn(move || {
            let Joined {
                mut reader,
                writer,
                socket,
                hello,
                ..
            } = self;
            let say = |message| inbox.send(Input::Message(message)).is_ok();
            loop {
                let ended = read_live(&mut reader, &inbox, lang);
                *writer.lock().unwrap_or_else(PoisonError::into_inner) = None;
                match ended {
                    Ended::Unheard => return,
                    Ended::Closed(at) => {
                        say(Message::HostClosed { at });
                        return;
                    }
                    Ended::Gone if !say(Message::HostGone) => return,
                    Ended::Gone => {}
                }
                let (meeting, again, stream) = rejoin(&socket, hello);
                reader = again;
                *writer.lock().unwrap_or_else(PoisonError::into_inner) = Some(stream);
                if !say(Message::Joined(Box::new(meeting))) {
                    return;
                }
            }
        });
    }
}

/// Pass the host's messages on until the connection ends.
fn read_live(reader: &mut BufReader<UnixStream>, inbox: &Sender<Input>, lang: Lang) -> Ended {
    loop {
        let message = match next(reader) {
            Ok(ToScreen::Record(record)) => Message::Recorded(record),
            Ok(ToScreen::Refused { id, why }) => Message::Refused { id, why },
            Ok(ToScreen::Bye(Goodbye::ClosedByHost { at })) => return Ended::Closed(at),
            Ok(ToScreen::Bye(other)) => Message::Notice(tr!(
                lang,
                "errors-socket-refused",
                goodbye = other.said(lang)
            )),
            Ok(_) => continue,
            Err(_) => return Ended::Gone,
        };
        if inbox.send(Input::Message(message)).is_err() {
            return Ended::Unheard;
        }
    }
}

/// Try to join again until the host answers (it is started again on the same journal).
fn rejoin(socket: &Path, hello: Hello) -> (Meeting, BufReader<UnixStream>, UnixStream) {
    loop {
        std::thread::sleep(RETRY);
        if let Ok((_, meeting, reader, stream)) = handshake(socket, hello) {
            return (meeting, reader, stream);
        }
    }
}

/// A joined screen's recorder: it proposes the record's event to the host under an id, and
/// the host sends the record back with that id. With no host to send it to, the proposal is
/// kept, to be offered again when the host is back.
#[derive(Clone)]
pub struct Proposer {
    writer: Arc<Mutex<Option<UnixStream>>>,
    key: u64,
    next: Arc<AtomicU32>,
}

impl Recorder for Proposer {
    fn append(&mut self, record: &Record) -> Result<Saved, SaveError> {
        let id = record.proposal.unwrap_or_else(|| ProposalId {
            screen: self.key,
            n: self.next.fetch_add(1, Ordering::Relaxed),
        });
        let proposal = ToHost::Propose(Proposal {
            id,
            event: record.event.clone(),
        });
        let mut writer = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        let sent = writer
            .as_mut()
            .is_some_and(|stream| stream.write_all(line(&proposal).as_bytes()).is_ok());
        if !sent {
            // The host is gone or stuck: the connection is given up, and joined again.
            if let Some(stream) = writer.take() {
                let _ = stream.shutdown(std::net::Shutdown::Both);
            }
        }
        Ok(Saved::Proposed { id, sent })
    }
}
