//! One line for each screen saying what its job is at this moment, in plain words: the
//! timekeeper is told when to give the facilitator the signal, the secretary when a decision
//! is being taken, the facilitator who speaks and who is next.

use super::Model;
use crate::agenda::{Role, Seat};
use crate::input::{Command, Mode};
use crate::lang::Lang;
use crate::meeting::{ClockState, Countdown, EntryKind, Phase};
use crate::text::clean;
use crate::tr;

/// `04:12 left`, `00:30 over`: the clock's words, as the wall says them.
fn left(lang: Lang, countdown: &Countdown) -> String {
    match countdown.left < chrono::TimeDelta::zero() {
        true => tr!(lang, "clock-over-by", time = countdown.text()),
        false => tr!(lang, "clock-left", time = countdown.text()),
    }
}

/// What this screen's role should do now, or `None` when there is nothing to say.
pub fn now_hint(model: &Model) -> Option<String> {
    let meeting = &model.meeting;
    let lang = model.lang;
    let key = |command| model.key_hint(Mode::Meeting, command);
    if model.link == (super::Link::Joined { connected: false }) {
        return Some(tr!(lang, "status-now-wait-for-host"));
    }
    if let super::Link::Closed { .. } = model.link {
        return Some(tr!(lang, "status-now-screens-closed"));
    }
    match meeting.phase() {
        Phase::NotStarted => {
            return Some(match model.seat {
                Seat::Job(Role::Facilitator) => tr!(
                    lang,
                    "status-now-when-ready",
                    roll_call = key(Command::RollCall),
                    start = key(Command::StartMeeting)
                ),
                _ => tr!(lang, "status-now-not-started"),
            });
        }
        Phase::Adjourned => {
            return Some(match model.seat {
                Seat::Job(Role::Secretary) | Seat::Job(Role::Facilitator) => tr!(
                    lang,
                    "status-now-finish-the-record",
                    record = key(Command::RecordView),
                    export = key(Command::ExportMinutes)
                ),
                _ => tr!(lang, "status-now-adjourned"),
            });
        }
        Phase::Running => {}
    }
    match model.seat {
        Seat::Job(Role::Timekeeper) => Some(timekeeper(model)),
        Seat::Job(Role::Secretary) => Some(secretary(model)),
        Seat::Job(Role::Facilitator) => Some(facilitator(model)),
        Seat::Observer => None,
    }
}

/// `Planned break: 08:12 left, back at 19:05`, during an item of kind Break.
fn planned_break(model: &Model) -> Option<String> {
    let meeting = &model.meeting;
    if !meeting.in_break_item() {
        return None;
    }
    let countdown = meeting.item_countdown(model.now);
    let back = meeting
        .break_item_ends(model.now)
        .with_timezone(&model.offset)
        .format("%H:%M")
        .to_string();
    let left = left(model.lang, &countdown);
    Some(tr!(
        model.lang,
        "status-now-planned-break",
        left = left,
        back = back
    ))
}

fn timekeeper(model: &Model) -> String {
    let meeting = &model.meeting;
    let lang = model.lang;
    let key = |command| model.key_hint(Mode::Meeting, command);
    if let Some(planned) = planned_break(model).filter(|_| meeting.paused().is_none()) {
        return planned;
    }
    if let (Some(countdown), Some(back)) =
        (meeting.break_countdown(model.now), meeting.break_ends())
    {
        let back = back
            .with_timezone(&model.offset)
            .format("%H:%M")
            .to_string();
        return tr!(
            lang,
            "status-now-on-a-break",
            left = left(lang, &countdown),
            back = back,
            key = key(Command::StartBreak)
        );
    }
    if meeting.paused().is_some() {
        return tr!(lang, "status-now-paused", key = key(Command::PauseClock));
    }
    if let (Some(question), Some(turn)) = (
        meeting.question(model.now),
        meeting.turn_countdown(model.now),
    ) {
        return tr!(
            lang,
            "status-now-question-turn-waits",
            asker = clean(&meeting.people()[question.person].name),
            speaker = clean(&meeting.people()[question.to].name),
            time = turn.text()
        );
    }
    if let (Some(turn), Some(floor)) = (meeting.turn_countdown(model.now), &meeting.queue().floor) {
        let name = clean(&meeting.people()[floor.person].name).into_owned();
        match turn.state {
            ClockState::Over => {
                let over = left(lang, &turn);
                return tr!(lang, "status-now-turn-over", name = name, over = over);
            }
            ClockState::Warning => {
                let left = left(lang, &turn);
                return tr!(lang, "status-now-turn-warning", name = name, left = left);
            }
            _ => {}
        }
    }
    let item = meeting.item_countdown(model.now);
    match item.state {
        ClockState::Over => tr!(
            lang,
            "status-now-item-over",
            over = left(lang, &item),
            extend = key(Command::ExtendItem),
            extend_by = key(Command::ExtendItemBy)
        ),
        ClockState::Warning => tr!(lang, "status-now-item-warning", time = item.text()),
        _ => tr!(lang, "status-now-clock-runs", left = left(lang, &item)),
    }
}

