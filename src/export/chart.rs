//! The report's chart, as a board would put it in its annual report: the customer groups'
//! share of the airtime at each meeting against their target, and the share of the agenda
//! items they proposed. It reads printed in black and white: each series has its own line
//! (solid, dashed, dotted) and marker (filled circle, open square), and every point is
//! labelled with its value. Drawn with plotters' SVG backend into a string: pure, no files.

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::report::Report;
use crate::text::clean;

const HEIGHT: u32 = 560;
const FONT: &str = "sans-serif";

/// The chart as an SVG document; an error when there is no meeting to chart.
pub fn chart_svg(report: &Report) -> Result<String, String> {
    if report.rows.is_empty() {
        return Err("there is no meeting to chart".into());
    }
    let meetings = u32::try_from(report.rows.len()).unwrap_or(u32::MAX);
    let width = meetings.saturating_mul(90).saturating_add(160).max(820);
    let mut svg = String::new();
    draw(report, &mut svg, (width, HEIGHT))
        .map_err(|e| format!("the chart could not be drawn: {e}"))?;
    Ok(svg)
}

type Drawn = Result<(), Box<dyn std::error::Error>>;

fn draw(report: &Report, svg: &mut String, size: (u32, u32)) -> Drawn {
    let root = SVGBackend::with_string(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    let (plot, legend) = root.split_vertically(size.1 - 70);
    let customers = clean(&report.customers).into_owned();
    let count = report.rows.len() as f64;
    let dates: Vec<String> = report
        .rows
        .iter()
        .map(|r| r.date.format("%-d %b %Y").to_string())
        .collect();
    let mut chart = ChartBuilder::on(&plot)
        .caption(
            format!("{}: the voice of {customers}", clean(&report.title)),
            (FONT, 22),
        )
        .margin(20)
        .x_label_area_size(50)
        .y_label_area_size(60)
        .build_cartesian_2d(-0.5..count - 0.5, 0f64..105f64)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(0)
        .bold_line_style(BLACK.mix(0.15))
        .y_labels(11)
        .y_label_formatter(&|y| format!("{y:.0}%"))
        .x_labels(report.rows.len())
        .x_label_formatter(&|x| {
            // Meetings sit at whole numbers; a tick between them has no label.
            dates
                .iter()
                .enumerate()
                .find(|(i, _)| (*i as f64 - x).abs() < 1e-6)
                .map_or(String::new(), |(_, date)| date.clone())
        })
        .x_desc("Meeting")
        .y_desc("Share (%)")
        .axis_desc_style((FONT, 16))
        .label_style((FONT, 14))
        .draw()?;

    let at = |i: usize| i as f64;

    // The target: a long-dashed grey line across each meeting that has one.
    for (i, row) in report.rows.iter().enumerate() {
        if let Some(target) = row.customer_target {
            let y = target * 100.0;
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
            .map(|&(x, y)| Circle::new((x, y), 6, BLACK.filled())),
    )?;
    let above = TextStyle::from((FONT, 14).into_font()).pos(Pos::new(HPos::Center, VPos::Bottom));
    chart.draw_series(
        airtime
            .iter()
            .map(|&(x, y)| Text::new(format!("{y:.0}%"), (x, (y + 3.0).min(104.0)), above.clone())),
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
                format!("{} of {}", r.customer_items, r.items),
            ))
        })
        .collect();
    chart.draw_series(DashedLineSeries::new(
        items.iter().map(|(x, y, _)| (*x, *y)),
        3,
        5,
        BLACK.stroke_width(2),
    ))?;
    chart.draw_series(items.iter().map(|(x, y, _)| {
        EmptyElement::at((*x, *y))
            + Rectangle::new([(-6, -6), (6, 6)], WHITE.filled())
            + Rectangle::new([(-6, -6), (6, 6)], BLACK.stroke_width(2))
    }))?;
    let below = TextStyle::from((FONT, 13).into_font()).pos(Pos::new(HPos::Center, VPos::Top));
    chart.draw_series(
        items
            .iter()
            .map(|(x, y, label)| Text::new(label.clone(), (*x, (y - 3.0).max(0.0)), below.clone())),
    )?;

    draw_legend(&legend, &customers, target_words(report))?;
    root.present()?;
    Ok(())
}

/// The target in the key: `Target airtime (60%)`, or without a figure when it changed
/// between meetings; `None` when no meeting had one.
fn target_words(report: &Report) -> Option<String> {
    let mut targets: Vec<f64> = report
        .rows
        .iter()
        .filter_map(|r| r.customer_target)
        .collect();
    targets.dedup_by(|a, b| (*a - *b).abs() < 0.005);
    match targets.as_slice() {
        [] => None,
        [one] => Some(format!("Target airtime ({:.0}%)", one * 100.0)),
        _ => Some("Target airtime".into()),
    }
}

/// The key under the chart: each series' line and marker, with its name in words.
fn draw_legend(
    area: &DrawingArea<SVGBackend, plotters::coord::Shift>,
    customers: &str,
    target: Option<String>,
) -> Drawn {
    let text = TextStyle::from((FONT, 15).into_font()).pos(Pos::new(HPos::Left, VPos::Center));
    let y = 30;
    let mut x = 60;
    area.draw(&PathElement::new(
        [(x, y), (x + 40, y)],
        BLACK.stroke_width(3),
    ))?;
    area.draw(&Circle::new((x + 20, y), 6, BLACK.filled()))?;
    let airtime = format!("Airtime of {customers}");
    area.draw(&Text::new(airtime.clone(), (x + 50, y), text.clone()))?;
    x += 80 + 7 * i32::try_from(airtime.chars().count()).unwrap_or(40);
    area.draw(&DashedPathElement::new(
        [(x, y), (x + 40, y)],
        3,
        5,
        BLACK.stroke_width(2),
    ))?;
    area.draw(&Rectangle::new(
        [(x + 14, y - 6), (x + 26, y + 6)],
        WHITE.filled(),
    ))?;
    area.draw(&Rectangle::new(
        [(x + 14, y - 6), (x + 26, y + 6)],
        BLACK.stroke_width(2),
    ))?;
    let items = format!("Items proposed by {customers}");
    area.draw(&Text::new(items.clone(), (x + 50, y), text.clone()))?;
    x += 80 + 7 * i32::try_from(items.chars().count()).unwrap_or(40);
    if let Some(target) = target {
        area.draw(&DashedPathElement::new(
            [(x, y), (x + 40, y)],
            10,
            6,
            BLACK.mix(0.6).stroke_width(2),
        ))?;
        area.draw(&Text::new(target, (x + 50, y), text))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
