//! The voice balance: airtime and turns by group against the targets, who has not been heard,
//! the time on points of process, who proposed the items, the log of the facilitator's
//! overrides and the whole timekeeping log, scrolled with the keys the title names when it is
//! longer than the panel.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::Model;
use crate::text::{clean, duration, truncate};
use crate::tr;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let lang = model.lang;
    let title = format!(" {} ", tr!(lang, "screen-voice-balance"));
    let inner = super::panel(model, frame, area, title);
    let w = (inner.width as usize).max(1);
    let rows = inner.height as usize;
    let key = |command| model.key_hint(crate::input::Mode::Meeting, command);
    let mark = |text: String| Line::styled(truncate(&text, w).into_owned(), model.theme.dim());
    let mut lines = figures(model, w);
    // The log scrolls entry by entry, the figures above it stay; what is out of sight is
    // said, with the key that brings it.
    let log = log_rows(model, w);
    let skip = usize::from(model.balance_scroll).min(log.len().saturating_sub(1));
    if skip > 0 {
        lines.push(mark(tr!(
            lang,
            "screen-balance-more-above",
            more = skip,
            key = key(crate::input::Command::ScrollUp)
        )));
    }
    lines.extend(log.into_iter().skip(skip).flatten());
    if lines.len() > rows {
        lines.truncate(rows.saturating_sub(1));
        lines.push(mark(tr!(
            lang,
            "screen-balance-more-below",
            key = key(crate::input::Command::ScrollDown)
        )));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// What stays at the top: the groups, the item's voice while deciding, who has not been
/// heard, the time spent on points of process.
fn figures(model: &Model, w: usize) -> Vec<Line<'static>> {
    let mut lines = groups(model, w);
    if super::decision::shown(model) {
        lines.push(Line::from(""));
        lines.extend(super::decision::lines(model, w));
    }
    lines.push(Line::from(""));
    lines.extend(wrapped(&not_heard(model), w, Style::new()));
    if let Some(text) = procedure(model) {
        lines.extend(wrapped(&text, w, Style::new()));
    }
    lines
}

/// The log, one row per entry (each wrapped to the panel's width): every change of the floor
/// by the facilitator, then every timekeeping entry, latest first, each list under a blank
/// line and its heading. As many rows as [`crate::app::balance_log_rows`] counts.
fn log_rows(model: &Model, w: usize) -> Vec<Vec<Line<'static>>> {
    let (theme, lang) = (model.theme, model.lang);
    let (floor, clock) = process_log(model);
    let mut rows = Vec::new();
    for (heading, entries) in [
        (tr!(lang, "screen-floor-changes"), floor),
        (tr!(lang, "screen-timekeeping"), clock),
    ] {
        if entries.is_empty() {
            continue;
        }
        rows.push(vec![Line::from("")]);
        rows.push(vec![Line::styled(heading, theme.title())]);
        rows.extend(entries.iter().map(|e| wrapped(e, w, Style::new())));
    }
    rows
}

/// Text broken into lines of the panel's width.
fn wrapped(text: &str, w: usize, style: Style) -> Vec<Line<'static>> {
    crate::text::wrap(text, w)
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect()
}

