//! The page's server: it listens on the room's network, answers each request on a thread of
//! its own, keeps a copy of the meeting folded from the host's durable records (the same
//! records every joined screen gets), and sends each open page the parts that changed. What a
//! member asks for goes to the host's one dispatch, as a joined screen's proposal does; the
//! server never writes the journal. A page that stops reading is dropped, never waited for.

use std::collections::HashMap;
use std::io::Write;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, SyncSender, TrySendError, channel};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::Utc;

use super::claim::{Claim, Claims};
use super::http::{Response, head};
use super::page;
use super::said::Outcome;
use super::view::{Shared, You};
use crate::app::{Input, Message, Refusal};
use crate::lang::Lang;
use crate::meeting::{Event, Meeting, ProposalId, Record};
use crate::tr;

/// Past this many open pages, a new one is answered 503.
pub const MAX_PAGES: usize = 300;
/// Connections at once, pages and form posts together; past it, 503 at once.
const MAX_CONNECTIONS: usize = MAX_PAGES + 64;
/// Parts that may wait for one page before it counts as stuck and is dropped.
const QUEUE: usize = 64;
/// A page that has not taken a byte for this long has stopped reading.
pub(super) const WRITE_TIMEOUT: Duration = Duration::from_secs(5);
/// A comment sent to an idle page, so it and any proxy know the stream is alive.
const KEEP_ALIVE: Duration = Duration::from_secs(20);
/// Reasons such as "waited 4 min" change with time alone: looked at this often while pages
/// are open and hands wait.
const LOOK_AGAIN: Duration = Duration::from_secs(5);
/// Each request's thread needs little: the page is made on the heap.
const STACK: usize = 128 * 1024;
/// The ids of members' devices, apart from those of joined screens.
const FIRST_PAGE_ID: u64 = 1 << 48;

/// One open page.
struct Stream {
    queue: SyncSender<Arc<str>>,
    socket: TcpStream,
    claim: Option<Claim>,
    /// The language it is read in.
    lang: Lang,
    /// Its own part as last sent.
    you: You,
}

/// The meeting as the page knows it, and the parts as last sent, in each language the page
/// speaks.
pub(super) struct State {
    pub meeting: Meeting,
    shared: Vec<Shared>,
}

impl State {
    fn new(meeting: Meeting) -> State {
        let shared = every_language(&meeting, Utc::now());
        State { meeting, shared }
    }

    /// The parts as last sent, in `lang`.
    pub fn shared(&self, lang: Lang) -> &Shared {
        self.shared
            .iter()
            .find(|s| s.lang == lang)
            .unwrap_or(&self.shared[0])
    }
}

/// The parts of the page in each language it speaks.
fn every_language(meeting: &Meeting, now: chrono::DateTime<Utc>) -> Vec<Shared> {
    page::LANGUAGES
        .iter()
        .map(|&lang| Shared::of(meeting, now, lang))
        .collect()
}

/// What every thread of the server shares.
pub(super) struct Inner {
    /// `/m/TOKEN`.
    pub base: String,
    pub token: String,
    pub claims: Claims,
    pub inbox: Sender<Input>,
    pub state: Mutex<State>,
    streams: Mutex<HashMap<u64, Stream>>,
    /// The devices waiting for the host's answer, by their proposal's id.
    pending: Mutex<HashMap<u32, SyncSender<Outcome>>>,
    /// This server's key in its proposals' ids, drawn when it starts, so a host started again
    /// never repeats an id the journal holds; and the count of its proposals.
    key: u64,
    proposals: AtomicU32,
    /// Messages for devices without the script, by the nonce in the address they are sent to.
    pub said: Mutex<Vec<(String, String)>>,
    /// When each member's device last moved a hand.
    pub last_hand: Mutex<HashMap<String, std::time::Instant>>,
    connections: AtomicUsize,
    next_id: AtomicU64,
    stopped: AtomicBool,
}

/// The members' page, served while the host runs.
pub struct Server {
    inner: Arc<Inner>,
    records: Option<Sender<Record>>,
    address: SocketAddr,
    url: String,
}

