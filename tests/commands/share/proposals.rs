use cochair::agenda::{Role, Seat};
use cochair::app::{Link, Message, Overlay, PromptFor, Question};
use cochair::input::Command;
use cochair::meeting::{Event, Record};

use super::harness::{TestHost, TestScreen, at, joins, proposes};

/// The secretary types a note and presses enter.
fn note(screen: &mut TestScreen, text: &str) {
    screen.act(Command::AddNote);
    screen.type_text(text);
    screen.act(Command::Confirm);
}

fn notes(records: &[Record], text: &str) -> usize {
    records
        .iter()
        .filter(|r| matches!(&r.event, Event::NoteAdded { text: t, .. } if t == text))
        .count()
}

#[test]
fn a_proposal_is_pending_until_its_record_comes_back_with_its_id() {
    let mut host = TestHost::open();
    let mut secretary = TestScreen::join(&mut host, Seat::Job(Role::Secretary));
    note(&mut secretary, "Families asked for evening meetings");
    assert_eq!(secretary.model.pending.len(), 1);
    let id = secretary.model.pending[0].id;
    assert!(secretary.model.pending[0].sent);
    assert!(
        cochair::app::unconfirmed(&secretary.model)
            .is_some_and(|what| what.contains("evening meetings")),
        "shown as waiting for the host"
    );
    host.handle_until("the note", |_, i| proposes(i));
    let recorded = host.journal_records().pop().unwrap();
    assert_eq!(recorded.proposal, Some(id), "the record keeps the id");
    secretary.hear_until("the note back", |s| s.records == 1);
    assert!(secretary.model.pending.is_empty());
    assert_eq!(secretary.model.meeting, host.model.meeting);
}

/// The host stops before it answers and is then killed: what the secretary sent is not
/// confirmed, kept, and, once the host is back, offered again only if the journal lacks it.
#[test]
fn nothing_sent_to_a_host_that_dies_is_lost_or_recorded_twice() {
    let mut host = TestHost::open();
    let mut secretary = TestScreen::join(&mut host, Seat::Job(Role::Secretary));
    // Two notes go out while the host is stopped (it does not handle its inbox).
    note(
        &mut secretary,
        "First note, which the host wrote before it died",
    );
    note(
        &mut secretary,
        "Second note, which never reached the journal",
    );
    assert_eq!(secretary.model.pending.len(), 2);
    // The host had written the first one to its journal when it was killed, and never sent
    // it back; the second it never read.
    let first = match host.inbox.recv_timeout(super::harness::WAIT).unwrap() {
        cochair::app::Input::Message(Message::Proposal { id, event, .. }) => Record {
            at: at(100),
            proposal: Some(id),
            event,
        },
        other => panic!("{other:?}"),
    };
    host.journal.as_mut().unwrap().append(&first).unwrap();
    // The second dies with the host, unread.
    let second = host.inbox.recv_timeout(super::harness::WAIT).unwrap();
    assert!(proposes(&second), "{second:?}");
    host.server = None;
    secretary.hear_until("the host to be gone", |s| {
        s.model.link == Link::Joined { connected: false }
    });
    assert!(
        secretary.model.pending.iter().all(|p| !p.sent),
        "not confirmed"
    );
    assert!(
        cochair::app::unconfirmed(&secretary.model).is_some_and(|s| s.contains("First note")),
        "the screen keeps and shows what it sent"
    );

    // The host is started again from its journal; the screen joins again by itself.
    host.restart();
    host.handle_until("the screen to join again", |_, i| joins(i));
    secretary.hear_until("the meeting again", |s| {
        s.model.link == Link::Joined { connected: true }
    });
    // The first note is in the journal: nothing to offer. The second is offered again.
    assert!(secretary.model.pending.is_empty());
    let Overlay::Confirm(Question::SendAgain { event, .. }) = &secretary.model.overlay else {
        panic!("not offered again: {:?}", secretary.model.overlay);
    };
    assert!(
        matches!(event, Event::NoteAdded { text, .. } if text.starts_with("Second note")),
        "{event:?}"
    );
    secretary.act(Command::Confirm);
    host.handle_until("the note sent again", |_, i| proposes(i));
    secretary.hear_until("it recorded", |s| s.model.pending.is_empty());
    let records = host.journal_records();
    assert_eq!(
        notes(&records, "First note, which the host wrote before it died"),
        1
    );
    assert_eq!(
        notes(&records, "Second note, which never reached the journal"),
        1
    );
    assert_eq!(
        secretary.model.overlay,
        Overlay::None,
        "nothing more to offer"
    );
    assert_eq!(secretary.model.meeting, host.replayed());
}

