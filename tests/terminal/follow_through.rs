//! End to end in a real terminal (tmux): a meeting that follows October's reviews its actions,
//! and the new journal keeps the link and the marks.

use std::time::Duration;

use crate::support::{self, Tmux, tmux_available};

const BIN: &str = env!("CARGO_BIN_EXE_cochair");
const OCTOBER: &str = "tests/fixtures/follow/family-council-2026-10-27.jsonl";

#[test]
fn november_reviews_octobers_actions() {
    if !tmux_available("november_reviews_octobers_actions") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let agenda = support::undated(dir.path(), "agendas/family-council.ron");
    let journal = dir.path().join("november.jsonl");
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];
    let args = [
        BIN,
        agenda.to_str().unwrap(),
        "--journal",
        journal.to_str().unwrap(),
        "--follows",
        OCTOBER,
    ];
    let screen = Tmux::start("follows", 120, 40, &args, &env);
    let first = screen.wait_for(
        |s| {
            s.contains("Actions from 27 October")
                && s.contains("Follows the meeting of Tue 27 Oct: 5 actions to review (press u)")
        },
        "the panel and the notice",
    );
    assert!(first.contains("0 of 5 reviewed"), "{first}");
    screen.keys(&["u"]);
    screen.wait_for(
        |s| s.contains("Actions from the meeting of Tuesday 27 October 2026"),
        "the review",
    );
    screen.keys(&["d"]);
    screen.keys(&["x"]);
    screen.wait_for(|s| s.contains("Drop the action: why?"), "the reason asked");
    screen.type_text("Nobody needs it now");
    screen.keys(&["Enter"]);
    let marked = screen.wait_for(|s| s.contains("✗ dropped: Nobody needs it now"), "the drop");
    assert!(marked.contains("✓ done · Priya Natarajan"), "{marked}");
    screen.keys(&["Escape", "q"]);
    let status = (0..50)
        .find_map(|_| {
            std::thread::sleep(Duration::from_millis(100));
            screen.exit_status()
        })
        .unwrap_or_else(|| panic!("cochair did not quit on q:\n{}", screen.screen()));
    assert_eq!(status, 0);
    let text = std::fs::read_to_string(&journal).unwrap();
    let events: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| {
            l.split("\"event\":\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(events, ["meeting_follows", "action_done", "action_dropped"]);
}
