//! Where the screens of a meeting find its host: a folder of the user's own (mode 0700, in
//! cochair's data folder), holding for each open meeting a socket (mode 0600) and a small note
//! saying which meeting it is. Both are named after the journal's path, so a host started again
//! on the same journal is found at the same place, and another user can reach neither.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What a screen looking for meetings learns about one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    pub title: String,
    pub date: chrono::NaiveDate,
    pub journal: PathBuf,
    pub rehearsal: bool,
}

/// Where one meeting's socket and note are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub socket: PathBuf,
    pub note: PathBuf,
}

/// The folder, made private if it is not there yet.
pub fn folder() -> io::Result<PathBuf> {
    let dir = crate::store::paths::journals()
        .ok_or_else(|| io::Error::other("cannot find a data folder for the meeting's screens"))?
        .join("screens");
    make_private_dir(&dir)?;
    Ok(dir)
}

#[cfg(unix)]
fn make_private_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn make_private_dir(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// The place of the meeting whose journal is (or will be) at `journal`.
pub fn place_for(journal: &Path) -> io::Result<Place> {
    let key = format!(
        "{:016x}",
        fnv1a(canonical(journal).as_os_str().as_encoded_bytes())
    );
    let dir = folder()?;
    Ok(Place {
        socket: dir.join(format!("{key}.sock")),
        note: dir.join(format!("{key}.json")),
    })
}

/// The journal's path as the system knows it, whether or not the journal exists yet.
fn canonical(journal: &Path) -> PathBuf {
    if let Ok(path) = journal.canonicalize() {
        return path;
    }
    let parent = journal
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = journal.file_name().unwrap_or_default();
    parent
        .canonicalize()
        .unwrap_or_else(|_| parent.to_path_buf())
        .join(name)
}

/// FNV-1a: a short, stable name for a path (not a secret; the folder's mode keeps others out).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Every meeting whose host answers now, in the order their notes are found.
#[cfg(unix)]
pub fn open_meetings() -> Vec<About> {
    let Ok(dir) = folder() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<About> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| std::os::unix::net::UnixStream::connect(p.with_extension("sock")).is_ok())
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|text| serde_json::from_str(&text).ok())
        .collect();
    found.sort_by(|a: &About, b| (a.date, &a.title).cmp(&(b.date, &b.title)));
    found
}

#[cfg(not(unix))]
pub fn open_meetings() -> Vec<About> {
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_journal_has_one_place_whatever_its_path_is_called() {
        let dir = tempfile::tempdir().unwrap();
        let a = fnv1a(
            canonical(&dir.path().join("m.jsonl"))
                .as_os_str()
                .as_encoded_bytes(),
        );
        let b = fnv1a(
            canonical(&dir.path().join(".").join("m.jsonl"))
                .as_os_str()
                .as_encoded_bytes(),
        );
        assert_eq!(a, b);
        let c = fnv1a(
            canonical(&dir.path().join("n.jsonl"))
                .as_os_str()
                .as_encoded_bytes(),
        );
        assert_ne!(a, c);
    }
}
