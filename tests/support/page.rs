//! Shared by the members' page tests: a host in this process (the app's real dispatch, a journal
//! kept in memory, the real page server on loopback) and a small HTTP client of our own.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use cochair::app::{Host, Input, Model, Recorder, Refusal, Saved, dispatch, heard};
use cochair::input::{Key, Keymap};
use cochair::meeting::{Meeting, ProposalId, Record};
use cochair::members::{Listen, Server};

/// A meeting hosted in this process with its members' page served on loopback.
pub struct Room {
    /// The page's address.
    pub url: String,
    pub server: Arc<Server>,
    pub model: Arc<Mutex<Model>>,
    /// The journal, as the host wrote it.
    pub journal: Arc<Mutex<Vec<Record>>>,
    pub inbox: Sender<Input>,
    pub dir: tempfile::TempDir,
}

/// The journal kept in memory, shared with the test.
struct Kept(Arc<Mutex<Vec<Record>>>);

impl Recorder for Kept {
    fn append(&mut self, record: &Record) -> Result<Saved, cochair::app::SaveError> {
        self.0.lock().unwrap().push(record.clone());
        Ok(Saved::Now)
    }
}

/// The host's effects on the page: its records sent, its refusals told.
struct PageHost(Arc<Server>);

impl Host for PageHost {
    fn bell(&mut self) {}
    fn copy(&mut self, _: &str, _: &std::path::Path) -> String {
        String::new()
    }
    fn export(&mut self, _: &[(PathBuf, String)]) -> String {
        String::new()
    }
    fn broadcast(&mut self, record: &Record) {
        self.0.broadcast(record);
    }
    fn refuse(&mut self, screen: u64, _: Option<ProposalId>, why: &Refusal) {
        self.0.refuse(screen, why);
    }
}

/// A small agenda: two members and a staff member; a Discussion item, then a Decision.
pub const AGENDA: &str = r#"Agenda(title: "Tenants' board", start: "18:00",
    groups: [Group(id: "t", label: "Tenants", weight: 2.0), Group(id: "s", label: "Staff", weight: 1.0)],
    people: [Person(name: "Ana", group: "t"), Person(name: "Ben", group: "s"),
             Person(name: "Cleo", group: "t"), Person(name: "Dee", group: "t")],
    items: [Item(title: "Repairs backlog", minutes: 20), Item(title: "Rent review", minutes: 15, kind: Decision),
            Item(title: "Garden", minutes: 10)])"#;

impl Room {
    /// The meeting of `agenda` with `present` marked present, started when `start`, and its
    /// page served.
    pub fn open(agenda: &str, present: &[&str], start: bool) -> Room {
        let dir = tempfile::tempdir().unwrap();
        let journal_path = dir.path().join("board.jsonl");
        let agenda = cochair::agenda::from_str(agenda, std::path::Path::new("a.ron")).unwrap();
        let now = Utc::now();
        let meeting = Meeting::new(agenda, now.date_naive());
        let offset = chrono::FixedOffset::east_opt(0).unwrap();
        let mut model = Model::new(
            meeting,
            Keymap::builtin(),
            journal_path.clone(),
            now,
            offset,
        );
        let journal = Arc::new(Mutex::new(Vec::new()));
        let mut kept = Kept(Arc::clone(&journal));
        let mut quiet = cochair::app::Quiet;
        for name in present {
            let mark = cochair::meeting::Event::AttendanceMarked {
                person: (*name).into(),
                attendance: cochair::meeting::Attendance::Present,
            };
            let record = Record::new(Utc::now(), mark);
            kept.append(&record).unwrap();
            model.meeting.apply(&record).unwrap();
        }
        if start {
            let started = cochair::input::Command::StartMeeting;
            dispatch(&mut model, started, Utc::now(), &mut kept, &mut quiet);
        }
        let (inbox, heard_by_host) = channel::<Input>();
        let server = cochair::members::serve(
            Listen::At("127.0.0.1:0".parse().unwrap()),
            &journal_path,
            model.meeting.clone(),
            inbox.clone(),
        )
        .unwrap();
        let url = server.url().to_owned();
        let server = Arc::new(server);
        let model = Arc::new(Mutex::new(model));
        let (hosting, mut host) = (Arc::clone(&model), PageHost(Arc::clone(&server)));
        std::thread::spawn(move || {
            while let Ok(input) = heard_by_host.recv() {
                let mut model = hosting.lock().unwrap();
                if let Some(message) = heard(&model, input) {
                    dispatch(&mut model, message, Utc::now(), &mut kept, &mut host);
                }
            }
        });
        Room {
            url,
            server,
            model,
            journal,
            inbox,
            dir,
        }
    }