fn groups(model: &Model, w: usize) -> Vec<Line<'static>> {
    let (meeting, lang) = (&model.meeting, model.lang);
    let label_room = meeting
        .agenda()
        .groups
        .iter()
        .map(|g| crate::text::width(&clean(&g.label)))
        .max()
        .unwrap_or(0)
        .min(w / 3);
    let mut lines = Vec::new();
    for row in meeting.balance(model.now) {
        let group = &meeting.agenda().groups[row.group];
        let label = truncate(&clean(&group.label), label_room).into_owned();
        let percent = crate::text::percent(row.share);
        let bar_cells = w.saturating_sub(label_room + 16).clamp(4, 20);
        let filled = crate::text::filled(row.share, bar_cells);
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(bar_cells - filled));
        lines.push(Line::from(vec![
            Span::styled(format!("{label:<label_room$} "), model.theme.title()),
            Span::raw(format!("{bar} {percent:>3}%")),
        ]));
        let detail = tr!(
            lang,
            "screen-balance-detail",
            airtime = duration(row.airtime),
            turns = row.turns,
            present = row.present
        );
        let detail = format!("  {detail}");
        lines.push(Line::from(truncate(&detail, w).into_owned()));
        let mut more = Vec::new();
        if let Some(target) = row.target {
            let target_pct = crate::text::percent(target);
            let verdict = match percent - target_pct {
                d if d.abs() <= 5 => tr!(lang, "screen-on-target", target = target_pct),
                d if d > 0 => tr!(lang, "screen-over-target", target = target_pct, points = d),
                d => tr!(
                    lang,
                    "screen-under-target",
                    target = target_pct,
                    points = -d
                ),
            };
            more.push(verdict);
        }
        if row.proposed > 0 {
            more.push(tr!(lang, "screen-proposed-items", items = row.proposed));
        }
        if !more.is_empty() {
            lines.push(Line::from(
                truncate(&format!("  {}", more.join(" · ")), w).into_owned(),
            ));
        }
    }
    lines
}

fn not_heard(model: &Model) -> String {
    let meeting = &model.meeting;
    let names: Vec<String> = meeting
        .not_heard()
        .iter()
        .map(|&p| clean(&meeting.people()[p].name).into_owned())
        .collect();
    if names.is_empty() {
        tr!(model.lang, "screen-everyone-heard")
    } else {
        tr!(model.lang, "screen-not-heard", names = names.join(", "))
    }
}

/// `⚑ Points of process: 1:10, not counted as airtime`, once there has been one.
fn procedure(model: &Model) -> Option<String> {
    let meeting = &model.meeting;
    let total: chrono::TimeDelta = (0..meeting.people().len())
        .map(|p| meeting.procedure_time(p, model.now))
        .sum();
    (total > chrono::TimeDelta::zero()).then(|| {
        tr!(
            model.lang,
            "screen-points-of-process",
            time = duration(total)
        )
    })
}

/// The process log, latest first, in two lists: every change the facilitator made to the
/// floor (overrides, hands taken down: who controls the floor is part of the record), and
/// every timekeeping entry, with the pause or break going on now at the top.
fn process_log(model: &Model) -> (Vec<String>, Vec<String>) {
    let (meeting, lang) = (&model.meeting, model.lang);
    let hm = |t: chrono::DateTime<chrono::Utc>| t.with_timezone(&model.offset).format("%H:%M");
    let line = |entry: &&crate::meeting::ProcessEntry| {
        format!(
            "{} {}",
            hm(entry.at),
            clean(&meeting.process_line(lang, entry, false))
        )
    };
    let (floor, clock): (Vec<_>, Vec<_>) = meeting
        .process_log()
        .iter()
        .rev()
        .partition(|e| e.kind.is_floor_change());
    let mut clock: Vec<String> = clock.iter().map(line).collect();
    if let Some(pause) = meeting.paused() {
        let time = hm(pause.start).to_string();
        let by = pause
            .role
            .map(|r| super::words::seat(lang, crate::agenda::Seat::Job(r)));
        let text = match (pause.break_minutes, by) {
            (Some(minutes), Some(by)) => tr!(
                lang,
                "screen-log-break-by",
                time = time,
                minutes = minutes,
                role = by
            ),
            (Some(minutes), None) => {
                tr!(lang, "screen-log-break", time = time, minutes = minutes)
            }
            (None, Some(by)) => tr!(lang, "screen-log-paused-by", time = time, role = by),
            (None, None) => tr!(lang, "screen-log-paused", time = time),
        };
        clock.insert(0, text);
    }
    (floor.iter().map(line).collect(), clock)
}

#[cfg(test)]
mod tests {
    use crate::agenda::{Role, Seat};
    use crate::app::{Message, Model, update};
    use crate::input::Command;
    use crate::meeting::{Event, Record};
    use crate::testing::{act, at, everyone_present_and_started};

