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
use crate::tr;
use chrono::Datelike;

/// Rows the panel needs in an area `width` columns wide, borders included: its lines as
/// they wrap.
pub fn height(model: &Model, width: u16) -> u16 {
    let room = width.saturating_sub(2);
    let rows = super::fit::height(&lines(model, room), usize::from(room), 0);
    super::cells(rows).saturating_add(2)
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let title = format!(" {} ", tr!(model.lang, "screen-now"));
    let inner = super::panel(model, frame, area, title);
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
    let (theme, lang) = (model.theme, model.lang);
    let first = clean(&model.meeting.agenda().items[0].title).into_owned();
    let first = Line::from(vec![
        Span::styled(format!("{} ", tr!(lang, "screen-first-item")), theme.dim()),
        Span::raw(first),
    ]);
    let not_started = Line::styled(tr!(lang, "screen-meeting-not-started"), theme.current());
    let Some(key) = model.offer(Command::StartMeeting) else {
        return vec![
            not_started,
            Line::from(""),
            Line::from(tr!(lang, "screen-facilitator-starts-it")),
            Line::from(""),
            first,
        ];
    };
    let start = match model.planned_for_later() {
        true => {
            let date = model.meeting.date();
            let day = tr!(
                lang,
                "screen-planned-for",
                weekday = super::words::short_weekday(lang, date.weekday()),
                day = date.day(),
                month = crate::lang::dates::month(lang, date)
            );
            let press = tr!(lang, "screen-press-to-start-for-real", key = key.as_str());
            let mut spans = vec![Span::styled(format!("{day} "), theme.warning())];
            spans.extend(super::fit::with_key(&press, &key, theme.key()));
            spans
        }
        false => {
            let press = tr!(lang, "screen-press-to-start", key = key.as_str());
            super::fit::with_key(&press, &key, theme.key())
        }
    };
    vec![
        not_started,
        Line::from(""),
        Line::from(start),
        Line::from(""),
        first,
    ]
}

fn item(model: &Model, width: u16) -> Vec<Line<'static>> {
    let (theme, lang) = (model.theme, model.lang);
    let meeting = &model.meeting;
    let i = meeting.current();
    let item = &meeting.agenda().items[i];
    let kind = match item.kind {
        crate::agenda::ItemKind::Break => tr!(lang, "screen-planned-break"),
        kind => super::words::kind(lang, kind),
    };
    let heading = tr!(
        lang,
        "screen-item-of",
        item = i + 1,
        total = meeting.items().len(),
        kind = kind
    );
    let mut heading = vec![Span::styled(heading, theme.dim())];
    if item.confidential {
        heading.push(Span::styled(
            format!(" · {}", tr!(lang, "screen-confidential")),
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
    let labels = [
        (tr!(lang, "screen-lead"), &item.lead),
        (tr!(lang, "screen-proposed-by"), &item.proposed_by),
    ];
    for (label, name) in labels {
        if let Some(name) = name {
            if !who.is_empty() {
                who.push(Span::raw(" · "));
            }
            who.push(Span::styled(format!("{label} "), theme.dim()));
            who.push(Span::raw(clean(name).into_owned()));
        }
    }
    lines.push(Line::from(who));
    // Whole seconds, so "used" and "left" always add up to the plan on screen.
    let used = TimeDelta::seconds(meeting.item_used(i, model.now).num_seconds());
    let planned = meeting.item_allowed(i);
    let countdown = meeting.item_countdown(model.now);
    let extended = meeting.items()[i].extended;
    let (state, used_text, planned_text) = (
        super::words::clock_state(lang, countdown.state),
        duration(used),
        duration(planned),
    );
    let left = super::words::time_left(lang, &countdown);
    let time = match extended > TimeDelta::zero() {
        true => tr!(
            lang,
            "screen-item-time-extended",
            state = state,
            used = used_text.as_str(),
            planned = planned_text.as_str(),
            extended = extended.num_minutes(),
            left = left
        ),
        false => tr!(
            lang,
            "screen-item-time",
            state = state,
            used = used_text.as_str(),
            planned = planned_text.as_str(),
            left = left
        ),
    };
    lines.push(Line::styled(
        time,
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
        let [notes, decisions, actions] = counts;
        lines.push(Line::styled(
            tr!(
                lang,
                "screen-record-counts",
                notes = notes,
                decisions = decisions,
                actions = actions
            ),
            theme.dim(),
        ));
    }
    if let Some(next) = meeting.agenda().items.get(i + 1) {
        let length = super::words::length(lang, u64::from(next.minutes));
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", tr!(lang, "screen-next")), theme.dim()),
            Span::raw(tr!(
                lang,
                "screen-title-length",
                title = clean(&next.title),
                length = length
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
        tr!(
            model.lang,
            "screen-break-left",
            left = super::words::time_left(model.lang, &countdown),
            time = back.format("%H:%M").to_string()
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
    let lang = model.lang;
    vec![
        Line::styled(
            tr!(lang, "screen-adjourned-at-time", time = ended),
            model.theme.done(),
        ),
        Line::from(tr!(
            lang,
            "screen-items-covered",
            covered = covered,
            total = items.count(),
            length = duration(meeting.elapsed(model.now))
        )),
        Line::styled(tr!(lang, "screen-record-in-journal"), model.theme.dim()),
    ]
}
