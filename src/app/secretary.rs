//! The secretary's actions: notes, decisions with votes, action items with owners and due
//! dates, corrections, items added during the meeting, the parking lot, and the exports.

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use super::{Effect, Model, Overlay, PickFor, Picker, Prompt, PromptFor, record};
use crate::export::{self, Format};
use crate::input::Command;
use crate::lang::Lang;
use crate::meeting::{Event, Phase, Vote, parse_due};
use crate::tr;

/// Open the first prompt of a secretary's action, once the meeting has started.
pub(super) fn start(model: &mut Model, purpose: PromptFor) -> Vec<Effect> {
    if model.meeting.phase() == Phase::NotStarted {
        let key = model.key_hint(crate::input::Mode::Meeting, Command::StartMeeting);
        return model.say(tr!(model.lang, "status-record-opens", key = key));
    }
    model.overlay = Overlay::Prompt(Prompt::new(purpose));
    vec![]
}

/// The decision prompt: on a Decision item whose agenda gives the motion's wording, that
/// wording is the suggested answer (enter keeps it; typing replaces it).
pub(super) fn start_decision(model: &mut Model) -> Vec<Effect> {
    let effects = start(model, PromptFor::DecisionText);
    let item = &model.meeting.agenda().items[model.meeting.current()];
    let motion = match (&item.kind, &item.description) {
        (crate::agenda::ItemKind::Decision, Some(motion)) if !motion.trim().is_empty() => {
            crate::text::clean(motion.trim()).into_owned()
        }
        _ => return effects,
    };
    if matches!(model.overlay, Overlay::Prompt(_)) {
        return prompt(model, PromptFor::DecisionText, &motion);
    }
    effects
}

/// Open a prompt with a suggested answer (shown selected; typing replaces it), or none.
fn prompt(model: &mut Model, purpose: PromptFor, suggested: &str) -> Vec<Effect> {
    model.overlay = Overlay::Prompt(Prompt::suggesting(purpose, suggested));
    vec![]
}

fn done(model: &mut Model, event: Event, now: DateTime<Utc>) -> Vec<Effect> {
    model.overlay = Overlay::None;
    record(model, event, now)
}

/// Record a decision; while the meeting is not quorate, ask first.
fn decide(model: &mut Model, decision: Event, now: DateTime<Utc>) -> Vec<Effect> {
    if model.meeting.quorum().is_quorate() {
        return decide_heard(model, decision, now);
    }
    super::question::ask(model, super::Question::NotQuorate { decision })
}

/// Record a decision; when no customer leader has spoken on its item, ask first.
pub(super) fn decide_heard(model: &mut Model, decision: Event, now: DateTime<Utc>) -> Vec<Effect> {
    let item = match &decision {
        Event::DecisionRecorded { item, .. } => *item,
        _ => model.meeting.current(),
    };
    if model.meeting.item_voice(item, now).customer_voice {
        return done(model, decision, now);
    }
    super::question::ask(model, super::Question::NoCustomerVoice { decision })
}

