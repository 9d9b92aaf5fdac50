//! Who was heard: the voice on one item (by group, against the targets, and whether any
//! customer leader spoke), which each decision keeps as it stood when it was recorded, and
//! each person's totals for the live table.
//!
//! The voice on an item counts the turns on it, the one under way included; points of process
//! are left out (they are about how the meeting runs, not about the item). Direct responses
//! count like any turn.

use chrono::{DateTime, TimeDelta, Utc};

use super::Meeting;
use crate::lang::Lang;
use crate::tr;

/// One group's voice on an item.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupVoice {
    /// Index into the agenda's groups.
    pub group: usize,
    pub airtime: TimeDelta,
    /// Share of the airtime on the item, 0.0 to 1.0 (0.0 when nobody has spoken).
    pub share: f64,
    pub turns: u32,
    /// The share of airtime the group aims for.
    pub target: Option<f64>,
    /// The group's people present at the moment.
    pub present: u32,
    /// Of those present, how many had spoken on the item.
    pub spoke: u32,
}

/// The voice on an item up to a moment: what a decision keeps.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemVoice {
    pub item: usize,
    /// One row per agenda group, in agenda order.
    pub groups: Vec<GroupVoice>,
    /// Someone in the customer groups had spoken on the item. A decision without it is
    /// flagged, on screen before it is recorded and in the minutes.
    pub customer_voice: bool,
}

impl ItemVoice {
    /// Anyone at all had spoken on the item.
    pub fn anyone_spoke(&self) -> bool {
        self.groups.iter().any(|g| g.turns > 0)
    }
}

/// One person's part in the meeting so far, for the live table.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonTotal {
    /// Index into the meeting's people.
    pub person: usize,
    /// In the whole meeting, the turn under way included.
    pub airtime: TimeDelta,
    pub turns: u32,
    /// Turns on the item on the table.
    pub on_item: u32,
    /// Time on points of process (⚑) in the meeting: procedure, not airtime.
    pub procedure: TimeDelta,
}

impl Meeting {
    /// The voice on `item` up to `now`.
    pub fn item_voice(&self, item: usize, now: DateTime<Utc>) -> ItemVoice {
        let people = self.people.len();
        let mut airtime = vec![TimeDelta::zero(); people];
        let mut turns = vec![0u32; people];
        for turn in self
            .queue
            .turns
            .iter()
            .filter(|t| t.item == item && !t.process)
        {
            airtime[turn.person] += turn.length;
            turns[turn.person] += 1;
        }
        if let Some(floor) = &self.queue.floor
            && item == self.current
            && !floor.process
        {
            airtime[floor.person] += self.spoken_in_turn(now);
            turns[floor.person] += 1;
        }
        // An interposed question is the asker's voice on the item, though not a turn.
        let mut asked = vec![false; people];
        for question in self.queue.questions.iter().filter(|q| q.item == item) {
            airtime[question.person] += question.length;
            asked[question.person] = true;
        }
        if let Some(question) = self
            .queue
            .question
            .as_ref()
            .filter(|_| item == self.current)
        {
            airtime[question.person] += self.question_length(question, now);
            asked[question.person] = true;
        }
        let mut groups: Vec<GroupVoice> = self
            .agenda
            .groups
            .iter()
            .enumerate()
            .map(|(group, g)| GroupVoice {
                group,
                airtime: TimeDelta::zero(),
                share: 0.0,
                turns: 0,
                target: g.target,
                present: 0,
                spoke: 0,
            })
            .collect();
        let customers = self.customer_groups();
        let mut customer_voice = false;
        for person in 0..people {
            let id = &self.people[person].group;
            let Some(row) = self.agenda.groups.iter().position(|g| &g.id == id) else {
                continue;
            };
            let row = &mut groups[row];
            row.airtime += airtime[person];
            row.turns += turns[person];
            let present = self.people[person].is_present();
            let spoke = turns[person] > 0 || asked[person];
            row.present += u32::from(present);
            row.spoke += u32::from(present && spoke);
            customer_voice |= spoke && customers.contains(&id.as_str());
        }
        let total: i64 = groups.iter().map(|g| g.airtime.num_milliseconds()).sum();
        for row in &mut groups {
            if total > 0 {
                row.share = row.airtime.num_milliseconds() as f64 / total as f64;
            }
        }
        ItemVoice {
            item,
            groups,
            customer_voice,
        }
    }

