//! The host's side: it listens on the meeting's socket, hands each screen that says hello to the
//! app (whose one dispatch welcomes it), streams a new screen the journal so far from the file,
//! hands what screens propose to the app (which checks and records it), and sends every durable
//! record to every screen. A screen that stops reading is dropped, never waited for: each has a
//! bounded queue and a write timeout, and a full queue closes its connection. The host takes at
//! most `max_screens` screens at once and tells the next one so.

use std::collections::HashMap;
use std::io::{BufReader, Read as _, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Sender, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use super::error::ListenError;
use super::protocol::{
    AnyHello, Goodbye, MAX_LINE, PROTOCOL, Proposal, Read, ToHost, ToScreen, Welcome, line,
    other_protocol, read_line,
};
use super::registry::{About, Place};
use crate::agenda::Seat;
use crate::app::{Input, Message, Refusal};
use crate::meeting::{ProposalId, Record};

/// How many messages may wait for a screen before it counts as stuck and is dropped.
pub const QUEUE: usize = 1024;

/// How many screens a host takes at once unless `--max-screens` says otherwise.
pub const MAX_SCREENS: usize = 64;

/// A screen that has not taken a byte for this long has stopped reading: it is closed.
const WRITE_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a host that quits waits for its goodbyes to reach the screens.
const GOODBYE_WAIT: Duration = Duration::from_secs(1);

/// What the host needs to serve a meeting's screens.
#[derive(Debug, Clone)]
pub struct Hosting {
    pub journal: PathBuf,
    /// The journal's first lines, for a journal not made yet (nothing recorded): the header,
    /// then the link to the last meeting if there is one.
    pub header_line: String,
    pub about: About,
    pub max_screens: usize,
}

/// Something queued for one screen's writer.
enum Outgoing {
    Line(Arc<str>),
    /// The journal so far, read from the file by the writer itself: no screen's copy of the
    /// journal is ever held in memory.
    Journal(Source),
}

enum Source {
    /// The file's first `bytes` (it only grows, so they stay as they were).
    File { path: PathBuf, bytes: u64 },
    /// Not made yet: its first lines as text.
    Text(Arc<str>),
}

/// One joined screen, as the host keeps it.
struct Joined {
    seat: Seat,
    /// Its writer's queue, from its welcome on: it has the journal so far and is sent every
    /// record. A screen that leaves before it is welcomed never costs a thread.
    queue: Option<SyncSender<Outgoing>>,
    stream: UnixStream,
    /// What was to be said to it before its welcome (a refusal of something sent too soon).
    early: Vec<Arc<str>>,
}

impl Joined {
    /// Queue a line for this screen; false when its queue is full (it has stopped reading).
    fn say(&mut self, text: Arc<str>) -> bool {
        match &self.queue {
            Some(queue) => !matches!(
                queue.try_send(Outgoing::Line(text)),
                Err(TrySendError::Full(_))
            ),
            None => {
                if self.early.len() < EARLY {
                    self.early.push(text);
                }
                true
            }
        }
    }
}

/// At most this many lines wait for a screen's welcome.
const EARLY: usize = 16;

/// What the listener's threads and the host share.
#[derive(Default)]
struct Shared {
    screens: Mutex<HashMap<u64, Joined>>,
    /// Writer threads still running (the host waits for them to say goodbye).
    writers: AtomicUsize,
}

/// The host's socket, listening while the meeting screen runs.
pub struct Server {
    place: Place,
    journal: PathBuf,
    header_line: String,
    welcome: Arc<str>,
    shared: Arc<Shared>,
    inbox: Sender<Input>,
    /// The screens were told the host closed the meeting.
    closed: bool,
}

impl Server {
    /// Listen for the screens of the meeting; what they send goes to `inbox`. Refused when
    /// another cochair already hosts this meeting.
    pub fn start(
        place: Place,
        hosting: Hosting,
        inbox: Sender<Input>,
    ) -> Result<Server, ListenError> {
        if place.socket.exists() {
            if UnixStream::connect(&place.socket).is_ok() {
                return Err(ListenError::AlreadyHosted {
                    journal: hosting.journal,
                    by: super::registry::host_of(&place),
                });
            }
            // Left by a host that was killed: nobody answers on it.
            let _ = std::fs::remove_file(&place.socket);
        }
        let listener = UnixListener::bind(&place.socket).map_err(|error| ListenError::Socket {
            socket: place.socket.clone(),
            error,
        })?;
        private(&place.socket);
        let note = serde_json::to_string(&hosting.about).unwrap_or_default();
        let _ = crate::store::files::write_atomically(&place.note, note.as_bytes());
        let shared: Arc<Shared> = Arc::default();
        let (listening, inbox_for_listener) = (Arc::clone(&shared), inbox.clone());
        let max = hosting.max_screens;
        std::thread::spawn(move || listen(&listener, &listening, &inbox_for_listener, max));
        let welcome = ToScreen::Welcome(Welcome {
            protocol: PROTOCOL,
            title: hosting.about.title.clone(),
            rehearsal: hosting.about.rehearsal,
        });
        Ok(Server {
            place,
            journal: hosting.journal,
            header_line: hosting.header_line,
            welcome: line(&welcome).into(),
            shared,
            inbox,
            closed: false,
        })
    }

    /// Where the meeting's screens find it.
    pub fn socket(&self) -> &Path {
        &self.place.socket
    }

    /// The socket and the note, which nothing may leave behind.
    pub fn place(&self) -> &Place {
        &self.place
    }

    /// Send a durable record to every screen that has the journal so far.
    pub fn broadcast(&self, record: &Record) {
        let text: Arc<str> = line(&ToScreen::Record(record.clone())).into();
        let mut screens = lock(&self.shared);
        let stuck: Vec<u64> = screens
            .iter_mut()
            .filter(|(_, s)| s.queue.is_some())
            .filter_map(|(id, s)| (!s.say(Arc::clone(&text))).then_some(*id))
            .collect();
        for id in stuck {
            if let Some(screen) = screens.remove(&id) {
                let _ = screen.stream.shutdown(std::net::Shutdown::Both);
                let _ = self
                    .inbox
                    .send(Input::Message(Message::ScreenLeft { screen: id }));
            }
        }
    }

    /// Tell one screen why what it proposed was not recorded.
    pub fn refuse(&self, screen: u64, id: Option<ProposalId>, why: &Refusal) {
        if let Some(s) = lock(&self.shared).get_mut(&screen) {
            let refused = ToScreen::Refused {
                id,
                why: why.clone(),
            };
            s.say(line(&refused).into());
        }
    }

    /// Send a screen that has just joined its welcome and the journal so far; from then on it
    /// is sent every record. Called on the thread that writes the journal, so no record is
    /// missed or sent twice; the journal itself is read from the file by the screen's writer,
    /// started now (a screen already gone costs nothing more).
    pub fn welcome(&self, screen: u64) {
        let mut screens = lock(&self.shared);
        let Some(s) = screens.get_mut(&screen).filter(|s| s.queue.is_none()) else {
            return;
        };
        let Some(queue) = start_writer(&s.stream, &self.shared) else {
            return;
        };
        let source = match std::fs::metadata(&self.journal) {
            Ok(meta) if meta.len() > 0 => Source::File {
                path: self.journal.clone(),
                bytes: meta.len(),
            },
            _ => Source::Text(format!("{}\n", self.header_line).into()),
        };
        let _ = queue.try_send(Outgoing::Line(Arc::clone(&self.welcome)));
        let _ = queue.try_send(Outgoing::Journal(source));
        for text in s.early.drain(..) {
            let _ = queue.try_send(Outgoing::Line(text));
        }
        s.queue = Some(queue);
    }

    /// The screens joined now, by seat.
    pub fn seats(&self) -> Vec<Seat> {
        lock(&self.shared).values().map(|s| s.seat).collect()
    }

    /// The host quits: every screen is told the meeting was closed (and when), not lost, and
    /// the host waits a moment for the goodbyes to be written.
    pub fn close(&mut self, at: DateTime<Utc>) {
        let bye: Arc<str> = line(&ToScreen::Bye(Goodbye::ClosedByHost { at })).into();
        let screens: Vec<Joined> = lock(&self.shared).drain().map(|(_, s)| s).collect();
        for screen in &screens {
            match &screen.queue {
                Some(queue) => {
                    let _ = queue.try_send(Outgoing::Line(Arc::clone(&bye)));
                }
                // Not welcomed yet: it is still waiting for its first line.
                None => self::bye(&screen.stream, &bye),
            }
        }
        // With their queues gone, the writers write what is left and close.
        drop(screens);
        let deadline = Instant::now() + GOODBYE_WAIT;
        while self.shared.writers.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        self.closed = true;
    }
}

impl Drop for Server {
    /// The meeting is no longer open here: its socket and note go. Screens not told the host
    /// closed the meeting find their connection cut, as when a host vanishes.
    fn drop(&mut self) {
        if !self.closed {
            for (_, screen) in lock(&self.shared).drain() {
                let _ = screen.stream.shutdown(std::net::Shutdown::Both);
            }
        }
        let _ = std::fs::remove_file(&self.place.socket);
        let _ = std::fs::remove_file(&self.place.note);
    }
}

fn lock(shared: &Shared) -> std::sync::MutexGuard<'_, HashMap<u64, Joined>> {
    shared
        .screens
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
}

