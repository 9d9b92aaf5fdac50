//! The actions from the last meeting: the panel under the agenda and the review over it.

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
