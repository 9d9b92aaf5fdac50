//! Who has the floor, their turn clock, and the queue: who is next and why.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::{Action, Model};
use crate::keymap::Mode;
use crate::meeting::Phase;
use crate::text::{clean, duration, truncate, width};

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let theme = model.theme;
    let meeting = &model.meeting;
    let hands = meeting.queue.hands.len();
    let title = match hands {
        0 => " Floor ".to_string(),
        n => format!(" Floor · {n} waiting "),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(title, theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    let mut lines = speaker(model, w);
    lines.push(Line::from(""));
    lines.extend(queue(
        model,
        w,
        inner.height.saturating_sub(lines.len() as u16) as usize,
    ));
    frame.render_widget(Paragraph::new(lines), inner);
}

fn speaker(model: &Model, w: usize) -> Vec<Line<'static>> {
    let theme = model.theme;
    let meeting = &model.meeting;
    let Some(floor) = &meeting.queue.floor else {
        let text = match (meeting.phase(), meeting.next_in_queue(model.now)) {
            (Phase::Running, Some(hand)) => format!(
                "Floor open · {} calls {}",
                model.key_hint(Mode::Meeting, &Action::NextSpeaker),
                clean(&meeting.people[hand.person].name)
            ),
            (Phase::Running, None) => format!(
                "Floor open · {} adds a hand",
                model.key_hint(Mode::Meeting, &Action::AddSpeaker)
            ),
            _ => "Nobody has the floor".to_string(),
        };
        return vec![Line::styled(truncate(&text, w).into_owned(), theme.dim())];
    };
    let name = clean(&meeting.people[floor.person].name).into_owned();
    let spoken = duration(meeting.running_between(floor.since, model.now));
    let mark = if floor.process { "⚑ " } else { "▶ " };
    let label = format!(
        "{} · spoken {spoken}",
        clean(meeting.group_label(floor.person))
    );
    let mut lines = vec![Line::from(vec![
        Span::styled(mark, theme.current()),
        Span::styled(
            truncate(&name, w.saturating_sub(2)).into_owned(),
            theme.current(),
        ),
    ])];
    if let Some(turn) = meeting.turn_countdown(model.now) {
        let left = match turn.left < chrono::TimeDelta::zero() {
            true => format!("{} over", turn.text()),
            false => format!("{} left", turn.text()),
        };
        let text = format!("  Turn: {left} · {}", turn.state.label());
        lines.push(Line::styled(
            truncate(&text, w).into_owned(),
            super::projector::clock_style(theme, Some(turn.state)),
        ));
    }
    let mut detail = label;
    if floor.process {
        detail.push_str(" · point of process");
    } else if floor.by_override {
        detail.push_str(" · given the floor by facilitator");
    }
    lines.push(Line::from(truncate(&format!("  {detail}"), w).into_owned()));
    lines
}

fn queue(model: &Model, w: usize, rows: usize) -> Vec<Line<'static>> {
    let theme = model.theme;
    let meeting = &model.meeting;
    let order = meeting.queue_order(model.now);
    if order.is_empty() {
        return vec![Line::styled("Queue empty", theme.dim())];
    }
    let selected = model.selected.min(order.len() - 1);
    let wide = w >= 64;
    let per_hand = if wide { 1 } else { 2 };
    let visible = (rows / per_hand).max(1);
    let first = selected.saturating_sub(visible.saturating_sub(1));
    let digits = order.len().to_string().len();
    let longest = order
        .iter()
        .map(|r| {
            width(&clean(
                &meeting.people[meeting.queue.hands[r.hand].person].name,
            ))
        })
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    for (pos, ranked) in order.iter().enumerate().skip(first).take(visible) {
        let hand = &meeting.queue.hands[ranked.hand];
        let is_selected = pos == selected && model.overlay == crate::app::Overlay::None;
        let pointer = if is_selected { "›" } else { " " };
        let name = clean(&meeting.people[hand.person].name).into_owned();
        let why: Vec<String> = ranked
            .reasons
            .iter()
            .take(2)
            .map(|&r| meeting.describe(r, hand.person))
            .collect();
        let why = why.join(" · ");
        let head = format!("{pointer}{:>digits$}. ", pos + 1);
        let style = if is_selected {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        let reason_style = if hand.process {
            theme.warning()
        } else {
            theme.dim()
        };
        if wide {
            let name_room = longest.min(w / 3);
            let name = format!("{:<name_room$}", truncate(&name, name_room));
            let rest = w.saturating_sub(width(&head) + width(&name) + 1);
            lines.push(Line::from(vec![
                Span::styled(head, style),
                Span::styled(name, style),
                Span::raw(" "),
                Span::styled(truncate(&why, rest).into_owned(), reason_style),
            ]));
        } else {
            let room = w.saturating_sub(width(&head));
            lines.push(Line::from(vec![
                Span::styled(head.clone(), style),
                Span::styled(truncate(&name, room).into_owned(), style),
            ]));
            let indent = " ".repeat(width(&head));
            lines.push(Line::from(vec![
                Span::raw(indent),
                Span::styled(truncate(&why, room).into_owned(), reason_style),
            ]));
        }
    }
    lines
}
