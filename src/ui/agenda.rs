//! The agenda list: every item with its planned and used time, the current item marked `▶`,
//! done items `✓`, items over their time `⚠ +mm:ss`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::Model;
use crate::meeting::Phase;
use crate::text::{clean, duration, truncate, width};

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let title = format!(" {} ", crate::tr!(model.lang, "screen-agenda"));
    let inner = super::panel(model, frame, area, title);
    let rows = inner.height as usize;
    let count = model.meeting.items().len();
    let first = scroll_start(model.meeting.current(), rows, count);
    let lines: Vec<Line> = (first..count.min(first + rows))
        .map(|i| row(model, i, inner.width as usize))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Keep the current item in view, a third of the way down when the list is long.
fn scroll_start(current: usize, rows: usize, count: usize) -> usize {
    if count <= rows {
        return 0;
    }
    current.saturating_sub(rows / 3).min(count - rows)
}

fn row(model: &Model, i: usize, width_cols: usize) -> Line<'static> {
    let theme = model.theme;
    let meeting = &model.meeting;
    let progress = &meeting.items()[i];
    let is_current = i == meeting.current() && meeting.phase() == Phase::Running;
    let (mark, style) = if is_current {
        ("▶", theme.current())
    } else if progress.done {
        ("✓", theme.done())
    } else {
        (" ", Style::new())
    };
    let (time, time_style) = time_column(model, i);
    let number = format!("{:>w$}.", i + 1, w = digits(meeting.items().len()));
    let fixed = 2 + width(&number) + 1 + 1 + width(&time);
    let room = width_cols.saturating_sub(fixed);
    let lock = confidential_mark(model, meeting.agenda().items[i].confidential, room);
    let item = &meeting.agenda().items[i];
    let title = match item.kind {
        crate::agenda::ItemKind::Break => format!("☕ {}", clean(&item.title)),
        _ => clean(&item.title).into_owned(),
    };
    let title = truncate(&title, room.saturating_sub(width(&lock))).into_owned();
    let gap = width_cols
        .saturating_sub(fixed + width(&title) + width(&lock) - 1)
        .max(1);
    Line::from(vec![
        Span::styled(format!("{mark} "), style),
        Span::styled(number, if is_current { style } else { theme.dim() }),
        Span::raw(" "),
        Span::styled(title, style),
        Span::styled(lock, theme.warning()),
        Span::raw(" ".repeat(gap)),
        Span::styled(time, time_style),
    ])
}

/// `20m` before an item is reached, `04:12/20:00` once it has been, `⚠ +02:13` when over.
fn time_column(model: &Model, i: usize) -> (String, Style) {
    let meeting = &model.meeting;
    let planned = meeting.item_allowed(i);
    let used = meeting.item_used(i, model.now);
    if let Some(over) = meeting.item_overrun(i, model.now) {
        return (format!("⚠ +{}", duration(over)), model.theme.warning());
    }
    let reached = i == meeting.current() && meeting.phase() != Phase::NotStarted
        || used > chrono::TimeDelta::zero();
    if reached {
        (
            format!("{}/{}", duration(used), duration(planned)),
            Style::new(),
        )
    } else {
        (
            super::words::length(model.lang, u64::from(meeting.agenda().items[i].minutes)),
            model.theme.dim(),
        )
    }
}

/// ` 🔒 confidential` after a confidential item's title; just the lock when there is little
/// room (the Now panel and the projector spell it out).
fn confidential_mark(model: &Model, confidential: bool, room: usize) -> String {
    match (confidential, room >= 32) {
        (false, _) => String::new(),
        (true, true) => format!(" {}", crate::tr!(model.lang, "screen-confidential")),
        (true, false) => " 🔒".into(),
    }
}

fn digits(n: usize) -> usize {
    n.max(1).to_string().len()
}
