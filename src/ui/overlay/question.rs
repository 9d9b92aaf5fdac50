//! A question, and the agenda to send out: boxes read before a key is pressed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{boxed, centered};
use crate::app::Model;
use crate::input::{Command, Mode};
use crate::text::clean;
use crate::tr;

/// The agenda as members receive it: the same text as `cochair agenda`, to read, export or copy.
pub(super) fn reading(model: &Model, frame: &mut Frame, area: Rect, scroll: u16) {
    let text = crate::export::to_text(&crate::export::agenda_document(model.meeting.agenda()));
    let lines: Vec<Line> = text.lines().map(|l| Line::from(l.to_owned())).collect();
    let width = crate::ui::cells(crate::export::WIDTH + 2).min(area.width);
    let height = crate::ui::cells(lines.len())
        .saturating_add(3)
        .min(area.height.saturating_sub(2));
    let title = tr!(
        model.lang,
        "overlay-agenda-to-send",
        export = model.key_hint(Mode::Reading, Command::ExportAgenda),
        copy = model.key_hint(Mode::Reading, Command::CopyAgenda),
        close = model.key_hint(Mode::Reading, Command::Cancel)
    );
    let inner = boxed(model, frame, centered(area, width, height), &title);
    let max_scroll = crate::ui::cells(lines.len()).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(max_scroll), 0)),
        inner,
    );
}

/// A question: what it is about, then the keys for yes, no and (where it differs) never mind.
pub(super) fn question(
    model: &Model,
    frame: &mut Frame,
    area: Rect,
    question: &crate::app::Question,
) {
    let wording = question.wording(model);
    let theme = model.theme;
    let width = 64.min(area.width.saturating_sub(2));
    let room = width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = Vec::new();
    for text in &wording.body {
        for line in crate::text::wrap(&clean(text), room) {
            lines.push(Line::from(line));
        }
    }
    lines.push(Line::from(""));
    let mut answers = vec![
        Span::styled(model.key_hint(Mode::Confirm, Command::Confirm), theme.key()),
        Span::raw(format!(" {}   ", wording.yes)),
        Span::styled(model.key_hint(Mode::Confirm, Command::Decline), theme.key()),
        Span::raw(format!(" {}", wording.no)),
    ];
    if let Some(cancel) = wording.cancel {
        answers.push(Span::raw("   "));
        answers.push(Span::styled(
            model.key_hint(Mode::Confirm, Command::Cancel),
            theme.key(),
        ));
        answers.push(Span::raw(format!(" {cancel}")));
    }
    lines.push(Line::from(answers));
    // The answers wrap like the words: the box is as tall as they are, so none is cut.
    let lines = crate::ui::fit::fit(&lines, room, usize::from(area.height.saturating_sub(2)), 0);
    let height = crate::ui::cells(lines.len()).saturating_add(2);
    let inner = boxed(
        model,
        frame,
        centered(area, width, height),
        &clean(&wording.title),
    );
    frame.render_widget(Paragraph::new(lines), inner);
}
