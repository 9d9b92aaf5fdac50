//! Snapshots of the whole screen at fixed times, plus checks snapshots cannot see (colour):
//! the main screens here, each topic in a module of its own.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

use super::*;
use crate::app::Message;
use crate::app::Overlay;
use crate::input::Command;
use crate::lang::Lang;
use crate::meeting::{Attendance, Direction, Event, Record};
use crate::testing::{act, at, example_model};

mod clocks;
mod help_with_long_key_lists;
mod high_contrast;
mod last_meeting_actions;
mod preparation_screens;
mod procedure;
mod role_screens;
mod visible_state;

fn render(model: &Model, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view(model, f)).unwrap();
    terminal
}

/// The screen as text, a wide character once (not followed by its filler cell).
fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            x += crate::ui::cells(crate::text::width(symbol).max(1));
        }
        out.push('\n');
    }
    out
}

fn record(model: &mut Model, secs: i64, event: Event) {
    crate::app::update(
        model,
        Message::Recorded(Record {
            at: at(secs),
            proposal: None,
            event,
        }),
        at(secs),
    );
}

fn hand(model: &mut Model, secs: i64, name: &str, process: bool) {
    record(
        model,
        secs,
        Event::HandRaised {
            person: name.into(),
            process,
        },
    );
}

/// Two items done (the first one over time), the third on the table; Mei has the floor,
/// four hands wait, one of them moved by the facilitator and one a point of process.
fn mid_meeting(theme: Theme) -> Model {
    mid_meeting_at(theme, 15 * 60 + 42)
}

/// One thing that happens in a fixture meeting, at a time in seconds.
type Step = dyn Fn(&mut Model, i64);

/// The same meeting as it stood `secs` into it: only what happened by then, so a fixture's
/// clock is never before its own events.
fn mid_meeting_at(theme: Theme, secs: i64) -> Model {
    let mut model = example_model();
    model.theme = theme;
    for p in 0..model.meeting.people().len() {
        let person = model.meeting.people()[p].name.clone();
        let attendance = if person == "Grace Mensah" {
            Attendance::Apologies
        } else {
            Attendance::Present
        };
        record(
            &mut model,
            -60,
            Event::AttendanceMarked { person, attendance },
        );
    }
    let steps: [(i64, &Step); 10] = [
        (0, &|m, t| act(m, Command::StartMeeting, at(t))),
        (7 * 60 + 13, &|m, t| act(m, Command::NextItem, at(t))),
        (11 * 60, &|m, t| act(m, Command::NextItem, at(t))),
        (11 * 60 + 5, &|m, t| hand(m, t, "Tom Becker", false)),
        (11 * 60 + 10, &|m, t| hand(m, t, "Mei Chen", false)),
        (11 * 60 + 20, &|m, t| hand(m, t, "Dr. Okafor", false)),
        (11 * 60 + 30, &|m, t| act(m, Command::NextSpeaker, at(t))),
        (12 * 60, &|m, t| hand(m, t, "José Álvarez", false)),
        (13 * 60, &|m, t| {
            let event = Event::HandMoved {
                person: "Dr. Okafor".into(),
                direction: Direction::Up,
                past: "Tom Becker".into(),
            };
            record(m, t, event)
        }),
        (14 * 60, &|m, t| hand(m, t, "Sam Reed", true)),
    ];
    for (t, step) in steps.iter().filter(|(t, _)| *t <= secs) {
        step(&mut model, *t);
    }
    crate::app::update(&mut model, Message::Tick, at(secs));
    model
}

#[test]
fn queue_with_reasons_120x32() {
    insta::assert_snapshot!(render(&mid_meeting(Theme::Standard), 120, 32).backend());
}

#[test]
fn voice_balance_100x30() {
    let mut model = mid_meeting(Theme::Standard);
    act(&mut model, Command::NextSpeaker, at(15 * 60 + 50));
    act(&mut model, Command::NextSpeaker, at(16 * 60 + 40));
    model.show_balance = true;
    crate::app::update(&mut model, Message::Tick, at(17 * 60));
    insta::assert_snapshot!(render(&model, 100, 30).backend());
}

