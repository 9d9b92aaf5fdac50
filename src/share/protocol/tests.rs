//! The wire: every message round-trips, and the current version's messages are pinned in
//! `tests/wire/protocol-N.jsonl`, so a change of shape is made on purpose, with a new version.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::*;
use crate::agenda::Role;
use crate::meeting::{EventError, Vote};

const ID: ProposalId = ProposalId {
    screen: 0x1234_5678_9abc_def0,
    n: 7,
};

fn at() -> DateTime<Utc> {
    "2026-11-24T18:00:00Z".parse().unwrap()
}

/// One of every message, every goodbye and every refusal.
fn to_host() -> Vec<ToHost> {
    vec![
        ToHost::Hello(Hello {
            protocol: PROTOCOL,
            seat: Seat::Job(Role::Timekeeper),
            room: false,
        }),
        ToHost::Hello(Hello {
            protocol: PROTOCOL,
            seat: Seat::Observer,
            room: true,
        }),
        ToHost::Propose(Proposal {
            id: ID,
            event: Event::NoteAdded {
                item: 2,
                text: "Families asked for evening meetings".into(),
            },
        }),
    ]
}

fn to_screen() -> Vec<ToScreen> {
    let mut all = vec![
        ToScreen::Welcome(Welcome {
            protocol: PROTOCOL,
            title: "Family Council — November".into(),
            rehearsal: true,
        }),
        ToScreen::Journal { bytes: 5120 },
        ToScreen::Live,
        ToScreen::Record(Record {
            at: at(),
            proposal: Some(ID),
            event: Event::DecisionRecorded {
                item: 3,
                text: "Budget agreed".into(),
                vote: Vote::Consensus,
            },
        }),
        // The host stamps whose screen paused the clocks.
        ToScreen::Record(Record::new(
            at(),
            Event::ClockPaused {
                role: Some(crate::agenda::Role::Timekeeper),
            },
        )),
    ];
    let refusals = [
        Refusal::NotYourRole(Seat::Job(Role::Secretary)),
        Refusal::HostOnly,
        Refusal::NotNow(EventError::ListClosed),
        Refusal::NotNow(EventError::EntryDeleted(3)),
        Refusal::NotNow(EventError::NotADecision(crate::agenda::ItemKind::Info)),
        Refusal::NotNow(EventError::SameName {
            name: "ana".into(),
            same: "Ana".into(),
        }),
        Refusal::AlreadyRecorded,
        Refusal::NotSaved(crate::app::SaveError::System(
            "No space left on device".into(),
        )),
        Refusal::NotSaved(crate::app::SaveError::PermissionDenied),
        Refusal::AlreadyJoined,
        Refusal::NotUnderstood,
    ];
    all.extend(
        refusals
            .into_iter()
            .map(|why| ToScreen::Refused { id: Some(ID), why }),
    );
    let goodbyes = [
        Goodbye::ClosedByHost { at: at() },
        Goodbye::TooManyScreens { max: 64 },
        Goodbye::OtherProtocol {
            host: PROTOCOL,
            screen: 1,
        },
        Goodbye::NoHello,
        Goodbye::LineTooLong { max_kib: 256 },
    ];
    all.extend(goodbyes.into_iter().map(ToScreen::Bye));
    all
}

/// Each kind by name: a new kind does not compile until it is named here, and the test below
/// fails until the samples hold it.
fn kind_to_host(message: &ToHost) -> &'static str {
    match message {
        ToHost::Hello(_) => "hello",
        ToHost::Propose(_) => "propose",
    }
}

fn kind_to_screen(message: &ToScreen) -> &'static str {
    match message {
        ToScreen::Welcome(_) => "welcome",
        ToScreen::Journal { .. } => "journal",
        ToScreen::Live => "live",
        ToScreen::Record(_) => "record",
        ToScreen::Refused { why, .. } => match why {
            Refusal::NotYourRole(_) => "refused: not your role",
            Refusal::HostOnly => "refused: host only",
            Refusal::NotNow(_) => "refused: not now",
            Refusal::AlreadyRecorded => "refused: already recorded",
            Refusal::NotSaved(_) => "refused: not saved",
            Refusal::AlreadyJoined => "refused: already joined",
            Refusal::NotUnderstood => "refused: not understood",
        },
        ToScreen::Bye(goodbye) => match goodbye {
            Goodbye::ClosedByHost { .. } => "bye: closed by host",
            Goodbye::TooManyScreens { .. } => "bye: too many screens",
            Goodbye::OtherProtocol { .. } => "bye: other protocol",
            Goodbye::NoHello => "bye: no hello",
            Goodbye::LineTooLong { .. } => "bye: line too long",
        },
    }
}

const KINDS: usize = 2 + 4 + 7 + 5;

