//! The device's own part of the page: the names it may claim, or its member's hand and the
//! buttons that move it, in the page's language. Each button is a form that works without the
//! script too.

use std::fmt::Write;

use super::view::{NotNow, You};
use crate::lang::Lang;
use crate::meeting::{HandKind, Side};
use crate::text::escape_markup;
use crate::tr;

pub fn your_part(you: &You, lang: Lang, base: &str) -> String {
    match you {
        You::Unclaimed { present } => claim_form(present, lang, base),
        You::Member { .. } => hand_forms(you, lang, base),
    }
}

/// A paragraph of the page's words.
fn para(out: &mut String, class: &str, text: &str) {
    let _ = match class {
        "" => write!(out, "<p>{}</p>", escape_markup(text)),
        class => write!(out, "<p class=\"{class}\">{}</p>", escape_markup(text)),
    };
}

fn claim_form(present: &[(String, bool)], lang: Lang, base: &str) -> String {
    let mut out = format!(
        "<h2 id=\"you-h\">{}</h2>",
        escape_markup(&tr!(lang, "members-claim-heading"))
    );
    para(&mut out, "", &tr!(lang, "members-claim-intro"));
    if present.is_empty() {
        para(&mut out, "", &tr!(lang, "members-claim-nobody"));
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
                    "<li><button type=\"submit\" name=\"person\" value=\"{}\">{}</button></li>",
                    escape_markup(name),
                    escape_markup(&tr!(lang, "members-claim-button", name = name))
                );
            }
            true => {
                let _ = write!(
                    out,
                    "<li class=\"taken\">{}</li>",
                    escape_markup(&tr!(lang, "members-claim-taken", name = name))
                );
            }
        }
    }
    out.push_str("</ul></form>");
    para(&mut out, "small", &tr!(lang, "members-claim-ask"));
    out
}

/// One button in its own form: `fields` say what it asks for.
fn form(base: &str, id: &str, fields: &[(&str, &str)], label: &str, class: &str) -> String {
    let mut f = format!("<form method=\"post\" action=\"{base}/hand\">");
    for (n, v) in fields {
        let _ = write!(f, "<input type=\"hidden\" name=\"{n}\" value=\"{v}\">");
    }
    let _ = write!(
        f,
        "<button type=\"submit\" id=\"{id}\" class=\"{class}\">{}</button></form>",
        escape_markup(label)
    );
    f
}

/// Where the member stands, in a line and in what a screen reader announces when it changes.
fn standing(lang: Lang, speaking: bool, place: Option<usize>) -> (String, String) {
    match (speaking, place) {
        (true, _) => (
            tr!(lang, "members-you-speaking"),
            tr!(lang, "members-you-speaking-announce"),
        ),
        (false, Some(1)) => (
            tr!(lang, "members-you-next"),
            tr!(lang, "members-you-next-announce"),
        ),
        (false, Some(n)) => (tr!(lang, "members-you-place", place = n), String::new()),
        (false, None) => (tr!(lang, "members-you-not-raised"), String::new()),
    }
}

/// Why no hand can go up now, in a sentence.
pub fn not_now(lang: Lang, why: NotNow) -> String {
    match why {
        NotNow::NotStarted => tr!(lang, "members-not-now-not-started"),
        NotNow::Adjourned => tr!(lang, "members-not-now-adjourned"),
        NotNow::OffForItem => tr!(lang, "members-not-now-off-for-item"),
        NotNow::OffForMeeting => tr!(lang, "members-not-now-off-for-meeting"),
        NotNow::BreakItem => tr!(lang, "members-not-now-break-item"),
    }
}

fn hand_forms(you: &You, lang: Lang, base: &str) -> String {
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
    let heading = tr!(lang, "members-hand-heading", name = name);
    let mut out = format!("<h2 id=\"you-h\">{}</h2>", escape_markup(&heading));
    let (where_, announce) = standing(lang, *speaking, *place);
    let _ = write!(
        out,
        "<p class=\"place big\">{}</p><p hidden data-announce=\"{}\"></p>",
        escape_markup(&where_),
        escape_markup(&announce)
    );
    let form = |id: &str, fields: &[(&str, &str)], label: &str, class: &str| {
        form(base, id, fields, label, class)
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
        let label = match waiting.side {
            Some(Side::Pro) => tr!(lang, "members-lower-hand-pro"),
            Some(Side::Contra) => tr!(lang, "members-lower-hand-contra"),
            None => tr!(lang, "members-lower-hand"),
        };
        out.push_str(&lower(HandKind::Hand, "hand", &label));
    }
    if waiting.response {
        let label = tr!(lang, "members-withdraw-response");
        out.push_str(&lower(HandKind::DirectResponse, "response", &label));
    }
    if waiting.order {
        let label = tr!(lang, "members-withdraw-order");
        out.push_str(&lower(HandKind::PointOfProcess, "order", &label));
    }
    if let Some(why) = can.not_now {
        para(&mut out, "mark", &not_now(lang, why));
        return out;
    }
    if !waiting.hand {
        if can.list_closed {
            para(&mut out, "mark", &tr!(lang, "members-list-closed-hands"));
        } else if can.sides {
            para(&mut out, "", &tr!(lang, "members-sides-ask"));
            out.push_str(&form(
                "hand",
                &[("up", "1"), ("kind", "hand"), ("side", "pro")],
                &tr!(lang, "members-raise-pro"),
                "raise",
            ));
            out.push_str(&form(
                "hand-contra",
                &[("up", "1"), ("kind", "hand"), ("side", "contra")],
                &tr!(lang, "members-raise-contra"),
                "raise",
            ));
            out.push_str(&form(
                "hand-plain",
                &[("up", "1"), ("kind", "hand")],
                &tr!(lang, "members-raise"),
                "raise",
            ));
        } else {
            out.push_str(&form(
                "hand",
                &[("up", "1"), ("kind", "hand")],
                &tr!(lang, "members-raise"),
                "raise",
            ));
        }
    }
    if let (false, Some(to)) = (waiting.response, &can.respond_to) {
        out.push_str(&form(
            "response",
            &[("up", "1"), ("kind", "response")],
            &tr!(lang, "members-respond-to", name = to),
            "other",
        ));
    }
    if !waiting.order {
        out.push_str(&form(
            "order",
            &[("up", "1"), ("kind", "order")],
            &tr!(lang, "members-point-of-order"),
            "other",
        ));
    }
    para(&mut out, "small", &tr!(lang, "members-hand-help"));
    out
}
