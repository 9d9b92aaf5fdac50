//! End to end in a real terminal (tmux): run a meeting, kill it, resume it.

use std::time::Duration;

use crate::support::{self, Tmux, kill_9, tmux_available};

const BIN: &str = env!("CARGO_BIN_EXE_cochair");

#[test]
fn a_meeting_killed_mid_item_resumes_where_it_was() {
    if !tmux_available("a_meeting_killed_mid_item_resumes_where_it_was") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let board = support::undated(dir.path(), "agendas/nonprofit-board.ron");
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
        &[BIN, board.to_str().unwrap(), "--journal", journal_arg],
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

#[test]
fn hands_added_by_name_get_the_floor_in_weighted_order() {
    if !tmux_available("hands_added_by_name_get_the_floor_in_weighted_order") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("council.jsonl");
    let journal_arg = journal.to_str().unwrap();
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];
    let args = [BIN, "agendas/family-council.ron", "--journal", journal_arg];

    let tmux = Tmux::start("queue-1", 120, 32, &args, &env);
    tmux.wait_for(|s| s.contains("Not started"), "the meeting screen");
    tmux.keys(&["r", "A", "Escape", "s"]);
    tmux.wait_for(|s| s.contains("Quorum ✓ 8 present"), "everyone present");
    tmux.keys(&["a"]);
    for name in ["okaf", "tom", "MEI"] {
        tmux.type_text(name);
        tmux.keys(&["Enter"]);
    }
    tmux.keys(&["Escape"]);
    let queued = tmux.wait_for(|s| s.contains("3 waiting"), "three hands");
    let place = |name: &str| {
        queued
            .lines()
            .position(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} missing:\n{queued}"))
    };
    assert!(place("1. Mei Chen") < place("2. Dr. Okafor"), "{queued}");
    assert!(place("2. Dr. Okafor") < place("3. Tom Becker"), "{queued}");
    assert!(queued.contains("member voice (weight 2)"), "{queued}");
    tmux.keys(&["Space"]);
    let floor = tmux.wait_for(|s| s.contains("2 waiting"), "Mei to get the floor");
    assert!(floor.contains("▶ Mei Chen"), "{floor}");
    kill_9(&tmux.pid());
    drop(tmux);

    let again = Tmux::start("queue-2", 120, 32, &[BIN, "--journal", journal_arg], &env);
    let resumed = again.wait_for(|s| s.contains("2 waiting"), "the resumed queue");
    assert!(resumed.contains("▶ Mei Chen"), "{resumed}");
    assert!(
        resumed.contains("1. Dr. Okafor") && resumed.contains("2. Tom Becker"),
        "{resumed}"
    );
}

#[test]
fn what_the_secretary_records_survives_a_kill_and_reaches_the_minutes() {
    if !tmux_available("what_the_secretary_records_survives_a_kill_and_reaches_the_minutes") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("council.jsonl");
    let journal_arg = journal.to_str().unwrap();
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];
    let tmux = Tmux::start(
        "secretary-1",
        120,
        32,
        &[BIN, "agendas/family-council.ron", "--journal", journal_arg],
        &env,
    );
    tmux.wait_for(|s| s.contains("Not started"), "the meeting screen");
    tmux.keys(&["r", "A", "Escape", "s"]);
    tmux.wait_for(|s| s.contains("▶ Running"), "the meeting to start");
    let steps: [(&str, &[&str]); 3] = [
        ("w", &["Everyone introduced themselves"]),
        ("D", &["Adopt the October minutes", "consensus"]),
        (
            "A",
            &["Send the budget draft to members", "ana", "2026-12-01"],
        ),
    ];
    for (key, answers) in steps {
        tmux.keys(&[key]);
        for answer in answers {
            tmux.type_text(answer);
            tmux.keys(&["Enter"]);
        }
        if key == "D" {
            // Nobody has spoken on the item: recorded after saying yes to the question.
            tmux.wait_for(|s| s.contains("Record anyway?"), "the question");
            tmux.keys(&["y"]);
        }
    }
    tmux.wait_for(
        |s| s.contains("Record: 1 note · 1 decision · 1 action"),
        "all three recorded",
    );
    kill_9(&tmux.pid());
    drop(tmux);

    let again = Tmux::start(
        "secretary-2",
        120,
        32,
        &[BIN, "--journal", journal_arg],
        &env,
    );
    again.wait_for(
        |s| s.contains("Record: 1 note · 1 decision · 1 action"),
        "the record after the restart",
    );
    again.keys(&["q"]);
    let minutes = support::exported(&[journal_arg]);
    for expected in [
        "Note: Everyone introduced themselves",
        "Decision: Adopt the October minutes. Agreed by consensus.",
        "Send the budget draft to members",
        "Ana Lopez",
        "2026-12-01",
    ] {
        assert!(
            minutes.contains(expected),
            "{expected:?} missing from\n{minutes}"
        );
    }
}

