//! Block digits for a clock, and block letters for a name, that can be read from the back of
//! the room. Each glyph is drawn on a grid five cells tall (most are three wide), scaled to
//! the largest size that fits; below the smallest size the caller falls back to plain text.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// Rows of each glyph, `#` for a filled cell.
fn glyph(c: char) -> Option<[&'static str; 5]> {
    Some(match c {
        '0' => ["###", "# #", "# #", "# #", "###"],
        '1' => [" # ", "## ", " # ", " # ", "###"],
        '2' => ["###", "  #", "###", "#  ", "###"],
        '3' => ["###", "  #", "###", "  #", "###"],
        '4' => ["# #", "# #", "###", "  #", "  #"],
        '5' => ["###", "#  ", "###", "  #", "###"],
        '6' => ["###", "#  ", "###", "# #", "###"],
        '7' => ["###", "  #", "  #", "  #", "  #"],
        '8' => ["###", "# #", "###", "# #", "###"],
        '9' => ["###", "# #", "###", "  #", "###"],
        ':' => [" ", "#", " ", "#", " "],
        '+' => ["   ", " # ", "###", " # ", "   "],
        c => return letter(c),
    })
}

/// Block capitals, for names on the wall.
fn letter(c: char) -> Option<[&'static str; 5]> {
    Some(match c {
        'A' => [" # ", "# #", "###", "# #", "# #"],
        'B' => ["## ", "# #", "## ", "# #", "## "],
        'C' => [" ##", "#  ", "#  ", "#  ", " ##"],
        'D' => ["## ", "# #", "# #", "# #", "## "],
        'E' => ["###", "#  ", "## ", "#  ", "###"],
        'F' => ["###", "#  ", "## ", "#  ", "#  "],
        'G' => [" ##", "#  ", "# #", "# #", " ##"],
        'H' => ["# #", "# #", "###", "# #", "# #"],
        'I' => ["###", " # ", " # ", " # ", "###"],
        'J' => ["  #", "  #", "  #", "# #", " # "],
        'K' => ["# #", "# #", "## ", "# #", "# #"],
        'L' => ["#  ", "#  ", "#  ", "#  ", "###"],
        'M' => ["#   #", "## ##", "# # #", "#   #", "#   #"],
        'N' => ["#  #", "## #", "# ##", "#  #", "#  #"],
        'O' => [" # ", "# #", "# #", "# #", " # "],
        'P' => ["## ", "# #", "## ", "#  ", "#  "],
        'Q' => [" # ", "# #", "# #", "## ", " ##"],
        'R' => ["## ", "# #", "## ", "# #", "# #"],
        'S' => [" ##", "#  ", " # ", "  #", "## "],
        'T' => ["###", " # ", " # ", " # ", " # "],
        'U' => ["# #", "# #", "# #", "# #", "###"],
        'V' => ["# #", "# #", "# #", "# #", " # "],
        'W' => ["#   #", "#   #", "# # #", "## ##", "#   #"],
        'X' => ["# #", "# #", " # ", "# #", "# #"],
        'Y' => ["# #", "# #", " # ", " # ", " # "],
        'Z' => ["###", "  #", " # ", "#  ", "###"],
        ' ' => ["  ", "  ", "  ", "  ", "  "],
        '.' => [" ", " ", " ", " ", "#"],
        ',' => [" ", " ", " ", "#", "#"],
        '-' => ["   ", "   ", "###", "   ", "   "],
        '\'' => ["#", "#", " ", " ", " "],
        '&' => [" # ", "# #", " # ", "# #", " ##"],
        '/' => ["  #", "  #", " # ", "#  ", "#  "],
        '?' => ["###", "  #", " ##", "   ", " # "],
        '!' => ["#", "#", "#", " ", "#"],
        '(' => [" #", "# ", "# ", "# ", " #"],
        ')' => ["# ", " #", " #", " #", "# "],
        '%' => ["# #", "  #", " # ", "#  ", "# #"],
        _ => return None,
    })
}

/// A name as block capitals can show it (`José Álvarez` → `JOSE ALVAREZ`), or `None` when it
/// holds a character they cannot (then the name is shown as plain text).
pub fn capitals(text: &str) -> Option<String> {
    let shown: String = crate::text::fold(text).to_uppercase();
    shown.chars().all(|c| glyph(c).is_some()).then_some(shown)
}

/// Width of the text in grid cells, with one blank cell between glyphs.
fn grid_width(text: &str) -> usize {
    let widths: Vec<usize> = text.chars().filter_map(glyph).map(|g| g[0].len()).collect();
    widths.iter().sum::<usize>() + widths.len().saturating_sub(1)
}

