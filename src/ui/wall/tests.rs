//! The wall read from the back of the room: the item's title large, or whole in bold; the
//! marks of a direct response, a side and a closed list; the clock's label apart from its
//! digits; a planned break shown as a break.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::{Message, Model, update};
use crate::input::Command;
use crate::meeting::{Event, Record, Side};
use crate::testing::{act, at, model_from};

/// A meeting of four, on a Decision item titled `title`, then a planned break.
pub(super) fn agenda(title: &str) -> String {
    format!(
        r#"Agenda(title: "Board", date: "2026-11-24", start: "18:00",
        groups: [Group(id: "m", label: "Members", weight: 2.0), Group(id: "s", label: "Staff", weight: 1.0)],
        people: [Person(name: "Ana Lopez", group: "m"), Person(name: "Mei Chen", group: "m"),
                 Person(name: "Tom Becker", group: "s"), Person(name: "Priya Natarajan", group: "s")],
        items: [Item(title: "{title}", minutes: 20, kind: Decision),
                Item(title: "Tea", minutes: 10, kind: Break)])"#
    )
}

pub(super) fn record(model: &mut Model, secs: i64, event: Event) {
    let record = Record::new(at(secs), event);
    update(model, Message::Recorded(record), at(secs));
}

/// The room's wall, the meeting started with everyone present.
pub(super) fn wall(title: &str) -> Model {
    let mut model = model_from(&agenda(title));
    for command in [Command::RollCall, Command::AllPresent, Command::Cancel] {
        act(&mut model, command, at(0));
    }
    act(&mut model, Command::StartMeeting, at(0));
    model.room = true;
    model.projector = true;
    model
}

pub(super) fn rows(model: &Model, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| crate::ui::view(model, f)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < width {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x += crate::ui::cells(crate::text::width(symbol).max(1));
            }
            row
        })
        .collect()
}

fn blocks(row: &str) -> bool {
    row.contains(['█', '▀', '▄'])
}

#[test]
fn a_title_of_forty_characters_is_whole_on_the_wall_at_120x40() {
    let title = "Housing allocation after residential care";
    assert_eq!(title.chars().count(), 41);
    let title = &title[..40];
    let model = wall(title);
    let shown = rows(&model, 120, 40);
    let text = shown.join("\n");
    assert!(text.contains(title), "{text}");
}

#[test]
fn a_short_title_is_drawn_in_block_letters_three_rows_tall() {
    let model = wall("Budget 2027");
    let shown = rows(&model, 120, 40);
    assert!(
        !shown.join("\n").contains("Budget 2027"),
        "drawn, not written"
    );
    // Under the two lines of the heading, three rows of block letters.
    assert!(
        shown[1].contains("Item 1 of 2 · Decision"),
        "{:?}",
        shown[1]
    );
    for row in &shown[2..5] {
        assert!(blocks(row), "{row:?}");
    }
    assert!(!blocks(&shown[5]), "a blank row under the title");
    // At 80×24 too.
    let shown = rows(&model, 80, 24);
    for row in &shown[2..5] {
        assert!(blocks(row), "{row:?}");
    }
}

#[test]
fn a_direct_response_a_side_and_a_closed_list_are_marked_as_on_the_facilitator_s_screen() {
    let mut model = wall("Budget 2027");
    for (secs, person, side) in [
        (10, "Tom Becker", Side::Pro),
        (20, "Priya Natarajan", Side::Contra),
    ] {
        let person = person.into();
        record(&mut model, secs, Event::HandRaisedFor { person, side });
    }
    record(
        &mut model,
        30,
        Event::FloorGiven {
            person: "Ana Lopez".into(),
            by_override: false,
        },
    );
    let response = Event::ResponseRaised {
        person: "Mei Chen".into(),
        to: "Ana Lopez".into(),
    };
    record(&mut model, 40, response);
    act(&mut model, Command::ToggleList, at(50));
    let text = rows(&model, 120, 40).join("\n");
    assert!(text.contains("⊘ List closed"), "{text}");
    assert!(
        text.contains("↩ Mei Chen — ↩ responds to Ana Lopez"),
        "{text}"
    );
    assert!(text.contains("+ Tom Becker — + pro"), "{text}");
    assert!(text.contains("− Priya Natarajan — − contra"), "{text}");
    // The facilitator's screen marks the sides the same way.
    model.room = false;
    model.projector = false;
    let text = rows(&model, 120, 40).join("\n");
    assert!(text.contains("+ pro"), "{text}");
    assert!(text.contains("− contra"), "{text}");
    // The response on the floor is marked above the speaker's name.
    model.room = true;
    model.projector = true;
    act(&mut model, Command::NextSpeaker, at(60));
    let text = rows(&model, 120, 40).join("\n");
    assert!(text.contains("↩ direct response to Ana Lopez"), "{text}");
    // And a side on the floor.
    act(&mut model, Command::NextSpeaker, at(90));
    let text = rows(&model, 120, 40).join("\n");
    assert!(text.contains("+ pro: for the motion"), "{text}");
}

