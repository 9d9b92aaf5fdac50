//! The screens of the roles, and the room view on a wall of its own.

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
    let text =
        |model: &Model| -> String { cells(&render(model, 100, 30)).map(|c| c.symbol()).collect() };
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
