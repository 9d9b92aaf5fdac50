//! The page's HTML, made on the host: the whole page for a request, and each part alone for
//! the live stream (the page's script puts it in place). Every text from the agenda or the
//! meeting is escaped here and nowhere else. Accessible first: one `h1`, landmarks, a heading
//! per part, a polite live region, words and symbols beside every state.

use std::fmt::Write;

use super::view::{Clock, Floor, Heading, Item, List, Shared, You};
use crate::app::Refusal;
use crate::meeting::{HandKind, Phase, Side};

/// Text made safe inside HTML, in content and in quoted attributes alike.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The page's parts, by the id of the element each fills.
pub const PARTS: [&str; 5] = ["heading", "item", "floor", "you", "list"];

/// The whole page for one device. `base` is `/m/TOKEN`; `said` is a message for this device
/// (what became of the form it posted without the script).
pub fn whole(shared: &Shared, you: &You, base: &str, now_ms: i64, said: &str) -> String {
    let title = esc(&shared.heading.title);
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta name=\"referrer\" content=\"no-referrer\">\
<title>{title} · members' page</title>\
<link rel=\"stylesheet\" href=\"{base}/page.css\">\
<script src=\"{base}/page.js\" defer></script></head>\
<body><header id=\"heading\" class=\"top\">{heading}</header>\
<main id=\"main\" data-base=\"{base}\" data-now=\"{now_ms}\">\
<p id=\"said\" class=\"said\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\">{said}</p>\
<section id=\"item\" aria-labelledby=\"item-h\">{item}</section>\
<section id=\"floor\" aria-labelledby=\"floor-h\">{floor}</section>\
<section id=\"you\" aria-labelledby=\"you-h\">{you}</section>\
<section id=\"list\" aria-labelledby=\"list-h\">{list}</section>\
</main><footer class=\"end\"><p>This page shows what the room's wall shows: the item, the floor \
and the list of speakers. Notes, decisions and actions are never on it.</p>\
<noscript><p>Without JavaScript this page does not follow the meeting by itself, and the clocks \
stand still: <a href=\"{base}\">refresh the page</a> to see what changed.</p></noscript>\
</footer></body></html>\n",
        heading = heading(&shared.heading),
        said = esc(said),
        item = item(&shared.item, now_ms),
        floor = floor(&shared.floor, now_ms),
        you = your_part(you, base),
        list = list(&shared.list, you),
    )
}

/// One part's HTML, for the live stream.
pub fn part(name: &str, shared: &Shared, you_: &You, base: &str, now_ms: i64) -> String {
    match name {
        "heading" => heading(&shared.heading),
        "item" => item(&shared.item, now_ms),
        "floor" => floor(&shared.floor, now_ms),
        "you" => your_part(you_, base),
        _ => list(&shared.list, you_),
    }
}

fn heading(h: &Heading) -> String {
    let state = match h.phase {
        Phase::NotStarted => "○ Not started",
        Phase::Running => "▶ Meeting running",
        Phase::Adjourned => "■ Adjourned",
    };
    format!(
        "<h1>{}</h1><p class=\"sub\">Members' page · {} · {state}</p>",
        esc(&h.title),
        esc(&h.date)
    )
}

/// A clock: its words now, and what the page's script needs to keep it going.
fn clock(label: &str, c: &Clock, now_ms: i64) -> String {
    let left = c.left(now_ms);
    format!(
        "<p class=\"clock\" data-at=\"{}\" data-running=\"{}\" data-warn=\"{}\">{label} \
<span class=\"time\">{}</span> <span class=\"state\">{}</span></p>",
        c.at,
        u8::from(c.running),
        c.warn,
        time_words(left),
        state_words(c, left)
    )
}

/// `04:12 left`, `+01:05 over`.
pub fn time_words(left_ms: i64) -> String {
    let over = left_ms < 0;
    let seconds = match over {
        true => (-left_ms + 999) / 1000,
        false => left_ms / 1000,
    };
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let text = match h {
        0 => format!("{m:02}:{s:02}"),
        h => format!("{h}:{m:02}:{s:02}"),
    };
    match over {
        true => format!("+{text} over"),
        false => format!("{text} left"),
    }
}

/// The clock's state in words and a symbol, as the wall says it.
fn state_words(c: &Clock, left: i64) -> &'static str {
    match (c.running, left) {
        (false, _) => "(⏸ paused)",
        (true, l) if l < 0 => "(⚠ over time)",
        (true, l) if l <= c.warn => "(◔ almost up)",
        _ => "(▶ running)",
    }
}

