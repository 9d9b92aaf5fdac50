//! Several screens of one meeting, through the real socket: a host (the app's own update and
//! dispatch, the journal on disk, the share server) and screens that join it, as `cochair join`
//! does. Every wait has a deadline, and every time the meeting sees is a fixed one.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::io::{BufRead, BufReader, Read as _, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone, Utc};
use cochair::agenda;
use cochair::app::{self, Input, Link, Message, Model, Quiet, Role, dispatch, heard};
use cochair::input::{Command, Keymap};
use cochair::meeting::{Event, Meeting, Record};
use cochair::share::{self, About, Place, Server};
use cochair::store::journal::{self, Header, Journal};
use proptest::prelude::*;

#[path = "support/sharing.rs"]
mod sharing;
use sharing::Sharing;

/// 2026-11-24 18:00 UTC plus `secs`: the meeting's clock, never the machine's.
fn at(secs: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 18, 0, 0).unwrap() + TimeDelta::seconds(secs)
}

const WAIT: Duration = Duration::from_secs(10);

/// A host as `cochair AGENDA` runs one, minus the terminal: the model, the journal, the server
/// and the inbox the server's threads write to.
struct TestHost {
    _dir: tempfile::TempDir,
    journal_path: PathBuf,
    place: Place,
    model: Model,
    journal: Journal,
    server: Option<Server>,
    inbox: Receiver<Input>,
    sender: Sender<Input>,
    /// The time the host stamps on what it records next.
    now: DateTime<Utc>,
}

fn example() -> agenda::Agenda {
    agenda::from_str(agenda::EXAMPLE, Path::new(agenda::EXAMPLE_NAME)).unwrap()
}

impl TestHost {
    /// The example meeting, opened with its journal in a fresh folder, everyone present and
    /// the meeting started.
    fn open() -> TestHost {
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
        let mut model = Model::new(
            Meeting::new(example(), date),
            Keymap::builtin(),
            journal_path.clone(),
            at(0),
            FixedOffset::east_opt(0).unwrap(),
        );
        model.link = Link::Host { screens: 0 };
        let mut host = TestHost {
            _dir: dir,
            journal_path,
            place,
            model,
            journal,
            server: None,
            inbox,
            sender,
            now: at(0),
        };
        host.listen().unwrap();
        for command in [Command::RollCall, Command::AllPresent, Command::Cancel] {
            host.act(command);
        }
        host.act(Command::StartMeeting);
        host
    }

    fn listen(&mut self) -> Result<(), String> {
        let header = std::fs::read_to_string(&self.journal_path).unwrap();
        let header = header.lines().next().unwrap().to_owned();
        let about = About {
            title: "Family Council — November".into(),
            date: at(0).date_naive(),
            journal: self.journal_path.clone(),
            rehearsal: false,
        };
        let server = Server::start(
            self.place.clone(),
            &self.journal_path,
            header,
            &about,
            self.sender.clone(),
        )?;
        self.server = Some(server);
        Ok(())
    }

    /// Do what the facilitator's keys ask on the host's own screen.
    fn act(&mut self, message: impl Into<Message>) {
        self.now += TimeDelta::seconds(1);
        let server = self.server.as_ref().unwrap();
        dispatch(
            &mut self.model,
            message,
            self.now,
            &mut self.journal,
            &mut Sharing(server),
        );
    }

    /// Handle one input from the screens, as the runtime does; false when none came in time.
    fn handle_one(&mut self, within: Duration) -> Option<Input> {
        let input = self.inbox.recv_timeout(within).ok()?;
        self.now += TimeDelta::seconds(1);
        let server = self.server.as_ref().unwrap();
        let mut sharing = Sharing(server);
        if let Some(message) = heard(&self.model, input.clone(), &mut sharing) {
            dispatch(
                &mut self.model,
                message,
                self.now,
                &mut self.journal,
                &mut sharing,
            );
        }
        Some(input)
    }

