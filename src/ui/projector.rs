//! The room view, for the projector on the wall (the host's `c`, or `cochair join --view room`
//! on a second display): the item, its title in block letters when it fits across; the marks
//! of the turn and the list (`↩`, `+`, `−`, `⚑`, `⏸ turn held for a question`, `⊘ List
//! closed`); who has the floor, in block capitals when there is room; a clock big enough for
//! the back of the room (the speaker's turn, an interposed question, the item, or the break),
//! its label a row above its digits; who is next, also large; the queue with each place's mark
//! and reasons; the item's time and the quorum. During a planned break: BREAK, and the time
//! left.
//! Nothing for an operator: no journal path, no prompts, no key hints (the host's own view
//! keeps one line saying how to go back).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, big_clock, wall, words};
use crate::app::Model;
use crate::meeting::{ClockState, Countdown, Phase};
use crate::text::{clean, truncate};
use crate::tr;

/// Rows for what is around the clock: the item's title large when the screen is tall enough,
/// the line of marks, and the names in block capitals only when the clock keeps at least ten
/// rows.
struct Plan {
    title: u16,
    marks: u16,
    speaker: u16,
    next: u16,
    queue: u16,
    footer: u16,
}

impl Plan {
    fn for_area(model: &Model, area: Rect) -> Plan {
        let footer = if model.room { 2 } else { 3 };
        let title = match (current_title(model), area.height) {
            (Some(text), 24..) => wall::title_rows(&text, area.width),
            _ => 0,
        };
        // The marks' line, and a blank row under it on a tall screen so it never touches a
        // name in block capitals.
        let marks = match area.height {
            30.. => 2,
            16.. => 1,
            _ => 0,
        };
        let fixed = 2 + title + marks + footer;
        // The clock keeps at least three rows: on a small screen the queue gives way first.
        let room_for_queue = area.height.saturating_sub(fixed + 1 + 1 + 3);
        let queue = super::cells(queue_lines(model, marks == 0).len().min(5)).min(room_for_queue);
        let spare = area.height.saturating_sub(fixed + queue + 2);
        // Each name takes 5 rows per step of size (or 3 rows of half blocks), and a blank row
        // under it; the clock keeps at least ten rows before they grow.
        let name_rows = match spare {
            s if s >= 10 + 2 * 11 => 11,
            s if s >= 10 + 2 * 6 => 6,
            s if s >= 10 + 2 * 4 => 4,
            _ => 1,
        };
        Plan {
            title,
            marks,
            speaker: name_rows,
            next: name_rows,
            queue,
            footer,
        }
    }
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let plan = Plan::for_area(model, area);
    let [top, title, marks, speaker, clock, next, queue, bottom] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(plan.title),
        Constraint::Length(plan.marks),
        Constraint::Length(plan.speaker),
        Constraint::Fill(1),
        Constraint::Length(plan.next),
        Constraint::Length(plan.queue),
        Constraint::Length(plan.footer),
    ])
    .areas(area);
    let big_title = plan.title > 0;
    frame.render_widget(
        Paragraph::new(heading(model, top.width as usize, big_title)),
        top,
    );
    if let Some(text) = current_title(model).filter(|_| big_title) {
        let [text_area, _gap] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(title);
        wall::title(frame, text_area, &text, model.theme.current());
    }
    let [marks, _] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(marks);
    wall::centred(
        frame,
        marks,
        &wall::marks_line(model),
        model.theme.warning(),
    );
    let (who, who_style) = speaking(model);
    wall::name(frame, speaker, &who, who_style);
    draw_clock(model, frame, clock);
    if let Some(next_name) = next_speaker(model) {
        wall::name(
            frame,
            next,
            &tr!(model.lang, "wall-next", name = next_name),
            model.theme.current(),
        );
    }
    let lines: Vec<Line> = queue_lines(model, plan.marks == 0)
        .into_iter()
        .take(queue.height as usize)
        .map(|l| Line::from(truncate(&l, queue.width as usize).into_owned()))
        .collect();
    frame.render_widget(Paragraph::new(lines), queue);
    frame.render_widget(Paragraph::new(footer(model, bottom.width as usize)), bottom);
}