fn item(item: &Item, now_ms: i64) -> String {
    let mut out = format!(
        "<h2 id=\"item-h\">Now: item {} of {}</h2><p class=\"big\">{}</p>",
        item.number,
        item.count,
        esc(&item.title)
    );
    if item.confidential {
        out.push_str("<p class=\"mark\">🔒 Confidential</p>");
    }
    if let Some(kind) = item.kind {
        let _ = write!(out, "<p class=\"kind\">{}</p>", kind.label());
    }
    if let Some(description) = &item.description {
        let _ = write!(out, "<p class=\"desc\">{}</p>", esc(description));
    }
    if let Some(c) = &item.clock {
        out.push_str(&clock("Item time:", c, now_ms));
    }
    let _ = write!(
        out,
        "<p hidden data-announce=\"Now: item {}, {}\"></p>",
        item.number,
        esc(&item.title)
    );
    out
}

fn floor(floor: &Floor, now_ms: i64) -> String {
    let mut out = String::from("<h2 id=\"floor-h\">The floor</h2>");
    let announce = match floor {
        Floor::NotStarted => {
            out.push_str("<p>The meeting has not started yet.</p>");
            String::new()
        }
        Floor::Adjourned => {
            out.push_str("<p>The meeting is adjourned. Thank you for taking part.</p>");
            "The meeting is adjourned".to_owned()
        }
        Floor::Break(c) => {
            out.push_str("<p class=\"big\">☕ Break</p>");
            out.push_str(&clock("Back in:", c, now_ms));
            "A break".to_owned()
        }
        Floor::Open => {
            out.push_str("<p>Nobody has the floor.</p>");
            String::new()
        }
        Floor::Speaking {
            name,
            what,
            clock: c,
        } => {
            let _ = write!(out, "<p class=\"big\">▶ {}</p>", esc(name));
            if !what.is_empty() {
                let _ = write!(out, "<p>{}</p>", esc(&what.join(" · ")));
            }
            if let Some(c) = c {
                out.push_str(&clock("Turn:", c, now_ms));
            }
            format!("{name} has the floor")
        }
    };
    let _ = write!(out, "<p hidden data-announce=\"{}\"></p>", esc(&announce));
    out
}

fn list(list: &List, you: &You) -> String {
    let mine = you.name();
    let mut out = String::from("<h2 id=\"list-h\">List of speakers</h2>");
    if list.closed {
        out.push_str("<p class=\"mark\">⊘ The list is closed: no new hands.</p>");
    }
    if list.places.is_empty() {
        out.push_str("<p>Nobody is waiting.</p>");
        return out;
    }
    out.push_str("<ol class=\"places\">");
    for place in &list.places {
        let you = match mine == Some(place.name.as_str()) {
            true => " <strong>(you)</strong>",
            false => "",
        };
        let _ = write!(
            out,
            "<li><span class=\"name\">{}</span>{you}<br><span class=\"why\">{}</span></li>",
            esc(&place.name),
            esc(&place.reasons.join(" · "))
        );
    }
    out.push_str("</ol>");
    out
}

fn your_part(you: &You, base: &str) -> String {
    match you {
        You::Unclaimed { present } => claim_form(present, base),
        You::Member { .. } => hand_forms(you, base),
    }
}

fn claim_form(present: &[(String, bool)], base: &str) -> String {
    let mut out = String::from(
        "<h2 id=\"you-h\">Who are you?</h2><p>Choose your own name to raise your hand from this \
device. Only people marked present are listed, and each name is taken by one device.</p>",
    );
    if present.is_empty() {
        out.push_str(
            "<p>Nobody is marked present yet: the facilitator takes the roll call first. The \
names appear here when they do.</p>",
        );
        return out;
    }
    let _ = write!(
        out,
        "<form method=\"post\" action=\"{base}/claim\"><ul class=\"names\">"
    );
    for (name, taken) in present {
        match taken {
            false => {
                let _ = write!(
                    out,
                    "<li><button type=\"submit\" name=\"person\" value=\"{0}\">I am {0}</button></li>",
                    esc(name)
                );
            }
            true => {
                let _ = write!(
                    out,
                    "<li class=\"taken\">{} · taken on another device</li>",
                    esc(name)
                );
            }
        }
    }
    out.push_str(
        "</ul></form><p class=\"small\">Not on the list, or your name is taken? Ask the \
facilitator.</p>",
    );
    out
}

