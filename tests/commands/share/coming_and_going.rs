use std::io::Write;
use std::sync::mpsc::channel;

use cochair::agenda::{Role, Seat};
use cochair::app::{Effect, Link, Message, update};
use cochair::input::Command;
use cochair::meeting::{Event, ProposalId, Record, ScreenKind};
use cochair::share::{self, About, Hosting, Server};

use super::harness::{TestHost, TestScreen, WAIT, at, hello, joins, leaves, raw, read_line};

#[test]
fn a_screen_that_joins_sees_the_journal_so_far_then_every_record_in_order() {
    let mut host = TestHost::open();
    let mut screen = TestScreen::join(&mut host, Seat::Observer);
    assert_eq!(screen.model.meeting, host.model.meeting);
    assert_eq!(host.screens(), 1);
    let before = host.journal_records().len();
    host.act(Command::NextItem);
    for (n, event) in [
        Event::HandRaised {
            person: "Tom Becker".into(),
            process: false,
        },
        Event::FloorGiven {
            person: "Tom Becker".into(),
            by_override: false,
        },
        Event::ClockPaused { role: None },
    ]
    .into_iter()
    .enumerate()
    {
        host.act(Message::Proposal {
            screen: 0,
            seat: Seat::Job(Role::Facilitator),
            id: ProposalId {
                screen: 1,
                n: u32::try_from(n).unwrap(),
            },
            event,
        });
    }
    assert_eq!(host.journal_records().len(), before + 4);
    screen.hear_until("four records", |s| s.records == 4);
    assert_eq!(screen.model.meeting, host.model.meeting);
    assert_eq!(screen.model.meeting, host.replayed());
}

#[test]
fn a_long_journal_is_streamed_to_a_screen_that_joins_and_it_agrees() {
    let mut host = TestHost::open();
    for n in 0..3000 {
        host.act(Message::Proposal {
            screen: 0,
            seat: Seat::Job(Role::Secretary),
            id: ProposalId { screen: 2, n },
            event: Event::NoteAdded {
                item: 0,
                text: format!("note {n} {}", "words ".repeat(60)),
            },
        });
    }
    assert!(std::fs::metadata(&host.journal_path).unwrap().len() > 1_000_000);
    let screen = TestScreen::join(&mut host, Seat::Job(Role::Secretary));
    assert_eq!(screen.model.meeting, host.model.meeting);
    assert!(
        screen
            .model
            .meeting
            .recorded(ProposalId { screen: 2, n: 2999 })
    );
}

#[test]
fn the_host_knows_who_is_watching_and_the_record_which_roles_ran_the_meeting() {
    let mut host = TestHost::before_the_start(share::MAX_SCREENS);
    let _timekeeper = TestScreen::join(&mut host, Seat::Job(Role::Timekeeper));
    let _wall = {
        let socket = host.place.socket.clone();
        let joining = std::thread::spawn(move || share::join(&socket, Seat::Observer, true));
        host.handle_until("the wall", |_, i| joins(i));
        joining.join().unwrap().unwrap()
    };
    assert_eq!(
        cochair::app::watching(&host.model).as_deref(),
        Some("timekeeper, room"),
        "known from the moment they join, before anything is recorded"
    );
    assert!(host.journal_records().is_empty(), "joining records nothing");
    host.act(Command::StartMeeting);
    let start = host.journal_records().pop().unwrap().event;
    assert_eq!(
        start,
        Event::Batch {
            events: vec![
                Event::MeetingStarted,
                Event::ScreenJoined {
                    kind: ScreenKind::from(cochair::agenda::Role::Timekeeper)
                },
                Event::ScreenJoined {
                    kind: ScreenKind::Room
                },
            ]
        }
    );
    // Another timekeeper is counted, not recorded again; a secretary is recorded as it joins.
    let _second = TestScreen::join(&mut host, Seat::Job(Role::Timekeeper));
    let _secretary = TestScreen::join(&mut host, Seat::Job(Role::Secretary));
    assert_eq!(
        cochair::app::watching(&host.model).as_deref(),
        Some("timekeeper ×2, secretary, room")
    );
    assert_eq!(
        host.replayed().screens(),
        [
            ScreenKind::from(cochair::agenda::Role::Timekeeper),
            ScreenKind::Room,
            ScreenKind::from(cochair::agenda::Role::Secretary)
        ]
    );
}

#[test]
fn a_screen_that_is_killed_leaves_and_the_count_goes_down() {
    let mut host = TestHost::open();
    let (mut stream, reader) = raw(&host);
    stream.write_all(hello("observer").as_bytes()).unwrap();
    host.handle_until("the screen", |_, i| joins(i));
    assert_eq!(host.screens(), 1);
    drop(stream);
    drop(reader);
    host.handle_until("the screen to leave", |_, i| leaves(i));
    assert_eq!(host.screens(), 0);
}

