//! The wall in other languages: in Spanish, on the Spanish example agenda (snapshots), and in
//! the pseudo-locale at 80×24 and 120×40, where every word on the wall that is not the
//! agenda's own (a name, a title, a group) must be inside a message's marks (nothing left
//! untranslated), and a message cut short must end in `…`.

use std::collections::BTreeSet;

use super::tests::{record, rows};
use crate::app::{Link, Message, Model, update};
use crate::input::Command;
use crate::lang::{Lang, PSEUDO_END, PSEUDO_START};
use crate::meeting::{Event, Side};
use crate::testing::{act, at, model_from};

pub(in crate::ui) fn council_src() -> String {
    // Dated the test's day, so starting it asks nothing.
    std::fs::read_to_string("agendas/consejo-de-familias.ron")
        .unwrap()
        .replace("    date: Some(\"2026-12-03\"),\n", "")
}

/// The council's decision about the playground under way, as every screen's language test
/// shows it: Inés Torres has the floor (from 20 s), a direct response to her waits, a hand
/// for each side and another hand (by 90 s).
pub(in crate::ui) fn playground_debate(model: &mut Model) {
    record(model, 10, Event::ItemOpened { item: 3 });
    let floor = Event::FloorGiven {
        person: "Inés Torres".into(),
        by_override: false,
    };
    record(model, 20, floor);
    let response = Event::ResponseRaised {
        person: "Carmen Ruiz".into(),
        to: "Inés Torres".into(),
    };
    record(model, 60, response);
    for (secs, person, side) in [
        (70, "Pedro Gil", Side::Pro),
        (80, "Elena Navarro", Side::Contra),
    ] {
        let person = person.into();
        record(model, secs, Event::HandRaisedFor { person, side });
    }
    let hand = Event::HandRaised {
        person: "Ahmed Benali".into(),
        process: false,
    };
    record(model, 90, hand);
}

/// The parents' council on the wall, in `lang`, everyone present, the meeting started.
fn council(lang: Lang) -> Model {
    let mut model = model_from(&council_src());
    model.lang = lang;
    for command in [Command::RollCall, Command::AllPresent, Command::Cancel] {
        act(&mut model, command, at(0));
    }
    act(&mut model, Command::StartMeeting, at(0));
    model.room = true;
    model.projector = true;
    model
}

/// On the decision about the playground, 5 minutes in: Inés Torres has the floor, a direct
/// response to her waits, a hand for each side, another hand, the list closed.
fn mid_decision(lang: Lang) -> Model {
    let mut model = council(lang);
    playground_debate(&mut model);
    act(&mut model, Command::ToggleList, at(100));
    update(&mut model, Message::Tick, at(310));
    model
}

#[test]
fn the_wall_in_spanish_at_80x24() {
    insta::assert_snapshot!(rows(&mid_decision(Lang::Es), 80, 24).join("\n"));
}

#[test]
fn the_wall_in_spanish_at_120x40() {
    insta::assert_snapshot!(rows(&mid_decision(Lang::Es), 120, 40).join("\n"));
}

/// Every state the wall can be in, one model each.
fn states(lang: Lang) -> Vec<(&'static str, Model)> {
    let mut not_started = model_from(&council_src());
    not_started.lang = lang;
    not_started.room = true;
    not_started.projector = true;
    let mut question = mid_decision(lang);
    let asked = Event::QuestionAsked {
        person: "Javier Morales".into(),
        to: "Inés Torres".into(),
    };
    record(&mut question, 320, asked);
    update(&mut question, Message::Tick, at(330));
    let mut over = mid_decision(lang);
    update(&mut over, Message::Tick, at(3000));
    let mut paused = mid_decision(lang);
    act(&mut paused, Command::PauseClock, at(320));
    let mut planned_break = council(lang);
    record(&mut planned_break, 10, Event::ItemOpened { item: 4 });
    update(&mut planned_break, Message::Tick, at(100));
    let mut process = council(lang);
    let point = Event::HandRaised {
        person: "Javier Morales".into(),
        process: true,
    };
    record(&mut process, 10, point);
    act(&mut process, Command::NextSpeaker, at(20));
    let mut confidential = council(lang);
    record(&mut confidential, 10, Event::ItemOpened { item: 6 });
    let mut lost = mid_decision(lang);
    lost.link = Link::Joined { connected: false };
    let mut closed = mid_decision(lang);
    closed.link = Link::Closed { at: at(400) };
    let mut rehearsal = mid_decision(lang);
    rehearsal.rehearsal = true;
    let mut adjourned = council(lang);
    act(&mut adjourned, Command::EndMeeting, at(500));
    if adjourned.overlay != crate::app::Overlay::None {
        act(&mut adjourned, Command::Confirm, at(500));
    }
    vec![
        ("not started", not_started),
        ("mid decision", mid_decision(lang)),
        ("question", question),
        ("over time", over),
        ("paused", paused),
        ("planned break", planned_break),
        ("point of process", process),
        ("confidential", confidential),
        ("host lost", lost),
        ("host closed", closed),
        ("rehearsal", rehearsal),
        ("adjourned", adjourned),
    ]
}