    fn screen(model: &Model) -> String {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(160, 45)).unwrap();
        terminal.draw(|f| crate::ui::view(model, f)).unwrap();
        let buffer = terminal.backend().buffer();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                out.push_str(buffer[(x, y)].symbol());
            }
            out.push('\n');
        }
        out
    }

    fn record(model: &mut Model, secs: i64, event: Event) {
        let record = Record::new(at(secs), event);
        update(model, Message::Recorded(record), at(secs));
    }

    /// Forty pauses, by the timekeeper and the facilitator in turn.
    fn many_pauses() -> Model {
        let mut model = everyone_present_and_started(at(0));
        for i in 0..40 {
            let role = Some(match i % 2 {
                0 => crate::agenda::Role::Timekeeper,
                _ => crate::agenda::Role::Facilitator,
            });
            record(&mut model, 60 * i + 10, Event::ClockPaused { role });
            record(&mut model, 60 * i + 20 + i, Event::ClockResumed { role });
        }
        model
    }

    #[test]
    fn every_timekeeping_entry_can_be_scrolled_to() {
        let mut model = many_pauses();
        model.seat = Seat::Job(Role::Timekeeper);
        act(&mut model, Command::VoiceBalance, at(2500));
        let first = screen(&model);
        assert!(first.contains("↓ more below (pagedown)"), "{first}");
        assert!(
            first.contains("clock paused for 00:49 by the facilitator"),
            "the latest first: {first}"
        );
        let mut seen = first.clone();
        let mut presses = 0;
        while screen(&model).contains("↓ more below") {
            act(&mut model, Command::ScrollDown, at(2500));
            seen.push_str(&screen(&model));
            presses += 1;
            assert!(presses < 20, "the end is reached");
        }
        for i in 0..40 {
            let role = if i % 2 == 0 {
                "timekeeper"
            } else {
                "facilitator"
            };
            let entry = format!("clock paused for 00:{:02} by the {role}", 10 + i);
            assert!(seen.contains(&entry), "{entry} never shown");
        }
        let last = screen(&model);
        assert!(last.contains("more above (pageup)"), "{last}");
        // Going back up takes no more presses than going down did.
        for _ in 0..presses {
            act(&mut model, Command::ScrollUp, at(2500));
        }
        assert_eq!(screen(&model), first);
    }

    #[test]
    fn a_pause_going_on_says_whose_it_is_and_a_resume_by_another_role_says_so() {
        let mut model = everyone_present_and_started(at(0));
        let timekeeper = Some(crate::agenda::Role::Timekeeper);
        let facilitator = Some(crate::agenda::Role::Facilitator);
        record(&mut model, 60, Event::ClockPaused { role: timekeeper });
        act(&mut model, Command::VoiceBalance, at(90));
        let shown = screen(&model);
        assert!(
            shown.contains("18:01 clock paused by the timekeeper, still going on"),
            "{shown}"
        );
        let rows = crate::app::balance_log_rows(&model.meeting);
        assert_eq!(
            super::log_rows(&model, 60).len(),
            rows,
            "the app scrolls what is shown"
        );
        record(&mut model, 150, Event::ClockResumed { role: facilitator });
        let shown = screen(&model);
        assert!(
            shown.contains("clock paused for 01:30 by the timekeeper, resumed by the"),
            "{shown}"
        );
    }

    /// The process log on a Spanish screen is in Spanish, as the Spanish minutes say it.
    #[test]
    fn a_spanish_screen_reads_the_process_log_in_spanish() {
        let mut model = everyone_present_and_started(at(0));
        model.lang = crate::lang::Lang::Es;
        let timekeeper = Some(crate::agenda::Role::Timekeeper);
        let facilitator = Some(crate::agenda::Role::Facilitator);
        record(&mut model, 60, Event::ClockPaused { role: timekeeper });
        record(&mut model, 150, Event::ClockResumed { role: facilitator });
        act(&mut model, Command::VoiceBalance, at(160));
        let shown = screen(&model);
        assert!(
            shown.contains("18:02 reloj en pausa 01:30, lo paró el control del tiempo, lo siguió"),
            "{shown}"
        );
        assert!(!shown.contains("clock paused"), "{shown}");
    }
}
