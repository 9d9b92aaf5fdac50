//! What each command of the keymap does to the model: the one match from a key's command to
//! the part of the app that carries it out, once this screen's seat allows it.

use chrono::{DateTime, Utc};

use super::{
    Answer, Effect, Model, Overlay, PickFor, Picker, Prompt, PromptFor, Question, Totals,
    break_item, figures, floor, members, picker, procedure, question, record, record_order,
    refusal, refusals, review, roll_call, secretary, share, speakers, timekeeper,
};
use crate::input::{Command, Mode};
use crate::meeting::{Event, Phase};
use crate::tr;

/// What a command does to the model, if this screen's role allows it.
pub(super) fn run_command(model: &mut Model, command: Command, now: DateTime<Utc>) -> Vec<Effect> {
    if model.seat.allows(command).is_err() {
        return model.say(refusals::seat(model.lang, model.seat));
    }
    if let Some(refused) = share::read_only(model, command) {
        return refused;
    }
    if let Some(refused) = break_item::refused(model, command) {
        return refused;
    }
    match command {
        Command::Quit => vec![Effect::Quit],
        Command::Help => {
            model.overlay = match model.overlay {
                Overlay::Help { .. } => Overlay::None,
                _ => Overlay::Help { scroll: 0 },
            };
            vec![]
        }
        Command::ScrollUp | Command::ScrollDown => {
            let up = command == Command::ScrollUp;
            if let Overlay::Help { scroll } | Overlay::Reading { scroll } = &mut model.overlay {
                *scroll = if up {
                    scroll.saturating_sub(1)
                } else {
                    scroll.saturating_add(1)
                };
            } else if model.overlay == Overlay::None && model.show_balance {
                figures::scroll_balance(model, up);
            }
            vec![]
        }
        Command::StartMeeting if model.planned_for_later() => {
            question::ask(model, Question::StartEarly)
        }
        Command::StartMeeting => record(model, share::starting(model), now),
        Command::NextItem => move_to(model, 1, now),
        Command::PreviousItem => move_to(model, -1, now),
        Command::EndMeeting => {
            if let Err(e) = model.meeting.check(&Event::MeetingEnded) {
                let why = refusal(model, &e);
                return model.say(why);
            }
            question::ask(model, Question::Adjourn)
        }
        Command::Confirm => match &model.overlay {
            Overlay::Confirm(_) => question::answer(model, Answer::Yes, now),
            Overlay::Picker(_) | Overlay::Prompt(_) => picker::choose(model, now),
            Overlay::RollCall { .. } => roll_call::toggle(model, now),
            _ => vec![],
        },
        Command::Decline => match &model.overlay {
            Overlay::Confirm(_) => question::answer(model, Answer::No, now),
            _ => run_command(model, Command::Cancel, now),
        },
        Command::Cancel if matches!(model.overlay, Overlay::Confirm(_)) => {
            question::answer(model, Answer::NeverMind, now)
        }
        Command::Cancel if matches!(model.overlay, Overlay::RollCall { .. }) => {
            roll_call::close(model, now)
        }
        Command::Cancel => {
            // Adding a person or correcting an entry goes back to the list it came from.
            model.overlay = match &model.overlay {
                Overlay::Picker(Picker {
                    purpose: PickFor::Group { .. },
                    ..
                })
                | Overlay::Prompt(Prompt {
                    purpose: PromptFor::PersonName,
                    ..
                }) => Overlay::RollCall { selected: 0 },
                Overlay::Prompt(Prompt {
                    purpose: PromptFor::EditEntry { .. },
                    ..
                }) => Overlay::Record { selected: 0 },
                Overlay::Prompt(Prompt {
                    purpose: PromptFor::AsNewEntry { .. },
                    ..
                }) => {
                    model.status = Some(tr!(model.lang, "status-correction-dropped"));
                    Overlay::None
                }
                Overlay::Prompt(Prompt {
                    purpose: PromptFor::CarryDue { action } | PromptFor::DropReason { action },
                    ..
                }) => Overlay::Review { selected: *action },
                _ => Overlay::None,
            };
            vec![]
        }
        Command::SelectPrevious | Command::SelectNext => {
            select(model, command == Command::SelectNext);
            vec![]
        }
        Command::RollCall => {
            model.overlay = Overlay::RollCall { selected: 0 };
            vec![]
        }
        Command::TogglePresent => roll_call::toggle(model, now),
        Command::MarkLeft => roll_call::mark_left(model, now),
        Command::AllPresent => roll_call::all_present(model, now),
        Command::AddPerson => {
            model.overlay = Overlay::Prompt(Prompt::new(PromptFor::PersonName));
            vec![]
        }
        Command::AddSpeaker => procedure::open_hands(model),
        Command::PointOfProcess => picker::open(model, PickFor::PointOfProcess),
        Command::RemoveSpeaker => floor::remove(model, now),
        Command::NextSpeaker => floor::next_speaker(model, now),
        Command::EndTurn => floor::end_turn(model, now),
        Command::MoveUp => floor::move_selected(model, crate::meeting::Direction::Up, now),
        Command::MoveDown => floor::move_selected(model, crate::meeting::Direction::Down, now),
        Command::GiveFloor => floor::give_floor(model, now),
        Command::VoiceBalance => {
            model.show_balance = !model.show_balance;
            model.balance_scroll = 0;
            model.totals = Totals::Hidden;
            vec![]
        }
        Command::ProjectorView => {
            model.projector = !model.projector;
            vec![]
        }
        Command::PauseClock => timekeeper::pause(model, now),
        Command::StartBreak => timekeeper::start_break(model, now),
        Command::ExtendItem => timekeeper::extend_item(model, 5, now),
        Command::ExtendItemBy => timekeeper::ask_minutes(model, PromptFor::ExtendMinutes),
        Command::ExtendTurn => {
            let by = Some(timekeeper::timekeeper(model));
            record(model, Event::TurnExtended { seconds: 30, by }, now)
        }
        Command::ResetTurn => record(model, Event::TurnReset { role: None }, now),
        Command::AddNote => secretary::start(model, PromptFor::Note),
        Command::RecordDecision => secretary::start_decision(model),
        Command::AddAction => secretary::start(model, PromptFor::ActionText),
        Command::AddItem => secretary::start(model, PromptFor::ItemTitle),
        Command::ParkTopic => secretary::start(model, PromptFor::ParkTopic),
        Command::RecordView => {
            model.overlay = match model.overlay {
                Overlay::Record { .. } => Overlay::None,
                _ => Overlay::Record {
                    selected: record_order(model).len().saturating_sub(1),
                },
            };
            vec![]
        }
        Command::EditEntry => secretary::edit_selected(model),
        Command::DeleteEntry => secretary::delete_selected(model),
        Command::ExportMinutes => secretary::export(model),
        Command::ShowAgenda => {
            model.overlay = match model.overlay {
                Overlay::Reading { .. } => Overlay::None,
                _ => Overlay::Reading { scroll: 0 },
            };
            vec![]
        }
        Command::ExportAgenda => secretary::export_agenda(model),
        Command::CopyAgenda => secretary::copy_agenda(model),
        Command::CopyMinutes => secretary::copy(model),
        Command::ReviewActions => review::open(model),
        Command::ActionDone => review::done(model, now),
        Command::ActionCarry => review::ask_carry(model),
        Command::ActionDrop => review::ask_drop(model),
        Command::DirectResponse => procedure::open_response(model),
        Command::AddSpeakerPro => procedure::open_side(model, crate::meeting::Side::Pro),
        Command::AddSpeakerContra => procedure::open_side(model, crate::meeting::Side::Contra),
        Command::ToggleList => procedure::toggle_list(model, now),
        Command::PersonTotals => procedure::cycle_totals(model),
        Command::InterposedQuestion => speakers::question(model, now),
        Command::ReaddLastSpeaker => speakers::readd(model, now),
        Command::EditHand => speakers::edit_hand(model, now),
        Command::ClearHands => speakers::clear(model),
        Command::MembersCode => members::toggle_code(model),
        Command::PageHands => members::cycle_hands(model, now),
        Command::ReleaseClaim => members::release(model, now),
    }
}

