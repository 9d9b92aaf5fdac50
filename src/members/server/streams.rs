//! The open pages' live streams: each page gets every part when it opens, then only the parts
//! that changed as the host's records come in, with a keep-alive when the meeting is quiet. A
//! page that stops reading is dropped, never waited for.

use std::collections::HashMap;
use std::io::Write;
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, TrySendError};
use std::time::Duration;

use chrono::Utc;

use super::super::claim::Claim;
use super::super::http::head;
use super::super::page;
use super::super::said::Outcome;
use super::super::view::{Shared, You};
use super::{
    Inner, KEEP_ALIVE, LOOK_AGAIN, MAX_PAGES, QUEUE, State, Stream, WRITE_TIMEOUT, busy,
    every_language, lock,
};
use crate::lang::Lang;
use crate::meeting::Record;

impl Inner {
    /// Open the live stream of one page, in `lang`: every part now, then the parts that
    /// change.
    pub fn open_stream(
        &self,
        mut socket: TcpStream,
        claim: Option<Claim>,
        lang: Lang,
    ) -> Option<(u64, Receiver<Arc<str>>, TcpStream)> {
        let state = lock(&self.state);
        let mut streams = lock(&self.streams);
        if streams.len() >= MAX_PAGES {
            prune_closed(&mut streams);
        }
        if streams.len() >= MAX_PAGES {
            let _ = busy(lang).write_to(&mut socket);
            return None;
        }
        let shared = state.shared(lang);
        let you = shared.you(&state.meeting, held(claim.as_ref()));
        let now = Utc::now().timestamp_millis();
        let mut first = format!("{}\r\n", head(200, "text/event-stream; charset=utf-8"));
        first.push_str("retry: 2000\n\n");
        for name in page::PARTS {
            let html = page::part(name, shared, &you, &self.base, now);
            first.push_str(&event(name, now, &html));
        }
        let id = self.next_id();
        let (queue, parts) = std::sync::mpsc::sync_channel(QUEUE);
        let _ = queue.try_send(Arc::from(first));
        let kept = socket.try_clone().ok()?;
        streams.insert(
            id,
            Stream {
                queue,
                socket: kept,
                claim,
                lang,
                you,
            },
        );
        Some((id, parts, socket))
    }

    /// The stream of `id` ended.
    pub fn close_stream(&self, id: u64) {
        lock(&self.streams).remove(&id);
    }
}

/// Pages whose reader has gone, found by looking (a page that went quietly is otherwise only
/// noticed at the next keep-alive): their places come free at once.
fn prune_closed(streams: &mut HashMap<u64, Stream>) {
    let mut byte = [0u8; 1];
    streams.retain(|_, stream| {
        let _ = stream
            .socket
            .set_read_timeout(Some(Duration::from_millis(1)));
        let gone = matches!(stream.socket.peek(&mut byte), Ok(0));
        if gone {
            let _ = stream.socket.shutdown(std::net::Shutdown::Both);
        }
        !gone
    });
}

fn held(claim: Option<&Claim>) -> Option<(&str, u32)> {
    claim.map(|c| (c.person.as_str(), c.number))
}

/// One part as a server-sent event: its name, the host's time, and its HTML.
fn event(name: &str, now_ms: i64, html: &str) -> String {
    let mut text = format!("event: {name}\ndata: {now_ms}\n");
    for line in html.lines() {
        text.push_str("data: ");
        text.push_str(line);
        text.push('\n');
    }
    text.push('\n');
    text
}

/// Write what is queued for one page, with a keep-alive when it is quiet, until it is closed
/// or stops reading.
pub(in crate::members) fn feed(parts: &Receiver<Arc<str>>, socket: &mut TcpStream) {
    let _ = socket.set_write_timeout(Some(WRITE_TIMEOUT));
    loop {
        let text = match parts.recv_timeout(KEEP_ALIVE) {
            Ok(text) => text,
            Err(RecvTimeoutError::Timeout) => Arc::from(": keep-alive\n\n"),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if socket
            .write_all(text.as_bytes())
            .and_then(|()| socket.flush())
            .is_err()
        {
            return;
        }
    }
}

/// Fold the host's records into the page's meeting as they come, answer the devices waiting
/// for them, and send each page what changed; between records, look again now and then.
pub(super) fn follow(records: &Receiver<Record>, inner: &Inner) {
    loop {
        match records.recv_timeout(LOOK_AGAIN) {
            Ok(record) => {
                let mut state = lock(&inner.state);
                let _ = state.meeting.apply(&record);
                answered(inner, &record);
                fan_out(inner, &mut state);
            }
            Err(RecvTimeoutError::Timeout) => {
                // Only the waiting hands' reasons change with time alone.
                let mut state = lock(&inner.state);
                let waiting = !state.meeting.queue().hands.is_empty();
                if waiting && !lock(&inner.streams).is_empty() {
                    fan_out(inner, &mut state);
                }
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// The device whose proposal this record is, if any: it hears that it is recorded.
fn answered(inner: &Inner, record: &Record) {
    let Some(id) = record.proposal.filter(|id| id.screen == inner.key) else {
        return;
    };
    if let Some(answer) = lock(&inner.pending).remove(&id.n) {
        let _ = answer.try_send(Outcome::Recorded);
    }
}

/// Work out the parts again, in each language, and send each page those that changed for it.
/// A page whose queue is full has stopped reading: it is dropped.
fn fan_out(inner: &Inner, state: &mut State) {
    let now = Utc::now();
    let now_ms = now.timestamp_millis();
    let fresh = every_language(&state.meeting, now);
    let old = std::mem::replace(&mut state.shared, fresh);
    let common: Vec<String> = state
        .shared
        .iter()
        .zip(&old)
        .map(|(new, old)| common_changes(inner, new, old, now_ms))
        .collect();
    let mut streams = lock(&inner.streams);
    let mut stuck = Vec::new();
    for (id, stream) in streams.iter_mut() {
        let at = page::LANGUAGES
            .iter()
            .position(|l| *l == stream.lang)
            .unwrap_or(0);
        let (new, old) = (&state.shared[at], &old[at]);
        let you = new.you(&state.meeting, held(stream.claim.as_ref()));
        let mut text = common[at].clone();
        let you_changed = you != stream.you;
        if new.list != old.list || (you_changed && you.name() != stream.you.name()) {
            text.push_str(&event(
                "list",
                now_ms,
                &page::part("list", new, &you, &inner.base, now_ms),
            ));
        }
        if you_changed {
            text.push_str(&event(
                "you",
                now_ms,
                &page::part("you", new, &you, &inner.base, now_ms),
            ));
            stream.you = you;
        }
        if text.is_empty() {
            continue;
        }
        if let Err(TrySendError::Full(_)) = stream.queue.try_send(Arc::from(text)) {
            stuck.push(*id);
        }
    }
    for id in stuck {
        if let Some(stream) = streams.remove(&id) {
            let _ = stream.socket.shutdown(std::net::Shutdown::Both);
        }
    }
}

/// The parts every page in one language gets when they changed: the heading, the item, the
/// floor.
fn common_changes(inner: &Inner, new: &Shared, old: &Shared, now_ms: i64) -> String {
    let mut common = String::new();
    for (name, changed) in [
        ("heading", new.heading != old.heading),
        ("item", new.item != old.item),
        ("floor", new.floor != old.floor),
    ] {
        if changed {
            let html = page::part(name, new, &You::none(), &inner.base, now_ms);
            common.push_str(&event(name, now_ms, &html));
        }
    }
    common
}
