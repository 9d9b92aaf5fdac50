//! What the host and its screens say to each other: one JSON object per line, except the
//! journal, which is sent as it is on disk.
//!
//! A screen opens with `{"hello":{"protocol":4,"role":"timekeeper","room":false}}`. The host
//! answers `{"welcome":{"protocol":4,"title":"…","rehearsal":false}}` (or `{"bye":…}` and
//! closes), then `{"journal":{"bytes":N}}` followed by the journal's first N bytes exactly as
//! they are on disk (the header first), then `"live"`, then every record the moment it is
//! durable: `{"record":{…}}`. The screen proposes what its keys ask to record as
//! `{"propose":{"id":{"screen":…,"n":…},"event":{…}}}` (no time: the host stamps it); the
//! record that answers it carries the same id, and a refusal names it:
//! `{"refused":{"id":…,"why":…}}`. When the host quits it says `{"bye":{"closed_by_host":…}}`
//! to every screen; a host that vanishes says nothing.
//!
//! Every change to the shape of a message raises [`PROTOCOL`], and `tests/wire/` keeps each
//! version's messages as they are sent. Two things never change shape, so any two versions
//! understand each other that far: the hello's `protocol`, and the goodbye that refuses a
//! screen of another version (to a screen of version 1 it is sent as version 1 wrote it).

use std::io::{self, BufRead};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::agenda::Seat;
use crate::app::Refusal;
use crate::lang::Lang;
use crate::meeting::{Event, ProposalId, Record};
use crate::tr;

/// The protocol this cochair speaks; a screen of another version is refused at hello, with
/// both versions named.
/// 1: the first.
/// 2: proposals carry an id and no time; refusals and goodbyes are typed; the welcome says
///    whether the meeting is a rehearsal; the journal is sent by bytes; the host says goodbye
///    when it quits; a hello says whether the screen is the room view.
/// 3: every reason the meeting refuses for is typed, with its arguments (no free text), so
///    each screen says it in its own language.
/// 4: a save the host could not make is typed too (no such file, permission denied, or the
///    system's own words).
pub const PROTOCOL: u32 = 4;

/// A line from a screen longer than this is not something cochair sends: the screen is
/// disconnected (a proposal is a few hundred bytes; a pasted note a few thousand).
pub const MAX_LINE: usize = 256 * 1024;

/// What a screen sends the host.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ToHost {
    Hello(Hello),
    Propose(Proposal),
}

/// The first thing a screen says: which protocol it speaks and whose job it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hello {
    pub protocol: u32,
    /// Whose seat the screen is (the wire calls it its role: `"timekeeper"`, `"observer"`).
    #[serde(rename = "role")]
    pub seat: Seat,
    /// The room view for the wall (`--view room`).
    #[serde(default)]
    pub room: bool,
}

/// What a screen's keys ask to record: the event, without a time, and the proposal's id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    pub id: ProposalId,
    pub event: Event,
}

/// What the host sends a screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToScreen {
    Welcome(Welcome),
    /// The next `bytes` bytes are the journal so far, exactly as on disk.
    Journal {
        bytes: u64,
    },
    /// From here on, records as they become durable.
    Live,
    /// A durable record; it carries the proposal's id when it answers one.
    Record(Record),
    /// What a screen proposed was not recorded, and why.
    Refused {
        id: Option<ProposalId>,
        why: Refusal,
    },
    /// The host is closing this screen's connection, and why.
    Bye(Goodbye),
}

/// The host's greeting: what meeting this is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Welcome {
    pub protocol: u32,
    pub title: String,
    /// A rehearsal: every screen says so, and nothing is kept.
    pub rehearsal: bool,
}

/// Why the host closes a screen's connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Goodbye {
    /// The host quit at this time: the meeting's screens are closed, not lost.
    ClosedByHost { at: DateTime<Utc> },
    /// The host has as many screens as it takes (`--max-screens`).
    TooManyScreens { max: usize },
    /// The screen speaks another protocol than the host.
    OtherProtocol { host: u32, screen: u32 },
    /// The first line was not a hello.
    NoHello,
    /// A line over [`MAX_LINE`].
    LineTooLong { max_kib: usize },
}

impl Goodbye {
    /// Why the host said goodbye, in the language of the screen that reads it.
    pub fn said(&self, lang: Lang) -> String {
        match self {
            Goodbye::ClosedByHost { at } => {
                tr!(lang, "errors-goodbye-closed", at = at.to_string())
            }
            Goodbye::TooManyScreens { max } => {
                tr!(lang, "errors-goodbye-too-many-screens", max = *max)
            }
            Goodbye::OtherProtocol { host, screen } => tr!(
                lang,
                "errors-goodbye-other-protocol",
                host = *host,
                screen = *screen
            ),
            Goodbye::NoHello => tr!(lang, "errors-goodbye-no-hello"),
            Goodbye::LineTooLong { max_kib } => {
                tr!(lang, "errors-goodbye-line-too-long", max_kib = *max_kib)
            }
        }
    }
}

/// In English, as a log reads it.
impl std::fmt::Display for Goodbye {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Lang::En))
    }
}

/// The hello of any version: only its protocol is read, since the rest may have changed.
#[derive(Deserialize)]
pub struct AnyHello {
    pub hello: AnyVersion,
}

#[derive(Deserialize)]
pub struct AnyVersion {
    pub protocol: u32,
}

/// The goodbye for a screen of another version, in a shape that screen reads: version 1
/// read a goodbye as plain text.
pub fn other_protocol(screen: u32) -> String {
    let bye = Goodbye::OtherProtocol {
        host: PROTOCOL,
        screen,
    };
    match screen {
        1 => line(&serde_json::json!({ "bye": bye.to_string() })),
        _ => line(&ToScreen::Bye(bye)),
    }
}

/// A goodbye from a host of protocol 1, which said it in plain text.
#[derive(Deserialize)]
pub struct PlainBye {
    pub bye: String,
}

/// One message as a line of JSON, with its newline.
pub fn line<T: Serialize>(message: &T) -> String {
    let mut text = serde_json::to_string(message).unwrap_or_default();
    text.push('\n');
    text
}

/// A line read from a connection.
#[derive(Debug, PartialEq, Eq)]
pub enum Read {
    Line(String),
    /// Longer than the limit: the rest of it was not read.
    TooLong,
    /// The other side closed the connection.
    Closed,
}

/// Read one line of at most `max` bytes (without its newline). A longer one is never held in
/// memory whole.
pub fn read_line(reader: &mut impl BufRead, max: usize) -> io::Result<Read> {
    let mut line = Vec::new();
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok(match line.is_empty() {
                true => Read::Closed,
                false => Read::Line(String::from_utf8_lossy(&line).into_owned()),
            });
        }
        let (taken, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        let end = if done { taken - 1 } else { taken };
        line.extend_from_slice(&available[..end]);
        reader.consume(taken);
        if line.len() > max {
            return Ok(Read::TooLong);
        }
        if done {
            return Ok(Read::Line(String::from_utf8_lossy(&line).into_owned()));
        }
    }
}

#[cfg(test)]
mod tests;
