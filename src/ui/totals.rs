//! The per-person totals, in place of the agenda: who has not yet spoken on this item at the
//! top, then each person's airtime, turns, turns on this item and, once anyone has raised one,
//! time on points of process (⚑: procedure, not airtime), by airtime or in roll-call order.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{Model, Totals};
use crate::meeting::PersonTotal;
use crate::text::{clean, duration, truncate, width};
use crate::tr;

/// The figures' columns, at least this wide (a space, then the figure): airtime, turns, turns
/// on this item. A language's longer heading widens its column.
const COLUMNS: [usize; 3] = [8, 6, 8];
/// Time on points of process, shown once anyone has had some.
const PROCEDURE: (&str, usize) = ("⚑", 6);

/// The headings of the figures' columns and their widths.
fn columns(lang: crate::lang::Lang) -> [(String, usize); 3] {
    let titles = [
        tr!(lang, "screen-totals-airtime"),
        tr!(lang, "screen-totals-turns"),
        tr!(lang, "screen-totals-on-item"),
    ];
    let mut i = 0;
    titles.map(|title| {
        let cells = COLUMNS[i].max(width(&title) + 1);
        i += 1;
        (title, cells)
    })
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let title = match model.totals {
        Totals::RollCall => tr!(model.lang, "screen-totals-roll-call-order"),
        _ => tr!(model.lang, "screen-totals-by-airtime"),
    };
    let inner = super::panel(model, frame, area, format!(" {title} "));
    let w = inner.width as usize;
    let rows = inner.height as usize;
    let mut lines = not_heard(model, w);
    lines.push(Line::from(""));
    lines.extend(table(model, w, rows.saturating_sub(lines.len())));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// "Not yet heard on this item: …", wrapped, at most three lines.
fn not_heard(model: &Model, w: usize) -> Vec<Line<'static>> {
    let meeting = &model.meeting;
    let names: Vec<String> = meeting
        .not_heard_on_item()
        .iter()
        .map(|&p| clean(&meeting.people()[p].name).into_owned())
        .collect();
    let text = match names.is_empty() {
        true => tr!(model.lang, "screen-everyone-spoke-on-item"),
        false => tr!(
            model.lang,
            "screen-not-heard-on-item",
            names = names.join(", ")
        ),
    };
    let mut wrapped = crate::text::wrap(&text, w.max(1));
    if wrapped.len() > 3 {
        wrapped.truncate(3);
        if let Some(last) = wrapped.last_mut() {
            *last = truncate(&format!("{last} …"), w).into_owned();
        }
    }
    let style = match names.is_empty() {
        true => model.theme.done(),
        false => model.theme.current(),
    };
    wrapped
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect()
}

fn table(model: &Model, w: usize, rows: usize) -> Vec<Line<'static>> {
    let meeting = &model.meeting;
    let mut totals = meeting.person_totals(model.now);
    if model.totals != Totals::RollCall {
        // Most airtime first; equal airtime keeps the roll-call order.
        totals.sort_by_key(|t| std::cmp::Reverse(t.airtime));
    }
    let flagged = totals
        .iter()
        .any(|t| t.procedure > chrono::TimeDelta::zero());
    let lang = model.lang;
    let figures_columns = columns(lang);
    let columns: Vec<(String, usize)> = figures_columns
        .clone()
        .into_iter()
        .chain(flagged.then(|| (PROCEDURE.0.to_string(), PROCEDURE.1)))
        .collect();
    let figures: usize = columns.iter().map(|(_, cells)| cells).sum();
    let room = w.saturating_sub(figures + 2);
    let longest_group = meeting
        .agenda()
        .groups
        .iter()
        .map(|g| width(&clean(&g.label)))
        .max()
        .unwrap_or(0);
    let longest_name = meeting
        .people()
        .iter()
        .map(|p| width(&clean(&p.name)))
        .max()
        .unwrap_or(0);
    // The group column goes first when there is no room for it and a useful name; it gets at
    // least a third of the room, and whatever the longest name leaves over.
    let group_room = match room >= 24 {
        true => longest_group.min((room / 3).max(room.saturating_sub(longest_name + 1))),
        false => 0,
    };
    let name_room = room.saturating_sub(group_room + usize::from(group_room > 0));
    let person = tr!(lang, "screen-totals-person");
    let mut header = format!("  {:<name_room$}", truncate(&person, name_room));
    if group_room > 0 {
        let group = tr!(lang, "screen-totals-group");
        header.push_str(&format!(" {:<group_room$}", truncate(&group, group_room)));
    }
    for (title, cells) in &columns {
        header.push_str(&format!("{title:>cells$}"));
    }
    let header = truncate(&header, w).into_owned();
    let mut lines = vec![Line::styled(header, model.theme.title())];
    let shown = rows.saturating_sub(1);
    let more = totals.len().saturating_sub(shown);
    let keep = if more > 0 {
        shown.saturating_sub(1)
    } else {
        shown
    };
    for total in totals.iter().take(keep) {
        let widths = figures_columns.each_ref().map(|(_, cells)| *cells);
        lines.push(row(model, total, (name_room, group_room), widths, flagged));
    }
    if totals.len() > keep {
        lines.push(Line::styled(
            format!(
                "  {}",
                tr!(lang, "screen-totals-more", more = totals.len() - keep)
            ),
            model.theme.dim(),
        ));
    }
    lines
}

fn row(
    model: &Model,
    total: &PersonTotal,
    (name_room, group_room): (usize, usize),
    [airtime, turns, item]: [usize; 3],
    flagged: bool,
) -> Line<'static> {
    let meeting = &model.meeting;
    let person = &meeting.people()[total.person];
    let speaking = meeting
        .queue()
        .floor
        .as_ref()
        .is_some_and(|f| f.person == total.person);
    let mut name = clean(&person.name).into_owned();
    if !person.is_present() {
        name.push_str(&format!(" {}", tr!(model.lang, "screen-totals-left")));
    }
    let mark = if speaking { "▶ " } else { "  " };
    let mut text = format!("{:<name_room$}", truncate(&name, name_room));
    if group_room > 0 {
        let group = clean(meeting.group_label(total.person)).into_owned();
        text.push_str(&format!(" {:<group_room$}", truncate(&group, group_room)));
    }
    text.push_str(&format!(
        "{:>airtime$}{:>turns$}{:>item$}",
        duration(total.airtime),
        total.turns,
        total.on_item
    ));
    if flagged {
        let (_, cells) = PROCEDURE;
        let time = match total.procedure > chrono::TimeDelta::zero() {
            true => duration(total.procedure),
            false => "–".into(),
        };
        text.push_str(&format!("{time:>cells$}"));
    }
    let style = match (speaking, total.on_item) {
        (true, _) => model.theme.current(),
        (false, 0) => model.theme.dim(),
        _ => ratatui::style::Style::new(),
    };
    Line::from(vec![
        Span::styled(mark, model.theme.current()),
        Span::styled(text, style),
    ])
}
