//! What the room view writes large, and the marks it shares with the facilitator's screen: the
//! item's title in block letters (or wrapped in bold when they do not fit), names in block
//! capitals, and the marks for a direct response (`↩`), a side of the motion (`+`, `−`), a
//! point of process (`⚑`), a turn held for a question (`⏸`) and a closed list (`⊘ List
//! closed`), so the back of the room reads what the facilitator reads. The words are in the
//! wall's language (`model.lang`); names and titles are shown as written.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::big_clock;
use crate::app::Model;
use crate::meeting::{Phase, Side};
use crate::text::{clean, truncate, width};
use crate::tr;

/// The mark for a side of the motion: `+` for, `−` against.
pub fn side_mark(side: Side) -> &'static str {
    match side {
        Side::Pro => "+",
        Side::Contra => "−",
    }
}

/// The mark before a waiting hand's name: `⚑`, `↩`, `+`, `−`, or a blank.
pub fn hand_mark(process: bool, response: bool, side: Option<Side>) -> &'static str {
    match (process, response, side) {
        (true, _, _) => "⚑",
        (_, true, _) => "↩",
        (_, _, Some(side)) => side_mark(side),
        _ => " ",
    }
}

/// What the speaker's turn is, in a line above their name: `↩ direct response to Mei Chen`,
/// `+ pro: for the motion`, `⚑ point of process`, `⏸ turn held for a question` while an
/// interposed question runs (its countdown is the clock's); with the closed list after it.
pub fn marks_line(model: &Model) -> String {
    let (meeting, lang) = (&model.meeting, model.lang);
    let mut parts = Vec::new();
    if let Some(floor) = &meeting.queue().floor {
        if floor.process {
            parts.push(tr!(lang, "queue-point-of-process-turn"));
        } else if let Some(to) = floor.response_to {
            let to = clean(&meeting.people()[to].name);
            parts.push(tr!(lang, "queue-direct-response-to", name = to));
        }
        match floor.side {
            Some(Side::Pro) => parts.push(tr!(lang, "queue-for-the-motion")),
            Some(Side::Contra) => parts.push(tr!(lang, "queue-against-the-motion")),
            None => {}
        }
        if meeting.question(model.now).is_some() {
            parts.push(tr!(lang, "queue-held-for-a-question"));
        }
    }
    if meeting.phase() == Phase::Running && meeting.queue().list_closed {
        parts.push(tr!(lang, "queue-list-closed"));
    }
    parts.join("   ·   ")
}

/// Rows the item's title needs on the wall: three for block letters and a blank row when
/// they fit across, else its lines wrapped (at most three) and a blank row.
pub fn title_rows(title: &str, area_width: u16) -> u16 {
    let title = clean(title);
    let fits = big_clock::capitals(&title)
        .is_some_and(|c| big_clock::half_width(&c) <= usize::from(area_width));
    match fits {
        true => 4,
        false => super::cells(crate::text::wrap(&title, usize::from(area_width.max(1))).len())
            .min(3)
            .saturating_add(1),
    }
}

/// The item's title: in block letters three rows tall when it fits across, else wrapped in
/// bold, centred; a title longer than three lines ends in `…`.
pub fn title(frame: &mut Frame, area: Rect, text: &str, style: Style) {
    let text = clean(text);
    if area.height == 0 {
        return;
    }
    if let Some(capitals) = big_clock::capitals(&text)
        && big_clock::half_width(&capitals) <= usize::from(area.width)
        && area.height >= 3
    {
        big_clock::draw_half(frame.buffer_mut(), area, &capitals, style);
        return;
    }
    let w = usize::from(area.width.max(1));
    let rows = usize::from(area.height.max(1));
    let mut lines = crate::text::wrap(&text, w);
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            *last = truncate(&format!("{last} …"), w).into_owned();
        }
    }
    let bold = style.add_modifier(Modifier::BOLD);
    let lines: Vec<Line> = lines
        .into_iter()
        .map(|l| Line::styled(l, bold).centered())
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// A name across the area: in block capitals at the largest size that fits with a blank row
/// under it, else three rows of half blocks, else plain text centred (ending in `…` if it
/// must be cut).
pub fn name(frame: &mut Frame, area: Rect, text: &str, style: Style) {
    if area.height == 0 {
        return;
    }
    let grid = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    if let Some(capitals) = big_clock::capitals(text) {
        let scale = big_clock::scale_for(&capitals, grid).min(grid.height / 5);
        if scale > 0 {
            big_clock::draw(frame.buffer_mut(), grid, &capitals, scale, style);
            return;
        }
        if grid.height >= 3 && big_clock::half_width(&capitals) <= usize::from(grid.width) {
            let [middle] = Layout::vertical([Constraint::Length(3)])
                .flex(Flex::Center)
                .areas(grid);
            big_clock::draw_half(frame.buffer_mut(), middle, &capitals, style);
            return;
        }
    }
    let line = truncate(text, usize::from(area.width)).into_owned();
    let [middle] = Layout::vertical([Constraint::Length(1)])
        .flex(Flex::Center)
        .areas(area);
    frame.render_widget(Paragraph::new(Line::styled(line, style)).centered(), middle);
}

/// A line of text centred in one row, cut with `…` if it must be.
pub fn centred(frame: &mut Frame, area: Rect, text: &str, style: Style) {
    if area.height == 0 || width(text) == 0 {
        return;
    }
    let line = truncate(text, usize::from(area.width)).into_owned();
    frame.render_widget(Paragraph::new(Line::styled(line, style)).centered(), area);
}

#[cfg(test)]
pub(super) mod languages;
#[cfg(test)]
mod tests;
