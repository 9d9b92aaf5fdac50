//! The members' page: with `--members`, the host serves a small page on the room's network
//! (its address in a QR code on the wall) where a member claims their own name and follows the
//! item, the floor and the list of speakers live, and raises or lowers their own hand. It is
//! an adapter like the socket other screens join (`share`): what a member asks for goes to the
//! host's one dispatch, which checks it, records it, and shows it on every screen; the page
//! follows the host's durable records. It never shows notes, decisions, actions or a
//! confidential item's content, and nothing on it comes from elsewhere. Each device reads it
//! in its own language: the one its member picks on the page, else its browser's.
//!
//! Plain HTTP on the room's network: the address carries a random token (128 bits), and
//! everything else is 404. Where the network is not trusted, put a TLS proxy in front.

mod address;
mod claim;
mod error;
mod forms;
mod http;
mod language;
mod page;
mod routes;
mod said;
pub mod secrets;
mod server;
mod view;

use std::path::Path;
use std::sync::mpsc::Sender;

pub use address::{Listen, listen_arg, local_network_address};
pub use error::MembersError;
pub use secrets::Secrets;
pub use server::{MAX_PAGES, Server};

use crate::app::Input;
use crate::meeting::Meeting;

/// Serve the page of the meeting whose journal is `journal`, as `listen` asks: its secrets
/// are read from beside the journal (or made there), and where it listens is kept with them.
pub fn serve(
    listen: Listen,
    journal: &Path,
    meeting: Meeting,
    inbox: Sender<Input>,
) -> Result<Server, MembersError> {
    let path = secrets::path_for(journal);
    let mut secrets = Secrets::for_journal(journal)?;
    let listener = address::bind(listen, secrets.address.as_deref())?;
    let listening = listener.local_addr().map_err(MembersError::System)?;
    let reachable = address::reachable(listening);
    if secrets.address.as_deref() != Some(&listening.to_string()) {
        secrets.address = Some(listening.to_string());
        secrets.write(&path)?;
    }
    let key = secrets.key_bytes().ok_or(MembersError::KeyDamaged(path))?;
    Server::start(
        listener,
        &format!("http://{reachable}"),
        &secrets.token,
        claim::Claims::new(key),
        meeting,
        inbox,
    )
}

/// The page's address for a meeting whose host serves it now: read from the secrets beside
/// the journal, and checked by connecting to it.
pub fn running_url(journal: &Path) -> Result<String, MembersError> {
    let path = secrets::path_for(journal);
    let not_served = || MembersError::NotServed(journal.to_path_buf());
    let secrets = Secrets::read(&path)?.ok_or_else(not_served)?;
    let listening: std::net::SocketAddr = secrets
        .address
        .as_deref()
        .and_then(|a| a.parse().ok())
        .ok_or_else(not_served)?;
    let reachable = address::reachable(listening);
    let timeout = std::time::Duration::from_millis(500);
    let answers =
        |at: &std::net::SocketAddr| std::net::TcpStream::connect_timeout(at, timeout).is_ok();
    let local = std::net::SocketAddr::new(
        match listening.ip() {
            ip if ip.is_unspecified() => std::net::Ipv4Addr::LOCALHOST.into(),
            ip => ip,
        },
        listening.port(),
    );
    if !answers(&local) {
        return Err(not_served());
    }
    Ok(format!("http://{reachable}/m/{}", secrets.token))
}

#[cfg(test)]
mod languages;
#[cfg(test)]
mod tests;
