//! Boxes drawn over the meeting: the help screen (generated from the keymap) and questions.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::app::{Action, Model, Overlay};
use crate::keymap::{Key, Keymap, Mode};
use crate::text::{clean, truncate};

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    match model.overlay {
        Overlay::None => {}
        Overlay::Help { scroll } => help(model, frame, area, scroll),
        Overlay::ConfirmEnd => confirm_end(model, frame, area),
        Overlay::RollCall { selected } => roll_call(model, frame, area, selected),
        Overlay::Picker(ref picker) => self::picker(model, frame, area, picker),
        Overlay::Prompt(ref prompt) => self::prompt(model, frame, area, prompt),
        Overlay::Record { selected } => record(model, frame, area, selected),
        Overlay::ConfirmDelete { entry } => confirm_delete(model, frame, area, entry),
    }
}

fn record(model: &Model, frame: &mut Frame, area: Rect, selected: usize) {
    use crate::meeting::EntryKind;
    let theme = model.theme;
    let meeting = &model.meeting;
    let outer = centered(area, 100, area.height.saturating_sub(2));
    let inner = boxed(model, frame, outer, "The record");
    let w = inner.width as usize;
    let order = crate::app::record_order(model);
    let mut lines: Vec<Line> = Vec::new();
    let mut selected_line = 0;
    let mut last_item = None;
    if order.is_empty() {
        lines.push(Line::styled("Nothing recorded yet.", theme.dim()));
    }
    let selected = selected.min(order.len().saturating_sub(1));
    for (i, &e) in order.iter().enumerate() {
        let entry = &meeting.entries[e];
        if last_item != Some(entry.item) {
            last_item = Some(entry.item);
            let title = format!(
                "{}. {}",
                entry.item + 1,
                clean(&meeting.agenda.items[entry.item].title)
            );
            lines.push(Line::styled(
                truncate(&title, w).into_owned(),
                theme.title(),
            ));
        }
        let detail = match &entry.kind {
            EntryKind::Note => String::new(),
            EntryKind::Decision(vote) => format!(" ({})", vote.describe()),
            EntryKind::Action { owner, due } => {
                let due = due.map_or("no due date".to_string(), |d| format!("due {d}"));
                format!(" ({}, {due})", clean(owner))
            }
        };
        let corrected = if entry.edited { " (corrected)" } else { "" };
        let text = format!(
            "{} {}: {}{detail}{corrected}",
            e + 1,
            entry.kind.label(),
            clean(&entry.text)
        );
        if i == selected {
            selected_line = lines.len();
        }
        lines.push(choice_line(&text, i == selected, w));
    }
    if !meeting.parking_lot.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::styled("Parking lot", theme.title()));
        for parked in &meeting.parking_lot {
            lines.push(Line::from(
                truncate(&format!("  {}", clean(&parked.text)), w).into_owned(),
            ));
        }
    }
    let rows = inner.height as usize;
    let scroll = selected_line.saturating_sub(rows.saturating_sub(2));
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
}

fn confirm_delete(model: &Model, frame: &mut Frame, area: Rect, entry: usize) {
    let yes = model.key_hint(Mode::Confirm, &Action::Confirm);
    let no = model.key_hint(Mode::Confirm, &Action::Cancel);
    let inner = boxed(model, frame, centered(area, 60, 7), "Strike this entry?");
    let text = model
        .meeting
        .entries
        .get(entry)
        .map_or(String::new(), |e| clean(&e.text).into_owned());
    let lines = vec![
        Line::from(truncate(&text, inner.width as usize).into_owned()),
        Line::styled(
            "It leaves the minutes; the journal keeps it.",
            model.theme.dim(),
        ),
        Line::from(""),
        Line::from(vec![
            Span::styled(yes, model.theme.key()),
            Span::raw(" strike it   "),
            Span::styled(no, model.theme.key()),
            Span::raw(" keep it"),
        ]),
    ];
    frame.render_widget(Paragraph::new(lines), inner);
}

fn roll_call(model: &Model, frame: &mut Frame, area: Rect, selected: usize) {
    let theme = model.theme;
    let meeting = &model.meeting;
    let order = crate::app::roll_call_order(meeting);
    let selected = selected.min(order.len().saturating_sub(1));
    let outer = centered(area, 76, area.height.saturating_sub(2));
    let inner = boxed(model, frame, outer, "Roll call");
    let w = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut selected_line = 0;
    for group in &meeting.agenda.groups {
        let members: Vec<(usize, usize)> = order
            .iter()
            .enumerate()
            .filter(|(_, p)| meeting.people[**p].group == group.id)
            .map(|(i, p)| (i, *p))
            .collect();
        let present = members
            .iter()
            .filter(|(_, p)| meeting.people[*p].is_present())
            .count();
        lines.push(Line::styled(
            format!(
                "{} · {present} of {} present",
                clean(&group.label),
                members.len()
            ),
            theme.title(),
        ));
        for (i, person) in members {
            if i == selected {
                selected_line = lines.len();
            }
            lines.push(attendance_line(model, person, i == selected, w));
        }
    }
    let rows = inner.height as usize;
    let scroll = selected_line.saturating_sub(rows.saturating_sub(2));
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
}

