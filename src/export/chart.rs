//! The report's chart, as a board would put it in its annual report: the customer groups'
//! share of the airtime at each meeting against their target, and the share of the agenda
//! items they proposed. It reads printed in black and white: each series has its own line
//! (solid, dashed, dotted) and marker (filled circle, open square), and every point is
//! labelled with its value, in a place where the label touches no line, no marker and no other
//! label (see `labels`). The SVG has a title and a text alternative (`<title>`, `<desc>`) that
//! says every value in words, for a screen reader or a document that cannot show pictures.
//! Written by our own small SVG writer (`svg`) into a string: pure, no files, and no charting
//! library's generic code in the binary. Its words are in the report's language (`report.ftl`).

mod labels;
mod svg;

use chrono::Datelike;

use super::report::{Report, date};
use crate::lang::Lang;
use crate::tr;
use labels::{Box2, Obstacles, Placed, place};
use svg::{Anchor, BLACK, GREY, Point, Stroke, Svg, Text, WHITE};

const HEIGHT: u32 = 600;
/// The key's three rows, under the plot.
const LEGEND: f64 = 100.0;
/// Space around the chart, the caption's band above the plot (its text and 5 pixels either
/// side), and the bands for the axes' labels: the dates below, the percents to the left.
const MARGIN: f64 = 20.0;
const CAPTION: f64 = 27.0;
const X_LABELS: f64 = 50.0;
const Y_LABELS: f64 = 60.0;
/// The y axis runs past 100% so a point at 100% and its marker stay inside the plot.
const TOP_PERCENT: f64 = 105.0;
/// Text sizes in the SVG's pixels: the caption, the axes' descriptions, their tick labels, the
/// key, and the value labels (the airtime's, the items').
const CAPTION_SIZE: f64 = 17.7;
const DESC_SIZE: f64 = 12.9;
const TICK_SIZE: f64 = 11.3;
const KEY_SIZE: f64 = 12.1;
const AIRTIME_LABEL: f64 = 14.0;
const ITEMS_LABEL: f64 = 13.0;
/// Where the baseline is, in ems: below a text's top, and below its middle.
const TOP_TO_BASELINE: f64 = 0.76;
const MIDDLE_TO_BASELINE: f64 = 0.25;
/// How far a marker reaches from its point.
const MARKER: f64 = 6.0;

/// The lines: the axes and the squares' borders, the airtime, the items, the target.
const THIN: Stroke = Stroke {
    colour: BLACK,
    width: 1.0,
    dashes: None,
};
const AIRTIME: Stroke = Stroke {
    colour: BLACK,
    width: 3.0,
    dashes: None,
};
const ITEMS: Stroke = Stroke {
    colour: BLACK,
    width: 2.0,
    dashes: Some((3.0, 5.0)),
};
const TARGET: Stroke = Stroke {
    colour: GREY,
    width: 2.0,
    dashes: Some((10.0, 6.0)),
};

/// Why no chart was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChartError {
    /// The report holds no meeting.
    NoMeeting,
}

impl ChartError {
    /// Why, in the report's language.
    pub fn said(&self, lang: Lang) -> String {
        match self {
            ChartError::NoMeeting => tr!(lang, "report-chart-no-meeting"),
        }
    }
}

/// The chart as an SVG document; an error when there is no meeting to chart.
pub fn chart_svg(report: &Report) -> Result<String, ChartError> {
    if report.rows.is_empty() {
        return Err(ChartError::NoMeeting);
    }
    let meetings = u32::try_from(report.rows.len()).unwrap_or(u32::MAX);
    let width = meetings.saturating_mul(90).saturating_add(160).max(820);
    let frame = Frame::new(width, report.rows.len());
    let mut svg = Svg::new(width, HEIGHT, &title(report), &text_alternative(report));
    let whole = (f64::from(width), f64::from(HEIGHT));
    svg.rect((0.0, 0.0), whole, WHITE, None);
    draw_words(&mut svg, report, &frame);
    draw_y_axis(&mut svg, report.lang, &frame);
    draw_x_axis(&mut svg, report, &frame);
    let series = Series::of(report, &frame);
    draw_series(&mut svg, &series);
    let customers = report.customers_words();
    draw_legend(&mut svg, report.lang, &customers, target_words(report));
    for label in value_labels(&series, &frame) {
        svg.text(&text(
            &label.text,
            (label.x, label.baseline),
            label.size,
            Anchor::Middle,
        ));
    }
    Ok(svg.finish())
}

