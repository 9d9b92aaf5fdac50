//! Choosing someone (or a kind of hand): what is typed, and the candidates it leaves.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{boxed, centered};
use crate::app::Model;
use crate::text::clean;
use crate::tr;

pub(super) fn draw(model: &Model, frame: &mut Frame, area: Rect, picker: &crate::app::Picker) {
    use crate::app::Candidate;
    let theme = model.theme;
    let meeting = &model.meeting;
    let found = &picker.found;
    let height = crate::ui::cells(found.len())
        .saturating_add(5)
        .clamp(7, area.height.saturating_sub(2));
    let outer = centered(area, 56, height);
    let mut title = picker.purpose.title(model.lang);
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
        lines.push(super::choice_line(&text, i == selected, w));
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
            .saturating_add(crate::ui::cells(cursor)),
        inner.y,
    ));
}
