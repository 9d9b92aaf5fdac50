//! The members' page across a crash, with the real binary in a real terminal (tmux): `cochair
//! join --members-url` gives the page's address; a host killed with -9 and started again on
//! the same journal serves the same address, and a phone's claim still holds; the secrets are
//! kept beside the journal, privately, and never in the journal or the minutes.

#![cfg(unix)]

use std::path::Path;
use std::process::Command;

use crate::page::{self, get, post};
use crate::support::{self, Tmux, kill_9, tmux_available};

const BIN: &str = env!("CARGO_BIN_EXE_cochair");

/// `cochair join --journal J --members-url`, as a user types it.
fn members_url(journal: &Path, env: &[(&str, &Path)]) -> (bool, String, String) {
    let mut cmd = Command::new(BIN);
    support::in_english(&mut cmd);
    cmd.args([
        "join",
        "--journal",
        journal.to_str().unwrap(),
        "--members-url",
    ]);
    for (key, value) in env {
        cmd.env(key, value);
    }
    let out = cmd.output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).trim().to_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_resumed_host_serves_the_same_page_and_phones_keep_their_claims() {
    if !tmux_available("a_resumed_host_serves_the_same_page_and_phones_keep_their_claims") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let agenda = dir.path().join("tenants.ron");
    std::fs::write(&agenda, page::AGENDA).unwrap();
    let journal = dir.path().join("tenants.jsonl");
    let runtime = dir.path().join("run");
    let env = [
        ("XDG_CONFIG_HOME", dir.path()),
        ("XDG_DATA_HOME", dir.path()),
        ("XDG_RUNTIME_DIR", runtime.as_path()),
    ];
    let args = [
        BIN,
        agenda.to_str().unwrap(),
        "--journal",
        journal.to_str().unwrap(),
        "--members",
        "127.0.0.1:0",
    ];

    // No meeting open yet: the command says so.
    let (ok, _, said) = members_url(&journal, &env);
    assert!(!ok);
    assert!(said.contains("No meeting is open"), "{said}");

    let host = Tmux::start("members-resume", 120, 40, &args, &env);
    let screen = host.wait_for(
        |s| s.contains("Members' page: http://"),
        "the page's address",
    );
    let (ok, url, said) = members_url(&journal, &env);
    assert!(ok, "{said}");
    assert!(
        url.starts_with("http://127.0.0.1:") && url.contains("/m/"),
        "{url}"
    );
    assert!(screen.contains(&url), "{screen}");
    host.keys(&["r", "A", "Escape", "s"]);
    host.wait_for(|s| s.contains("▶ Running"), "the meeting to start");

    let claim = post(&format!("{url}/claim"), None, "person=Cleo");
    assert_eq!(claim.status, 204, "{claim:?}");
    let cookie = claim.cookie().unwrap();

    kill_9(&host.pid());
    drop(host);
    let host = Tmux::start("members-resume-again", 120, 40, &args, &env);
    host.wait_for(|s| s.contains("▶ Running"), "the meeting resumed");
    let (ok, again, said) = members_url(&journal, &env);
    assert!(ok, "{said}");
    assert_eq!(again, url, "the same address after the crash");
    assert_eq!(get(&url, Some(&cookie)).status, 200);
    let hand = post(&format!("{url}/hand"), Some(&cookie), "up=1&kind=hand");
    assert_eq!(hand.status, 204, "the phone is still Cleo's: {hand:?}");
    host.wait_for(|s| s.contains("calls Cleo"), "Cleo's hand on the host");

    // The secrets are beside the journal, the owner's only, and nowhere in the record.
    let secrets = dir.path().join("tenants.jsonl.members");
    let text = std::fs::read_to_string(&secrets).unwrap();
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&secrets).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let token = &url[url.find("/m/").unwrap() + 3..];
    assert!(text.contains(token));
    let key = text
        .split("\"key\":\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    host.keys(&["q"]);
    host.wait_for(|s| s.contains("[exited with 0]"), "the host to quit");
    let record = std::fs::read_to_string(&journal).unwrap();
    assert!(
        record.contains("\"event\":\"page_hand\""),
        "the journal says where the hand came from"
    );
    let minutes = support::exported(&[journal.to_str().unwrap(), "--include-confidential"]);
    for secret in [token, key] {
        assert!(!record.contains(secret), "a secret in the journal");
        assert!(!minutes.contains(secret), "a secret in the minutes");
    }
    let (ok, _, said) = members_url(&journal, &env);
    assert!(!ok, "the host is closed");
    assert!(said.contains("No meeting is open"), "{said}");
}
