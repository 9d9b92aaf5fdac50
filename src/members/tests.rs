//! What the page shows, made from a meeting at fixed times: escaped, and nothing confidential.

use std::path::Path;

use chrono::NaiveDate;

use super::page;
use super::view::{Shared, You};
use crate::agenda;
use crate::lang::Lang;
use crate::meeting::{Attendance, Event, HandKind, Meeting, Record, Vote};
use crate::testing::at;

const AGENDA: &str = r#"Agenda(title: "Board <script>alert(\"t\")</script> & co", start: "18:00",
    groups: [Group(id: "m", label: "Members", weight: 2.0), Group(id: "s", label: "Staff", weight: 1.0)],
    people: [Person(name: "Eve \"<script>x</script>\"", group: "m"), Person(name: "Ben", group: "s")],
    items: [
        Item(title: "Open <b>item</b>", minutes: 10, kind: Decision, description: Some("Motion: buy \"<img src=x>\" now")),
        Item(title: "Staff matter", minutes: 10, confidential: true, kind: Decision, description: Some("the secret plan")),
    ])"#;

fn apply(m: &mut Meeting, secs: i64, event: Event) {
    m.apply(&Record::new(at(secs), event)).unwrap();
}

const EVE: &str = "Eve \"<script>x</script>\"";

