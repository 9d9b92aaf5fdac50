//! What the record issue asked to be visible, each on a real screen.

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
