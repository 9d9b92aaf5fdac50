use std::os::unix::fs::PermissionsExt;

use super::{BIN, Place, eventually, names_in, signal, wait_gone};
use crate::support::{Tmux, tmux_available};

/// The rehearsal folders in the temporary folder.
fn rehearsals(place: &Place) -> Vec<String> {
    names_in(&place.tmp)
        .into_iter()
        .filter(|n| n.starts_with("cochair-rehearsal-"))
        .collect()
}

/// A rehearsal hosted in tmux, with a secretary and the wall joined; both say REHEARSAL.
fn rehearse(place: &Place, round: &str) -> (Tmux, Tmux, Tmux) {
    let args = [BIN, place.agenda.to_str().unwrap(), "--rehearse"];
    let host = Tmux::start(&format!("rehearse-{round}"), 120, 32, &args, &place.env());
    host.wait_for(|s| s.contains("Not started"), "the rehearsal");
    let secretary = place.join(
        &format!("rehearse-sec-{round}"),
        110,
        32,
        &["--role", "secretary"],
    );
    let screen = secretary.wait_for(|s| s.contains("as secretary"), "the secretary");
    assert!(screen.contains("REHEARSAL — nothing is kept"), "{screen}");
    let wall = place.join(
        &format!("rehearse-wall-{round}"),
        120,
        40,
        &["--view", "room"],
    );
    let screen = wall.wait_for(|s| s.contains("Not started"), "the wall");
    assert!(screen.contains("REHEARSAL — nothing is kept"), "{screen}");
    // Started: no question whether this is the real meeting, in a rehearsal.
    host.keys(&["s"]);
    host.wait_for(|s| s.contains("▶ Running"), "the rehearsal to start");
    (host, secretary, wall)
}

#[test]
fn a_rehearsal_is_one_on_every_screen_and_leaves_nothing_behind_whatever_ends_it() {
    if !tmux_available("a_rehearsal_is_one_on_every_screen_and_leaves_nothing_behind") {
        return;
    }
    let place = Place::fresh();
    // Left by a rehearsal whose process is gone (a power cut): removed at the next start.
    let mut dead = std::process::Command::new("true").spawn().unwrap();
    let dead_pid = dead.id();
    dead.wait().unwrap();
    let stale = place.tmp.join(format!("cochair-rehearsal-{dead_pid}-17"));
    std::fs::create_dir(&stale).unwrap();
    std::fs::write(stale.join("family-council-2026-11-24.jsonl"), "{}\n").unwrap();

    for (round, how) in [("hup", "HUP"), ("term", "TERM")] {
        let (host, secretary, _wall) = rehearse(&place, round);
        assert!(!stale.exists(), "the stale rehearsal is removed");
        let pid = host.pid();
        let found = rehearsals(&place);
        let [folder] = found.as_slice() else {
            panic!("one rehearsal folder: {found:?}");
        };
        assert!(
            folder.starts_with(&format!("cochair-rehearsal-{pid}-")),
            "{folder}"
        );
        let mode = std::fs::metadata(place.tmp.join(folder))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700, "only its user may look in: {mode:o}");
        assert!(
            names_in(&place.runtime.join("cochair"))
                .iter()
                .any(|n| n.ends_with(".sock")),
            "the meeting's socket"
        );

        // The window is closed (SIGHUP), or the system stops it (SIGTERM).
        signal(how, &pid);
        wait_gone(&pid);
        eventually("the rehearsal's folder to go", || {
            rehearsals(&place).is_empty()
        });
        assert_eq!(
            names_in(&place.runtime.join("cochair")),
            Vec::<String>::new(),
            "no socket or note left after SIG{how}"
        );
        // Stopped by a signal, the host counts as gone, not closed: the screens wait.
        secretary.wait_for(
            |s| s.contains("The meeting's host is gone"),
            "the secretary to wait for the host",
        );
    }
}
