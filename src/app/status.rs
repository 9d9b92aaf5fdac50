//! The status line: what the app has to say (a refusal, a notice) stays until the next key or
//! for [`STATUS_SECONDS`] of the model's time, whichever comes first; never by the clock.

use chrono::{DateTime, Utc};

use super::{Message, Model};

/// How long a refusal or a notice stays on the status line when no key is pressed.
pub const STATUS_SECONDS: i64 = 6;

/// Note when the status line was last said, and let it go once it has been shown long enough:
/// a refusal never lingers over a screen that has moved on.
pub(super) fn status_time(model: &mut Model, said: Option<String>, now: DateTime<Utc>) {
    if model.status.is_none() {
        model.status_since = None;
    } else if model.status != said || model.status_since.is_none() {
        model.status_since = Some(now);
    } else if let Some(since) = model.status_since
        && now - since >= chrono::TimeDelta::seconds(STATUS_SECONDS)
    {
        model.status = None;
        model.status_since = None;
    }
}

/// Whether a message starts the status line afresh: a key (or a notice) says its own thing, and
/// so does the host's answer to this screen (a refusal; the host gone, back or closed), while
/// the clock ticking or news from other screens leaves what was said.
pub(super) fn says_anew(message: &Message) -> bool {
    matches!(
        message,
        Message::Command(_)
            | Message::Type(_)
            | Message::Edit(_)
            | Message::Paste(_)
            | Message::UnknownKey(_)
            | Message::Notice(_)
            | Message::Joined(_)
            | Message::Refused { .. }
            | Message::HostGone
            | Message::HostClosed { .. }
    )
}
