//! Where the screens of a meeting find its host: a folder of the user's own, as tmux keeps
//! its sockets (`$XDG_RUNTIME_DIR/cochair`, or else `/tmp/cochair-<uid>`, mode 0700 and owned
//! by the user, or refused), holding for each open meeting a socket (mode 0600) and a small
//! note saying which meeting it is. Both are named after the journal's path, so a host started
//! again on the same journal is found at the same place, and another user can reach neither.
//! Nothing is kept there once the host closes: it is not the meeting's record.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::FolderError;

/// What a screen looking for meetings learns about one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    pub title: String,
    pub date: chrono::NaiveDate,
    pub journal: PathBuf,
    pub rehearsal: bool,
    /// The host's process, to name it when someone else tries to open the meeting.
    #[serde(default)]
    pub pid: u32,
}

/// The process hosting the meeting at `place`, as its note says.
pub fn host_of(place: &Place) -> Option<crate::store::holder::Holder> {
    let text = std::fs::read_to_string(&place.note).ok()?;
    let about: About = serde_json::from_str(&text).ok()?;
    (about.pid != 0).then(|| crate::store::holder::Holder::process(about.pid))
}

/// Where one meeting's socket and note are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub socket: PathBuf,
    pub note: PathBuf,
}

/// The folder, made if it is not there yet, and refused if it is not the user's own.
#[cfg(unix)]
pub fn folder() -> Result<PathBuf, FolderError> {
    // SAFETY: getuid has no preconditions and cannot fail.
    let uid = unsafe { libc::getuid() };
    folder_of(uid, crate::store::paths::meeting_sockets(uid))
}

/// The folder `dir` for the user `uid`: made if it is not there yet, refused if it is not a
/// folder of theirs.
#[cfg(unix)]
fn folder_of(uid: u32, dir: PathBuf) -> Result<PathBuf, FolderError> {
    use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
    // The error keeps the system's reason (a caller can tell "permission denied") and the folder.
    let refused = |error: io::Error| FolderError::Io {
        folder: dir.clone(),
        error,
    };
    std::fs::DirBuilder::new()
        .mode(0o700)
        .recursive(true)
        .create(&dir)
        .map_err(refused)?;
    let meta = std::fs::symlink_metadata(&dir).map_err(refused)?;
    if !meta.is_dir() || meta.uid() != uid {
        return Err(FolderError::NotYours(dir));
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
        .map_err(FolderError::Mode)?;
    Ok(dir)
}

#[cfg(not(unix))]
pub fn folder() -> Result<PathBuf, FolderError> {
    Err(FolderError::NoSockets)
}

/// The place of the meeting whose journal is (or will be) at `journal`.
pub fn place_for(journal: &Path) -> Result<Place, FolderError> {
    Ok(place_in(&folder()?, journal))
}

/// The place of that meeting in a given folder (the user's folder, or a test's).
pub fn place_in(dir: &Path, journal: &Path) -> Place {
    let key = fnv1a(canonical(journal).as_os_str().as_encoded_bytes());
    Place {
        socket: dir.join(format!("{key:016x}.sock")),
        note: dir.join(format!("{key:016x}.json")),
    }
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

    /// A folder of another user's is refused, in the command's language; the English is as
    /// it always was.
    #[cfg(unix)]
    #[test]
    fn another_user_s_folder_is_refused_in_spanish() {
        use crate::lang::Lang;
        let dir = tempfile::tempdir().unwrap();
        // SAFETY: getuid has no preconditions and cannot fail.
        let someone_else = unsafe { libc::getuid() }.wrapping_add(1);
        let err = folder_of(someone_else, dir.path().to_path_buf()).unwrap_err();
        assert!(err.refused());
        let at = dir.path().display();
        assert_eq!(
            err.to_string(),
            format!(
                "{at}: permission denied: the folder where a meeting's screens meet belongs to another user"
            )
        );
        assert_eq!(
            err.message(Lang::Es),
            format!(
                "{at}: permiso denegado: la carpeta donde se encuentran las pantallas de una reunión es de otro usuario"
            )
        );
    }
}
