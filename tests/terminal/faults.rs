//! Faults in a real terminal (tmux): hostile text, signals, resizing, a full disk.

use std::fs;
use std::process::Command;
use std::time::Duration;

use crate::support::{self, Tmux, tmux_available};

const BIN: &str = env!("CARGO_BIN_EXE_cochair");

fn wait_for_exit(tmux: &Tmux) -> i32 {
    (0..80)
        .find_map(|_| {
            std::thread::sleep(Duration::from_millis(100));
            tmux.exit_status()
        })
        .unwrap_or_else(|| panic!("cochair did not stop:\n{}", tmux.screen()))
}

#[test]
fn escape_sequences_in_an_agenda_never_reach_the_terminal() {
    if !tmux_available("escape_sequences_in_an_agenda_never_reach_the_terminal") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let board = support::undated(dir.path(), "agendas/nonprofit-board.ron");
    let osc52 = "\u{1b}]52;c;SU5KRUNURUQ=\u{7}";
    let agenda = fs::read_to_string(board.to_str().unwrap())
        .unwrap()
        .replace(
            "Speaking Up Together — Board of Directors",
            &format!("Evil{osc52}A\u{1b}[2JB Board"),
        )
        .replace("Danny Walsh", &format!("Danny{osc52}X\u{1b}[2JY Walsh"));
    let path = dir.path().join("evil.ron");
    fs::write(&path, agenda).unwrap();
    let raw = dir.path().join("raw.bin");
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];
    let journal = dir.path().join("evil.jsonl");
    let tmux = Tmux::start(
        "inject",
        120,
        32,
        &[
            BIN,
            path.to_str().unwrap(),
            "--journal",
            journal.to_str().unwrap(),
        ],
        &env,
    );
    tmux.record_output(&raw);
    tmux.wait_for(|s| s.contains("EvilAB Board"), "the cleaned title");
    tmux.keys(&["r"]);
    tmux.wait_for(|s| s.contains("DannyXY Walsh"), "the cleaned name");
    tmux.keys(&["Escape", "q"]);
    wait_for_exit(&tmux);
    let bytes = fs::read(&raw).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        !text.contains("52;c;"),
        "an OSC 52 sequence reached the terminal"
    );
    assert!(
        !text.contains("A\u{1b}[2JB") && !text.contains("X\u{1b}[2JY"),
        "a clear-screen sequence reached the terminal"
    );
    assert!(text.contains("EvilAB"), "the recording holds the screen");
}

#[test]
fn signals_restore_the_terminal_keep_the_journal_and_say_why_in_the_exit_code() {
    if !tmux_available("signals_restore_the_terminal_keep_the_journal_and_say_why_in_the_exit_code")
    {
        return;
    }
    for (signal, code) in [("TERM", 143), ("INT", 130), ("HUP", 129)] {
        let dir = tempfile::tempdir().unwrap();
        let board = support::undated(dir.path(), "agendas/nonprofit-board.ron");
        let journal = dir.path().join("m.jsonl");
        let env = [
            ("XDG_CONFIG_HOME", dir.path()),
            ("XDG_DATA_HOME", dir.path()),
        ];
        let tmux = Tmux::start(
            &format!("sig-{signal}"),
            100,
            30,
            &[
                BIN,
                board.to_str().unwrap(),
                "--journal",
                journal.to_str().unwrap(),
            ],
            &env,
        );
        tmux.wait_for(|s| s.contains("Not started"), "the meeting screen");
        tmux.keys(&["s"]);
        tmux.wait_for(|s| s.contains("▶ Running"), "the meeting to start");
        let status = Command::new("kill")
            .args([&format!("-{signal}"), &tmux.pid()])
            .status()
            .unwrap();
        assert!(status.success());
        assert_eq!(wait_for_exit(&tmux), code, "SIG{signal}");
        if signal != "HUP" {
            let screen = tmux.screen();
            assert!(
                screen.contains("Resume with: cochair --journal"),
                "terminal restored after SIG{signal}:\n{screen}"
            );
        }
        let contents = cochair::store::journal::read(&journal).unwrap();
        assert_eq!(
            contents.records.len(),
            1,
            "the start is kept after SIG{signal}"
        );
    }
}

