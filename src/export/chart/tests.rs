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
    let why = chart_svg(&report(&[], Vec::new())).unwrap_err();
    assert_eq!(why, ChartError::NoMeeting);
    assert_eq!(why.said(Lang::En), "there is no meeting to chart");
    assert_eq!(why.said(Lang::Es), "no hay ninguna reunión que dibujar");
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

/// A text's box in the SVG, from its position, anchor, shift, size and rotation.
fn text_box(node: roxmltree::Node) -> labels::Box2 {
    let number = |name: &str| {
        node.attribute(name)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let (x, y, size) = (number("x"), number("y"), number("font-size"));
    let words = node.text().unwrap_or("").trim();
    let width = labels::text_width(words, size);
    // Every text's y is its baseline: the writer shifts none with dy.
    let shift = match node.attribute("dy") {
        None => 0.0,
        Some(other) => panic!("a shift the test does not know: {other}"),
    };
    let (left, right) = match node.attribute("text-anchor").unwrap_or("start") {
        "middle" => (-width / 2.0, width / 2.0),
        "end" => (-width, 0.0),
        _ => (0.0, width),
    };
    let (top, bottom) = (shift - 0.9 * size, shift + 0.25 * size);
    match node.attribute("transform") {
        None => labels::Box2 {
            left: x + left,
            top: y + top,
            right: x + right,
            bottom: y + bottom,
        },
        // rotate(270): reading upwards, the text's "down" to the right.
        Some(t) if t.starts_with("rotate(270") => labels::Box2 {
            left: x + top,
            top: y - right,
            right: x + bottom,
            bottom: y - left,
        },
        Some(other) => panic!("a transform the test does not know: {other}"),
    }
}

/// Every straight line drawn: lines, polylines, and the edges of stroked rectangles.
fn segments(doc: &roxmltree::Document) -> Vec<((f64, f64), (f64, f64))> {
    let mut found = Vec::new();
    for node in doc.descendants() {
        let number = |name: &str| {
            node.attribute(name)
                .and_then(|v| v.parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        match node.tag_name().name() {
            "line" => found.push(((number("x1"), number("y1")), (number("x2"), number("y2")))),
            "polyline" => {
                let points: Vec<(f64, f64)> = node
                    .attribute("points")
                    .unwrap_or("")
                    .split_whitespace()
                    .filter_map(|p| {
                        let (x, y) = p.split_once(',')?;
                        Some((x.parse().ok()?, y.parse().ok()?))
                    })
                    .collect();
                found.extend(points.windows(2).map(|w| (w[0], w[1])));
            }
            "rect" if node.attribute("stroke").is_some_and(|s| s != "none") => {
                let (x, y) = (number("x"), number("y"));
                let (w, h) = (number("width"), number("height"));
                let corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)];
                found.extend((0..4).map(|i| (corners[i], corners[(i + 1) % 4])));
            }
            "path" => panic!("a path the test does not read"),
            _ => {}
        }
    }
    found
}

/// Markers (circles) as boxes.
fn circles(doc: &roxmltree::Document) -> Vec<labels::Box2> {
    doc.descendants()
        .filter(|n| n.has_tag_name("circle"))
        .map(|n| {
            let number = |name: &str| {
                n.attribute(name)
                    .and_then(|v| v.parse::<f64>().ok())
                    .unwrap_or(0.0)
            };
            labels::Box2::around(number("cx"), number("cy"), number("r"))
        })
        .collect()
}

/// Where a text touches a line, a marker or another text.
fn collisions(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("well-formed XML");
    let texts: Vec<(String, labels::Box2)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| (n.text().unwrap_or("").trim().to_string(), text_box(n)))
        .collect();
    let lines = segments(&doc);
    let markers = circles(&doc);
    let mut found = Vec::new();
    for (i, (words, body)) in texts.iter().enumerate() {
        for &(a, b) in &lines {
            if body.crossed_by(a, b) {
                found.push(format!("{words:?} {body:?} touches the line {a:?}–{b:?}"));
            }
        }
        for marker in &markers {
            if body.overlaps(marker) {
                found.push(format!("{words:?} touches a marker at {marker:?}"));
            }
        }
        for (other, other_body) in &texts[i + 1..] {
            if body.overlaps(other_body) {
                found.push(format!("{words:?} touches {other:?}"));
            }
        }
    }
    found
}