/// The row of the clock's label, and the rows around it.
fn label_and_below(shown: &[String], label: &str) -> (usize, String) {
    let at = shown
        .iter()
        .position(|r| r.contains(label))
        .unwrap_or_else(|| panic!("no {label:?} in\n{}", shown.join("\n")));
    (at, shown[at + 1].clone())
}

#[test]
fn the_clock_s_label_never_touches_its_digits_at_120x40() {
    let mut model = wall("Budget 2027");
    let (_, below) = label_and_below(&rows(&model, 120, 40), "Item time left");
    assert!(!blocks(&below), "{below:?}");
    record(
        &mut model,
        10,
        Event::HandRaised {
            person: "Mei Chen".into(),
            process: false,
        },
    );
    act(&mut model, Command::NextSpeaker, at(20));
    let (_, below) = label_and_below(&rows(&model, 120, 40), "Mei Chen's turn");
    assert!(!blocks(&below), "{below:?}");
    update(&mut model, Message::Tick, at(20 + 200));
    let (_, below) = label_and_below(&rows(&model, 120, 40), "over time");
    assert!(!blocks(&below), "{below:?}");
    act(&mut model, Command::PauseClock, at(300));
    let (_, below) = label_and_below(&rows(&model, 120, 40), "PAUSED");
    assert!(!blocks(&below), "{below:?}");
    act(&mut model, Command::PauseClock, at(310));
    act(&mut model, Command::NextItem, at(320));
    let (_, below) = label_and_below(&rows(&model, 120, 40), "Break · back at");
    assert!(!blocks(&below), "{below:?}");
}

#[test]
fn a_planned_break_shows_break_and_the_time_left() {
    let mut model = wall("Budget 2027");
    act(&mut model, Command::NextItem, at(600));
    update(&mut model, Message::Tick, at(600 + 150));
    let shown = rows(&model, 120, 40);
    let text = shown.join("\n");
    assert!(text.contains("☕ Break · back at 18:20"), "{text}");
    assert!(text.contains("Item: 07:30 left"), "{text}");
    assert!(!text.contains("Floor open"), "{text}");
    // BREAK in block capitals when there is room, in words when there is not.
    let small = rows(&model, 60, 20).join("\n");
    assert!(small.contains("BREAK"), "{small}");
}

#[test]
fn an_interposed_question_is_on_the_wall_with_its_countdown_and_the_turn_held() {
    let mut model = wall("Budget 2027");
    let person = "Tom Becker".into();
    let given = Event::FloorGiven {
        person,
        by_override: false,
    };
    record(&mut model, 10, given);
    let (person, to) = ("Mei Chen".into(), "Tom Becker".into());
    record(&mut model, 30, Event::QuestionAsked { person, to });
    update(&mut model, Message::Tick, at(40));
    for (w, h) in [(120, 40), (80, 24)] {
        let shown = rows(&model, w, h);
        let text = shown.join("\n");
        assert!(text.contains("⏸ turn held for a question"), "{text}");
        let (_, below) = label_and_below(&shown, "? Question: Mei Chen to Tom Becker");
        assert!(!blocks(&below), "{below:?}");
    }
}

#[test]
fn a_closed_list_is_said_once_in_the_marks_or_under_the_queue_on_a_short_wall() {
    let mut model = wall("Budget 2027");
    let person = "Tom Becker".into();
    record(
        &mut model,
        10,
        Event::HandRaised {
            person,
            process: false,
        },
    );
    act(&mut model, Command::ToggleList, at(20));
    for (w, h) in [(120, 40), (80, 24), (80, 14)] {
        let text = rows(&model, w, h).join("\n");
        assert_eq!(text.matches("⊘ List closed").count(), 1, "{w}×{h}\n{text}");
    }
}