    /// Every person present, and anyone else who has spoken, in roll-call order: airtime and
    /// turns in the meeting, and turns on the item on the table.
    pub fn person_totals(&self, now: DateTime<Utc>) -> Vec<PersonTotal> {
        (0..self.people.len())
            .map(|person| PersonTotal {
                person,
                airtime: self.airtime(person, now),
                turns: self.turns_taken(person)
                    + u32::from(
                        self.queue
                            .floor
                            .as_ref()
                            .is_some_and(|f| f.person == person && !f.process),
                    ),
                on_item: self.turns_on_item(person, self.current),
                procedure: self.procedure_time(person, now),
            })
            .filter(|t| {
                self.people[t.person].is_present()
                    || t.airtime > TimeDelta::zero()
                    || t.procedure > TimeDelta::zero()
            })
            .collect()
    }

    /// Present people with no turn on the item on the table yet who asked no question on it,
    /// in roll-call order.
    pub fn not_heard_on_item(&self) -> Vec<usize> {
        self.present()
            .filter(|&p| {
                self.turns_on_item(p, self.current) == 0
                    && !self.asked_a_question(p, Some(self.current))
            })
            .collect()
    }

    /// The voice on an item in words, for the screen: `Parents 64% of the time, target 60% (4
    /// of 5 present spoke) · Staff 36% (3 of 3)`, or `nobody had spoken on this item`, in the
    /// minutes' words. Groups with nobody present who said nothing are left out. Labels are
    /// not yet cleaned.
    pub fn voice_words(&self, lang: Lang, voice: &ItemVoice) -> String {
        if !voice.anyone_spoke() {
            return tr!(lang, "minutes-voice-nobody");
        }
        let parts: Vec<String> = voice
            .groups
            .iter()
            .filter(|g| g.present > 0 || g.turns > 0)
            .enumerate()
            .map(|(i, g)| {
                let group = &self.agenda.groups[g.group].label;
                let share = crate::text::percent(g.share);
                let (spoke, present) = (g.spoke, g.present);
                match (i, g.target.map(crate::text::percent)) {
                    (0, None) => tr!(
                        lang,
                        "minutes-voice-first",
                        group = group,
                        share = share,
                        spoke = spoke,
                        present = present
                    ),
                    (0, Some(target)) => tr!(
                        lang,
                        "minutes-voice-first-target",
                        group = group,
                        share = share,
                        target = target,
                        spoke = spoke,
                        present = present
                    ),
                    (_, None) => tr!(
                        lang,
                        "minutes-voice-group",
                        group = group,
                        share = share,
                        spoke = spoke,
                        present = present
                    ),
                    (_, Some(target)) => tr!(
                        lang,
                        "minutes-voice-group-target",
                        group = group,
                        share = share,
                        target = target,
                        spoke = spoke,
                        present = present
                    ),
                }
            })
            .collect();
        parts.join(" · ")
    }

    /// The customer groups' people in the singular, lower case, for "No parent has spoken on
    /// this item yet": `parent`, or `consumer or carer` for two groups (the singular by English
    /// rules; the list and the words for nobody named in the reader's language).
    pub fn customer_person(&self, lang: Lang) -> String {
        let words: Vec<String> = self
            .customer_labels()
            .into_iter()
            .map(|label| singular_label(&crate::text::clean(label)))
            .collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        match words.is_empty() {
            true => tr!(lang, "meeting-customer-leader"),
            false => crate::lang::dates::or_list(lang, &words),
        }
    }
}

/// "Family members" → "family member", "Parents" → "parent": the label in lower case, its last
/// word without a plural s.
fn singular_label(label: &str) -> String {
    let lower = label.trim().to_lowercase();
    let (head, last) = lower.rsplit_once(' ').unwrap_or(("", &lower));
    let last = match last.strip_suffix('s') {
        Some(stem) if !stem.is_empty() && !stem.ends_with('s') => stem,
        _ => last,
    };
    match head.is_empty() {
        true => last.to_owned(),
        false => format!("{head} {last}"),
    }
}
