use super::{BIN, Place, eventually, minutes, signal};
use crate::support::{Tmux, kill_9, tmux_available};

/// The host is stopped (SIGSTOP) while the secretary sends a note, then killed: the note is not
/// confirmed and kept on the secretary's screen; once the host is back it is offered again and
/// recorded once.
#[test]
fn a_note_sent_to_a_stopped_host_that_is_killed_is_kept_and_recorded_once() {
    if !tmux_available("a_note_sent_to_a_stopped_host_that_is_killed_is_kept") {
        return;
    }
    let place = Place::fresh();
    let host = place.host("lost-host", &[]);
    host.wait_for(|s| s.contains("Not started"), "the host's screen");
    host.keys(&["r", "A", "Escape", "s"]);
    host.wait_for(|s| s.contains("▶ Running"), "the meeting to start");
    let secretary = place.join("lost-sec", 120, 32, &["--role", "secretary"]);
    secretary.wait_for(|s| s.contains("as secretary"), "the secretary's screen");

    let pid = host.pid();
    signal("STOP", &pid);
    secretary.keys(&["w"]);
    secretary.type_text("Evening meetings for working parents");
    secretary.keys(&["Enter"]);
    secretary.wait_for(
        |s| s.contains("waiting for the host to confirm: note \"Evening meetings"),
        "the note to wait for the host",
    );
    kill_9(&pid);
    drop(host);
    secretary.wait_for(
        |s| {
            s.contains("host is gone")
                && s.contains("not confirmed: note \"Evening meetings for working parents\"")
        },
        "the secretary to keep the note, not confirmed",
    );
    assert!(
        !minutes(place.journal_arg()).contains("Evening meetings"),
        "the stopped host never wrote it"
    );

    let again = Tmux::start(
        "lost-host-2",
        120,
        32,
        &[BIN, "--journal", place.journal_arg()],
        &place.env(),
    );
    again.wait_for(|s| s.contains("▶ Running"), "the host again");
    let offered = secretary.wait_for(
        |s| s.contains("Not recorded: the host went away first"),
        "the note to be offered again",
    );
    assert!(
        offered.contains("This screen sent the note \"Evening meetings for working"),
        "{offered}"
    );
    secretary.keys(&["y"]);
    eventually("the note in the minutes", || {
        minutes(place.journal_arg()).contains("Note: Evening meetings for working parents")
    });
    secretary.wait_for(
        |s| !s.contains("waiting for the host") && !s.contains("not confirmed"),
        "nothing pending on the secretary's screen",
    );
    // Once, however often it was offered.
    std::thread::sleep(std::time::Duration::from_millis(500));
    let written = minutes(place.journal_arg());
    assert_eq!(
        written
            .matches("Evening meetings for working parents")
            .count(),
        1,
        "{written}"
    );
}
