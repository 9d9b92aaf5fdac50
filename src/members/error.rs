//! Why the members' page could not be served, or its address found: the page's seam. Each
//! kind is typed where it arises and put into words at the edge, by `message(lang)` (the
//! `Display` is the English).

use std::path::PathBuf;

use crate::lang::Lang;
use crate::tr;

#[derive(Debug, thiserror::Error)]
pub enum MembersError {
    /// The secrets file beside the journal could not be read or written.
    #[error("{}: {}", path.display(), crate::store::io_message(error))]
    SecretsFile {
        path: PathBuf,
        error: std::io::Error,
    },
    /// The secrets file is not JSON of the page's secrets (serde's words).
    #[error(
        "{}: not the members' page's secrets ({error}); remove it to make new ones (the page's address changes)",
        path.display()
    )]
    NotSecrets {
        path: PathBuf,
        error: serde_json::Error,
    },
    #[error(
        "{}: the members' page's secrets are damaged; remove the file to make new ones",
        .0.display()
    )]
    SecretsDamaged(PathBuf),
    #[error("{}: the signing key is damaged", .0.display())]
    KeyDamaged(PathBuf),
    /// The system gave no random bytes for new secrets.
    #[error("no randomness: {0}")]
    NoRandomness(std::io::Error),
    /// The address asked for (or found) could not be listened on.
    #[error("{at}: {error}")]
    Bind { at: String, error: std::io::Error },
    /// The listening socket or a thread of the page could not be had.
    #[error("{0}")]
    System(std::io::Error),
    /// The meeting's host is not serving the page now.
    #[error(
        "{}: the meeting's host does not serve the members' page; open the meeting with --members auto",
        .0.display()
    )]
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
            other => other.to_string(),
        }
    }
}
