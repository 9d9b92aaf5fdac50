//! The report's chart, as a board would put it in its annual report: the customer groups'
//! share of the airtime at each meeting against their target, and the share of the agenda
//! items they proposed. It reads printed in black and white: each series has its own line
//! (solid, dashed, dotted) and marker (filled circle, open square), and every point is
//! labelled with its value, in a place where the label touches no line, no marker and no other
//! label (see `labels`). The SVG has a title and a text alternative (`<title>`, `<desc>`) that
//! says every value in words, for a screen reader or a document that cannot show pictures.
//! Drawn with plotters' SVG backend into a string: pure, no files. Its words are in the
//! report's language (`report.ftl`).

mod labels;

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use chrono::Datelike;

use super::report::{Report, date};
use crate::lang::Lang;
use crate::text::clean;
use crate::tr;
use labels::{Box2, Obstacles, Placed, place};

const HEIGHT: u32 = 600;
/// The key's three rows, under the plot.
const LEGEND: u32 = 100;
const FONT: &str = "sans-serif";
/// The value labels' sizes, in the SVG's pixels: the airtime's, the items'.
const AIRTIME_LABEL: f64 = 14.0;
const ITEMS_LABEL: f64 = 13.0;
/// How far a marker reaches from its point.
const MARKER: i32 = 6;

/// Why no chart was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChartError {
    /// The report holds no meeting.
    NoMeeting,
    /// The plotting library failed, in its words.
    NotDrawn(String),
}

impl ChartError {
    /// Why, in the report's language.
    pub fn said(&self, lang: Lang) -> String {
        match self {
            ChartError::NoMeeting => tr!(lang, "report-chart-no-meeting"),
            ChartError::NotDrawn(why) => tr!(lang, "report-chart-not-drawn", error = why.clone()),
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
    let mut svg = String::new();
    let placed =
        draw(report, &mut svg, (width, HEIGHT)).map_err(|e| ChartError::NotDrawn(e.to_string()))?;
    Ok(finish(&svg, report, &placed))
}

type Drawn<T = ()> = Result<T, Box<dyn std::error::Error>>;

/// The chart drawn, and the value labels placed (written into the SVG by [`finish`]).
fn draw(report: &Report, svg: &mut String, size: (u32, u32)) -> Drawn<Vec<Placed>> {
    let root = SVGBackend::with_string(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    let (plot, legend) = root.split_vertically(size.1 - LEGEND);
    let lang = report.lang;
    let customers = clean(&report.customers_words()).into_owned();
    let count = report.rows.len() as f64;
    let dates: Vec<String> = report
        .rows
        .iter()
        .map(|r| {
            tr!(
                lang,
                "report-chart-date",
                day = r.date.day(),
                month = r.date.month(),
                year = r.date.year()
            )
        })
        .collect();
    let mut chart = ChartBuilder::on(&plot)
        .caption(clean(&title(report)), (FONT, 22))
        .margin(20)
        .x_label_area_size(50)
        .y_label_area_size(60)
        .build_cartesian_2d(-0.5..count - 0.5, 0f64..105f64)?;
    // No grid: every point says its value, and a grid line would run through the labels.
    chart
        .configure_mesh()
        .disable_x_mesh()
        .disable_y_mesh()
        .y_labels(11)
        .y_label_formatter(&|y| tr!(lang, "report-percent", share = format!("{y:.0}")))
        .x_labels(report.rows.len())
        .x_label_formatter(&|x| {
            // Meetings sit at whole numbers; a tick between them has no label.
            dates
                .iter()
                .enumerate()
                .find(|(i, _)| (*i as f64 - x).abs() < 1e-6)
                .map_or(String::new(), |(_, date)| date.clone())
        })
        .x_desc(tr!(lang, "report-chart-meeting"))
        .y_desc(tr!(lang, "report-chart-share"))
        .axis_desc_style((FONT, 16))
        .label_style((FONT, 14))
        .draw()?;

    let at = |i: usize| i as f64;
    let mut obstacles = Obstacles::default();

    // The target: a long-dashed grey line across each meeting that has one.
    for (i, row) in report.rows.iter().enumerate() {
        if let Some(target) = row.customer_target {
            let y = target * 100.0;
            obstacles
                .lines
                .push((pixel(&chart, at(i) - 0.5, y), pixel(&chart, at(i) + 0.5, y)));
            chart.draw_series(DashedLineSeries::new(
                [(at(i) - 0.5, y), (at(i) + 0.5, y)],
                10,
                6,
                BLACK.mix(0.6).stroke_width(2),
            ))?;
        }
    }

    // Airtime: a solid black line with filled circles, each labelled above.
    let airtime: Vec<(f64, f64)> = report
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.customer_share().map(|s| (at(i), s * 100.0)))
        .collect();
    chart.draw_series(LineSeries::new(airtime.clone(), BLACK.stroke_width(3)))?;
    chart.draw_series(
        airtime
            .iter()
            .map(|&(x, y)| Circle::new((x, y), MARKER, BLACK.filled())),
    )?;

    // Items proposed: a dotted line with open squares, each labelled below ("2 of 5").
    let items: Vec<(f64, f64, String)> = report
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let share = r.customer_item_share()?;
            Some((
                at(i),
                share * 100.0,
                tr!(lang, "report-of", part = r.customer_items, whole = r.items),
            ))
        })
        .collect();
    chart.draw_series(DashedLineSeries::new(
        items.iter().map(|(x, y, _)| (*x, *y)),
        3,
        5,
        BLACK.stroke_width(2),
    ))?;
    let square = [(-MARKER, -MARKER), (MARKER, MARKER)];
    chart.draw_series(items.iter().map(|(x, y, _)| {
        EmptyElement::at((*x, *y))
            + Rectangle::new(square, WHITE.filled())
            + Rectangle::new(square, BLACK.stroke_width(2))
    }))?;

