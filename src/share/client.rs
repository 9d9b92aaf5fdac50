//! A joined screen's side: it says hello with its role, reads the journal so far and replays it
//! with the same code as a resume, then follows the host's records as they come. What its keys
//! ask to record is sent to the host, which checks it, records it and sends it back to every
//! screen. When the host is gone the screen says so, keeps the last state, and joins again by
//! itself as soon as the host is back.

use std::io::{BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use super::protocol::{PROTOCOL, Read, ToHost, ToScreen, line, read_line};
use crate::app::{Input, Recorder, Role, Saved};
use crate::meeting::{Meeting, Record};

/// Lines from the host may be long (the journal's header holds the whole agenda).
const MAX_FROM_HOST: usize = 64 * 1024 * 1024;

/// How often a screen whose host is gone tries to join again.
pub const RETRY: Duration = Duration::from_millis(400);

/// A screen joined to a host: the meeting as the host's journal holds it, and the connection.
pub struct Joined {
    pub meeting: Meeting,
    pub title: String,
    reader: BufReader<UnixStream>,
    writer: Arc<Mutex<Option<UnixStream>>>,
    socket: PathBuf,
    role: Role,
}

/// Join the host listening on `socket` as `role`.
pub fn join(socket: &Path, role: Role) -> Result<Joined, String> {
    let (title, meeting, reader, writer) = handshake(socket, role)?;
    Ok(Joined {
        meeting,
        title,
        reader,
        writer: Arc::new(Mutex::new(Some(writer))),
        socket: socket.to_path_buf(),
        role,
    })
}

type Handshake = (String, Meeting, BufReader<UnixStream>, UnixStream);

fn handshake(socket: &Path, role: Role) -> Result<Handshake, String> {
    let mut stream = UnixStream::connect(socket).map_err(|e| match e.kind() {
        std::io::ErrorKind::PermissionDenied => format!(
            "{}: permission denied: only the user who opened the meeting can join it (from another machine or account, join over ssh as that user)",
            socket.display()
        ),
        _ => format!(
            "the meeting's host does not answer ({})",
            crate::store::io_message(&e)
        ),
    })?;
    let hello = ToHost::Hello {
        protocol: PROTOCOL,
        role,
    };
    stream
        .write_all(line(&hello).as_bytes())
        .map_err(|e| crate::store::io_message(&e))?;
    let mut reader = BufReader::new(stream.try_clone().map_err(|e| e.to_string())?);
    let title = match next(&mut reader)? {
        ToScreen::Welcome { title, .. } => title,
        ToScreen::Bye(why) => return Err(format!("the host said: {why}")),
        other => return Err(format!("the host said something unexpected: {other:?}")),
    };
    let meeting = history(&mut reader, socket)?;
    Ok((title, meeting, reader, stream))
}

fn next(reader: &mut BufReader<UnixStream>) -> Result<ToScreen, String> {
    match read_line(reader, MAX_FROM_HOST).map_err(|e| crate::store::io_message(&e))? {
        Read::Line(text) => serde_json::from_str(&text)
            .map_err(|e| format!("the host sent a line not understood: {e}")),
        Read::TooLong => Err("the host sent a line too long".into()),
        Read::Closed => Err("the meeting's host closed the connection".into()),
    }
}

/// The journal so far, as the host sends it, replayed as a resume would.
fn history(reader: &mut BufReader<UnixStream>, socket: &Path) -> Result<Meeting, String> {
    let ToScreen::Journal { lines } = next(reader)? else {
        return Err("the host did not send the journal".into());
    };
    let mut text = String::new();
    for _ in 0..lines {
        match read_line(reader, MAX_FROM_HOST).map_err(|e| e.to_string())? {
            Read::Line(l) => {
                text.push_str(&l);
                text.push('\n');
            }
            _ => return Err("the host's journal was cut short".into()),
        }
    }
    if next(reader)? != ToScreen::Live {
        return Err("the host's journal did not end where it said".into());
    }
    let contents =
        crate::store::journal::parse(text.as_bytes(), socket).map_err(|e| e.to_string())?;
    crate::store::journal::replay(socket, &contents).map_err(|e| e.to_string())
}

impl Joined {
    /// What this screen sends the host: a recorder whose records come back through `inbox`.
    pub fn proposer(&self) -> Proposer {
        Proposer {
            writer: Arc::clone(&self.writer),
        }
    }

    /// Follow the host from now on: its records, refusals and absence arrive in `inbox`.
    pub fn follow(self, inbox: Sender<Input>) {
        std::thread::spawn(move || {
            let Joined {
                mut reader,
                writer,
                socket,
                role,
                ..
            } = self;
            loop {
                if !read_live(&mut reader, &inbox) || inbox.send(Input::HostGone).is_err() {
                    return;
                }
                *writer.lock().unwrap_or_else(PoisonError::into_inner) = None;
                let Some((meeting, again, stream)) = rejoin(&socket, role) else {
                    return;
                };
                reader = again;
                *writer.lock().unwrap_or_else(PoisonError::into_inner) = Some(stream);
                if inbox.send(Input::Joined(Box::new(meeting))).is_err() {
                    return;
                }
            }
        });
    }
}

/// Pass the host's messages on until the connection ends; false when nobody listens anymore.
fn read_live(reader: &mut BufReader<UnixStream>, inbox: &Sender<Input>) -> bool {
    loop {
        let input = match next(reader) {
            Ok(ToScreen::Record(record)) => Input::Record(record),
            Ok(ToScreen::Refused(why)) => Input::Refused(why),
            Ok(ToScreen::Bye(why)) => Input::Refused(format!("The host closed this screen: {why}")),
            Ok(_) => continue,
            Err(_) => return true,
        };
        if inbox.send(input).is_err() {
            return false;
        }
    }
}

/// Try to join again until the host answers (it is started again on the same journal).
fn rejoin(socket: &Path, role: Role) -> Option<(Meeting, BufReader<UnixStream>, UnixStream)> {
    loop {
        std::thread::sleep(RETRY);
        if let Ok((_, meeting, reader, stream)) = handshake(socket, role) {
            return Some((meeting, reader, stream));
        }
    }
}

/// A joined screen's recorder: it sends the record to the host, and the host sends it back.
#[derive(Clone)]
pub struct Proposer {
    writer: Arc<Mutex<Option<UnixStream>>>,
}

impl Recorder for Proposer {
    fn append(&mut self, record: &Record) -> Result<Saved, String> {
        let mut writer = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(stream) = writer.as_mut() else {
            return Err("the meeting's host is gone; this screen joins again by itself".into());
        };
        stream
            .write_all(line(&ToHost::Propose(record.clone())).as_bytes())
            .map_err(|e| {
                format!(
                    "the meeting's host is gone ({})",
                    crate::store::io_message(&e)
                )
            })?;
        Ok(Saved::Later)
    }
}
