use super::{BIN, Place, minutes};
use crate::support::{Tmux, kill_9, tmux_available};

#[test]
fn three_roles_and_the_wall_run_one_meeting() {
    if !tmux_available("three_roles_and_the_wall_run_one_meeting") {
        return;
    }
    let place = Place::fresh();
    let host = place.host("screens-host", &[]);
    host.wait_for(|s| s.contains("Not started"), "the host's screen");

    // Without --journal, a screen finds the one meeting this user has open; the host knows it
    // is there at once, before anything is recorded.
    let timekeeper = place.join("screens-tk", 100, 30, &["--role", "timekeeper"]);
    timekeeper.wait_for(|s| s.contains("as timekeeper"), "the timekeeper's screen");
    host.wait_for(
        |s| s.contains("Nothing recorded yet") && s.contains("joined: timekeeper"),
        "the host to know the timekeeper watches",
    );
    host.keys(&["r", "A", "Escape", "s"]);
    host.wait_for(|s| s.contains("▶ Running"), "the meeting to start");

    let journal = place.journal_arg();
    let secretary = place.join(
        "screens-sec",
        110,
        32,
        &["--role", "secretary", "--journal", journal],
    );
    secretary.wait_for(|s| s.contains("as secretary"), "the secretary's screen");
    let observer = place.join("screens-obs", 100, 30, &[]);
    observer.wait_for(|s| s.contains("as observer"), "the observer's screen");
    let wall = place.join("screens-wall", 120, 40, &["--view", "room"]);
    wall.wait_for(|s| s.contains("Item 1 of"), "the room view");
    host.wait_for(
        |s| s.contains("joined: timekeeper, secretary, observer, room"),
        "the host's list of who is watching",
    );

    // The timekeeper pauses: the host and the wall show it.
    timekeeper.keys(&["t"]);
    host.wait_for(|s| s.contains("⏸ PAUSED"), "the host to show the pause");
    wall.wait_for(|s| s.contains("PAUSED"), "the wall to show the pause");

    // The observer cannot: the pause stays, and the observer is told why.
    observer.wait_for(|s| s.contains("PAUSED"), "the observer to see the pause");
    observer.keys(&["t"]);
    observer.wait_for(
        |s| s.contains("Observers can't change the meeting"),
        "the observer's refusal",
    );
    timekeeper.keys(&["t"]);
    host.wait_for(|s| s.contains("▶ Running"), "the clock to run again");

    // The secretary's note reaches the journal and the minutes, which say who ran it.
    secretary.keys(&["w"]);
    secretary.type_text("Families asked for evening meetings");
    secretary.keys(&["Enter"]);
    host.wait_for(
        |s| s.contains("Record: 1 note"),
        "the host to show the note",
    );
    let written = minutes(journal);
    let flowing = written.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flowing.contains("Note: Families asked for evening meetings"),
        "{written}"
    );
    assert!(
        flowing.contains(
            "Screens: facilitator (the host), timekeeper, secretary, observers, room view"
        ),
        "{written}"
    );

    // The host is killed: the screens say so and keep the last state; started again on the
    // same journal, it is joined again by every screen by itself.
    kill_9(&host.pid());
    drop(host);
    wall.wait_for(
        |s| s.contains("RECONNECTING"),
        "the wall to say the host is gone",
    );
    timekeeper.wait_for(
        |s| s.contains("The meeting's host is gone"),
        "the timekeeper to say the host is gone",
    );
    let again = Tmux::start(
        "screens-host-2",
        120,
        32,
        &[BIN, "--journal", journal],
        &place.env(),
    );
    again.wait_for(|s| s.contains("▶ Running"), "the host again");
    wall.wait_for(
        |s| !s.contains("RECONNECTING") && s.contains("Item 1 of"),
        "the wall to come back",
    );
    timekeeper.wait_for(
        |s| s.contains("The meeting's host is back"),
        "the timekeeper to follow the host again",
    );
    again.wait_for(
        |s| s.contains("joined: timekeeper, secretary, observer, room"),
        "every screen back",
    );

    // Adjourned: the host and the screens stay open, and the secretary keeps working.
    again.keys(&["e", "y"]);
    again.wait_for(|s| s.contains("Adjourned"), "the host to adjourn");
    secretary.wait_for(|s| s.contains("Adjourned"), "the secretary to see it");
    wall.wait_for(|s| s.contains("Adjourned"), "the wall to see it");
    secretary.keys(&["w"]);
    secretary.type_text("Thanks to the hosts of the evening");
    secretary.keys(&["Enter"]);
    super::eventually("the note after adjournment in the minutes", || {
        minutes(journal).contains("Thanks to the hosts of the evening")
    });

    // The host quits: every screen says the host closed the meeting, and when; a key leaves.
    again.keys(&["q"]);
    for (screen, what) in [
        (&timekeeper, "the timekeeper"),
        (&secretary, "the secretary"),
        (&observer, "the observer"),
    ] {
        screen.wait_for(
            |s| {
                s.contains("The host closed the meeting at") && s.contains("press any key to leave")
            },
            &format!("{what} to say the host closed the meeting"),
        );
    }
    wall.wait_for(|s| s.contains("CLOSED BY THE HOST"), "the wall to say so");
    assert!(!wall.screen().contains("RECONNECTING"), "{}", wall.screen());
    timekeeper.keys(&["x"]);
    let gone = timekeeper.wait_for(|s| s.contains("[exited with 0]"), "the timekeeper to leave");
    assert!(gone.contains("The host closed the meeting at"), "{gone}");
}