    // The value labels keep clear of every line and marker, and of each other.
    let points: Vec<(f64, f64)> = airtime.iter().map(|&(x, y)| pixel(&chart, x, y)).collect();
    let squares: Vec<(f64, f64)> = items
        .iter()
        .map(|(x, y, _)| pixel(&chart, *x, *y))
        .collect();
    for line in [&points, &squares] {
        obstacles
            .lines
            .extend(line.windows(2).map(|w| (w[0], w[1])));
    }
    let reach = f64::from(MARKER) + 1.0;
    for &(x, y) in points.iter().chain(&squares) {
        obstacles.boxes.push(Box2::around(x, y, reach));
    }
    let (xs, ys) = chart.plotting_area().get_pixel_range();
    let area = Box2 {
        left: f64::from(xs.start) + 2.0,
        top: f64::from(ys.start),
        right: f64::from(xs.end),
        bottom: f64::from(ys.end) - 2.0,
    };
    let mut placed = Vec::new();
    let labels = airtime
        .iter()
        .zip(&points)
        .map(|(&(_, value), &p)| {
            let label = tr!(lang, "report-percent", share = format!("{value:.0}"));
            (label, AIRTIME_LABEL, p)
        })
        .chain(
            items
                .iter()
                .zip(&squares)
                .map(|((_, _, label), &p)| (label.clone(), ITEMS_LABEL, p)),
        );
    for (text, size, point) in labels {
        let spot = place(&text, size, point, reach, area, &mut obstacles);
        // Nowhere free (a chart crowded beyond reading): above the point, as it would be.
        placed.push(spot.unwrap_or(Placed {
            baseline: point.1 - reach - 4.0,
            x: point.0,
            text,
            size,
        }));
    }

    draw_legend(lang, &legend, &customers, target_words(report))?;
    root.present()?;
    Ok(placed)
}

/// Where a point of the chart is in the SVG's pixels.
fn pixel<DB: DrawingBackend>(
    chart: &ChartContext<
        '_,
        DB,
        Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
    >,
    x: f64,
    y: f64,
) -> (f64, f64) {
    let (px, py) = chart.backend_coord(&(x, y));
    (f64::from(px), f64::from(py))
}

/// The SVG with its title and text alternative, and the value labels written in.
fn finish(svg: &str, report: &Report, placed: &[Placed]) -> String {
    let escape = |text: &str| {
        clean(text)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('\u{22}', "&quot;")
    };
    let labels: String = placed
        .iter()
        .map(|p| {
            format!(
                "<text x=\"{:.0}\" y=\"{:.0}\" text-anchor=\"middle\" font-family=\"{FONT}\" font-size=\"{}\" fill=\"#000000\">{}</text>\n",
                p.x,
                p.baseline,
                p.size,
                escape(&p.text)
            )
        })
        .collect();
    let about = format!(
        "<title id=\"chart-title\">{}</title>\n<desc id=\"chart-desc\">{}</desc>\n",
        escape(&title(report)),
        escape(&text_alternative(report))
    );
    let open = svg
        .find("<svg")
        .and_then(|at| svg[at..].find('>').map(|end| at + end + 1));
    let close = svg.rfind("</svg>");
    match (open, close) {
        (Some(open), Some(close)) if open <= close => format!(
            "{} role=\"img\" aria-labelledby=\"chart-title chart-desc\"{}\n{about}{}{labels}{}",
            &svg[..open - 1],
            &svg[open - 1..open],
            &svg[open..close],
            &svg[close..]
        ),
        _ => svg.to_owned(),
    }
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
fn draw_legend(
    lang: Lang,
    area: &DrawingArea<SVGBackend, plotters::coord::Shift>,
    customers: &str,
    target: Option<String>,
) -> Drawn {
    let text = TextStyle::from((FONT, 15).into_font()).pos(Pos::new(HPos::Left, VPos::Center));
    let x = 60;
    let row = |n: i32| 20 + 26 * n;
    let y = row(0);
    area.draw(&PathElement::new(
        [(x, y), (x + 40, y)],
        BLACK.stroke_width(3),
    ))?;
    area.draw(&Circle::new((x + 20, y), MARKER, BLACK.filled()))?;
    area.draw(&Text::new(
        tr!(lang, "report-airtime-of", customers = customers),
        (x + 56, y),
        text.clone(),
    ))?;
    let y = row(1);
    area.draw(&DashedPathElement::new(
        [(x, y), (x + 40, y)],
        3,
        5,
        BLACK.stroke_width(2),
    ))?;
    let square = [(x + 14, y - 6), (x + 26, y + 6)];
    area.draw(&Rectangle::new(square, WHITE.filled()))?;
    area.draw(&Rectangle::new(square, BLACK.stroke_width(2)))?;
    area.draw(&Text::new(
        tr!(lang, "report-items-proposed-by", customers = customers),
        (x + 56, y),
        text.clone(),
    ))?;
    if let Some(target) = target {
        let y = row(2);
        area.draw(&DashedPathElement::new(
            [(x, y), (x + 40, y)],
            10,
            6,
            BLACK.mix(0.6).stroke_width(2),
        ))?;
        area.draw(&Text::new(target, (x + 56, y), text))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
