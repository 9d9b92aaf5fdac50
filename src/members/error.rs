//! Why the members' page could not be served, or its address found: the page's seam. Each
//! kind is typed where it arises and put into words at the edge, by `message(lang)` (the
//! `Display` is the English).

use std::path::PathBuf;

use crate::lang::Lang;
use crate::tr;

#[derive(Debug)]
pub enum MembersError {
    /// The secrets file beside the journal could not be read or written.
    SecretsFile {
        path: PathBuf,
        error: std::io::Error,
    },
    /// The secrets file is not JSON of the page's secrets (serde's words).
    NotSecrets {
        path: PathBuf,
        error: serde_json::Error,
    },
    SecretsDamaged(PathBuf),
    KeyDamaged(PathBuf),
    /// The system gave no random bytes for new secrets.
    NoRandomness(std::io::Error),
    /// The address asked for (or found) could not be listened on.
    Bind {
        at: String,
        error: std::io::Error,
    },
    /// The listening socket or a thread of the page could not be had.
    System(std::io::Error),
    /// The meeting's host is not serving the page now.
    NotServed(PathBuf),
}

impl MembersError {
    /// Why, in `lang`. serde's and the system's own words stay as they are.
    pub fn message(&self, lang: Lang) -> String {
        let shown = |path: &PathBuf| path.display().to_string();
        match self {
            MembersError::SecretsFile { path, error } => {
                format!("{}: {}", path.display(), crate::store::io_said(lang, error))
            }
            MembersError::NotSecrets { path, error } => tr!(
                lang,
                "errors-members-not-secrets",
                path = shown(path),
                error = error.to_string()
            ),
            MembersError::SecretsDamaged(path) => {
                tr!(lang, "errors-members-secrets-damaged", path = shown(path))
            }
            MembersError::KeyDamaged(path) => {
                tr!(lang, "errors-members-key-damaged", path = shown(path))
            }
            MembersError::NoRandomness(error) => tr!(
                lang,
                "errors-members-no-randomness",
                error = error.to_string()
            ),
            MembersError::NotServed(path) => {
                tr!(lang, "errors-members-not-served", path = shown(path))
            }
            MembersError::Bind { at, error } => format!("{at}: {error}"),
            MembersError::System(error) => error.to_string(),
        }
    }
}

impl std::fmt::Display for MembersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for MembersError {}
