//! The page's server: it listens on the room's network, answers each request on a thread of
//! its own, keeps a copy of the meeting folded from the host's durable records (the same
//! records every joined screen gets), and sends each open page the parts that changed. What a
//! member asks for goes to the host's one dispatch, as a joined screen's proposal does; the
//! server never writes the journal. A page that stops reading is dropped, never waited for.

use std::collections::HashMap;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Sender, SyncSender, channel};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::Utc;

use super::claim::{Claim, Claims};
use super::http::Response;
use super::page;
use super::said::Outcome;
use super::view::{Shared, You};
use crate::app::{Input, Message, Refusal};
use crate::lang::Lang;
use crate::meeting::{Event, Meeting, ProposalId, Record};
use crate::tr;

mod streams;
pub(super) use streams::feed;
use streams::follow;

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
}
