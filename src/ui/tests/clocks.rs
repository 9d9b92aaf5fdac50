//! The clocks: the projector's big clock in each state, with and without colour.

use super::*;

/// Mei has the floor from 11:30 into the meeting; the item has 20 minutes.
fn projector(theme: Theme) -> Model {
    projector_at(theme, 15 * 60 + 42)
}

/// The projector as it stood `secs` into the meeting.
fn projector_at(theme: Theme, secs: i64) -> Model {
    let mut model = mid_meeting_at(theme, secs);
    model.projector = true;
    model
}

fn at_time(mut model: Model, secs: i64) -> Model {
    crate::app::update(&mut model, Message::Tick, at(secs));
    model
}

#[test]
fn projector_80x24() {
    insta::assert_snapshot!(render(&projector(Theme::Standard), 80, 24).backend());
}

#[test]
fn projector_120x40() {
    insta::assert_snapshot!(render(&projector(Theme::Standard), 120, 40).backend());
}

#[test]
fn projector_200x60() {
    insta::assert_snapshot!(render(&projector(Theme::Standard), 200, 60).backend());
}

#[test]
fn projector_falls_back_to_plain_text_when_small() {
    let terminal = render(&projector(Theme::Standard), 30, 12);
    let text: String = cells(&terminal).map(|c| c.symbol()).collect();
    assert!(!text.contains('█'), "no block digits at 30×12");
    assert!(text.contains("+02:12"), "{text}");
    insta::assert_snapshot!(terminal.backend());
}

// Mei's turn started at 11:30; 120 s turns warn at 30 s.
#[test]
fn clock_running_without_colour() {
    let model = projector_at(Theme::NoColor, 11 * 60 + 40);
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn clock_warning_without_colour() {
    let model = projector_at(Theme::NoColor, 11 * 60 + 30 + 95);
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn clock_over_without_colour() {
    let model = projector_at(Theme::NoColor, 11 * 60 + 30 + 125);
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn clock_paused_without_colour() {
    let mut model = projector_at(Theme::NoColor, 12 * 60);
    record(&mut model, 12 * 60, Event::ClockPaused { role: None });
    let model = at_time(model, 20 * 60);
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn break_without_colour() {
    let mut model = projector_at(Theme::NoColor, 12 * 60);
    record(
        &mut model,
        12 * 60,
        Event::BreakStarted {
            minutes: 10,
            by: "Sam Reed".into(),
            role: None,
        },
    );
    let model = at_time(model, 14 * 60 + 30);
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn paused_meeting_screen_80x24() {
    let mut model = mid_meeting(Theme::NoColor);
    record(
        &mut model,
        15 * 60,
        Event::ItemExtended {
            minutes: 5,
            by: "Sam Reed".into(),
        },
    );
    record(&mut model, 15 * 60 + 10, Event::ClockPaused { role: None });
    let model = at_time(model, 16 * 60);
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn high_contrast_uses_bright_colours() {
    // The turn is over time: its digits are drawn in the warning colour.
    let blocks = |theme| {
        let terminal = render(&projector(theme), 120, 40);
        cells(&terminal)
            .filter(|c| c.symbol() == "█")
            .map(|c| c.fg)
            .collect::<Vec<Color>>()
    };
    assert!(blocks(Theme::Standard).contains(&Color::Red), "over time");
    assert!(blocks(Theme::HighContrast).contains(&Color::LightRed));
    assert!(blocks(Theme::NoColor).iter().all(|c| *c == Color::Reset));
}