    /// Handle inputs until `done` says so, or fail at the deadline.
    fn handle_until(&mut self, what: &str, done: impl Fn(&TestHost, &Input) -> bool) {
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

    fn journal_records(&self) -> Vec<Record> {
        journal::read(&self.journal_path)
            .unwrap()
            .records
            .into_iter()
            .map(|(_, r)| r)
            .collect()
    }

    /// The meeting as a resume from the journal file would see it.
    fn replayed(&self) -> Meeting {
        let contents = journal::read(&self.journal_path).unwrap();
        journal::replay(&self.journal_path, &contents).unwrap()
    }

    fn screens(&self) -> usize {
        match self.model.link {
            Link::Host { screens } => screens,
            other => panic!("the host's link is {other:?}"),
        }
    }
}

/// A joined screen as `cochair join` runs one, minus the terminal.
struct TestScreen {
    model: Model,
    proposer: share::Proposer,
    inbox: Receiver<Input>,
    /// Refusals the host sent this screen.
    refusals: Vec<String>,
    records: usize,
}

impl TestScreen {
    /// Join `host` as `role`. The host's side of the handshake runs on its threads; the host
    /// loop hears of the screen afterwards.
    fn join(host: &mut TestHost, role: Role) -> TestScreen {
        let socket = host.place.socket.clone();
        let joining = std::thread::spawn(move || share::join(&socket, role));
        host.handle_until("the screen to join", |_, i| {
            matches!(i, Input::ScreenJoined(_))
        });
        let joined = joining.join().unwrap().unwrap();
        let mut model = Model::new(
            joined.meeting.clone(),
            Keymap::builtin(),
            host.journal_path.clone(),
            at(0),
            FixedOffset::east_opt(0).unwrap(),
        );
        model.role = role;
        model.link = Link::Joined { connected: true };
        model.journal_started = true;
        let (sender, inbox) = channel();
        let proposer = joined.proposer();
        joined.follow(sender);
        TestScreen {
            model,
            proposer,
            inbox,
            refusals: Vec::new(),
            records: 0,
        }
    }

    /// Press what the role's keys ask: it is sent to the host, not applied here.
    fn act(&mut self, message: impl Into<Message>) {
        dispatch(
            &mut self.model,
            message,
            at(0),
            &mut self.proposer,
            &mut Quiet,
        );
    }

