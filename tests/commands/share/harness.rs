//! A host and its screens, as `cochair AGENDA` and `cochair join` run them, minus the terminal.

use std::io::{BufRead, BufReader};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone, Utc};
use cochair::agenda;
use cochair::agenda::Seat;
use cochair::app::{Input, Link, Message, Model, Quiet, Refusal, dispatch, heard};
use cochair::input::{Command, Keymap};
use cochair::meeting::{Meeting, Record};
use cochair::share::{self, About, Hosting, Place, Server};
use cochair::store::journal::{self, Header, Journal};

use crate::sharing::Sharing;

/// 2026-11-24 18:00 UTC plus `secs`: the meeting's clock, never the machine's.
pub fn at(secs: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 18, 0, 0).unwrap() + TimeDelta::seconds(secs)
}

pub const WAIT: Duration = Duration::from_secs(10);

/// A host as `cochair AGENDA` runs one, minus the terminal: the model, the journal, the server
/// and the inbox the server's threads write to.
pub struct TestHost {
    _dir: tempfile::TempDir,
    pub journal_path: PathBuf,
    pub place: Place,
    pub model: Model,
    /// `None` only while the host is started again.
    pub journal: Option<Journal>,
    pub server: Option<Server>,
    pub inbox: Receiver<Input>,
    pub sender: Sender<Input>,
    /// The time the host stamps on what it records next.
    pub now: DateTime<Utc>,
    pub max_screens: usize,
}

pub fn example() -> agenda::Agenda {
    agenda::from_str(agenda::EXAMPLE, Path::new(agenda::EXAMPLE_NAME)).unwrap()
}

impl TestHost {
    /// The example meeting, opened with its journal in a fresh folder, everyone present and
    /// the meeting started.
    pub fn open() -> TestHost {
        TestHost::taking(share::MAX_SCREENS)
    }

    /// As [`TestHost::open`], taking at most `max_screens` screens.
    pub fn taking(max_screens: usize) -> TestHost {
        let mut host = TestHost::before_the_start(max_screens);
        for command in [Command::RollCall, Command::AllPresent, Command::Cancel] {
            host.act(command);
        }
        host.act(Command::StartMeeting);
        host
    }

    /// The example meeting opened and listening, nobody marked and nothing started.
    pub fn before_the_start(max_screens: usize) -> TestHost {
        let dir = tempfile::tempdir().unwrap();
        let journal_path = dir.path().join("family-council.jsonl");
        let date = at(0).date_naive();
        let header = Header {
            cochair_journal: journal::FORMAT_VERSION,
            created: at(0),
            date,
            agenda_file: agenda::EXAMPLE_NAME.into(),
            agenda: example(),
        };
        let journal = Journal::create(&journal_path, &header).unwrap();
        let runtime = dir.path().join("run");
        std::fs::create_dir(&runtime).unwrap();
        let place = share::place_in(&runtime, &journal_path);
        let (sender, inbox) = channel();
        let model = Model::new(
            Meeting::new(example(), date),
            Keymap::builtin(),
            journal_path.clone(),
            at(0),
            FixedOffset::east_opt(0).unwrap(),
        );
        let mut host = TestHost {
            _dir: dir,
            journal_path,
            place,
            model,
            journal: Some(journal),
            server: None,
            inbox,
            sender,
            now: at(0),
            max_screens,
        };
        host.listen().unwrap();
        host
    }

    /// Listen for screens, as a host (started again) does.
    pub fn listen(&mut self) -> Result<(), String> {
        let header = std::fs::read_to_string(&self.journal_path).unwrap();
        let header = header.lines().next().unwrap().to_owned();
        let about = About {
            title: "Family Council — November".into(),
            date: at(0).date_naive(),
            journal: self.journal_path.clone(),
            rehearsal: false,
            pid: std::process::id(),
        };
        let hosting = Hosting {
            journal: self.journal_path.clone(),
            header_line: header,
            about,
            max_screens: self.max_screens,
        };
        let server = Server::start(self.place.clone(), hosting, self.sender.clone())
            .map_err(|e| e.to_string())?;
        self.server = Some(server);
        self.model.link = Link::Host {
            screens: Vec::new(),
        };
        Ok(())
    }

    /// Do what the facilitator's keys ask on the host's own screen.
    pub fn act(&mut self, message: impl Into<Message>) {
        self.now += TimeDelta::seconds(1);
        let server = self.server.as_ref().unwrap();
        dispatch(
            &mut self.model,
            message,
            self.now,
            self.journal.as_mut().unwrap(),
            &mut Sharing(server),
        );
    }

    /// Handle one input from the screens, as the runtime does; `None` when none came in time.
    pub fn handle_one(&mut self, within: Duration) -> Option<Input> {
        let input = self.inbox.recv_timeout(within).ok()?;
        self.now += TimeDelta::seconds(1);
        let server = self.server.as_ref().unwrap();
        let mut sharing = Sharing(server);
        if let Some(message) = heard(&self.model, input.clone()) {
            dispatch(
                &mut self.model,
                message,
                self.now,
                self.journal.as_mut().unwrap(),
                &mut sharing,
            );
        }
        Some(input)
    }

