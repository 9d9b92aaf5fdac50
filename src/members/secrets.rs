//! The page's secrets: the random token in its address and the key that signs members'
//! claims, kept beside the journal in a file only its owner can read (0600), never in the
//! journal or any export. A host resumed on the same journal reads them back, so it serves the
//! same address and every phone's claim still holds. The address it last listened on is kept
//! too, for `--members auto` to take again and for `cochair join --members-url`.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::MembersError;

/// Bytes of randomness in the token (128 bits).
const TOKEN_BYTES: usize = 16;
/// Bytes of the claims' signing key.
const KEY_BYTES: usize = 32;

/// What the file holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Secrets {
    /// The last part of the page's address: `/m/TOKEN`, in lowercase base32.
    pub token: String,
    /// The key that signs claim cookies, in hex.
    key: String,
    /// Where the page was last served (`ADDR:PORT`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// The file beside `journal`: its name with `.members` added.
pub fn path_for(journal: &Path) -> PathBuf {
    let mut name = journal.file_name().unwrap_or_default().to_os_string();
    name.push(".members");
    journal.with_file_name(name)
}

impl Secrets {
    /// A new token and key from the system's random source.
    pub fn new() -> io::Result<Secrets> {
        let mut token = [0u8; TOKEN_BYTES];
        let mut key = [0u8; KEY_BYTES];
        getrandom::fill(&mut token).map_err(|e| io::Error::other(e.to_string()))?;
        getrandom::fill(&mut key).map_err(|e| io::Error::other(e.to_string()))?;
        Ok(Secrets {
            token: base32(&token),
            key: hex(&key),
            address: None,
        })
    }

    /// The secrets of the meeting whose journal is `journal`, read from beside it, or made
    /// and written there if there are none yet.
    pub fn for_journal(journal: &Path) -> Result<Secrets, MembersError> {
        let path = path_for(journal);
        match Secrets::read(&path)? {
            Some(secrets) => Ok(secrets),
            None => {
                let secrets = Secrets::new().map_err(MembersError::NoRandomness)?;
                secrets.write(&path)?;
                Ok(secrets)
            }
        }
    }

    /// The secrets in the file at `path`, if there is one.
    pub fn read(path: &Path) -> Result<Option<Secrets>, MembersError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(error) => {
                return Err(MembersError::SecretsFile {
                    path: path.to_path_buf(),
                    error,
                });
            }
        };
        let secrets: Secrets =
            serde_json::from_str(&text).map_err(|error| MembersError::NotSecrets {
                path: path.to_path_buf(),
                error,
            })?;
        if secrets.key_bytes().is_none_or(|k| k.len() < KEY_BYTES)
            || secrets.token.len() < 26
            || !secrets.token.bytes().all(|b| BASE32.contains(&b))
        {
            return Err(MembersError::SecretsDamaged(path.to_path_buf()));
        }
        Ok(Some(secrets))
    }

    /// Write the file whole, readable and writable by its owner only.
    pub fn write(&self, path: &Path) -> Result<(), MembersError> {
        let text = serde_json::to_string(self).unwrap_or_default();
        // The journal's folder may not be made yet (nothing recorded so far).
        let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
        folder
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| crate::store::files::write_atomically(path, text.as_bytes()))
            .and_then(|()| private(path))
            .map_err(|error| MembersError::SecretsFile {
                path: path.to_path_buf(),
                error,
            })
    }

    /// The key that signs claims.
    pub fn key_bytes(&self) -> Option<Vec<u8>> {
        unhex(&self.key)
    }
}

#[cfg(unix)]
fn private(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn private(_: &Path) -> io::Result<()> {
    Ok(())
}

const BASE32: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// RFC 4648 base32, lowercase, without padding: safe in a URL and the same read in any case.
pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(BASE32[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_is_rfc_4648_in_lowercase() {
        assert_eq!(base32(b""), "");
        assert_eq!(base32(b"f"), "my");
        assert_eq!(base32(b"foobar"), "mzxw6ytboi");
        assert_eq!(base32(&[0u8; 16]).len(), 26);
        assert_eq!(unhex(&hex(&[0, 1, 254, 255])), Some(vec![0, 1, 254, 255]));
        assert_eq!(unhex("0g"), None);
        assert_eq!(unhex("abc"), None);
    }

    #[test]
    fn a_new_token_has_128_random_bits_and_differs_each_time() {
        let one = Secrets::new().unwrap();
        let two = Secrets::new().unwrap();
        assert_eq!(one.token.len(), 26, "26 base32 letters carry 130 bits");
        assert_ne!(one.token, two.token);
        assert_ne!(one.key, two.key);
        assert_eq!(one.key_bytes().unwrap().len(), 32);
    }

    #[cfg(unix)]
    #[test]
    fn the_file_beside_the_journal_is_private_and_read_back_the_same() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("board-2026-11-24.jsonl");
        let made = Secrets::for_journal(&journal).unwrap();
        let path = path_for(&journal);
        assert_eq!(path, dir.path().join("board-2026-11-24.jsonl.members"));
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(Secrets::for_journal(&journal).unwrap(), made);
        // A file loosened by hand is made private again when written.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let mut moved = made.clone();
        moved.address = Some("192.0.2.7:8080".into());
        moved.write(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(Secrets::read(&path).unwrap(), Some(moved));
    }

    #[test]
    fn the_journal_s_folder_is_made_when_it_is_not_there_yet() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("data/cochair/board.jsonl");
        let made = Secrets::for_journal(&journal).unwrap();
        assert_eq!(Secrets::read(&path_for(&journal)).unwrap(), Some(made));
    }

    #[test]
    fn a_damaged_file_is_named_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("j.jsonl");
        std::fs::write(path_for(&journal), "{\"token\":\"short\",\"key\":\"00\"}").unwrap();
        let err = Secrets::for_journal(&journal).unwrap_err().to_string();
        assert!(
            err.contains("j.jsonl.members") && err.contains("damaged"),
            "{err}"
        );
        std::fs::write(path_for(&journal), "garbage").unwrap();
        let err = Secrets::for_journal(&journal).unwrap_err().to_string();
        assert!(err.contains("remove it"), "{err}");
    }
}