/// The title of the item on the table, while the meeting runs.
fn current_title(model: &Model) -> Option<String> {
    let meeting = &model.meeting;
    (meeting.phase() == Phase::Running)
        .then(|| clean(&meeting.agenda().items[meeting.current()].title).into_owned())
}

/// Who has the floor, as the room should read it.
fn speaking(model: &Model) -> (String, Style) {
    let meeting = &model.meeting;
    let (theme, lang) = (model.theme, model.lang);
    match (meeting.phase(), &meeting.queue().floor) {
        (Phase::NotStarted, _) => (tr!(lang, "wall-floor-not-started"), theme.dim()),
        (Phase::Adjourned, _) => (tr!(lang, "wall-floor-adjourned"), theme.done()),
        (_, _) if meeting.on_break() || meeting.in_break_item() => {
            (tr!(lang, "wall-floor-break"), theme.current())
        }
        (_, Some(floor)) => (
            clean(&meeting.people()[floor.person].name).into_owned(),
            theme.current(),
        ),
        (_, None) => (tr!(lang, "wall-floor-open"), theme.dim()),
    }
}

/// Who the queue calls next, if anyone is waiting (nobody is called during a planned break).
fn next_speaker(model: &Model) -> Option<String> {
    let meeting = &model.meeting;
    if meeting.phase() != Phase::Running || meeting.in_break_item() {
        return None;
    }
    let hand = meeting.next_in_queue(model.now)?;
    Some(clean(&meeting.people()[hand.person].name).into_owned())
}

/// The clock with its caption: the turn, the break or the item, in block digits when they fit.
fn draw_clock(model: &Model, frame: &mut Frame, clock: Rect) {
    let (label, countdown) = what_to_show(model);
    let style = clock_style(model.theme, countdown.map(|c| c.state));
    let text = countdown.map_or_else(
        || {
            model
                .now
                .with_timezone(&model.offset)
                .format("%H:%M")
                .to_string()
        },
        |c| c.text(),
    );
    // A blank row between the caption and the digits, so the label never touches them.
    let [caption, _gap, digits] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(clock);
    let on_break =
        model.meeting.break_countdown(model.now).is_some() || model.meeting.in_break_item();
    let state = match countdown {
        Some(c) if !on_break || c.state == ClockState::Over => {
            format!(" · {}", words::clock_state(model.lang, c.state))
        }
        _ => String::new(),
    };
    let caption_text = truncate(&format!("{label}{state}"), caption.width as usize).into_owned();
    frame.render_widget(
        Paragraph::new(Line::styled(caption_text, style)).centered(),
        caption,
    );
    let scale = big_clock::scale_for(&text, digits);
    if scale > 0 {
        big_clock::draw(frame.buffer_mut(), digits, &text, scale, style);
    } else {
        let [middle] = Layout::vertical([Constraint::Length(1)])
            .flex(ratatui::layout::Flex::Center)
            .areas(digits);
        frame.render_widget(Paragraph::new(Line::styled(text, style)).centered(), middle);
    }
}

/// The queue, each place with its reasons; a closed list said under it when the screen is too
/// short for the line of marks (`closed_here`).
fn queue_lines(model: &Model, closed_here: bool) -> Vec<String> {
    let meeting = &model.meeting;
    if meeting.phase() != Phase::Running {
        return Vec::new();
    }
    let closed = (closed_here && meeting.queue().list_closed)
        .then(|| format!(" {}", tr!(model.lang, "queue-list-closed")));
    meeting
        .queue_order(model.now)
        .iter()
        .enumerate()
        .map(|(place, ranked)| {
            let hand = &meeting.queue().hands[ranked.hand];
            let person = hand.person;
            let why: Vec<String> = ranked
                .reasons
                .iter()
                .map(|&r| words::reason(model.lang, meeting, r, person))
                .collect();
            let mark = wall::hand_mark(hand.process, hand.response_to.is_some(), hand.side);
            format!(
                " {}. {mark} {} — {}",
                place + 1,
                clean(&meeting.people()[person].name),
                why.join(" · ")
            )
        })
        .chain(closed)
        .collect()
}

