//! Confidential stays confidential: an action added on a confidential item is asked about
//! (confidential too, by default), and a confidential action stays out of every document for
//! everyone; the quorum line of the minutes reads right with several customer groups.

use crate::app::{Message, Model, Overlay, update};
use crate::export::{Format, Options, render};
use crate::input::Command;
use crate::meeting::Event;
use crate::testing::{act, at, model_from};

/// Members and carers are both customer groups; the second item is confidential.
const AGENDA: &str = r#"Agenda(title: "Council", date: "2026-11-24", start: "18:00",
    groups: [Group(id: "m", label: "Members", weight: 2.0), Group(id: "c", label: "Carers", weight: 2.0),
             Group(id: "s", label: "Staff", weight: 1.0)],
    people: [Person(name: "Ana Lopez", group: "m"), Person(name: "Mei Chen", group: "c"),
             Person(name: "Sam Reed", group: "m"), Person(name: "Lena Fischer", group: "c"),
             Person(name: "Tom Becker", group: "s"), Person(name: "Priya Natarajan", group: "s"),
             Person(name: "Dr. Okafor", group: "s")],
    items: [Item(title: "Open", minutes: 10), Item(title: "Evictions", minutes: 10, confidential: true)],
    quorum: Some(Quorum(min_present: 5, customer_majority: false)))"#;

fn on_item(item: usize) -> Model {
    let mut model = model_from(AGENDA);
    for command in [Command::RollCall, Command::AllPresent, Command::Cancel] {
        act(&mut model, command, at(0));
    }
    act(&mut model, Command::StartMeeting, at(0));
    for _ in 0..item {
        act(&mut model, Command::NextItem, at(60));
    }
    model
}

fn type_text(model: &mut Model, text: &str) {
    for c in text.chars() {
        update(model, Message::Type(c), at(100));
    }
}

/// `A`, the words, the owner, no due date: up to the question, if one is asked.
fn add_action(model: &mut Model, text: &str) {
    act(model, Command::AddAction, at(100));
    type_text(model, text);
    act(model, Command::Confirm, at(100));
    type_text(model, "Mei");
    act(model, Command::Confirm, at(100));
    type_text(model, "none");
    act(model, Command::Confirm, at(100));
}

fn recorded_private(model: &Model) -> Vec<bool> {
    model.meeting.actions().map(|(_, e)| e.private).collect()
}

fn options(include_confidential: bool) -> Options {
    Options {
        offset: crate::testing::utc(),
        include_confidential,
        now: at(200),
        lang: crate::lang::Lang::En,
    }
}

#[test]
fn an_action_on_a_confidential_item_asks_and_is_confidential_by_default() {
    let mut model = on_item(1);
    add_action(&mut model, "Call the landlord");
    let Overlay::Confirm(question) = &model.overlay else {
        panic!("asked: {:?}", model.overlay);
    };
    let wording = question.wording(&model);
    assert_eq!(wording.title, "An action on a confidential item");
    assert!(wording.body.join(" ").contains("confidential too"));
    // enter is yes.
    act(&mut model, Command::Confirm, at(101));
    assert_eq!(recorded_private(&model), [true]);

    add_action(&mut model, "Tell the council the outcome");
    act(&mut model, Command::Decline, at(102));
    assert_eq!(recorded_private(&model), [true, false]);

    add_action(&mut model, "Never mind");
    act(&mut model, Command::Cancel, at(103));
    assert_eq!(recorded_private(&model).len(), 2, "esc adds nothing");
}

#[test]
fn an_action_on_an_open_item_is_not_asked_about() {
    let mut model = on_item(0);
    add_action(&mut model, "Book the hall");
    assert_eq!(model.overlay, Overlay::None);
    assert_eq!(recorded_private(&model), [false]);
    let line = serde_json::to_string(&Event::ActionAdded {
        item: 0,
        text: "x".into(),
        owner: "y".into(),
        due: None,
        private: None,
    })
    .unwrap();
    assert!(!line.contains("private"), "journals as before: {line}");
}

#[test]
fn a_confidential_action_stays_out_of_every_document_for_everyone() {
    let mut model = on_item(1);
    add_action(&mut model, "Call the landlord");
    act(&mut model, Command::Confirm, at(101));
    add_action(&mut model, "Tell the council the outcome");
    act(&mut model, Command::Decline, at(102));
    let meeting = &model.meeting;
    for &format in Format::ALL {
        let text = render(meeting, format, &options(false));
        assert!(!text.contains("landlord"), "{format:?}:\n{text}");
        if format != Format::EasyRead {
            assert!(text.contains("Tell the council"), "{format:?}:\n{text}");
        }
    }
    let minutes = render(meeting, Format::Minutes, &options(false));
    assert!(minutes.contains("Action: held in confidence"), "{minutes}");
    // Asked for, the confidential minutes have it; todo.txt never does.
    let whole = render(meeting, Format::Minutes, &options(true));
    assert!(whole.contains("Call the landlord"), "{whole}");
    assert!(!render(meeting, Format::Todo, &options(true)).contains("landlord"));
    // Nor is it handed to the next meeting's review, minutes and report.
    let open: Vec<String> = meeting.open_actions().into_iter().map(|a| a.text).collect();
    assert_eq!(open, ["Tell the council the outcome"]);
}

#[test]
fn a_confidential_action_shows_as_confidential_on_screen() {
    let mut model = on_item(1);
    add_action(&mut model, "Call the landlord");
    act(&mut model, Command::Confirm, at(101));
    act(&mut model, Command::RecordView, at(102));
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 30)).unwrap();
    terminal.draw(|f| crate::ui::view(&model, f)).unwrap();
    let buffer = terminal.backend().buffer();
    // A wide character once, not followed by the cell it covers.
    let row = (0..30)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < 120 {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x += crate::ui::cells(crate::text::width(symbol).max(1));
            }
            row
        })
        .find(|row| row.contains("Call the landlord"))
        .expect("the action is on screen");
    assert!(row.contains("🔒 confidential"), "{row}");
}

#[test]
fn the_quorum_line_counts_people_from_customer_groups() {
    let model = on_item(0);
    let minutes = render(&model.meeting, Format::Minutes, &options(false));
    let flat = minutes.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("7 present, 4 of them from customer groups."),
        "{minutes}"
    );
}

#[test]
fn the_question_shows_every_answer_at_80x24() {
    let mut model = on_item(1);
    add_action(&mut model, "Call the landlord");
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| crate::ui::view(&model, f)).unwrap();
    let shown: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    for answer in [
        "yes, keep it confidential",
        "no, it may go in the minutes",
        "don't add it",
    ] {
        assert!(shown.contains(answer), "{answer}: {shown}");
    }
}
