//! Who has the floor, their turn clock, and the queue: who is next and why.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::Model;
use crate::input::Command;
use crate::meeting::Phase;
use crate::text::{clean, duration, truncate, width};
use crate::tr;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let (meeting, lang) = (&model.meeting, model.lang);
    let hands = meeting.queue().hands.len();
    let mut title = format!(" {} ", tr!(lang, "screen-floor", waiting = hands));
    if meeting.queue().list_closed {
        title.push_str(&format!("· {} ", tr!(lang, "screen-list-closed")));
    }
    if meeting.page_hands() != crate::meeting::PageHands::On {
        title.push_str(&format!("· {} ", tr!(lang, "screen-page-hands-off")));
    }
    let inner = super::panel(model, frame, area, title);
    let w = inner.width as usize;
    let mut lines = speaker(model, w);
    lines.push(Line::from(""));
    lines.extend(queue(
        model,
        w,
        inner.height.saturating_sub(super::cells(lines.len())) as usize,
    ));
    frame.render_widget(Paragraph::new(lines), inner);
}

fn speaker(model: &Model, w: usize) -> Vec<Line<'static>> {
    let theme = model.theme;
    let meeting = &model.meeting;
    let lang = model.lang;
    let Some(floor) = &meeting.queue().floor else {
        let on_break = meeting.on_break();
        let text = match (meeting.phase(), meeting.next_in_queue(model.now)) {
            (Phase::Running, _) if meeting.in_break_item() => {
                tr!(lang, "screen-planned-break-no-list")
            }
            (Phase::Running, _) if on_break => match model.offer(Command::StartBreak) {
                Some(key) => tr!(lang, "screen-on-break-key", key = key),
                None => tr!(lang, "screen-on-break"),
            },
            (Phase::Running, Some(hand)) => {
                let name = clean(&meeting.people()[hand.person].name);
                match model.offer(Command::NextSpeaker) {
                    Some(key) => tr!(lang, "screen-floor-open-calls", key = key, name = name),
                    None => tr!(lang, "screen-floor-open-next", name = name),
                }
            }
            (Phase::Running, None) if meeting.queue().list_closed => {
                match model.offer(Command::ToggleList) {
                    Some(key) => tr!(lang, "screen-list-closed-key", key = key),
                    None => tr!(lang, "screen-list-closed"),
                }
            }
            (Phase::Running, None) => match model.offer(Command::AddSpeaker) {
                Some(key) => tr!(lang, "screen-floor-open-key", key = key),
                None => tr!(lang, "screen-floor-open"),
            },
            _ => tr!(lang, "screen-nobody-has-the-floor"),
        };
        return vec![Line::styled(truncate(&text, w).into_owned(), theme.dim())];
    };
    let name = clean(&meeting.people()[floor.person].name).into_owned();
    let spoken = duration(meeting.spoken_in_turn(model.now));
    let mark = match (floor.process, floor.response_to) {
        (true, _) => "⚑ ",
        (false, Some(_)) => "↩ ",
        (false, None) => "▶ ",
    };
    let label = tr!(
        lang,
        "screen-group-spoken",
        group = clean(meeting.group_label(floor.person)),
        spoken = spoken
    );
    let mut lines = vec![Line::from(vec![
        Span::styled(mark, theme.current()),
        Span::styled(
            truncate(&name, w.saturating_sub(2)).into_owned(),
            theme.current(),
        ),
    ])];
    if let Some(turn) = meeting.turn_countdown(model.now) {
        let text = tr!(
            lang,
            "screen-turn",
            left = super::words::time_left(lang, &turn),
            state = super::words::clock_state(lang, turn.state)
        );
        let text = format!("  {text}");
        lines.push(Line::styled(
            truncate(&text, w).into_owned(),
            super::projector::clock_style(theme, Some(turn.state)),
        ));
    }
    let mut detail = label;
    let how = if floor.process {
        Some(tr!(lang, "screen-point-of-process"))
    } else if let Some(to) = floor.response_to {
        let to = clean(&meeting.people()[to].name);
        Some(tr!(lang, "screen-responds-to", name = to))
    } else if floor.by_override {
        Some(tr!(lang, "screen-given-the-floor"))
    } else {
        None
    };
    let side = floor.side.map(|side| super::words::side(lang, side));
    for part in how.into_iter().chain(side) {
        detail.push_str(&format!(" · {part}"));
    }
    lines.push(Line::from(truncate(&format!("  {detail}"), w).into_owned()));
    if let Some((who, left)) = question(model) {
        // The countdown goes on a line of its own when both do not fit.
        let one = format!("  {who} · {left}");
        let parts = match width(&one) <= w {
            true => vec![one],
            false => vec![format!("  {who}"), format!("    {left}")],
        };
        for part in parts {
            lines.push(Line::styled(
                truncate(&part, w).into_owned(),
                theme.warning(),
            ));
        }
    }
    lines
}