/// The meeting and item, with the wall clock; above them, a banner while a joined wall has
/// lost its host or after the host closed the meeting's screens, or in a rehearsal.
fn heading(model: &Model, w: usize, big_title: bool) -> Vec<Line<'static>> {
    let meeting = &model.meeting;
    let lang = model.lang;
    let time = model
        .now
        .with_timezone(&model.offset)
        .format("%H:%M")
        .to_string();
    let banner = match (&model.link, model.rehearsal) {
        // The wall says it too, quietly: what it shows may be out of date until the host is back.
        (crate::app::Link::Joined { connected: false }, _) => tr!(lang, "wall-host-gone"),
        (crate::app::Link::Closed { .. }, _) => tr!(lang, "wall-host-closed"),
        (_, true) => tr!(lang, "wall-rehearsal"),
        _ => String::new(),
    };
    let banner = match banner.is_empty() {
        true => banner,
        false => format!(" {banner} "),
    };
    let banner_width = crate::text::width(&banner);
    let title = truncate(
        &clean(&meeting.agenda().title),
        w.saturating_sub(time.len() + banner_width + 2),
    )
    .into_owned();
    let gap = w.saturating_sub(crate::text::width(&title) + banner_width + time.len() + 1);
    let item = match meeting.phase() {
        Phase::Running => {
            let i = meeting.current();
            let lock = match meeting.agenda().items[i].confidential {
                true => format!(" · {}", tr!(lang, "wall-confidential")),
                false => String::new(),
            };
            let item = &meeting.agenda().items[i];
            // With the title large below, this line says what kind of item it is.
            let what = match (big_title, item.kind) {
                (true, crate::agenda::ItemKind::Break) => tr!(lang, "wall-planned-break"),
                (true, kind) => words::kind(lang, kind),
                (false, _) => clean(&item.title).into_owned(),
            };
            let line = tr!(
                lang,
                "wall-item-of",
                item = i + 1,
                total = meeting.items().len(),
                what = what
            );
            format!("{line}{lock}")
        }
        Phase::NotStarted => tr!(lang, "wall-not-started"),
        Phase::Adjourned => tr!(lang, "wall-adjourned"),
    };
    vec![
        Line::from(vec![
            Span::styled(banner, model.theme.alarm()),
            Span::styled(format!(" {title}"), model.theme.title()),
            Span::raw(" ".repeat(gap)),
            Span::styled(time, model.theme.title()),
        ]),
        Line::styled(
            truncate(&format!(" {item}"), w).into_owned(),
            model.theme.current(),
        ),
    ]
}

/// The break (or the planned break), else an interposed question, else the speaker's turn,
/// else the item.
fn what_to_show(model: &Model) -> (String, Option<Countdown>) {
    let meeting = &model.meeting;
    let (now, lang) = (model.now, model.lang);
    if meeting.phase() != Phase::Running {
        return (tr!(lang, "wall-clock-time"), None);
    }
    if let Some(countdown) = meeting.break_countdown(now) {
        let back = meeting
            .break_ends()
            .map(|t| t.with_timezone(&model.offset).format("%H:%M").to_string())
            .unwrap_or_default();
        return (tr!(lang, "wall-clock-break", time = back), Some(countdown));
    }
    if meeting.in_break_item() && meeting.paused().is_none() {
        let back = meeting
            .break_item_ends(now)
            .with_timezone(&model.offset)
            .format("%H:%M")
            .to_string();
        let countdown = meeting.item_countdown(now);
        return (tr!(lang, "wall-clock-break", time = back), Some(countdown));
    }
    if let (Some(question), Some(countdown)) =
        (meeting.question(now), meeting.question_countdown(now))
    {
        let label = tr!(
            lang,
            "wall-clock-question",
            from = clean(&meeting.people()[question.person].name),
            to = clean(&meeting.people()[question.to].name)
        );
        return (label, Some(countdown));
    }
    if let (Some(floor), Some(turn)) = (&meeting.queue().floor, meeting.turn_countdown(now)) {
        let name = clean(&meeting.people()[floor.person].name);
        return (tr!(lang, "wall-clock-turn", name = name), Some(turn));
    }
    let item = meeting.item_countdown(now);
    let label = match item.state {
        ClockState::Over => tr!(lang, "wall-clock-item-over"),
        _ => tr!(lang, "wall-clock-item-left"),
    };
    (label, Some(item))
}