/// Enter in one of the secretary's prompts.
pub(super) fn submit(
    model: &mut Model,
    purpose: PromptFor,
    text: &str,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    let text = text.trim().to_owned();
    if text.is_empty() && !matches!(purpose, PromptFor::Due { .. }) {
        return model.say(tr!(model.lang, "status-type-something"));
    }
    let item = model.meeting.current();
    match purpose {
        PromptFor::Note => done(model, Event::NoteAdded { item, text }, now),
        PromptFor::DecisionText => prompt(model, PromptFor::DecisionVote { text }, ""),
        PromptFor::DecisionVote { text: decision } => match parse_vote(model.lang, &text) {
            Ok(None) => decide(
                model,
                Event::DecisionRecorded {
                    item,
                    text: decision,
                    vote: Vote::Consensus,
                },
                now,
            ),
            Ok(Some(counts)) => {
                let present = u32::try_from(model.meeting.present().count()).unwrap_or(u32::MAX);
                let total: u32 = counts.iter().sum();
                if total > present {
                    let why = tr!(
                        model.lang,
                        "refusals-too-many-votes",
                        total = total,
                        present = present
                    );
                    return model.say(why);
                }
                let suggestion = match counts[0] > counts[1] {
                    true => tr!(model.lang, "prompts-yes"),
                    false => tr!(model.lang, "prompts-no"),
                };
                prompt(
                    model,
                    PromptFor::Carried {
                        text: decision,
                        counts,
                    },
                    &suggestion,
                )
            }
            Err(message) => model.say(message),
        },
        PromptFor::Carried {
            text: decision,
            counts,
        } => {
            let Some(carried) = yes_or_no(model.lang, &text) else {
                return model.say(tr!(model.lang, "status-type-yes-or-no"));
            };
            let [in_favour, against, abstain] = counts;
            let vote = Vote::Counted {
                in_favour,
                against,
                abstain,
                carried,
            };
            decide(
                model,
                Event::DecisionRecorded {
                    item,
                    text: decision,
                    vote,
                },
                now,
            )
        }
        PromptFor::ActionText => {
            model.overlay = Overlay::Picker(Picker::new(PickFor::Owner { text }));
            vec![]
        }
        PromptFor::Due {
            text: action,
            owner,
        } => {
            let today = model.now.with_timezone(&model.offset).date_naive();
            let action = |due, private| Event::ActionAdded {
                item,
                text: action,
                owner,
                due,
                private,
            };
            match parse_due(&text, today, model.lang) {
                // On a confidential item, ask whether the action is confidential too.
                Ok(due) if model.meeting.agenda().items[item].confidential => {
                    let action = action(due, Some(true));
                    super::question::ask(model, super::Question::PrivateAction { action })
                }
                Ok(due) => done(model, action(due, None), now),
                Err(message) => model.say(message),
            }
        }
        PromptFor::EditEntry { entry } => done(model, Event::EntryEdited { entry, text }, now),
        PromptFor::AsNewEntry { entry } => match super::share::as_new_entry(model, entry, text) {
            Some(event) => done(model, event, now),
            None => model.say(tr!(model.lang, "status-no-such-entry", number = entry + 1)),
        },
        PromptFor::ItemTitle => prompt(model, PromptFor::ItemMinutes { title: text }, "10"),
        PromptFor::ItemMinutes { title } => match super::timekeeper::minutes(&text) {
            Ok(minutes) if too_long(model, minutes).is_some() => {
                let left = too_long(model, minutes).unwrap_or(0);
                let question = super::Question::LongItem {
                    title,
                    minutes,
                    left,
                };
                super::question::ask(model, question)
            }
            Ok(minutes) => {
                let purpose = PickFor::Proposer { title, minutes };
                model.overlay = Overlay::Picker(Picker::new(purpose));
                vec![]
            }
            Err(why) => {
                let said = why.said(model.lang);
                model.say(said)
            }
        },
        PromptFor::ParkTopic if model.meeting.agenda().items[item].confidential => {
            super::question::ask(model, super::Question::ParkedWords { text })
        }
        PromptFor::ParkTopic => done(
            model,
            Event::TopicParked {
                text,
                private: None,
            },
            now,
        ),
        PromptFor::PersonName
        | PromptFor::BreakMinutes
        | PromptFor::ExtendMinutes
        | PromptFor::CarryDue { .. }
        | PromptFor::DropReason { .. } => vec![],
    }
}

/// The minutes the meeting has to spare, when an added item of `minutes` would not fit them.
fn too_long(model: &Model, minutes: u32) -> Option<i64> {
    let spare = model.meeting.minutes_to_spare(model.now, model.offset)?;
    (i64::from(minutes) > spare).then_some(spare)
}

/// The answer to "did it carry?": the language's words for yes and no, and English's in every
/// language (`y`, `yes`, `n`, `no`; `s`, `sí`, `si` in Spanish).
fn yes_or_no(lang: Lang, text: &str) -> Option<bool> {
    let t = text.trim().to_lowercase();
    let yes = [
        tr!(lang, "prompts-yes-words"),
        tr!(Lang::En, "prompts-yes-words"),
    ];
    let no = [
        tr!(lang, "prompts-no-words"),
        tr!(Lang::En, "prompts-no-words"),
    ];
    match () {
        () if listed(&yes, &t) => Some(true),
        () if listed(&no, &t) => Some(false),
        () => None,
    }
}

/// Whether `typed` (lower case) is one of the comma-separated words of these lists.
fn listed(lists: &[String], typed: &str) -> bool {
    lists
        .iter()
        .flat_map(|list| list.split(','))
        .any(|w| w.trim().to_lowercase() == typed)
}

/// `consensus` (or `c`), or for / against / abstain as `7/1/2` or `7 1 2`.
pub fn parse_vote(lang: Lang, text: &str) -> Result<Option<[u32; 3]>, String> {
    let t = text.trim().to_lowercase();
    let consensus = [
        tr!(lang, "prompts-consensus-words"),
        tr!(Lang::En, "prompts-consensus-words"),
    ];
    if listed(&consensus, &t) {
        return Ok(None);
    }
    let parts: Vec<&str> = t.split(['/', ' ', ',']).filter(|p| !p.is_empty()).collect();
    let refuse = || {
        tr!(
            lang,
            "prompts-not-a-vote",
            typed = format!("{:?}", text.trim())
        )
    };
    if parts.len() != 3 {
        return Err(refuse());
    }
    let mut counts = [0; 3];
    for (slot, part) in counts.iter_mut().zip(parts) {
        *slot = part.parse().map_err(|_| refuse())?;
    }
    Ok(Some(counts))
}

