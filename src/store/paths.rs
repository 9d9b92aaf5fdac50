//! Where cochair keeps things unless told otherwise: one project folder per platform (the
//! `directories` crate's `ProjectDirs`), with journals in its data folder and the user's
//! keymap in its config folder.
//!
//! | | journals | keymap |
//! |---|---|---|
//! | Linux | `$XDG_DATA_HOME/cochair` (`~/.local/share/cochair`) | `$XDG_CONFIG_HOME/cochair/keymap.ron` (`~/.config/cochair/keymap.ron`) |
//! | macOS | `~/Library/Application Support/cochair` | `~/Library/Application Support/cochair/keymap.ron` |
//! | Windows | `%APPDATA%\cochair\data` | `%APPDATA%\cochair\config\keymap.ron` |

use std::path::PathBuf;

use chrono::NaiveDate;

fn project() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "cochair")
}

/// The folder journals go in.
pub fn journals() -> Option<PathBuf> {
    project().map(|p| p.data_dir().to_path_buf())
}

/// `<journals>/<agenda stem>-<date>.jsonl`, where a meeting's journal lives unless a path is
/// given.
pub fn default_journal(agenda_stem: &str, date: NaiveDate) -> Option<PathBuf> {
    journals().map(|dir| dir.join(format!("{agenda_stem}-{date}.jsonl")))
}

/// The user's keymap, if they have written one.
pub fn user_keymap() -> Option<PathBuf> {
    project()
        .map(|p| p.config_dir().join("keymap.ron"))
        .filter(|p| p.exists())
}

/// Where the screens of an open meeting find its host (Unix): `$XDG_RUNTIME_DIR/cochair`, or
/// else `/tmp/cochair-<uid>`, as tmux keeps its sockets. Not the data folder: a socket's path
/// must be short, and nothing kept there is part of the meeting's record.
pub fn meeting_sockets(uid: u32) -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        Some(runtime) => PathBuf::from(runtime).join("cochair"),
        None => std::env::temp_dir().join(format!("cochair-{uid}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_path_is_named_after_the_agenda_and_date() {
        let path = default_journal(
            "family-council",
            NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        )
        .unwrap();
        assert_eq!(path.parent(), journals().as_deref());
        assert_eq!(
            path.file_name().and_then(|n| n.to_str()),
            Some("family-council-2026-11-24.jsonl")
        );
        assert!(
            path.components().any(|c| c.as_os_str() == "cochair"),
            "in a folder of cochair's own: {}",
            path.display()
        );
    }
}
