//! The agenda as members receive it a week before the meeting: when and where, then each item
//! with its planned time, length, kind, lead, proposer and description, in the language asked
//! for (`papers.ftl`: the papers sent before a meeting). Pure: agenda in, document out, so the
//! app can show the same text.

use super::document::Block;
use crate::agenda::{Agenda, Item, ItemKind, Role};
use crate::lang::{Lang, dates};
use crate::tr;

/// The agenda to send out, in English: for the screens that show it and are not in Fluent
/// yet.
pub fn agenda_document(agenda: &Agenda) -> Vec<Block> {
    agenda_document_in(agenda, Lang::En)
}

/// The agenda to send out, as a document to render as text or Markdown, in `lang`.
pub fn agenda_document_in(agenda: &Agenda, lang: Lang) -> Vec<Block> {
    let mut doc = vec![
        Block::Heading(1, agenda.title.clone()),
        Block::Fields(header_fields(agenda, lang)),
        Block::Heading(2, tr!(lang, "papers-items")),
    ];
    let lines = agenda
        .item_starts()
        .into_iter()
        .zip(&agenda.items)
        .enumerate()
        .map(|(i, (from, item))| item_line(agenda, lang, i, from, item))
        .collect();
    doc.push(Block::Bullets(lines));
    if agenda.items.iter().any(|i| i.confidential) {
        doc.push(Block::Paragraph(tr!(lang, "papers-confidential")));
    }
    doc
}

/// `5m`, `2h`, `1h 30m`; in Spanish `5 min`, `2 h`, `1 h 30 min`.
fn length(lang: Lang, minutes: u64) -> String {
    tr!(
        lang,
        "papers-length",
        hours = minutes / 60,
        minutes = minutes % 60
    )
}

fn header_fields(agenda: &Agenda, lang: Lang) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    if let Some(date) = agenda.date() {
        fields.push((tr!(lang, "papers-date"), dates::long(lang, date)));
    }
    match agenda.start() {
        Some(start) => {
            // The planned end when the agenda gives one, or else when the items are done.
            let end = agenda
                .end()
                .map_or(agenda.planned_time(agenda.planned_minutes()), |end| {
                    end.format("%H:%M").to_string()
                });
            let times = tr!(
                lang,
                "papers-times",
                start = start.format("%H:%M").to_string(),
                end = end
            );
            fields.push((tr!(lang, "papers-time"), times));
        }
        None => fields.push((
            tr!(lang, "papers-length-label"),
            length(lang, agenda.planned_minutes()),
        )),
    }
    if let Some(place) = &agenda.place {
        fields.push((tr!(lang, "papers-place"), place.clone()));
    }
    let chairs: Vec<&str> = agenda
        .with_role(Role::Facilitator)
        .map(|p| p.name.as_str())
        .collect();
    if !chairs.is_empty() {
        fields.push((tr!(lang, "papers-chair"), chairs.join(", ")));
    }
    if !agenda.apologies.is_empty() {
        fields.push((tr!(lang, "papers-apologies"), agenda.apologies.join(", ")));
    }
    fields
}

/// `18:10 · 2. Budget 2027 (20m, Decision). Lead: Ana Lopez. Proposed by: Sam Reed. Motion: …`
fn item_line(agenda: &Agenda, lang: Lang, index: usize, from: u64, item: &Item) -> String {
    let (time, number) = (agenda.planned_time(from), index + 1);
    let length = length(lang, u64::from(item.minutes));
    let title = item.title.as_str();
    if item.kind == ItemKind::Break {
        let word = tr!(lang, "papers-break-word");
        let named = item.title.to_lowercase().contains(&word);
        return tr!(
            lang,
            "papers-break",
            named = if named { "yes" } else { "no" },
            time = time,
            number = number,
            title = title,
            length = length
        );
    }
    let kind = super::minutes::kind(lang, item.kind);
    if item.confidential {
        // Who leads a confidential item and what it is about stay with the meeting.
        return tr!(
            lang,
            "papers-item-confidential",
            time = time,
            number = number,
            title = title,
            length = length,
            kind = kind
        );
    }
    let mut line = tr!(
        lang,
        "papers-item",
        time = time,
        number = number,
        title = title,
        length = length,
        kind = kind
    );
    if let Some(lead) = &item.lead {
        line.push(' ');
        line.push_str(&tr!(lang, "papers-lead", name = lead));
    }
    if let Some(by) = &item.proposed_by {
        line.push(' ');
        line.push_str(&tr!(lang, "papers-proposed-by", name = by));
    }
    if let Some(description) = &item.description {
        line.push(' ');
        line.push_str(&match item.kind {
            ItemKind::Decision => tr!(lang, "papers-motion", text = description.trim()),
            _ => description.trim().to_owned(),
        });
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