/// How many files and folders are under `dir`, all the way down.
fn entries_under(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |entries| {
        entries
            .flatten()
            .map(|e| 1 + entries_under(&e.path()))
            .sum()
    })
}

fn wait_for_exit(tmux: &Tmux) -> i32 {
    (0..50)
        .find_map(|_| {
            std::thread::sleep(Duration::from_millis(100));
            tmux.exit_status()
        })
        .unwrap_or_else(|| panic!("cochair did not quit:\n{}", tmux.screen()))
}

#[test]
fn a_rehearsal_leaves_no_journal_and_meeting_day_starts_clean() {
    if !tmux_available("a_rehearsal_leaves_no_journal_and_meeting_day_starts_clean") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let board = support::undated(dir.path(), "agendas/nonprofit-board.ron");
    let env = [
        ("XDG_CONFIG_HOME", data.path()),
        ("XDG_DATA_HOME", data.path()),
        ("TMPDIR", tmp.path()),
    ];
    let args = [BIN, board.to_str().unwrap(), "--rehearse"];
    let rehearsal = Tmux::start("rehearse-1", 110, 30, &args, &env);
    let screen = rehearsal.wait_for(|s| s.contains("Not started"), "the rehearsal");
    assert!(screen.contains("REHEARSAL — nothing is kept"), "{screen}");
    rehearsal.keys(&["r", "A", "Escape", "s"]);
    rehearsal.wait_for(|s| s.contains("▶ Running"), "the rehearsal to start");
    rehearsal.keys(&["a"]);
    rehearsal.type_text("danny");
    rehearsal.keys(&["Enter", "Escape", "Space"]);
    rehearsal.wait_for(|s| s.contains("▶ Danny Walsh"), "Danny to speak");
    assert!(entries_under(tmp.path()) > 0, "the rehearsal's own journal");
    rehearsal.keys(&["q"]);
    assert_eq!(wait_for_exit(&rehearsal), 0);
    let goodbye = rehearsal.screen();
    assert!(
        goodbye.contains("Rehearsal over: nothing was kept."),
        "{goodbye}"
    );
    assert_eq!(
        entries_under(data.path()),
        0,
        "no journal where the real one goes"
    );
    assert_eq!(
        entries_under(tmp.path()),
        0,
        "the throwaway journal is gone"
    );

    let args = [BIN, board.to_str().unwrap()];
    let day = Tmux::start("rehearse-2", 110, 30, &args, &env);
    let screen = day.wait_for(|s| s.contains("Not started"), "meeting day");
    assert!(!screen.contains("REHEARSAL"), "{screen}");
    assert!(screen.contains("Nothing recorded yet"), "{screen}");
    assert!(
        screen.contains("Roll call not taken"),
        "starts clean: {screen}"
    );
    day.keys(&["q"]);
    assert_eq!(wait_for_exit(&day), 0);
    assert!(
        day.screen()
            .contains("Nothing was recorded, so no journal was made."),
        "{}",
        day.screen()
    );
    assert_eq!(entries_under(data.path()), 0, "looking made no journal");
}