#[test]
fn every_message_is_one_line_and_round_trips() {
    let mut kinds = BTreeSet::new();
    for message in to_host() {
        let sent = line(&message);
        assert_eq!(sent.matches('\n').count(), 1, "{sent}");
        assert_eq!(serde_json::from_str::<ToHost>(&sent).unwrap(), message);
        kinds.insert(kind_to_host(&message));
    }
    for message in to_screen() {
        let sent = line(&message);
        assert_eq!(sent.matches('\n').count(), 1, "{sent}");
        assert_eq!(serde_json::from_str::<ToScreen>(&sent).unwrap(), message);
        kinds.insert(kind_to_screen(&message));
    }
    assert_eq!(
        kinds.len(),
        KINDS,
        "a kind of message has no sample: {kinds:?}"
    );
}

/// The file that pins this version's wire.
fn golden() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/wire/protocol-{PROTOCOL}.jsonl"))
}

#[test]
fn the_wire_of_this_version_is_as_pinned() {
    let mut sent = String::new();
    for message in to_host() {
        sent.push_str(&line(&message));
    }
    for message in to_screen() {
        sent.push_str(&line(&message));
    }
    let path = golden();
    let Ok(pinned) = std::fs::read_to_string(&path) else {
        // A new version's file is written once, when asked; an existing one never is.
        if std::env::var_os("COCHAIR_WRITE_WIRE").is_some() {
            std::fs::write(&path, &sent).unwrap();
            return;
        }
        panic!(
            "{} is missing: a new protocol version pins its wire there (run with COCHAIR_WRITE_WIRE=1 to write it)",
            path.display()
        );
    };
    assert!(
        pinned == sent,
        "the messages of protocol {PROTOCOL} changed shape.\nIf that is meant, raise PROTOCOL in src/share/protocol.rs to {} and pin the new wire (COCHAIR_WRITE_WIRE=1); screens of another version are then refused at hello.\nPinned:\n{pinned}\nNow:\n{sent}",
        PROTOCOL + 1
    );
}

#[test]
fn unknown_and_malformed_messages_do_not_parse() {
    for text in [
        "not json",
        "{\"propose\":{\"at\":\"x\"}}",
        "{\"propose\":{\"id\":{\"screen\":1,\"n\":1},\"event\":{\"event\":\"clock_paused\"},\"at\":\"2026-11-24T18:00:00Z\"}}",
        "{\"delete_everything\":true}",
        "{\"hello\":{\"protocol\":2,\"role\":\"chairman\"}}",
    ] {
        assert!(serde_json::from_str::<ToHost>(text).is_err(), "{text}");
    }
}

#[test]
fn any_version_s_hello_is_read_for_its_protocol_and_version_1_hears_words() {
    let old: AnyHello =
        serde_json::from_str("{\"hello\":{\"protocol\":1,\"role\":\"timekeeper\"}}").unwrap();
    assert_eq!(old.hello.protocol, 1);
    let future: AnyHello =
        serde_json::from_str("{\"hello\":{\"protocol\":9,\"seat\":\"left\"}}").unwrap();
    assert_eq!(future.hello.protocol, 9);
    assert_eq!(
        other_protocol(1),
        "{\"bye\":\"the host speaks protocol 4, this screen 1: run the same version of cochair on both\"}\n"
    );
    // A screen of version 2 reads the typed goodbye, whose shape has not changed since.
    assert_eq!(
        other_protocol(2),
        "{\"bye\":{\"other_protocol\":{\"host\":4,\"screen\":2}}}\n"
    );
}

#[test]
fn a_line_over_the_limit_is_refused_without_being_held() {
    let long = "x".repeat(10_000) + "\nnext\n";
    let mut reader = io::BufReader::with_capacity(64, long.as_bytes());
    assert_eq!(read_line(&mut reader, 1000).unwrap(), Read::TooLong);
    let mut reader = io::BufReader::new("one\ntwo".as_bytes());
    assert_eq!(
        read_line(&mut reader, 100).unwrap(),
        Read::Line("one".into())
    );
    assert_eq!(
        read_line(&mut reader, 100).unwrap(),
        Read::Line("two".into())
    );
    assert_eq!(read_line(&mut reader, 100).unwrap(), Read::Closed);
}

/// A goodbye is typed on the wire, so each screen says it in its own language; English is
/// what the host said before.
#[test]
fn a_goodbye_is_said_in_the_screen_s_language() {
    let full = Goodbye::TooManyScreens { max: 64 };
    assert_eq!(
        full.said(Lang::En),
        "the host has as many screens joined as it takes (64; the host's --max-screens sets it)"
    );
    assert_eq!(full.to_string(), full.said(Lang::En));
    assert_eq!(
        full.said(Lang::Es),
        "ya tiene conectadas todas las pantallas que acepta (64; lo fija su --max-screens)"
    );
    let other = Goodbye::OtherProtocol { host: 3, screen: 2 };
    assert!(
        other.said(Lang::Es).starts_with("habla el protocolo 3"),
        "{}",
        other.said(Lang::Es)
    );
}
