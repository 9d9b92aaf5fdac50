//! Whose a file is, and which process holds a journal: for the messages that tell a person
//! where the meeting they asked for is open and how to reach it (`process 4242, user ana`).

use std::path::Path;

/// A process that holds a meeting's journal (its lock, or its socket).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub pid: u32,
    /// The user it runs as, when that is not the user asking.
    pub user: Option<String>,
}

impl Holder {
    /// The process `pid`, with its user named if it is another one's.
    pub fn process(pid: u32) -> Holder {
        let user = process_uid(pid)
            .filter(|uid| *uid != my_uid())
            .map(|uid| user_name(uid).unwrap_or_else(|| format!("uid {uid}")));
        Holder { pid, user }
    }
}

/// This process's user.
#[cfg(unix)]
pub fn my_uid() -> u32 {
    // SAFETY: getuid has no preconditions and cannot fail.
    unsafe { libc::getuid() }
}

#[cfg(not(unix))]
pub fn my_uid() -> u32 {
    0
}

/// The user who owns a file.
#[cfg(unix)]
pub fn owner(path: &Path) -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| m.uid())
}

#[cfg(not(unix))]
pub fn owner(_: &Path) -> Option<u32> {
    None
}

/// A user's login name.
#[cfg(unix)]
pub fn user_name(uid: u32) -> Option<String> {
    let mut buffer = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: a zeroed passwd is a valid place for getpwuid_r to write to.
    let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: every pointer is to memory of the size given, alive for the call.
    let status = unsafe {
        libc::getpwuid_r(
            uid,
            &mut entry,
            buffer.as_mut_ptr(),
            buffer.len(),
            &mut found,
        )
    };
    if status != 0 || found.is_null() || entry.pw_name.is_null() {
        return None;
    }
    // SAFETY: getpwuid_r succeeded, so pw_name points to a string in `buffer`.
    let name = unsafe { std::ffi::CStr::from_ptr(entry.pw_name) };
    Some(name.to_string_lossy().into_owned())
}

#[cfg(not(unix))]
pub fn user_name(_: u32) -> Option<String> {
    None
}

/// This machine's name, for an `ssh -t USER@HOST …` line.
#[cfg(unix)]
pub fn host_name() -> String {
    let mut buffer = [0 as libc::c_char; 256];
    // SAFETY: the buffer is as long as the length given.
    let status = unsafe { libc::gethostname(buffer.as_mut_ptr(), buffer.len() - 1) };
    if status != 0 {
        return "localhost".into();
    }
    // SAFETY: one byte more than given stays zero, so the string is terminated.
    let name = unsafe { std::ffi::CStr::from_ptr(buffer.as_ptr()) };
    match name.to_string_lossy().trim() {
        "" => "localhost".into(),
        name => name.to_owned(),
    }
}

#[cfg(not(unix))]
pub fn host_name() -> String {
    "localhost".into()
}

/// Whether a process is running (or a zombie not yet reaped).
#[cfg(unix)]
pub fn alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 checks only that the process exists.
    let status = unsafe { libc::kill(pid, 0) };
    status == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
pub fn alive(_: u32) -> bool {
    true
}

/// The user a process runs as.
#[cfg(target_os = "linux")]
fn process_uid(pid: u32) -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(format!("/proc/{pid}"))
        .ok()
        .map(|m| m.uid())
}

#[cfg(not(target_os = "linux"))]
fn process_uid(_: u32) -> Option<u32> {
    None
}

/// The process holding the lock on a file, as the system lists its locks (Linux).
#[cfg(target_os = "linux")]
pub fn lock_holder(path: &Path) -> Option<Holder> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).ok()?;
    let locks = std::fs::read_to_string("/proc/locks").ok()?;
    let pid = holder_in(&locks, meta.ino())?;
    Some(Holder::process(pid))
}

#[cfg(not(target_os = "linux"))]
pub fn lock_holder(_: &Path) -> Option<Holder> {
    None
}

/// The process holding a whole-file lock on inode `inode`, in the text of `/proc/locks`
/// (`1: FLOCK  ADVISORY  WRITE 4242 fd:01:1234567 0 EOF`). Waiters (`->`) are left out.
fn holder_in(locks: &str, inode: u64) -> Option<u32> {
    locks.lines().find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (kind, pid, file) = (fields.get(1)?, fields.get(4)?, fields.get(5)?);
        let held_inode = file.rsplit(':').next()?.parse::<u64>().ok()?;
        (*kind == "FLOCK" && held_inode == inode)
            .then(|| pid.parse().ok())
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_holder_of_a_lock_is_read_from_the_system_s_list() {
        let locks = "1: POSIX  ADVISORY  WRITE 900 08:01:77 0 EOF\n\
                     2: FLOCK  ADVISORY  WRITE 4242 fd:01:1234567 0 EOF\n\
                     2: -> FLOCK  ADVISORY  WRITE 5151 fd:01:1234567 0 EOF\n";
        assert_eq!(holder_in(locks, 1_234_567), Some(4242));
        assert_eq!(holder_in(locks, 77), None, "a record lock is not cochair's");
        assert_eq!(holder_in(locks, 5), None);
    }

    #[cfg(unix)]
    #[test]
    fn this_process_is_alive_and_its_user_has_a_name() {
        assert!(alive(std::process::id()));
        assert_eq!(Holder::process(std::process::id()).user, None);
        assert!(!host_name().is_empty());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_locked_file_names_the_process_that_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let file = std::fs::File::create(&path).unwrap();
        file.lock().unwrap();
        let holder = lock_holder(&path);
        assert_eq!(
            holder,
            Some(Holder {
                pid: std::process::id(),
                user: None
            })
        );
    }
}
