//! The page's HTML, made on the host: the whole page for a request, and each part alone for
//! the live stream (the page's script puts it in place). Every text from the agenda or the
//! meeting is escaped here and nowhere else. Accessible first: one `h1`, landmarks, a heading
//! per part, a polite live region, words and symbols beside every state. Every word is in the
//! page's language (the member's choice, else their browser's), from `members.ftl`.

use std::fmt::Write;

use super::forms::your_part;
use super::view::{Clock, Floor, Heading, Item, List, Shared, You};
use crate::lang::Lang;
use crate::meeting::Phase;
use crate::text::escape_markup;
use crate::tr;
use crate::ui::words;

/// The page's parts, by the id of the element each fills.
pub const PARTS: [&str; 5] = ["heading", "item", "floor", "you", "list"];

/// The languages a member can choose on the page, each named in itself.
pub const LANGUAGES: [Lang; 2] = [Lang::En, Lang::Es];

/// Where the page's script puts a clock's digits in its words.
const TIME: &str = "{time}";

/// The whole page for one device, in the language of `shared`. `base` is `/m/TOKEN`; `said`
/// is a message for this device (what became of the form it posted without the script).
pub fn whole(shared: &Shared, you: &You, base: &str, now_ms: i64, said: &str) -> String {
    let lang = shared.lang;
    let title = escape_markup(&tr!(
        lang,
        "members-page-title",
        title = &shared.heading.title
    ));
    format!(
        "<!doctype html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta name=\"referrer\" content=\"no-referrer\">\
<title>{title}</title>\
<link rel=\"stylesheet\" href=\"{base}/page.css\">\
<script src=\"{base}/page.js\" defer></script></head>\
<body>{languages}<header id=\"heading\" class=\"top\">{heading}</header>\
<main id=\"main\" data-base=\"{base}\" data-now=\"{now_ms}\"{script_words}>\
<p id=\"said\" class=\"said\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\">{said}</p>\
<section id=\"item\" aria-labelledby=\"item-h\">{item}</section>\
<section id=\"floor\" aria-labelledby=\"floor-h\">{floor}</section>\
<section id=\"you\" aria-labelledby=\"you-h\">{you}</section>\
<section id=\"list\" aria-labelledby=\"list-h\">{list}</section>\
</main><footer class=\"end\"><p>{footer}</p>\
<noscript><p>{no_script}</p></noscript>\
</footer></body></html>\n",
        code = lang.code(),
        languages = languages(lang, base),
        heading = heading(&shared.heading, lang),
        script_words = script_words(lang),
        said = escape_markup(said),
        item = item(&shared.item, lang, now_ms),
        floor = floor(&shared.floor, lang, now_ms),
        you = your_part(you, lang, base),
        list = list(&shared.list, you, lang),
        footer = escape_markup(&tr!(lang, "members-footer")),
        no_script = no_script(lang, base),
    )
}

/// One part's HTML, for the live stream.
pub fn part(name: &str, shared: &Shared, you_: &You, base: &str, now_ms: i64) -> String {
    let lang = shared.lang;
    match name {
        "heading" => heading(&shared.heading, lang),
        "item" => item(&shared.item, lang, now_ms),
        "floor" => floor(&shared.floor, lang, now_ms),
        "you" => your_part(you_, lang, base),
        _ => list(&shared.list, you_, lang),
    }
}

/// The choice of language: a link per language, named in itself, the page's own marked. A
/// link sets the member's choice for this device and comes back to the page.
fn languages(lang: Lang, base: &str) -> String {
    let mut out = format!(
        "<nav class=\"langs\" aria-label=\"{}\"><ul>",
        escape_markup(&tr!(lang, "members-language"))
    );
    for other in LANGUAGES {
        let current = match other == lang {
            true => " aria-current=\"true\"",
            false => "",
        };
        let _ = write!(
            out,
            "<li><a href=\"{base}?lang={code}\" hreflang=\"{code}\" lang=\"{code}\"{current}>{name}</a></li>",
            code = other.code(),
            name = escape_markup(other.name()),
        );
    }
    out.push_str("</ul></nav>");
    out
}

/// The words the page's script writes itself (the clocks as they tick, a post that did not
/// go), as attributes of `main`.
fn script_words(lang: Lang) -> String {
    let pairs = [
        ("left", tr!(lang, "clock-left", time = TIME)),
        ("over", tr!(lang, "clock-over-by", time = TIME)),
        ("paused", tr!(lang, "members-clock-paused")),
        ("overtime", tr!(lang, "members-clock-over")),
        ("almost", tr!(lang, "members-clock-almost-up")),
        ("running", tr!(lang, "members-clock-running")),
        ("not-sent", tr!(lang, "members-not-sent")),
    ];
    pairs
        .iter()
        .map(|(name, text)| format!(" data-w-{name}=\"{}\"", escape_markup(text)))
        .collect()
}

/// What to do without the script, with its link to the page.
fn no_script(lang: Lang, base: &str) -> String {
    // A mark no message holds, where the link goes once the sentence is escaped.
    const LINK: &str = "\u{e000}";
    let link = format!(
        "<a href=\"{base}\">{}</a>",
        escape_markup(&tr!(lang, "members-refresh"))
    );
    escape_markup(&tr!(lang, "members-no-script", refresh = LINK)).replace(LINK, &link)
}

fn heading(h: &Heading, lang: Lang) -> String {
    let state = match h.phase {
        Phase::NotStarted => tr!(lang, "members-state-not-started"),
        Phase::Running => tr!(lang, "members-state-running"),
        Phase::Adjourned => tr!(lang, "members-state-adjourned"),
    };
    format!(
        "<h1>{}</h1><p class=\"sub\">{}</p>",
        escape_markup(&h.title),
        escape_markup(&tr!(lang, "members-sub", date = &h.date, state = state))
    )
}

