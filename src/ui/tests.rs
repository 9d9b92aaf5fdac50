//! Snapshots of the whole screen at fixed times, plus checks snapshots cannot see (colour).

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
    model.save_error = Some("No space left on device".into());
    insta::assert_snapshot!(render(&model, 80, 24).backend());
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

mod clocks {
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

/// What the record issue asked to be visible, each on a real screen.
mod visible_state {
    use super::*;

    /// The example with item 5 confidential, on the table, Mei speaking.
    fn confidential_item(theme: Theme) -> Model {
        let src = crate::agenda::EXAMPLE.replace(
            r#"minutes: 15, proposed_by: Some("José Álvarez")"#,
            r#"minutes: 15, proposed_by: Some("José Álvarez"), confidential: true"#,
        );
        let mut model = crate::testing::model_from(&src);
        model.theme = theme;
        for action in [Command::RollCall, Command::AllPresent, Command::Cancel] {
            act(&mut model, action, at(-60));
        }
        act(&mut model, Command::StartMeeting, at(0));
        for t in [300, 600, 1800, 3000] {
            act(&mut model, Command::NextItem, at(t));
        }
        hand(&mut model, 3010, "Mei Chen", false);
        act(&mut model, Command::NextSpeaker, at(3020));
        crate::app::update(&mut model, Message::Tick, at(3100));
        model
    }

    fn text(terminal: &Terminal<TestBackend>) -> String {
        let area = terminal.backend().buffer().area;
        let mut out = String::new();
        for y in 0..area.height {
            let mut x = 0;
            while x < area.width {
                let symbol = terminal.backend().buffer()[(x, y)].symbol();
                out.push_str(symbol);
                x += crate::ui::cells(crate::text::width(symbol).max(1));
            }
            out.push('\n');
        }
        out
    }

    #[test]
    fn a_confidential_item_is_marked_in_the_agenda_and_the_now_panel() {
        let model = confidential_item(Theme::NoColor);
        insta::assert_snapshot!(render(&model, 120, 32).backend());
        let screen = text(&render(&model, 80, 24));
        assert!(screen.contains("🔒"), "{screen}");
        assert!(screen.contains("confidential"), "{screen}");
    }

    #[test]
    fn a_confidential_item_is_marked_on_the_projector_and_in_the_note_prompt() {
        let mut model = confidential_item(Theme::NoColor);
        model.projector = true;
        let screen = text(&render(&model, 120, 40));
        assert!(screen.contains("🔒 confidential"), "{screen}");
        model.projector = false;
        act(&mut model, Command::AddNote, at(3100));
        let screen = text(&render(&model, 80, 24));
        assert!(
            screen.contains("this note stays out of the minutes"),
            "{screen}"
        );
        act(
            &mut model,
            Message::Paste("Costs are hard".into()),
            at(3100),
        );
        act(&mut model, Command::Confirm, at(3101));
        act(&mut model, Command::RecordView, at(3102));
        let screen = text(&render(&model, 100, 24));
        assert!(screen.contains("🔒 confidential"), "{screen}");
    }

    #[test]
    fn the_main_screen_shows_the_break_and_when_the_meeting_is_back() {
        let mut model = mid_meeting_at(Theme::NoColor, 12 * 60);
        record(
            &mut model,
            12 * 60,
            Event::BreakStarted {
                minutes: 10,
                by: "Sam Reed".into(),
                role: None,
            },
        );
        crate::app::update(&mut model, Message::Tick, at(14 * 60 + 30));
        assert!(
            model.meeting.queue().floor.is_none(),
            "the break ended Mei's turn"
        );
        insta::assert_snapshot!(render(&model, 80, 24).backend());
        let screen = text(&render(&model, 80, 24));
        assert!(
            screen.contains("☕ Break: 07:30 left · back at 18:22"),
            "{screen}"
        );
    }

