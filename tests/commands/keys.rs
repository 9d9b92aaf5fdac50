//! Keymaps: `cochair keys` lists every binding, the clicker's keymap moves through the agenda,
//! a keymap in the config folder is used, and a bad keymap is refused with its position.

use std::fs;

use crate::{cochair, expectation, files_in, no_escape_sequences};
#[test]
fn every_invalid_keymap_is_refused_with_its_position_and_reason() {
    for path in files_in("tests/invalid_keymaps") {
        let expect = format!("{}:{}", path.display(), expectation(&path));
        for args in [vec!["keys", "--keymap"], vec!["--keymap"]] {
            let output = cochair().args(&args).arg(&path).output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(1), "{args:?} {}", path.display());
            assert!(
                stderr.starts_with(&expect),
                "expected {expect}\n     got {stderr}"
            );
            assert!(no_escape_sequences(&output.stdout));
        }
    }
}

#[test]
fn keys_lists_every_binding_sorted_as_mode_key_action() {
    let output = cochair().arg("keys").output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted);
    for line in &lines {
        assert_eq!(line.split('\t').count(), 3, "{line:?}");
    }
    for expected in [
        "meeting\tn\tnext_item",
        "global\tq\tquit",
        "global\t?\thelp",
        "meeting\ts\tstart_meeting",
        "meeting\te\tend_meeting",
    ] {
        assert!(lines.contains(&expected), "missing {expected:?}");
    }
}

#[test]
fn the_clicker_keymap_moves_through_the_agenda() {
    let output = cochair()
        .args(["keys", "--keymap", "keymaps/clicker.ron"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    for expected in [
        "meeting\tpagedown\tnext_item",
        "meeting\tpageup\tprevious_item",
        "meeting\tn\tnext_item",
    ] {
        assert!(
            stdout.lines().any(|l| l == expected),
            "missing {expected:?} in\n{stdout}"
        );
    }
}

// The XDG folders are Linux's (and other Unixes' but macOS's); `src/store/paths.rs` has the
// others.
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn a_keymap_in_the_config_directory_is_used() {
    let config = tempfile::tempdir().unwrap();
    fs::create_dir_all(config.path().join("cochair")).unwrap();
    fs::write(
        config.path().join("cochair/keymap.ron"),
        r#"Keymap(modes: { "meeting": { "x": next_item } })"#,
    )
    .unwrap();
    let output = cochair()
        .arg("keys")
        .env("XDG_CONFIG_HOME", config.path())
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .any(|l| l == "meeting\tx\tnext_item")
    );
}