#[test]
fn a_screen_that_stops_reading_is_dropped_and_the_others_carry_on() {
    let mut host = TestHost::open();
    let mut reader_screen = TestScreen::join(&mut host, Seat::Observer);
    // A screen that says hello and then never reads a byte.
    let (mut stuck, _never_read) = raw(&host);
    stuck.write_all(hello("observer").as_bytes()).unwrap();
    host.handle_until("the stuck screen", |_, i| joins(i));
    assert_eq!(host.screens(), 2);
    let server = host.server.as_ref().unwrap();
    let note = |n: usize| Record {
        at: at(0),
        proposal: None,
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
    assert!(leaves(&left), "{left:?}");
    assert_eq!(server.seats(), vec![Seat::Observer]);
    assert_eq!(reader_screen.records, 10_000);
}

#[test]
fn past_its_limit_the_host_refuses_a_screen_and_says_why() {
    let mut host = TestHost::taking(2);
    let _one = TestScreen::join(&mut host, Seat::Observer);
    let _two = TestScreen::join(&mut host, Seat::Job(Role::Timekeeper));
    let refused = share::join(&host.place.socket, Seat::Job(Role::Secretary), false);
    let Err(why) = refused else {
        panic!("a third screen was let in");
    };
    let why = why.to_string();
    assert_eq!(
        why,
        "The host said: the host has as many screens joined as it takes (2; the host's --max-screens sets it)"
    );
    let (mut stream, mut reader) = raw(&host);
    stream.write_all(hello("observer").as_bytes()).unwrap();
    assert_eq!(
        read_line(&mut reader).trim_end(),
        "{\"bye\":{\"too_many_screens\":{\"max\":2}}}"
    );
    assert_eq!(host.screens(), 2);
}

#[test]
fn a_second_host_of_the_same_meeting_is_refused_and_a_dead_hosts_socket_is_reused() {
    let mut host = TestHost::open();
    let about = About {
        title: "again".into(),
        date: at(0).date_naive(),
        journal: host.journal_path.clone(),
        rehearsal: false,
        pid: 4242,
    };
    let hosting = Hosting {
        journal: host.journal_path.clone(),
        header_line: String::new(),
        about,
        max_screens: 64,
    };
    let (sender, _inbox) = channel();
    let Err(why) = Server::start(host.place.clone(), hosting, sender) else {
        panic!("a second host was let in")
    };
    let why = why.to_string();
    // The same sentence as for the journal's lock: the process, and the line that joins.
    assert_eq!(
        why,
        cochair::store::journal::held_elsewhere(
            &host.journal_path,
            Some(&cochair::store::holder::Holder::process(std::process::id()))
        )
    );
    assert!(
        why.contains(&format!("(process {})", std::process::id())),
        "{why}"
    );

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
    let screen = TestScreen::join(&mut host, Seat::Observer);
    assert_eq!(screen.model.meeting, host.model.meeting);
}

#[test]
fn a_screen_whose_host_is_gone_says_so_and_follows_it_again_when_it_is_back() {
    let mut host = TestHost::open();
    let mut screen = TestScreen::join(&mut host, Seat::Job(Role::Timekeeper));
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
    host.handle_until("the screen to join again", |_, i| joins(i));
    screen.hear_until("the meeting again", |s| {
        s.model.link == Link::Joined { connected: true }
    });
    assert_eq!(screen.model.meeting, host.model.meeting);
    assert_eq!(screen.model.meeting, host.replayed());
}

#[test]
fn a_host_that_quits_closes_its_screens_and_says_when() {
    let mut host = TestHost::open();
    let mut screen = TestScreen::join(&mut host, Seat::Job(Role::Secretary));
    host.server.as_mut().unwrap().close(at(3600));
    screen.hear_until("the goodbye", |s| {
        s.model.link == Link::Closed { at: at(3600) }
    });
    // It does not wait for the host: the next key leaves.
    let effects = update(&mut screen.model, Command::AddNote, at(3601));
    assert_eq!(effects, [Effect::Quit]);
    // The socket is gone with the host; nothing reconnects.
    host.server = None;
    assert!(!host.place.socket.exists());
    assert!(
        screen.inbox.recv_timeout(WAIT / 10).is_err(),
        "nothing more is heard"
    );
}

#[test]
fn after_the_meeting_is_adjourned_the_screens_stay_and_the_secretary_keeps_working() {
    let mut host = TestHost::open();
    let mut secretary = TestScreen::join(&mut host, Seat::Job(Role::Secretary));
    host.act(Command::EndMeeting);
    host.act(Command::Confirm);
    secretary.hear_until("the adjournment", |s| {
        s.model.meeting.phase() == cochair::meeting::Phase::Adjourned
    });
    assert_eq!(secretary.model.link, Link::Joined { connected: true });
    secretary.act(Command::AddNote);
    secretary.type_text("Thanks to the hosts of the evening");
    secretary.act(Command::Confirm);
    host.handle_until("the note", |_, i| super::harness::proposes(i));
    secretary.hear_until("the note recorded", |s| {
        s.model.meeting.entries().len() == 1
    });
    assert_eq!(host.model.meeting.entries().len(), 1);
}
