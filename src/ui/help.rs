//! The help screen: every key this screen's role may use, grouped by mode, generated from the
//! keymap in use so it can never disagree with what the keys do.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::overlay::{boxed, centered};
use crate::app::Model;
use crate::input::{Command, Key, Keymap, Mode};

/// The keys, over the meeting, scrolled by `scroll` lines.
pub(super) fn draw(model: &Model, frame: &mut Frame, area: Rect, scroll: u16) {
    // What a key does wraps under its description, never past the box's border.
    let room = usize::from(64.min(area.width).saturating_sub(2));
    let lines: Vec<Line> = help_lines(&model.keymap, model.theme, model.seat, model.lang)
        .iter()
        .flat_map(|line| super::fit::wrap(line, room, KEY_COLUMN + 3))
        .collect();
    let height = super::cells(lines.len())
        .saturating_add(2)
        .min(area.height.saturating_sub(2));
    let close = model.key_hint(Mode::Help, Command::Cancel);
    let inner = boxed(
        model,
        frame,
        centered(area, 64, height),
        &crate::tr!(model.lang, "help-title", key = close),
    );
    let max_scroll = super::cells(lines.len()).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(max_scroll), 0)),
        inner,
    );
}

/// Every binding of the keymap that this screen's role may use, grouped by mode: the keys for
/// the same action together in the key column (on more lines if they need them), then what
/// they do, in the screen's language (the key names stay as they are).
pub fn help_lines(
    keymap: &Keymap,
    theme: crate::ui::Theme,
    role: crate::agenda::Seat,
    lang: crate::lang::Lang,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for mode in Mode::ALL {
        let mut rows: Vec<(Vec<Key>, &Command)> = Vec::new();
        let allowed = keymap
            .in_mode(mode)
            .filter(|(_, command)| role.allows(*command).is_ok());
        for (key, action) in allowed {
            match rows.iter_mut().find(|(_, a)| *a == action) {
                Some((keys, _)) => keys.push(*key),
                None => rows.push((vec![*key], action)),
            }
        }
        if rows.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.push(Line::styled(mode.title(lang), theme.title()));
        for (keys, action) in rows {
            let mut keys = key_column(&keys).into_iter();
            let first = keys.next().unwrap_or_default();
            lines.push(Line::from(vec![
                Span::styled(format!("  {first:<KEY_COLUMN$} "), theme.key()),
                Span::raw(action.describe(lang)),
            ]));
            lines.extend(keys.map(|more| Line::styled(format!("  {more}"), theme.key())));
        }
    }
    lines
}

/// How wide the help screen's key column is; a space follows it before the description.
const KEY_COLUMN: usize = 15;

/// The keys for one action, `n, right, pagedown`, on as many lines as the key column needs.
/// Key names are never cut or split at their hyphens: one wider than the column has a line of
/// its own.
fn key_column(keys: &[Key]) -> Vec<String> {
    let names: Vec<String> = keys.iter().map(Key::to_string).collect();
    let options = textwrap::Options::new(KEY_COLUMN)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(&names.join(", "), options)
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}