    /// Take in what the host sent, as the runtime does, until `done`, or fail at the deadline.
    fn hear_until(&mut self, what: &str, done: impl Fn(&TestScreen) -> bool) {
        let deadline = Instant::now() + WAIT;
        while !done(self) {
            let left = deadline.saturating_duration_since(Instant::now());
            let Ok(input) = self.inbox.recv_timeout(left) else {
                panic!("the screen waited in vain for {what}");
            };
            match &input {
                Input::Record(_) => self.records += 1,
                Input::Refused(why) => self.refusals.push(why.clone()),
                _ => {}
            }
            if let Some(message) = heard(&self.model, input, &mut Quiet) {
                dispatch(
                    &mut self.model,
                    message,
                    at(0),
                    &mut self.proposer,
                    &mut Quiet,
                );
            }
        }
    }
}

/// A bare connection, for saying what no cochair screen would.
fn raw(host: &TestHost) -> (UnixStream, BufReader<UnixStream>) {
    let stream = UnixStream::connect(&host.place.socket).unwrap();
    stream.set_read_timeout(Some(WAIT)).unwrap();
    let reader = BufReader::new(stream.try_clone().unwrap());
    (stream, reader)
}

fn read_line(reader: &mut BufReader<UnixStream>) -> String {
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    line
}

fn hello(role: &str) -> String {
    format!("{{\"hello\":{{\"protocol\":1,\"role\":\"{role}\"}}}}\n")
}

#[test]
fn a_screen_that_joins_sees_the_journal_so_far_then_every_record_in_order() {
    let mut host = TestHost::open();
    let mut screen = TestScreen::join(&mut host, Role::Observer);
    assert_eq!(screen.model.meeting, host.model.meeting);
    assert_eq!(host.screens(), 1);
    let before = host.journal_records().len();
    host.act(Command::NextItem);
    for event in [
        Event::HandRaised {
            person: "Tom Becker".into(),
            process: false,
        },
        Event::FloorGiven {
            person: "Tom Becker".into(),
            by_override: false,
        },
        Event::ClockPaused { role: None },
    ] {
        host.act(Message::Proposal {
            screen: 0,
            role: Role::Facilitator,
            record: Record { at: at(0), event },
        });
    }
    assert_eq!(host.journal_records().len(), before + 4);
    screen.hear_until("four records", |s| s.records == 4);
    assert_eq!(screen.model.meeting, host.model.meeting);
    assert_eq!(screen.model.meeting, host.replayed());
}

#[test]
fn what_a_screen_proposes_is_checked_against_its_role_and_the_meeting() {
    let mut host = TestHost::open();
    let mut timekeeper = TestScreen::join(&mut host, Role::Timekeeper);
    let mut observer = TestScreen::join(&mut host, Role::Observer);
    let before = host.journal_records().len();

    timekeeper.act(Command::PauseClock);
    host.handle_until("the pause", |_, i| matches!(i, Input::Proposal { .. }));
    assert_eq!(
        host.journal_records().last().unwrap().event,
        Event::ClockPaused {
            role: Some(cochair::agenda::Role::Timekeeper)
        },
        "the journal says whose screen paused the clocks"
    );
    timekeeper.hear_until("the pause back", |s| s.records == 1);
    observer.hear_until("the pause too", |s| s.records == 1);
    assert!(timekeeper.model.meeting.paused().is_some());
    assert!(observer.model.meeting.paused().is_some());

    // What another cochair might send as an observer: the host checks the role itself.
    let sent = Record {
        at: at(0),
        event: Event::ClockResumed { role: None },
    };
    host.sender
        .send(Input::Proposal {
            screen: 999,
            role: Role::Observer,
            record: sent.clone(),
        })
        .unwrap();
    host.handle_one(WAIT).unwrap();
    // A timekeeper may not record a decision, whoever sends it.
    host.sender
        .send(Input::Proposal {
            screen: 999,
            role: Role::Timekeeper,
            record: Record {
                at: at(0),
                event: Event::NoteAdded {
                    item: 0,
                    text: "Minutes approved".into(),
                },
            },
        })
        .unwrap();
    host.handle_one(WAIT).unwrap();
    assert_eq!(host.journal_records().len(), before + 1);

    // The meeting refuses what makes no sense now, and says so to the screen that sent it.
    let (mut stream, mut reader) = raw(&host);
    stream.write_all(hello("timekeeper").as_bytes()).unwrap();
    host.handle_until("the bare screen", |_, i| {
        matches!(i, Input::ScreenJoined(_))
    });
    let propose = format!(
        "{{\"propose\":{}}}\n",
        serde_json::to_string(&Record {
            at: at(0),
            event: Event::ClockPaused { role: None }
        })
        .unwrap()
    );
    stream.write_all(propose.as_bytes()).unwrap();
    host.handle_until("the second pause", |_, i| {
        matches!(i, Input::Proposal { .. })
    });
    let mut said = Vec::new();
    loop {
        let line = read_line(&mut reader);
        if line.contains("refused") {
            said.push(line);
            break;
        }
    }
    assert!(said[0].contains("already stopped"), "{said:?}");
    assert_eq!(host.journal_records().len(), before + 1);
}

#[test]
fn a_screen_that_does_not_say_hello_or_speaks_another_protocol_is_told_why_and_closed() {
    let host = TestHost::open();
    for (first, why) in [
        ("{\"propose\":{}}\n".to_owned(), "starts with hello"),
        ("not json at all\n".to_owned(), "starts with hello"),
        (
            "{\"hello\":{\"protocol\":99,\"role\":\"observer\"}}\n".to_owned(),
            "protocol 1, the screen 99",
        ),
    ] {
        let (mut stream, mut reader) = raw(&host);
        stream.write_all(first.as_bytes()).unwrap();
        let line = read_line(&mut reader);
        assert!(line.starts_with("{\"bye\""), "{line}");
        assert!(line.contains(why), "{line}");
        assert_eq!(read_line(&mut reader), "", "closed after the bye");
    }
}

#[test]
fn nonsense_from_a_joined_screen_is_refused_and_a_huge_line_closes_it() {
    let mut host = TestHost::open();
    let (mut stream, mut reader) = raw(&host);
    stream.write_all(hello("secretary").as_bytes()).unwrap();
    host.handle_until("the screen", |_, i| matches!(i, Input::ScreenJoined(_)));
    stream.write_all(b"{\"delete\":\"everything\"}\n").unwrap();
    stream.write_all(hello("facilitator").as_bytes()).unwrap();
    let mut refusals = Vec::new();
    while refusals.len() < 2 {
        let line = read_line(&mut reader);
        assert!(!line.is_empty(), "closed early");
        if line.starts_with("{\"refused\"") {
            refusals.push(line);
        }
    }
    assert!(refusals[0].contains("not understood"), "{refusals:?}");
    assert!(refusals[1].contains("already joined"), "{refusals:?}");

    // Ten megabytes with no newline: read in pieces, never whole, and the screen is closed.
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'x'; 1024 * 1024];
        for _ in 0..10 {
            if stream.write_all(&chunk).is_err() {
                break;
            }
        }
        stream
    });
    let mut rest = String::new();
    let _ = reader.read_to_string(&mut rest);
    assert!(rest.contains("longer than 256 KiB"), "{rest}");
    drop(writer.join().unwrap());
    host.handle_until("the screen to be gone", |_, i| {
        matches!(i, Input::ScreenLeft(_))
    });
    assert_eq!(host.screens(), 0);

    // The host still serves everyone else.
    let screen = TestScreen::join(&mut host, Role::Observer);
    assert_eq!(screen.model.meeting, host.model.meeting);
}