/// The plot's box in the SVG's pixels, and how values map into it: meeting `i` sits at `i` on
/// an x axis from -0.5 to `count - 0.5` (half a step either side of each), and the y axis runs
/// from 0% at the bottom to 105% at the top.
#[derive(Debug, Clone, Copy)]
struct Frame {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
    meetings: f64,
}

impl Frame {
    fn new(width: u32, meetings: usize) -> Self {
        Self {
            left: MARGIN + Y_LABELS,
            top: MARGIN + CAPTION,
            right: f64::from(width) - MARGIN,
            bottom: f64::from(HEIGHT) - LEGEND - MARGIN - X_LABELS,
            meetings: meetings as f64,
        }
    }

    fn x(&self, meeting: f64) -> f64 {
        self.left + (meeting + 0.5) / self.meetings * (self.right - self.left)
    }

    fn y(&self, percent: f64) -> f64 {
        self.bottom - percent / TOP_PERCENT * (self.bottom - self.top)
    }

    fn at(&self, meeting: usize, percent: f64) -> Point {
        (self.x(meeting as f64), self.y(percent))
    }
}

/// A text at a point, read left to right.
fn text(words: &str, (x, baseline): Point, size: f64, anchor: Anchor) -> Text<'_> {
    Text {
        words,
        x,
        baseline,
        size,
        anchor,
        upright: false,
    }
}

/// The caption above the plot, and what each axis measures beside it.
fn draw_words(svg: &mut Svg, report: &Report, frame: &Frame) {
    let top = MARGIN + 5.0 + TOP_TO_BASELINE * CAPTION_SIZE;
    let centre = (MARGIN + frame.right) / 2.0;
    svg.text(&text(
        &title(report),
        (centre, top),
        CAPTION_SIZE,
        Anchor::Middle,
    ));
    let share = tr!(report.lang, "report-chart-share");
    let left = (
        MARGIN + TOP_TO_BASELINE * DESC_SIZE,
        (frame.top + frame.bottom) / 2.0,
    );
    let upright = text(&share, left, DESC_SIZE, Anchor::Middle);
    svg.text(&Text {
        upright: true,
        ..upright
    });
    let meeting = tr!(report.lang, "report-chart-meeting");
    let under = (
        (frame.left + frame.right) / 2.0,
        frame.bottom + X_LABELS - MIDDLE_TO_BASELINE * DESC_SIZE,
    );
    svg.text(&text(&meeting, under, DESC_SIZE, Anchor::Middle));
}

/// The y axis, with a tick and its percent every 10 from 0 to 100. No grid: every point says
/// its value, and a grid line would run through the labels.
fn draw_y_axis(svg: &mut Svg, lang: Lang, frame: &Frame) {
    svg.line((frame.left, frame.top), (frame.left, frame.bottom), THIN);
    for tenth in 0..=10 {
        let y = frame.y(f64::from(tenth * 10));
        svg.line((frame.left - 5.0, y), (frame.left, y), THIN);
        let label = tr!(lang, "report-percent", share = (tenth * 10).to_string());
        let at = (frame.left - 10.0, y + MIDDLE_TO_BASELINE * TICK_SIZE);
        svg.text(&text(&label, at, TICK_SIZE, Anchor::End));
    }
}

