//! Boxes drawn over the meeting: questions, the roll call, pickers, prompts, the agenda to send
//! out; the help screen (`help`) and the record (`record`) have modules of their own.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::{Model, Overlay};
use crate::input::Command;
use crate::input::Mode;
use crate::text::{clean, truncate};
use crate::tr;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    match model.overlay {
        Overlay::None => {}
        Overlay::Help { scroll } => super::help::draw(model, frame, area, scroll),
        Overlay::Reading { scroll } => reading(model, frame, area, scroll),
        Overlay::Confirm(ref q) => question(model, frame, area, q),
        Overlay::RollCall { selected } => roll_call(model, frame, area, selected),
        Overlay::Picker(ref picker) => self::picker(model, frame, area, picker),
        Overlay::Prompt(ref prompt) => self::prompt(model, frame, area, prompt),
        Overlay::Record { selected } => super::record::overlay(model, frame, area, selected),
        Overlay::Review { selected } => super::follow::review(model, frame, area, selected),
    }
}

fn roll_call(model: &Model, frame: &mut Frame, area: Rect, selected: usize) {
    let theme = model.theme;
    let meeting = &model.meeting;
    let order = crate::app::roll_call_order(meeting);
    let selected = selected.min(order.len().saturating_sub(1));
    let outer = centered(area, 76, area.height.saturating_sub(2));
    let lang = model.lang;
    let inner = boxed(model, frame, outer, &tr!(lang, "overlay-roll-call"));
    let w = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut selected_line = 0;
    for group in &meeting.agenda().groups {
        let members: Vec<(usize, usize)> = order
            .iter()
            .enumerate()
            .filter(|(_, p)| meeting.people()[**p].group == group.id)
            .map(|(i, p)| (i, *p))
            .collect();
        let present = members
            .iter()
            .filter(|(_, p)| meeting.people()[*p].is_present())
            .count();
        let heading = tr!(
            lang,
            "overlay-group-present",
            group = clean(&group.label),
            present = present,
            total = members.len()
        );
        lines.push(Line::styled(heading, theme.title()));
        for (i, person) in members {
            if i == selected {
                selected_line = lines.len();
            }
            lines.push(attendance_line(model, person, i == selected, w));
        }
    }
    let rows = inner.height as usize;
    let scroll = selected_line.saturating_sub(rows.saturating_sub(2));
    frame.render_widget(
        Paragraph::new(lines).scroll((super::cells(scroll), 0)),
        inner,
    );
}

fn attendance_line(model: &Model, person: usize, selected: bool, w: usize) -> Line<'static> {
    use crate::meeting::Attendance;
    let (theme, lang) = (model.theme, model.lang);
    let p = &model.meeting.people()[person];
    let (mark, word, style) = match p.attendance {
        Some(Attendance::Present) => ("✓", tr!(lang, "overlay-present"), theme.done()),
        Some(Attendance::Apologies) => ("~", tr!(lang, "overlay-apologies"), theme.dim()),
        Some(Attendance::Absent) => ("✗", tr!(lang, "overlay-absent"), theme.dim()),
        None => ("·", tr!(lang, "overlay-not-marked"), theme.dim()),
    };
    let hm = |t: chrono::DateTime<chrono::Utc>| {
        t.with_timezone(&model.offset).format("%H:%M").to_string()
    };
    let arrived = p
        .arrived
        .map(|t| tr!(lang, "overlay-arrived", time = hm(t)));
    let left = p
        .left_early
        .map(|t| tr!(lang, "overlay-left", time = hm(t)));
    let added = p.added_live.then(|| tr!(lang, "overlay-added-today"));
    let claimed = model
        .meeting
        .claimed(person)
        .then(|| tr!(lang, "overlay-on-the-members-page"));
    let note: String = [arrived, left, added, claimed]
        .into_iter()
        .flatten()
        .map(|part| format!(" · {part}"))
        .collect();
    let name = truncate(&clean(&p.name), 28).into_owned();
    let pointer = if selected { "›" } else { " " };
    let name_style = if selected {
        Style::new().add_modifier(Modifier::REVERSED)
    } else {
        Style::new()
    };
    let line = Line::from(vec![
        Span::raw(format!("{pointer} ")),
        Span::styled(format!("{mark} "), style),
        Span::styled(format!("{name:<28}"), name_style),
        Span::styled(format!(" {word}"), style),
        Span::styled(note, theme.dim()),
    ]);
    super::fit::cut(&line, w)
}

