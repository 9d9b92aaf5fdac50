//! The agenda as members receive it a week before the meeting: when and where, then each item
//! with its planned time, length, kind, lead, proposer and description. Pure: agenda in,
//! document out, so the app can show the same text.

use super::document::Block;
use crate::agenda::{Agenda, Item, ItemKind, Role, format_minutes};

/// The agenda to send out, as a document to render as text or Markdown.
pub fn agenda_document(agenda: &Agenda) -> Vec<Block> {
    let mut doc = vec![
        Block::Heading(1, agenda.title.clone()),
        Block::Fields(header_fields(agenda)),
        Block::Heading(2, "Items".into()),
    ];
    let lines = agenda
        .item_starts()
        .into_iter()
        .zip(&agenda.items)
        .enumerate()
        .map(|(i, (from, item))| item_line(agenda, i, from, item))
        .collect();
    doc.push(Block::Bullets(lines));
    if agenda.items.iter().any(|i| i.confidential) {
        doc.push(Block::Paragraph(
            "Items marked confidential are held in confidence: what is said stays out of the minutes."
                .into(),
        ));
    }
    doc
}

fn header_fields(agenda: &Agenda) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    if let Some(date) = agenda.date() {
        fields.push(("Date".into(), date.format("%A %-d %B %Y").to_string()));
    }
    match agenda.start() {
        Some(start) => {
            // The planned end when the agenda gives one, or else when the items are done.
            let end = agenda
                .end()
                .map_or(agenda.planned_time(agenda.planned_minutes()), |end| {
                    end.format("%H:%M").to_string()
                });
            fields.push(("Time".into(), format!("{}–{end}", start.format("%H:%M"))));
        }
        None => fields.push(("Length".into(), format_minutes(agenda.planned_minutes()))),
    }
    if let Some(place) = &agenda.place {
        fields.push(("Place".into(), place.clone()));
    }
    let chairs: Vec<&str> = agenda
        .with_role(Role::Facilitator)
        .map(|p| p.name.as_str())
        .collect();
    if !chairs.is_empty() {
        fields.push(("Chair".into(), chairs.join(", ")));
    }
    if !agenda.apologies.is_empty() {
        fields.push(("Apologies".into(), agenda.apologies.join(", ")));
    }
    fields
}

