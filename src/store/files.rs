//! Writing files so they are never half-written: to a temporary file in the same folder,
//! synced, then renamed into place. Minutes hold what people said, so a new file is readable by
//! its owner only (0600), like the journal; a file that is already there keeps its mode, so one
//! the user chose to share stays shared.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Write `bytes` to `path` all at once, or not at all.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, |file| file.write_all(bytes))
}

/// Fill a temporary file beside `path`, then rename it over `path`. If anything fails, the old
/// file is left as it was and the temporary file is removed.
fn replace(path: &Path, fill: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::other("not a file name"))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let existing = fs::metadata(path).ok().map(|m| m.permissions());
    let written = (|| {
        let mut options = OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp)?;
        fill(&mut file)?;
        file.sync_all()?;
        keep_private_or_as_it_was(&file, existing)?;
        fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written
}

/// The mode is set on the open file, not left to `open`: a temporary file left over from a
/// crash keeps its old mode when opened, and the umask could loosen or tighten 0600.
#[cfg(unix)]
fn keep_private_or_as_it_was(file: &File, existing: Option<fs::Permissions>) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(existing.unwrap_or_else(|| fs::Permissions::from_mode(0o600)))
}

#[cfg(not(unix))]
fn keep_private_or_as_it_was(_: &File, _: Option<fs::Permissions>) -> io::Result<()> {
    Ok(())
}

/// Write the app's exports, each whole or not at all, into the journal's folder (made if it is
/// not there yet: nothing may have been recorded), and say where they went or what failed, in
/// the language of the screen that asked.
pub fn write_exports(lang: crate::lang::Lang, files: &[(std::path::PathBuf, String)]) -> String {
    for (path, text) in files {
        let written = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| write_atomically(path, text.as_bytes()));
        if let Err(e) = written {
            let why = super::io_message(&e);
            return crate::tr!(
                lang,
                "status-not-exported",
                path = path.display().to_string(),
                error = why
            );
        }
    }
    let dir = files
        .first()
        .and_then(|(p, _)| p.parent())
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    let names: Vec<String> = files
        .iter()
        .filter_map(|(p, _)| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    crate::tr!(
        lang,
        "status-exported",
        folder = dir,
        files = names.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    fn set_mode(path: &Path, mode: u32) {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
    }

    /// The status line names the folder and the files, in the screen's language.
    #[test]
    fn an_export_says_where_it_went_in_the_screen_s_language() {
        use crate::lang::Lang;
        let dir = tempfile::tempdir().unwrap();
        let files = vec![
            (dir.path().join("acta.txt"), "acta".to_owned()),
            (dir.path().join("acta.md"), "# acta".to_owned()),
        ];
        let folder = dir.path().display();
        assert_eq!(
            write_exports(Lang::En, &files),
            format!("Exported to {folder}: acta.txt, acta.md")
        );
        assert_eq!(
            write_exports(Lang::Es, &files),
            format!("Exportado en {folder}: acta.txt, acta.md")
        );
        let blocked = dir.path().join("acta.txt").join("no.txt");
        let said = write_exports(Lang::Es, &[(blocked, String::new())]);
        assert!(said.starts_with("No se exportó "), "{said}");
    }

    #[test]
    fn writes_whole_files_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("minutes.txt");
        write_atomically(&path, b"first").unwrap();
        write_atomically(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_for_its_owner_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("minutes.txt");
        write_atomically(&path, b"first").unwrap();
        assert_eq!(mode(&path), 0o600);
        // A temporary file left by a crash does not pass its mode on.
        let stale = dir
            .path()
            .join(format!(".notes.txt.tmp-{}", std::process::id()));
        fs::write(&stale, b"old").unwrap();
        set_mode(&stale, 0o666);
        let notes = dir.path().join("notes.txt");
        write_atomically(&notes, b"new").unwrap();
        assert_eq!(mode(&notes), 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_that_is_there_keeps_its_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("minutes.txt");
        for shared in [0o644, 0o640, 0o444] {
            fs::write(&path, b"old").unwrap();
            set_mode(&path, shared);
            write_atomically(&path, b"new").unwrap();
            assert_eq!(fs::read(&path).unwrap(), b"new");
            assert_eq!(mode(&path), shared, "{shared:o}");
            set_mode(&path, 0o644);
        }
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("minutes.txt");
        fs::write(&path, b"the old minutes").unwrap();
        #[cfg(unix)]
        set_mode(&path, 0o640);
        // The disk fills up half-way through the new contents.
        let failed = replace(&path, |file| {
            file.write_all(b"the new")?;
            Err(io::Error::other("No space left on device"))
        });
        assert_eq!(failed.unwrap_err().to_string(), "No space left on device");
        assert_eq!(fs::read(&path).unwrap(), b"the old minutes");
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o640);
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["minutes.txt"], "no temporary file is left");
    }

    #[test]
    fn a_folder_that_is_not_there_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no-such-dir").join("minutes.txt");
        assert!(write_atomically(&path, b"x").is_err());
        assert!(!dir.path().join("no-such-dir").exists());
    }
}
