//! The top two lines: what meeting this is and where its time stands.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::Model;
use crate::meeting::{Drift, Phase};
use crate::text::{clean, duration, truncate, width};

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let theme = model.theme;
    let meeting = &model.meeting;
    let local_now = model.now.with_timezone(&model.offset);
    let right = format!(
        "{}  {} ",
        meeting.date().format("%a %-d %b %Y"),
        local_now.format("%H:%M:%S")
    );
    let mut title = clean(&meeting.agenda().title).into_owned();
    if let Some(place) = &meeting.agenda().place {
        title = format!("{title} · {}", clean(place));
    }
    let banner = match (model.rehearsal, model.example) {
        (_, true) => super::EXAMPLE,
        (true, false) => super::REHEARSAL,
        (false, false) => "",
    };
    let room = (area.width as usize).saturating_sub(width(&right) + width(banner) + 2);
    let title = truncate(&title, room);
    let gap =
        (area.width as usize).saturating_sub(width(&title) + width(banner) + width(&right) + 1);
    let first = Line::from(vec![
        Span::raw(" "),
        Span::styled(banner, theme.alarm()),
        Span::styled(title.into_owned(), theme.title()),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, theme.title()),
    ]);
    let room = area.width as usize;
    frame.render_widget(
        Paragraph::new(vec![
            first,
            super::fit::cut(&Line::from(time_line(model)), room),
            super::fit::cut(&Line::from(quorum_line(model)), room),
        ]),
        area,
    );
}

/// `Quorum ✓ 7 present · 4/7 Family members`, `⚠ No quorum: 3 of 5 needed`, …
fn quorum_line(model: &Model) -> Vec<Span<'static>> {
    use crate::meeting::QuorumState;
    let theme = model.theme;
    let meeting = &model.meeting;
    let customers = clean(&meeting.customer_label()).into_owned();
    let of_them = clean(&meeting.customer_count_words()).into_owned();
    if !meeting.roll_call_taken() {
        let press = model
            .offer(crate::input::Command::RollCall)
            .map_or_else(String::new, |key| format!(" · press {key}"));
        return vec![Span::styled(
            format!(" ○ Roll call not taken{press}"),
            theme.dim(),
        )];
    }
    match meeting.quorum() {
        QuorumState::NotSet { present } => vec![Span::raw(format!(" {present} present"))],
        QuorumState::Met {
            present,
            customers: c,
        } => vec![
            Span::styled(" Quorum ✓", theme.done()),
            Span::raw(format!(" {present} present · {c}/{present} {of_them}")),
        ],
        QuorumState::TooFew { present, needed } => vec![Span::styled(
            format!(" ⚠ No quorum: {present} of {needed} needed"),
            theme.warning(),
        )],
        QuorumState::NoMajority {
            present,
            customers: c,
        } => vec![Span::styled(
            format!(" ⚠ {customers} are not a majority ({c}/{present})"),
            theme.warning(),
        )],
    }
}

/// `▶ Running 00:07:12 · planned end 19:20 · projected end 19:23 (3 min over)`: the one
/// schedule the meeting works out, so the words agree with the times beside them.
fn time_line(model: &Model) -> Vec<Span<'static>> {
    let theme = model.theme;
    let meeting = &model.meeting;
    let hm = |t: chrono::DateTime<chrono::FixedOffset>| t.format("%H:%M").to_string();
    let schedule = meeting.schedule(model.now, model.offset);
    let total = crate::agenda::format_minutes(meeting.agenda().planned_minutes());
    match meeting.phase() {
        Phase::NotStarted => {
            let when = match (schedule.planned_start, schedule.planned_end) {
                (Some(start), Some(end)) => format!("planned {}–{} ({total})", hm(start), hm(end)),
                _ => format!("planned length {total}"),
            };
            vec![
                Span::styled(" ○ Not started", theme.current()),
                Span::raw(format!(" · {when}")),
            ]
        }
        Phase::Running => {
            let state = match meeting.paused() {
                Some(p) if p.break_minutes.is_some() => " ☕ BREAK ",
                Some(_) => " ⏸ PAUSED ",
                None if meeting.in_break_item() => " ☕ BREAK ",
                None => " ▶ Running ",
            };
            let mut spans = vec![
                Span::styled(state, theme.current()),
                Span::raw(duration(meeting.elapsed(model.now))),
            ];
            if let Some(end) = schedule.planned_end {
                spans.push(Span::raw(format!(" · planned end {}", hm(end))));
            }
            if let Some(projected) = schedule.projected_end {
                spans.push(Span::raw(format!(" · projected end {}", hm(projected))));
            }
            if let Some(d) = schedule.drift() {
                let over = matches!(d, Drift::Over(_));
                let style = if over { theme.warning() } else { theme.done() };
                let mark = if over { "⚠ " } else { "" };
                spans.push(Span::styled(format!(" ({mark}{d})"), style));
            }
            spans
        }
        Phase::Adjourned => {
            let ended = meeting.ended().map(|e| hm(e.with_timezone(&model.offset)));
            vec![
                Span::styled(" ■ Adjourned", theme.done()),
                Span::raw(format!(
                    " at {} · ran {}",
                    ended.unwrap_or_default(),
                    duration(meeting.elapsed(model.now))
                )),
            ]
        }
    }
}
