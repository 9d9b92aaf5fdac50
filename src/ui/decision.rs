//! The voice on the item on the table while a decision is being taken (or on any Decision
//! item): by group against the targets, how many of those present spoke, and a warning when
//! no customer leader has.

use ratatui::text::Line;

use crate::app::{Model, Overlay, PromptFor, Question};
use crate::text::{clean, truncate};

/// A decision is being typed, or a question about recording one is open.
pub fn being_taken(model: &Model) -> bool {
    match &model.overlay {
        Overlay::Prompt(prompt) => matches!(
            prompt.purpose,
            PromptFor::DecisionText | PromptFor::DecisionVote { .. } | PromptFor::Carried { .. }
        ),
        Overlay::Confirm(question) => matches!(
            question,
            Question::NotQuorate { .. } | Question::NoCustomerVoice { .. }
        ),
        _ => false,
    }
}

/// Whether the voice balance shows the item's voice: while a decision is being taken, and
/// throughout a Decision item.
pub fn shown(model: &Model) -> bool {
    let meeting = &model.meeting;
    meeting.phase() == crate::meeting::Phase::Running
        && (being_taken(model)
            || meeting.agenda().items[meeting.current()].kind == crate::agenda::ItemKind::Decision)
}

/// The section for the voice balance view.
pub fn lines(model: &Model, w: usize) -> Vec<Line<'static>> {
    let meeting = &model.meeting;
    let theme = model.theme;
    let voice = meeting.item_voice(meeting.current(), model.now);
    let title = match being_taken(model) {
        true => "This item, before the decision",
        false => "This item so far (a decision)",
    };
    let mut lines = vec![Line::styled(title, theme.title())];
    if !voice.anyone_spoke() {
        lines.push(Line::from("Nobody has spoken on this item yet."));
    }
    for group in voice
        .groups
        .iter()
        .filter(|g| voice.anyone_spoke() && (g.present > 0 || g.turns > 0))
    {
        let label = clean(&meeting.agenda().groups[group.group].label).into_owned();
        let target = group.target.map_or(String::new(), |t| {
            format!(" · target {}%", crate::text::percent(t))
        });
        let text = format!(
            "{label} {}% · {} of {} spoke{target}",
            crate::text::percent(group.share),
            group.spoke,
            group.present
        );
        lines.push(Line::from(truncate(&text, w).into_owned()));
    }
    if !voice.customer_voice {
        let text = format!(
            "⚠ No {} has spoken on this item yet",
            meeting.customer_person()
        );
        lines.push(Line::styled(
            truncate(&text, w).into_owned(),
            theme.warning(),
        ));
    }
    lines
}
