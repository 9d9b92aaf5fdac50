use cochair::agenda::Seat;
use cochair::app::{self, Input, Message};
use cochair::meeting::{Event, Record};
use proptest::prelude::*;

use super::harness::{TestHost, TestScreen, WAIT, at};

/// What a screen might propose: some allowed to its role, some not, some that make no sense
/// at that moment.
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

fn role_strategy() -> impl Strategy<Value = Seat> {
    prop::sample::select(Seat::ALL.to_vec())
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
                let mut proposer = screen.proposer.clone();
                let events = events.clone();
                std::thread::spawn(move || {
                    for event in events {
                        let record = Record { at: at(0), proposal: None, event };
                        app::Recorder::append(&mut proposer, &record).unwrap();
                    }
                })
            })
            .collect();
        for sender in senders {
            sender.join().unwrap();
        }
        let mut heard_proposals = 0;
        while heard_proposals < proposals {
            if let Input::Message(Message::Proposal { .. }) = host.handle_one(WAIT).expect("a proposal") {
                heard_proposals += 1;
            }
        }
        prop_assert!(host.journal_records().len() >= before);
        // Each screen hears every record (a screen that never agreed would wait in vain).
        let hosts = host.model.meeting.clone();
        for screen in &mut joined {
            screen.hear_until("every record", |s| s.model.meeting == hosts);
        }
        prop_assert_eq!(&host.model.meeting, &host.replayed());
    }
}
