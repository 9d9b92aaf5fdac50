//! A small document model, so the minutes are written once and rendered twice: as plain text
//! wrapped at 72 columns, and as GitHub-flavoured Markdown. Every piece of text is cleaned of
//! control characters on the way out.

use crate::text::{clean, width, wrap};

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
                let text = clean(text);
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
            Block::Paragraph(text) => push_wrapped(&mut out, &clean(text), "", ""),
            Block::Fields(fields) => {
                let label_width = fields.iter().map(|(l, _)| width(l)).max().unwrap_or(0) + 2;
                for (label, value) in fields {
                    let first = format!("{:<label_width$}", format!("{label}:"));
                    push_wrapped(&mut out, &clean(value), &first, &" ".repeat(label_width));
                }
            }
            Block::Bullets(items) => {
                for item in items {
                    push_wrapped(&mut out, &clean(item), "- ", "  ");
                }
            }
            Block::Table { headers, rows } => table_text(&mut out, headers, rows),
        }
    }
    out
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
    let cell = |row: &[String], i: usize| clean(row.get(i).map_or("", String::as_str)).into_owned();
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

/// GitHub-flavoured Markdown.
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
                    md(text)
                ));
            }
            Block::Paragraph(text) => out.push_str(&format!("{}\n", md(text))),
            Block::Fields(fields) => {
                for (label, value) in fields {
                    out.push_str(&format!("- **{}:** {}\n", md(label), md(value)));
                }
            }
            Block::Bullets(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", md(item)));
                }
            }
            Block::Table { headers, rows } => {
                let row = |cells: &[String]| {
                    let cells: Vec<String> = (0..headers.len())
                        .map(|i| md(cells.get(i).map_or("", String::as_str)).replace('|', "\\|"))
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

/// Clean text for Markdown: no controls, and characters that would start markup escaped.
fn md(text: &str) -> String {
    let clean = clean(text);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        if matches!(c, '*' | '_' | '`' | '<' | '>' | '[' | ']' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
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