/// The x axis, with a tick and its date under each meeting.
fn draw_x_axis(svg: &mut Svg, report: &Report, frame: &Frame) {
    let (left, right) = ((frame.left, frame.bottom), (frame.right, frame.bottom));
    svg.line(left, right, THIN);
    for (i, row) in report.rows.iter().enumerate() {
        let x = frame.x(i as f64);
        svg.line((x, frame.bottom), (x, frame.bottom + 5.0), THIN);
        let day = tr!(
            report.lang,
            "report-chart-date",
            day = row.date.day(),
            month = row.date.month(),
            year = row.date.year()
        );
        let at = (x, frame.bottom + 10.0 + TOP_TO_BASELINE * TICK_SIZE);
        svg.text(&text(&day, at, TICK_SIZE, Anchor::Middle));
    }
}

/// The chart's points in pixels: the target's line across each meeting that has one, the
/// airtime's points and the items' points, each with its label ("64%", "2 of 5").
struct Series {
    targets: Vec<(Point, Point)>,
    airtime: Vec<(String, Point)>,
    items: Vec<(String, Point)>,
}

impl Series {
    fn of(report: &Report, frame: &Frame) -> Self {
        let targets = report.rows.iter().enumerate().filter_map(|(i, row)| {
            let y = frame.y(row.customer_target? * 100.0);
            let x = frame.x(i as f64);
            let half = (frame.x(1.0) - frame.x(0.0)) / 2.0;
            Some(((x - half, y), (x + half, y)))
        });
        let airtime = report.rows.iter().enumerate().filter_map(|(i, row)| {
            let share = row.customer_share()?;
            Some((percent(report.lang, share), frame.at(i, share * 100.0)))
        });
        let items = report.rows.iter().enumerate().filter_map(|(i, row)| {
            let percent = row.customer_item_share()? * 100.0;
            let words = tr!(
                report.lang,
                "report-of",
                part = row.customer_items,
                whole = row.items
            );
            Some((words, frame.at(i, percent)))
        });
        Self {
            targets: targets.collect(),
            airtime: airtime.collect(),
            items: items.collect(),
        }
    }

    fn airtime_points(&self) -> Vec<Point> {
        self.airtime.iter().map(|&(_, p)| p).collect()
    }

    fn item_points(&self) -> Vec<Point> {
        self.items.iter().map(|&(_, p)| p).collect()
    }
}

/// The target (a long-dashed grey line across each meeting that has one), the airtime (a
/// solid black line with filled circles) and the items proposed (a dotted line with open
/// squares), each drawn over the one before.
fn draw_series(svg: &mut Svg, series: &Series) {
    for &(from, to) in &series.targets {
        svg.line(from, to, TARGET);
    }
    let airtime = series.airtime_points();
    svg.polyline(&airtime, AIRTIME);
    for &point in &airtime {
        svg.circle(point, MARKER, BLACK);
    }
    let items = series.item_points();
    svg.polyline(&items, ITEMS);
    for &point in &items {
        square(svg, point);
    }
}

/// An open square: white inside, so the dotted line does not show through, with a black border.
fn square(svg: &mut Svg, (x, y): Point) {
    let side = 2.0 * MARKER;
    svg.rect((x - MARKER, y - MARKER), (side, side), WHITE, Some(THIN));
}

/// The value labels, each placed clear of every line and marker, and of each other.
fn value_labels(series: &Series, frame: &Frame) -> Vec<Placed> {
    let mut obstacles = Obstacles::default();
    obstacles.lines.extend(series.targets.iter().copied());
    let (points, squares) = (series.airtime_points(), series.item_points());
    for line in [&points, &squares] {
        obstacles
            .lines
            .extend(line.windows(2).map(|w| (w[0], w[1])));
    }
    let reach = MARKER + 1.0;
    for &(x, y) in points.iter().chain(&squares) {
        obstacles.boxes.push(Box2::around(x, y, reach));
    }
    let area = Box2 {
        left: frame.left + 2.0,
        top: frame.top,
        right: frame.right,
        bottom: frame.bottom - 2.0,
    };
    let airtime = (series.airtime.iter()).map(|(label, p)| (label.clone(), AIRTIME_LABEL, *p));
    let items = (series.items.iter()).map(|(label, p)| (label.clone(), ITEMS_LABEL, *p));
    let mut placed = Vec::new();
    for (text, size, point) in airtime.chain(items) {
        let spot = place(&text, size, point, reach, area, &mut obstacles);
        // Nowhere free (a chart crowded beyond reading): above the point, as it would be.
        placed.push(spot.unwrap_or(Placed {
            baseline: point.1 - reach - 4.0,
            x: point.0,
            text,
            size,
        }));
    }
    placed
}