#[test]
fn a_screen_that_is_killed_leaves_and_the_count_goes_down() {
    let mut host = TestHost::open();
    let (mut stream, _reader) = raw(&host);
    stream.write_all(hello("observer").as_bytes()).unwrap();
    host.handle_until("the screen", |_, i| matches!(i, Input::ScreenJoined(_)));
    assert_eq!(host.screens(), 1);
    drop(stream);
    drop(_reader);
    host.handle_until("the screen to leave", |_, i| {
        matches!(i, Input::ScreenLeft(_))
    });
    assert_eq!(host.screens(), 0);
}

#[test]
fn a_screen_that_stops_reading_is_dropped_and_the_others_carry_on() {
    let mut host = TestHost::open();
    let mut reader_screen = TestScreen::join(&mut host, Role::Observer);
    // A screen that says hello and then never reads a byte.
    let (mut stuck, _never_read) = raw(&host);
    stuck.write_all(hello("observer").as_bytes()).unwrap();
    host.handle_until("the stuck screen", |_, i| {
        matches!(i, Input::ScreenJoined(_))
    });
    assert_eq!(host.screens(), 2);
    let server = host.server.as_ref().unwrap();
    let note = |n: usize| Record {
        at: at(0),
        event: Event::NoteAdded {
            item: 0,
            text: format!("note {n} {}", "words ".repeat(20)),
        },
    };
    // Sent at the pace a screen that reads keeps up with, far more than the stuck one's
    // socket and queue hold.
    let mut sent = 0;
    for _ in 0..20 {
        for _ in 0..500 {
            server.broadcast(&note(sent));
            sent += 1;
        }
        reader_screen.hear_until("the notes so far", |s| s.records == sent);
    }
    let left = host.inbox.recv_timeout(WAIT).unwrap();
    assert!(matches!(left, Input::ScreenLeft(_)), "{left:?}");
    assert_eq!(server.roles(), vec![Role::Observer]);
    assert_eq!(reader_screen.records, 10_000);
}

#[test]
fn a_second_host_of_the_same_meeting_is_refused_and_a_dead_hosts_socket_is_reused() {
    let mut host = TestHost::open();
    let about = About {
        title: "again".into(),
        date: at(0).date_naive(),
        journal: host.journal_path.clone(),
        rehearsal: false,
    };
    let (sender, _inbox) = channel();
    let second = Server::start(
        host.place.clone(),
        &host.journal_path,
        String::new(),
        &about,
        sender.clone(),
    );
    let Err(why) = second else {
        panic!("a second host was let in")
    };
    assert!(why.contains("already open in another cochair"), "{why}");

    // The socket is the user's alone.
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&host.place.socket)
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "{mode:o}");

    // A host that closes takes its socket and note with it.
    host.server = None;
    assert!(!host.place.socket.exists());
    assert!(!host.place.note.exists());

    // One that was killed leaves its socket behind; nobody answers there, so it is replaced.
    let stale = std::os::unix::net::UnixListener::bind(&host.place.socket).unwrap();
    drop(stale);
    assert!(host.place.socket.exists());
    host.listen().unwrap();
    let screen = TestScreen::join(&mut host, Role::Observer);
    assert_eq!(screen.model.meeting, host.model.meeting);
}

