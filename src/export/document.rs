//! A small document model, so the minutes are written once and rendered twice: as plain text
//! wrapped at 72 columns, and as GitHub-flavoured Markdown. Every piece of text is cleaned of
//! control characters on the way out.

use crate::text::{clean, keep_dates_whole, width, wrap};

/// Text from the meeting, safe to write, with each date's words joined so no date is broken
/// across lines.
fn plain(text: &str) -> String {
    keep_dates_whole(&clean(text))
}

/// Plain-text exports wrap here.
pub const WIDTH: usize = 72;

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Level 1 is the document's title, 2 a section, 3 an item.
    Heading(u8, String),
    Paragraph(String),
    /// `label: value` lines.
    Fields(Vec<(String, String)>),
    Bullets(Vec<String>),
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// Plain text: headings underlined, paragraphs and bullets wrapped, tables in columns with the
/// last column wrapped.
pub fn to_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        if !out.is_empty() {
            out.push('\n');
        }
        match block {
            Block::Heading(level, text) => {
                let text = plain(text);
                for line in wrap(&text, WIDTH) {
                    out.push_str(&line);
                    out.push('\n');
                }
                let rule = match level {
                    1 => '=',
                    2 => '-',
                    _ => '·',
                };
                if *level <= 2 {
                    out.push_str(&rule.to_string().repeat(width(&text).min(WIDTH)));
                    out.push('\n');
                }
            }
            Block::Paragraph(text) => push_wrapped(&mut out, &plain(text), "", ""),
            Block::Fields(fields) => {
                let label_width = fields.iter().map(|(l, _)| width(l)).max().unwrap_or(0) + 2;
                for (label, value) in fields {
                    let first = format!("{:<label_width$}", format!("{label}:"));
                    push_wrapped(&mut out, &plain(value), &first, &" ".repeat(label_width));
                }
            }
            Block::Bullets(items) => {
                for item in items {
                    push_wrapped(&mut out, &plain(item), "- ", "  ");
                }
            }
            Block::Table { headers, rows } => table_text(&mut out, headers, rows),
        }
    }
    // What was never wrapped (a table's first columns) still has its dates' joins.
    out.replace(crate::text::DATE_JOIN, " ")
}

fn push_wrapped(out: &mut String, text: &str, first: &str, rest: &str) {
    // A label too long to leave room for its value goes on a line of its own.
    if width(first) > WIDTH / 2 {
        push_wrapped(out, first.trim_end(), "", "");
        push_wrapped(out, text, "  ", "  ");
        return;
    }
    let room = WIDTH.saturating_sub(width(first)).max(20);
    for (i, line) in wrap(text, room).into_iter().enumerate() {
        out.push_str(if i == 0 { first } else { rest });
        out.push_str(&line);
        out.push('\n');
    }
}

fn table_text(out: &mut String, headers: &[String], rows: &[Vec<String>]) {
    let columns = headers.len();
    let cell = |row: &[String], i: usize| plain(row.get(i).map_or("", String::as_str));
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for row in rows {
        for (i, w) in widths.iter_mut().enumerate().take(columns - 1) {
            *w = (*w).max(width(&cell(row, i)));
        }
    }
    let fixed: usize = widths[..columns - 1].iter().map(|w| w + 2).sum();
    if fixed + 16 > WIDTH {
        // Too wide for columns: one wrapped line per row instead.
        for row in rows {
            let cells: Vec<String> = (0..columns)
                .map(|i| format!("{}: {}", headers[i], cell(row, i)))
                .collect();
            push_wrapped(out, &cells.join("; "), "- ", "  ");
        }
        return;
    }
    let last = WIDTH.saturating_sub(fixed);
    let line = |out: &mut String, cells: Vec<String>| {
        let wrapped = wrap(&cells[columns - 1], last);
        for (n, tail) in wrapped.iter().enumerate() {
            let mut text = String::new();
            for (i, w) in widths[..columns - 1].iter().enumerate() {
                let value = if n == 0 { cells[i].as_str() } else { "" };
                text.push_str(&format!(
                    "{value}{}  ",
                    " ".repeat(w.saturating_sub(width(value)))
                ));
            }
            text.push_str(tail);
            out.push_str(text.trim_end());
            out.push('\n');
        }
    };
    line(out, headers.to_vec());
    let rule: Vec<String> = widths[..columns - 1]
        .iter()
        .map(|w| "-".repeat(*w))
        .chain(["-".repeat(width(&headers[columns - 1]).max(4))])
        .collect();
    out.push_str(&rule.join("  "));
    out.push('\n');
    for row in rows {
        line(out, (0..columns).map(|i| cell(row, i)).collect());
    }
}