/// The action's owner is known: ask for the due date.
pub(super) fn ask_due(model: &mut Model, text: String, owner: String) -> Vec<Effect> {
    prompt(model, PromptFor::Due { text, owner }, "")
}

/// What a due date typed so far resolves to, shown under the prompt before saving.
pub fn due_preview(model: &Model, typed: &str) -> String {
    let today = model.now.with_timezone(&model.offset).date_naive();
    let lang = model.lang;
    match parse_due(typed, today, lang) {
        Ok(Some(date)) => {
            let date = crate::lang::dates::long(lang, date);
            crate::tr!(lang, "due-preview", date = date)
        }
        Ok(None) => crate::tr!(lang, "due-preview-none"),
        Err(message) => message,
    }
}

/// The forms a due date can take, shown under its prompt before anything is typed.
pub fn due_forms(model: &Model) -> String {
    crate::tr!(model.lang, "due-write")
}

/// The entries in the record view, in order: every entry still on the record.
pub fn record_order(model: &Model) -> Vec<usize> {
    (0..model.meeting.entries().len())
        .filter(|&e| !model.meeting.entries()[e].deleted)
        .collect()
}

fn selected_entry(model: &Model) -> Option<usize> {
    let Overlay::Record { selected } = model.overlay else {
        return None;
    };
    let order = record_order(model);
    order
        .get(selected.min(order.len().saturating_sub(1)))
        .copied()
}

pub(super) fn edit_selected(model: &mut Model) -> Vec<Effect> {
    let Some(entry) = selected_entry(model) else {
        return model.say(tr!(model.lang, "status-nothing-recorded"));
    };
    let text = &model.meeting.entries()[entry].text;
    model.overlay = Overlay::Prompt(Prompt::editing(PromptFor::EditEntry { entry }, text));
    vec![]
}

pub(super) fn delete_selected(model: &mut Model) -> Vec<Effect> {
    let Some(entry) = selected_entry(model) else {
        return model.say(tr!(model.lang, "status-nothing-recorded"));
    };
    super::question::ask(model, super::Question::StrikeEntry { entry })
}

/// How the app exports: the room's time, confidential items left out, in the screen's
/// language (`--lang`, else the agenda's, else the locale's).
fn export_options(model: &Model) -> export::Options {
    export::Options {
        offset: model.offset,
        include_confidential: false,
        now: model.now,
        lang: model.lang,
    }
}

/// The journal's file name without `.jsonl`: exports are named after it.
fn journal_stem(model: &Model) -> String {
    model
        .journal_path
        .file_stem()
        .map_or("meeting".into(), |s| s.to_string_lossy().into_owned())
}

/// Every export, as the files the app writes beside the journal.
pub(super) fn export_files(model: &Model) -> Vec<(PathBuf, String)> {
    let options = export_options(model);
    let stem = journal_stem(model);
    let dir = model
        .journal_path
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default();
    Format::ALL
        .iter()
        .map(|&format| {
            let path = dir.join(format!("{stem}-{}", format.file_suffix()));
            (path, export::render(&model.meeting, format, &options))
        })
        .collect()
}

/// The agenda to send out, as text and Markdown beside the journal.
pub(super) fn export_agenda(model: &mut Model) -> Vec<Effect> {
    let doc = export::agenda_document(model.meeting.agenda());
    let stem = journal_stem(model);
    let files = vec![
        (
            model
                .journal_path
                .with_file_name(format!("{stem}-agenda.txt")),
            export::to_text(&doc),
        ),
        (
            model
                .journal_path
                .with_file_name(format!("{stem}-agenda.md")),
            export::to_markdown(&doc),
        ),
    ];
    vec![Effect::Export(files)]
}

pub(super) fn copy_agenda(model: &mut Model) -> Vec<Effect> {
    let text = export::to_text(&export::agenda_document(model.meeting.agenda()));
    let stem = journal_stem(model);
    let fallback = model
        .journal_path
        .with_file_name(format!("{stem}-agenda-clipboard.txt"));
    vec![Effect::Copy { text, fallback }]
}

pub(super) fn export(model: &mut Model) -> Vec<Effect> {
    vec![Effect::Export(export_files(model))]
}

pub(super) fn copy(model: &mut Model) -> Vec<Effect> {
    let minutes = export::render(&model.meeting, Format::Minutes, &export_options(model));
    let stem = journal_stem(model);
    let fallback = model
        .journal_path
        .with_file_name(format!("{stem}-clipboard.txt"));
    vec![Effect::Copy {
        text: minutes,
        fallback,
    }]
}

#[cfg(test)]
mod tests;
