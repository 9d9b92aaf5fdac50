//! The roll call: who is here, group by group, each with a symbol and a word.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{boxed, centered};
use crate::app::Model;
use crate::text::{clean, truncate};
use crate::tr;

pub(super) fn draw(model: &Model, frame: &mut Frame, area: Rect, selected: usize) {
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
        Paragraph::new(lines).scroll((crate::ui::cells(scroll), 0)),
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
    crate::ui::fit::cut(&line, w)
}