/// Only the owner may connect to the socket (its folder is private too).
fn private(socket: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(socket, std::fs::Permissions::from_mode(0o600));
}

fn listen(listener: &UnixListener, shared: &Arc<Shared>, inbox: &Sender<Input>, max: usize) {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    for stream in listener.incoming().flatten() {
        let id = NEXT.fetch_add(1, Ordering::Relaxed);
        let (shared, inbox) = (Arc::clone(shared), inbox.clone());
        std::thread::spawn(move || serve(stream, id, &shared, &inbox, max));
    }
}

/// Say goodbye to a screen that has not joined, and close.
fn bye(mut stream: &UnixStream, text: &str) {
    let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
    let _ = stream.write_all(text.as_bytes());
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// Why a screen's first line is not taken.
enum BadHello {
    /// A hello of another protocol: its version.
    OtherProtocol(u32),
    /// Not a hello at all.
    NoHello,
}

impl BadHello {
    /// The goodbye line that closes the screen, in words its version understands.
    fn goodbye(&self) -> String {
        match self {
            BadHello::OtherProtocol(version) => other_protocol(*version),
            BadHello::NoHello => line(&ToScreen::Bye(Goodbye::NoHello)),
        }
    }
}

/// The hello a screen opens with, or why it is not one.
fn hello(reader: &mut BufReader<UnixStream>) -> Result<super::protocol::Hello, BadHello> {
    let Ok(Read::Line(text)) = read_line(reader, MAX_LINE) else {
        return Err(BadHello::NoHello);
    };
    // The version first, whatever else a hello of another version holds.
    match serde_json::from_str::<AnyHello>(&text) {
        Ok(any) if any.hello.protocol != PROTOCOL => {
            return Err(BadHello::OtherProtocol(any.hello.protocol));
        }
        Ok(_) => {}
        Err(_) => return Err(BadHello::NoHello),
    }
    match serde_json::from_str::<ToHost>(&text) {
        Ok(ToHost::Hello(hello)) => Ok(hello),
        _ => Err(BadHello::NoHello),
    }
}

/// One screen's connection, from its hello to its end.
fn serve(stream: UnixStream, id: u64, shared: &Arc<Shared>, inbox: &Sender<Input>, max: usize) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let Ok(reading) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(reading);
    let hello = match hello(&mut reader) {
        Ok(hello) => hello,
        Err(bad) => return bye(&stream, &bad.goodbye()),
    };
    let _ = stream.set_read_timeout(None);
    {
        let mut screens = lock(shared);
        if screens.len() >= max {
            drop(screens);
            return bye(
                &stream,
                &line(&ToScreen::Bye(Goodbye::TooManyScreens { max })),
            );
        }
        let Ok(kept) = stream.try_clone() else {
            return;
        };
        let joined = Joined {
            seat: hello.seat,
            queue: None,
            stream: kept,
            early: Vec::new(),
        };
        screens.insert(id, joined);
    }
    let kind = hello.seat.screen(hello.room);
    let joined = Message::ScreenJoined { screen: id, kind };
    if inbox.send(Input::Message(joined)).is_err() {
        return;
    }
    read_proposals(&mut reader, id, hello.seat, shared, inbox);
    // With its queue gone, its writer sends what is left (a bye, perhaps) and closes.
    if lock(shared).remove(&id).is_some() {
        let _ = inbox.send(Input::Message(Message::ScreenLeft { screen: id }));
    }
}

