//! The bottom two lines: what the app has to say (or where the journal is), and key hints
//! generated from the keymap in use.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{Link, Model};
use crate::input::Command;
use crate::input::{Key, Mode};
use crate::meeting::Phase;
use crate::text::{clean, truncate, width};
use crate::tr;

/// What this screen's role should do now, in a line of its own.
pub fn now(model: &Model, frame: &mut Frame, area: Rect) {
    let Some(text) = crate::app::now_hint(model) else {
        return;
    };
    let line = truncate(&format!(" → {}", clean(&text)), area.width as usize).into_owned();
    frame.render_widget(
        Paragraph::new(Line::styled(line, model.theme.title())),
        area,
    );
}

pub fn status(model: &Model, frame: &mut Frame, area: Rect) {
    let (theme, lang) = (model.theme, model.lang);
    let room = area.width as usize;
    let unconfirmed = crate::app::unconfirmed(model).map(|what| clean(&what).into_owned());
    // On the host, who is watching: `timekeeper, secretary, room ×2`.
    let watching = crate::app::watching(model);
    let line = if let Link::Closed { at } = model.link {
        let time = at.with_timezone(&model.offset).format("%H:%M").to_string();
        let text = match &unconfirmed {
            None => tr!(lang, "screen-host-closed", time = time),
            Some(what) => tr!(
                lang,
                "screen-host-closed-not-recorded",
                time = time,
                what = what.as_str()
            ),
        };
        Line::styled(
            truncate(&format!(" {text}"), room).into_owned(),
            theme.current(),
        )
    } else if model.link == (Link::Joined { connected: false }) {
        let text = match &unconfirmed {
            None => tr!(lang, "screen-host-gone"),
            Some(what) => tr!(lang, "screen-host-gone-not-confirmed", what = what.as_str()),
        };
        Line::styled(
            truncate(&format!(" {text} "), room).into_owned(),
            theme.alarm(),
        )
    } else if let Some(error) = &model.save_error {
        let text = tr!(lang, "screen-not-saved", error = clean(&error.said(lang)));
        Line::styled(
            truncate(&format!(" {text} "), room).into_owned(),
            theme.alarm(),
        )
    } else if let Some(status) = &model.status {
        Line::styled(
            truncate(&format!(" ℹ {}", clean(status)), room).into_owned(),
            theme.current(),
        )
    } else if model.example {
        let text = format!(" {}", tr!(lang, "screen-example"));
        Line::styled(truncate(&text, room).into_owned(), theme.current())
    } else if model.rehearsal {
        // Who is watching comes first, where the line is never cut.
        let text = match &watching {
            None => tr!(lang, "screen-rehearsal"),
            Some(who) => tr!(lang, "screen-rehearsal-joined", who = who),
        };
        Line::styled(
            truncate(&format!(" {text}"), room).into_owned(),
            theme.current(),
        )
    } else if let Some(what) = &unconfirmed {
        let text = format!(
            " {}",
            tr!(lang, "screen-waiting-for-host", what = what.as_str())
        );
        Line::styled(truncate(&text, room).into_owned(), theme.current())
    } else if let Link::Joined { .. } = model.link {
        let text = tr!(
            lang,
            "screen-joined-as",
            seat = super::words::seat(lang, model.seat),
            path = model.journal_path.display().to_string()
        );
        Line::styled(
            truncate(&clean(&format!(" {text}")), room).into_owned(),
            theme.dim(),
        )
    } else if !model.journal_started {
        let path = model.journal_path.display().to_string();
        let text = match &watching {
            None => tr!(lang, "screen-nothing-recorded", path = path),
            Some(who) => tr!(
                lang,
                "screen-nothing-recorded-joined",
                who = who,
                path = path
            ),
        };
        Line::styled(
            truncate(&clean(&format!(" {text}")), room).into_owned(),
            theme.dim(),
        )
    } else {
        let path = model.journal_path.display().to_string();
        let text = match &watching {
            None => tr!(lang, "screen-saved", path = path),
            Some(who) => tr!(lang, "screen-saved-joined", who = who, path = path),
        };
        Line::styled(
            truncate(&clean(&format!(" {text}")), room).into_owned(),
            theme.dim(),
        )
    };
    frame.render_widget(Paragraph::new(line), area);
}