fn assert_legible(svg: &str, what: &str) {
    let found = collisions(svg);
    assert!(found.is_empty(), "{what}: {found:#?}");
}

#[test]
fn the_check_sees_a_label_on_a_line_or_a_label() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
<polyline points="0,96 200,96 "/>
<text x="100" y="100" text-anchor="middle" font-size="14">54%</text>
<text x="300" y="100" text-anchor="middle" font-size="14">3 of 7</text>
<text x="310" y="104" text-anchor="middle" font-size="13">4 of 7</text>
</svg>"##;
    let found = collisions(svg);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].starts_with("\"54%\""), "{found:#?}");
    assert!(
        found[1].starts_with("\"3 of 7\" touches \"4 of 7\""),
        "{found:#?}"
    );
}

/// A meeting of the report made up: the customers' share of the airtime in whole percent, their
/// target, the items they proposed of all.
fn row(day: u32, percent: i64, target: Option<f64>, items: (u32, u32)) -> crate::export::Row {
    crate::export::Row {
        journal: format!("board-{day}.jsonl"),
        date: chrono::NaiveDate::from_ymd_opt(2026, 1, day).unwrap(),
        present: vec![("Members".into(), 5), ("Staff".into(), 3)],
        customer_airtime: chrono::TimeDelta::seconds(percent * 10),
        airtime: chrono::TimeDelta::seconds(1000),
        customer_target: target,
        items: items.1,
        customer_items: items.0,
        decisions: 1,
        voiced: Some(1),
        actions: None,
    }
}

fn made_up(customers: &str, rows: Vec<crate::export::Row>) -> Report {
    Report {
        title: "Board".into(),
        customers: customers.into(),
        customer_groups: 1,
        groups: vec!["Members".into(), "Staff".into()],
        rows,
        left_out: Vec::new(),
        lang: crate::lang::Lang::En,
    }
}

#[test]
fn no_label_touches_a_line_or_another_label() {
    assert_legible(&chart_svg(&series()).unwrap(), "the series");
    let one = report(&[meeting("family-council-2026-11-24.jsonl")], Vec::new());
    assert_legible(&chart_svg(&one).unwrap(), "one meeting");
    // The airtime on its target, the items on the airtime: every label has the worst start.
    let on_target = made_up(
        "Members",
        vec![
            row(1, 54, Some(0.54), (3, 6)),
            row(2, 50, Some(0.5), (3, 6)),
            row(3, 54, Some(0.54), (6, 11)),
        ],
    );
    assert_legible(&chart_svg(&on_target).unwrap(), "on target");
    let edges = made_up(
        "Members",
        vec![
            row(4, 100, Some(0.6), (7, 7)),
            row(5, 0, Some(0.6), (0, 7)),
            row(6, 2, None, (0, 5)),
        ],
    );
    assert_legible(&chart_svg(&edges).unwrap(), "at 0% and 100%");
    let year: Vec<_> = (1..=12)
        .map(|m| row(m, if m % 2 == 0 { 70 } else { 45 }, Some(0.6), (m % 4, 6)))
        .collect();
    assert_legible(
        &chart_svg(&made_up("Family members, carers and self-advocates", year)).unwrap(),
        "a year",
    );
}

#[test]
fn the_chart_has_a_title_and_a_text_alternative() {
    let svg = chart_svg(&series()).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    assert_eq!(root.attribute("role"), Some("img"));
    assert_eq!(
        root.attribute("aria-labelledby"),
        Some("chart-title chart-desc")
    );
    let text_of = |tag: &str| {
        let node = root
            .children()
            .find(|n| n.has_tag_name(tag))
            .unwrap_or_else(|| panic!("<{tag}>"));
        node.text().unwrap_or("").to_string()
    };
    assert_eq!(
        text_of("title"),
        "Family Council: the voice of Family members"
    );
    let desc = text_of("desc");
    for wanted in [
        "A line chart of 3 meetings, from 27 October 2026 to 15 December 2026",
        "27 October 2026: 41% of the airtime (target 60%); 2 of 7 items proposed by Family members.",
        "15 December 2026: 75% of the airtime (target 60%); 4 of 7 items proposed by Family members.",
    ] {
        assert!(desc.contains(wanted), "{wanted:?} in {desc:?}");
    }
}
