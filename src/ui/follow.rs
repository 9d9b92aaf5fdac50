//! The actions from the last meeting: a panel under the agenda while some are not reviewed
//! yet, and the review itself over the meeting. Every status has a symbol and words:
//! `✓ done`, `→ carried over`, `✗ dropped`, `⚠ 23 days overdue`, `· open`.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::app::Model;
use crate::input::{Command, Mode};
use crate::lang::Lang;
use crate::meeting::{LastAction, Review};
use crate::text::{clean, truncate};
use crate::tr;
use chrono::Datelike;

/// The symbol and the words for an action's status on the meeting's day.
pub fn status(lang: Lang, last: &LastAction, day: NaiveDate) -> (&'static str, String) {
    let short = |d: NaiveDate| super::words::short_day(lang, d);
    match &last.review {
        Review::Done => ("✓", tr!(lang, "overlay-action-done")),
        Review::Carried { due: Some(due) } => (
            "→",
            tr!(lang, "overlay-action-carried-due", due = short(*due)),
        ),
        Review::Carried { due: None } => ("→", tr!(lang, "overlay-action-carried")),
        Review::Dropped { reason } => (
            "✗",
            tr!(lang, "overlay-action-dropped", reason = clean(reason)),
        ),
        Review::Open => match (last.overdue_on(day), last.action.due) {
            (Some(days), _) => ("⚠", tr!(lang, "overlay-action-overdue", days = days)),
            (None, Some(due)) => ("·", tr!(lang, "overlay-action-open-due", due = short(due))),
            (None, None) => ("·", tr!(lang, "overlay-action-open")),
        },
    }
}

/// How tall the panel is in a column `room` rows high: none once every action is reviewed.
pub fn height(model: &Model, room: u16) -> u16 {
    let actions = model.meeting.last_actions();
    if room < 12 || actions.iter().all(|l| l.review != Review::Open) {
        return 0;
    }
    super::cells(actions.len()).saturating_add(2).min(room / 3)
}

/// The panel under the agenda: each action from the last meeting and its status.
pub fn panel(model: &Model, frame: &mut Frame, area: Rect) {
    let meeting = &model.meeting;
    let Some(previous) = meeting.previous() else {
        return;
    };
    let reviewed = meeting
        .last_actions()
        .iter()
        .filter(|l| l.review != Review::Open)
        .count();
    let lang = model.lang;
    let title = tr!(
        lang,
        "overlay-actions-panel",
        day = previous.date.day(),
        month = crate::lang::dates::month(lang, previous.date),
        reviewed = reviewed,
        total = meeting.last_actions().len()
    );
    let title = format!(" {title} ");
    let inner = super::panel(model, frame, area, title);
    let w = inner.width as usize;
    let lines: Vec<Line> = meeting
        .last_actions()
        .iter()
        .map(|last| {
            let (mark, words) = status(lang, last, meeting.date());
            let text = format!(
                "{mark} {words} · {} · {}",
                clean(&last.action.owner),
                clean(&last.action.text)
            );
            Line::styled(truncate(&text, w).into_owned(), style(model, &last.review))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn style(model: &Model, review: &Review) -> Style {
    match review {
        Review::Done => model.theme.done(),
        Review::Open => Style::new(),
        Review::Carried { .. } | Review::Dropped { .. } => model.theme.dim(),
    }
}

/// The review over the meeting: two lines per action, the selected one marked `›`.
pub fn review(model: &Model, frame: &mut Frame, area: Rect, selected: usize) {
    let meeting = &model.meeting;
    let Some(previous) = meeting.previous() else {
        return;
    };
    let keys = [
        Command::ActionDone,
        Command::ActionCarry,
        Command::ActionDrop,
        Command::Cancel,
    ]
    .map(|c| format!("{} {}", model.key_hint(Mode::Review, c), c.hint(model.lang)))
    .join(" · ");
    let width = 100.min(area.width);
    let rows = super::cells(meeting.last_actions().len().saturating_mul(2));
    let height = rows.saturating_add(4).min(area.height.saturating_sub(2));
    let outer = centre(area, width, height);
    frame.render_widget(Clear, outer);
    let lang = model.lang;
    let title = tr!(
        lang,
        "overlay-actions-review",
        date = crate::lang::dates::long(lang, previous.date)
    );
    let title = format!(" {title} ");
    let inner = super::panel(model, frame, outer, title);
    let w = inner.width as usize;
    let selected = selected.min(meeting.last_actions().len().saturating_sub(1));
    let mut lines = vec![
        Line::styled(truncate(&keys, w).into_owned(), model.theme.key()),
        Line::from(""),
    ];
    for (i, last) in meeting.last_actions().iter().enumerate() {
        let (mark, words) = status(lang, last, meeting.date());
        let chosen = i == selected;
        let pointer = if chosen { "› " } else { "  " };
        let first = format!("{pointer}{}. {}", i + 1, clean(&last.action.text));
        let reversed = Style::new().add_modifier(Modifier::REVERSED);
        lines.push(Line::styled(
            truncate(&first, w).into_owned(),
            if chosen { reversed } else { Style::new() },
        ));
        let mut about = String::new();
        let set_on = last.action.set_on;
        if set_on != previous.date {
            let set = tr!(
                lang,
                "overlay-action-set",
                day = set_on.day(),
                month = crate::lang::dates::month(lang, set_on)
            );
            about.push_str(&format!(" · {set}"));
        }
        if last.action.carried > 0 {
            let times = last.action.carried;
            about.push_str(&format!(
                " · {}",
                tr!(lang, "overlay-action-carried-before", times = times)
            ));
        }
        let second = format!("{mark} {words} · {}{about}", clean(&last.action.owner));
        lines.push(Line::from(vec![
            Span::raw("     "),
            Span::styled(
                truncate(&second, w.saturating_sub(5)).into_owned(),
                style(model, &last.review),
            ),
        ]));
    }
    let rows = inner.height as usize;
    let chosen_line = 2 + selected * 2;
    let scroll = (chosen_line + 2).saturating_sub(rows);
    frame.render_widget(
        Paragraph::new(lines).scroll((super::cells(scroll), 0)),
        inner,
    );
}

fn centre(area: Rect, width: u16, height: u16) -> Rect {
    let x = area.x + area.width.saturating_sub(width) / 2;
    let y = area.y + area.height.saturating_sub(height) / 2;
    Rect::new(x, y, width.min(area.width), height.min(area.height))
}