fn picker(model: &Model, frame: &mut Frame, area: Rect, picker: &crate::app::Picker) {
    use crate::app::Candidate;
    let theme = model.theme;
    let meeting = &model.meeting;
    let found = &picker.found;
    let height = super::cells(found.len())
        .saturating_add(5)
        .clamp(7, area.height.saturating_sub(2));
    let outer = centered(area, 56, height);
    let mut title = picker.purpose.title();
    let adds_hands = matches!(
        picker.purpose,
        crate::app::PickFor::Speaker | crate::app::PickFor::Side(_)
    );
    if adds_hands && meeting.queue().list_closed {
        title.push_str(&format!(
            " · {}",
            tr!(model.lang, "overlay-list-closed-asked-first")
        ));
    }
    let inner = boxed(model, frame, outer, &title);
    let w = inner.width as usize;
    let (shown, cursor) = picker.filter.visible(w.saturating_sub(3));
    let mut lines = vec![
        Line::from(vec![Span::styled("› ", theme.key()), Span::raw(shown)]),
        Line::from(""),
    ];
    let selected = picker.selected.min(found.len().saturating_sub(1));
    let rows = (inner.height as usize).saturating_sub(2);
    let first = selected.saturating_sub(rows.saturating_sub(1));
    for (i, candidate) in found.iter().enumerate().skip(first).take(rows) {
        let text = match candidate {
            Candidate::NewName(name) => tr!(model.lang, "overlay-new-name", name = clean(name)),
            Candidate::Nobody => tr!(model.lang, "overlay-nobody-in-particular"),
            &Candidate::Person(p) => {
                let mut text = format!(
                    "{} · {}",
                    clean(&meeting.people()[p].name),
                    clean(meeting.group_label(p))
                );
                let asker = matches!(picker.purpose, crate::app::PickFor::Asker(_));
                if let Some(why) = crate::app::absence(model, p).filter(|_| asker) {
                    text.push_str(&format!(" · ✗ {why}"));
                }
                text
            }
            &Candidate::Group(g) => clean(&meeting.agenda().groups[g].label).into_owned(),
            &Candidate::Kind(kind, side) => crate::app::choice_words(model, kind, side),
        };
        lines.push(choice_line(&text, i == selected, w));
    }
    if found.is_empty() {
        lines.push(Line::styled(
            crate::app::nobody_matches(model, picker),
            theme.dim(),
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    frame.set_cursor_position((
        inner
            .x
            .saturating_add(2)
            .saturating_add(super::cells(cursor)),
        inner.y,
    ));
}

fn prompt(model: &Model, frame: &mut Frame, area: Rect, prompt: &crate::app::Prompt) {
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
    let height = super::cells(notes.len() + lines.len())
        .saturating_add(3)
        .min(area.height);
    let inner = boxed(model, frame, centered(area, width, height), &prompt.title());
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
            .saturating_add(super::cells(column)),
        inner.y.saturating_add(super::cells(row)),
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
        let so_far = tr!(lang, "overlay-so-far", voice = meeting.voice_words(&voice));
        notes.push((so_far, false));
        if !voice.customer_voice {
            let who = meeting.customer_person();
            notes.push((tr!(lang, "overlay-no-customer-voice", who = who), true));
        }
    }
    if deciding && !quorum.is_quorate() {
        let why = crate::app::quorum_words(&quorum);
        notes.push((tr!(lang, "overlay-not-quorate", why = why), true));
    }
    notes
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

/// The agenda as members receive it: the same text as `cochair agenda`, to read, export or copy.
fn reading(model: &Model, frame: &mut Frame, area: Rect, scroll: u16) {
    let text = crate::export::to_text(&crate::export::agenda_document(model.meeting.agenda()));
    let lines: Vec<Line> = text.lines().map(|l| Line::from(l.to_owned())).collect();
    let width = super::cells(crate::export::WIDTH + 2).min(area.width);
    let height = super::cells(lines.len())
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
    let max_scroll = super::cells(lines.len()).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(max_scroll), 0)),
        inner,
    );
}

/// A question: what it is about, then the keys for yes, no and (where it differs) never mind.
fn question(model: &Model, frame: &mut Frame, area: Rect, question: &crate::app::Question) {
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
    let lines = super::fit::fit(&lines, room, usize::from(area.height.saturating_sub(2)), 0);
    let height = super::cells(lines.len()).saturating_add(2);
    let inner = boxed(
        model,
        frame,
        centered(area, width, height),
        &clean(&wording.title),
    );
    frame.render_widget(Paragraph::new(lines), inner);
}
