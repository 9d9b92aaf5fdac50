//! One line for each screen saying what its job is at this moment, in plain words: the
//! timekeeper is told when to give the facilitator the signal, the secretary when a decision
//! is being taken, the facilitator who speaks and who is next.

use super::Model;
use crate::agenda::{Role, Seat};
use crate::input::{Command, Mode};
use crate::meeting::{ClockState, EntryKind, Phase};
use crate::text::clean;

/// What this screen's role should do now, or `None` when there is nothing to say.
pub fn now_hint(model: &Model) -> Option<String> {
    let meeting = &model.meeting;
    let key = |command| model.key_hint(Mode::Meeting, command);
    if model.link == (super::Link::Joined { connected: false }) {
        return Some("Wait: nothing can be changed until the host is back".into());
    }
    if let super::Link::Closed { .. } = model.link {
        return Some("The meeting's screens are closed: press any key to leave".into());
    }
    match meeting.phase() {
        Phase::NotStarted => {
            return Some(match model.seat {
                Seat::Job(Role::Facilitator) => format!(
                    "When everyone is ready: the roll call ({}), then {} starts the meeting",
                    key(Command::RollCall),
                    key(Command::StartMeeting)
                ),
                _ => "The meeting has not started yet".into(),
            });
        }
        Phase::Adjourned => {
            return Some(match model.seat {
                Seat::Job(Role::Secretary) | Seat::Job(Role::Facilitator) => format!(
                    "The meeting is adjourned: finish the record ({}), then {} writes the minutes",
                    key(Command::RecordView),
                    key(Command::ExportMinutes)
                ),
                _ => "The meeting is adjourned".into(),
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
        .format("%H:%M");
    Some(format!(
        "Planned break: {}, back at {back}",
        countdown.describe()
    ))
}

fn timekeeper(model: &Model) -> String {
    let meeting = &model.meeting;
    let key = |command| model.key_hint(Mode::Meeting, command);
    if let Some(planned) = planned_break(model).filter(|_| meeting.paused().is_none()) {
        return planned;
    }
    if let (Some(countdown), Some(back)) =
        (meeting.break_countdown(model.now), meeting.break_ends())
    {
        let back = back.with_timezone(&model.offset).format("%H:%M");
        return format!(
            "On a break, {}: back at {back} ({} ends it)",
            countdown.describe(),
            key(Command::StartBreak)
        );
    }
    if meeting.paused().is_some() {
        return format!(
            "The clock is paused: {} starts it again",
            key(Command::PauseClock)
        );
    }
    if let (Some(question), Some(turn)) = (
        meeting.question(model.now),
        meeting.turn_countdown(model.now),
    ) {
        return format!(
            "{} asks a question: {}'s turn waits at {} and goes on by itself",
            clean(&meeting.people()[question.person].name),
            clean(&meeting.people()[question.to].name),
            turn.text()
        );
    }
    if let (Some(turn), Some(floor)) = (meeting.turn_countdown(model.now), &meeting.queue().floor) {
        let name = clean(&meeting.people()[floor.person].name).into_owned();
        match turn.state {
            ClockState::Over => {
                return format!("{name} is {}: let the facilitator know", turn.describe());
            }
            ClockState::Warning => {
                return format!("{name}'s turn has {}: show the card", turn.describe());
            }
            _ => {}
        }
    }
    let item = meeting.item_countdown(model.now);
    match item.state {
        ClockState::Over => format!(
            "The item is {}: tell the facilitator, or give it more time ({} or {})",
            item.describe(),
            key(Command::ExtendItem),
            key(Command::ExtendItemBy)
        ),
        ClockState::Warning => format!(
            "The item has {}: give the facilitator the signal",
            item.text()
        ),
        _ => format!("The clock runs: the item has {}", item.describe()),
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
        return format!(
            "A decision is being taken: press {} to record it",
            key(Command::RecordDecision)
        );
    }
    if item.confidential {
        return format!(
            "🔒 Confidential item: notes ({}) stay out of the minutes; actions ({}) are asked",
            key(Command::AddNote),
            key(Command::AddAction)
        );
    }
    format!(
        "Item {} is on the table: {} for a note, {} for an action",
        i + 1,
        key(Command::AddNote),
        key(Command::AddAction)
    )
}

fn facilitator(model: &Model) -> String {
    let meeting = &model.meeting;
    let key = |command| model.key_hint(Mode::Meeting, command);
    if let Some(planned) = planned_break(model).filter(|_| meeting.paused().is_none()) {
        return format!(
            "{planned}: {} goes on when everyone is back",
            key(Command::NextItem)
        );
    }
    if let Some(back) = meeting.break_ends() {
        let back = back.with_timezone(&model.offset).format("%H:%M");
        return format!(
            "On a break until {back}: {} ends it",
            key(Command::StartBreak)
        );
    }
    let name = |person: usize| clean(&meeting.people()[person].name).into_owned();
    if let (Some(question), Some(countdown)) = (
        meeting.question(model.now),
        meeting.question_countdown(model.now),
    ) {
        return format!(
            "{} asks {} a question ({}): {} ends it, then the turn goes on",
            name(question.person),
            name(question.to),
            countdown.describe(),
            key(Command::InterposedQuestion)
        );
    }
    let next = meeting.next_in_queue(model.now).map(|h| name(h.person));
    let waiting = meeting.queue().hands.len();
    match (&meeting.queue().floor, next) {
        (Some(floor), Some(next)) => format!(
            "{} has the floor; {waiting} waiting: {} calls {next}",
            name(floor.person),
            key(Command::NextSpeaker)
        ),
        (Some(floor), None) => format!(
            "{} has the floor; nobody waiting ({} adds a hand)",
            name(floor.person),
            key(Command::AddSpeaker)
        ),
        (None, Some(next)) => format!(
            "The floor is open: {} calls {next}",
            key(Command::NextSpeaker)
        ),
        (None, None) if meeting.queue().list_closed => format!(
            "The list of speakers is closed and empty: {} opens it",
            key(Command::ToggleList)
        ),
        (None, None) => format!(
            "The floor is open: {} adds a hand",
            key(Command::AddSpeaker)
        ),
    }
}