/// A thread that writes what is queued for a screen. When the queue is dropped (the screen
/// left or was sent away), it writes what is still queued, then closes the connection.
fn start_writer(stream: &UnixStream, shared: &Arc<Shared>) -> Option<SyncSender<Outgoing>> {
    let mut writing = stream.try_clone().ok()?;
    let _ = writing.set_write_timeout(Some(WRITE_TIMEOUT));
    let (queue, waiting) = sync_channel::<Outgoing>(QUEUE);
    let shared = Arc::clone(shared);
    shared.writers.fetch_add(1, Ordering::SeqCst);
    std::thread::spawn(move || {
        for outgoing in waiting {
            let written = match outgoing {
                Outgoing::Line(text) => writing.write_all(text.as_bytes()),
                Outgoing::Journal(source) => send_journal(&mut writing, source),
            };
            if written.is_err() {
                break;
            }
        }
        let _ = writing.shutdown(std::net::Shutdown::Both);
        shared.writers.fetch_sub(1, Ordering::SeqCst);
    });
    Some(queue)
}

/// The journal so far, framed by its length, then `live`. From the file, it is copied in
/// pieces (by the kernel where it can), never read whole.
fn send_journal(out: &mut UnixStream, source: Source) -> std::io::Result<()> {
    match source {
        Source::File { path, bytes } => {
            out.write_all(line(&ToScreen::Journal { bytes }).as_bytes())?;
            let file = std::fs::File::open(path)?;
            let copied = std::io::copy(&mut file.take(bytes), out)?;
            // Said to no one: the screen finds its journal short and says so in its language.
            if copied != bytes {
                return Err(std::io::Error::other("the journal was cut short"));
            }
        }
        Source::Text(text) => {
            let bytes = text.len() as u64;
            out.write_all(line(&ToScreen::Journal { bytes }).as_bytes())?;
            out.write_all(text.as_bytes())?;
        }
    }
    out.write_all(line(&ToScreen::Live).as_bytes())
}

