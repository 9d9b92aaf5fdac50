//! The projector view: the item, a clock big enough for the back of the room (the speaker's
//! turn when someone has the floor, the item otherwise, the break during a break), who has the
//! floor and who is next.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, big_clock};
use crate::app::Model;
use crate::meeting::{ClockState, Countdown, Phase};
use crate::text::{clean, truncate};

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let [top, clock, bottom] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Fill(1),
        Constraint::Length(4),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(heading(model, top.width as usize)), top);
    let (label, countdown) = what_to_show(model);
    let style = clock_style(model.theme, countdown.map(|c| c.state));
    let text = countdown.map_or_else(
        || {
            model
                .now
                .with_timezone(&model.offset)
                .format("%H:%M")
                .to_string()
        },
        |c| c.text(),
    );
    let [caption, digits] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(clock);
    let on_break = model.meeting.break_countdown(model.now).is_some();
    let state = match countdown {
        Some(c) if !on_break || c.state == ClockState::Over => format!(" · {}", c.state.label()),
        _ => String::new(),
    };
    let caption_text = truncate(&format!("{label}{state}"), caption.width as usize).into_owned();
    frame.render_widget(
        Paragraph::new(Line::styled(caption_text, style)).centered(),
        caption,
    );
    let scale = big_clock::scale_for(&text, digits);
    if scale > 0 {
        big_clock::draw(frame.buffer_mut(), digits, &text, scale, style);
    } else {
        let [middle] = Layout::vertical([Constraint::Length(1)])
            .flex(ratatui::layout::Flex::Center)
            .areas(digits);
        frame.render_widget(Paragraph::new(Line::styled(text, style)).centered(), middle);
    }
    frame.render_widget(Paragraph::new(footer(model, bottom.width as usize)), bottom);
}

/// The meeting and item, with the wall clock.
fn heading(model: &Model, w: usize) -> Vec<Line<'static>> {
    let meeting = &model.meeting;
    let time = model
        .now
        .with_timezone(&model.offset)
        .format("%H:%M")
        .to_string();
    let banner = match model.rehearsal {
        true => super::REHEARSAL,
        false => "",
    };
    let banner_width = crate::text::width(banner);
    let title = truncate(
        &clean(&meeting.agenda().title),
        w.saturating_sub(time.len() + banner_width + 2),
    )
    .into_owned();
    let gap = w.saturating_sub(crate::text::width(&title) + banner_width + time.len() + 1);
    let item = match meeting.phase() {
        Phase::Running => {
            let i = meeting.current();
            let lock = match meeting.agenda().items[i].confidential {
                true => format!(" · {}", super::CONFIDENTIAL),
                false => String::new(),
            };
            format!(
                "▶ Item {} of {} · {}{lock}",
                i + 1,
                meeting.items().len(),
                clean(&meeting.agenda().items[i].title)
            )
        }
        Phase::NotStarted => "○ Not started".to_string(),
        Phase::Adjourned => "■ Adjourned".to_string(),
    };
    vec![
        Line::from(vec![
            Span::styled(banner, model.theme.alarm()),
            Span::styled(format!(" {title}"), model.theme.title()),
            Span::raw(" ".repeat(gap)),
            Span::styled(time, model.theme.title()),
        ]),
        Line::styled(
            truncate(&format!(" {item}"), w).into_owned(),
            model.theme.current(),
        ),
    ]
}

/// The break, else the speaker's turn, else the item.
fn what_to_show(model: &Model) -> (String, Option<Countdown>) {
    let meeting = &model.meeting;
    let now = model.now;
    if meeting.phase() != Phase::Running {
        return ("Time".into(), None);
    }
    if let Some(countdown) = meeting.break_countdown(now) {
        let back = meeting
            .break_ends()
            .map(|t| t.with_timezone(&model.offset).format("%H:%M").to_string())
            .unwrap_or_default();
        return (format!("☕ Break · back at {back}"), Some(countdown));
    }
    if let (Some(floor), Some(turn)) = (&meeting.queue().floor, meeting.turn_countdown(now)) {
        let name = clean(&meeting.people()[floor.person].name).into_owned();
        return (format!("{name} · turn"), Some(turn));
    }
    let item = meeting.item_countdown(now);
    let label = match item.state {
        ClockState::Over => "Item over its time",
        _ => "Item time left",
    };
    (label.into(), Some(item))
}

pub fn clock_style(theme: Theme, state: Option<ClockState>) -> Style {
    match state {
        Some(ClockState::Over) => theme.warning(),
        Some(ClockState::Warning) | Some(ClockState::Paused) => theme.current(),
        _ => theme.title(),
    }
}

/// Who has the floor, who is next, and the item's and meeting's time.
fn footer(model: &Model, w: usize) -> Vec<Line<'static>> {
    let meeting = &model.meeting;
    let now = model.now;
    let mut lines = Vec::new();
    let next = meeting
        .next_in_queue(now)
        .map(|h| clean(&meeting.people()[h.person].name).into_owned());
    let floor = meeting
        .queue()
        .floor
        .as_ref()
        .map(|f| clean(&meeting.people()[f.person].name).into_owned());
    let who = match (floor, next) {
        (Some(f), Some(n)) => format!("Speaking: {f} · Next: {n}"),
        (Some(f), None) => format!("Speaking: {f} · queue empty"),
        (None, Some(n)) => format!("Floor open · Next: {n}"),
        (None, None) => "Floor open · queue empty".to_string(),
    };
    lines.push(Line::from(truncate(&format!(" {who}"), w).into_owned()));
    if meeting.phase() == Phase::Running {
        let item = meeting.item_countdown(now);
        let mut text = format!(" Item: {} · {}", item.describe(), item.state.label());
        if let Some(end) = meeting.projected_end(now) {
            text.push_str(&format!(
                " · meeting ends about {}",
                end.with_timezone(&model.offset).format("%H:%M")
            ));
        }
        lines.push(Line::styled(
            truncate(&text, w).into_owned(),
            clock_style(model.theme, Some(item.state)),
        ));
    }
    let key = model.key_hint(
        crate::input::Mode::Meeting,
        crate::input::Command::ProjectorView,
    );
    lines.push(Line::styled(
        format!(" {key} full screen"),
        model.theme.dim(),
    ));
    lines
}
