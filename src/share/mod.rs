//! One meeting, several screens. The process that opens a meeting is its host: the only writer
//! of the journal. Other terminals join it over a local socket (in a folder only its user can
//! open: mode 0700, the socket 0600); from another machine, people join over ssh: cochair
//! listens on no network port for them (only the members' page does, with `--members`). The
//! host sends a new screen the journal so far, then every record the moment it is durable;
//! every screen folds the same records with the same code as a resume, so all screens agree. Screens propose what their keys ask to record,
//! each proposal with an id; the host checks the role and the meeting, records (keeping the
//! id), and sends it to everyone, or refuses with a typed reason. A host that quits says so to
//! every screen; one that vanishes is waited for.
//!
//! An adapter, like `store` and `host`: the app knows nothing of sockets.

#[cfg(unix)]
mod client;
mod error;
pub mod protocol;
pub mod registry;
#[cfg(unix)]
mod server;

#[cfg(unix)]
pub use client::{Joined, Proposer, join};
pub use error::{FolderError, JoinError, ListenError};
pub use registry::{About, Place, folder, host_of, open_meetings, place_for, place_in};
#[cfg(unix)]
pub use server::{Hosting, MAX_SCREENS, QUEUE, Server};