    #[test]
    fn an_item_over_its_time_says_over_on_the_projector() {
        let mut model = mid_meeting_at(Theme::NoColor, 12 * 60);
        record(&mut model, 12 * 60 + 5, Event::TurnEnded);
        crate::app::update(&mut model, Message::Tick, at(31 * 60 + 5));
        model.projector = true;
        let screen = text(&render(&model, 80, 24));
        assert!(screen.contains("Item: +00:05 over"), "{screen}");
        assert!(!screen.contains("+00:05 left"), "{screen}");
        assert!(screen.contains("meeting ends about"), "{screen}");
    }

    #[test]
    fn a_question_names_its_keys() {
        let mut model = mid_meeting(Theme::Standard);
        act(&mut model, Command::EndMeeting, at(15 * 60 + 42));
        insta::assert_snapshot!(render(&model, 80, 24).backend());
    }

    #[test]
    fn a_due_date_that_cannot_be_read_is_explained_in_full() {
        let mut model = mid_meeting(Theme::Standard);
        for action in [
            Command::AddAction.into(),
            Message::Paste("Book the hall".into()),
            Command::Confirm.into(),
            Message::Paste("tom".into()),
            Command::Confirm.into(),
            Message::Paste("this monday".into()),
        ] {
            act(&mut model, action, at(15 * 60 + 42));
        }
        let screen = text(&render(&model, 80, 24));
        assert!(
            screen.contains("Monday this week was 23 November; write mon for the next"),
            "{screen}"
        );
        act(
            &mut model,
            Message::Edit(crate::app::Edit::DeleteToStart),
            at(15 * 60 + 42),
        );
        act(
            &mut model,
            Message::Paste("whenever".into()),
            at(15 * 60 + 42),
        );
        let screen = text(&render(&model, 80, 24));
        assert!(
            screen.contains("or none"),
            "the whole list of forms: {screen}"
        );
    }
}

/// The high-contrast theme on any terminal, light or dark: whatever it colours gets both a
/// bright foreground and a dark background, so nothing it draws can vanish into the
/// terminal's own background.
mod high_contrast {
    use super::*;

    fn light(colour: Color) -> bool {
        matches!(
            colour,
            Color::White
                | Color::Gray
                | Color::LightRed
                | Color::LightGreen
                | Color::LightYellow
                | Color::LightBlue
                | Color::LightMagenta
                | Color::LightCyan
                | Color::Yellow
                | Color::Cyan
                | Color::Green
        )
    }

    /// Black, and the alarm's red under white text.
    fn dark(colour: Color) -> bool {
        matches!(colour, Color::Black | Color::Red)
    }

    fn screens() -> Vec<(&'static str, Terminal<TestBackend>)> {
        let meeting = || mid_meeting(Theme::HighContrast);
        let mut balance = meeting();
        balance.show_balance = true;
        let mut projector = meeting();
        projector.projector = true;
        let mut warning = projector.clone();
        crate::app::update(&mut warning, Message::Tick, at(11 * 60 + 30 + 95));
        let mut help = meeting();
        help.overlay = Overlay::Help { scroll: 0 };
        let mut roll_call = meeting();
        roll_call.overlay = Overlay::RollCall { selected: 2 };
        let mut picker = meeting();
        act(&mut picker, Command::AddSpeaker, at(15 * 60 + 42));
        let mut record_view = meeting();
        record(
            &mut record_view,
            900,
            Event::NoteAdded {
                item: 2,
                text: "Waiting list is 14 families long".into(),
            },
        );
        record_view.overlay = Overlay::Record { selected: 0 };
        let mut confirm = meeting();
        act(&mut confirm, Command::EndMeeting, at(20 * 60));
        let mut failed = meeting();
        failed.save_error = Some("No space left on device".into());
        let mut adjourned = meeting();
        act(&mut adjourned, Command::EndMeeting, at(20 * 60));
        act(&mut adjourned, Command::Confirm, at(20 * 60));
        let mut before = example_model();
        before.theme = Theme::HighContrast;
        vec![
            ("mid-meeting with a queue", render(&meeting(), 120, 32)),
            ("voice balance", render(&balance, 100, 30)),
            ("projector, over time", render(&projector, 120, 40)),
            ("projector, almost up", render(&warning, 80, 24)),
            ("help", render(&help, 80, 24)),
            ("roll call", render(&roll_call, 80, 24)),
            ("picker", render(&picker, 80, 24)),
            ("the record", render(&record_view, 80, 24)),
            ("adjourn?", render(&confirm, 80, 24)),
            ("failed save", render(&failed, 80, 24)),
            ("adjourned", render(&adjourned, 80, 24)),
            ("before the start", render(&before, 80, 24)),
        ]
    }