pub fn clock_style(theme: Theme, state: Option<ClockState>) -> Style {
    match state {
        Some(ClockState::Over) => theme.warning(),
        Some(ClockState::Warning) | Some(ClockState::Paused) => theme.current(),
        _ => theme.title(),
    }
}

/// The item's time and the meeting's end, the quorum, and (on the host's own screen) how to go
/// back to the full screen.
fn footer(model: &Model, w: usize) -> Vec<Line<'static>> {
    let meeting = &model.meeting;
    let (now, lang) = (model.now, model.lang);
    let mut lines = Vec::new();
    if meeting.phase() == Phase::Running {
        let item = meeting.item_countdown(now);
        let left = words::time_left(lang, &item);
        let state = words::clock_state(lang, item.state);
        let mut text = format!(
            " {}",
            tr!(lang, "wall-footer-item", left = left, state = state)
        );
        if let Some(end) = meeting.schedule(now, model.offset).projected_end {
            let time = end.format("%H:%M").to_string();
            text.push_str(&format!(
                " · {}",
                tr!(lang, "wall-footer-ends", time = time)
            ));
        }
        lines.push(Line::styled(
            truncate(&text, w).into_owned(),
            clock_style(model.theme, Some(item.state)),
        ));
    }
    lines.push(quorum(model, w));
    if !model.room {
        let key = model.key_hint(
            crate::input::Mode::Meeting,
            crate::input::Command::ProjectorView,
        );
        lines.push(Line::styled(
            format!(" {}", tr!(lang, "wall-full-screen", key = key)),
            model.theme.dim(),
        ));
    }
    lines
}

/// `Quorum ✓ 7 present · 4 of 7 Family members`, or what is missing, in words.
fn quorum(model: &Model, w: usize) -> Line<'static> {
    use crate::meeting::QuorumState;
    let meeting = &model.meeting;
    let (theme, lang) = (model.theme, model.lang);
    let label = clean(meeting.customer_label().unwrap_or_default()).into_owned();
    let groups = match meeting.customer_groups().len() {
        1 => "one",
        _ => "several",
    };
    let (text, style) = match meeting.quorum() {
        _ if !meeting.roll_call_taken() => (tr!(lang, "wall-roll-call-not-taken"), theme.dim()),
        QuorumState::NotSet { present } => {
            (tr!(lang, "wall-present", present = present), Style::new())
        }
        QuorumState::Met { present, customers } => (
            tr!(
                lang,
                "wall-quorum-met",
                present = present,
                customers = customers,
                groups = groups,
                label = label
            ),
            theme.done(),
        ),
        QuorumState::TooFew { present, needed } => (
            tr!(lang, "wall-no-quorum", present = present, needed = needed),
            theme.warning(),
        ),
        QuorumState::NoMajority { present, customers } => (
            tr!(
                lang,
                "wall-no-majority",
                present = present,
                customers = customers,
                groups = groups,
                label = label
            ),
            theme.warning(),
        ),
    };
    Line::styled(truncate(&format!(" {text}"), w).into_owned(), style)
}
