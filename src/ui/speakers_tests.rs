//! The list of speakers on every screen: the facilitator's, a joined timekeeper's, the wall.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;
use crate::agenda::{Role, Seat};
use crate::app::Message;
use crate::input::Command;
use crate::meeting::{Event, Record};
use crate::testing::{act, at, everyone_present_and_started};

fn screen(model: &Model, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view(model, f)).unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            x += cells(crate::text::width(symbol).max(1));
        }
        out.push('\n');
    }
    out
}

fn record(model: &mut Model, secs: i64, event: Event) {
    let record = Record::new(at(secs), event);
    crate::app::update(model, Message::Recorded(record), at(secs));
}

/// Tom Becker has had the floor since second 10; Mei Chen has asked him a question at 30;
/// the screen shows second 40.
fn question_asked() -> Model {
    let mut model = everyone_present_and_started(at(0));
    let person = "Tom Becker".into();
    record(
        &mut model,
        10,
        Event::FloorGiven {
            person,
            by_override: false,
        },
    );
    let (person, to) = ("Mei Chen".into(), "Tom Becker".into());
    record(&mut model, 30, Event::QuestionAsked { person, to });
    act(&mut model, Message::Tick, at(40));
    model
}

#[test]
fn the_question_and_its_clock_are_on_the_facilitator_s_screen() {
    let text = screen(&question_asked(), 120, 40);
    assert!(
        text.contains("? Question: Mei Chen to Tom Becker · 00:20 left"),
        "{text}"
    );
    assert!(
        text.contains("Turn: 01:40 left · ⏸ held for a question"),
        "{text}"
    );
}

#[test]
fn the_question_and_its_clock_are_on_the_timekeeper_s_screen() {
    let mut model = question_asked();
    model.seat = Seat::Job(Role::Timekeeper);
    let text = screen(&model, 120, 40);
    assert!(
        text.contains("? Question: Mei Chen to Tom Becker · 00:20 left · ▶ running"),
        "{text}"
    );
    assert!(
        text.contains(
            "Mei Chen asks a question: Tom Becker's turn waits at 01:40 and goes on by itself"
        ),
        "{text}"
    );
}

#[test]
fn on_a_narrow_floor_the_question_s_clock_has_a_line_of_its_own() {
    let mut model = question_asked();
    model.seat = Seat::Job(Role::Secretary);
    let text = screen(&model, 100, 30);
    assert!(
        text.contains("? Question: Mei Chen to Tom Becker "),
        "{text}"
    );
    assert!(text.contains("    00:20 left"), "{text}");
}

#[test]
fn the_question_and_its_clock_are_on_the_wall() {
    let mut model = question_asked();
    model.room = true;
    let text = screen(&model, 120, 40);
    assert!(
        text.contains("? Question: Mei Chen to Tom Becker · ▶ running"),
        "{text}"
    );
    let mut model = question_asked();
    act(&mut model, Command::ProjectorView, at(40));
    let text = screen(&model, 100, 30);
    assert!(
        text.contains("? Question: Mei Chen to Tom Becker"),
        "{text}"
    );
}

#[test]
fn when_the_question_has_run_out_the_turn_goes_on_on_every_screen() {
    let mut model = question_asked();
    act(&mut model, Message::Tick, at(70));
    let text = screen(&model, 120, 40);
    assert!(!text.contains("Question:"), "{text}");
    assert!(text.contains("Turn: 01:30 left · ▶ running"), "{text}");
}

#[test]
fn a_closed_empty_list_looks_closed() {
    let mut model = everyone_present_and_started(at(0));
    act(&mut model, Command::ToggleList, at(5));
    let text = screen(&model, 120, 40);
    assert!(text.contains("⊘ List closed · L opens it"), "{text}");
    assert!(!text.contains("Floor open"), "{text}");
    model.room = true;
    let text = screen(&model, 120, 40);
    assert!(text.contains("⊘ List closed"), "{text}");
}

#[test]
fn the_reason_lines_say_why_a_hand_is_first() {
    let mut model = everyone_present_and_started(at(0));
    let person = "Tom Becker".into();
    record(
        &mut model,
        10,
        Event::FloorGiven {
            person,
            by_override: false,
        },
    );
    let person = "Mei Chen".into();
    record(
        &mut model,
        70,
        Event::FloorGiven {
            person,
            by_override: false,
        },
    );
    record(
        &mut model,
        75,
        Event::SpeakerReadded {
            person: "Tom Becker".into(),
        },
    );
    let text = screen(&model, 120, 40);
    assert!(
        text.contains("↺ re-added by facilitator: the last speaker"),
        "{text}"
    );
}

#[test]
fn time_on_points_of_process_has_its_own_column() {
    let mut model = everyone_present_and_started(at(0));
    let person = "Tom Becker".into();
    record(
        &mut model,
        5,
        Event::HandRaised {
            person,
            process: true,
        },
    );
    let person = "Tom Becker".into();
    record(
        &mut model,
        10,
        Event::FloorGiven {
            person,
            by_override: false,
        },
    );
    record(&mut model, 55, Event::TurnEnded);
    act(&mut model, Command::PersonTotals, at(60));
    let text = screen(&model, 120, 40);
    let row = text
        .lines()
        .find(|l| l.contains("Tom Becker") && l.contains("00:45"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(row.contains("00:00") && row.contains("00:45"), "{row}");
    assert!(text.contains("⚑"), "{text}");
}