    #[test]
    fn everything_coloured_is_bright_on_dark() {
        for (screen, terminal) in screens() {
            let buffer = terminal.backend().buffer();
            let mut coloured = 0;
            for (i, cell) in buffer.content().iter().enumerate() {
                let (x, y) = buffer.pos_of(i);
                let at = format!("{screen}, {:?} at {x},{y}", cell.symbol());
                match (cell.fg, cell.bg) {
                    (Color::Reset, Color::Reset) => {}
                    (fg, bg) => {
                        assert!(light(fg), "{at}: {fg:?} is not a bright foreground");
                        assert!(dark(bg), "{at}: {fg:?} on {bg:?}, not on a dark background");
                        coloured += 1;
                    }
                }
            }
            assert!(coloured > 0, "{screen}: nothing is coloured");
        }
    }
}

/// A keymap with many keys for one action (a presentation clicker's): the help screen wraps
/// the keys in their column and never runs them into the description.
mod help_with_long_key_lists {
    use super::*;

    fn with_clicker_keys() -> Model {
        let mut model = mid_meeting(Theme::Standard);
        let clicker = crate::input::parse(
            include_str!("../../keymaps/clicker.ron"),
            std::path::Path::new("keymaps/clicker.ron"),
        )
        .unwrap();
        model.keymap.merge(clicker);
        model
    }

    /// A help line as (keys, description): keys in columns 2 to 16, a space, the description
    /// from column 18. Lines that carry on a long key list have no description.
    fn columns(line: &str) -> (String, String) {
        let chars: Vec<char> = line.chars().collect();
        assert!(line.starts_with("  "), "{line:?} is not indented");
        if chars.len() > 17 {
            assert_eq!(
                chars[17], ' ',
                "{line:?}: no gap between keys and description"
            );
        }
        let keys = chars.iter().skip(2).take(15).collect::<String>();
        let description = chars.iter().skip(18).collect::<String>();
        (keys.trim_end().to_owned(), description)
    }

    #[test]
    fn keys_wrap_in_their_column_and_every_binding_is_listed() {
        let model = with_clicker_keys();
        let lines: Vec<String> = help::help_lines(&model.keymap, model.theme, model.seat, Lang::En)
            .iter()
            .map(|l| l.to_string())
            .collect();
        // Rows of (mode title, keys, description), a row's keys gathered from its lines.
        let mut rows: Vec<(String, Vec<String>, String)> = Vec::new();
        let mut section = String::new();
        let mut wrapped = 0;
        for line in &lines {
            if line.is_empty() {
                continue;
            }
            if !line.starts_with(' ') {
                section = line.clone();
                continue;
            }
            let (keys, description) = columns(line);
            let keys = keys.split(',').map(str::trim).filter(|k| !k.is_empty());
            if description.is_empty() {
                let (_, row, _) = rows.last_mut().expect("a key line after a description");
                row.extend(keys.map(String::from));
                wrapped += 1;
            } else {
                rows.push((
                    section.clone(),
                    keys.map(String::from).collect(),
                    description,
                ));
            }
        }
        assert!(
            wrapped > 0,
            "no key list was long enough to wrap:\n{}",
            lines.join("\n")
        );
        for (mode, key, action) in model.keymap.bindings() {
            let listed = rows.iter().any(|(section, keys, description)| {
                *section == mode.title(Lang::En)
                    && *description == action.describe(Lang::En)
                    && keys.contains(&key.to_string())
            });
            assert!(
                listed,
                "{} {key} {action:?} missing:\n{}",
                mode.name(),
                lines.join("\n")
            );
        }
    }