impl Server {
    /// Serve the page on `listener` for the meeting as it is now; what members ask for goes to
    /// `inbox`. `origin` is the address phones use (`http://ADDR:PORT`).
    pub fn start(
        listener: TcpListener,
        origin: &str,
        token: &str,
        claims: Claims,
        meeting: Meeting,
        inbox: Sender<Input>,
    ) -> Result<Server, super::MembersError> {
        let address = listener.local_addr().map_err(super::MembersError::System)?;
        let base = format!("/m/{token}");
        let inner = Arc::new(Inner {
            base: base.clone(),
            token: token.to_owned(),
            claims,
            inbox,
            state: Mutex::new(State::new(meeting)),
            streams: Mutex::default(),
            pending: Mutex::default(),
            key: random_key(),
            proposals: AtomicU32::new(1),
            said: Mutex::default(),
            last_hand: Mutex::default(),
            connections: AtomicUsize::new(0),
            next_id: AtomicU64::new(FIRST_PAGE_ID),
            stopped: AtomicBool::new(false),
        });
        let (records, incoming) = channel();
        let accepting = Arc::clone(&inner);
        std::thread::Builder::new()
            .name("page: accept".into())
            .spawn(move || accept(&listener, &accepting))
            .map_err(super::MembersError::System)?;
        let following = Arc::clone(&inner);
        std::thread::Builder::new()
            .name("page: follow".into())
            .spawn(move || follow(&incoming, &following))
            .map_err(super::MembersError::System)?;
        Ok(Server {
            inner,
            records: Some(records),
            address,
            url: format!("{origin}{base}"),
        })
    }

    /// The page's address, for the QR code and the wall.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Where the server listens.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// A record is durable: fold it into the page's meeting and tell the pages what changed.
    pub fn broadcast(&self, record: &Record) {
        if let Some(records) = &self.records {
            let _ = records.send(record.clone());
        }
    }

    /// Whether `id` is one of this server's devices (and not a joined screen).
    pub fn owns(&self, id: u64) -> bool {
        id >= FIRST_PAGE_ID
    }

    /// The host refused what device `page` asked for: tell it why (it says it in its
    /// member's words and language).
    pub fn refuse(&self, page: u64, why: &Refusal) {
        let n = u32::try_from(page.saturating_sub(FIRST_PAGE_ID)).unwrap_or(0);
        if let Some(answer) = lock(&self.inner.pending).remove(&n) {
            let _ = answer.try_send(Outcome::Refused(why.clone()));
        }
    }

    /// How many pages are open now.
    pub fn pages(&self) -> usize {
        lock(&self.inner.streams).len()
    }
}

impl Drop for Server {
    /// The host is closing: the pages are told nothing more and their connections close (they
    /// come back by themselves when a host serves the page again).
    fn drop(&mut self) {
        self.inner.stopped.store(true, Ordering::SeqCst);
        self.records = None;
        for (_, stream) in lock(&self.inner.streams).drain() {
            let _ = stream.socket.shutdown(std::net::Shutdown::Both);
        }
        // Wake the thread waiting for connections, so it sees the server has stopped (on this
        // machine's own loopback only; otherwise it ends with the process, which is leaving).
        let ip = self.address.ip();
        if ip.is_loopback() || ip.is_unspecified() {
            let to = match ip.is_unspecified() {
                true => std::net::Ipv4Addr::LOCALHOST.into(),
                false => ip,
            };
            let wake = SocketAddr::new(to, self.address.port());
            let _ = TcpStream::connect_timeout(&wake, Duration::from_millis(200));
        }
    }
}

/// A random key for this server's proposals (the time, should the system have no randomness).
fn random_key() -> u64 {
    let mut bytes = [0u8; 8];
    match getrandom::fill(&mut bytes) {
        Ok(()) => u64::from_le_bytes(bytes),
        Err(_) => Utc::now()
            .timestamp_nanos_opt()
            .unwrap_or_default()
            .unsigned_abs(),
    }
}

