//! The members' page's QR code and address, drawn over the screen for the room to scan (key M,
//! with `--members`). The code is an image, not a state: it is always drawn dark on light in
//! two fixed colours of the 256-colour palette (which terminal themes leave alone), so a light
//! or a dark theme, or NO_COLOR, never inverts it, with the quiet zone of four light modules
//! around it that readers need. Each cell shows two modules, one above the other (`▀`: the
//! upper one in the foreground colour, the lower one in the background colour), so modules
//! come out about square.

use qrcode::{EcLevel, QrCode};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use crate::app::Model;
use crate::text::{truncate, width};

/// The dark modules: black in the 256-colour cube (not one of the 16 a theme redefines).
pub const DARK: Color = Color::Indexed(16);
/// The light modules and the quiet zone: white in the cube.
pub const LIGHT: Color = Color::Indexed(231);
/// Light modules around the code, as the QR standard asks.
pub const QUIET: usize = 4;

/// The modules of the address's code, quiet zone included, row by row (`true` is dark). The
/// address goes in capitals when it can: a QR code holds capitals, digits and `:/.` in fewer
/// modules, and the page takes its address in either case.
pub fn modules(url: &str) -> Option<Vec<Vec<bool>>> {
    let upper = url.to_ascii_uppercase();
    let text = match upper
        .bytes()
        .all(|b| b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".contains(&b))
    {
        true => upper,
        false => url.to_owned(),
    };
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let side = code.width();
    let colors = code.to_colors();
    let total = side + 2 * QUIET;
    let mut rows = vec![vec![false; total]; total];
    for y in 0..side {
        for x in 0..side {
            rows[y + QUIET][x + QUIET] = colors[y * side + x] == qrcode::Color::Dark;
        }
    }
    Some(rows)
}

/// The code, centred over `area` with the address and a line saying what it is for; only the
/// address when the screen is too small for the code.
pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let Some(url) = model.members_url.as_deref().filter(|_| model.members_code) else {
        return;
    };
    let Some(rows) = modules(url) else {
        return;
    };
    let side = u16::try_from(rows.len()).unwrap_or(u16::MAX);
    let text_rows: u16 = 2;
    let code_rows = side.div_ceil(2);
    let words = crate::tr!(model.lang, "wall-scan");
    let words = words.as_str();
    let wide = side
        .max(super::cells(width(url)))
        .max(super::cells(width(words)));
    let fits = area.width >= side && area.height >= code_rows + text_rows;
    let box_width = match fits {
        true => wide.min(area.width),
        false => area.width,
    };
    let box_height = match fits {
        true => code_rows + text_rows,
        false => text_rows + 1,
    };
    let boxed = Rect {
        x: area.x + (area.width - box_width) / 2,
        y: area.y + area.height.saturating_sub(box_height) / 2,
        width: box_width,
        height: box_height.min(area.height),
    };
    frame.render_widget(Clear, boxed);
    let mut lines: Vec<Line> = Vec::new();
    if !fits {
        lines.push(Line::from(crate::tr!(model.lang, "wall-code-too-small")));
    }
    lines.push(Line::styled(
        truncate(words, boxed.width as usize).into_owned(),
        Style::new().add_modifier(Modifier::BOLD),
    ));
    lines.push(Line::styled(
        truncate(url, boxed.width as usize).into_owned(),
        Style::new().add_modifier(Modifier::BOLD),
    ));
    let words_at = match fits {
        true => Rect {
            y: boxed.y + code_rows,
            height: text_rows,
            ..boxed
        },
        false => boxed,
    };
    frame.render_widget(Paragraph::new(lines).centered(), words_at);
    if fits {
        let code_at = Rect {
            x: boxed.x + (boxed.width - side) / 2,
            y: boxed.y,
            width: side,
            height: code_rows,
        };
        draw_modules(frame, code_at, &rows);
    }
}

