//! The timekeeper's panel: the clocks first and large. The speaker's turn (or the break) above,
//! the item below, each with its state in words, so the timekeeper reads them at a glance.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::big_clock;
use super::projector::clock_style;
use crate::app::Model;
use crate::meeting::{Countdown, Phase};
use crate::text::{clean, truncate};
use crate::tr;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let lang = model.lang;
    let title = format!(" {} ", tr!(lang, "screen-clocks"));
    let inner = super::panel(model, frame, area, title);
    let meeting = &model.meeting;
    if meeting.phase() != Phase::Running {
        let text = match meeting.phase() {
            Phase::NotStarted => tr!(lang, "screen-clocks-start-with-the-meeting"),
            _ => tr!(lang, "screen-meeting-adjourned"),
        };
        frame.render_widget(Paragraph::new(Line::styled(text, model.theme.dim())), inner);
        return;
    }
    let [upper, lower] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(inner);
    let now = model.now;
    if meeting.in_break_item() && meeting.paused().is_none() {
        planned_break(model, frame, upper, lower);
        return;
    }
    let asked = meeting.question(now).zip(meeting.question_countdown(now));
    let first = match (meeting.break_countdown(now), meeting.turn_countdown(now)) {
        (None, Some(_)) if asked.is_some() => asked.map(|(question, countdown)| {
            let label = tr!(
                lang,
                "screen-question",
                from = clean(&meeting.people()[question.person].name),
                to = clean(&meeting.people()[question.to].name)
            );
            (label, countdown)
        }),
        (Some(countdown), _) => {
            let back = meeting
                .break_ends()
                .map(|t| t.with_timezone(&model.offset).format("%H:%M").to_string())
                .unwrap_or_default();
            Some((tr!(lang, "screen-break-back", time = back), countdown))
        }
        (None, Some(turn)) => meeting.queue().floor.as_ref().map(|floor| {
            let name = clean(&meeting.people()[floor.person].name).into_owned();
            (tr!(lang, "screen-turn-of", name = name), turn)
        }),
        (None, None) => None,
    };
    match first {
        Some((label, countdown)) => clock(model, frame, upper, &label, countdown),
        None => frame.render_widget(
            Paragraph::new(Line::styled(
                tr!(lang, "screen-turn-floor-open"),
                model.theme.dim(),
            )),
            upper,
        ),
    }
    let i = meeting.current();
    let label = tr!(
        lang,
        "screen-item-title",
        item = i + 1,
        title = clean(&meeting.agenda().items[i].title)
    );
    clock(model, frame, lower, &label, meeting.item_countdown(now));
}

/// A planned break: its clock above (it is the item's), and what comes after it below.
fn planned_break(model: &Model, frame: &mut Frame, upper: Rect, lower: Rect) {
    let (meeting, lang) = (&model.meeting, model.lang);
    let back = meeting
        .break_item_ends(model.now)
        .with_timezone(&model.offset)
        .format("%H:%M")
        .to_string();
    let i = meeting.current();
    let label = tr!(lang, "screen-planned-break-back", time = back);
    clock(
        model,
        frame,
        upper,
        &label,
        meeting.item_countdown(model.now),
    );
    let next = match meeting.agenda().items.get(i + 1) {
        Some(item) => tr!(
            lang,
            "screen-then-item",
            item = i + 2,
            title = clean(&item.title),
            length = super::words::length(lang, u64::from(item.minutes))
        ),
        None => tr!(lang, "screen-last-item-after-break"),
    };
    let lines: Vec<Line> = crate::text::wrap(&next, lower.width.max(1) as usize)
        .into_iter()
        .map(|l| Line::styled(l, model.theme.dim()))
        .collect();
    frame.render_widget(Paragraph::new(lines), lower);
}

/// A caption with the clock's state, and the time left in block digits when they fit.
fn clock(model: &Model, frame: &mut Frame, area: Rect, label: &str, countdown: Countdown) {
    let style = clock_style(model.theme, Some(countdown.state));
    let [caption, digits] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let text = format!(
        "{label} · {} · {}",
        super::words::time_left(model.lang, &countdown),
        super::words::clock_state(model.lang, countdown.state)
    );
    frame.render_widget(
        Paragraph::new(Line::styled(
            truncate(&text, caption.width as usize).into_owned(),
            style,
        )),
        caption,
    );
    let shown = countdown.text();
    let scale = big_clock::scale_for(&shown, digits);
    if scale > 0 {
        big_clock::draw(frame.buffer_mut(), digits, &shown, scale, style);
    } else {
        frame.render_widget(Paragraph::new(Line::styled(shown, style)), digits);
    }
}
