//! Typing an answer: the field, what the answer will mean, warnings, and the keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{boxed, centered};
use crate::app::Model;
use crate::input::{Command, Mode};
use crate::text::{clean, truncate};
use crate::tr;

pub(super) fn draw(model: &Model, frame: &mut Frame, area: Rect, prompt: &crate::app::Prompt) {
    let width = 64.min(area.width.saturating_sub(2));
    let room = width.saturating_sub(2) as usize;
    let (theme, lang) = (model.theme, model.lang);
    let (save, cancel) = (
        model.key_hint(Mode::Prompt, Command::Confirm),
        model.key_hint(Mode::Prompt, Command::Cancel),
    );
    let keys = match prompt.field.is_suggested() {
        true => tr!(
            lang,
            "overlay-prompt-keys-suggested",
            save = save,
            cancel = cancel
        ),
        false => tr!(lang, "overlay-prompt-keys", save = save, cancel = cancel),
    };
    let mut notes: Vec<Line> = Vec::new();
    for (text, warning) in prompt_notes(model, prompt) {
        let style = if warning {
            theme.warning()
        } else {
            theme.current()
        };
        for line in crate::text::wrap(&clean(&text), room) {
            notes.push(Line::styled(line, style));
        }
    }
    let (mut lines, (column, row)) = field(model, prompt, room.saturating_sub(3));
    let height = crate::ui::cells(notes.len() + lines.len())
        .saturating_add(3)
        .min(area.height);
    let inner = boxed(
        model,
        frame,
        centered(area, width, height),
        &prompt.title(model.lang),
    );
    lines.extend(notes);
    lines.push(Line::styled(
        truncate(&keys, room).into_owned(),
        theme.dim(),
    ));
    frame.render_widget(Paragraph::new(lines), inner);
    frame.set_cursor_position((
        inner
            .x
            .saturating_add(2)
            .saturating_add(crate::ui::cells(column)),
        inner.y.saturating_add(crate::ui::cells(row)),
    ));
}

/// The field's lines and where the cursor stands in them (column, line). What is typed shows
/// on one line that follows the cursor; a suggestion, not being edited yet, is shown whole
/// (a motion's wording is read before it is kept), wrapped and selected.
fn field(
    model: &Model,
    prompt: &crate::app::Prompt,
    room: usize,
) -> (Vec<Line<'static>>, (usize, usize)) {
    let mark = || Span::styled("› ", model.theme.key());
    if !prompt.field.is_suggested() {
        let (shown, cursor) = prompt.field.visible(room);
        return (
            vec![Line::from(vec![mark(), Span::raw(shown)])],
            (cursor, 0),
        );
    }
    let selected = Style::new().add_modifier(Modifier::REVERSED);
    let wrapped = crate::text::wrap(&clean(prompt.field.text()), room);
    let end = wrapped.last().map_or(0, |line| crate::text::width(line));
    let lines: Vec<Line<'static>> = wrapped
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let lead = match i {
                0 => mark(),
                _ => Span::raw("  "),
            };
            Line::from(vec![lead, Span::styled(line, selected)])
        })
        .collect();
    let last = lines.len().saturating_sub(1);
    (lines, (end, last))
}

/// What to tell the person typing, under the field: a preview of what the answer means, and
/// warnings (a confidential item, a meeting that is not quorate). True marks a warning.
fn prompt_notes(model: &Model, prompt: &crate::app::Prompt) -> Vec<(String, bool)> {
    use crate::app::PromptFor;
    let (meeting, lang) = (&model.meeting, model.lang);
    let confidential = meeting.phase() != crate::meeting::Phase::NotStarted
        && meeting.agenda().items[meeting.current()].confidential;
    let quorum = meeting.quorum();
    let mut notes = Vec::new();
    match &prompt.purpose {
        PromptFor::Due { .. } => {
            notes.push((crate::app::due_preview(model, prompt.field.text()), false));
            notes.push((crate::app::due_forms(model), false));
        }
        PromptFor::BreakMinutes => {
            notes.push((crate::app::break_note(model, prompt.field.text()), false))
        }
        PromptFor::ExtendMinutes => notes.push((tr!(lang, "overlay-minutes-like"), false)),
        PromptFor::CarryDue { action } | PromptFor::DropReason { action } => {
            if let PromptFor::CarryDue { .. } = prompt.purpose {
                notes.push((crate::app::due_preview(model, prompt.field.text()), false));
                notes.push((crate::app::due_forms(model), false));
            }
            if let Some(last) = meeting.last_actions().get(*action) {
                let what = format!(
                    "{}. {} ({})",
                    action + 1,
                    last.action.text,
                    last.action.owner
                );
                notes.push((what, false));
            }
        }
        PromptFor::DecisionVote { .. } => notes.push((tr!(lang, "overlay-vote-forms"), false)),
        PromptFor::Carried { counts, .. } => notes.push((
            tr!(
                lang,
                "overlay-vote-counts",
                pro = counts[0],
                contra = counts[1],
                abstaining = counts[2]
            ),
            false,
        )),
        PromptFor::Note if confidential => {
            notes.push((tr!(lang, "overlay-confidential-note"), true))
        }
        PromptFor::ActionText if confidential => {
            notes.push((tr!(lang, "overlay-confidential-action"), true))
        }
        PromptFor::ParkTopic if confidential => {
            notes.push((tr!(lang, "overlay-confidential-parked"), true))
        }
        PromptFor::ItemMinutes { .. } => {
            if let Some(spare) = meeting.minutes_to_spare(model.now, model.offset) {
                notes.push((
                    tr!(lang, "overlay-minutes-to-spare", minutes = spare),
                    false,
                ));
            }
        }
        _ => {}
    }
    let deciding = matches!(
        prompt.purpose,
        PromptFor::DecisionText | PromptFor::DecisionVote { .. } | PromptFor::Carried { .. }
    );
    if deciding && meeting.phase() == crate::meeting::Phase::Running {
        let voice = meeting.item_voice(meeting.current(), model.now);
        let so_far = tr!(
            lang,
            "overlay-so-far",
            voice = meeting.voice_words(lang, &voice)
        );
        notes.push((so_far, false));
        if !voice.customer_voice {
            let who = crate::app::customer_voice(lang, meeting);
            notes.push((tr!(lang, "overlay-no-customer-voice", who = who), true));
        }
    }
    if deciding && !quorum.is_quorate() {
        let why = crate::app::quorum_words(lang, &quorum);
        notes.push((tr!(lang, "overlay-not-quorate", why = why), true));
    }
    notes
}
