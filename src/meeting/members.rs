//! The members' own page, as the meeting records it: who claimed their name on a device of
//! their own, the hands they raised or lowered from it, and whether the facilitator has turned
//! the page's hands off.
//!
//! **Claims.** A member present at the meeting claims their own name once; the claim holds
//! until the facilitator releases it from the roll call, and then a device may claim the name
//! again. Each claim of a name is numbered (from 1), so a device holding an earlier claim of
//! the same name no longer speaks for it.
//!
//! **Hands from the page.** A hand from the page is exactly the hand the facilitator would
//! have added (the same checks: present, the list open, one hand of a kind, a side only on a
//! Decision item, a direct response only to someone speaking), for the member who claimed
//! their name, and only while the page's hands are on. A member taking their own hand down is
//! not the facilitator changing who speaks, so it is not in the process log.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::{Event, EventError, HandKind, Meeting, Side};
use crate::agenda::ItemKind;

/// One name's claims on the page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Claim {
    /// How many times the name has been claimed (the number of the latest claim).
    pub number: u32,
    /// Claimed now: released claims no longer speak for the name.
    pub held: bool,
}

/// Whether members' hands from the page are taken.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PageHands {
    #[default]
    On,
    /// Off while this item (an index) is on the table.
    OffForItem(usize),
    OffForMeeting,
}

/// Which of one person's hands are waiting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Waiting {
    pub hand: bool,
    /// The side the hand speaks for, on a Decision item.
    pub side: Option<Side>,
    pub response: bool,
    pub order: bool,
}

/// What the meeting holds about the page.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Members {
    /// By person (index into the meeting's people).
    claims: BTreeMap<usize, Claim>,
    hands: PageHands,
}

impl Meeting {
    /// A name's claim on the page, if it was ever claimed.
    pub fn claim(&self, person: usize) -> Option<Claim> {
        self.members.claims.get(&person).copied()
    }

    /// Whether a device holds the name now.
    pub fn claimed(&self, person: usize) -> bool {
        self.claim(person).is_some_and(|c| c.held)
    }

    /// Whether hands from the page are taken now, and if not, for how long they are off.
    pub fn page_hands(&self) -> PageHands {
        match self.members.hands {
            PageHands::OffForItem(item) if item != self.current => PageHands::On,
            hands => hands,
        }
    }

    /// Whether a members' page event may happen now (hands from the page are checked with
    /// the queue, once the meeting runs).
    pub(super) fn check_members(&self, event: &Event) -> Result<(), EventError> {
        match event {
            Event::PageClaimed { person } => {
                let who = self.known(person)?;
                if !self.people[who].is_present() {
                    return Err(EventError::NotPresent(person.clone()));
                }
                match self.claimed(who) {
                    true => Err(EventError::AlreadyClaimed(person.clone())),
                    false => Ok(()),
                }
            }
            Event::ClaimReleased { person } => match self.claimed(self.known(person)?) {
                true => Ok(()),
                false => Err(EventError::NotClaimed(person.clone())),
            },
            Event::PageHandsOff { item: Some(item) } if *item != self.current => {
                Err(self.no_item_on_table(*item))
            }
            Event::PageHandsOff { item } => {
                let off = match item {
                    Some(i) => PageHands::OffForItem(*i),
                    None => PageHands::OffForMeeting,
                };
                match self.page_hands() == off {
                    true => super::fail(EventError::PageHandsAlready { on: false }),
                    false => Ok(()),
                }
            }
            Event::PageHandsOn => match self.page_hands() {
                PageHands::On => super::fail(EventError::PageHandsAlready { on: true }),
                _ => Ok(()),
            },
            Event::PageHand { .. } => self.check_page_hand(event),
            _ => Ok(()),
        }
    }

    fn no_item_on_table(&self, item: usize) -> EventError {
        EventError::NotOnTable(item + 1)
    }

