//! The host's side: it listens on the meeting's socket, greets each screen that joins with the
//! journal so far, hands what screens send to the app (which checks and records it), and sends
//! every durable record to every screen. A screen that stops reading is dropped, never waited
//! for: each has a bounded queue, and a full queue closes its connection.

use std::collections::HashMap;
use std::io::{BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Sender, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use super::protocol::{MAX_LINE, PROTOCOL, Read, ToHost, ToScreen, line, read_line};
use super::registry::{About, Place};
use crate::app::{Input, Role};
use crate::meeting::Record;

/// How many messages may wait for a screen before it counts as stuck and is dropped.
pub const QUEUE: usize = 1024;

/// One joined screen, as the host keeps it.
struct Joined {
    role: Role,
    queue: SyncSender<Arc<str>>,
    stream: UnixStream,
    /// Sent the journal so far: from now on it is sent every record.
    live: bool,
}

type Screens = Arc<Mutex<HashMap<u64, Joined>>>;

/// The host's socket, listening while the meeting screen runs.
pub struct Server {
    place: Place,
    journal: PathBuf,
    /// The journal's first lines, for a journal not made yet (nothing recorded): the header,
    /// then the link to the last meeting if there is one.
    header_line: String,
    screens: Screens,
    inbox: Sender<Input>,
}

impl Server {
    /// Listen for the screens of the meeting whose journal is `journal`; what they send goes to
    /// `inbox`. Refused when another cochair already hosts this meeting.
    pub fn start(
        place: Place,
        journal: &Path,
        header_line: String,
        about: &About,
        inbox: Sender<Input>,
    ) -> Result<Server, String> {
        if place.socket.exists() {
            if UnixStream::connect(&place.socket).is_ok() {
                return Err(format!(
                    "{}: this meeting is already open in another cochair; join it with `cochair join --journal {}`",
                    journal.display(),
                    journal.display()
                ));
            }
            // Left by a host that was killed: nobody answers on it.
            let _ = std::fs::remove_file(&place.socket);
        }
        let listener = UnixListener::bind(&place.socket).map_err(|e| {
            format!(
                "{}: {}",
                place.socket.display(),
                crate::store::io_message(&e)
            )
        })?;
        private(&place.socket);
        let note = serde_json::to_string(about).unwrap_or_default();
        let _ = crate::store::files::write_atomically(&place.note, note.as_bytes());
        let screens: Screens = Arc::default();
        let title = about.title.clone();
        let (listening, inbox_for_listener) = (Arc::clone(&screens), inbox.clone());
        std::thread::spawn(move || listen(&listener, &listening, &inbox_for_listener, &title));
        Ok(Server {
            place,
            journal: journal.to_path_buf(),
            header_line,
            screens,
            inbox,
        })
    }

    /// Where the meeting's screens find it.
    pub fn socket(&self) -> &Path {
        &self.place.socket
    }

    /// Send a durable record to every screen that has the journal so far.
    pub fn broadcast(&self, record: &Record) {
        let text: Arc<str> = line(&ToScreen::Record(record.clone())).into();
        let mut screens = lock(&self.screens);
        let stuck: Vec<u64> = screens
            .iter()
            .filter(|(_, s)| s.live)
            .filter(|(_, s)| {
                matches!(
                    s.queue.try_send(Arc::clone(&text)),
                    Err(TrySendError::Full(_))
                )
            })
            .map(|(id, _)| *id)
            .collect();
        for id in stuck {
            if let Some(screen) = screens.remove(&id) {
                let _ = screen.stream.shutdown(std::net::Shutdown::Both);
                let _ = self.inbox.send(Input::ScreenLeft(id));
            }
        }
    }

    /// Tell one screen why what it sent was refused.
    pub fn refuse(&self, screen: u64, reason: &str) {
        if let Some(s) = lock(&self.screens).get(&screen) {
            let _ = s
                .queue
                .try_send(line(&ToScreen::Refused(reason.to_owned())).into());
        }
    }

    /// Send a screen that has just joined the journal so far (read now, on the thread that
    /// writes the journal, so no record is missed or sent twice), then mark it live.
    pub fn welcome(&self, screen: u64) {
        let text = std::fs::read_to_string(&self.journal).unwrap_or_default();
        let mut lines: Vec<&str> = text.lines().collect();
        if lines.is_empty() {
            // Not made yet: the header, and the records the journal will be made with.
            lines.extend(self.header_line.lines());
        }
        let mut history = line(&ToScreen::Journal { lines: lines.len() });
        for l in lines {
            history.push_str(l);
            history.push('\n');
        }
        history.push_str(&line(&ToScreen::Live));
        if let Some(s) = lock(&self.screens).get_mut(&screen) {
            s.live = s.queue.try_send(history.into()).is_ok();
        }
    }

    /// The screens joined now, by role.
    pub fn roles(&self) -> Vec<Role> {
        lock(&self.screens).values().map(|s| s.role).collect()
    }
}

impl Drop for Server {
    /// The meeting is no longer open here: its socket and note go, and its screens hear so.
    fn drop(&mut self) {
        for (_, screen) in lock(&self.screens).drain() {
            let _ = screen.stream.shutdown(std::net::Shutdown::Both);
        }
        let _ = std::fs::remove_file(&self.place.socket);
        let _ = std::fs::remove_file(&self.place.note);
    }
}

fn lock(screens: &Screens) -> std::sync::MutexGuard<'_, HashMap<u64, Joined>> {
    screens.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Only the owner may connect to the socket (its folder is private too).
fn private(socket: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(socket, std::fs::Permissions::from_mode(0o600));
}

fn listen(listener: &UnixListener, screens: &Screens, inbox: &Sender<Input>, title: &str) {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    for stream in listener.incoming().flatten() {
        let id = NEXT.fetch_add(1, Ordering::Relaxed);
        let (screens, inbox, title) = (Arc::clone(screens), inbox.clone(), title.to_owned());
        std::thread::spawn(move || serve(stream, id, &screens, &inbox, &title));
    }
}

/// Say something to a screen that has not joined, and close.
fn bye(mut stream: &UnixStream, why: &str) {
    let _ = stream.write_all(line(&ToScreen::Bye(why.to_owned())).as_bytes());
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// One screen's connection, from its hello to its end.
fn serve(stream: UnixStream, id: u64, screens: &Screens, inbox: &Sender<Input>, title: &str) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let Ok(reading) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(reading);
    let role = match read_line(&mut reader, MAX_LINE) {
        Ok(Read::Line(text)) => match serde_json::from_str::<ToHost>(&text) {
            Ok(ToHost::Hello { protocol, role }) if protocol == PROTOCOL => role,
            Ok(ToHost::Hello { protocol, .. }) => {
                return bye(
                    &stream,
                    &format!(
                        "this host speaks protocol {PROTOCOL}, the screen {protocol}: use the same cochair on both"
                    ),
                );
            }
            _ => return bye(&stream, "a screen starts with hello"),
        },
        _ => return bye(&stream, "a screen starts with hello"),
    };
    let _ = stream.set_read_timeout(None);
    let Some(queue) = start_writer(&stream) else {
        return;
    };
    let welcome = ToScreen::Welcome {
        protocol: PROTOCOL,
        title: title.to_owned(),
    };
    let _ = queue.try_send(line(&welcome).into());
    let Ok(kept) = stream.try_clone() else {
        return;
    };
    lock(screens).insert(
        id,
        Joined {
            role,
            queue: queue.clone(),
            stream: kept,
            live: false,
        },
    );
    if inbox.send(Input::ScreenJoined(id)).is_err() {
        return;
    }
    read_proposals(&mut reader, id, role, &queue, inbox);
    // With its queues gone, the writer sends what is left (a bye, perhaps) and closes.
    if lock(screens).remove(&id).is_some() {
        let _ = inbox.send(Input::ScreenLeft(id));
    }
}

/// A screen that has not taken a byte for this long has stopped reading: it is closed.
const WRITE_TIMEOUT: Duration = Duration::from_secs(5);

/// A thread that writes what is queued for a screen. When the queue is dropped (the screen
/// left or was sent away), it writes what is still queued, then closes the connection.
fn start_writer(stream: &UnixStream) -> Option<SyncSender<Arc<str>>> {
    let mut writing = stream.try_clone().ok()?;
    let _ = writing.set_write_timeout(Some(WRITE_TIMEOUT));
    let (queue, waiting) = sync_channel::<Arc<str>>(QUEUE);
    std::thread::spawn(move || {
        for text in waiting {
            if writing.write_all(text.as_bytes()).is_err() {
                break;
            }
        }
        let _ = writing.shutdown(std::net::Shutdown::Both);
    });
    Some(queue)
}

/// What a joined screen sends: proposals go to the app; anything else is refused with a reason;
/// a line too long closes the connection.
fn read_proposals(
    reader: &mut BufReader<UnixStream>,
    id: u64,
    role: Role,
    queue: &SyncSender<Arc<str>>,
    inbox: &Sender<Input>,
) {
    loop {
        let text = match read_line(reader, MAX_LINE) {
            Ok(Read::Line(text)) => text,
            Ok(Read::TooLong) => {
                let why = format!("a line longer than {} KiB; closing", MAX_LINE / 1024);
                let _ = queue.try_send(line(&ToScreen::Bye(why)).into());
                return;
            }
            Ok(Read::Closed) | Err(_) => return,
        };
        match serde_json::from_str::<ToHost>(&text) {
            Ok(ToHost::Propose(record)) => {
                let proposal = Input::Proposal {
                    screen: id,
                    role,
                    record,
                };
                if inbox.send(proposal).is_err() {
                    return;
                }
            }
            Ok(ToHost::Hello { .. }) => {
                let _ = queue.try_send(line(&ToScreen::Refused("already joined".into())).into());
            }
            Err(_) => {
                let why = "not understood: a screen sends hello, then proposals";
                let _ = queue.try_send(line(&ToScreen::Refused(why.into())).into());
            }
        }
    }
}
