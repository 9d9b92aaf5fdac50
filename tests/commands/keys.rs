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

/// `cochair keys` with a keymap, under a locale: its exit code and standard error.
fn keys_under(locale: &str, keymap: &str) -> (Option<i32>, String) {
    let output = cochair()
        .args(["keys", "--keymap", keymap])
        .env("LC_ALL", locale)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn a_bad_keymap_is_refused_in_the_locales_language_at_the_same_place() {
    let key = "tests/invalid_keymaps/key-abbreviated.ron";
    let (code, stderr) = keys_under("es_MX.UTF-8", key);
    assert_eq!(code, Some(1));
    assert_eq!(
        stderr,
        format!(
            "{key}:6:14: modes.meeting.pgdn: la tecla \"pgdn\" no existe; ¿quisiste decir \"pagedown\"?\n"
        )
    );
    let (code, stderr) = keys_under("en_GB.UTF-8", key);
    assert_eq!(code, Some(1));
    assert_eq!(
        stderr,
        format!(
            "{key}:6:14: modes.meeting.pgdn: unknown key \"pgdn\"; did you mean \"pagedown\"?\n"
        )
    );
}

#[test]
fn an_unknown_mode_is_refused_in_the_hosts_language() {
    let mode = "tests/invalid_keymaps/unknown-mode.ron";
    let modes =
        "global, meeting, roll_call, picker, prompt, record, help, confirm, reading, review";
    for (lang, said) in [
        (
            "es",
            format!("el modo \"meting\" no existe; los modos son {modes}"),
        ),
        (
            "en",
            format!("unknown mode \"meting\"; the modes are {modes}"),
        ),
    ] {
        let output = cochair()
            .args(["--lang", lang, "--keymap", mode])
            .arg("agendas/consumer-advisory-group.ron")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(
            String::from_utf8(output.stderr).unwrap(),
            format!("{mode}:4:10: modes.meting: {said}\n")
        );
        assert!(no_escape_sequences(&output.stdout));
    }
}

#[test]
fn a_command_left_without_a_key_is_a_warning_in_the_locales_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.ron");
    fs::write(
        &path,
        r#"Keymap(modes: { "meeting": { "b": projector_view } })"#,
    )
    .unwrap();
    let (code, stderr) = keys_under("es_ES.UTF-8", path.to_str().unwrap());
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.starts_with(
            "aviso: start_break no tiene tecla en meeting: b ahora hace projector_view ("
        ),
        "{stderr}"
    );
}
