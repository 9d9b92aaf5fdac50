//! What someone new to cochair meets first in a real terminal: the first run, the built-in
//! example rehearsed, keeping nothing.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::support::{Tmux, tmux_available};

const BIN: &str = env!("CARGO_BIN_EXE_cochair");

/// Every file under a folder, however deep.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        match path.is_dir() {
            true => found.extend(files_under(&path)),
            false => found.push(path),
        }
    }
    found
}

fn wait_for_exit(tmux: &Tmux) -> i32 {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(code) = tmux.exit_status() {
            return code;
        }
        assert!(
            Instant::now() < deadline,
            "cochair did not quit:\n{}",
            tmux.screen()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `cochair` with nothing after it: the built-in example, said so on screen, rehearsed, and on
/// the way out, how to start a real meeting. No journal is left anywhere.
#[test]
fn the_first_run_is_the_example_rehearsed_and_keeps_nothing() {
    if !tmux_available("the_first_run_is_the_example_rehearsed_and_keeps_nothing") {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let env = [
        ("XDG_CONFIG_HOME", data.path()),
        ("XDG_DATA_HOME", data.path()),
        ("TMPDIR", tmp.path()),
    ];
    let first = Tmux::start("first-run", 120, 32, &[BIN], &env);
    let screen = first.wait_for(|s| s.contains("Not started"), "the example");
    assert!(screen.contains("EXAMPLE — nothing is kept"), "{screen}");
    assert!(
        screen.contains("The built-in example, to try the keys"),
        "{screen}"
    );
    first.keys(&["r", "A", "Escape", "s"]);
    let screen = first.wait_for(|s| s.contains("▶ Running"), "the example to start");
    assert!(!screen.contains("Start for real"), "{screen}");
    first.keys(&["w"]);
    first.type_text("Trying the keys");
    first.keys(&["Enter"]);
    assert!(
        !files_under(tmp.path()).is_empty(),
        "the rehearsal's own journal"
    );
    first.keys(&["q"]);
    assert_eq!(wait_for_exit(&first), 0);
    let goodbye = first.screen();
    assert!(
        goodbye.contains("That was the built-in example, rehearsed: nothing was kept."),
        "{goodbye}"
    );
    assert!(goodbye.contains("cochair my-meeting.ron"), "{goodbye}");
    assert_eq!(
        files_under(data.path()),
        Vec::<PathBuf>::new(),
        "no journal kept"
    );
    assert_eq!(
        files_under(tmp.path()),
        Vec::<PathBuf>::new(),
        "the rehearsal is gone"
    );
}