/// Two secretaries: one strikes the entry the other is correcting. The correction is kept and
/// offered as a new entry, whichever reaches the host first.
#[test]
fn a_correction_of_an_entry_struck_meanwhile_is_kept_as_a_new_entry() {
    let mut host = TestHost::open();
    let mut ana = TestScreen::join(&mut host, Seat::Job(Role::Secretary));
    let mut sam = TestScreen::join(&mut host, Seat::Job(Role::Secretary));
    for text in ["Budget agreed", "Transport raised"] {
        note(&mut ana, text);
        host.handle_until("the note", |_, i| proposes(i));
    }
    ana.hear_until("both notes", |s| s.records == 2);
    sam.hear_until("both notes", |s| s.records == 2);

    // Ana corrects entry 1 while Sam strikes it, and the strike reaches the host first.
    ana.act(Command::RecordView);
    ana.act(Command::SelectPrevious);
    ana.act(Command::EditEntry);
    assert!(matches!(
        &ana.model.overlay,
        Overlay::Prompt(p) if p.purpose == PromptFor::EditEntry { entry: 0 }
    ));
    ana.act(Message::Edit(cochair::app::Edit::DeleteToStart));
    ana.type_text("Budget agreed, with the transport line cut");
    sam.act(Command::RecordView);
    sam.act(Command::SelectPrevious);
    sam.act(Command::DeleteEntry);
    sam.act(Command::Confirm);
    host.handle_until("the strike", |_, i| proposes(i));
    ana.act(Command::Confirm);
    host.handle_until("the correction", |_, i| proposes(i));
    ana.hear_until("the refusal", |s| !s.refusals.is_empty());
    // Offered as a new note, with what Ana typed.
    let Overlay::Prompt(prompt) = &ana.model.overlay else {
        panic!("not offered: {:?}", ana.model.overlay);
    };
    assert_eq!(prompt.purpose, PromptFor::AsNewEntry { entry: 0 });
    assert_eq!(
        prompt.field.text(),
        "Budget agreed, with the transport line cut"
    );
    ana.act(Command::Confirm);
    host.handle_until("the new entry", |_, i| proposes(i));
    let entries = host.model.meeting.entries();
    assert!(entries[0].deleted);
    assert_eq!(
        entries[2].text,
        "Budget agreed, with the transport line cut"
    );
    assert!(!entries[2].deleted);

    // The other order: the strike arrives while the correction is still being typed.
    note(&mut ana, "Respite list is long");
    host.handle_until("the note", |_, i| proposes(i));
    ana.hear_until("the notes", |s| s.model.meeting.entries().len() == 4);
    sam.hear_until("the notes", |s| s.model.meeting.entries().len() == 4);
    ana.act(Command::RecordView);
    ana.act(Command::EditEntry);
    ana.type_text(" (eighteen months)");
    sam.act(Command::Cancel);
    sam.act(Command::RecordView);
    sam.act(Command::DeleteEntry);
    sam.act(Command::Confirm);
    host.handle_until("the second strike", |_, i| proposes(i));
    ana.hear_until("the strike", |s| s.model.meeting.entries()[3].deleted);
    let Overlay::Prompt(prompt) = &ana.model.overlay else {
        panic!("the correction was closed: {:?}", ana.model.overlay);
    };
    assert_eq!(prompt.purpose, PromptFor::AsNewEntry { entry: 3 });
    assert_eq!(
        prompt.field.text(),
        "Respite list is long (eighteen months)"
    );
}
