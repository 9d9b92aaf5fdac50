//! Boxes drawn over the meeting: the help screen (generated from the keymap) and questions.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::app::{Action, Model, Overlay};
use crate::keymap::{Key, Keymap, Mode};

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    match model.overlay {
        Overlay::None => {}
        Overlay::Help { scroll } => help(model, frame, area, scroll),
        Overlay::ConfirmEnd => confirm_end(model, frame, area),
    }
}

fn boxed(model: &Model, frame: &mut Frame, area: Rect, title: &str) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(model.theme.title())
        .title(Span::styled(format!(" {title} "), model.theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

fn help(model: &Model, frame: &mut Frame, area: Rect, scroll: u16) {
    let lines = help_lines(&model.keymap, model.theme);
    let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    let inner = boxed(
        model,
        frame,
        centered(area, 64, height),
        "Keys — esc closes",
    );
    let max_scroll = (lines.len() as u16).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(max_scroll), 0)),
        inner,
    );
}

/// Every binding of the keymap, grouped by mode, keys for the same action on one line.
pub fn help_lines(keymap: &Keymap, theme: crate::ui::Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for mode in Mode::ALL {
        let mut rows: Vec<(Vec<Key>, &Action)> = Vec::new();
        for (key, action) in keymap.in_mode(mode) {
            match rows.iter_mut().find(|(_, a)| *a == action) {
                Some((keys, _)) => keys.push(*key),
                None => rows.push((vec![*key], action)),
            }
        }
        if rows.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.push(Line::styled(mode.title().to_string(), theme.title()));
        for (keys, action) in rows {
            let keys: Vec<String> = keys.iter().map(Key::to_string).collect();
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<16}", keys.join(", ")), theme.key()),
                Span::raw(action.describe()),
            ]));
        }
    }
    lines
}

fn confirm_end(model: &Model, frame: &mut Frame, area: Rect) {
    let yes = model.key_hint(Mode::Confirm, &Action::Confirm);
    let no = model.key_hint(Mode::Confirm, &Action::Cancel);
    let inner = boxed(model, frame, centered(area, 52, 7), "Adjourn the meeting?");
    let lines = vec![
        Line::from("The meeting's clock stops and the adjournment time is recorded."),
        Line::from(""),
        Line::from(vec![
            Span::styled(yes, model.theme.key()),
            Span::raw(" adjourn now   "),
            Span::styled(no, model.theme.key()),
            Span::raw(" keep going"),
        ]),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}
