//! End to end in a real terminal (tmux): run a meeting, kill it, resume it.

mod support;

use std::time::Duration;

use support::{Tmux, kill_9, tmux_available};

const BIN: &str = env!("CARGO_BIN_EXE_cochair");

#[test]
fn a_meeting_killed_mid_item_resumes_where_it_was() {
    if !tmux_available("a_meeting_killed_mid_item_resumes_where_it_was") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("board.jsonl");
    let journal_arg = journal.to_str().unwrap();
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];

    let first = Tmux::start(
        "resume-1",
        100,
        30,
        &[BIN, "agendas/nonprofit-board.ron", "--journal", journal_arg],
        &env,
    );
    first.wait_for(|s| s.contains("Not started"), "the meeting screen");
    first.keys(&["s"]);
    first.wait_for(|s| s.contains("▶ Running"), "the meeting to start");
    std::thread::sleep(Duration::from_millis(2200));
    first.keys(&["n"]);
    let before = first.wait_for(|s| s.contains("▶ 2. Say yes"), "item 2 to be current");
    assert!(before.contains("✓ 1. Welcome"), "{before}");
    kill_9(&first.pid());
    drop(first);

    let second = Tmux::start("resume-2", 120, 30, &[BIN, "--journal", journal_arg], &env);
    let after = second.wait_for(|s| s.contains("▶ Running"), "the resumed meeting");
    assert!(
        after.contains("▶ 2. Say yes to last meeting's notes"),
        "{after}"
    );
    let item_one = after.lines().find(|l| l.contains("1. Welcome")).unwrap();
    assert!(item_one.contains("✓"), "{item_one}");
    assert!(
        item_one.contains("00:02/05:00") || item_one.contains("00:03/05:00"),
        "item 1 kept its time: {item_one}"
    );
    second.keys(&["q"]);
    let status = (0..50)
        .find_map(|_| {
            std::thread::sleep(Duration::from_millis(100));
            second.exit_status()
        })
        .unwrap_or_else(|| panic!("cochair did not quit on q:\n{}", second.screen()));
    assert_eq!(status, 0);
    let screen = second.screen();
    assert!(
        screen.contains(&format!("Resume with: cochair --journal {journal_arg}")),
        "{screen}"
    );
}