    #[test]
    fn help_with_clicker_keys_80x30() {
        let mut model = with_clicker_keys();
        model.overlay = Overlay::Help { scroll: 0 };
        insta::assert_snapshot!(render(&model, 80, 30).backend());
    }
}

/// The agenda to send out, over the meeting, and a planned break on the table.
mod preparation_screens {
    use super::*;

    #[test]
    fn the_agenda_to_send_out_is_shown_over_the_meeting() {
        let mut model = example_model();
        act(&mut model, Command::ShowAgenda, at(0));
        let text = screen_text(&render(&model, 100, 30));
        assert!(text.contains("The agenda to send out"), "{text}");
        assert!(text.contains("1. Welcome and check-in"), "{text}");
        assert!(text.contains("X export"), "{text}");
    }

    #[test]
    fn a_planned_break_is_marked_in_the_agenda_and_the_now_panel() {
        let src = crate::agenda::EXAMPLE.replace(
            r#"Item(title: "Minutes of the October meeting", minutes: 5, kind: Decision),"#,
            r#"Item(title: "Tea", minutes: 5, kind: Break),"#,
        );
        let mut model = crate::testing::model_from(&src);
        for action in [Command::RollCall, Command::AllPresent, Command::Cancel] {
            act(&mut model, action, at(0));
        }
        act(&mut model, Command::StartMeeting, at(0));
        act(&mut model, Command::NextItem, at(300));
        let text = screen_text(&render(&model, 100, 30));
        assert!(text.contains("☕ Tea"), "{text}");
        assert!(text.contains("☕ Planned break"), "{text}");
    }
}

/// The actions from the last meeting: the panel under the agenda and the review over it.
mod last_meeting_actions {
    use super::*;
    use crate::testing::following_october;

    #[test]
    fn the_panel_lists_each_action_with_its_status_in_words() {
        let mut model = following_october();
        record(&mut model, 10, Event::ActionDone { action: 0 });
        let text = screen_text(&render(&model, 120, 40));
        assert!(
            text.contains("Actions from 27 October · 1 of 5 reviewed"),
            "{text}"
        );
        assert!(text.contains("✓ done · Priya Natarajan"), "{text}");
        assert!(text.contains("⚠ 11 days overdue · Ana Lopez"), "{text}");
        assert!(
            text.contains("· open, due Tue 1 Dec · José Álvarez"),
            "{text}"
        );
        assert!(text.contains("u last actions"), "the hint: {text}");
    }

    #[test]
    fn the_panel_goes_once_every_action_is_reviewed() {
        let mut model = following_october();
        for action in 0..5 {
            record(&mut model, 10, Event::ActionDone { action });
        }
        let text = screen_text(&render(&model, 120, 40));
        assert!(!text.contains("reviewed"), "{text}");
    }

