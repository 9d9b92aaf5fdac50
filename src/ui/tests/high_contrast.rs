//! The high-contrast theme on any terminal, light or dark: whatever it colours gets both a
//! bright foreground and a dark background, so nothing it draws can vanish into the
//! terminal's own background.

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
    failed.save_error = Some(crate::app::SaveError::System(
        "No space left on device".into(),
    ));
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
