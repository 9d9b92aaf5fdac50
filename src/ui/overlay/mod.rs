//! Boxes drawn over the meeting, one module each: the roll call, choosing someone, typing an
//! answer, questions and the agenda to send out; the help screen (`help`) and the record
//! (`record`) have modules of their own. Here: which box is open, and how a box is drawn.

mod picker;
mod prompt;
mod question;
mod roll_call;

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};

use crate::app::{Model, Overlay};
use crate::text::truncate;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    match model.overlay {
        Overlay::None => {}
        Overlay::Help { scroll } => super::help::draw(model, frame, area, scroll),
        Overlay::Reading { scroll } => question::reading(model, frame, area, scroll),
        Overlay::Confirm(ref q) => question::question(model, frame, area, q),
        Overlay::RollCall { selected } => roll_call::draw(model, frame, area, selected),
        Overlay::Picker(ref picker) => picker::draw(model, frame, area, picker),
        Overlay::Prompt(ref prompt) => prompt::draw(model, frame, area, prompt),
        Overlay::Record { selected } => super::record::overlay(model, frame, area, selected),
        Overlay::Review { selected } => super::follow::review(model, frame, area, selected),
    }
}

/// One line of a list to choose from: the selected one marked `›` and in reverse video.
pub(super) fn choice_line(text: &str, selected: bool, w: usize) -> Line<'static> {
    let (pointer, style) = match selected {
        true => ("› ", Style::new().add_modifier(Modifier::REVERSED)),
        false => ("  ", Style::new()),
    };
    Line::styled(truncate(&format!("{pointer}{text}"), w).into_owned(), style)
}

pub(super) fn boxed(model: &Model, frame: &mut Frame, area: Rect, title: &str) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(model.theme.title())
        .title(Span::styled(format!(" {title} "), model.theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

pub(super) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}