    /// Handle inputs until `done` says so, or fail at the deadline.
    pub fn handle_until(&mut self, what: &str, done: impl Fn(&TestHost, &Input) -> bool) {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let Some(input) = self.handle_one(left) else {
                panic!("the host waited in vain for {what}");
            };
            if done(self, &input) {
                return;
            }
        }
    }

    pub fn journal_records(&self) -> Vec<Record> {
        journal::read(&self.journal_path)
            .unwrap()
            .records
            .into_iter()
            .map(|(_, r)| r)
            .collect()
    }

    /// The meeting as a resume from the journal file would see it.
    pub fn replayed(&self) -> Meeting {
        let contents = journal::read(&self.journal_path).unwrap();
        journal::replay(&self.journal_path, &contents).unwrap()
    }

    /// The host is started again on its journal, as after a crash: the meeting from the file.
    pub fn restart(&mut self) {
        self.server = None;
        self.journal = None;
        let (journal, _) = Journal::resume(&self.journal_path).unwrap();
        self.journal = Some(journal);
        self.model.meeting = self.replayed();
        self.listen().unwrap();
    }

    pub fn screens(&self) -> usize {
        match &self.model.link {
            Link::Host { screens } => screens.len(),
            other => panic!("the host's link is {other:?}"),
        }
    }
}

/// True for the message the server sends when a screen joins.
pub fn joins(input: &Input) -> bool {
    matches!(input, Input::Message(Message::ScreenJoined { .. }))
}

/// True for the message the server sends when a screen leaves.
pub fn leaves(input: &Input) -> bool {
    matches!(input, Input::Message(Message::ScreenLeft { .. }))
}

/// True for a proposal from a screen.
pub fn proposes(input: &Input) -> bool {
    matches!(input, Input::Message(Message::Proposal { .. }))
}

/// A joined screen as `cochair join` runs one, minus the terminal.
pub struct TestScreen {
    pub model: Model,
    pub proposer: share::Proposer,
    pub inbox: Receiver<Input>,
    /// Refusals the host sent this screen.
    pub refusals: Vec<Refusal>,
    pub records: usize,
}

impl TestScreen {
    /// Join `host` at `seat`. The host's side of the handshake runs on its threads; the host
    /// loop welcomes the screen.
    pub fn join(host: &mut TestHost, seat: impl Into<Seat>) -> TestScreen {
        let seat = seat.into();
        let socket = host.place.socket.clone();
        let joining = std::thread::spawn(move || share::join(&socket, seat, false));
        host.handle_until("the screen to join", |_, i| joins(i));
        let joined = joining.join().unwrap().unwrap();
        let mut model = Model::new(
            joined.meeting.clone(),
            Keymap::builtin(),
            host.journal_path.clone(),
            at(0),
            FixedOffset::east_opt(0).unwrap(),
        );
        model.seat = seat;
        model.rehearsal = joined.welcome.rehearsal;
        model.link = Link::Joined { connected: true };
        model.journal_started = true;
        let (sender, inbox) = channel();
        let proposer = joined.proposer();
        joined.follow(sender, cochair::lang::Lang::En);
        let mut screen = TestScreen {
            model,
            proposer,
            inbox,
            refusals: Vec::new(),
            records: 0,
        };
        // The first screen of its kind in a running meeting is recorded as it joins.
        let host_has = host.model.meeting.clone();
        screen.hear_until("the host's record of its joining", |s| {
            s.model.meeting == host_has
        });
        screen.records = 0;
        screen
    }

    /// Press what the role's keys ask: it is proposed to the host, not applied here.
    pub fn act(&mut self, message: impl Into<Message>) {
        dispatch(
            &mut self.model,
            message,
            at(0),
            &mut self.proposer,
            &mut Quiet,
        );
    }

    /// Type text into the open prompt.
    pub fn type_text(&mut self, text: &str) {
        self.act(Message::Paste(text.into()));
    }

    /// Take in what the host sent, as the runtime does, until `done`, or fail at the deadline.
    pub fn hear_until(&mut self, what: &str, done: impl Fn(&TestScreen) -> bool) {
        let deadline = Instant::now() + WAIT;
        while !done(self) {
            let left = deadline.saturating_duration_since(Instant::now());
            let Ok(input) = self.inbox.recv_timeout(left) else {
                panic!("the screen waited in vain for {what}");
            };
            match &input {
                Input::Message(Message::Recorded(_)) => self.records += 1,
                Input::Message(Message::Refused { why, .. }) => self.refusals.push(why.clone()),
                _ => {}
            }
            if let Some(message) = heard(&self.model, input) {
                self.act(message);
            }
        }
    }
}

/// A bare connection, for saying what no cochair screen would.
pub fn raw(host: &TestHost) -> (UnixStream, BufReader<UnixStream>) {
    let stream = UnixStream::connect(&host.place.socket).unwrap();
    stream.set_read_timeout(Some(WAIT)).unwrap();
    let reader = BufReader::new(stream.try_clone().unwrap());
    (stream, reader)
}

pub fn read_line(reader: &mut BufReader<UnixStream>) -> String {
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    line
}

/// A hello of this protocol.
pub fn hello(role: &str) -> String {
    format!(
        "{{\"hello\":{{\"protocol\":{},\"role\":\"{role}\",\"room\":false}}}}\n",
        share::protocol::PROTOCOL
    )
}

/// Read from a bare connection past the journal, until the line `wanted` picks.
pub fn read_until(reader: &mut BufReader<UnixStream>, wanted: impl Fn(&str) -> bool) -> String {
    loop {
        let line = read_line(reader);
        assert!(!line.is_empty(), "closed before the line looked for");
        if wanted(&line) {
            return line;
        }
    }
}