pub(super) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Take connections until the server stops: each on its own thread, or 503 past the limit.
fn accept(listener: &TcpListener, inner: &Arc<Inner>) {
    for connection in listener.incoming() {
        if inner.stopped.load(Ordering::SeqCst) {
            return;
        }
        let Ok(mut connection) = connection else {
            continue;
        };
        if inner.connections.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            inner.connections.fetch_sub(1, Ordering::SeqCst);
            let _ = connection.set_write_timeout(Some(Duration::from_millis(500)));
            // Nothing of the request is read yet, so nor is its language.
            let _ = busy(Lang::En).write_to(&mut connection);
            continue;
        }
        let serving = Arc::clone(inner);
        let spawned = std::thread::Builder::new()
            .name("page: request".into())
            .stack_size(STACK)
            .spawn(move || {
                super::routes::answer(connection, &serving);
                serving.connections.fetch_sub(1, Ordering::SeqCst);
            });
        if spawned.is_err() {
            inner.connections.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

/// 503, in words.
pub(super) fn busy(lang: Lang) -> Response {
    Response::text(503, &tr!(lang, "members-busy"))
}

impl Inner {
    /// A new id for a device's request.
    pub fn next_id(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }

    /// Hand `event` to the host's dispatch for device `id` acting for `person`, and wait for
    /// what the host makes of it.
    pub fn propose(&self, person: &str, event: Event) -> Outcome {
        let n = self.proposals.fetch_add(1, Ordering::Relaxed);
        let (answer, outcome) = std::sync::mpsc::sync_channel(1);
        lock(&self.pending).insert(n, answer);
        let asked = Input::Message(Message::PageProposal {
            page: FIRST_PAGE_ID + u64::from(n),
            id: ProposalId {
                screen: self.key,
                n,
            },
            person: person.to_owned(),
            event,
        });
        if self.inbox.send(asked).is_err() {
            lock(&self.pending).remove(&n);
            return Outcome::HostClosed;
        }
        match outcome.recv_timeout(Duration::from_secs(5)) {
            Ok(outcome) => outcome,
            Err(_) => {
                lock(&self.pending).remove(&n);
                Outcome::HostSilent
            }
        }
    }

    /// Open the live stream of one page, in `lang`: every part now, then the parts that
    /// change.
    pub fn open_stream(
        &self,
        mut socket: TcpStream,
        claim: Option<Claim>,
        lang: Lang,
    ) -> Option<(u64, Receiver<Arc<str>>, TcpStream)> {
        let state = lock(&self.state);
        let mut streams = lock(&self.streams);
        if streams.len() >= MAX_PAGES {
            prune_closed(&mut streams);
        }
        if streams.len() >= MAX_PAGES {
            let _ = busy(lang).write_to(&mut socket);
            return None;
        }
        let shared = state.shared(lang);
        let you = shared.you(&state.meeting, held(claim.as_ref()));
        let now = Utc::now().timestamp_millis();
        let mut first = format!("{}\r\n", head(200, "text/event-stream; charset=utf-8"));
        first.push_str("retry: 2000\n\n");
        for name in page::PARTS {
            let html = page::part(name, shared, &you, &self.base, now);
            first.push_str(&event(name, now, &html));
        }
        let id = self.next_id();
        let (queue, parts) = std::sync::mpsc::sync_channel(QUEUE);
        let _ = queue.try_send(Arc::from(first));
        let kept = socket.try_clone().ok()?;
        streams.insert(
            id,
            Stream {
                queue,
                socket: kept,
                claim,
                lang,
                you,
            },
        );
        Some((id, parts, socket))
    }

    /// The stream of `id` ended.
    pub fn close_stream(&self, id: u64) {
        lock(&self.streams).remove(&id);
    }
}

/// Pages whose reader has gone, found by looking (a page that went quietly is otherwise only
/// noticed at the next keep-alive): their places come free at once.
fn prune_closed(streams: &mut HashMap<u64, Stream>) {
    let mut byte = [0u8; 1];
    streams.retain(|_, stream| {
        let _ = stream
            .socket
            .set_read_timeout(Some(Duration::from_millis(1)));
        let gone = matches!(stream.socket.peek(&mut byte), Ok(0));
        if gone {
            let _ = stream.socket.shutdown(std::net::Shutdown::Both);
        }
        !gone
    });
}

fn held(claim: Option<&Claim>) -> Option<(&str, u32)> {
    claim.map(|c| (c.person.as_str(), c.number))
}

/// One part as a server-sent event: its name, the host's time, and its HTML.
fn event(name: &str, now_ms: i64, html: &str) -> String {
    let mut text = format!("event: {name}\ndata: {now_ms}\n");
    for line in html.lines() {
        text.push_str("data: ");
        text.push_str(line);
        text.push('\n');
    }
    text.push('\n');
    text
}

/// Write what is queued for one page, with a keep-alive when it is quiet, until it is closed
/// or stops reading.
pub(super) fn feed(parts: &Receiver<Arc<str>>, socket: &mut TcpStream) {
    let _ = socket.set_write_timeout(Some(WRITE_TIMEOUT));
    loop {
        let text = match parts.recv_timeout(KEEP_ALIVE) {
            Ok(text) => text,
            Err(RecvTimeoutError::Timeout) => Arc::from(": keep-alive\n\n"),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if socket
            .write_all(text.as_bytes())
            .and_then(|()| socket.flush())
            .is_err()
        {
            return;
        }
    }
}

/// Fold the host's records into the page's meeting as they come, answer the devices waiting
/// for them, and send each page what changed; between records, look again now and then.
fn follow(records: &Receiver<Record>, inner: &Inner) {
    loop {
        match records.recv_timeout(LOOK_AGAIN) {
            Ok(record) => {
                let mut state = lock(&inner.state);
                let _ = state.meeting.apply(&record);
                answered(inner, &record);
                fan_out(inner, &mut state);
            }
            Err(RecvTimeoutError::Timeout) => {
                // Only the waiting hands' reasons change with time alone.
                let mut state = lock(&inner.state);
                let waiting = !state.meeting.queue().hands.is_empty();
                if waiting && !lock(&inner.streams).is_empty() {
                    fan_out(inner, &mut state);
                }
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// The device whose proposal this record is, if any: it hears that it is recorded.
fn answered(inner: &Inner, record: &Record) {
    let Some(id) = record.proposal.filter(|id| id.screen == inner.key) else {
        return;
    };
    if let Some(answer) = lock(&inner.pending).remove(&id.n) {
        let _ = answer.try_send(Outcome::Recorded);
    }
}

/// Work out the parts again, in each language, and send each page those that changed for it.
/// A page whose queue is full has stopped reading: it is dropped.
fn fan_out(inner: &Inner, state: &mut State) {
    let now = Utc::now();
    let now_ms = now.timestamp_millis();
    let fresh = every_language(&state.meeting, now);
    let old = std::mem::replace(&mut state.shared, fresh);
    let common: Vec<String> = state
        .shared
        .iter()
        .zip(&old)
        .map(|(new, old)| common_changes(inner, new, old, now_ms))
        .collect();
    let mut streams = lock(&inner.streams);
    let mut stuck = Vec::new();
    for (id, stream) in streams.iter_mut() {
        let at = page::LANGUAGES
            .iter()
            .position(|l| *l == stream.lang)
            .unwrap_or(0);
        let (new, old) = (&state.shared[at], &old[at]);
        let you = new.you(&state.meeting, held(stream.claim.as_ref()));
        let mut text = common[at].clone();
        let you_changed = you != stream.you;
        if new.list != old.list || (you_changed && you.name() != stream.you.name()) {
            text.push_str(&event(
                "list",
                now_ms,
                &page::part("list", new, &you, &inner.base, now_ms),
            ));
        }
        if you_changed {
            text.push_str(&event(
                "you",
                now_ms,
                &page::part("you", new, &you, &inner.base, now_ms),
            ));
            stream.you = you;
        }
        if text.is_empty() {
            continue;
        }
        if let Err(TrySendError::Full(_)) = stream.queue.try_send(Arc::from(text)) {
            stuck.push(*id);
        }
    }
    for id in stuck {
        if let Some(stream) = streams.remove(&id) {
            let _ = stream.socket.shutdown(std::net::Shutdown::Both);
        }
    }
}

/// The parts every page in one language gets when they changed: the heading, the item, the
/// floor.
fn common_changes(inner: &Inner, new: &Shared, old: &Shared, now_ms: i64) -> String {
    let mut common = String::new();
    for (name, changed) in [
        ("heading", new.heading != old.heading),
        ("item", new.item != old.item),
        ("floor", new.floor != old.floor),
    ] {
        if changed {
            let html = page::part(name, new, &You::none(), &inner.base, now_ms);
            common.push_str(&event(name, now_ms, &html));
        }
    }
    common
}
