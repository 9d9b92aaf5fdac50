//! The top two lines: what meeting this is and where its time stands.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::Model;
use crate::meeting::{Drift, Phase};
use crate::text::{clean, duration, truncate, width};
use crate::tr;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let theme = model.theme;
    let meeting = &model.meeting;
    let local_now = model.now.with_timezone(&model.offset);
    let right = format!(
        "{}  {} ",
        super::words::short_date(model.lang, meeting.date()),
        local_now.format("%H:%M:%S")
    );
    let mut title = clean(&meeting.agenda().title).into_owned();
    if let Some(place) = &meeting.agenda().place {
        title = format!("{title} · {}", clean(place));
    }
    let banner = match (model.rehearsal, model.example) {
        (_, true) => format!(" {} ", tr!(model.lang, "screen-example-banner")),
        (true, false) => format!(" {} ", tr!(model.lang, "screen-rehearsal-banner")),
        (false, false) => String::new(),
    };
    let room = (area.width as usize).saturating_sub(width(&right) + width(&banner) + 2);
    let title = truncate(&title, room);
    let gap =
        (area.width as usize).saturating_sub(width(&title) + width(&banner) + width(&right) + 1);
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
    let (theme, lang) = (model.theme, model.lang);
    let meeting = &model.meeting;
    let label = clean(meeting.customer_label().unwrap_or_default()).into_owned();
    let groups = match meeting.customer_groups().len() {
        1 => "one",
        _ => "several",
    };
    if !meeting.roll_call_taken() {
        let text = match model.offer(crate::input::Command::RollCall) {
            Some(key) => tr!(lang, "screen-roll-call-not-taken-press", key = key),
            None => tr!(lang, "screen-roll-call-not-taken"),
        };
        return vec![Span::styled(format!(" {text}"), theme.dim())];
    }
    match meeting.quorum() {
        QuorumState::NotSet { present } => vec![Span::raw(format!(
            " {}",
            tr!(lang, "screen-present", present = present)
        ))],
        QuorumState::Met {
            present,
            customers: c,
        } => vec![
            Span::styled(format!(" {}", tr!(lang, "screen-quorum")), theme.done()),
            Span::raw(format!(
                " {}",
                tr!(
                    lang,
                    "screen-quorum-present",
                    present = present,
                    customers = c,
                    groups = groups,
                    label = label
                )
            )),
        ],
        QuorumState::TooFew { present, needed } => vec![Span::styled(
            format!(
                " {}",
                tr!(lang, "screen-no-quorum", present = present, needed = needed)
            ),
            theme.warning(),
        )],
        QuorumState::NoMajority {
            present,
            customers: c,
        } => vec![Span::styled(
            format!(
                " {}",
                tr!(
                    lang,
                    "screen-no-majority",
                    present = present,
                    customers = c,
                    groups = groups,
                    label = label
                )
            ),
            theme.warning(),
        )],
    }
}

/// `3 min over`, `2 min ahead`, `on time`.
fn drift(lang: crate::lang::Lang, drift: Drift) -> String {
    match drift {
        Drift::OnTime => tr!(lang, "screen-on-time"),
        Drift::Over(minutes) => tr!(lang, "screen-over", minutes = minutes),
        Drift::Ahead(minutes) => tr!(lang, "screen-ahead", minutes = minutes),
    }
}

/// `▶ Running 00:07:12 · planned end 19:20 · projected end 19:23 (3 min over)`: the one
/// schedule the meeting works out, so the words agree with the times beside them.
fn time_line(model: &Model) -> Vec<Span<'static>> {
    let (theme, lang) = (model.theme, model.lang);
    let meeting = &model.meeting;
    let hm = |t: chrono::DateTime<chrono::FixedOffset>| t.format("%H:%M").to_string();
    let schedule = meeting.schedule(model.now, model.offset);
    let total = super::words::length(lang, meeting.agenda().planned_minutes());
    match meeting.phase() {
        Phase::NotStarted => {
            let when = match (schedule.planned_start, schedule.planned_end) {
                (Some(start), Some(end)) => tr!(
                    lang,
                    "screen-planned",
                    start = hm(start),
                    end = hm(end),
                    length = total
                ),
                _ => tr!(lang, "screen-planned-length", length = total),
            };
            vec![
                Span::styled(
                    format!(" {}", tr!(lang, "screen-not-started")),
                    theme.current(),
                ),
                Span::raw(format!(" · {when}")),
            ]
        }
        Phase::Running => {
            let state = match meeting.paused() {
                Some(p) if p.break_minutes.is_some() => tr!(lang, "screen-break"),
                Some(_) => tr!(lang, "screen-paused"),
                None if meeting.in_break_item() => tr!(lang, "screen-break"),
                None => tr!(lang, "screen-running"),
            };
            let mut spans = vec![
                Span::styled(format!(" {state} "), theme.current()),
                Span::raw(duration(meeting.elapsed(model.now))),
            ];
            if let Some(end) = schedule.planned_end {
                let text = tr!(lang, "screen-planned-end", time = hm(end));
                spans.push(Span::raw(format!(" · {text}")));
            }
            if let Some(projected) = schedule.projected_end {
                let text = tr!(lang, "screen-projected-end", time = hm(projected));
                spans.push(Span::raw(format!(" · {text}")));
            }
            if let Some(d) = schedule.drift() {
                let over = matches!(d, Drift::Over(_));
                let style = if over { theme.warning() } else { theme.done() };
                let mark = if over { "⚠ " } else { "" };
                spans.push(Span::styled(format!(" ({mark}{})", drift(lang, d)), style));
            }
            spans
        }
        Phase::Adjourned => {
            let ended = meeting.ended().map(|e| hm(e.with_timezone(&model.offset)));
            let ran = tr!(
                lang,
                "screen-adjourned-at",
                time = ended.unwrap_or_default(),
                length = duration(meeting.elapsed(model.now))
            );
            vec![
                Span::styled(format!(" {}", tr!(lang, "screen-adjourned")), theme.done()),
                Span::raw(format!(" {ran}")),
            ]
        }
    }
}
