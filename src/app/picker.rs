//! Pickers and prompts: choose a person (to raise a hand) or a group by typing part of it, or
//! type a new name. Matching ignores case and accents and accepts substrings or the letters
//! in order ("alz" finds "Ana Lopez").

use chrono::{DateTime, Utc};

use super::{Effect, Model, Overlay, TextField, record, record_together};
use crate::input::Command;
use crate::lang::Lang;
use crate::meeting::{Attendance, Event, HandKind, Side};
use crate::tr;

mod prompt;
pub use prompt::{Prompt, PromptFor};

/// A list to choose from, narrowed by what is typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub purpose: PickFor,
    pub filter: TextField,
    /// Index into the current candidates (clamped when used).
    pub selected: usize,
    /// What the list offers for the filter, best match first: worked out once per change
    /// (by `update`), not on every frame.
    pub found: Vec<Candidate>,
}

impl Picker {
    /// An empty filter; the list is filled by the next `update`.
    pub fn new(purpose: PickFor) -> Self {
        Self {
            purpose,
            filter: TextField::default(),
            selected: 0,
            found: Vec::new(),
        }
    }
}

/// Work out the picker's list again after something changed (what was typed, who is here,
/// who is queued).
pub(super) fn refresh(model: &mut Model) {
    if let Overlay::Picker(picker) = &model.overlay {
        let found = candidates(model, picker);
        if let Overlay::Picker(picker) = &mut model.overlay {
            picker.found = found;
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickFor {
    /// A hand for the queue; the picker stays open for the next one.
    Speaker,
    /// A point of process; it goes to the front.
    PointOfProcess,
    /// The group of a person being added.
    Group { name: String },
    /// Who asked for a break or an extension (the timekeeper comes first).
    Asker(Ask),
    /// Who will do an action (anyone, or a new name typed in full).
    Owner { text: String },
    /// Who proposed an item added during the meeting (or nobody in particular).
    Proposer { title: String, minutes: u32 },
    /// Hands for one side of the motion, on a Decision item; the picker stays open.
    Side(Side),
    /// Who responds directly to the speaker, `to`.
    Response { to: String },
    /// Who puts an interposed question to the speaker, `to`.
    Question { to: String },
    /// What a waiting hand becomes.
    HandKind { person: String, from: HandKind },
}

/// A timekeeping request waiting for the name of who asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    Break { minutes: u32 },
    Extension { minutes: u32 },
}

impl PickFor {
    /// The picker's question, in the screen's language.
    pub fn title(&self, lang: Lang) -> String {
        let clean = |name: &str| crate::text::clean(name).into_owned();
        match self {
            PickFor::Speaker => tr!(lang, "prompts-pick-speaker"),
            PickFor::PointOfProcess => tr!(lang, "prompts-pick-process"),
            PickFor::Group { name } => tr!(lang, "prompts-pick-group", name = clean(name)),
            PickFor::Asker(Ask::Break { minutes }) => {
                tr!(lang, "prompts-pick-break-asker", minutes = *minutes)
            }
            PickFor::Asker(Ask::Extension { minutes }) => {
                tr!(lang, "prompts-pick-extension-asker", minutes = *minutes)
            }
            PickFor::Owner { .. } => tr!(lang, "prompts-pick-owner"),
            PickFor::Proposer { .. } => tr!(lang, "prompts-pick-proposer"),
            PickFor::Side(Side::Pro) => tr!(lang, "prompts-pick-pro"),
            PickFor::Side(Side::Contra) => tr!(lang, "prompts-pick-contra"),
            PickFor::Response { to } => tr!(lang, "prompts-pick-response", name = clean(to)),
            PickFor::Question { to } => tr!(lang, "prompts-pick-question", name = clean(to)),
            PickFor::HandKind { person, from } => {
                let name = clean(person);
                match from {
                    HandKind::Hand => tr!(lang, "prompts-pick-hand-becomes", name = name),
                    HandKind::DirectResponse => {
                        tr!(lang, "prompts-pick-response-becomes", name = name)
                    }
                    HandKind::PointOfProcess => {
                        tr!(lang, "prompts-pick-process-becomes", name = name)
                    }
                }
            }
        }
    }
}

/// Something a picker offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Candidate {
    Person(usize),
    Group(usize),
    /// A name typed that is nobody on the list yet.
    NewName(String),
    /// No one in particular.
    Nobody,
    /// What a hand becomes: its kind, and its side on a Decision item.
    Kind(HandKind, Option<Side>),
}

/// What the picker offers for its filter, best match first.
pub fn candidates(model: &Model, picker: &Picker) -> Vec<Candidate> {
    let query = crate::text::fold(picker.filter.text());
    let meeting = &model.meeting;
    let mut scored: Vec<((u8, usize), Candidate)> = match &picker.purpose {
        PickFor::Speaker | PickFor::PointOfProcess | PickFor::Side(_) => meeting
            .present()
            .filter(|&p| {
                let process = picker.purpose == PickFor::PointOfProcess;
                meeting.queue().hand_of_kind(p, process).is_none()
            })
            .filter_map(|p| {
                crate::text::match_score(&query, &meeting.people()[p].search_key)
                    .map(|s| (s, Candidate::Person(p)))
            })
            .collect(),
        PickFor::HandKind { person, from } => super::speakers::hand_choices(model, person, *from)
            .into_iter()
            .enumerate()
            .filter_map(|(i, (kind, side))| {
                let words = crate::text::fold(&super::speakers::choice_words(model, kind, side));
                crate::text::match_score(&query, &words)
                    .map(|s| ((s.0, i), Candidate::Kind(kind, side)))
            })
            .collect(),
        PickFor::Response { .. } | PickFor::Question { .. } => meeting
            .present()
            .filter(|&p| {
                let speaking = meeting
                    .queue()
                    .floor
                    .as_ref()
                    .is_some_and(|f| f.person == p);
                let waiting = matches!(picker.purpose, PickFor::Response { .. })
                    && meeting.queue().response_of(p).is_some();
                !speaking && !waiting
            })
            .filter_map(|p| {
                crate::text::match_score(&query, &meeting.people()[p].search_key)
                    .map(|s| (s, Candidate::Person(p)))
            })
            .collect(),
        PickFor::Owner { .. } | PickFor::Proposer { .. } => {
            let mut found: Vec<((u8, usize), Candidate)> = (0..meeting.people().len())
                .filter_map(|p| {
                    crate::text::match_score(&query, &meeting.people()[p].search_key)
                        .map(|s| (s, Candidate::Person(p)))
                })
                .collect();
            let typed = picker.filter.text().trim();
            if matches!(picker.purpose, PickFor::Owner { .. })
                && !typed.is_empty()
                && meeting.person(typed).is_none()
            {
                found.push(((2, 0), Candidate::NewName(typed.to_owned())));
            }
            if matches!(picker.purpose, PickFor::Proposer { .. }) && typed.is_empty() {
                found.insert(0, ((0, 0), Candidate::Nobody));
            }
            found
        }
        PickFor::Asker(_) => {
            // Those present first, the timekeeper at the top; the others after them, marked.
            let first = meeting
                .agenda()
                .first_with_role(crate::agenda::Role::Timekeeper);
            let rank = |p: usize| {
                let person = &meeting.people()[p];
                (!person.is_present(), Some(person.name.as_str()) != first)
            };
            // In the order of the agenda within each rank (a sort that keeps order, by hand).
            let ranks = [(false, false), (false, true), (true, false), (true, true)];
            ranks
                .into_iter()
                .flat_map(|wanted| (0..meeting.people().len()).filter(move |&p| rank(p) == wanted))
                .filter_map(|p| {
                    crate::text::match_score(&query, &meeting.people()[p].search_key)
                        .map(|s| ((s.0, 0), Candidate::Person(p)))
                })
                .collect()
        }
        PickFor::Group { .. } => meeting
            .agenda()
            .groups
            .iter()
            .enumerate()
            .filter_map(|(i, g)| {
                let key = crate::text::fold(&format!("{} {}", g.label, g.id));
                crate::text::match_score(&query, &key).map(|s| (s, Candidate::Group(i)))
            })
            .collect(),
    };
    scored.sort_by_key(|(score, _)| *score);
    scored.into_iter().map(|(_, c)| c).collect()
}

pub(super) fn open(model: &mut Model, purpose: PickFor) -> Vec<Effect> {
    if let Some(why) = super::not_running(model, tr!(model.lang, "status-queue-opens")) {
        return model.say(why);
    }
    if model.meeting.present().next().is_none() {
        let key = model.key_hint(crate::input::Mode::Meeting, Command::RollCall);
        return model.say(tr!(model.lang, "status-nobody-present", key = key));
    }
    model.overlay = Overlay::Picker(Picker::new(purpose));
    vec![]
}

/// Apply an edit to the text field in front, resetting the picker's selection.
pub(super) fn edit(model: &mut Model, change: impl FnOnce(&mut TextField)) -> Vec<Effect> {
    match &mut model.overlay {
        Overlay::Picker(p) => {
            change(&mut p.filter);
            p.selected = 0;
        }
        Overlay::Prompt(p) => change(&mut p.field),
        _ => {}
    }
    vec![]
}

/// Why nobody on the list matches what was typed, when the name is someone who is not there
/// ("Tom Becker sent apologies"), or already in the queue.
pub fn nobody_matches(model: &Model, picker: &Picker) -> String {
    let query = crate::text::fold(picker.filter.text());
    let meeting = &model.meeting;
    let found = (0..meeting.people().len())
        .filter_map(|p| {
            crate::text::match_score(&query, &meeting.people()[p].search_key).map(|s| (s, p))
        })
        .min();
    let Some((_, p)) = found.filter(|_| !query.is_empty()) else {
        return tr!(model.lang, "prompts-nobody-matches");
    };
    let lang = model.lang;
    let name = crate::text::clean(&meeting.people()[p].name).into_owned();
    match meeting.people()[p].attendance {
        Some(Attendance::Apologies) => tr!(lang, "prompts-sent-apologies", name = name),
        Some(Attendance::Absent) if meeting.people()[p].left_early.is_some() => {
            tr!(lang, "prompts-has-left", name = name)
        }
        Some(Attendance::Absent) => tr!(lang, "prompts-marked-absent", name = name),
        None => tr!(lang, "prompts-not-marked-present", name = name),
        Some(Attendance::Present) => match &picker.purpose {
            PickFor::Response { .. } if meeting.queue().response_of(p).is_none() => {
                tr!(lang, "prompts-has-the-floor", name = name)
            }
            PickFor::Question { .. } => tr!(lang, "prompts-has-the-floor", name = name),
            PickFor::Response { .. } => tr!(lang, "refusals-response-waiting", name = name),
            _ => tr!(lang, "refusals-already-queued", name = name),
        },
    }
}

/// What a person who is not here is marked as, for the pickers that list them.
pub fn absence(model: &Model, person: usize) -> Option<String> {
    let lang = model.lang;
    match model.meeting.people()[person].attendance {
        Some(Attendance::Present) => None,
        Some(Attendance::Apologies) => Some(tr!(lang, "prompts-absence-apologies")),
        Some(Attendance::Absent) if model.meeting.people()[person].left_early.is_some() => {
            Some(tr!(lang, "prompts-absence-left"))
        }
        Some(Attendance::Absent) => Some(tr!(lang, "prompts-absence-absent")),
        None => Some(tr!(lang, "prompts-absence-not-marked")),
    }
}

/// Enter in a picker or prompt.
pub(super) fn choose(model: &mut Model, now: DateTime<Utc>) -> Vec<Effect> {
    match model.overlay.clone() {
        Overlay::Prompt(prompt) => match prompt.purpose {
            PromptFor::PersonName => named(model, prompt.field.text()),
            PromptFor::BreakMinutes | PromptFor::ExtendMinutes => timed(model, &prompt),
            PromptFor::CarryDue { .. } | PromptFor::DropReason { .. } => {
                super::review::submit(model, &prompt.purpose, prompt.field.text(), now)
            }
            other => super::secretary::submit(model, other, prompt.field.text(), now),
        },
        Overlay::Picker(picker) => {
            let found = &picker.found;
            let Some(choice) = found
                .get(picker.selected.min(found.len().saturating_sub(1)))
                .cloned()
            else {
                let why = nobody_matches(model, &picker);
                return model.say(tr!(model.lang, "status-esc-closes", why = why));
            };
            picked(model, picker, choice, now)
        }
        _ => vec![],
    }
}

/// Minutes for a break or an extension; next, who asked.
fn timed(model: &mut Model, prompt: &Prompt) -> Vec<Effect> {
    let now = model.now.with_timezone(&model.offset).time();
    let typed = prompt.field.text();
    let minutes = match prompt.purpose {
        PromptFor::BreakMinutes => super::timekeeper::break_minutes(typed, now),
        _ => super::timekeeper::minutes(typed),
    };
    match minutes {
        Err(why) => {
            let said = why.said(model.lang);
            model.say(said)
        }
        Ok(minutes) => {
            let ask = match prompt.purpose {
                PromptFor::BreakMinutes => Ask::Break { minutes },
                _ => Ask::Extension { minutes },
            };
            model.overlay = Overlay::Picker(Picker::new(PickFor::Asker(ask)));
            vec![]
        }
    }
}

fn named(model: &mut Model, name: &str) -> Vec<Effect> {
    let name = name.trim().to_owned();
    if name.is_empty() {
        return model.say(tr!(model.lang, "status-type-the-name"));
    }
    if let Err(e) = model.meeting.check(&Event::PersonAdded {
        name: name.clone(),
        group: model.meeting.agenda().groups[0].id.clone(),
    }) {
        let why = e.said(model.lang);
        return model.say(tr!(model.lang, "status-not-added", why = why));
    }
    model.overlay = Overlay::Picker(Picker::new(PickFor::Group { name }));
    vec![]
}

fn picked(model: &mut Model, picker: Picker, choice: Candidate, now: DateTime<Utc>) -> Vec<Effect> {
    match (picker.purpose, choice) {
        (PickFor::Speaker, Candidate::Person(p)) if model.meeting.queue().list_closed => {
            let person = model.meeting.people()[p].name.clone();
            super::speakers::closed_list(model, person, None)
        }
        (PickFor::Side(side), Candidate::Person(p)) if model.meeting.queue().list_closed => {
            let person = model.meeting.people()[p].name.clone();
            super::speakers::closed_list(model, person, Some(side))
        }
        (PickFor::Question { to }, Candidate::Person(p)) => {
            let person = model.meeting.people()[p].name.clone();
            super::speakers::ask(model, person, to, now)
        }
        (PickFor::HandKind { person, from }, Candidate::Kind(to, side)) => {
            super::speakers::change(model, person, from, (to, side), now)
        }
        (PickFor::Speaker, Candidate::Person(p)) => {
            let person = model.meeting.people()[p].name.clone();
            model.overlay = Overlay::Picker(Picker::new(PickFor::Speaker));
            record(
                model,
                Event::HandRaised {
                    person,
                    process: false,
                },
                now,
            )
        }
        (PickFor::PointOfProcess, Candidate::Person(p)) => {
            let person = model.meeting.people()[p].name.clone();
            model.overlay = Overlay::None;
            model.selected = 0;
            record(
                model,
                Event::HandRaised {
                    person,
                    process: true,
                },
                now,
            )
        }
        (PickFor::Side(side), Candidate::Person(p)) => {
            let person = model.meeting.people()[p].name.clone();
            model.overlay = Overlay::Picker(Picker::new(PickFor::Side(side)));
            record(model, Event::HandRaisedFor { person, side }, now)
        }
        (PickFor::Response { to }, Candidate::Person(p)) => {
            let person = model.meeting.people()[p].name.clone();
            model.overlay = Overlay::None;
            model.selected = 0;
            record(model, Event::ResponseRaised { person, to }, now)
        }
        (PickFor::Asker(_), Candidate::Person(p)) if absence(model, p).is_some() => {
            let name = crate::text::clean(&model.meeting.people()[p].name).into_owned();
            let why = absence(model, p).unwrap_or_default();
            model.say(tr!(
                model.lang,
                "status-choose-someone-present",
                name = name,
                why = why
            ))
        }
        (PickFor::Asker(ask), Candidate::Person(p)) => {
            let by = model.meeting.people()[p].name.clone();
            model.overlay = Overlay::None;
            let event = match ask {
                Ask::Break { minutes } => Event::BreakStarted {
                    minutes,
                    by,
                    role: None,
                },
                Ask::Extension { minutes } => Event::ItemExtended { minutes, by },
            };
            record(model, event, now)
        }
        (PickFor::Owner { text }, Candidate::Person(p)) => {
            let owner = model.meeting.people()[p].name.clone();
            super::secretary::ask_due(model, text, owner)
        }
        (PickFor::Owner { text }, Candidate::NewName(owner)) => {
            super::secretary::ask_due(model, text, owner)
        }
        (PickFor::Proposer { title, minutes }, choice) => {
            let proposed_by = match choice {
                Candidate::Person(p) => Some(model.meeting.people()[p].name.clone()),
                _ => None,
            };
            model.overlay = Overlay::None;
            record(
                model,
                Event::ItemAdded {
                    title,
                    minutes,
                    proposed_by,
                },
                now,
            )
        }
        (PickFor::Group { name }, Candidate::Group(g)) => {
            let group = model.meeting.agenda().groups[g].id.clone();
            let events = vec![
                Event::PersonAdded {
                    name: name.clone(),
                    group,
                },
                Event::AttendanceMarked {
                    person: name,
                    attendance: Attendance::Present,
                },
            ];
            let effects = record_together(model, events, now);
            // The new person goes at the end of their group in the roll call.
            let groups = &model.meeting.agenda().groups;
            let selected = model
                .meeting
                .people()
                .iter()
                .filter(|p| groups.iter().position(|x| x.id == p.group) <= Some(g))
                .count();
            model.overlay = Overlay::RollCall { selected };
            effects
        }
        _ => vec![],
    }
}
