//! The exports as a member reads them the next day: a correction at the end of its entry, and
//! no date broken across two lines in any plain-text export, for every fixture journal and
//! every example agenda.

use std::path::Path;

use chrono::FixedOffset;

use crate::export::*;
use crate::meeting::Meeting;

fn journal(path: &str) -> Meeting {
    let path = Path::new(path);
    let contents = crate::store::journal::read(path).unwrap();
    crate::store::journal::replay(path, &contents).unwrap()
}

const JOURNALS: [&str; 4] = [
    "tests/fixtures/advisory-group.jsonl",
    "tests/fixtures/follow/family-council-2026-10-27.jsonl",
    "tests/fixtures/follow/family-council-2026-11-24.jsonl",
    "tests/fixtures/follow/family-council-2026-12-15.jsonl",
];

fn options() -> Options {
    Options {
        offset: FixedOffset::east_opt(3600).unwrap(),
        include_confidential: false,
        now: "2026-12-20T12:00:00Z".parse().unwrap(),
        lang: crate::lang::Lang::En,
    }
}

#[test]
fn a_correction_is_said_at_the_end_of_its_entry() {
    let meeting = journal(JOURNALS[0]);
    for format in [Format::Minutes, Format::Markdown] {
        let text = render(&meeting, format, &options());
        assert!(!text.contains("(corrected)"), "{format:?}");
        let entry: String = text
            .split("\n- ")
            .find(|e| e.starts_with("Decision: Fund two full-time"))
            .unwrap()
            .split("\n\n")
            .next()
            .unwrap()
            .to_owned();
        assert!(
            entry
                .trim_end()
                .ends_with("(0 of 2). Corrected after it was recorded."),
            "{format:?}: {entry}"
        );
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Where a line ends and the next begins inside a date: `Tuesday` / `1 December`, `1` /
/// `December`, `December` / `2026`.
fn broken_date(text: &str) -> Option<(String, String)> {
    let word = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let is = |w: &str, names: &[&str]| {
        names
            .iter()
            .any(|n| *n == w || (w.len() == 3 && n.starts_with(w)))
    };
    let day = |w: &str| w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)) && w.len() <= 2;
    let lines: Vec<&str> = text.lines().collect();
    for pair in lines.windows(2) {
        let (Some(last), Some(next)) = (
            pair[0].split_whitespace().last().map(word),
            pair[1].split_whitespace().next().map(word),
        ) else {
            continue;
        };
        let broken = (is(&last, &DAYS) && (day(&next) || is(&next, &MONTHS)))
            || (day(&last) && is(&next, &MONTHS))
            || (is(&last, &MONTHS) && next.len() == 4 && next.chars().all(|c| c.is_ascii_digit()));
        if broken {
            return Some((pair[0].to_owned(), pair[1].to_owned()));
        }
    }
    None
}

#[test]
fn the_checker_sees_a_broken_date() {
    assert!(broken_date("due on Tuesday\n1 December").is_some());
    assert!(broken_date("Council, 3\nDecember 2026").is_some());
    assert!(broken_date("in December\n2026 we").is_some());
    assert!(broken_date("Council,\n3 December 2026").is_none());
}

#[test]
fn no_date_is_broken_across_lines_in_any_export() {
    for path in JOURNALS {
        let meeting = journal(path);
        for &format in Format::ALL {
            let text = render(&meeting, format, &options());
            assert_eq!(broken_date(&text), None, "{path} {format:?}");
        }
    }
    let meetings: Vec<(String, Meeting)> = JOURNALS[1..]
        .iter()
        .map(|p| (p.to_string(), journal(p)))
        .collect();
    let report = report(&meetings, Vec::new());
    for format in [ReportFormat::Text, ReportFormat::Markdown] {
        assert_eq!(
            broken_date(&report.render(format)),
            None,
            "report {format:?}"
        );
    }
    for entry in std::fs::read_dir("agendas").unwrap() {
        let path = entry.unwrap().path();
        let src = std::fs::read_to_string(&path).unwrap();
        let agenda = crate::agenda::from_str(&src, &path).unwrap();
        let text = to_text(&agenda_document(&agenda));
        assert_eq!(broken_date(&text), None, "{}", path.display());
    }
}

/// Easy Read minutes say who sent apologies, which items were not reached and the notes on
/// each item, after the decisions and the jobs.
#[test]
fn easy_read_minutes_have_what_a_member_needs_decisions_first() {
    let meeting = journal(JOURNALS[0]);
    let text = render(&meeting, Format::EasyRead, &options());
    let at = |what: &str| {
        text.find(what)
            .unwrap_or_else(|| panic!("{what:?} in\n{text}"))
    };
    let order = [
        "What we decided",
        "Who will do what",
        "What we talked about",
        "What we did not get to",
        "Who came",
        "These people told us they could not come:\n\n- Chris Doyle",
    ];
    for pair in order.windows(2) {
        assert!(at(pair[0]) < at(pair[1]), "{pair:?}");
    }
    assert!(
        at(
            "Acknowledgement and welcome\n\n- Rangi acknowledged the traditional owners of the land."
        ) > at("What we talked about")
    );
    let missed = &text[at("What we did not get to")..at("Who came")];
    assert!(
        missed.contains("- Clinical governance report\n- Reflections and close"),
        "{missed}"
    );
    assert!(text.contains(
        "Peer support worker roles in the new budget\n\n- What we decided is at the top."
    ));
    // The confidential item's notes stay out, as in every export.
    assert!(text.contains(
        "Discharge planning: what happened to us\n\n- What people said about this is private."
    ));
    assert!(!text.contains("two days of medication"));
}
