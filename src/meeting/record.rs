//! The secretary's record: notes, decisions and action items on the items, corrections (which
//! are new events; history is never rewritten), items added during the meeting, and the
//! parking lot of topics for a later meeting.

use chrono::{DateTime, NaiveDate, Utc};

use super::{Event, EventError, ItemProgress, ItemVoice, Meeting, QuorumState, Vote, fail};
use crate::agenda::{Item, ItemKind};

/// One note, decision or action item, as corrected so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub item: usize,
    pub at: DateTime<Utc>,
    pub text: String,
    pub kind: EntryKind,
    /// Corrected after it was first recorded.
    pub edited: bool,
    /// Struck from the record.
    pub deleted: bool,
    /// An action kept confidential: it stays out of the minutes, todo.txt and the report.
    pub private: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EntryKind {
    Note,
    /// A decision, how it was taken, whether the meeting was quorate when it was recorded,
    /// and the voice on its item up to that moment (both derived as the decision is applied,
    /// so old journals get them too).
    Decision {
        vote: Vote,
        quorum: QuorumState,
        voice: ItemVoice,
    },
    Action {
        owner: String,
        due: Option<NaiveDate>,
    },
}

/// A topic set aside for a later meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct Parked {
    pub at: DateTime<Utc>,
    pub text: String,
    /// The item on the table when it was parked.
    pub item: usize,
    /// Its words stay out of the minutes (parked during a confidential item, and so asked).
    pub private: bool,
}

impl Meeting {
    pub(super) fn check_record(&self, event: &Event) -> Result<(), EventError> {
        let item_ok = |item: &usize| {
            if *item < self.items.len() {
                Ok(())
            } else {
                Err(self.no_item(*item))
            }
        };
        let text_ok = |text: &str| {
            if text.trim().is_empty() {
                fail(EventError::EmptyText)
            } else {
                Ok(())
            }
        };
        match event {
            Event::NoteAdded { item, text } => item_ok(item).and(text_ok(text)),
            Event::DecisionRecorded { item, text, vote } => {
                item_ok(item)?;
                text_ok(text)?;
                if let Vote::Counted {
                    in_favour,
                    against,
                    abstain,
                    ..
                } = vote
                {
                    let total = u64::from(*in_favour) + u64::from(*against) + u64::from(*abstain);
                    let present = self.present().count() as u64;
                    if total > present {
                        return Err(EventError::TooManyVotes { total, present });
                    }
                }
                Ok(())
            }
            Event::ActionAdded {
                item, text, owner, ..
            } => {
                item_ok(item)?;
                text_ok(text)?;
                text_ok(owner).map_err(|_| EventError::NoOwner)
            }
            Event::EntryEdited { entry, text } => {
                text_ok(text)?;
                self.live_entry(*entry).map(drop)
            }
            Event::EntryDeleted { entry } => self.live_entry(*entry).map(drop),
            Event::ItemAdded { title, minutes, .. } => {
                text_ok(title)?;
                if !(1..=crate::agenda::validate::MAX_ITEM_MINUTES).contains(minutes) {
                    return fail(EventError::ItemLength);
                }
                Ok(())
            }
            Event::TopicParked { text, .. } => text_ok(text),
            _ => Ok(()),
        }
    }

    fn live_entry(&self, entry: usize) -> Result<&Entry, EventError> {
        match self.entries.get(entry) {
            Some(e) if !e.deleted => Ok(e),
            Some(_) => Err(EventError::EntryDeleted(entry + 1)),
            None => Err(EventError::NoSuchEntry(entry + 1)),
        }
    }

    pub(super) fn apply_record(&mut self, event: &Event, at: DateTime<Utc>) {
        // Whether the meeting could decide, and who had been heard on the item, as it stood
        // the moment the decision was recorded.
        let mut decided = match event {
            Event::DecisionRecorded { item, .. } => {
                Some((self.quorum(), self.item_voice(*item, at)))
            }
            _ => None,
        };
        let mut add = |item: usize, text: &str, kind: EntryKind| {
            self.entries.push(Entry {
                item,
                at,
                text: text.to_owned(),
                kind,
                edited: false,
                deleted: false,
                private: false,
            });
        };
        match event {
            Event::NoteAdded { item, text } => add(*item, text, EntryKind::Note),
            Event::DecisionRecorded { item, text, vote } => {
                if let Some((quorum, voice)) = decided.take() {
                    let vote = *vote;
                    add(
                        *item,
                        text,
                        EntryKind::Decision {
                            vote,
                            quorum,
                            voice,
                        },
                    );
                }
            }
            Event::ActionAdded {
                item,
                text,
                owner,
                due,
                private,
            } => {
                add(
                    *item,
                    text,
                    EntryKind::Action {
                        owner: owner.clone(),
                        due: *due,
                    },
                );
                if let Some(entry) = self.entries.last_mut() {
                    entry.private = private.unwrap_or(false);
                }
            }
            Event::EntryEdited { entry, text } => {
                let e = &mut self.entries[*entry];
                e.text = text.clone();
                e.edited = true;
            }
            Event::EntryDeleted { entry } => self.entries[*entry].deleted = true,
            Event::ItemAdded {
                title,
                minutes,
                proposed_by,
            } => {
                self.agenda.items.push(Item {
                    title: title.clone(),
                    minutes: *minutes,
                    kind: ItemKind::Discussion,
                    description: None,
                    lead: None,
                    proposed_by: proposed_by.clone(),
                    confidential: false,
                });
                self.items.push(ItemProgress {
                    added_live: true,
                    ..ItemProgress::default()
                });
            }
            Event::TopicParked { text, private } => {
                let confidential = self.agenda.items[self.current].confidential;
                self.parking_lot.push(Parked {
                    at,
                    text: text.clone(),
                    item: self.current,
                    private: private.unwrap_or(confidential),
                })
            }
            _ => {}
        }
    }

    /// The entries still on the record for an item, in order, with their numbers.
    pub fn entries_on(&self, item: usize) -> impl Iterator<Item = (usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .filter(move |(_, e)| e.item == item && !e.deleted)
    }

    /// Every action item still on the record, with its number.
    pub fn actions(&self) -> impl Iterator<Item = (usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.deleted && matches!(e.kind, EntryKind::Action { .. }))
    }

    /// The action items a document for everyone may show: the confidential ones stay out
    /// unless `include_confidential`.
    pub fn shared_actions(
        &self,
        include_confidential: bool,
    ) -> impl Iterator<Item = (usize, &Entry)> {
        self.actions()
            .filter(move |(_, e)| include_confidential || !e.private)
    }
}
