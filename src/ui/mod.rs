//! Views: pure functions from the model to the frame. Each panel is a free function that draws
//! into the area it is given; nothing here changes the model.

mod agenda;
mod balance;
mod big_clock;
mod clocks;
mod current;
mod decision;
mod fit;
mod floor;
mod follow;
mod footer;
mod header;
mod help;
pub mod members_code;
mod overlay;
pub(crate) mod projector;
mod record;
mod theme;
mod totals;
mod wall;
pub(crate) mod words;

pub use theme::Theme;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::agenda::{Role, Seat};
use crate::app::Model;

/// Below this size the screen says so instead of drawing a squashed meeting.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;
/// The projector view works on smaller screens: its clock falls back to plain text.
pub const PROJECTOR_MIN_WIDTH: u16 = 24;
pub const PROJECTOR_MIN_HEIGHT: u16 = 9;

/// Debug builds only: makes the view panic once the meeting has started, so the tests can
/// check that a panic restores the terminal and keeps the journal. Set from the
/// `COCHAIR_PANIC_IN_VIEW` environment variable at start-up; release builds ignore it.
#[cfg(debug_assertions)]
pub static PANIC_IN_VIEW: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The app's screen is a ratatui terminal drawn with these views (any backend: the real
/// terminal, or a test's buffer).
impl<B: ratatui::backend::Backend> crate::app::Screen for ratatui::Terminal<B>
where
    B::Error: Send + Sync + 'static,
{
    fn show(&mut self, model: &Model) -> std::io::Result<()> {
        self.draw(|frame| view(model, frame))
            .map(drop)
            .map_err(std::io::Error::other)
    }
}

/// Draw the whole screen for the model.
pub fn view(model: &Model, frame: &mut Frame) {
    #[cfg(debug_assertions)]
    if PANIC_IN_VIEW.load(std::sync::atomic::Ordering::Relaxed) && model.meeting.started().is_some()
    {
        panic!("a test asked the view to panic (COCHAIR_PANIC_IN_VIEW)");
    }
    let area = frame.area();
    let projector_fits = area.width >= PROJECTOR_MIN_WIDTH && area.height >= PROJECTOR_MIN_HEIGHT;
    if model.room && projector_fits {
        // The wall: the room view and nothing an operator needs.
        projector::draw(model, frame, area);
        members_code::draw(model, frame, area);
        overlay::draw(model, frame, area);
        return;
    }
    if model.projector && projector_fits {
        let [body, status] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
        projector::draw(model, frame, body);
        footer::status(model, frame, status);
        members_code::draw(model, frame, area);
        overlay::draw(model, frame, area);
        return;
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(model, frame, area);
        return;
    }
    let [header, body, now_line, status, hints] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    header::draw(model, frame, header);
    match model.seat {
        Seat::Job(Role::Timekeeper) => timekeeper_body(model, frame, body),
        Seat::Job(Role::Secretary) => secretary_body(model, frame, body),
        Seat::Job(Role::Facilitator) | Seat::Observer => meeting_body(model, frame, body),
    }
    footer::now(model, frame, now_line);
    footer::status(model, frame, status);
    footer::hints(model, frame, hints);
    members_code::draw(model, frame, area);
    overlay::draw(model, frame, area);
}

/// The facilitator's screen (and an observer's): the agenda or the voice balance, the item
/// on the table, the floor and the queue.
fn meeting_body(model: &Model, frame: &mut Frame, body: Rect) {
    let agenda_width = (body.width * 9 / 20).clamp(36, 80);
    let [left, right] =
        Layout::horizontal([Constraint::Length(agenda_width), Constraint::Fill(1)]).areas(body);
    let last_actions = follow::height(model, left.height);
    let [left, below] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(last_actions)]).areas(left);
    if last_actions > 0 {
        follow::panel(model, frame, below);
    }
    if !figures(model, frame, left) {
        agenda::draw(model, frame, left);
    }
    let now_height = current::height(model, right.width).min(right.height / 2);
    let [now, floor] =
        Layout::vertical([Constraint::Length(now_height), Constraint::Fill(1)]).areas(right);
    current::draw(model, frame, now);
    floor::draw(model, frame, floor);
}

/// The timekeeper's screen: the agenda with its times, and the clocks large.
fn timekeeper_body(model: &Model, frame: &mut Frame, body: Rect) {
    let agenda_width = (body.width * 2 / 5).clamp(36, 70);
    let [left, right] =
        Layout::horizontal([Constraint::Length(agenda_width), Constraint::Fill(1)]).areas(body);
    if !figures(model, frame, left) {
        agenda::draw(model, frame, left);
    }
    clocks::draw(model, frame, right);
}

/// The per-person totals or the voice balance, when asked for (`T`, `v`), in place of the
/// panel the screen's role shows there; false when neither is asked for.
fn figures(model: &Model, frame: &mut Frame, area: Rect) -> bool {
    if model.totals != crate::app::Totals::Hidden {
        totals::draw(model, frame, area);
    } else if model.show_balance {
        balance::draw(model, frame, area);
    } else {
        return false;
    }
    true
}

/// The secretary's screen: the item on the table and who speaks, and the record wide.
fn secretary_body(model: &Model, frame: &mut Frame, body: Rect) {
    let left_width = (body.width * 2 / 5).clamp(36, 64);
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_width), Constraint::Fill(1)]).areas(body);
    if !figures(model, frame, left) {
        let now_height = current::height(model, left.width).min(left.height / 2);
        let [now, floor] =
            Layout::vertical([Constraint::Length(now_height), Constraint::Fill(1)]).areas(left);
        current::draw(model, frame, now);
        floor::draw(model, frame, floor);
    }
    let title = format!(" {} ", crate::tr!(model.lang, "screen-the-record"));
    let inner = panel(model, frame, right, title);
    record::draw(model, frame, inner, None);
}

/// A count of rows or columns as the terminal measures them: a terminal is never more than
/// `u16::MAX` cells across, so a longer list or text stops there instead of wrapping round.
pub(crate) fn cells(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// A bordered panel with its title; returns the area inside the border.
fn panel(model: &Model, frame: &mut Frame, area: Rect, title: String) -> Rect {
    let block = ratatui::widgets::Block::default()
        .borders(ratatui::widgets::Borders::ALL)
        .border_style(model.theme.border())
        .title(ratatui::text::Span::styled(title, model.theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

fn too_small(model: &Model, frame: &mut Frame, area: Rect) {
    let message = crate::tr!(
        model.lang,
        "wall-too-small",
        need = format!("{MIN_WIDTH}×{MIN_HEIGHT}"),
        have = format!("{}×{}", area.width, area.height)
    );
    let lines: Vec<Line> = crate::text::wrap(&message, area.width.max(1) as usize)
        .into_iter()
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

#[cfg(test)]
mod languages;
#[cfg(test)]
mod nothing_cut;
#[cfg(test)]
mod speakers_tests;
#[cfg(test)]
mod tests;
