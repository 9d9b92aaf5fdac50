//! Where a rehearsal keeps its throwaway journal: a folder of its own in the system's temporary
//! folder (`cochair-rehearsal-PID-N`), that only its user can open (mode 0700), removed when
//! the rehearsal ends. A folder whose process is no longer running was left by a rehearsal that
//! could not clean up (a power cut, kill -9): the next start removes it.

use std::io;
use std::path::{Path, PathBuf};

const PREFIX: &str = "cochair-rehearsal-";

/// Make a new rehearsal folder in `temp` for the process `pid`, private to its user.
pub fn make_in(temp: &Path, pid: u32, nanos: u32) -> io::Result<PathBuf> {
    let dir = temp.join(format!("{PREFIX}{pid}-{nanos}"));
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(&dir)?;
    Ok(dir)
}

/// Make a new rehearsal folder for this process, in the system's temporary folder.
pub fn make() -> io::Result<PathBuf> {
    let nanos = chrono::Utc::now().timestamp_subsec_nanos();
    make_in(&std::env::temp_dir(), std::process::id(), nanos)
}

/// Remove the rehearsal folders in `temp` that belong to this user and whose process is gone;
/// says which were removed.
pub fn remove_stale_in(temp: &Path, alive: impl Fn(u32) -> bool) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(temp) else {
        return Vec::new();
    };
    let mine = super::holder::my_uid();
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = rehearsal_pid(&name.to_string_lossy()) else {
            continue;
        };
        let path = entry.path();
        let owned = super::holder::owner(&path).is_none_or(|uid| uid == mine);
        let folder = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
        if folder && owned && !alive(pid) && std::fs::remove_dir_all(&path).is_ok() {
            removed.push(path);
        }
    }
    removed
}

/// Remove this user's rehearsal folders left by processes that are gone.
pub fn remove_stale() -> Vec<PathBuf> {
    remove_stale_in(&std::env::temp_dir(), super::holder::alive)
}

/// The process of a rehearsal folder, from its name (`cochair-rehearsal-4242-123456789`).
fn rehearsal_pid(name: &str) -> Option<u32> {
    let rest = name.strip_prefix(PREFIX)?;
    let (pid, nanos) = rest.split_once('-')?;
    nanos.parse::<u32>().ok()?;
    pid.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_rehearsal_folder_is_its_user_s_alone() {
        use std::os::unix::fs::PermissionsExt;
        let temp = tempfile::tempdir().unwrap();
        let dir = make_in(temp.path(), 4242, 7).unwrap();
        assert_eq!(dir.file_name().unwrap(), "cochair-rehearsal-4242-7");
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700, "{mode:o}");
    }

    #[test]
    fn only_the_folders_of_rehearsals_that_are_gone_are_removed() {
        let temp = tempfile::tempdir().unwrap();
        let gone = make_in(temp.path(), 111, 1).unwrap();
        std::fs::write(gone.join("board-2026-11-24.jsonl"), "{}\n").unwrap();
        let running = make_in(temp.path(), 222, 2).unwrap();
        let other = temp.path().join("cochair-rehearsal-notes");
        std::fs::create_dir(&other).unwrap();
        let file = temp.path().join("cochair-rehearsal-333-3");
        std::fs::write(&file, "").unwrap();
        let removed = remove_stale_in(temp.path(), |pid| pid == 222);
        assert_eq!(removed, vec![gone.clone()]);
        assert!(!gone.exists());
        assert!(running.exists(), "its rehearsal still runs");
        assert!(other.exists(), "not a rehearsal's name");
        assert!(file.exists(), "not a folder");
    }
}