    /// Press keys on the host's screen.
    pub fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.inbox
                .send(Input::Key(Key::parse(key).unwrap()))
                .unwrap();
        }
    }

    /// Wait until the host's model shows something, or fail naming it.
    pub fn wait_for(&self, what: &str, mut seen: impl FnMut(&Model) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if seen(&self.model.lock().unwrap()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("the host never showed {what}");
    }

    /// The names waiting in the host's queue.
    pub fn queue(&self) -> Vec<String> {
        let model = self.model.lock().unwrap();
        let meeting = &model.meeting;
        meeting
            .queue()
            .hands
            .iter()
            .map(|h| meeting.people()[h.person].name.clone())
            .collect()
    }

    /// How many records the journal holds.
    pub fn records(&self) -> usize {
        self.journal.lock().unwrap().len()
    }

    /// `http://127.0.0.1:PORT`.
    pub fn origin(&self) -> String {
        let at = self.url.find("/m/").unwrap();
        self.url[..at].to_owned()
    }

    /// `/m/TOKEN`.
    pub fn base(&self) -> String {
        let at = self.url.find("/m/").unwrap();
        self.url[at..].to_owned()
    }
}

/// An answer as the client read it.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The claim cookie set, as a `Cookie:` value.
    pub fn cookie(&self) -> Option<String> {
        let set = self.header("set-cookie")?;
        Some(set.split(';').next()?.to_owned())
    }
}

/// `host:port` and the path of an `http://` address.
fn split(url: &str) -> (String, String) {
    let rest = url.strip_prefix("http://").unwrap();
    let at = rest.find('/').unwrap_or(rest.len());
    (rest[..at].to_owned(), rest[at..].to_owned())
}

/// Send one request as written (head lines without the request line's own), read the answer.
pub fn send(method: &str, url: &str, headers: &[(&str, &str)], body: &str) -> Reply {
    let (host, path) = split(url);
    let mut stream = TcpStream::connect(&host).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    let length_given = headers.iter().any(|(n, _)| {
        n.eq_ignore_ascii_case("content-length") || n.eq_ignore_ascii_case("transfer-encoding")
    });
    if method == "POST" && !length_given {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body.as_bytes());
    read_reply(&mut stream)
}

pub fn get(url: &str, cookie: Option<&str>) -> Reply {
    match cookie {
        Some(c) => send("GET", url, &[("Cookie", c)], ""),
        None => send("GET", url, &[], ""),
    }
}

/// A form posted as the page's script posts it (wanting a status and a sentence back).
pub fn post(url: &str, cookie: Option<&str>, body: &str) -> Reply {
    let mut headers = vec![
        ("Content-Type", "application/x-www-form-urlencoded"),
        ("X-Cochair-Page", "1"),
    ];
    if let Some(c) = cookie {
        headers.push(("Cookie", c));
    }
    send("POST", url, &headers, body)
}

fn read_reply(stream: &mut TcpStream) -> Reply {
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(": "))
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_owned(),
    }
}

/// An open page's live stream.
pub struct Stream {
    pub head: String,
    reader: BufReader<TcpStream>,
}

impl Stream {
    pub fn open(url: &str, cookie: Option<&str>) -> Stream {
        let (host, path) = split(url);
        let stream = TcpStream::connect(&host).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let mut writer = stream.try_clone().unwrap();
        let cookie = cookie.map_or(String::new(), |c| format!("Cookie: {c}\r\n"));
        write!(
            writer,
            "GET {path}/events HTTP/1.1\r\nHost: {host}\r\n{cookie}\r\n"
        )
        .unwrap();
        let mut reader = BufReader::new(stream);
        let mut head = String::new();
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                break;
            }
            head.push_str(&line);
        }
        Stream { head, reader }
    }

    /// The next event (name and HTML), keep-alives and the retry line skipped.
    pub fn next(&mut self) -> Option<(String, String)> {
        let (mut name, mut data) = (String::new(), Vec::new());
        loop {
            let mut line = String::new();
            if self.reader.read_line(&mut line).ok()? == 0 {
                return None;
            }
            let line = line.trim_end_matches('\n');
            if line.is_empty() {
                if !name.is_empty() {
                    // The first data line is the host's time; the rest is the part's HTML.
                    return Some((name, data[1..].join("\n")));
                }
                continue;
            }
            if let Some(n) = line.strip_prefix("event: ") {
                name = n.to_owned();
            } else if let Some(d) = line.strip_prefix("data: ") {
                data.push(d.to_owned());
            }
        }
    }

    /// Events until one named `name` whose HTML holds `text`; the others seen on the way.
    pub fn until(&mut self, name: &str, text: &str) -> Vec<(String, String)> {
        let mut seen = Vec::new();
        while let Some((n, html)) = self.next() {
            let found = n == name && html.contains(text);
            seen.push((n, html));
            if found {
                return seen;
            }
        }
        panic!("the stream ended before {name} showed {text:?}; it sent {seen:?}");
    }
}
