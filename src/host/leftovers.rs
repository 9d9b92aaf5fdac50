//! Files and folders a run must not leave behind (a rehearsal's journal, the meeting's socket
//! and its note): their owners remove them on a normal end, and whatever is still listed here
//! goes on every other way out: a signal that ends the process (the window closed, SIGTERM),
//! or a panic that unwinds through [`Sweep`].

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

/// A list of paths to remove.
#[derive(Debug)]
pub struct Leftovers(Mutex<Vec<PathBuf>>);

/// This process's list.
static LEFT: Leftovers = Leftovers::new();

/// Remove this file or folder (and what is in it) however the process ends.
pub fn remove_at_exit(path: &Path) {
    LEFT.add(path);
}

/// Remove everything listed for this process, now.
pub fn remove_all() {
    LEFT.remove_all();
}

impl Leftovers {
    pub const fn new() -> Leftovers {
        Leftovers(Mutex::new(Vec::new()))
    }

    pub fn add(&self, path: &Path) {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(path.to_path_buf());
    }

    /// Remove every path listed (a folder with what is in it), and forget them.
    pub fn remove_all(&self) {
        let paths = std::mem::take(&mut *self.0.lock().unwrap_or_else(PoisonError::into_inner));
        for path in paths {
            remove(&path);
        }
    }
}

impl Default for Leftovers {
    fn default() -> Self {
        Leftovers::new()
    }
}

fn remove(path: &Path) {
    {
        match std::fs::symlink_metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let _ = std::fs::remove_dir_all(path);
            }
            Ok(_) => {
                let _ = std::fs::remove_file(path);
            }
            Err(_) => {}
        }
    }
}

/// Removes everything listed when it goes out of scope, also while a panic unwinds.
#[derive(Debug, Default)]
pub struct Sweep;

impl Drop for Sweep {
    fn drop(&mut self) {
        remove_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_listed_is_gone_once_removed() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("rehearsal");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("j.jsonl"), "x").unwrap();
        let socket = dir.path().join("m.sock");
        std::fs::write(&socket, "").unwrap();
        let list = Leftovers::new();
        list.add(&folder);
        list.add(&socket);
        list.add(&dir.path().join("never made"));
        list.remove_all();
        assert!(!folder.exists());
        assert!(!socket.exists());
    }
}