pub fn hints(model: &Model, frame: &mut Frame, area: Rect) {
    let theme = model.theme;
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (keys, hint) in hint_words(model) {
        let entry = width(&keys) + 1 + width(&hint) + 2;
        if used + entry > area.width as usize {
            break;
        }
        used += entry;
        spans.push(Span::styled(keys, theme.key()));
        spans.push(Span::raw(format!(" {hint}  ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The hints as they are shown: keys side by side that say the same (`up/down select`).
pub fn hint_words(model: &Model) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (key, command) in hint_list(model) {
        let said = command.hint(model.lang);
        match out.last_mut() {
            Some((keys, hint)) if *hint == said => {
                keys.push('/');
                keys.push_str(&key.to_string());
            }
            _ => out.push((key.to_string(), said)),
        }
    }
    out
}

/// One key per action that makes sense now, for this screen's role: help first, then the
/// role's own keys, then the mode's other keys, then the rest of the global ones. A key is
/// offered only if it runs its command here: in a prompt, where `q` and `?` type letters,
/// neither is offered. Once the host has closed the meeting, every key leaves (the line above
/// says so) and none is offered; while the host is gone, only the keys that change nothing.
pub fn hint_list(model: &Model) -> Vec<(Key, Command)> {
    if let Link::Closed { .. } = model.link {
        return Vec::new();
    }
    let host_gone = model.link == (Link::Joined { connected: false });
    let mode = model.mode();
    let keymap = &model.keymap;
    let mut out: Vec<(Key, Command)> = Vec::new();
    let candidates = keymap
        .in_mode(Mode::Global)
        .filter(|(_, a)| *a == Command::Help)
        .chain(keymap.in_mode(mode))
        .chain(keymap.in_mode(Mode::Global));
    for &(key, command) in candidates {
        let reachable = model.command_for(key) == Some(command);
        let allowed = model.seat.allows(command).is_ok()
            && !(host_gone && crate::app::duty(command) != crate::agenda::Duty::Anyone);
        let new = !out.iter().any(|(_, a)| *a == command);
        if reachable && allowed && relevant(model, command) && new {
            out.push((key, command));
        }
    }
    // The role's own keys come first (after help); the facilitator's are the keymap's order.
    out.sort_by_key(|(_, command)| match command {
        Command::Help => 0,
        c if model.seat.own_command(*c) => 1,
        _ => 2,
    });
    out
}

/// Hide keys that would only be refused right now.
fn relevant(model: &Model, action: Command) -> bool {
    let meeting = &model.meeting;
    let running = meeting.phase() == Phase::Running;
    let queued = !meeting.queue().hands.is_empty();
    // A planned break has no floor, and its clock does not stop.
    let floor_keys = crate::app::opens_after_the_break(action);
    let stops_clock = matches!(action, Command::PauseClock | Command::StartBreak);
    if meeting.in_break_item() && (floor_keys || stops_clock && meeting.paused().is_none()) {
        return false;
    }
    match action {
        Command::StartMeeting => meeting.phase() == Phase::NotStarted,
        Command::NextItem => running && meeting.current() + 1 < meeting.items().len(),
        Command::PreviousItem => running && meeting.current() > 0,
        Command::EndMeeting | Command::PointOfProcess | Command::ToggleList => running,
        Command::AddSpeaker => running && !meeting.queue().list_closed,
        Command::AddSpeakerPro | Command::AddSpeakerContra => {
            running && !meeting.queue().list_closed && meeting.sides_allowed().is_ok()
        }
        Command::DirectResponse | Command::InterposedQuestion => {
            running && meeting.queue().floor.as_ref().is_some_and(|f| !f.process)
        }
        Command::ReaddLastSpeaker => running && meeting.last_speaker().is_ok(),
        Command::EditHand | Command::ClearHands => running && queued,
        Command::NextSpeaker | Command::GiveFloor if meeting.on_break() => false,
        Command::NextSpeaker => running && (queued || meeting.queue().floor.is_some()),
        Command::MarkLeft => running,
        Command::EndTurn => meeting.queue().floor.is_some(),
        // Choosing a hand is for acting on it: only where the queue is shown to someone who
        // may move it (the timekeeper's screen has no list to choose from).
        Command::SelectPrevious | Command::SelectNext if model.mode() == Mode::Meeting => {
            meeting.queue().hands.len() > 1 && model.seat.allows(Command::GiveFloor).is_ok()
        }
        Command::MoveUp | Command::MoveDown => meeting.queue().hands.len() > 1,
        Command::ScrollUp | Command::ScrollDown if model.mode() == Mode::Meeting => {
            model.show_balance
        }
        Command::GiveFloor | Command::RemoveSpeaker => queued,
        Command::PauseClock
        | Command::StartBreak
        | Command::ExtendItem
        | Command::ExtendItemBy
        | Command::AddItem => running,
        Command::RollCall => meeting.phase() != Phase::Adjourned,
        Command::ShowAgenda if model.mode() == Mode::Meeting => {
            meeting.phase() == Phase::NotStarted
        }
        Command::ExtendTurn | Command::ResetTurn => running && meeting.queue().floor.is_some(),
        Command::AddNote
        | Command::RecordDecision
        | Command::AddAction
        | Command::ParkTopic
        | Command::RecordView => meeting.phase() != Phase::NotStarted,
        Command::ReviewActions => !meeting.last_actions().is_empty(),
        _ => true,
    }
}

#[cfg(test)]
mod tests;
