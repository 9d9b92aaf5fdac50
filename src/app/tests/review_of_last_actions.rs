//! Reviewing the actions from the last meeting: each mark is an event; carrying over asks for
//! a due date, dropping asks why; esc goes back to the review.

use super::*;
use crate::meeting::{Event, Review};
use crate::testing::following_october;

fn events(effects: &[Effect]) -> Vec<Event> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Record(r) => Some(r.event.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_review_opens_at_the_first_action_not_marked() {
    let mut model = following_october();
    act(&mut model, Command::ReviewActions, at(0));
    assert_eq!(model.overlay, Overlay::Review { selected: 0 });
    assert_eq!(model.mode(), Mode::Review);
    act(&mut model, Command::ActionDone, at(1));
    assert_eq!(model.meeting.last_actions()[0].review, Review::Done);
    assert_eq!(
        model.overlay,
        Overlay::Review { selected: 1 },
        "on to the next"
    );
    act(&mut model, Command::Cancel, at(2));
    act(&mut model, Command::ReviewActions, at(3));
    assert_eq!(model.overlay, Overlay::Review { selected: 1 });
    act(&mut model, Command::ReviewActions, at(3));
    assert_eq!(model.overlay, Overlay::None, "the same key closes it");
}

#[test]
fn a_mark_moves_on_to_the_next_action_still_to_decide() {
    let mut model = following_october();
    act(&mut model, Command::ReviewActions, at(0));
    act(&mut model, Command::SelectNext, at(0));
    act(&mut model, Command::SelectNext, at(0));
    let mut selected = Vec::new();
    for (t, mark) in [
        Command::ActionDone,
        Command::ActionDone,
        Command::ActionDone,
        Command::ActionDone,
        Command::ActionDone,
    ]
    .into_iter()
    .enumerate()
    {
        act(&mut model, mark, at(1 + i64::try_from(t).unwrap()));
        let Overlay::Review { selected: now } = model.overlay else {
            panic!("{:?}", model.overlay)
        };
        selected.push(now);
    }
    // From the third: the fourth, the fifth, round to the first, the second, and there it
    // stays once every action is decided.
    assert_eq!(selected, [3, 4, 0, 1, 1]);
    // Marking one again (a correction) moves on past the decided ones to none: it stays.
    act(&mut model, Command::SelectPrevious, at(9));
    act(&mut model, Command::ActionDone, at(9));
    assert_eq!(model.overlay, Overlay::Review { selected: 0 });
}

#[test]
fn each_mark_is_recorded_as_an_event() {
    let mut model = following_october();
    act(&mut model, Command::ReviewActions, at(0));
    let effects = update(&mut model, Command::ActionDone, at(1));
    assert_eq!(events(&effects), [Event::ActionDone { action: 0 }]);
}

#[test]
fn carrying_over_suggests_a_date_to_come_and_takes_a_new_one() {
    let mut model = following_october();
    act(&mut model, Command::ReviewActions, at(0));
    act(&mut model, Command::SelectNext, at(0));
    act(&mut model, Command::ActionCarry, at(1));
    let Overlay::Prompt(prompt) = &model.overlay else {
        panic!("{:?}", model.overlay)
    };
    // Due 20 November, passed: as far on from this meeting as October's was, 28 days.
    assert_eq!(prompt.field.text(), "2026-12-22");
    assert!(prompt.field.is_suggested());
    act(&mut model, Message::Type('+'), at(1));
    for c in "3w".chars() {
        act(&mut model, Message::Type(c), at(1));
    }
    let effects = update(&mut model, Command::Confirm, at(2));
    let due = chrono::NaiveDate::from_ymd_opt(2026, 12, 15);
    assert_eq!(events(&effects), [Event::ActionCarried { action: 1, due }]);
}

#[test]
fn enter_keeps_the_suggested_date_and_a_bad_date_is_refused_in_words() {
    let mut model = following_october();
    act(&mut model, Command::ReviewActions, at(0));
    act(&mut model, Command::ActionCarry, at(1));
    act(&mut model, Command::Confirm, at(2));
    let due = chrono::NaiveDate::from_ymd_opt(2026, 12, 22);
    assert_eq!(
        model.meeting.last_actions()[0].review,
        Review::Carried { due }
    );
    assert_eq!(model.overlay, Overlay::Review { selected: 1 });
    act(&mut model, Command::ActionCarry, at(3));
    act(&mut model, Message::Paste("someday".into()), at(3));
    let effects = update(&mut model, Command::Confirm, at(4));
    assert!(events(&effects).is_empty());
    assert!(
        model
            .status
            .as_deref()
            .unwrap_or("")
            .contains("is not a due date"),
        "{:?}",
        model.status
    );
}

#[test]
fn dropping_asks_why_and_esc_goes_back_to_the_review() {
    let mut model = following_october();
    act(&mut model, Command::ReviewActions, at(0));
    act(&mut model, Command::SelectNext, at(0));
    act(&mut model, Command::SelectNext, at(0));
    act(&mut model, Command::ActionDrop, at(1));
    act(&mut model, Command::Confirm, at(1));
    assert!(model.status.as_deref().unwrap_or("").contains("Say why"));
    act(&mut model, Command::Cancel, at(1));
    assert_eq!(model.overlay, Overlay::Review { selected: 2 });
    act(&mut model, Command::ActionDrop, at(2));
    act(
        &mut model,
        Message::Paste("Done by the service instead".into()),
        at(2),
    );
    act(&mut model, Command::Confirm, at(3));
    assert_eq!(
        model.meeting.last_actions()[2].review,
        Review::Dropped {
            reason: "Done by the service instead".into()
        }
    );
}

#[test]
fn without_a_last_meeting_the_review_says_how_to_get_one() {
    let mut model = example_model();
    act(&mut model, Command::ReviewActions, at(0));
    assert_eq!(model.overlay, Overlay::None);
    assert!(
        model.status.as_deref().unwrap_or("").contains("--follows"),
        "{:?}",
        model.status
    );
}

#[test]
fn the_review_keys_are_in_the_built_in_keymap() {
    let model = following_october();
    assert!(
        model
            .keymap
            .key_for(Mode::Meeting, Command::ReviewActions)
            .is_some()
    );
    for command in [
        Command::ActionDone,
        Command::ActionCarry,
        Command::ActionDrop,
    ] {
        assert!(
            model.keymap.key_for(Mode::Review, command).is_some(),
            "{command:?}"
        );
    }
}