#[test]
fn a_meeting_from_another_day_is_resumed_only_when_asked() {
    if !tmux_available("a_meeting_from_another_day_is_resumed_only_when_asked") {
        return;
    }
    use cochair::meeting::{Event, Record};
    use cochair::store::journal::{FORMAT_VERSION, Header, Journal};
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("board.jsonl");
    // A meeting started three days before whatever day the test runs on.
    let started = chrono::Utc::now() - chrono::TimeDelta::days(3);
    let agenda = support::read_agenda(&support::undated(dir.path(), "agendas/nonprofit-board.ron"));
    let header = Header {
        cochair_journal: FORMAT_VERSION,
        created: started,
        date: started.date_naive(),
        agenda_file: "nonprofit-board.ron".into(),
        agenda,
    };
    let mut file = Journal::create(&journal, &header).unwrap();
    file.append(&Record {
        at: started,
        proposal: None,
        event: Event::MeetingStarted,
    })
    .unwrap();
    drop(file);
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];
    let args = [BIN, "--journal", journal.to_str().unwrap()];
    let asked = Tmux::start("other-day", 110, 30, &args, &env);
    let question = asked.wait_for(|s| s.contains("Your choice"), "the question");
    assert!(question.contains("(3 days ago)"), "{question}");
    asked.type_text("n");
    asked.keys(&["Enter"]);
    // Wait for the whole screen: under load the header is drawn before the status line.
    let screen = asked.wait_for(
        |s| s.contains("Not started") && s.contains("Nothing recorded yet"),
        "a new meeting, nothing recorded yet",
    );
    assert!(screen.contains("Nothing recorded yet"), "{screen}");
    asked.keys(&["q"]);
    assert_eq!(wait_for_exit(&asked), 0);
    let kept: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".started-"))
        .collect();
    assert_eq!(kept.len(), 1, "the old meeting kept aside: {kept:?}");
}

