use std::io::{Read as _, Write};

use cochair::agenda::{Role, Seat};
use cochair::app::{Input, Message, Refusal};
use cochair::meeting::{Event, EventError, ProposalId};
use cochair::share::protocol::{Proposal, ToHost, ToScreen, line};

use super::harness::{
    TestHost, TestScreen, WAIT, hello, joins, leaves, proposes, raw, read_line, read_until,
};

fn propose(event: Event, n: u32) -> String {
    let id = ProposalId { screen: 99, n };
    line(&ToHost::Propose(Proposal { id, event }))
}

#[test]
fn what_a_screen_proposes_is_checked_against_its_role_and_the_meeting() {
    let mut host = TestHost::open();
    let mut timekeeper = TestScreen::join(&mut host, Seat::Job(Role::Timekeeper));
    let mut observer = TestScreen::join(&mut host, Seat::Observer);
    let before = host.journal_records().len();

    timekeeper.act(cochair::input::Command::PauseClock);
    host.handle_until("the pause", |_, i| proposes(i));
    let paused = host.journal_records().last().unwrap().clone();
    assert_eq!(
        paused.event,
        Event::ClockPaused {
            role: Some(cochair::agenda::Role::Timekeeper)
        },
        "the journal says whose screen paused the clocks"
    );
    assert_eq!(
        paused.proposal.map(|p| p.n),
        Some(1),
        "the record keeps the proposal's id"
    );
    timekeeper.hear_until("the pause back", |s| s.model.meeting.paused().is_some());
    observer.hear_until("the pause too", |s| s.model.meeting.paused().is_some());
    assert!(timekeeper.model.pending.is_empty(), "answered");

    // What another cochair might send as an observer or a timekeeper: the host checks the
    // role itself, whatever the screen claims.
    for (role, event) in [
        (Seat::Observer, Event::ClockResumed { role: None }),
        (
            Seat::Job(Role::Timekeeper),
            Event::NoteAdded {
                item: 0,
                text: "Minutes approved".into(),
            },
        ),
        (
            Seat::Job(Role::Facilitator),
            Event::ScreenJoined {
                kind: cochair::meeting::ScreenKind::from(cochair::agenda::Role::Secretary),
            },
        ),
    ] {
        let proposal = Message::Proposal {
            screen: 999,
            seat: role,
            id: ProposalId { screen: 5, n: 1 },
            event,
        };
        host.sender.send(Input::Message(proposal)).unwrap();
        host.handle_one(WAIT).unwrap();
    }
    assert_eq!(host.journal_records().len(), before + 1);

    // The meeting refuses what makes no sense now, and says so to the screen that sent it,
    // typed and naming the proposal.
    let (mut stream, mut reader) = raw(&host);
    stream.write_all(hello("timekeeper").as_bytes()).unwrap();
    host.handle_until("the bare screen", |_, i| joins(i));
    stream
        .write_all(propose(Event::ClockPaused { role: None }, 7).as_bytes())
        .unwrap();
    host.handle_until("the second pause", |_, i| proposes(i));
    let refused = read_until(&mut reader, |l| l.starts_with("{\"refused\""));
    let refused: ToScreen = serde_json::from_str(&refused).unwrap();
    assert_eq!(
        refused,
        ToScreen::Refused {
            id: Some(ProposalId { screen: 99, n: 7 }),
            why: Refusal::NotNow(EventError::ClockStopped)
        }
    );
    assert_eq!(host.journal_records().len(), before + 1);
}

#[test]
fn a_screen_that_does_not_say_hello_or_speaks_another_protocol_is_told_why_and_closed() {
    let host = TestHost::open();
    for (first, said) in [
        ("{\"propose\":{}}\n", "{\"bye\":\"no_hello\"}"),
        ("not json at all\n", "{\"bye\":\"no_hello\"}"),
        (
            "{\"hello\":{\"protocol\":99,\"role\":\"observer\",\"what\":\"next\"}}\n",
            "{\"bye\":{\"other_protocol\":{\"host\":4,\"screen\":99}}}",
        ),
        // A screen of the first version reads its goodbye as it wrote them: in words.
        (
            "{\"hello\":{\"protocol\":1,\"role\":\"observer\"}}\n",
            "{\"bye\":\"the host speaks protocol 4, this screen 1: run the same version of cochair on both\"}",
        ),
    ] {
        let (mut stream, mut reader) = raw(&host);
        stream.write_all(first.as_bytes()).unwrap();
        assert_eq!(read_line(&mut reader).trim_end(), said);
        assert_eq!(read_line(&mut reader), "", "closed after the bye");
    }
}

#[test]
fn nonsense_from_a_joined_screen_is_refused_and_a_huge_line_closes_it() {
    let mut host = TestHost::open();
    let (mut stream, mut reader) = raw(&host);
    stream.write_all(hello("secretary").as_bytes()).unwrap();
    host.handle_until("the screen", |_, i| joins(i));
    let journal_before = std::fs::read(&host.journal_path).unwrap();
    stream.write_all(b"{\"delete\":\"everything\"}\n").unwrap();
    stream.write_all(hello("facilitator").as_bytes()).unwrap();
    let mut refusals = Vec::new();
    while refusals.len() < 2 {
        refusals.push(read_until(&mut reader, |l| l.starts_with("{\"refused\"")));
    }
    assert_eq!(
        refusals[0].trim_end(),
        "{\"refused\":{\"id\":null,\"why\":\"not_understood\"}}"
    );
    assert_eq!(
        refusals[1].trim_end(),
        "{\"refused\":{\"id\":null,\"why\":\"already_joined\"}}"
    );

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
    assert!(
        rest.contains("{\"bye\":{\"line_too_long\":{\"max_kib\":256}}}"),
        "{rest}"
    );
    drop(writer.join().unwrap());
    host.handle_until("the screen to be gone", |_, i| leaves(i));
    assert_eq!(host.screens(), 0);
    assert_eq!(
        std::fs::read(&host.journal_path).unwrap(),
        journal_before,
        "the journal is intact"
    );

    // The host still serves everyone else.
    let screen = TestScreen::join(&mut host, Seat::Observer);
    assert_eq!(screen.model.meeting, host.model.meeting);
}