/// Move the selection in whatever list is in front.
fn select(model: &mut Model, down: bool) {
    let step = |at: usize, len: usize| match down {
        true => (at + 1).min(len.saturating_sub(1)),
        false => at.saturating_sub(1),
    };
    let offered = match &model.overlay {
        Overlay::Picker(p) => p.found.len(),
        _ => 0,
    };
    match &mut model.overlay {
        Overlay::RollCall { selected } => *selected = step(*selected, model.meeting.people().len()),
        Overlay::Record { selected } => {
            let len = model
                .meeting
                .entries()
                .iter()
                .filter(|e| !e.deleted)
                .count();
            *selected = step((*selected).min(len.saturating_sub(1)), len)
        }
        Overlay::Picker(p) => p.selected = step(p.selected.min(offered.saturating_sub(1)), offered),
        Overlay::Review { selected } => {
            *selected = step(*selected, model.meeting.last_actions().len())
        }
        Overlay::None => model.selected = step(model.selected, model.meeting.queue().hands.len()),
        _ => {}
    }
}

fn move_to(model: &mut Model, step: isize, now: DateTime<Utc>) -> Vec<Effect> {
    let current = model.meeting.current();
    let last = model.meeting.items().len() - 1;
    let target = current.checked_add_signed(step).filter(|t| *t <= last);
    let running = model.meeting.phase() == Phase::Running;
    match target {
        Some(item) => procedure::change_item(model, item, now),
        None if running && step > 0 => {
            let key = model.key_hint(Mode::Meeting, Command::EndMeeting);
            model.say(tr!(model.lang, "status-last-item", key = key))
        }
        None if running => model.say(tr!(model.lang, "status-first-item")),
        None => record(model, Event::ItemOpened { item: current }, now),
    }
}