    fn check_page_hand(&self, event: &Event) -> Result<(), EventError> {
        let Event::PageHand { person, up, .. } = event else {
            return Ok(());
        };
        let who = self.known(person)?;
        if !self.claimed(who) {
            return Err(EventError::NotClaimed(person.clone()));
        }
        match self.page_hands() {
            PageHands::On => {}
            PageHands::OffForItem(_) => return Err(EventError::PageHandsOff { meeting: false }),
            PageHands::OffForMeeting => return Err(EventError::PageHandsOff { meeting: true }),
        }
        if *up && self.agenda.items[self.current].kind == ItemKind::Break {
            return Err(EventError::BreakItem);
        }
        self.check_queue(&self.same_as_facilitator(event)?)
    }

    /// The hand a page event stands for, as the facilitator would have recorded it.
    fn same_as_facilitator(&self, event: &Event) -> Result<Event, EventError> {
        let Event::PageHand {
            person,
            up,
            kind,
            side,
        } = event
        else {
            return super::fail(EventError::NotAPageHand);
        };
        let person = person.clone();
        if side.is_some() && (*kind != HandKind::Hand || !*up) {
            return super::fail(EventError::SideOnlyRaised);
        }
        Ok(match (up, kind) {
            (true, HandKind::Hand) => match side {
                Some(side) => Event::HandRaisedFor {
                    person,
                    side: *side,
                },
                None => Event::HandRaised {
                    person,
                    process: false,
                },
            },
            (true, HandKind::PointOfProcess) => Event::HandRaised {
                person,
                process: true,
            },
            (true, HandKind::DirectResponse) => {
                let floor = self
                    .queue
                    .floor
                    .as_ref()
                    .ok_or(EventError::NobodySpeaking)?;
                let to = self.people[floor.person].name.clone();
                Event::ResponseRaised { person, to }
            }
            (false, HandKind::Hand) => Event::HandLowered {
                person,
                process: false,
            },
            (false, HandKind::PointOfProcess) => Event::HandLowered {
                person,
                process: true,
            },
            (false, HandKind::DirectResponse) => Event::ResponseRefused { person },
        })
    }

    /// Apply a members' page event (checked already).
    pub(super) fn apply_members(
        &mut self,
        event: &Event,
        at: DateTime<Utc>,
    ) -> Result<(), EventError> {
        match event {
            Event::PageClaimed { person } => {
                let who = self.known(person)?;
                let claim = self.members.claims.entry(who).or_default();
                claim.number += 1;
                claim.held = true;
            }
            Event::ClaimReleased { person } => {
                let who = self.known(person)?;
                if let Some(claim) = self.members.claims.get_mut(&who) {
                    claim.held = false;
                }
            }
            Event::PageHandsOff { item } => {
                self.members.hands = match item {
                    Some(i) => PageHands::OffForItem(*i),
                    None => PageHands::OffForMeeting,
                };
            }
            Event::PageHandsOn => self.members.hands = PageHands::On,
            Event::PageHand { up: true, .. } => {
                let same = self.same_as_facilitator(event)?;
                self.apply_queue(&same, at)?;
            }
            Event::PageHand {
                person,
                kind,
                up: false,
                ..
            } => {
                let who = self.known(person)?;
                let waiting = match kind {
                    HandKind::DirectResponse => self.queue.response_of(who),
                    kind => self
                        .queue
                        .hand_of_kind(who, *kind == HandKind::PointOfProcess),
                };
                if let Some(i) = waiting {
                    self.queue.remove_at(i);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Which of a person's hands are waiting.
    pub fn waiting_hands(&self, person: usize) -> Waiting {
        let q = &self.queue;
        let hand = q.hand_of_kind(person, false);
        Waiting {
            hand: hand.is_some(),
            side: hand.and_then(|i| q.hands[i].side),
            response: q.response_of(person).is_some(),
            order: q.hand_of_kind(person, true).is_some(),
        }
    }
}

#[cfg(test)]
mod tests;