/// GitHub-flavoured Markdown. Text is escaped where Markdown would act on it, so the minutes
/// read as what was said: a note `- no` is not a list, `~~x~~` is not struck out.
pub fn to_markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        if !out.is_empty() {
            out.push('\n');
        }
        match block {
            Block::Heading(level, text) => {
                out.push_str(&format!(
                    "{} {}\n",
                    "#".repeat(usize::from(*level)),
                    md(text, Place::Heading)
                ));
            }
            Block::Paragraph(text) => out.push_str(&format!("{}\n", md(text, Place::LineStart))),
            Block::Fields(fields) => {
                for (label, value) in fields {
                    out.push_str(&format!(
                        "- **{}:** {}\n",
                        md(label, Place::Inline),
                        md(value, Place::Inline)
                    ));
                }
            }
            Block::Bullets(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", md(item, Place::LineStart)));
                }
            }
            Block::Table { headers, rows } => {
                let row = |cells: &[String]| {
                    let cells: Vec<String> = (0..headers.len())
                        .map(|i| md(cells.get(i).map_or("", String::as_str), Place::Cell))
                        .collect();
                    format!("| {} |\n", cells.join(" | "))
                };
                out.push_str(&row(headers));
                out.push_str(&format!("|{}\n", " --- |".repeat(headers.len())));
                for r in rows {
                    out.push_str(&row(r));
                }
            }
        }
    }
    out
}

/// Where text goes on a Markdown line: what Markdown would act on differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// At the start of a line (a paragraph, a list item): `- `, `1. `, `# `, `>` start blocks.
    LineStart,
    /// After `### `: a closing run of `#` would be dropped.
    Heading,
    /// Inside a line.
    Inline,
    /// In a table cell: `|` would end the cell.
    Cell,
}