/// A direct response and a closed list, typed as a facilitator would: the response goes right
/// after the speaker with its short turn, a closed list asks the facilitator before a new hand
/// and still takes a point of process, and all of it survives a kill and reaches the minutes. (Run
/// with `cargo test --release --test terminal` to drive the release binary.)
#[test]
fn a_direct_response_and_a_closed_list_in_a_real_terminal() {
    if !tmux_available("a_direct_response_and_a_closed_list_in_a_real_terminal") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("council.jsonl");
    let journal_arg = journal.to_str().unwrap();
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];
    let args = [BIN, "agendas/family-council.ron", "--journal", journal_arg];
    let tmux = Tmux::start("procedure-1", 120, 32, &args, &env);
    tmux.wait_for(|s| s.contains("Not started"), "the meeting screen");
    tmux.keys(&["r", "A", "Escape", "s"]);
    tmux.wait_for(|s| s.contains("Quorum ✓ 8 present"), "everyone present");
    tmux.keys(&["R"]);
    tmux.wait_for(
        |s| s.contains("Nobody has the floor: a direct response answers the speaker"),
        "a direct response refused with nobody speaking",
    );
    tmux.keys(&["a"]);
    for name in ["tom", "mei"] {
        tmux.type_text(name);
        tmux.keys(&["Enter"]);
    }
    tmux.keys(&["Escape", "Space"]);
    tmux.wait_for(|s| s.contains("▶ Mei Chen"), "Mei to get the floor");
    tmux.keys(&["R"]);
    tmux.wait_for(
        |s| s.contains("Direct response to Mei Chen: who?"),
        "the picker",
    );
    tmux.type_text("priya");
    tmux.keys(&["Enter"]);
    let responded = tmux.wait_for(
        |s| s.contains("↩ responds to Mei Chen"),
        "the response in the queue",
    );
    let place = |screen: &str, name: &str| {
        screen
            .lines()
            .position(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} missing:\n{screen}"))
    };
    assert!(
        place(&responded, "1. Priya Natarajan") < place(&responded, "2. Tom Becker"),
        "{responded}"
    );
    tmux.keys(&["L"]);
    tmux.wait_for(|s| s.contains("⊘ List closed"), "the list closed");
    tmux.keys(&["a"]);
    tmux.wait_for(
        |s| s.contains("⊘ list closed: asked first"),
        "the picker saying the list is closed",
    );
    tmux.type_text("grace");
    tmux.keys(&["Enter"]);
    tmux.wait_for(
        |s| s.contains("The list is closed. Add Grace Mensah anyway?"),
        "the facilitator asked before adding to a closed list",
    );
    tmux.keys(&["y"]);
    tmux.wait_for(
        |s| s.contains("3 waiting"),
        "Grace added to the closed list",
    );
    tmux.keys(&["Escape", "o"]);
    tmux.type_text("sam");
    tmux.keys(&["Enter"]);
    tmux.wait_for(
        |s| s.contains("⚑ point of process"),
        "a point of process taken",
    );
    tmux.keys(&["Space"]);
    tmux.wait_for(|s| s.contains("⚑ Sam Reed"), "the point of process first");
    tmux.keys(&["Space"]);
    let replying = tmux.wait_for(
        |s| s.contains("↩ Priya Natarajan") && s.contains("responds to Mei Chen"),
        "the response on the floor",
    );
    assert!(
        replying.contains("Turn: 01:00 left") || replying.contains("Turn: 00:59 left"),
        "a minute's turn: {replying}"
    );
    kill_9(&tmux.pid());
    drop(tmux);

    let again = Tmux::start(
        "procedure-2",
        120,
        32,
        &[BIN, "--journal", journal_arg],
        &env,
    );
    let resumed = again.wait_for(|s| s.contains("↩ Priya Natarajan"), "the resumed floor");
    assert!(resumed.contains("⊘ List closed"), "{resumed}");
    again.keys(&["q"]);
    wait_for_exit(&again);
    let minutes = support::exported(&[journal_arg]);
    let flat = minutes.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "(direct response to Mei Chen)",
        "The list of speakers was closed at",
        "list of speakers closed by Ana Lopez",
        "Grace Mensah was added to the closed list of speakers at",
        "Sam Reed",
    ] {
        assert!(
            flat.contains(expected),
            "{expected:?} missing from\n{minutes}"
        );
    }
}

/// An interposed question, typed as a facilitator would: `Q` picks who asks, the floor shows the
/// question and its countdown while the speaker's turn waits, `Q` again ends it and the turn goes
/// on; the question survives a kill and reaches the minutes in the speaker's turn.
#[test]
fn an_interposed_question_in_a_real_terminal() {
    if !tmux_available("an_interposed_question_in_a_real_terminal") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("council.jsonl");
    let journal_arg = journal.to_str().unwrap();
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
    ];
    let args = [BIN, "agendas/family-council.ron", "--journal", journal_arg];
    let tmux = Tmux::start("question-1", 120, 32, &args, &env);
    tmux.wait_for(|s| s.contains("Not started"), "the meeting screen");
    tmux.keys(&["r", "A", "Escape", "s", "a"]);
    tmux.type_text("tom");
    tmux.keys(&["Enter", "Escape", "Space"]);
    tmux.wait_for(|s| s.contains("▶ Tom Becker"), "Tom to get the floor");
    tmux.keys(&["Q"]);
    tmux.wait_for(
        |s| s.contains("Question to Tom Becker: who asks?"),
        "the picker",
    );
    tmux.type_text("mei");
    tmux.keys(&["Enter"]);
    tmux.wait_for(
        |s| s.contains("? Question: Mei Chen to Tom Becker") && s.contains("⏸ held for a question"),
        "the question on the floor, the turn held",
    );
    tmux.keys(&["Q"]);
    tmux.wait_for(
        |s| !s.contains("? Question:") && s.contains("Turn: ") && s.contains("▶ running"),
        "the turn going on",
    );
    kill_9(&tmux.pid());
    drop(tmux);
    let minutes = support::exported(&[journal_arg]);
    let flat = minutes.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("(interposed question from Mei Chen"),
        "{minutes}"
    );
}