/// The agenda's own words (names, titles, groups), and the code's address: shown as written.
pub(in crate::ui) fn their_words(model: &Model) -> BTreeSet<String> {
    let agenda = model.meeting.agenda();
    let texts = agenda
        .people
        .iter()
        .map(|p| p.name.as_str())
        .chain(agenda.items.iter().map(|i| i.title.as_str()))
        .chain(agenda.groups.iter().map(|g| g.label.as_str()))
        .chain([agenda.title.as_str()])
        .chain(model.members_url.as_deref());
    texts
        .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What on a row is neither inside a message's marks nor the agenda's own words; and whether
/// a message is left open at the end of the row without `…`.
pub(in crate::ui) fn untranslated(row: &str, theirs: &BTreeSet<String>) -> Vec<String> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut word = String::new();
    let chars: Vec<char> = row.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphabetic() && depth == 0 {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            let cut = c == '…' && theirs.iter().any(|t| t.starts_with(&word));
            if !theirs.contains(&word) && !cut {
                found.push(format!("{word:?} at column {i}"));
            }
            word.clear();
        }
        match c {
            PSEUDO_START => depth += 1,
            PSEUDO_END => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if !word.is_empty() && !theirs.contains(&word) {
        found.push(format!("{word:?} at the end"));
    }
    if depth > 0 && !row.trim_end().ends_with('…') {
        found.push("a message cut without …".into());
    }
    found
}

#[test]
fn in_the_pseudo_locale_every_word_on_the_wall_is_a_message_s_and_none_is_cut_without_an_ellipsis()
{
    for (state, model) in states(Lang::Pseudo) {
        let theirs = their_words(&model);
        for (w, h) in [(80, 24), (120, 40)] {
            let shown = rows(&model, w, h);
            let marked = shown.iter().filter(|r| r.contains(PSEUDO_START)).count();
            assert!(
                marked >= 2,
                "{state} at {w}×{h}: no messages?\n{}",
                shown.join("\n")
            );
            for row in &shown {
                let wrong = untranslated(row, &theirs);
                assert!(
                    wrong.is_empty(),
                    "{state} at {w}×{h}: {wrong:?} in {row:?}\n{}",
                    shown.join("\n")
                );
            }
        }
    }
}

/// The members' page's code over the wall says what it is for in the wall's language (what
/// shows around the code is the wall underneath, cut by the code's box).
#[test]
fn the_members_code_says_what_it_is_for_in_the_wall_s_language() {
    for (lang, words) in [
        (Lang::Es, "Escanea para participar desde tu teléfono:"),
        (
            Lang::Pseudo,
            "⟦Šçááñ tóó táákéé páárt fróóm ýóóúúr phóóñéé:⟧",
        ),
    ] {
        let mut model = mid_decision(lang);
        model.members_url = Some("http://192.168.1.20:8080/m/abc123".into());
        model.members_code = true;
        for (w, h) in [(80, 24), (120, 40)] {
            let text = rows(&model, w, h).join("\n");
            assert!(text.contains(words), "{w}×{h}:\n{text}");
        }
        let small = rows(&model, 40, 12).join("\n");
        assert!(small.contains(PSEUDO_START) || lang == Lang::Es, "{small}");
    }
}

/// The Spanish wall has no English left on it, in any state.
#[test]
fn on_a_spanish_wall_every_word_cochair_writes_is_spanish() {
    let english = [
        "Item",
        "Next",
        "Floor",
        "turn",
        "Time",
        "left",
        "over",
        "running",
        "Quorum",
        "present",
        "List",
        "closed",
        "pro",
        "Break",
        "BREAK",
        "back at",
        "voice",
        "weight",
        "waited",
        "Question",
        "PAUSED",
        "REHEARSAL",
        "RECONNECTING",
        "HOST",
        "Scan",
        "Adjourned",
        "Not started",
        "confidential",
        "point of process",
        "response",
    ];
    for (state, model) in states(Lang::Es) {
        let theirs = their_words(&model);
        for (w, h) in [(80, 24), (120, 40)] {
            let text = rows(&model, w, h).join("\n");
            for word in english {
                let whole_word = text.match_indices(word).any(|(i, _)| {
                    let before = text[..i]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphabetic());
                    let after = text[i + word.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphabetic());
                    before && after
                });
                assert!(
                    !whole_word || theirs.contains(word),
                    "{state} at {w}×{h}: {word:?} in\n{text}"
                );
            }
        }
    }
}

/// The checker itself: it sees an English word, a message cut without `…`, and lets the
/// agenda's words, marked messages and a cut with `…` through.
#[test]
fn the_checker_sees_what_is_not_translated() {
    let theirs: BTreeSet<String> = ["Ana".to_string(), "López".to_string()].into();
    assert!(untranslated("⟦Ñééxt: Ana López⟧  18:00", &theirs).is_empty());
    assert!(untranslated(" ⟦Ítéém 1 óf 2 · Déç…", &theirs).is_empty());
    assert!(untranslated(" Ana Ló…", &theirs).is_empty());
    assert_eq!(untranslated("Next: Ana", &theirs).len(), 1);
    assert_eq!(
        untranslated(" ⟦Ítéém 1 óf", &theirs),
        ["a message cut without …"]
    );
}