/// `64%`: a share as a whole number of percent.
fn percent(lang: Lang, share: f64) -> String {
    tr!(
        lang,
        "report-percent",
        share = format!("{:.0}", share * 100.0)
    )
}

/// The chart's title, as its caption says it.
fn title(report: &Report) -> String {
    tr!(
        report.lang,
        "report-chart-title",
        title = &report.title,
        customers = report.customers_words()
    )
}

/// The chart in words: what it shows, then each meeting's values.
fn text_alternative(report: &Report) -> String {
    let (lang, customers) = (report.lang, report.customers_words());
    let (first, last) = match (report.rows.first(), report.rows.last()) {
        (Some(first), Some(last)) => (first.date, last.date),
        _ => return String::new(),
    };
    let mut words = tr!(
        lang,
        "report-chart-about",
        count = report.rows.len(),
        first = date(lang, first),
        last = date(lang, last),
        customers = &customers
    );
    for row in &report.rows {
        let airtime = match row.customer_share() {
            Some(share) => tr!(lang, "report-chart-airtime", share = percent(lang, share)),
            None => tr!(lang, "report-chart-nobody-spoke"),
        };
        let sentence = match row.customer_target {
            Some(target) => tr!(
                lang,
                "report-chart-meeting-target",
                date = date(lang, row.date),
                airtime = airtime,
                target = percent(lang, target),
                part = row.customer_items,
                whole = row.items,
                customers = &customers
            ),
            None => tr!(
                lang,
                "report-chart-meeting-values",
                date = date(lang, row.date),
                airtime = airtime,
                part = row.customer_items,
                whole = row.items,
                customers = &customers
            ),
        };
        words.push(' ');
        words.push_str(&sentence);
    }
    words
}

/// The target in the key: `Target airtime (60%)`, or without a figure when it changed
/// between meetings; `None` when no meeting had one.
fn target_words(report: &Report) -> Option<String> {
    let lang = report.lang;
    let mut targets: Vec<f64> = report
        .rows
        .iter()
        .filter_map(|r| r.customer_target)
        .collect();
    targets.dedup_by(|a, b| (*a - *b).abs() < 0.005);
    match targets.as_slice() {
        [] => None,
        [one] => Some(tr!(
            lang,
            "report-chart-target-of",
            target = percent(lang, *one)
        )),
        _ => Some(tr!(lang, "report-chart-target")),
    }
}

/// The key under the chart, a row for each series: its line and marker, and its name in
/// words. Rows rather than one line, so a long name never runs into the next entry.
fn draw_legend(svg: &mut Svg, lang: Lang, customers: &str, target: Option<String>) {
    let x = 60.0;
    let row = |n: f64| f64::from(HEIGHT) - LEGEND + 20.0 + 26.0 * n;
    let name = |svg: &mut Svg, words: &str, y: f64| {
        let at = (x + 56.0, y + MIDDLE_TO_BASELINE * KEY_SIZE);
        svg.text(&text(words, at, KEY_SIZE, Anchor::Start));
    };
    let y = row(0.0);
    svg.line((x, y), (x + 40.0, y), AIRTIME);
    svg.circle((x + 20.0, y), MARKER, BLACK);
    name(
        svg,
        &tr!(lang, "report-airtime-of", customers = customers),
        y,
    );
    let y = row(1.0);
    svg.line((x, y), (x + 40.0, y), ITEMS);
    square(svg, (x + 20.0, y));
    name(
        svg,
        &tr!(lang, "report-items-proposed-by", customers = customers),
        y,
    );
    if let Some(target) = target {
        let y = row(2.0);
        svg.line((x, y), (x + 40.0, y), TARGET);
        name(svg, &target, y);
    }
}

#[cfg(test)]
mod tests;
