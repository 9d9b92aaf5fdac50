//! Why the members' page could not be served, or its address found: the page's seam. Each
//! kind is typed where it arises and put into words at the edge, by `Display`.

use std::path::PathBuf;

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