/// Eve and Ben present, Eve's name claimed and her hand up, Ben speaking; notes, a decision
/// and an action on each item; the confidential item on the table when `confidential`.
fn meeting(confidential: bool) -> Meeting {
    let agenda = agenda::from_str(AGENDA, Path::new("t.ron")).unwrap();
    let mut m = Meeting::new(agenda, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    for name in [EVE, "Ben"] {
        let mark = Event::AttendanceMarked {
            person: name.into(),
            attendance: Attendance::Present,
        };
        apply(&mut m, -5, mark);
    }
    apply(&mut m, 0, Event::MeetingStarted);
    for item in [0, 1] {
        if item == 1 {
            apply(&mut m, 10, Event::ItemOpened { item: 1 });
        }
        let note = Event::NoteAdded {
            item,
            text: format!("note-text-{item}"),
        };
        apply(&mut m, 11, note);
        let decision = Event::DecisionRecorded {
            item,
            text: format!("decision-text-{item}"),
            vote: Vote::Consensus,
        };
        apply(&mut m, 12, decision);
        let action = Event::ActionAdded {
            item,
            text: format!("action-text-{item}"),
            owner: "Ben".into(),
            due: None,
            private: None,
        };
        apply(&mut m, 13, action);
        if !confidential {
            break;
        }
    }
    apply(&mut m, 20, Event::PageClaimed { person: EVE.into() });
    let hand = Event::PageHand {
        person: EVE.into(),
        up: true,
        kind: HandKind::Hand,
        side: None,
    };
    apply(&mut m, 21, hand);
    let floor = Event::FloorGiven {
        person: "Ben".into(),
        by_override: false,
    };
    apply(&mut m, 22, floor);
    m
}

/// The whole page and every part alone, for a device holding Eve's name and for one holding
/// none.
fn everything(m: &Meeting) -> Vec<String> {
    let shared = Shared::of(m, at(30), Lang::En);
    let now = at(30).timestamp_millis();
    let mut out = Vec::new();
    for you in [shared.you(m, Some((EVE, 1))), shared.you(m, None)] {
        out.push(page::whole(
            &shared,
            &you,
            "/m/tok",
            now,
            "Said <b>\"this\"</b>",
        ));
        for name in page::PARTS {
            out.push(page::part(name, &shared, &you, "/m/tok", now));
        }
    }
    out
}

#[test]
fn every_text_from_the_agenda_and_the_meeting_is_escaped() {
    let m = meeting(false);
    for html in everything(&m) {
        for raw in ["<script>", "<b>", "<img", "alert(\"t\")", "\"<", ">\""] {
            assert!(!html.contains(raw), "{raw} unescaped in {html}");
        }
    }
    let shared = Shared::of(&m, at(30), Lang::En);
    let whole = page::whole(&shared, &shared.you(&m, None), "/m/tok", 0, "");
    assert!(
        whole.contains("<h1>Board &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; co</h1>")
    );
    assert!(whole.contains("Motion: buy &quot;&lt;img src=x&gt;&quot; now"));
    assert_eq!(whole.matches("<h1").count(), 1, "one h1");
    for landmark in ["<header", "<main", "<footer", "aria-live=\"polite\""] {
        assert!(whole.contains(landmark), "{landmark}");
    }
    let mine = page::whole(&shared, &shared.you(&m, Some((EVE, 1))), "/m/tok", 0, "");
    assert!(mine.contains("Your hand, Eve &quot;&lt;script&gt;x&lt;/script&gt;&quot;"));
    assert!(mine.contains("You are next."));
    assert!(mine.contains("data-announce=\"You are next\""));
    assert!(mine.contains("Lower my hand"));
    assert!(mine.contains("(you)"));
}

#[test]
fn notes_decisions_actions_and_a_confidential_item_s_content_never_leave_the_room() {
    for confidential in [false, true] {
        let m = meeting(confidential);
        for html in everything(&m) {
            for secret in [
                "note-text",
                "decision-text",
                "action-text",
                "the secret plan",
            ] {
                assert!(!html.contains(secret), "{secret} on the page: {html}");
            }
        }
    }
    let m = meeting(true);
    let shared = Shared::of(&m, at(30), Lang::En);
    let item = page::part("item", &shared, &You::none(), "/m/tok", 0);
    assert!(
        item.contains("Staff matter") && item.contains("Confidential"),
        "{item}"
    );
    assert!(
        !item.contains("Decision") && !item.contains("data-at"),
        "{item}"
    );
    // Hands work as usual on it.
    let mine = page::part("you", &shared, &shared.you(&m, Some((EVE, 1))), "/m/tok", 0);
    assert!(mine.contains("Lower my hand"), "{mine}");
}

#[test]
fn a_device_with_an_earlier_claim_or_none_is_asked_who_it_is() {
    let m = meeting(false);
    let shared = Shared::of(&m, at(30), Lang::En);
    for claim in [None, Some((EVE, 2)), Some(("Ben", 1)), Some(("Nobody", 1))] {
        let you = shared.you(&m, claim);
        assert!(matches!(you, You::Unclaimed { .. }), "{claim:?}");
        let html = page::part("you", &shared, &you, "/m/tok", 0);
        assert!(html.contains("Who are you?"));
        assert!(
            html.contains("taken on another device"),
            "Eve's name is taken"
        );
        assert!(html.contains("value=\"Ben\">I am Ben</button>"));
    }
}

#[test]
fn parts_compare_equal_while_only_the_clocks_count_down() {
    let m = meeting(false);
    assert_eq!(
        Shared::of(&m, at(30), Lang::En),
        Shared::of(&m, at(45), Lang::En)
    );
    let mut paused = m.clone();
    apply(&mut paused, 40, Event::ClockPaused { role: None });
    let (one, two) = (
        Shared::of(&paused, at(41), Lang::En),
        Shared::of(&paused, at(59), Lang::En),
    );
    assert_eq!(one, two, "a paused clock stands still");
    assert_ne!(Shared::of(&m, at(40), Lang::En).item, one.item);
}

#[test]
fn clock_words_match_the_wall_s() {
    assert_eq!(page::time_words(Lang::En, 252_000), "04:12 left");
    assert_eq!(page::time_words(Lang::En, 999), "00:00 left");
    assert_eq!(page::time_words(Lang::En, -65_000), "+01:05 over");
    assert_eq!(page::time_words(Lang::En, -1), "+00:01 over");
    assert_eq!(page::time_words(Lang::En, 3_723_000), "1:02:03 left");
}
