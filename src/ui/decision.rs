//! The voice on the item on the table while a decision is being taken (or on any Decision
//! item): by group against the targets, how many of those present spoke, and a warning when
//! no customer leader has.

use ratatui::text::Line;

use crate::app::{Model, Overlay, PromptFor, Question};
use crate::text::{clean, truncate};
use crate::tr;

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
    let (theme, lang) = (model.theme, model.lang);
    let voice = meeting.item_voice(meeting.current(), model.now);
    let title = match being_taken(model) {
        true => tr!(lang, "screen-before-the-decision"),
        false => tr!(lang, "screen-item-so-far"),
    };
    let mut lines = vec![Line::styled(title, theme.title())];
    if !voice.anyone_spoke() {
        lines.push(Line::from(tr!(lang, "screen-nobody-has-spoken")));
    }
    for group in voice
        .groups
        .iter()
        .filter(|g| voice.anyone_spoke() && (g.present > 0 || g.turns > 0))
    {
        let label = clean(&meeting.agenda().groups[group.group].label).into_owned();
        let share = crate::text::percent(group.share);
        let text = match group.target {
            Some(t) => tr!(
                lang,
                "screen-group-spoke-target",
                group = label,
                share = share,
                spoke = group.spoke,
                present = group.present,
                target = crate::text::percent(t)
            ),
            None => tr!(
                lang,
                "screen-group-spoke",
                group = label,
                share = share,
                spoke = group.spoke,
                present = group.present
            ),
        };
        lines.push(Line::from(truncate(&text, w).into_owned()));
    }
    if !voice.customer_voice {
        let who = crate::app::customer_voice(lang, meeting);
        let text = tr!(lang, "screen-no-customer-voice", who = who);
        lines.push(Line::styled(
            truncate(&text, w).into_owned(),
            theme.warning(),
        ));
    }
    lines
}