fn hand_forms(you: &You, base: &str) -> String {
    let You::Member {
        name,
        place,
        speaking,
        waiting,
        can,
    } = you
    else {
        return String::new();
    };
    let mut out = format!("<h2 id=\"you-h\">Your hand, {}</h2>", esc(name));
    let (where_, announce) = match (speaking, place) {
        (true, _) => ("▶ You have the floor.".to_owned(), "You have the floor"),
        (false, Some(1)) => ("You are next.".to_owned(), "You are next"),
        (false, Some(n)) => (format!("You are number {n} in the list."), ""),
        (false, None) => ("Your hand is not raised.".to_owned(), ""),
    };
    let _ = write!(
        out,
        "<p class=\"place big\">{where_}</p><p hidden data-announce=\"{announce}\"></p>"
    );
    let form = |id: &str, fields: &[(&str, &str)], label: &str, class: &str| {
        let mut f = format!("<form method=\"post\" action=\"{base}/hand\">");
        for (n, v) in fields {
            let _ = write!(f, "<input type=\"hidden\" name=\"{n}\" value=\"{v}\">");
        }
        let _ = write!(
            f,
            "<button type=\"submit\" id=\"{id}\" class=\"{class}\">{label}</button></form>"
        );
        f
    };
    let lower = |kind: HandKind, id: &str, label: &str| {
        form(
            id,
            &[("up", "0"), ("kind", super::routes::word_of(kind))],
            label,
            "lower",
        )
    };
    // What is waiting can always be taken down.
    if waiting.hand {
        let side = match waiting.side {
            Some(Side::Pro) => " (pro)",
            Some(Side::Contra) => " (contra)",
            None => "",
        };
        out.push_str(&lower(
            HandKind::Hand,
            "hand",
            &format!("Lower my hand{side}"),
        ));
    }
    if waiting.response {
        out.push_str(&lower(
            HandKind::DirectResponse,
            "response",
            "Withdraw my direct response",
        ));
    }
    if waiting.order {
        out.push_str(&lower(
            HandKind::PointOfProcess,
            "order",
            "Withdraw my point of order",
        ));
    }
    if let Some(why) = &can.not_now {
        let _ = write!(out, "<p class=\"mark\">{}.</p>", esc(why));
        return out;
    }
    if !waiting.hand {
        if can.list_closed {
            out.push_str(
                "<p class=\"mark\">⊘ The list of speakers is closed: no new hands. A point of \
order or a direct response still comes.</p>",
            );
        } else if can.sides {
            out.push_str("<p>On this decision, say which side you speak for:</p>");
            out.push_str(&form(
                "hand",
                &[("up", "1"), ("kind", "hand"), ("side", "pro")],
                "Raise my hand: for (pro)",
                "raise",
            ));
            out.push_str(&form(
                "hand-contra",
                &[("up", "1"), ("kind", "hand"), ("side", "contra")],
                "Raise my hand: against (contra)",
                "raise",
            ));
            out.push_str(&form(
                "hand-plain",
                &[("up", "1"), ("kind", "hand")],
                "Raise my hand",
                "raise",
            ));
        } else {
            out.push_str(&form(
                "hand",
                &[("up", "1"), ("kind", "hand")],
                "Raise my hand",
                "raise",
            ));
        }
    }
    if let (false, Some(to)) = (waiting.response, &can.respond_to) {
        out.push_str(&form(
            "response",
            &[("up", "1"), ("kind", "response")],
            &format!("↩ Respond directly to {}", esc(to)),
            "other",
        ));
    }
    if !waiting.order {
        out.push_str(&form(
            "order",
            &[("up", "1"), ("kind", "order")],
            "⚑ Point of order",
            "other",
        ));
    }
    out.push_str(
        "<p class=\"small\">A direct response is a short reply to the speaker, taken right \
after their turn. A point of order is about how the meeting is run; it goes first.</p>",
    );
    out
}

/// A refusal in a member's words: no keys to press, since a member has none.
pub fn refusal_words(why: &Refusal) -> String {
    use crate::meeting::EventError as E;
    match why {
        Refusal::NotNow(E::NotStarted) => "The meeting has not started yet".into(),
        Refusal::NotNow(E::Adjourned) => "The meeting is adjourned".into(),
        Refusal::NotNow(E::ListClosed) => "The list of speakers is closed".into(),
        Refusal::NotNow(E::OnBreak) => "The meeting is on a break".into(),
        Refusal::NotNow(e) => {
            let text = e.to_string();
            let mut chars = text.chars();
            chars
                .next()
                .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
        }
        Refusal::AlreadyRecorded => "That was recorded already".into(),
        Refusal::NotSaved(why) => format!("Not saved on the host: {why}"),
        _ => "The meeting's host did not take it".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::EventError;

    #[test]
    fn a_member_reads_the_host_s_refusal_without_keys_to_press() {
        let words = refusal_words;
        assert_eq!(
            words(&Refusal::NotNow(EventError::ListClosed)),
            "The list of speakers is closed"
        );
        assert_eq!(
            words(&Refusal::NotNow(EventError::NotStarted)),
            "The meeting has not started yet"
        );
        assert_eq!(
            words(&Refusal::NotNow(EventError::AlreadyQueued("Ana".into()))),
            "Ana is already in the queue"
        );
        assert_eq!(
            words(&Refusal::NotSaved("disk full".into())),
            "Not saved on the host: disk full"
        );
    }
}