/// `? Question: Lena Fischer to Tom Okafor` and `00:25 left`, while an interposed question runs:
/// the same words on every screen and the wall.
fn question(model: &Model) -> Option<(String, String)> {
    let meeting = &model.meeting;
    let question = meeting.question(model.now)?;
    let countdown = meeting.question_countdown(model.now)?;
    let lang = model.lang;
    let who = tr!(
        lang,
        "screen-question",
        from = clean(&meeting.people()[question.person].name),
        to = clean(&meeting.people()[question.to].name)
    );
    Some((who, super::words::time_left(lang, &countdown)))
}

fn queue(model: &Model, w: usize, rows: usize) -> Vec<Line<'static>> {
    let theme = model.theme;
    let meeting = &model.meeting;
    let order = meeting.queue_order(model.now);
    if order.is_empty() && meeting.queue().list_closed {
        // With the floor open, the line above already says the list is closed.
        return match meeting.queue().floor {
            Some(_) => vec![Line::styled(
                tr!(model.lang, "screen-list-closed-no-new-hands"),
                theme.dim(),
            )],
            None => Vec::new(),
        };
    }
    if order.is_empty() {
        return vec![Line::styled(
            tr!(model.lang, "screen-queue-empty"),
            theme.dim(),
        )];
    }
    let selected = model.selected.min(order.len() - 1);
    let wide = w >= 64;
    let digits = order.len().to_string().len();
    let longest = order
        .iter()
        .map(|r| {
            width(&clean(
                &meeting.people()[meeting.queue().hands[r.hand].person].name,
            ))
        })
        .max()
        .unwrap_or(0);
    let blocks: Vec<Vec<Line<'static>>> = order
        .iter()
        .enumerate()
        .map(|(pos, ranked)| {
            let hand = &meeting.queue().hands[ranked.hand];
            let is_selected = pos == selected && model.overlay == crate::app::Overlay::None;
            let pointer = if is_selected { "›" } else { " " };
            let name = clean(&meeting.people()[hand.person].name).into_owned();
            let why: Vec<String> = ranked
                .reasons
                .iter()
                .map(|&r| super::words::reason(model.lang, meeting, r, hand.person))
                .collect();
            let head = format!("{pointer}{:>digits$}. ", pos + 1);
            let style = match is_selected {
                true => Style::new().add_modifier(Modifier::REVERSED),
                false => Style::new(),
            };
            let reason_style = if hand.process || hand.response_to.is_some() {
                theme.warning()
            } else {
                theme.dim()
            };
            let name_room = if wide {
                longest.min(w / 3)
            } else {
                w.saturating_sub(width(&head))
            };
            let name = format!("{:<name_room$}", truncate(&name, name_room));
            let indent = if wide {
                width(&head) + name_room + 1
            } else {
                width(&head)
            };
            // Reasons wrap onto at most two lines, the most important first; the second ends
            // in `…` when more did not fit.
            let room = w.saturating_sub(indent).max(8);
            let mut reasons = pack(&why, room);
            if reasons.len() > 2 {
                reasons.truncate(2);
                reasons[1] = super::fit::more(&Line::raw(reasons[1].clone()), room).to_string();
            }
            let mut block = Vec::new();
            let mut first = vec![Span::styled(head, style), Span::styled(name, style)];
            let mut rest = reasons.into_iter();
            if wide && let Some(reason) = rest.next() {
                first.push(Span::raw(" "));
                first.push(Span::styled(reason, reason_style));
            }
            block.push(Line::from(first));
            for reason in rest {
                block.push(Line::from(vec![
                    Span::raw(" ".repeat(indent)),
                    Span::styled(reason, reason_style),
                ]));
            }
            block
        })
        .collect();
    let total: usize = blocks.iter().map(Vec::len).sum();
    if total <= rows.max(1) {
        return blocks.into_iter().flatten().collect();
    }
    // Not every hand fits: the last row says how many are out of sight. Start as late as
    // needed for the selected hand to be seen whole.
    let room = rows.saturating_sub(1).max(1);
    let mut start = 0;
    while start < selected && blocks[start..=selected].iter().map(Vec::len).sum::<usize>() > room {
        start += 1;
    }
    let mut lines = Vec::new();
    let mut shown = 0;
    for block in &blocks[start..] {
        if lines.len() + block.len() > room {
            break;
        }
        lines.extend(block.iter().cloned());
        shown += 1;
    }
    let hidden = blocks.len() - shown;
    if hidden > 0 {
        let text = tr!(model.lang, "screen-more-waiting", hidden = hidden);
        lines.push(Line::styled(truncate(&text, w).into_owned(), theme.dim()));
    }
    lines
}

/// Put reasons on lines of at most `room` columns, never breaking a reason in two.
fn pack(reasons: &[String], room: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for reason in reasons {
        match lines.last_mut() {
            Some(line) if width(line) + 3 + width(reason) <= room => {
                line.push_str(" · ");
                line.push_str(reason);
            }
            _ => lines.push(truncate(reason, room).into_owned()),
        }
    }
    lines
}
