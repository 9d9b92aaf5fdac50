//! The main panel: the item on the table, who leads it, and its time.

use chrono::TimeDelta;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::Model;
use crate::input::Command;
use crate::meeting::Phase;
use crate::text::{clean, duration};

/// Rows the panel needs in an area `width` columns wide, borders included: its lines as
/// they wrap.
pub fn height(model: &Model, width: u16) -> u16 {
    let room = width.saturating_sub(2);
    let rows = super::fit::height(&lines(model, room), usize::from(room), 0);
    super::cells(rows).saturating_add(2)
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let inner = super::panel(model, frame, area, " Now ".to_string());
    let lines = lines(model, inner.width);
    let rows = inner.height as usize;
    let shown = super::fit::fit(&lines, inner.width as usize, rows, 0);
    frame.render_widget(Paragraph::new(shown), inner);
}

fn lines(model: &Model, width: u16) -> Vec<Line<'static>> {
    match model.meeting.phase() {
        Phase::NotStarted => not_started(model),
        Phase::Running => item(model, width),
        Phase::Adjourned => adjourned(model),
    }
}

fn not_started(model: &Model) -> Vec<Line<'static>> {
    let theme = model.theme;
    let first = clean(&model.meeting.agenda().items[0].title).into_owned();
    let Some(key) = model.offer(Command::StartMeeting) else {
        return vec![
            Line::styled("○ The meeting has not started.", theme.current()),
            Line::from(""),
            Line::from("The facilitator starts it."),
            Line::from(""),
            Line::from(vec![
                Span::styled("First item: ", theme.dim()),
                Span::raw(first),
            ]),
        ];
    };
    let start = match model.planned_for_later() {
        true => vec![
            Span::styled(
                format!("Planned for {}: ", model.meeting.date().format("%a %-d %B")),
                theme.warning(),
            ),
            Span::raw("press "),
            Span::styled(key, theme.key()),
            Span::raw(" only to start it for real."),
        ],
        false => vec![
            Span::raw("Press "),
            Span::styled(key, theme.key()),
            Span::raw(" to start the meeting's clock."),
        ],
    };
    vec![
        Line::styled("○ The meeting has not started.", theme.current()),
        Line::from(""),
        Line::from(start),
        Line::from(""),
        Line::from(vec![
            Span::styled("First item: ", theme.dim()),
            Span::raw(first),
        ]),
    ]
}

fn item(model: &Model, width: u16) -> Vec<Line<'static>> {
    let theme = model.theme;
    let meeting = &model.meeting;
    let i = meeting.current();
    let item = &meeting.agenda().items[i];
    let kind = match item.kind {
        crate::agenda::ItemKind::Break => "☕ Planned break".to_string(),
        kind => kind.label().to_string(),
    };
    let mut heading = vec![Span::styled(
        format!("Item {} of {} · {kind}", i + 1, meeting.items().len()),
        theme.dim(),
    )];
    if item.confidential {
        heading.push(Span::styled(
            format!(" · {}", super::CONFIDENTIAL),
            theme.warning(),
        ));
    }
    let mut lines = break_line(model).into_iter().collect::<Vec<_>>();
    lines.extend([
        Line::from(heading),
        Line::styled(
            crate::text::truncate(&format!("▶ {}", clean(&item.title)), width as usize)
                .into_owned(),
            theme.current(),
        ),
    ]);
    let mut who = Vec::new();
    for (label, name) in [("Lead", &item.lead), ("Proposed by", &item.proposed_by)] {
        if let Some(name) = name {
            if !who.is_empty() {
                who.push(Span::raw(" · "));
            }
            who.push(Span::styled(format!("{label}: "), theme.dim()));
            who.push(Span::raw(clean(name).into_owned()));
        }
    }
    lines.push(Line::from(who));
    // Whole seconds, so "used" and "left" always add up to the plan on screen.
    let used = TimeDelta::seconds(meeting.item_used(i, model.now).num_seconds());
    let planned = meeting.item_allowed(i);
    let countdown = meeting.item_countdown(model.now);
    let extended = meeting.items()[i].extended;
    let extension = if extended > TimeDelta::zero() {
        format!(" (+{} min)", extended.num_minutes())
    } else {
        String::new()
    };
    let left = countdown.describe();
    lines.push(Line::styled(
        format!(
            "{} {} of {}{extension} · {left}",
            countdown.state.label(),
            duration(used),
            duration(planned)
        ),
        crate::ui::projector::clock_style(theme, Some(countdown.state)),
    ));
    lines.push(Line::from(bar(
        used,
        planned,
        width.saturating_sub(8) as usize,
    )));
    let mut counts = [0; 3];
    for (_, entry) in meeting.entries_on(i) {
        counts[match entry.kind {
            crate::meeting::EntryKind::Note => 0,
            crate::meeting::EntryKind::Decision { .. } => 1,
            crate::meeting::EntryKind::Action { .. } => 2,
        }] += 1;
    }
    if counts.iter().any(|&c| c > 0) {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        lines.push(Line::styled(
            format!(
                "Record: {} · {} · {}",
                plural(counts[0], "note"),
                plural(counts[1], "decision"),
                plural(counts[2], "action")
            ),
            theme.dim(),
        ));
    }
    if let Some(next) = meeting.agenda().items.get(i + 1) {
        lines.push(Line::from(vec![
            Span::styled("Next: ", theme.dim()),
            Span::raw(format!(
                "{} ({})",
                clean(&next.title),
                crate::agenda::format_minutes(u64::from(next.minutes))
            )),
        ]));
    }
    lines
}

/// `☕ Break: 08:12 left · back at 19:05`, while on a break (the timekeeper's first question).
fn break_line(model: &Model) -> Option<Line<'static>> {
    let meeting = &model.meeting;
    let countdown = meeting.break_countdown(model.now)?;
    let back = meeting.break_ends()?.with_timezone(&model.offset);
    Some(Line::styled(
        format!(
            "☕ Break: {} · back at {}",
            countdown.describe(),
            back.format("%H:%M")
        ),
        crate::ui::projector::clock_style(model.theme, Some(countdown.state)),
    ))
}

/// `[██████░░░░░░] 50%`: time used as characters, readable without colour.
fn bar(used: TimeDelta, planned: TimeDelta, cells: usize) -> String {
    let cells = cells.clamp(4, 40);
    let share = used.num_seconds() as f64 / planned.num_seconds().max(1) as f64;
    let filled = crate::text::filled(share, cells);
    format!(
        "[{}{}] {:.0}%",
        "█".repeat(filled),
        "░".repeat(cells - filled),
        share * 100.0
    )
}

fn adjourned(model: &Model) -> Vec<Line<'static>> {
    let meeting = &model.meeting;
    let ended = meeting
        .ended()
        .map(|e| e.with_timezone(&model.offset).format("%H:%M").to_string())
        .unwrap_or_default();
    // Planned breaks are on the clock, not items to cover.
    let discussed = |i: &usize| meeting.agenda().items[*i].kind != crate::agenda::ItemKind::Break;
    let items = (0..meeting.items().len()).filter(discussed);
    let covered = items.clone().filter(|&i| meeting.items()[i].done).count();
    vec![
        Line::styled(format!("■ Adjourned at {ended}."), model.theme.done()),
        Line::from(format!(
            "{covered} of {} items covered in {}.",
            items.count(),
            duration(meeting.elapsed(model.now))
        )),
        Line::styled(
            "The record is in the journal shown below.",
            model.theme.dim(),
        ),
    ]
}
