//! The page in each language: in the pseudo-locale every word on it is inside a message's
//! marks (nothing the page writes is left in English), in Spanish it reads in Spanish, and in
//! English as it always has.

use std::path::Path;

use chrono::NaiveDate;

use super::page;
use super::view::Shared;
use crate::agenda;
use crate::lang::{Lang, PSEUDO_END, PSEUDO_START};
use crate::meeting::{Attendance, Event, HandKind, Meeting, Record, Side};
use crate::testing::at;

const AGENDA: &str = r#"Agenda(title: "Zzboard", start: "18:00",
    groups: [Group(id: "m", label: "Qqmembers", weight: 2.0), Group(id: "s", label: "Qqstaff", weight: 1.0)],
    people: [Person(name: "Zzeve", group: "m"), Person(name: "Zzben", group: "s"), Person(name: "Zzcid", group: "m")],
    items: [
        Item(title: "Zzrent", minutes: 10, kind: Decision, description: Some("Zzmotion")),
        Item(title: "Zzpause", minutes: 10, kind: Break),
        Item(title: "Zzsecret", minutes: 10, confidential: true),
    ])"#;

/// The words of the agenda, which the page shows as written in every language.
const USERS_WORDS: [&str; 8] = [
    "Zzboard", "Zzeve", "Zzben", "Zzcid", "Zzrent", "Zzpause", "Zzsecret", "Zzmotion",
];

fn apply(m: &mut Meeting, secs: i64, event: Event) {
    m.apply(&Record::new(at(secs), event)).unwrap();
}

fn hand(person: &str, up: bool, kind: HandKind, side: Option<Side>) -> Event {
    Event::PageHand {
        person: person.into(),
        up,
        kind,
        side,
    }
}

/// The meeting at each moment a page can see: before it starts, with hands and a speaker on a
/// decision, with the list closed and the page's hands off, on a break, on a confidential item,
/// and adjourned.
fn moments() -> Vec<Meeting> {
    let agenda = agenda::from_str(AGENDA, Path::new("t.ron")).unwrap();
    let mut m = Meeting::new(agenda, NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
    let mut out = vec![m.clone()];
    for name in ["Zzeve", "Zzben", "Zzcid"] {
        let attendance = Attendance::Present;
        let person = name.into();
        apply(&mut m, -5, Event::AttendanceMarked { person, attendance });
    }
    out.push(m.clone());
    apply(&mut m, 0, Event::MeetingStarted);
    for name in ["Zzeve", "Zzcid"] {
        apply(
            &mut m,
            1,
            Event::PageClaimed {
                person: name.into(),
            },
        );
    }
    out.push(m.clone());
    let floor = Event::FloorGiven {
        person: "Zzben".into(),
        by_override: false,
    };
    apply(&mut m, 2, floor);
    let cid = hand("Zzcid", true, HandKind::Hand, Some(Side::Contra));
    apply(&mut m, 3, cid);
    out.push(m.clone());
    apply(
        &mut m,
        4,
        hand("Zzeve", true, HandKind::Hand, Some(Side::Pro)),
    );
    apply(
        &mut m,
        5,
        hand("Zzeve", true, HandKind::DirectResponse, None),
    );
    apply(
        &mut m,
        6,
        hand("Zzeve", true, HandKind::PointOfProcess, None),
    );
    out.push(m.clone());
    apply(&mut m, 7, Event::ListClosed);
    apply(&mut m, 8, hand("Zzeve", false, HandKind::Hand, None));
    out.push(m.clone());
    apply(&mut m, 9, Event::PageHandsOff { item: None });
    out.push(m.clone());
    apply(&mut m, 10, Event::PageHandsOn);
    apply(&mut m, 11, Event::ItemOpened { item: 1 });
    out.push(m.clone());
    let pause = Event::BreakStarted {
        minutes: 5,
        by: "Zzben".into(),
        role: None,
    };
    apply(&mut m, 12, pause);
    out.push(m.clone());
    apply(&mut m, 13, Event::ClockResumed { role: None });
    apply(&mut m, 14, Event::ItemOpened { item: 2 });
    out.push(m.clone());
    apply(&mut m, 15, Event::MeetingEnded);
    out.push(m);
    out
}

/// Every page and part a device can get at each moment, for Zzeve's device and one with no
/// name, in `lang`.
fn pages(lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for m in moments() {
        // Over time on the clocks too, at the last moment.
        for secs in [30, 4000] {
            let shared = Shared::of(&m, at(secs), lang);
            let now = at(secs).timestamp_millis();
            for you in [shared.you(&m, Some(("Zzeve", 1))), shared.you(&m, None)] {
                out.push(page::whole(&shared, &you, "/m/tok", now, ""));
                for name in page::PARTS {
                    out.push(page::part(name, &shared, &you, "/m/tok", now));
                }
            }
        }
    }
    out
}

/// What a person reads in some HTML: its text (the tags taken out, so a message with a link in
/// it stays whole), and the attributes read aloud or written by the script (`aria-label`,
/// `data-announce`, `data-w-…`). The language names of the choice of language are left out:
/// each is written in itself, in every language.
fn read(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        text.push(' ');
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c);
        let tag = &rest[open..close];
        for attribute in ["aria-label=\"", "data-announce=\"", "-w-"] {
            for (at, _) in tag.match_indices(attribute) {
                let value = &tag[at..];
                let Some(start) = value.find('"') else {
                    continue;
                };
                let value = &value[start + 1..];
                out.push(value[..value.find('"').unwrap_or(value.len())].to_owned());
            }
        }
        let is_language = tag.contains("hreflang");
        rest = &rest[(close + 1).min(rest.len())..];
        if is_language {
            rest = &rest[rest.find('<').unwrap_or(rest.len())..];
        }
    }
    text.push_str(rest);
    out.push(text);
    out
}