#[test]
fn a_tiny_or_storming_terminal_never_breaks_the_layout() {
    if !tmux_available("a_tiny_or_storming_terminal_never_breaks_the_layout") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let board = support::undated(dir.path(), "agendas/nonprofit-board.ron");
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];
    let journal = dir.path().join("m.jsonl");
    let tmux = Tmux::start(
        "resize",
        10,
        3,
        &[
            BIN,
            board.to_str().unwrap(),
            "--journal",
            journal.to_str().unwrap(),
        ],
        &env,
    );
    tmux.wait_for(
        |s| s.contains("Terminal"),
        "the too-small message at the start",
    );
    for i in 0..40u16 {
        tmux.resize(10 + i * 3, 3 + i);
    }
    tmux.resize(10, 3);
    tmux.wait_for(|s| s.contains("Terminal"), "the too-small message");
    tmux.resize(100, 30);
    tmux.wait_for(
        |s| s.contains("Not started") && s.contains("┌ Agenda"),
        "the layout back",
    );
    tmux.keys(&["q"]);
    assert_eq!(wait_for_exit(&tmux), 0);
}

#[test]
fn a_full_disk_shows_a_banner_applies_nothing_and_recovers() {
    if !tmux_available("a_full_disk_shows_a_banner_applies_nothing_and_recovers") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let board = support::undated(dir.path(), "agendas/nonprofit-board.ron");
    let disk = dir.path().join("disk");
    fs::create_dir(&disk).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&disk)
        .output()
        .is_ok_and(|o| o.status.success());
    if !mounted {
        support::skip(
            "a_full_disk_shows_a_banner_applies_nothing_and_recovers",
            "cannot mount a small tmpfs here (needs root); the failing-writer tests in the library cover the banner",
        );
        return;
    }
    let result = std::panic::catch_unwind(|| {
        let journal = disk.join("m.jsonl");
        let env = [
            ("XDG_CONFIG_HOME", dir.path()),
            ("XDG_DATA_HOME", dir.path()),
        ];
        let tmux = Tmux::start(
            "diskfull",
            100,
            30,
            &[
                BIN,
                board.to_str().unwrap(),
                "--journal",
                journal.to_str().unwrap(),
            ],
            &env,
        );
        tmux.wait_for(|s| s.contains("Not started"), "the meeting screen");
        tmux.keys(&["s"]);
        tmux.wait_for(|s| s.contains("▶ Running"), "the meeting to start");
        // Fill the disk. The journal's last page may still have room, so keep pausing and
        // resuming the clock (an event each) until a write fails.
        let filler = disk.join("filler");
        let _ = fs::write(&filler, vec![b'x'; 64 * 1024]);
        let mut screen = String::new();
        for _ in 0..20 {
            tmux.keys(&["t", "t", "t", "t", "t"]);
            screen = tmux.screen();
            if screen.contains("Not saved") {
                break;
            }
        }
        assert!(
            screen.contains("Not saved: No space left on device"),
            "{screen}"
        );
        let contents = cochair::store::journal::read(&journal).unwrap();
        assert_eq!(contents.torn, None, "no half-written line");
        let saved_paused = contents
            .records
            .iter()
            .filter(|(_, r)| matches!(r.event, cochair::meeting::Event::ClockPaused { .. }))
            .count()
            > contents
                .records
                .iter()
                .filter(|(_, r)| matches!(r.event, cochair::meeting::Event::ClockResumed { .. }))
                .count();
        assert_eq!(
            screen.contains("⏸ PAUSED"),
            saved_paused,
            "the screen shows only what was saved:\n{screen}"
        );
        fs::remove_file(&filler).unwrap();
        tmux.keys(&["n"]);
        tmux.wait_for(
            |s| s.contains("▶ 2. Say yes") && !s.contains("Not saved"),
            "the retry to save",
        );
        tmux.keys(&["q"]);
        assert_eq!(wait_for_exit(&tmux), 0);
        let last = cochair::store::journal::read(&journal)
            .unwrap()
            .records
            .pop()
            .unwrap()
            .1
            .event;
        assert_eq!(last, cochair::meeting::Event::ItemOpened { item: 1 });
    });
    let _ = Command::new("umount").arg("-l").arg(&disk).status();
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