fn attendance_line(model: &Model, person: usize, selected: bool, w: usize) -> Line<'static> {
    use crate::meeting::Attendance;
    let theme = model.theme;
    let p = &model.meeting.people[person];
    let (mark, word, style) = match p.attendance {
        Some(Attendance::Present) => ("✓", "present", theme.done()),
        Some(Attendance::Apologies) => ("~", "apologies", theme.dim()),
        Some(Attendance::Absent) => ("✗", "absent", theme.dim()),
        None => ("·", "not marked", theme.dim()),
    };
    let hm = |t: chrono::DateTime<chrono::Utc>| {
        t.with_timezone(&model.offset).format("%H:%M").to_string()
    };
    let mut note = String::new();
    if let Some(t) = p.arrived_late {
        note.push_str(&format!(" · arrived {} (late)", hm(t)));
    }
    if let Some(t) = p.left_early {
        note.push_str(&format!(" · left {}", hm(t)));
    }
    if p.added_live {
        note.push_str(" · added today");
    }
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
    let _ = w;
    line
}

fn picker(model: &Model, frame: &mut Frame, area: Rect, picker: &crate::app::Picker) {
    use crate::app::Candidate;
    let theme = model.theme;
    let meeting = &model.meeting;
    let found = crate::app::candidates(model, picker);
    let height = (found.len() as u16 + 5).clamp(7, area.height.saturating_sub(2));
    let outer = centered(area, 56, height);
    let inner = boxed(model, frame, outer, &picker.purpose.title());
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
            Candidate::NewName(name) => format!("New name: {}", clean(name)),
            Candidate::Nobody => "Nobody in particular".into(),
            &Candidate::Person(p) => format!(
                "{} · {}",
                clean(&meeting.people[p].name),
                clean(meeting.group_label(p))
            ),
            &Candidate::Group(g) => clean(&meeting.agenda.groups[g].label).into_owned(),
        };
        lines.push(choice_line(&text, i == selected, w));
    }
    if found.is_empty() {
        lines.push(Line::styled("Nobody matches", theme.dim()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    frame.set_cursor_position((inner.x + 2 + cursor as u16, inner.y));
}

fn prompt(model: &Model, frame: &mut Frame, area: Rect, prompt: &crate::app::Prompt) {
    let outer = centered(area, 56, 5);
    let inner = boxed(model, frame, outer, &prompt.title());
    let (shown, cursor) = prompt
        .field
        .visible((inner.width as usize).saturating_sub(3));
    let keys = format!(
        "{} saves · {} cancels",
        model.key_hint(Mode::Prompt, &Action::Confirm),
        model.key_hint(Mode::Prompt, &Action::Cancel)
    );
    use crate::app::PromptFor;
    let hint = match &prompt.purpose {
        PromptFor::Due { .. } => crate::app::due_preview(model, prompt.field.text()),
        PromptFor::DecisionVote { .. } => {
            "consensus, or votes for/against/abstain like 7/1/2".into()
        }
        PromptFor::Carried { counts, .. } => {
            format!(
                "{} for, {} against, {} abstaining",
                counts[0], counts[1], counts[2]
            )
        }
        _ => String::new(),
    };
    let lines = vec![
        Line::from(vec![
            Span::styled("› ", model.theme.key()),
            Span::raw(shown),
        ]),
        Line::styled(
            truncate(&hint, inner.width as usize).into_owned(),
            model.theme.current(),
        ),
        Line::styled(keys, model.theme.dim()),
    ];
    frame.render_widget(Paragraph::new(lines), inner);
    frame.set_cursor_position((inner.x + 2 + cursor as u16, inner.y));
}

/// One line of a list to choose from: the selected one marked `›` and in reverse video.
fn choice_line(text: &str, selected: bool, w: usize) -> Line<'static> {
    let (pointer, style) = match selected {
        true => ("› ", Style::new().add_modifier(Modifier::REVERSED)),
        false => ("  ", Style::new()),
    };
    Line::styled(truncate(&format!("{pointer}{text}"), w).into_owned(), style)
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
    let close = model.key_hint(Mode::Help, &Action::Cancel);
    let inner = boxed(
        model,
        frame,
        centered(area, 64, height),
        &format!("Keys — {close} closes"),
    );
    let max_scroll = (lines.len() as u16).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(max_scroll), 0)),
        inner,
    );
}

/// Every binding of the keymap, grouped by mode: the keys for the same action together in the
/// key column (on more lines if they need them), then what they do.
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
            let mut keys = key_column(&keys).into_iter();
            let first = keys.next().unwrap_or_default();
            lines.push(Line::from(vec![
                Span::styled(format!("  {first:<KEY_COLUMN$} "), theme.key()),
                Span::raw(action.describe()),
            ]));
            lines.extend(keys.map(|more| Line::styled(format!("  {more}"), theme.key())));
        }
    }
    lines
}

/// How wide the help screen's key column is; a space follows it before the description.
const KEY_COLUMN: usize = 15;

/// The keys for one action, `n, right, pagedown`, on as many lines as the key column needs.
/// Key names are never cut or split at their hyphens: one wider than the column has a line of
/// its own.
fn key_column(keys: &[Key]) -> Vec<String> {
    let names: Vec<String> = keys.iter().map(Key::to_string).collect();
    let options = textwrap::Options::new(KEY_COLUMN)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(&names.join(", "), options)
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
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