/// What a joined screen sends: proposals go to the app; anything else is refused with a reason;
/// a line too long closes the connection.
fn read_proposals(
    reader: &mut BufReader<UnixStream>,
    screen: u64,
    seat: Seat,
    shared: &Shared,
    inbox: &Sender<Input>,
) {
    let say = |text: String| {
        if let Some(s) = lock(shared).get_mut(&screen) {
            s.say(text.into());
        }
    };
    let refuse = |why| say(line(&ToScreen::Refused { id: None, why }));
    loop {
        let text = match read_line(reader, MAX_LINE) {
            Ok(Read::Line(text)) => text,
            Ok(Read::TooLong) => {
                let why = Goodbye::LineTooLong {
                    max_kib: MAX_LINE / 1024,
                };
                let text = line(&ToScreen::Bye(why));
                match lock(shared).get_mut(&screen) {
                    Some(s) if s.queue.is_some() => {
                        s.say(text.into());
                    }
                    Some(s) => bye(&s.stream, &text),
                    None => {}
                }
                return;
            }
            Ok(Read::Closed) | Err(_) => return,
        };
        match serde_json::from_str::<ToHost>(&text) {
            Ok(ToHost::Propose(Proposal { id, event })) => {
                let proposal = Message::Proposal {
                    screen,
                    seat,
                    id,
                    event,
                };
                if inbox.send(Input::Message(proposal)).is_err() {
                    return;
                }
            }
            Ok(ToHost::Hello(_)) => refuse(Refusal::AlreadyJoined),
            Err(_) => refuse(Refusal::NotUnderstood),
        }
    }
}