/// Clean text for Markdown: no controls, no surrounding spaces (four would make code), and a
/// backslash before each character Markdown would act on, only there, so ordinary text keeps
/// its look (`Dr. Okafor`, `Tom & Jerry`, `2 * 3`, `file_name` stay as they are).
fn md(text: &str, place: Place) -> String {
    let cleaned = clean(text);
    let text = cleaned.trim();
    let block = match place {
        Place::LineStart => block_marker(text),
        Place::Heading => closing_hashes(text),
        Place::Inline | Place::Cell => None,
    };
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        if Some(i) == block || acts_inline(text, i, c) || (place == Place::Cell && c == '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether the character at `i` would start or end inline markup: emphasis, strikethrough,
/// code, links, HTML, entities, or a backslash escape.
fn acts_inline(text: &str, i: usize, c: char) -> bool {
    let rest = &text[i + c.len_utf8()..];
    match c {
        '`' | '[' | ']' => true,
        '*' | '_' | '~' => can_delimit(text, i, c),
        '\\' => rest.chars().next().is_none_or(|n| n.is_ascii_punctuation()),
        '<' => rest
            .chars()
            .next()
            .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
        '&' => {
            let name = rest
                .chars()
                .take_while(|n| n.is_ascii_alphanumeric() || *n == '#')
                .count();
            name > 0 && rest[name..].starts_with(';')
        }
        _ => false,
    }
}

/// A run of `*`, `_` or `~` opens or closes emphasis unless it stands between spaces
/// (`2 * 3`), or, for `_`, inside a word (`file_name`). At the ends of the text the
/// neighbours are unknown, so a run there is always escaped.
fn can_delimit(text: &str, i: usize, c: char) -> bool {
    let before = text[..i].trim_end_matches(c).chars().next_back();
    let after = text[i..].trim_start_matches(c).chars().next();
    match (before, after) {
        (Some(b), Some(a)) if b == ' ' && a == ' ' => false,
        (Some(b), Some(a)) if c == '_' && b.is_alphanumeric() && a.is_alphanumeric() => false,
        _ => true,
    }
}

/// At the start of a line: the position of the character that would make the line a heading
/// (`# `), a quote (`>`), a list item (`- `, `+ `, `1. `, `2) `) or a rule (`---`).
fn block_marker(text: &str) -> Option<usize> {
    let spaced = |rest: &str| rest.is_empty() || rest.starts_with(' ');
    let hashes = text.len() - text.trim_start_matches('#').len();
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // Dashes alone make a rule (`---`), and with a bullet's own dash fewer do (`- --`).
    let rule = text.starts_with('-') && text.chars().all(|c| c == '-' || c == ' ');
    if (1..=6).contains(&hashes) && spaced(&text[hashes..]) || text.starts_with('>') || rule {
        return Some(0);
    }
    if text.starts_with(['-', '+']) && spaced(&text[1..]) {
        return Some(0);
    }
    let after = &text[digits..];
    (digits > 0 && after.starts_with(['.', ')']) && spaced(&after[1..])).then_some(digits)
}

/// In a heading, a last run of `#` after a space (or alone) would be taken as the heading's
/// closing marks and dropped: its first `#`.
fn closing_hashes(text: &str) -> Option<usize> {
    let start = text.trim_end_matches('#').len();
    (start < text.len() && (start == 0 || text[..start].ends_with(' '))).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_wraps_at_72_and_markdown_escapes() {
        let long = "word ".repeat(40);
        let blocks = vec![
            Block::Heading(1, "Minutes".into()),
            Block::Paragraph(long.clone()),
            Block::Bullets(vec![long]),
            Block::Table {
                headers: vec!["Owner".into(), "Due".into(), "Action".into()],
                rows: vec![vec!["Ana".into(), "2026-12-01".into(), "x ".repeat(60)]],
            },
        ];
        let text = to_text(&blocks);
        assert!(text.lines().all(|l| width(l) <= WIDTH), "{text}");
        assert!(text.starts_with("Minutes\n=======\n"));
        let md = to_markdown(&[Block::Paragraph("a *b* | c\u{1b}[2J".into())]);
        assert_eq!(md, "a \\*b\\* | c\n");
    }

    #[test]
    fn long_labels_and_wide_tables_still_fit_72_columns() {
        let owner = "Sofia Martins and the communications working group of the board".to_string();
        let blocks = vec![
            Block::Fields(vec![(format!("Present, {owner}"), "Ana, Ben".into())]),
            Block::Table {
                headers: vec!["Owner".into(), "Due".into(), "Action".into()],
                rows: vec![vec![
                    owner.clone(),
                    "2026-12-01".into(),
                    "Send the letter".into(),
                ]],
            },
        ];
        let text = to_text(&blocks);
        assert!(text.lines().all(|l| width(l) <= WIDTH), "{text}");
        assert!(
            text.contains("Send the letter") && text.contains("working group"),
            "{text}"
        );
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_not_lost() {
        let word = "x".repeat(100);
        let lines = wrap(&word, 72);
        assert_eq!(lines.concat(), word);
        assert!(lines.iter().all(|l| l.len() <= 72));
    }
}

/// The Markdown export read back by a CommonMark parser (with GitHub's extensions): whatever a
/// note says, the reader sees the note's words, not formatting.
#[cfg(test)]
mod markdown_reads_back {
    use super::*;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    /// Notes that Markdown would act on if they were written out as they are.
    const TRICKY: &[&str] = &[
        "~~struck~~ and ~one~",
        "- a list?",
        "-",
        "+ plus list",
        "* star list",
        "1. first",
        "2) second",
        "2026. A good year",
        "# Heading",
        "###### six",
        "> quoted",
        ">also quoted",
        "---",
        "--",
        "- --",
        "- - -",
        "***",
        "___",
        "=====",
        "| a | b |",
        "a | b",
        "<b>bold</b> <!-- hidden --> </i>",
        "<http://example.com> and <ana@example.com>",
        "`code` and ``more``",
        "```",
        "~~~",
        "*em*, _em_, **strong**, __strong__",
        "[link](http://example.com) [ref] [^1] ![image](x.png)",
        "[ ] not a task",
        "&amp; &copy; &#65; &#x41; &nbsp;",
        r"C:\Users\ana \*not em\* \\ \| \",
        "Item #",
        "Item ##",
        "#",
        "   leading spaces",
    ];

    /// Ordinary text is written as it is.
    const ORDINARY: &[&str] = &[
        "Dr. Okafor's report: 3.5 hours, 50% done (see p. 4) - Tom & Jerry, C# #5",
        "Ask finance for the cost of both roles!",
        "a < b > c, 2 * 3 = 6? No: x_y stays",
    ];

    /// The events as a compact string: tags in angle brackets, text as it reads. Anything but
    /// plain text (code, HTML, breaks) is marked so it cannot pass for text.
    fn read_back(markdown: &str) -> String {
        let options = Options::ENABLE_TABLES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TASKLISTS
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_GFM;
        let mut out = String::new();
        for event in Parser::new_ext(markdown, options) {
            match event {
                Event::Text(text) => out.push_str(&text),
                Event::Start(tag) => out.push_str(&match tag {
                    Tag::Paragraph => "<p>".to_owned(),
                    Tag::Heading { level, .. } => format!("<{level}>"),
                    Tag::List(None) => "<ul>".to_owned(),
                    Tag::Item => "<li>".to_owned(),
                    Tag::Strong => "<strong>".to_owned(),
                    Tag::Table(_) => "<table>".to_owned(),
                    Tag::TableHead => "<thead>".to_owned(),
                    Tag::TableRow => "<tr>".to_owned(),
                    Tag::TableCell => "<td>".to_owned(),
                    other => format!("<?{other:?}>"),
                }),
                Event::End(tag) => out.push_str(&match tag {
                    TagEnd::Paragraph => "</p>".to_owned(),
                    TagEnd::Heading(level) => format!("</{level}>"),
                    TagEnd::List(false) => "</ul>".to_owned(),
                    TagEnd::Item => "</li>".to_owned(),
                    TagEnd::Strong => "</strong>".to_owned(),
                    TagEnd::Table => "</table>".to_owned(),
                    TagEnd::TableHead => "</thead>".to_owned(),
                    TagEnd::TableRow => "</tr>".to_owned(),
                    TagEnd::TableCell => "</td>".to_owned(),
                    other => format!("</?{other:?}>"),
                }),
                other => out.push_str(&format!("{{?{other:?}}}")),
            }
        }
        out
    }

    #[test]
    fn every_kind_of_block_reads_back_as_the_literal_text() {
        for &note in TRICKY.iter().chain(ORDINARY) {
            let text = note.trim();
            let shown = |blocks: &[Block]| read_back(&to_markdown(blocks));
            assert_eq!(
                shown(&[Block::Paragraph(note.into())]),
                format!("<p>{text}</p>"),
                "paragraph {note:?}"
            );
            assert_eq!(
                shown(&[Block::Bullets(vec![note.into()])]),
                format!("<ul><li>{text}</li></ul>"),
                "bullet {note:?}"
            );
            assert_eq!(
                shown(&[Block::Heading(3, note.into())]),
                format!("<h3>{text}</h3>"),
                "heading {note:?}"
            );
            assert_eq!(
                shown(&[Block::Fields(vec![(note.into(), note.into())])]),
                format!("<ul><li><strong>{text}:</strong> {text}</li></ul>"),
                "field {note:?}"
            );
        }
    }

    #[test]
    fn a_table_cell_stays_one_cell_whatever_it_holds() {
        for &note in TRICKY.iter().chain(ORDINARY) {
            let text = note.trim();
            let table = Block::Table {
                headers: vec!["Owner".into(), "Action".into()],
                rows: vec![vec![note.into(), "Send the letter".into()]],
            };
            assert_eq!(
                read_back(&to_markdown(&[table])),
                format!(
                    "<table><thead><td>Owner</td><td>Action</td></thead>\
                     <tr><td>{text}</td><td>Send the letter</td></tr></table>"
                ),
                "cell {note:?}"
            );
        }
    }

    #[test]
    fn ordinary_text_is_not_escaped() {
        for &note in ORDINARY {
            assert_eq!(md(note, Place::LineStart), note);
            assert_eq!(md(note, Place::Heading), note);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Any mix of the characters Markdown acts on, in every kind of block.
        #[test]
        fn any_mix_of_markup_characters_reads_back(
            note in "[-+*_~`#>|<!()&;:.=0-9ax/\\[\\]\\\\][-+*_~`#>|<!()&;:.=0-9ax/ \\[\\]\\\\]{0,10}"
        ) {
            let text = note.trim();
            let shown = |block: Block| read_back(&to_markdown(&[block]));
            proptest::prop_assert_eq!(
                shown(Block::Paragraph(note.clone())),
                format!("<p>{text}</p>")
            );
            proptest::prop_assert_eq!(
                shown(Block::Bullets(vec![note.clone()])),
                format!("<ul><li>{text}</li></ul>")
            );
            proptest::prop_assert_eq!(
                shown(Block::Heading(3, note.clone())),
                format!("<h3>{text}</h3>")
            );
            proptest::prop_assert_eq!(
                shown(Block::Fields(vec![(note.clone(), note.clone())])),
                format!("<ul><li><strong>{text}:</strong> {text}</li></ul>")
            );
            let table = Block::Table {
                headers: vec!["Owner".into(), "Action".into()],
                rows: vec![vec![note.clone(), "x".into()]],
            };
            proptest::prop_assert_eq!(
                shown(table),
                format!(
                    "<table><thead><td>Owner</td><td>Action</td></thead>\
                     <tr><td>{text}</td><td>x</td></tr></table>"
                )
            );
        }
    }
}