fn secretary(model: &Model) -> String {
    let meeting = &model.meeting;
    let key = |command| model.key_hint(Mode::Meeting, command);
    let i = meeting.current();
    let item = &meeting.agenda().items[i];
    let decided = meeting
        .entries_on(i)
        .any(|(_, e)| matches!(e.kind, EntryKind::Decision { .. }));
    if item.kind == crate::agenda::ItemKind::Decision && !decided {
        return tr!(
            model.lang,
            "status-now-decision",
            key = key(Command::RecordDecision)
        );
    }
    if item.confidential {
        return tr!(
            model.lang,
            "status-now-confidential",
            note = key(Command::AddNote),
            action = key(Command::AddAction)
        );
    }
    tr!(
        model.lang,
        "status-now-item-on-the-table",
        item = i + 1,
        note = key(Command::AddNote),
        action = key(Command::AddAction)
    )
}

fn facilitator(model: &Model) -> String {
    let meeting = &model.meeting;
    let lang = model.lang;
    let key = |command| model.key_hint(Mode::Meeting, command);
    if let Some(planned) = planned_break(model).filter(|_| meeting.paused().is_none()) {
        return tr!(
            lang,
            "status-now-planned-break-goes-on",
            planned = planned,
            key = key(Command::NextItem)
        );
    }
    if let Some(back) = meeting.break_ends() {
        let back = back
            .with_timezone(&model.offset)
            .format("%H:%M")
            .to_string();
        let key = key(Command::StartBreak);
        return tr!(lang, "status-now-break-until", back = back, key = key);
    }
    let name = |person: usize| clean(&meeting.people()[person].name).into_owned();
    if let (Some(question), Some(countdown)) = (
        meeting.question(model.now),
        meeting.question_countdown(model.now),
    ) {
        return tr!(
            lang,
            "status-now-question",
            asker = name(question.person),
            speaker = name(question.to),
            left = left(lang, &countdown),
            key = key(Command::InterposedQuestion)
        );
    }
    let next = meeting.next_in_queue(model.now).map(|h| name(h.person));
    let waiting = meeting.queue().hands.len();
    match (&meeting.queue().floor, next) {
        (Some(floor), Some(next)) => tr!(
            lang,
            "status-now-floor-and-waiting",
            name = name(floor.person),
            waiting = waiting,
            key = key(Command::NextSpeaker),
            next = next
        ),
        (Some(floor), None) => tr!(
            lang,
            "status-now-floor-nobody-waiting",
            name = name(floor.person),
            key = key(Command::AddSpeaker)
        ),
        (None, Some(next)) => tr!(
            lang,
            "status-now-open-calls",
            key = key(Command::NextSpeaker),
            next = next
        ),
        (None, None) if meeting.queue().list_closed => {
            tr!(
                lang,
                "status-now-closed-and-empty",
                key = key(Command::ToggleList)
            )
        }
        (None, None) => tr!(lang, "status-now-open-add", key = key(Command::AddSpeaker)),
    }
}