/// Two modules per cell: the upper as the foreground of `▀`, the lower as its background.
fn draw_modules(frame: &mut Frame, at: Rect, rows: &[Vec<bool>]) {
    let colour = |dark: bool| if dark { DARK } else { LIGHT };
    let buffer = frame.buffer_mut();
    for (pair, cell_y) in rows.chunks(2).zip(at.y..) {
        for (x, cell_x) in (0..pair[0].len()).zip(at.x..) {
            let upper = pair[0][x];
            let lower = pair.get(1).is_some_and(|r| r[x]);
            if let Some(cell) = buffer.cell_mut((cell_x, cell_y)) {
                cell.set_symbol("▀")
                    .set_style(Style::new().fg(colour(upper)).bg(colour(lower)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;
    use crate::app::Theme;
    use crate::testing::{at, everyone_present_and_started};

    const URL: &str = "http://192.168.1.20:47213/m/sqr4a7vilyk2vcq7gcscex4fkq";

    fn wall(theme: Theme, width: u16, height: u16) -> Terminal<TestBackend> {
        let mut model = everyone_present_and_started(at(0));
        model.room = true;
        model.projector = true;
        model.theme = theme;
        model.members_url = Some(URL.into());
        model.members_code = true;
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|f| crate::ui::view(&model, f)).unwrap();
        terminal
    }

    /// The drawn cells as modules: each `▀` in the code's colours is two modules, anything
    /// else on the screen is light. `None` where a cell is not the code's.
    fn drawn_modules(terminal: &Terminal<TestBackend>) -> Vec<Vec<Option<bool>>> {
        let buffer = terminal.backend().buffer();
        let mut rows = Vec::new();
        for y in 0..buffer.area.height {
            let (mut upper, mut lower) = (Vec::new(), Vec::new());
            for x in 0..buffer.area.width {
                let cell = &buffer[(x, y)];
                let module = |c: Color| match c {
                    DARK => Some(true),
                    LIGHT => Some(false),
                    _ => None,
                };
                let ours = cell.symbol() == "▀";
                upper.push(if ours { module(cell.fg) } else { None });
                lower.push(if ours { module(cell.bg) } else { None });
            }
            rows.push(upper);
            rows.push(lower);
        }
        rows
    }

    /// Read the screen as a phone's camera would: each module a block of pixels, dark or light.
    fn decode(modules: &[Vec<Option<bool>>]) -> Vec<String> {
        const SCALE: usize = 6;
        let (h, w) = (modules.len(), modules[0].len());
        let mut image = rqrr::PreparedImage::prepare_from_bitmap(w * SCALE, h * SCALE, |x, y| {
            modules[y / SCALE][x / SCALE] == Some(true)
        });
        image
            .detect_grids()
            .into_iter()
            .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
            .collect()
    }

    #[test]
    fn the_wall_s_code_reads_back_as_the_page_s_address_in_every_theme() {
        for theme in [Theme::Standard, Theme::HighContrast, Theme::NoColor] {
            let terminal = wall(theme, 120, 40);
            let found = decode(&drawn_modules(&terminal));
            assert_eq!(
                found,
                vec![URL.to_ascii_uppercase()],
                "{theme:?}: the page takes its address in capitals too"
            );
            let text: String = terminal
                .backend()
                .buffer()
                .content()
                .iter()
                .map(|c| c.symbol())
                .collect();
            assert!(text.contains(URL), "the address is written out too");
        }
    }

    #[test]
    fn the_code_is_dark_on_light_with_a_quiet_zone_of_four_modules() {
        let modules = drawn_modules(&wall(Theme::Standard, 120, 40));
        let dark: Vec<(usize, usize)> = modules
            .iter()
            .enumerate()
            .flat_map(|(y, row)| {
                row.iter()
                    .enumerate()
                    .filter(|(_, m)| **m == Some(true))
                    .map(move |(x, _)| (x, y))
            })
            .collect();
        let (left, right) = (
            dark.iter().map(|d| d.0).min().unwrap(),
            dark.iter().map(|d| d.0).max().unwrap(),
        );
        let (top, bottom) = (
            dark.iter().map(|d| d.1).min().unwrap(),
            dark.iter().map(|d| d.1).max().unwrap(),
        );
        // Every module within four of the code, outside it, is drawn light (not left to the
        // terminal's background).
        let around = modules[top - QUIET..=bottom + QUIET]
            .iter()
            .zip(top - QUIET..)
            .flat_map(|(row, y)| {
                row[left - QUIET..=right + QUIET]
                    .iter()
                    .zip(left - QUIET..)
                    .map(move |(m, x)| (x, y, *m))
            });
        for (x, y, module) in around {
            let inside = (left..=right).contains(&x) && (top..=bottom).contains(&y);
            if !inside {
                assert_eq!(module, Some(false), "quiet zone at {x},{y}");
            }
        }
    }

    #[test]
    fn a_screen_too_small_for_the_code_still_gives_the_address() {
        let terminal = wall(Theme::Standard, 40, 12);
        let text: Vec<String> = (0..12)
            .map(|y| {
                (0..40)
                    .map(|x| terminal.backend().buffer()[(x, y)].symbol().to_owned())
                    .collect()
            })
            .collect();
        assert!(text.iter().any(|l| l.contains("too small for the QR code")));
        assert!(
            text.iter()
                .any(|l| l.contains("http://192.168.1.20:47213/m/"))
        );
    }

    fn screen_text(model: &crate::app::Model) -> String {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal.draw(|f| crate::ui::view(model, f)).unwrap();
        let buffer = terminal.backend().buffer();
        (0..buffer.area.height)
            .map(|y| {
                (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol().to_owned())
                    .collect::<String>()
                    + "\n"
            })
            .collect()
    }

    #[test]
    fn the_host_sees_who_is_on_the_page_and_when_its_hands_are_off() {
        use crate::app::Message;
        use crate::input::Command;
        use crate::meeting::{Event, Record};
        let mut model = everyone_present_and_started(at(0));
        let claim = Record::new(
            at(1),
            Event::PageClaimed {
                person: "Mei Chen".into(),
            },
        );
        crate::app::update(&mut model, Message::Recorded(claim), at(1));
        crate::testing::act(&mut model, Command::PageHands, at(2));
        assert!(screen_text(&model).contains("page hands off"));
        crate::testing::act(&mut model, Command::RollCall, at(3));
        let text = screen_text(&model);
        let mei = text.lines().find(|l| l.contains("Mei Chen")).unwrap();
        assert!(mei.contains("on the members' page"), "{mei}");
        let sam = text.lines().find(|l| l.contains("Sam Reed")).unwrap();
        assert!(!sam.contains("members' page"), "{sam}");
    }

    #[test]
    fn without_the_page_or_the_key_nothing_is_drawn() {
        let mut model = everyone_present_and_started(at(0));
        model.members_code = true;
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal.draw(|f| crate::ui::view(&model, f)).unwrap();
        assert!(decode(&drawn_modules(&terminal)).is_empty());
    }
}