/// `18:10 · 2. Budget 2027 (20m, Decision). Lead: Ana Lopez. Proposed by: Sam Reed. Motion: …`
fn item_line(agenda: &Agenda, index: usize, from: u64, item: &Item) -> String {
    let length = format_minutes(u64::from(item.minutes));
    let head = format!("{} · {}.", agenda.planned_time(from), index + 1);
    if item.kind == ItemKind::Break {
        return format!("{head} {} ({length}).", item.plan_title());
    }
    let mut line = format!("{head} {} ({length}, {}", item.title, item.kind.label());
    if item.confidential {
        // Who leads a confidential item and what it is about stay with the meeting.
        line.push_str(", confidential).");
        return line;
    }
    line.push_str(").");
    if let Some(lead) = &item.lead {
        line.push_str(&format!(" Lead: {lead}."));
    }
    if let Some(by) = &item.proposed_by {
        line.push_str(&format!(" Proposed by: {by}."));
    }
    if let Some(description) = &item.description {
        let motion = if item.kind == ItemKind::Decision {
            "Motion: "
        } else {
            ""
        };
        line.push_str(&format!(" {motion}{}", description.trim()));
    }
    line
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

    use super::*;
    use crate::export::{WIDTH, to_markdown, to_text};
    use crate::text::width;

    const QUARTERLY: &str = include_str!("../../agendas/consumer-advisory-group-quarterly.ron");

    fn quarterly() -> Agenda {
        crate::agenda::from_str(QUARTERLY, Path::new("quarterly.ron")).unwrap()
    }

    #[test]
    fn agenda_as_text() {
        let text = to_text(&agenda_document(&quarterly()));
        assert!(text.lines().all(|l| width(l) <= WIDTH), "{text}");
        insta::assert_snapshot!(text);
    }

    #[test]
    fn agenda_as_markdown() {
        insta::assert_snapshot!(to_markdown(&agenda_document(&quarterly())));
    }

    /// Headings and the entries of each top-level list, as a CommonMark reader sees them.
    fn structure(markdown: &str) -> (Vec<(HeadingLevel, String)>, Vec<usize>) {
        let (mut headings, mut lists) = (Vec::new(), Vec::new());
        let (mut heading, mut depth) = (None::<(HeadingLevel, String)>, 0);
        for event in Parser::new(markdown) {
            match event {
                Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
                Event::Text(t) => {
                    if let Some((_, text)) = &mut heading {
                        text.push_str(&t);
                    }
                }
                Event::End(TagEnd::Heading(_)) => headings.extend(heading.take()),
                Event::Start(Tag::List(_)) => {
                    depth += 1;
                    if depth == 1 {
                        lists.push(0);
                    }
                }
                Event::End(TagEnd::List(_)) => depth -= 1,
                Event::Start(Tag::Item) if depth == 1 => *lists.last_mut().unwrap() += 1,
                _ => {}
            }
        }
        (headings, lists)
    }

    #[test]
    fn markdown_has_one_list_entry_per_item() {
        let agenda = quarterly();
        let markdown = to_markdown(&agenda_document(&agenda));
        let (headings, lists) = structure(&markdown);
        assert_eq!(
            headings,
            [
                (HeadingLevel::H1, agenda.title.clone()),
                (HeadingLevel::H2, "Items".to_string())
            ]
        );
        // The header fields, then the items.
        assert_eq!(lists, [5, agenda.items.len()]);
    }

    #[test]
    fn text_from_the_file_cannot_add_headings_or_items() {
        let mut agenda = quarterly();
        agenda.items[1].description = Some("one\n- two\n# Three\n\n1. four".into());
        agenda.items[2].title = "# Minutes\n- and actions".into();
        let markdown = to_markdown(&agenda_document(&agenda));
        let (headings, lists) = structure(&markdown);
        assert_eq!(headings.len(), 2, "{markdown}");
        assert_eq!(lists, [5, agenda.items.len()], "{markdown}");
    }

    #[test]
    fn times_count_from_the_start_and_breaks_keep_their_place() {
        let text = to_text(&agenda_document(&quarterly()));
        assert!(text.contains("Date:      Thursday 11 March 2027"), "{text}");
        assert!(text.contains("Time:      18:00–20:00\n"), "{text}");
        assert!(text.contains("- 18:00 · 1. Welcome"), "{text}");
        assert!(
            text.contains("- 18:50 · 5. Break — tea and coffee (15m).\n"),
            "{text}"
        );
        assert!(text.contains("Motion: That the service sends"), "{text}");
    }

    #[test]
    fn confidential_items_show_only_their_title_and_time() {
        let agenda = quarterly();
        let text = to_text(&agenda_document(&agenda));
        let respite = agenda.items.iter().find(|i| i.confidential).unwrap();
        assert!(
            text.contains("Our experiences of respite (20m, Discussion, confidential)."),
            "{text}"
        );
        assert!(
            !text.contains(respite.description.as_deref().unwrap()),
            "{text}"
        );
        assert!(!text.contains("Giulia Bianchi"), "{text}");
    }

    #[test]
    fn a_break_not_called_a_break_is_marked_as_one() {
        let mut agenda = quarterly();
        agenda.items[4].title = "Tea and coffee".into();
        agenda.end = None;
        let text = to_text(&agenda_document(&agenda));
        assert!(
            text.contains("- 18:50 · 5. Tea and coffee (break) (15m).\n"),
            "{text}"
        );
        assert!(text.contains("Time:      18:00–20:00\n"), "{text}");
    }

    #[test]
    fn without_a_start_times_count_from_zero() {
        let mut agenda = quarterly();
        agenda.start = None;
        agenda.date = None;
        let text = to_text(&agenda_document(&agenda));
        assert!(text.contains("Length:    2h"), "{text}");
        assert!(!text.contains("Date:"), "{text}");
        assert!(text.contains("- +0:00 · 1. Welcome"), "{text}");
        assert!(text.contains("- +0:25 · 4. Transport"), "{text}");
    }
}