/// The largest scale at which the text fits `area`: each grid cell becomes `2×scale` columns
/// by `scale` rows (terminal cells are about twice as tall as wide). 0 when it does not fit.
pub fn scale_for(text: &str, area: Rect) -> u16 {
    let cells = super::cells(grid_width(text));
    if cells == 0 {
        return 0;
    }
    let by_width = area.width / (cells * 2);
    let by_height = area.height / 5;
    by_width.min(by_height).min(12)
}

/// The size of the clock at `scale`.
pub fn size(text: &str, scale: u16) -> (u16, u16) {
    (
        super::cells(grid_width(text)).saturating_mul(2 * scale),
        5 * scale,
    )
}

/// Columns the text takes in half blocks (see [`draw_half`]).
pub fn half_width(text: &str) -> usize {
    grid_width(text)
}

/// Draw the text three rows tall in half blocks (`▀`, `▄`, `█`): each grid cell one column
/// wide and half a row tall, so a glyph keeps its shape at a third of the clock's smallest
/// size. Centred across `area`, from its top row; what does not fit is not drawn (callers
/// check [`half_width`] first).
pub fn draw_half(buf: &mut Buffer, area: Rect, text: &str, style: Style) {
    let width = super::cells(grid_width(text));
    let x0 = area.x + area.width.saturating_sub(width) / 2;
    let mut col = 0u16;
    for g in text.chars().filter_map(glyph) {
        let filled = |row: usize, i: usize| g.get(row).is_some_and(|l| l.as_bytes()[i] == b'#');
        for i in 0..g[0].len() {
            for row in 0..3u16 {
                let (top, bottom) = (filled(2 * row as usize, i), filled(2 * row as usize + 1, i));
                let symbol = match (top, bottom) {
                    (true, true) => "█",
                    (true, false) => "▀",
                    (false, true) => "▄",
                    (false, false) => continue,
                };
                let (x, y) = (x0 + col + super::cells(i), area.y + row);
                if x < area.right() && y < area.bottom() {
                    buf[(x, y)].set_symbol(symbol).set_style(style);
                }
            }
        }
        col += super::cells(g[0].len()) + 1;
    }
}

/// Draw the text in block digits, centred in `area`, at `scale` (from [`scale_for`]).
pub fn draw(buf: &mut Buffer, area: Rect, text: &str, scale: u16, style: Style) {
    let (width, height) = size(text, scale);
    let x0 = area.x + area.width.saturating_sub(width) / 2;
    let y0 = area.y + area.height.saturating_sub(height) / 2;
    let mut col = 0u16;
    for g in text.chars().filter_map(glyph) {
        for (row, line) in g.iter().enumerate() {
            for (i, cell) in line.chars().enumerate() {
                if cell != '#' {
                    continue;
                }
                for dy in 0..scale {
                    for dx in 0..2 * scale {
                        let x = x0 + (col + super::cells(i)) * 2 * scale + dx;
                        let y = y0 + super::cells(row) * scale + dy;
                        if x < area.right() && y < area.bottom() {
                            buf[(x, y)].set_symbol("█").set_style(style);
                        }
                    }
                }
            }
        }
        col += super::cells(g[0].len()) + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_largest_scale_that_fits() {
        // "12:34" is 3+1+3+1+1+1+3+1+3 = 17 cells wide.
        assert_eq!(grid_width("12:34"), 17);
        assert_eq!(scale_for("12:34", Rect::new(0, 0, 80, 24)), 2);
        assert_eq!(scale_for("12:34", Rect::new(0, 0, 200, 60)), 5);
        assert_eq!(scale_for("12:34", Rect::new(0, 0, 33, 24)), 0);
        assert_eq!(scale_for("12:34", Rect::new(0, 0, 80, 4)), 0);
    }

    #[test]
    fn half_blocks_keep_the_glyph_s_shape_in_three_rows() {
        let area = Rect::new(0, 0, 3, 3);
        let mut buf = Buffer::empty(area);
        draw_half(&mut buf, area, "E", Style::new());
        let rows: Vec<String> = (0..3)
            .map(|y| (0..3).map(|x| buf[(x, y)].symbol()).collect())
            .collect();
        // "###", "#  ", "## ", "#  ", "###" in pairs of rows.
        assert_eq!(rows, ["█▀▀", "█▀ ", "▀▀▀"]);
        assert_eq!(half_width("TEA 2"), 3 + 1 + 3 + 1 + 3 + 1 + 2 + 1 + 3);
    }

    #[test]
    fn draws_blocks_inside_the_area() {
        let area = Rect::new(0, 0, 40, 6);
        let mut buf = Buffer::empty(area);
        draw(&mut buf, area, "+1", 1, Style::new());
        let filled = buf.content().iter().filter(|c| c.symbol() == "█").count();
        // "+" has 5 cells and "1" has 8, each 2 columns wide.
        assert_eq!(filled, (5 + 8) * 2);
    }
}
