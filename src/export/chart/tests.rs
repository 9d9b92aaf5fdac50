//! The chart parsed back as XML: a well-formed SVG document with its title, axis labels, key,
//! and one marker and one value label per meeting for each series.

use std::path::Path;

use super::*;
use crate::export::report::{Left, report};
use crate::meeting::Meeting;

fn meeting(name: &str) -> (String, Meeting) {
    let path = Path::new("tests/fixtures/follow").join(name);
    let contents = crate::store::journal::read(&path).unwrap();
    let meeting = crate::store::journal::replay(&path, &contents).unwrap();
    (name.to_string(), meeting)
}

fn series() -> Report {
    let meetings = [
        "family-council-2026-10-27.jsonl",
        "family-council-2026-11-24.jsonl",
        "family-council-2026-12-15.jsonl",
    ]
    .map(meeting);
    report(&meetings, Vec::<Left>::new())
}

/// Every text element's words, in document order.
fn texts(doc: &roxmltree::Document) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").trim().to_string())
        .collect()
}

#[test]
fn the_chart_is_svg_with_every_series_labelled() {
    let svg = chart_svg(&series()).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert!(doc.root_element().has_tag_name("svg"));
    let texts = texts(&doc);
    for wanted in [
        "Family Council: the voice of Family members",
        "Meeting",
        "Share (%)",
        "Airtime of Family members",
        "Items proposed by Family members",
        "Target airtime (60%)",
        "27 Oct 2026",
        "24 Nov 2026",
        "15 Dec 2026",
        // Each point says its value, so the chart reads without colour.
        "41%",
        "70%",
        "75%",
        "2 of 7",
        "3 of 7",
        "4 of 7",
    ] {
        assert!(texts.iter().any(|t| t == wanted), "{wanted:?} in {texts:?}");
    }
    let circles = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .count();
    assert_eq!(
        circles,
        3 + 1,
        "a filled circle per meeting, and one in the key"
    );
}

#[test]
fn the_chart_uses_no_colour_but_black_white_and_grey() {
    let svg = chart_svg(&series()).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    for node in doc.descendants() {
        for attribute in ["fill", "stroke"] {
            if let Some(colour) = node.attribute(attribute) {
                let grey = colour == "none"
                    || colour.starts_with('#')
                        && colour.len() == 7
                        && colour[1..3] == colour[3..5]
                        && colour[3..5] == colour[5..7];
                assert!(
                    grey,
                    "{attribute}={colour:?} on <{}>",
                    node.tag_name().name()
                );
            }
        }
    }
}

#[test]
fn titles_from_files_are_escaped() {
    let mut meetings = [meeting("family-council-2026-10-27.jsonl")];
    let mut agenda = meetings[0].1.agenda().clone();
    agenda.title = "Tom & Jerry <Board> \u{1b}[2J".into();
    meetings[0].1 = Meeting::replay(agenda, meetings[0].1.date(), 3, std::iter::empty()).unwrap();
    let mut started = meetings[0].1.clone();
    started
        .apply(&crate::meeting::Record {
            at: crate::testing::at(0),
            proposal: None,
            event: crate::meeting::Event::MeetingStarted,
        })
        .unwrap();
    meetings[0].1 = started;
    let svg = chart_svg(&report(&meetings, Vec::new())).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert!(
        texts(&doc)
            .iter()
            .any(|t| t.starts_with("Tom & Jerry <Board>") && !t.contains('\u{1b}')),
        "{:?}",
        texts(&doc)
    );
}

#[test]
fn no_meeting_no_chart() {
    assert!(chart_svg(&report(&[], Vec::new())).is_err());
}

#[test]
fn one_meeting_is_charted_too() {
    let report = report(&[meeting("family-council-2026-11-24.jsonl")], Vec::new());
    let svg = chart_svg(&report).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let texts = texts(&doc);
    assert!(texts.iter().any(|t| t == "24 Nov 2026"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "70%"), "{texts:?}");
}
