//! Making styled text fit a panel without cutting anything silently: lines are broken at
//! spaces (keeping each word's style), and when they still do not fit the panel's rows, the last
//! row shown ends in `…`. A panel that clips a line at its border hides words with no sign;
//! these never do.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::text::width;

/// One character cell of a line, with its style.
type Cell = (char, Style);

fn cells_of(line: &Line) -> Vec<Cell> {
    line.spans
        .iter()
        .flat_map(|span| {
            let style = line.style.patch(span.style);
            span.content.chars().map(move |c| (c, style))
        })
        .collect()
}

fn line_of(cells: &[Cell]) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut text = String::new();
    let mut style = None;
    for &(c, s) in cells {
        if style.is_some_and(|st| st != s) {
            spans.push(Span::styled(
                std::mem::take(&mut text),
                style.unwrap_or_default(),
            ));
        }
        style = Some(s);
        text.push(c);
    }
    if !text.is_empty() {
        spans.push(Span::styled(text, style.unwrap_or_default()));
    }
    Line::from(spans)
}

fn cell_width(cells: &[Cell]) -> usize {
    cells
        .iter()
        .map(|(c, _)| width(c.encode_utf8(&mut [0; 4])))
        .sum()
}

/// A styled line broken at spaces into rows of at most `room` columns; rows after the first
/// start with `indent` spaces. A word longer than a row is cut into pieces, never lost.
pub fn wrap(line: &Line, room: usize, indent: usize) -> Vec<Line<'static>> {
    let room = room.max(1);
    let indent = indent.min(room.saturating_sub(1));
    let cells = cells_of(line);
    let mut rows: Vec<Vec<Cell>> = vec![Vec::new()];
    let mut i = 0;
    // Leading spaces belong to the first row (they line things up).
    while i < cells.len() && cells[i].0 == ' ' {
        rows[0].push(cells[i]);
        i += 1;
    }
    while i < cells.len() {
        let spaces_start = i;
        while i < cells.len() && cells[i].0 == ' ' {
            i += 1;
        }
        let word_start = i;
        while i < cells.len() && cells[i].0 != ' ' {
            i += 1;
        }
        let (spaces, word) = (&cells[spaces_start..word_start], &cells[word_start..i]);
        let row = rows.last_mut().map_or(0, |r| cell_width(r));
        let fresh = rows.last().is_none_or(|r| r.iter().all(|(c, _)| *c == ' '));
        if fresh || row + cell_width(spaces) + cell_width(word) <= room {
            if let Some(r) = rows.last_mut() {
                r.extend_from_slice(spaces);
            }
        } else {
            rows.push(vec![(' ', Style::new()); indent]);
        }
        for &cell in word {
            let used = rows.last().map_or(0, |r| cell_width(r));
            if used + cell_width(&[cell]) > room {
                rows.push(vec![(' ', Style::new()); indent]);
            }
            if let Some(r) = rows.last_mut() {
                r.push(cell);
            }
        }
    }
    rows.iter().map(|r| line_of(r)).collect()
}

/// The line cut to `room` columns, ending in `…` when something was cut.
pub fn cut(line: &Line, room: usize) -> Line<'static> {
    let cells = cells_of(line);
    if cell_width(&cells) <= room {
        return line_of(&cells);
    }
    let mut kept: Vec<Cell> = Vec::new();
    for cell in cells {
        if cell_width(&kept) + cell_width(&[cell]) + 1 > room {
            let style = kept.last().map_or_else(Style::new, |(_, s)| *s);
            kept.push(('…', style));
            break;
        }
        kept.push(cell);
    }
    line_of(&kept)
}

/// Mark a row as followed by more that is not shown: ` …` after it, or its end cut to `…`.
pub fn more(line: &Line, room: usize) -> Line<'static> {
    let mut cells = cells_of(line);
    while cells.last().is_some_and(|(c, _)| *c == ' ') {
        cells.pop();
    }
    let style = cells.last().map_or_else(Style::new, |(_, s)| *s);
    if cell_width(&cells) + 2 <= room {
        cells.extend([(' ', style), ('…', style)]);
        return line_of(&cells);
    }
    let mut kept: Vec<Cell> = Vec::new();
    for cell in cells {
        if cell_width(&kept) + cell_width(&[cell]) + 1 > room {
            break;
        }
        kept.push(cell);
    }
    kept.push(('…', style));
    line_of(&kept)
}

/// Lines wrapped to `room` columns (rows after the first of a line indented by `indent`),
/// then held to `rows`: when they do not all fit, the last row shown ends in `…`.
pub fn fit(lines: &[Line], room: usize, rows: usize, indent: usize) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> = lines.iter().flat_map(|l| wrap(l, room, indent)).collect();
    if out.len() > rows {
        out.truncate(rows);
        if let Some(last) = out.last_mut() {
            *last = more(last, room);
        }
    }
    out
}

/// How many rows the lines take wrapped to `room` columns.
pub fn height(lines: &[Line], room: usize, indent: usize) -> usize {
    lines.iter().map(|l| wrap(l, room, indent).len()).sum()
}

/// A sentence from the language's file with a key in it (`Press s to start`): the key, as a
/// word of its own, in the keys' style wherever the language put it; the rest plain.
pub fn with_key(text: &str, key: &str, style: Style) -> Vec<Span<'static>> {
    let alone = |i: usize| {
        let before = text[..i].chars().next_back();
        let after = text[i + key.len()..].chars().next();
        !key.is_empty()
            && before.is_none_or(|c| !c.is_alphanumeric())
            && after.is_none_or(|c| !c.is_alphanumeric())
    };
    let found = text.match_indices(key).map(|(i, _)| i).find(|&i| alone(i));
    match found.map(|i| (&text[..i], &text[i + key.len()..])) {
        Some((before, after)) => vec![
            Span::raw(before.to_owned()),
            Span::styled(key.to_owned(), style),
            Span::raw(after.to_owned()),
        ],
        None => vec![Span::raw(text.to_owned())],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn words_wrap_with_their_styles_and_a_long_word_is_cut_in_pieces() {
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let line = Line::from(vec![
            Span::raw("Lead: "),
            Span::styled("Konstantinos Papadopoulos", bold),
        ]);
        let rows = wrap(&line, 20, 2);
        assert_eq!(text(&rows), ["Lead: Konstantinos", "  Papadopoulos"]);
        assert_eq!(rows[1].spans.last().unwrap().style, bold);
        let rows = wrap(&Line::raw("Bartholomew-Featherstonehaugh"), 10, 0);
        assert_eq!(text(&rows), ["Bartholome", "w-Feathers", "tonehaugh"]);
        assert_eq!(
            text(&wrap(&Line::raw("  Turn: 01:00 left"), 40, 0)),
            ["  Turn: 01:00 left"]
        );
    }

    #[test]
    fn what_does_not_fit_the_rows_is_marked() {
        let lines = [Line::raw("one two three four five six")];
        assert_eq!(text(&fit(&lines, 10, 2, 0)), ["one two", "three fou…"]);
        assert_eq!(text(&fit(&lines, 12, 2, 0)), ["one two", "three four …"]);
        assert_eq!(
            text(&fit(&lines, 40, 2, 0)),
            ["one two three four five six"]
        );
        assert_eq!(cut(&Line::raw("abcdef"), 4).to_string(), "abc…");
    }
}
