//! The voice balance: airtime and turns by group against the targets, who has not been heard,
//! who proposed the items, and the log of the facilitator's overrides.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::Model;
use crate::text::{clean, duration, truncate};

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let theme = model.theme;
    let inner = super::panel(model, frame, area, " Voice balance ".to_string());
    let w = inner.width as usize;
    let mut lines = groups(model, w);
    if super::decision::shown(model) {
        lines.push(Line::from(""));
        lines.extend(super::decision::lines(model, w));
    }
    lines.push(Line::from(""));
    lines.push(not_heard(model));
    if let Some(line) = procedure(model) {
        lines.push(line);
    }
    let (floor, clock) = process_log(model);
    if !floor.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::styled(
            "Floor changes by the facilitator",
            theme.title(),
        ));
        lines.extend(floor);
    }
    if !clock.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::styled("Timekeeping", theme.title()));
        lines.extend(clock);
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

fn groups(model: &Model, w: usize) -> Vec<Line<'static>> {
    let meeting = &model.meeting;
    let label_room = meeting
        .agenda()
        .groups
        .iter()
        .map(|g| crate::text::width(&clean(&g.label)))
        .max()
        .unwrap_or(0)
        .min(w / 3);
    let mut lines = Vec::new();
    for row in meeting.balance(model.now) {
        let group = &meeting.agenda().groups[row.group];
        let label = truncate(&clean(&group.label), label_room).into_owned();
        let percent = crate::text::percent(row.share);
        let bar_cells = w.saturating_sub(label_room + 16).clamp(4, 20);
        let filled = crate::text::filled(row.share, bar_cells);
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(bar_cells - filled));
        lines.push(Line::from(vec![
            Span::styled(format!("{label:<label_room$} "), model.theme.title()),
            Span::raw(format!("{bar} {percent:>3}%")),
        ]));
        let detail = format!(
            "  {} · {} turn{} · {} present",
            duration(row.airtime),
            row.turns,
            if row.turns == 1 { "" } else { "s" },
            row.present
        );
        lines.push(Line::from(truncate(&detail, w).into_owned()));
        let mut more = Vec::new();
        if let Some(target) = row.target {
            let target_pct = crate::text::percent(target);
            let verdict = match percent - target_pct {
                d if d.abs() <= 5 => "on target".to_string(),
                d if d > 0 => format!("▲ {d} pts over"),
                d => format!("▼ {} pts under", -d),
            };
            more.push(format!("target {target_pct}% {verdict}"));
        }
        if row.proposed > 0 {
            let s = if row.proposed == 1 { "" } else { "s" };
            more.push(format!("proposed {} item{s}", row.proposed));
        }
        if !more.is_empty() {
            lines.push(Line::from(
                truncate(&format!("  {}", more.join(" · ")), w).into_owned(),
            ));
        }
    }
    lines
}

fn not_heard(model: &Model) -> Line<'static> {
    let meeting = &model.meeting;
    let names: Vec<String> = meeting
        .not_heard()
        .iter()
        .map(|&p| clean(&meeting.people()[p].name).into_owned())
        .collect();
    let text = if names.is_empty() {
        "Everyone present has been heard.".to_string()
    } else {
        format!("Not yet heard: {}", names.join(", "))
    };
    Line::from(text)
}

/// `⚑ Points of process: 1:10, not counted as airtime`, once there has been one.
fn procedure(model: &Model) -> Option<Line<'static>> {
    let meeting = &model.meeting;
    let total: chrono::TimeDelta = (0..meeting.people().len())
        .map(|p| meeting.procedure_time(p, model.now))
        .sum();
    (total > chrono::TimeDelta::zero()).then(|| {
        Line::from(format!(
            "⚑ Points of process: {}, not counted as airtime",
            duration(total)
        ))
    })
}

/// The process log, latest first, in two lists: every change the facilitator made to the
/// floor (overrides, hands taken down: who controls the floor is part of the record), and the
/// last few timekeeping entries.
fn process_log(model: &Model) -> (Vec<Line<'static>>, Vec<Line<'static>>) {
    let meeting = &model.meeting;
    let line = |entry: &crate::meeting::ProcessEntry| {
        let when = entry.at.with_timezone(&model.offset).format("%H:%M");
        Line::from(format!("{when} {}", clean(&meeting.process_text(entry))))
    };
    let (floor, clock): (Vec<_>, Vec<_>) = meeting
        .process_log()
        .iter()
        .rev()
        .partition(|e| e.kind.is_floor_change());
    (
        floor.into_iter().map(line).collect(),
        clock.into_iter().take(4).map(line).collect(),
    )
}