/// A clock: its words now, and what the page's script needs to keep it going.
fn clock(label: &str, c: &Clock, lang: Lang, now_ms: i64) -> String {
    let left = c.left(now_ms);
    format!(
        "<p class=\"clock\" data-at=\"{}\" data-running=\"{}\" data-warn=\"{}\">{} \
<span class=\"time\">{}</span> <span class=\"state\">{}</span></p>",
        c.at,
        u8::from(c.running),
        c.warn,
        escape_markup(label),
        escape_markup(&time_words(lang, left)),
        escape_markup(&state_words(lang, c, left))
    )
}

/// `04:12 left`, `+01:05 over`.
pub fn time_words(lang: Lang, left_ms: i64) -> String {
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
        true => tr!(lang, "clock-over-by", time = format!("+{text}")),
        false => tr!(lang, "clock-left", time = text),
    }
}

/// The clock's state in words and a symbol, as the wall says it.
fn state_words(lang: Lang, c: &Clock, left: i64) -> String {
    match (c.running, left) {
        (false, _) => tr!(lang, "members-clock-paused"),
        (true, l) if l < 0 => tr!(lang, "members-clock-over"),
        (true, l) if l <= c.warn => tr!(lang, "members-clock-almost-up"),
        _ => tr!(lang, "members-clock-running"),
    }
}

fn item(item: &Item, lang: Lang, now_ms: i64) -> String {
    let now = tr!(
        lang,
        "members-item-now",
        item = item.number,
        total = item.count
    );
    let mut out = format!(
        "<h2 id=\"item-h\">{}</h2><p class=\"big\">{}</p>",
        escape_markup(&now),
        escape_markup(&item.title)
    );
    if item.confidential {
        let _ = write!(
            out,
            "<p class=\"mark\">{}</p>",
            escape_markup(&tr!(lang, "members-item-confidential"))
        );
    }
    if let Some(kind) = item.kind {
        let _ = write!(
            out,
            "<p class=\"kind\">{}</p>",
            escape_markup(&words::kind(lang, kind))
        );
    }
    if let Some(description) = &item.description {
        let _ = write!(out, "<p class=\"desc\">{}</p>", escape_markup(description));
    }
    if let Some(c) = &item.clock {
        out.push_str(&clock(&tr!(lang, "members-clock-item"), c, lang, now_ms));
    }
    let announce = tr!(
        lang,
        "members-item-announce",
        item = item.number,
        title = &item.title
    );
    let _ = write!(
        out,
        "<p hidden data-announce=\"{}\"></p>",
        escape_markup(&announce)
    );
    out
}

fn floor(floor: &Floor, lang: Lang, now_ms: i64) -> String {
    let mut out = format!(
        "<h2 id=\"floor-h\">{}</h2>",
        escape_markup(&tr!(lang, "members-floor-heading"))
    );
    let line = |out: &mut String, class: &str, text: String| {
        let _ = match class {
            "" => write!(out, "<p>{}</p>", escape_markup(&text)),
            class => write!(out, "<p class=\"{class}\">{}</p>", escape_markup(&text)),
        };
    };
    let announce = match floor {
        Floor::NotStarted => {
            line(&mut out, "", tr!(lang, "members-floor-not-started"));
            String::new()
        }
        Floor::Adjourned => {
            line(&mut out, "", tr!(lang, "members-floor-adjourned"));
            tr!(lang, "members-floor-adjourned-announce")
        }
        Floor::Break(c) => {
            line(&mut out, "big", tr!(lang, "members-floor-break"));
            out.push_str(&clock(&tr!(lang, "members-clock-back-in"), c, lang, now_ms));
            tr!(lang, "members-floor-break-announce")
        }
        Floor::Open => {
            line(&mut out, "", tr!(lang, "members-floor-open"));
            String::new()
        }
        Floor::Speaking {
            name,
            what,
            clock: c,
        } => {
            line(
                &mut out,
                "big",
                tr!(lang, "members-floor-speaker", name = name),
            );
            if !what.is_empty() {
                line(&mut out, "", what.join(" · "));
            }
            if let Some(c) = c {
                out.push_str(&clock(&tr!(lang, "members-clock-turn"), c, lang, now_ms));
            }
            tr!(lang, "members-floor-speaker-announce", name = name)
        }
    };
    let _ = write!(
        out,
        "<p hidden data-announce=\"{}\"></p>",
        escape_markup(&announce)
    );
    out
}

fn list(list: &List, you: &You, lang: Lang) -> String {
    let mine = you.name();
    let mut out = format!(
        "<h2 id=\"list-h\">{}</h2>",
        escape_markup(&tr!(lang, "members-list-heading"))
    );
    if list.closed {
        let closed = tr!(lang, "members-list-closed");
        let _ = write!(out, "<p class=\"mark\">{}</p>", escape_markup(&closed));
    }
    if list.places.is_empty() {
        let _ = write!(
            out,
            "<p>{}</p>",
            escape_markup(&tr!(lang, "members-list-empty"))
        );
        return out;
    }
    let yours = format!(
        " <strong>{}</strong>",
        escape_markup(&tr!(lang, "members-list-you"))
    );
    out.push_str("<ol class=\"places\">");
    for place in &list.places {
        let you = match mine == Some(place.name.as_str()) {
            true => yours.as_str(),
            false => "",
        };
        let _ = write!(
            out,
            "<li><span class=\"name\">{}</span>{you}<br><span class=\"why\">{}</span></li>",
            escape_markup(&place.name),
            escape_markup(&place.reasons.join(" · "))
        );
    }
    out.push_str("</ol>");
    out
}