#[test]
fn roll_call_80x24() {
    let mut model = mid_meeting(Theme::Standard);
    record(
        &mut model,
        15 * 60,
        Event::AttendanceMarked {
            person: "Grace Mensah".into(),
            attendance: Attendance::Present,
        },
    );
    record(
        &mut model,
        15 * 60 + 10,
        Event::PersonAdded {
            name: "Leila Haddad".into(),
            group: "members".into(),
        },
    );
    model.overlay = Overlay::RollCall { selected: 3 };
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn picker_80x24() {
    let mut model = mid_meeting(Theme::Standard);
    act(&mut model, Command::AddSpeaker, at(15 * 60 + 42));
    act(&mut model, Message::Type('a'), at(15 * 60 + 42));
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn before_the_start_80x24() {
    let model = example_model();
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn mid_meeting_80x24() {
    insta::assert_snapshot!(render(&mid_meeting(Theme::Standard), 80, 24).backend());
}

#[test]
fn mid_meeting_160x45() {
    insta::assert_snapshot!(render(&mid_meeting(Theme::Standard), 160, 45).backend());
}

#[test]
fn mid_meeting_without_colour_160x45() {
    insta::assert_snapshot!(render(&mid_meeting(Theme::NoColor), 160, 45).backend());
}

#[test]
fn mid_meeting_without_colour_80x24() {
    insta::assert_snapshot!(render(&mid_meeting(Theme::NoColor), 80, 24).backend());
}

#[test]
fn adjourned_80x24() {
    let mut model = mid_meeting(Theme::Standard);
    act(&mut model, Command::EndMeeting, at(20 * 60));
    act(&mut model, Command::Confirm, at(20 * 60));
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn help_overlay_80x24() {
    let mut model = mid_meeting(Theme::Standard);
    model.overlay = Overlay::Help { scroll: 0 };
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn failed_save_banner_80x24() {
    let mut model = mid_meeting(Theme::Standard);
    model.save_error = Some(crate::app::SaveError::System(
        "No space left on device".into(),
    ));
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

/// The reason stays typed up to the banner, so a Spanish screen says it in Spanish.
#[test]
fn a_failed_save_is_said_in_the_screen_s_language() {
    let mut model = mid_meeting(Theme::Standard);
    model.lang = crate::lang::Lang::Es;
    model.save_error = Some(crate::app::SaveError::PermissionDenied);
    let text = screen_text(&render(&model, 120, 30));
    assert!(text.contains("No se guardó: permiso denegado"), "{text}");
    model.lang = crate::lang::Lang::En;
    let text = screen_text(&render(&model, 120, 30));
    assert!(text.contains("Not saved: permission denied"), "{text}");
}

#[test]
fn too_small_says_so() {
    let model = mid_meeting(Theme::Standard);
    for (w, h) in [(10, 3), (59, 24), (80, 17), (1, 1)] {
        let terminal = render(&model, w, h);
        let text: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        assert!(text.contains("Terminal") || w < 10, "{w}×{h}: {text}");
    }
    let terminal = render(&model, 40, 5);
    insta::assert_snapshot!(terminal.backend());
}

fn cells(terminal: &Terminal<TestBackend>) -> impl Iterator<Item = &ratatui::buffer::Cell> {
    terminal.backend().buffer().content().iter()
}

#[test]
fn no_color_draws_no_colour_at_all() {
    let terminal = render(&mid_meeting(Theme::NoColor), 80, 24);
    let coloured: Vec<_> = cells(&terminal)
        .filter(|c| c.fg != Color::Reset || c.bg != Color::Reset)
        .map(|c| c.symbol().to_string())
        .collect();
    assert!(coloured.is_empty(), "coloured cells: {coloured:?}");
}

#[test]
fn colour_marks_the_current_item_and_the_overrun() {
    let terminal = render(&mid_meeting(Theme::Standard), 80, 24);
    let buffer = terminal.backend().buffer();
    let marker = buffer.content().iter().find(|c| c.symbol() == "▶").unwrap();
    assert_eq!(marker.fg, Color::Yellow);
    let warning = buffer.content().iter().find(|c| c.symbol() == "⚠").unwrap();
    assert_eq!(warning.fg, Color::Red);
}

#[test]
fn the_help_screen_lists_every_binding() {
    let model = example_model();
    let lines = help::help_lines(&model.keymap, model.theme, model.seat, Lang::En);
    let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    for (mode, key, action) in model.keymap.bindings() {
        let section = text
            .iter()
            .position(|l| *l == mode.title(Lang::En))
            .unwrap_or_else(|| panic!("no section for {mode:?}"));
        let found = text[section..]
            .iter()
            .take_while(|l| !l.is_empty())
            .any(|l| {
                l.contains(&action.describe(Lang::En))
                    && l.split(", ").any(|k| {
                        k.trim() == key.to_string() || k.trim().starts_with(&format!("{key} "))
                    })
            });
        assert!(
            found,
            "{} {key} {action:?} missing from help:\n{}",
            mode.name(),
            text.join("\n")
        );
    }
}

#[test]
fn hints_come_from_the_keymap_in_use() {
    let mut model = mid_meeting(Theme::Standard);
    let user = crate::input::parse(
        r#"Keymap(modes: { "meeting": { "z": next_item, "n": help } })"#,
        std::path::Path::new("u.ron"),
    )
    .unwrap();
    model.keymap.merge(user);
    let hints: Vec<String> = footer::hint_list(&model)
        .iter()
        .map(|(k, a)| format!("{k} {}", a.hint(Lang::En)))
        .collect();
    // "n" now opens help, so next item is hinted by the next key bound to it.
    assert!(hints.contains(&"right next item".to_string()), "{hints:?}");
    assert!(!hints.iter().any(|h| h.starts_with("n ")), "{hints:?}");
    let user = crate::input::parse(
        r#"Keymap(modes: { "meeting": { "right": help } })"#,
        std::path::Path::new("u.ron"),
    )
    .unwrap();
    model.keymap.merge(user);
    let hints: Vec<String> = footer::hint_list(&model)
        .iter()
        .map(|(k, a)| format!("{k} {}", a.hint(Lang::En)))
        .collect();
    assert!(hints.contains(&"z next item".to_string()), "{hints:?}");
}

#[test]
fn untrusted_text_never_reaches_the_screen_raw() {
    let src = crate::agenda::EXAMPLE.replace(
        "Family Council — November",
        "Evil\u{1b}]52;c;SGk=\u{7}\u{1b}[2J\u{202e}Title",
    );
    let mut model = crate::testing::model_from(&src);
    act(&mut model, Command::StartMeeting, at(0));
    let terminal = render(&model, 80, 24);
    let text: String = cells(&terminal).map(|c| c.symbol()).collect();
    assert!(text.contains("EvilTitle"), "{text}");
    assert!(!text.contains('\u{1b}') && !text.contains('\u{202e}') && !text.contains("52;c"));
}

#[test]
fn the_record_and_a_due_date_prompt_80x24() {
    use crate::meeting::Vote;
    let mut model = mid_meeting(Theme::Standard);
    record(
        &mut model,
        900,
        Event::NoteAdded {
            item: 2,
            text: "Waiting list is 14 families long".into(),
        },
    );
    let vote = Vote::Counted {
        in_favour: 5,
        against: 1,
        abstain: 1,
        carried: true,
    };
    record(
        &mut model,
        910,
        Event::DecisionRecorded {
            item: 2,
            text: "Ask for two more respite beds".into(),
            vote,
        },
    );
    record(
        &mut model,
        920,
        Event::ActionAdded {
            item: 2,
            text: "Write to the regional office".into(),
            owner: "Mei Chen".into(),
            due: chrono::NaiveDate::from_ymd_opt(2026, 12, 1),
            private: None,
        },
    );
    record(
        &mut model,
        930,
        Event::TopicParked {
            text: "Transport costs".into(),
            private: None,
        },
    );
    model.overlay = Overlay::Record { selected: 1 };
    insta::assert_snapshot!("record_view", render(&model, 80, 24).backend());
    act(&mut model, Command::Cancel, at(940));
    act(&mut model, Command::AddAction, at(940));
    act(&mut model, Message::Paste("Book the hall".into()), at(940));
    act(&mut model, Command::Confirm, at(940));
    act(&mut model, Message::Paste("tom".into()), at(940));
    act(&mut model, Command::Confirm, at(940));
    act(&mut model, Message::Paste("fri".into()), at(940));
    insta::assert_snapshot!("due_date_prompt", render(&model, 80, 24).backend());
}