    #[test]
    fn the_review_shows_every_status_and_its_keys() {
        let mut model = following_october();
        record(&mut model, 10, Event::ActionDone { action: 0 });
        let due = chrono::NaiveDate::from_ymd_opt(2026, 12, 15);
        record(&mut model, 11, Event::ActionCarried { action: 1, due });
        let reason = "The service answered".to_string();
        record(&mut model, 12, Event::ActionDropped { action: 3, reason });
        act(&mut model, Command::ReviewActions, at(13));
        let text = screen_text(&render(&model, 120, 40));
        for wanted in [
            "Actions from the meeting of Tuesday 27 October 2026",
            "d done · c carry over · x drop · esc close",
            "✓ done · Priya Natarajan",
            "→ carried over, due Tue 15 Dec · Mei Chen",
            "✗ dropped: The service answered · José Álvarez",
            "⚠ 11 days overdue · Ana Lopez",
            "› 3. Draft the letter about the 2027 budget",
        ] {
            assert!(text.contains(wanted), "{wanted:?} in\n{text}");
        }
    }
}

/// The screens of the roles, and the room view on a wall of its own.
mod role_screens {
    use super::*;
    use crate::agenda::{Role, Seat};
    use crate::app::Link;

    fn as_role(seat: Seat) -> Model {
        let mut model = mid_meeting(Theme::NoColor);
        model.seat = seat;
        model.link = Link::Joined { connected: true };
        model
    }

    #[test]
    fn the_timekeeper_sees_the_clocks_first_100x30() {
        insta::assert_snapshot!(render(&as_role(Seat::Job(Role::Timekeeper)), 100, 30).backend());
    }

    #[test]
    fn the_secretary_sees_the_record_wide_100x30() {
        let mut model = as_role(Seat::Job(Role::Secretary));
        record(
            &mut model,
            15 * 60 + 40,
            Event::NoteAdded {
                item: 2,
                text: "Waiting list is 14 families long".into(),
            },
        );
        insta::assert_snapshot!(render(&model, 100, 30).backend());
    }

    #[test]
    fn the_room_view_has_no_operator_lines_120x40() {
        let mut model = as_role(Seat::Observer);
        model.room = true;
        model.projector = true;
        let screen = render(&model, 120, 40);
        insta::assert_snapshot!(screen.backend());
        let text: String = cells(&screen).map(|c| c.symbol()).collect();
        assert!(!text.contains("/meetings/"), "no journal path");
        assert!(!text.contains("full screen"), "no key hints");
        assert!(text.contains("Quorum ✓"), "{text}");
    }

    #[test]
    fn the_room_view_at_200x60() {
        let mut model = as_role(Seat::Observer);
        model.room = true;
        model.projector = true;
        insta::assert_snapshot!(render(&model, 200, 60).backend());
    }

    #[test]
    fn the_wall_says_when_its_host_is_gone() {
        let mut model = as_role(Seat::Observer);
        model.room = true;
        model.projector = true;
        model.link = Link::Joined { connected: false };
        let text: String = cells(&render(&model, 120, 40))
            .map(|c| c.symbol())
            .collect();
        assert!(text.contains("RECONNECTING TO THE HOST"), "{text}");
    }

    #[test]
    fn a_joined_screen_says_when_its_host_is_gone() {
        let mut model = as_role(Seat::Job(Role::Timekeeper));
        model.link = Link::Joined { connected: false };
        let screen = render(&model, 100, 30);
        let text: String = cells(&screen).map(|c| c.symbol()).collect();
        assert!(text.contains("The meeting's host is gone"), "{text}");
    }

    /// A joined screen's lines never offer a key its role would only be refused.
    #[test]
    fn screens_offer_only_the_role_s_keys() {
        let text = |model: &Model| -> String {
            cells(&render(model, 100, 30)).map(|c| c.symbol()).collect()
        };
        let mut before = example_model();
        before.seat = Seat::Job(Role::Secretary);
        let shown = text(&before);
        assert!(shown.contains("The facilitator starts it"), "{shown}");
        assert!(!shown.contains("press r"), "{shown}");
        before.seat = Seat::Job(Role::Facilitator);
        assert!(text(&before).contains("press r"));

        let mut open = crate::testing::started(at(0));
        open.seat = Seat::Observer;
        let shown = text(&open);
        assert!(shown.contains("Floor open"), "{shown}");
        assert!(!shown.contains("adds a hand"), "{shown}");
        open.seat = Seat::Job(Role::Facilitator);
        assert!(text(&open).contains("a adds a hand"));
    }