#[test]
fn kill_9_at_any_moment_loses_nothing_that_was_on_screen() {
    if !tmux_available("kill_9_at_any_moment_loses_nothing_that_was_on_screen") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let board = support::undated(dir.path(), "agendas/nonprofit-board.ron");
    let journal = dir.path().join("m.jsonl");
    let journal_arg = journal.to_str().unwrap();
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];
    let current = |screen: &str| -> Option<String> {
        screen.lines().find_map(|l| {
            l.split("│▶ ")
                .nth(1)
                .map(|rest| rest.chars().take(3).collect())
        })
    };
    // Each round moves on a few items as fast as keys can be typed, looks, and kills.
    for (round, (presses, delay_ms)) in [(1, 0), (2, 40), (1, 90), (3, 10), (1, 150)]
        .into_iter()
        .enumerate()
    {
        let args: Vec<&str> = if round == 0 {
            vec![BIN, board.to_str().unwrap(), "--journal", journal_arg]
        } else {
            vec![BIN, "--journal", journal_arg]
        };
        let tmux = Tmux::start(&format!("kill-{round}"), 100, 30, &args, &env);
        tmux.wait_for(|s| s.contains("┌ Agenda"), "the meeting screen");
        if round == 0 {
            tmux.keys(&["s"]);
            tmux.wait_for(|s| s.contains("▶ Running"), "the start");
        }
        for _ in 0..presses {
            tmux.keys(&[if round % 2 == 0 { "n" } else { "p" }]);
        }
        std::thread::sleep(Duration::from_millis(delay_ms));
        let shown = tmux.screen();
        support::kill_9(&tmux.pid());
        drop(tmux);
        let again = Tmux::start(
            &format!("kill-{round}-check"),
            100,
            30,
            &[BIN, "--journal", journal_arg],
            &env,
        );
        let resumed = again.wait_for(|s| s.contains("▶ Running"), "the resumed meeting");
        let number = |text: Option<String>| -> Option<u32> {
            text?.trim().trim_end_matches('.').parse().ok()
        };
        let (was, now) = (number(current(&shown)), number(current(&resumed)));
        assert!(was.is_some(), "{shown}");
        // What the screen showed was in the journal before it was shown, so the resumed
        // meeting stands where the killed one stood, or (when a key pressed before the kill was
        // still being handled as the screen was read) one step further the way the keys went.
        let forward = round % 2 == 0;
        let never_behind = match (was, now) {
            (Some(was), Some(now)) if forward => now >= was,
            (Some(was), Some(now)) => now <= was,
            _ => false,
        };
        assert!(
            never_behind,
            "round {round}: the screen showed {was:?} before the kill:\n{shown}\nand after:\n{resumed}"
        );
        assert!(cochair::store::journal::read(&journal).is_ok());
        // The next round opens the same journal: this one must be gone first, not still
        // closing after its terminal went away.
        support::kill_9(&again.pid());
    }
}

#[test]
fn ctrl_c_quits_and_a_panic_restores_the_terminal_and_keeps_the_journal() {
    if !tmux_available("ctrl_c_quits_and_a_panic_restores_the_terminal_and_keeps_the_journal") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let board = support::undated(dir.path(), "agendas/nonprofit-board.ron");
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];
    let journal = dir.path().join("m.jsonl");
    let args = [
        BIN,
        board.to_str().unwrap(),
        "--journal",
        journal.to_str().unwrap(),
    ];
    let tmux = Tmux::start("ctrl-c", 100, 30, &args, &env);
    tmux.wait_for(|s| s.contains("Not started"), "the meeting screen");
    tmux.keys(&["C-c"]);
    assert_eq!(wait_for_exit(&tmux), 0, "ctrl-c is a quit");
    drop(tmux);

    support::EXTRA_ENV.with(|e| {
        let mut env = e.borrow_mut();
        env.push(("COCHAIR_PANIC_IN_VIEW".into(), "1".into()));
        env.push(("RUST_BACKTRACE".into(), "0".into()));
    });
    let tmux = Tmux::start("panic", 100, 30, &args, &env);
    support::EXTRA_ENV.with(|e| e.borrow_mut().clear());
    tmux.wait_for(|s| s.contains("Not started"), "the meeting screen");
    tmux.keys(&["s"]);
    assert_eq!(wait_for_exit(&tmux), 101, "Rust's exit code for a panic");
    let screen = tmux.screen();
    assert!(
        screen.contains("a test asked the view to panic"),
        "the message is readable on the restored screen:\n{screen}"
    );
    assert!(
        !screen.contains("┌ Agenda"),
        "the alternate screen is gone:\n{screen}"
    );
    let contents = cochair::store::journal::read(&journal).unwrap();
    assert_eq!(
        contents.records.len(),
        1,
        "the start was saved before the screen showed it"
    );
}
