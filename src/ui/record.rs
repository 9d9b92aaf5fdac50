//! The secretary's record on screen: every note, decision and action by item, then the
//! parking lot, as the record overlay (`m`) and the secretary's wide panel show it. Entries
//! wrap; what is scrolled out of sight is said.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::overlay::{boxed, centered, choice_line};
use crate::app::Model;
use crate::text::{clean, truncate};
use crate::tr;

/// The record over the meeting (`m`), to choose an entry to correct or strike.
pub(super) fn overlay(model: &Model, frame: &mut Frame, area: Rect, selected: usize) {
    let width = if model.seat == crate::agenda::Seat::Job(crate::agenda::Role::Secretary) {
        area.width.saturating_sub(4).min(120)
    } else {
        100
    };
    let outer = centered(area, width, area.height.saturating_sub(2));
    let inner = boxed(model, frame, outer, &tr!(model.lang, "screen-the-record"));
    draw(model, frame, inner, Some(selected));
}

/// Every note, decision and action by item, then the parking lot, scrolled to keep the
/// selected entry (if any) in view: the record overlay, and the secretary's record panel.
/// Entries wrap (nothing is cut); what is scrolled out of sight is said on the first or last
/// row.
pub(super) fn draw(model: &Model, frame: &mut Frame, inner: Rect, selected: Option<usize>) {
    let (theme, lang) = (model.theme, model.lang);
    let meeting = &model.meeting;
    let w = inner.width as usize;
    let order = crate::app::record_order(model);
    // Blocks of lines: headings, entries, the parking lot; `focus` is the one to keep in view.
    let mut blocks: Vec<Vec<Line<'static>>> = Vec::new();
    let mut focus = 0;
    let mut last_item = None;
    if order.is_empty() {
        blocks.push(vec![Line::styled(
            tr!(lang, "screen-nothing-recorded-yet"),
            theme.dim(),
        )]);
    }
    let selected = selected.map(|s| s.min(order.len().saturating_sub(1)));
    for (i, &e) in order.iter().enumerate() {
        let entry = &meeting.entries()[e];
        if last_item != Some(entry.item) {
            last_item = Some(entry.item);
            let heading = Line::styled(item_heading(model, entry.item), theme.title());
            blocks.push(super::fit::wrap(&heading, w, 3));
        }
        let is_selected = selected == Some(i);
        if is_selected || selected.is_none() {
            focus = blocks.len();
        }
        let line = choice_line(&entry_text(model, e), is_selected, usize::MAX);
        blocks.push(super::fit::wrap(&line, w, 4));
    }
    if !meeting.parking_lot().is_empty() {
        blocks.push(vec![
            Line::from(""),
            Line::styled(tr!(lang, "screen-parking-lot"), theme.title()),
        ]);
        for parked in meeting.parking_lot() {
            let line = Line::from(format!("  {}", clean(&parked.text)));
            blocks.push(super::fit::wrap(&line, w, 4));
        }
    }
    let rows = inner.height as usize;
    let lines = scrolled(model, blocks, focus, rows, w);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// `2. Budget 2027 · 🔒 confidential (…)`: the heading of an item's entries.
fn item_heading(model: &Model, item: usize) -> String {
    let meeting = &model.meeting;
    let lock = match meeting.agenda().items[item].confidential {
        true => format!(" · {}", tr!(model.lang, "screen-confidential-heading")),
        false => String::new(),
    };
    format!(
        "{}. {}{lock}",
        item + 1,
        clean(&meeting.agenda().items[item].title)
    )
}

/// `3 Action: Write to the council (Ana Lopez, due 2026-12-01)`: one entry in words.
fn entry_text(model: &Model, e: usize) -> String {
    use crate::meeting::EntryKind;
    let lang = model.lang;
    let entry = &model.meeting.entries()[e];
    let (kind, detail) = match &entry.kind {
        EntryKind::Note => (tr!(lang, "screen-entry-note"), String::new()),
        EntryKind::Decision { vote, quorum, .. } => {
            let vote = super::words::vote(lang, vote);
            let detail = match quorum.is_quorate() {
                true => tr!(lang, "screen-entry-decided", vote = vote),
                false => tr!(lang, "screen-entry-decided-not-quorate", vote = vote),
            };
            (tr!(lang, "screen-entry-decision"), format!(" {detail}"))
        }
        EntryKind::Action { owner, due } => {
            let owner = clean(owner);
            let detail = match due {
                Some(d) => tr!(lang, "screen-entry-due", owner = owner, due = d.to_string()),
                None => tr!(lang, "screen-entry-no-due-date", owner = owner),
            };
            let lock = match entry.private {
                true => format!(" · {}", tr!(lang, "screen-confidential")),
                false => String::new(),
            };
            (tr!(lang, "screen-entry-action"), format!(" {detail}{lock}"))
        }
    };
    let corrected = match entry.edited {
        true => format!(" {}", tr!(lang, "screen-entry-corrected")),
        false => String::new(),
    };
    format!(
        "{} {kind}: {}{detail}{corrected}",
        e + 1,
        clean(&entry.text)
    )
}

/// The blocks from the one that keeps `focus` in view (as low as it can be), in `rows` rows;
/// when some are out of sight above or below, the first or last row says so.
fn scrolled(
    model: &Model,
    blocks: Vec<Vec<Line<'static>>>,
    focus: usize,
    rows: usize,
    w: usize,
) -> Vec<Line<'static>> {
    let total: usize = blocks.iter().map(Vec::len).sum();
    let all: Vec<Line<'static>> = blocks.iter().flatten().cloned().collect();
    if total <= rows {
        return all;
    }
    let mark = |text: &str| Line::styled(truncate(text, w).into_owned(), model.theme.dim());
    // The line after the focused block, and where the view must start to show it whole,
    // leaving a row for each mark.
    let focus_end: usize = blocks.iter().take(focus + 1).map(Vec::len).sum();
    let room = rows.saturating_sub(2).max(1);
    let start = focus_end.saturating_sub(room);
    let mut lines: Vec<Line<'static>> = Vec::new();
    if start > 0 {
        lines.push(mark(&tr!(model.lang, "screen-more-above")));
    }
    let body = rows.saturating_sub(lines.len());
    let below = total > start + body;
    let take = if below { body.saturating_sub(1) } else { body };
    lines.extend(all.into_iter().skip(start).take(take));
    if below {
        lines.push(mark(&tr!(model.lang, "screen-more-below")));
    }
    lines
}