    #[test]
    fn hints_list_only_the_role_s_keys() {
        let model = as_role(Seat::Job(Role::Timekeeper));
        let hints: Vec<crate::input::Command> = super::footer::hint_list(&model)
            .into_iter()
            .map(|(_, c)| c)
            .collect();
        assert!(
            hints.contains(&crate::input::Command::PauseClock),
            "{hints:?}"
        );
        assert!(
            !hints.contains(&crate::input::Command::NextSpeaker),
            "{hints:?}"
        );
        assert!(
            !hints.contains(&crate::input::Command::AddNote),
            "{hints:?}"
        );
    }
}

/// The procedure on screen: a direct response on the floor, hands for and against the motion,
/// a hand kept from the item before, the list of speakers closed, the voice on a Decision item,
/// the per-person totals, and the questions.
mod procedure {
    use super::*;
    use crate::meeting::Side;

    fn text(terminal: &Terminal<TestBackend>) -> String {
        let buffer = terminal.backend().buffer();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                out.push_str(buffer[(x, y)].symbol());
            }
            out.push('\n');
        }
        out
    }

    fn side(model: &mut Model, secs: i64, name: &str, side: Side) {
        let person = name.into();
        record(model, secs, Event::HandRaisedFor { person, side });
    }

    /// Item 4, "Budget 2027", a Decision: Tom's hand kept from item 3; Dr. Okafor and José for
    /// the motion, Priya against; Dr. Okafor and Tom have spoken, Priya has the floor and Sam
    /// responds directly; the list of speakers is closed. 18:30:40.
    fn deciding_budget() -> Model {
        let mut model = example_model();
        for p in 0..model.meeting.people().len() {
            let person = model.meeting.people()[p].name.clone();
            let attendance = match person.as_str() {
                "Grace Mensah" => Attendance::Apologies,
                _ => Attendance::Present,
            };
            record(
                &mut model,
                -60,
                Event::AttendanceMarked { person, attendance },
            );
        }
        act(&mut model, Command::StartMeeting, at(0));
        act(&mut model, Command::NextItem, at(5 * 60));
        act(&mut model, Command::NextItem, at(9 * 60));
        hand(&mut model, 9 * 60 + 10, "Mei Chen", false);
        hand(&mut model, 9 * 60 + 20, "Tom Becker", false);
        act(&mut model, Command::NextSpeaker, at(9 * 60 + 30));
        act(&mut model, Command::NextItem, at(25 * 60));
        act(&mut model, Command::Confirm, at(25 * 60)); // keep Tom's hand
        side(&mut model, 25 * 60 + 10, "Dr. Okafor", Side::Pro);
        side(&mut model, 25 * 60 + 20, "Priya Natarajan", Side::Contra);
        side(&mut model, 25 * 60 + 30, "José Álvarez", Side::Pro);
        record(
            &mut model,
            26 * 60,
            Event::FloorGiven {
                person: "Dr. Okafor".into(),
                by_override: false,
            },
        );
        // Tom, for neither side, passes José: pro spoke last and contra waits.
        act(&mut model, Command::NextSpeaker, at(28 * 60));
        act(&mut model, Command::NextSpeaker, at(29 * 60));
        let to = "Priya Natarajan".to_string();
        record(
            &mut model,
            29 * 60 + 30,
            Event::ResponseRaised {
                person: "Sam Reed".into(),
                to,
            },
        );
        act(&mut model, Command::ToggleList, at(29 * 60 + 45));
        crate::app::update(&mut model, Message::Tick, at(30 * 60 + 40));
        model
    }

    #[test]
    fn procedure_on_a_decision_item_120x32() {
        let mut model = deciding_budget();
        act(&mut model, Command::VoiceBalance, at(30 * 60 + 40));
        insta::assert_snapshot!(render(&model, 120, 32).backend());
    }

    #[test]
    fn the_queue_reads_without_colour() {
        let model = deciding_budget();
        let screen = text(&render(&model, 120, 32));
        for words in [
            "⊘ List closed",
            "Staff · spoken 01:40 · − contra",
            "↩ responds to Priya Natarajan",
            "+ pro · first time on this item",
        ] {
            assert!(screen.contains(words), "{words:?} in\n{screen}");
        }
    }

    #[test]
    fn per_person_totals_100x30() {
        let mut model = deciding_budget();
        act(&mut model, Command::PersonTotals, at(30 * 60 + 40));
        insta::assert_snapshot!(render(&model, 100, 30).backend());
    }

    #[test]
    fn per_person_totals_in_roll_call_order_narrow_80x24() {
        let mut model = deciding_budget();
        act(&mut model, Command::PersonTotals, at(30 * 60 + 40));
        act(&mut model, Command::PersonTotals, at(30 * 60 + 40));
        let screen = text(&render(&model, 80, 24));
        assert!(screen.contains("Per person · roll-call order"), "{screen}");
        assert!(screen.contains("Not yet heard on this item:"), "{screen}");
        let ana = screen.find("Ana Lopez").unwrap();
        let okafor = screen.find("Dr. Okafor").unwrap();
        assert!(ana < okafor, "roll-call order");
    }

    #[test]
    fn per_person_totals_give_the_group_what_the_names_leave_120x40() {
        let mut model = deciding_budget();
        act(&mut model, Command::PersonTotals, at(30 * 60 + 40));
        let screen = text(&render(&model, 120, 40));
        // The longest name, "Priya Natarajan", needs 15 of the 28 cells for name and group:
        // the group column gets the other 12, not just a third of them ("Family m…").
        assert!(screen.contains("Priya Natarajan Staff"), "{screen}");
        assert!(screen.contains("Family memb…"), "{screen}");
    }

    #[test]
    fn a_suggested_motion_is_shown_whole_80x24() {
        let mut model = deciding_budget();
        let motion = "That the council asks the service to keep respite funding at this \
                      year's level in 2027 and to report on the waiting list each quarter.";
        model.overlay = Overlay::Prompt(crate::app::Prompt::suggesting(
            crate::app::PromptFor::DecisionText,
            motion,
        ));
        let screen = text(&render(&model, 80, 24));
        assert!(screen.contains("› That the council asks"), "{screen}");
        assert!(screen.contains("each quarter."), "{screen}");
        assert!(
            screen.contains("typing replaces the suggestion"),
            "{screen}"
        );
    }

    #[test]
    fn the_decision_prompt_shows_the_voice_on_the_item_80x24() {
        let mut model = deciding_budget();
        act(&mut model, Command::RecordDecision, at(30 * 60 + 40));
        insta::assert_snapshot!(render(&model, 80, 24).backend());
    }

    #[test]
    fn a_decision_without_a_customer_voice_is_asked_about_80x24() {
        let mut model = deciding_budget();
        act(&mut model, Command::NextItem, at(31 * 60));
        act(&mut model, Command::Decline, at(31 * 60)); // clear the hands
        act(&mut model, Command::RecordDecision, at(32 * 60));
        act(
            &mut model,
            Message::Paste("Keep the bus route".into()),
            at(32 * 60),
        );
        act(&mut model, Command::Confirm, at(32 * 60));
        act(&mut model, Message::Paste("consensus".into()), at(32 * 60));
        act(&mut model, Command::Confirm, at(32 * 60));
        insta::assert_snapshot!(render(&model, 80, 24).backend());
    }

    #[test]
    fn moving_on_with_hands_waiting_asks_80x24() {
        let mut model = deciding_budget();
        act(&mut model, Command::NextItem, at(31 * 60));
        insta::assert_snapshot!(render(&model, 80, 24).backend());
    }
}