/// The text with every message (marks and all, innermost first) and the user's words taken
/// out: what is left was written by no message.
fn unmarked(text: &str) -> String {
    let mut text = text.to_owned();
    for word in USERS_WORDS {
        text = text.replace(word, "");
    }
    while let Some(end) = text.find(PSEUDO_END) {
        let start = text[..end].rfind(PSEUDO_START).unwrap_or(0);
        text.replace_range(start..end + PSEUDO_END.len_utf8(), "");
    }
    text
}

#[test]
fn every_word_the_page_writes_comes_from_a_message() {
    for html in pages(Lang::Pseudo) {
        for text in read(&html) {
            let left = unmarked(&text);
            assert!(
                left.chars().all(|c| c.is_whitespace() || c == '·'),
                "{left:?} is not in a message, in {text:?} of:\n{html}"
            );
        }
    }
}

#[test]
fn a_spanish_page_is_in_spanish_and_says_so() {
    let m = &moments()[4];
    let shared = Shared::of(m, at(30), Lang::Es);
    let page = page::whole(&shared, &shared.you(m, Some(("Zzeve", 1))), "/m/t", 0, "");
    assert!(page.contains("<html lang=\"es\">"), "{page}");
    for spanish in [
        "<title>Zzboard · página de participantes</title>",
        "jueves, 3 de diciembre de 2026 · ▶ Reunión en marcha",
        "Ahora: punto 1 de 3",
        "Decisión",
        "▶ Zzben",
        "Tu mano, Zzeve",
        "Bajar mi mano (a favor)",
        "Retirar mi respuesta directa",
        "Retirar mi cuestión de orden",
        "Lista de palabra",
        "− en contra",
        "(tú)",
        "data-w-left=\"quedan {time}\"",
        "aria-label=\"Idioma\"",
        "hreflang=\"en\" lang=\"en\">English</a>",
        "hreflang=\"es\" lang=\"es\" aria-current=\"true\">Español</a>",
    ] {
        assert!(page.contains(spanish), "{spanish} in {page}");
    }
    let none = shared.you(m, None);
    let claim = page::part("you", &shared, &none, "/m/t", 0);
    assert!(claim.contains("¿Quién eres?") && claim.contains(">Soy Zzben</button>"));
    assert_eq!(page::time_words(Lang::Es, 252_000), "quedan 04:12");
    assert_eq!(page::time_words(Lang::Es, -65_000), "+01:05 de más");
}

#[test]
fn an_english_page_reads_as_it_always_has() {
    let m = &moments()[4];
    let shared = Shared::of(m, at(30), Lang::En);
    let now = at(30).timestamp_millis();
    let page = page::whole(&shared, &shared.you(m, Some(("Zzeve", 1))), "/m/t", now, "");
    assert!(page.contains("<html lang=\"en\">"));
    for english in [
        "Members&#39; page · Thursday 3 December 2026 · ▶ Meeting running",
        "<h2 id=\"item-h\">Now: item 1 of 3</h2>",
        "<p class=\"kind\">Decision</p>",
        "Item time: <span class=\"time\">09:30 left</span> <span class=\"state\">(▶ running)</span>",
        "Lower my hand (pro)",
        "<p hidden data-announce=\"Zzben has the floor\"></p>",
        "<span class=\"why\">⚑ point of process</span>",
        "− contra",
        " <strong>(you)</strong>",
        "A direct response is a short reply to the speaker",
    ] {
        assert!(page.contains(english), "{english} in {page}");
    }
}
