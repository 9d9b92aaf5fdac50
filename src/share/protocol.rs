//! What the host and its screens say to each other: one JSON object per line.
//!
//! A screen opens with `{"hello":{"protocol":1,"role":"timekeeper"}}`. The host answers
//! `{"welcome":{"protocol":1,"title":"…"}}` (or `{"bye":"why"}` and closes), then sends the
//! journal so far as `{"journal":{"lines":N}}` followed by the journal's N lines as they are
//! on disk (the header first), then `"live"`, then every record the moment it is durable:
//! `{"record":{…}}`. The screen sends what its keys ask to record as `{"propose":{…}}`; a
//! refusal comes back as `{"refused":"why"}`.

use std::io::{self, BufRead};

use serde::{Deserialize, Serialize};

use crate::app::Role;
use crate::meeting::Record;

/// The protocol this cochair speaks; a screen of another version is told to update.
pub const PROTOCOL: u32 = 1;

/// A line from a screen longer than this is not something cochair sends: the screen is
/// disconnected (a proposal is a few hundred bytes; a pasted note a few thousand).
pub const MAX_LINE: usize = 256 * 1024;

/// What a screen sends the host.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ToHost {
    Hello { protocol: u32, role: Role },
    Propose(Record),
}

/// What the host sends a screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToScreen {
    Welcome {
        protocol: u32,
        title: String,
    },
    /// The next `lines` lines are the journal so far, exactly as on disk.
    Journal {
        lines: usize,
    },
    /// From here on, records as they become durable.
    Live,
    Record(Record),
    Refused(String),
    /// The host is closing this screen's connection, and why.
    Bye(String),
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
mod tests {
    use super::*;
    use crate::meeting::Event;

    #[test]
    fn messages_are_one_line_of_json_each() {
        let hello = ToHost::Hello {
            protocol: PROTOCOL,
            role: Role::Timekeeper,
        };
        assert_eq!(
            line(&hello),
            "{\"hello\":{\"protocol\":1,\"role\":\"timekeeper\"}}\n"
        );
        let record = Record {
            at: "2026-11-24T18:00:00Z".parse().unwrap(),
            event: Event::ClockPaused { role: None },
        };
        let sent = line(&ToScreen::Record(record.clone()));
        assert_eq!(sent.matches('\n').count(), 1);
        let back: ToScreen = serde_json::from_str(sent.trim_end()).unwrap();
        assert_eq!(back, ToScreen::Record(record));
        assert_eq!(line(&ToScreen::Live), "\"live\"\n");
    }

    #[test]
    fn unknown_and_malformed_messages_do_not_parse() {
        for text in [
            "not json",
            "{\"propose\":{\"at\":\"x\"}}",
            "{\"delete_everything\":true}",
            "{\"hello\":{\"protocol\":1,\"role\":\"chairman\"}}",
        ] {
            assert!(serde_json::from_str::<ToHost>(text).is_err(), "{text}");
        }
    }

    #[test]
    fn a_line_over_the_limit_is_refused_without_being_held() {
        let long = "x".repeat(10_000) + "\nnext\n";
        let mut reader = io::BufReader::with_capacity(64, long.as_bytes());
        assert_eq!(read_line(&mut reader, 1000).unwrap(), Read::TooLong);
        let mut reader = io::BufReader::new("one\ntwo".as_bytes());
        assert_eq!(
            read_line(&mut reader, 100).unwrap(),
            Read::Line("one".into())
        );
        assert_eq!(
            read_line(&mut reader, 100).unwrap(),
            Read::Line("two".into())
        );
        assert_eq!(read_line(&mut reader, 100).unwrap(), Read::Closed);
    }
}