#[test]
fn a_screen_whose_host_is_gone_says_so_and_follows_it_again_when_it_is_back() {
    let mut host = TestHost::open();
    let mut screen = TestScreen::join(&mut host, Role::Timekeeper);
    host.server = None;
    screen.hear_until("the host to be gone", |s| {
        s.model.link == Link::Joined { connected: false }
    });
    // Nothing can be recorded meanwhile, and the screen says why.
    screen.act(Command::PauseClock);
    assert!(
        screen
            .model
            .status
            .as_deref()
            .is_some_and(|s| s.contains("host is gone")),
        "{:?}",
        screen.model.status
    );
    // The host is started again on the same journal, with more recorded in between.
    host.listen().unwrap();
    host.act(Command::NextItem);
    // The screen joins again by itself: the host loop welcomes it.
    host.handle_until("the screen to join again", |_, i| {
        matches!(i, Input::ScreenJoined(_))
    });
    screen.hear_until("the meeting again", |s| {
        s.model.link == Link::Joined { connected: true }
    });
    assert_eq!(screen.model.meeting, host.model.meeting);
    assert_eq!(screen.model.meeting, host.replayed());
}

/// What a screen might propose in the property test: some allowed to its role, some not, some
/// that make no sense at that moment.
fn event_strategy() -> impl Strategy<Value = Event> {
    let people = prop::sample::select(vec![
        "Ana Lopez",
        "Sam Reed",
        "Mei Chen",
        "José Álvarez",
        "Dr. Okafor",
        "Tom Becker",
    ]);
    prop_oneof![
        Just(Event::ClockPaused { role: None }),
        Just(Event::ClockResumed { role: None }),
        Just(Event::TurnEnded),
        Just(Event::TurnReset { role: None }),
        people.clone().prop_map(|p| Event::HandRaised {
            person: p.into(),
            process: false
        }),
        people.clone().prop_map(|p| Event::FloorGiven {
            person: p.into(),
            by_override: false
        }),
        people.prop_map(|p| Event::HandLowered {
            person: p.into(),
            process: false
        }),
        (0usize..3, "[a-z ]{1,20}").prop_map(|(item, text)| Event::NoteAdded { item, text }),
        (1u32..5).prop_map(|minutes| Event::ItemExtended {
            minutes,
            by: "Sam Reed".into()
        }),
        (0usize..4).prop_map(|item| Event::ItemOpened { item }),
    ]
}

fn role_strategy() -> impl Strategy<Value = Role> {
    prop::sample::select(vec![
        Role::Facilitator,
        Role::Timekeeper,
        Role::Secretary,
        Role::Observer,
    ])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever several screens send at once, in whatever order it arrives, every screen ends
    /// with the meeting a resume from the host's journal gives.
    #[test]
    fn every_screen_agrees_with_the_journal(
        screens in prop::collection::vec(
            (role_strategy(), prop::collection::vec(event_strategy(), 0..12)),
            1..5,
        ),
    ) {
        let mut host = TestHost::open();
        let mut joined: Vec<TestScreen> = screens
            .iter()
            .map(|(role, _)| TestScreen::join(&mut host, *role))
            .collect();
        let proposals: usize = screens.iter().map(|(_, events)| events.len()).sum();
        let before = host.journal_records().len();
        // Each screen sends all of its proposals at once, from threads of their own.
        let senders: Vec<_> = joined
            .iter()
            .zip(&screens)
            .map(|(screen, (_, events))| {
                let mut proposer = share_proposer(screen);
                let events = events.clone();
                std::thread::spawn(move || {
                    for event in events {
                        app::Recorder::append(&mut proposer, &Record { at: at(0), event })
                            .unwrap();
                    }
                })
            })
            .collect();
        for sender in senders {
            sender.join().unwrap();
        }
        let mut heard_proposals = 0;
        while heard_proposals < proposals {
            if let Input::Proposal { .. } = host.handle_one(WAIT).expect("a proposal") {
                heard_proposals += 1;
            }
        }
        let recorded = host.journal_records().len() - before;
        for screen in &mut joined {
            screen.hear_until("every record", |s| s.records == recorded);
            prop_assert_eq!(&screen.model.meeting, &host.model.meeting);
        }
        prop_assert_eq!(&host.model.meeting, &host.replayed());
    }
}

/// A second sender for a screen's proposals (the screen's own stays with its model).
fn share_proposer(screen: &TestScreen) -> share::Proposer {
    screen.proposer.clone()
}
