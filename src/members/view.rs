//! What the page shows, as plain data worked out from the meeting: the item, the floor, the
//! list of speakers, and for each device either the names it may claim or its member's own
//! hand. Each part compares equal while nothing a member would see has changed (clocks are
//! kept as when they run out, not as the seconds left), so the server sends a part only when
//! it changed. Nothing confidential is in here: no notes, decisions or actions ever, and of a
//! confidential item only its title.

use chrono::{DateTime, TimeDelta, Utc};

use crate::agenda::ItemKind;
use crate::lang::{Lang, dates};
use crate::meeting::{HandKind, Meeting, PageHands, Phase, Side, Waiting};
use crate::text::clean;
use crate::tr;
use crate::ui::words;

/// A clock as the page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Counting down now (else standing still: paused, or on a break).
    pub running: bool,
    /// Running: when it reaches zero, in the host's milliseconds since 1970. Standing: the
    /// milliseconds left (negative once over).
    pub at: i64,
    /// "Almost up" from this many milliseconds left.
    pub warn: i64,
}

impl Clock {
    fn new(left: TimeDelta, warn: TimeDelta, running: bool, now: DateTime<Utc>) -> Clock {
        let at = match running {
            true => (now + left).timestamp_millis(),
            false => left.num_milliseconds(),
        };
        Clock {
            running,
            at,
            warn: warn.num_milliseconds(),
        }
    }

    /// Milliseconds left at `now` (negative once over).
    pub fn left(&self, now_ms: i64) -> i64 {
        match self.running {
            true => self.at - now_ms,
            false => self.at,
        }
    }
}

/// The meeting as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub title: String,
    pub date: String,
    pub phase: Phase,
    pub hands: PageHands,
}

/// The item on the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub number: usize,
    pub count: usize,
    pub title: String,
    pub confidential: bool,
    /// What the agenda says of it (the motion, on a Decision item); never for a confidential
    /// item.
    pub kind: Option<ItemKind>,
    pub description: Option<String>,
    pub clock: Option<Clock>,
}

/// Who has the floor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Floor {
    NotStarted,
    Adjourned,
    Break(Clock),
    Open,
    Speaking {
        name: String,
        /// "point of order", "responds to Ana", "pro": the same words as the wall, in the
        /// page's language.
        what: Vec<String>,
        clock: Option<Clock>,
    },
}

/// One place in the list of speakers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub name: String,
    pub reasons: Vec<String>,
    pub kind: HandKind,
    pub side: Option<Side>,
}

/// The list of speakers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    pub closed: bool,
    pub places: Vec<Place>,
}

/// What every page in one language shows alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    /// The language its words are in.
    pub lang: Lang,
    pub heading: Heading,
    pub item: Item,
    pub floor: Floor,
    pub list: List,
    /// Who is present, and whether a device holds their name: the names a device may claim.
    pub present: Vec<(String, bool)>,
}

/// One device's own part: the names to claim, or its member's hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum You {
    Unclaimed {
        present: Vec<(String, bool)>,
    },
    Member {
        name: String,
        /// Place in the list (from 1).
        place: Option<usize>,
        speaking: bool,
        waiting: Waiting,
        can: Can,
    },
}

/// What a member's buttons may do now, or why not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Can {
    /// Why no hand can go up now, if none can (not started, a break, hands off).
    pub not_now: Option<NotNow>,
    /// Whoever has the floor, to respond to directly.
    pub respond_to: Option<String>,
    /// A Decision item: a hand may be for one side.
    pub sides: bool,
    /// The list of speakers is closed (points of order and responses still come).
    pub list_closed: bool,
}

/// Why no hand can go up from the page now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotNow {
    NotStarted,
    Adjourned,
    OffForItem,
    OffForMeeting,
    BreakItem,
}

impl Shared {
    /// The page as it is at `now`, its words in `lang`.
    pub fn of(meeting: &Meeting, now: DateTime<Utc>, lang: Lang) -> Shared {
        Shared {
            lang,
            heading: heading(meeting, lang),
            item: item(meeting, now),
            floor: floor(meeting, now, lang),
            list: list(meeting, now, lang),
            present: meeting
                .present()
                .map(|p| {
                    (
                        clean(&meeting.people()[p].name).into_owned(),
                        meeting.claimed(p),
                    )
                })
                .collect(),
        }
    }

    /// The part of the device that holds `claim` (a name and its claim number), or of one
    /// that holds none, or an earlier claim than the meeting's.
    pub fn you(&self, meeting: &Meeting, claim: Option<(&str, u32)>) -> You {
        let held = claim.and_then(|(name, number)| {
            let person = meeting.person(name)?;
            let now = meeting.claim(person)?;
            (now.held && now.number == number).then_some(person)
        });
        let Some(person) = held else {
            return You::Unclaimed {
                present: self.present.clone(),
            };
        };
        let name = clean(&meeting.people()[person].name).into_owned();
        let place = self
            .list
            .places
            .iter()
            .position(|p| p.name == name)
            .map(|i| i + 1);
        let speaking = matches!(&self.floor, Floor::Speaking { name: n, .. } if *n == name);
        You::Member {
            place,
            speaking,
            waiting: meeting.waiting_hands(person),
            can: self.can(meeting, &name),
            name,
        }
    }

    fn can(&self, meeting: &Meeting, name: &str) -> Can {
        let not_now = match (&self.heading.phase, self.heading.hands) {
            (Phase::NotStarted, _) => Some(NotNow::NotStarted),
            (Phase::Adjourned, _) => Some(NotNow::Adjourned),
            (_, PageHands::OffForItem(_)) => Some(NotNow::OffForItem),
            (_, PageHands::OffForMeeting) => Some(NotNow::OffForMeeting),
            _ if self.item.kind == Some(ItemKind::Break) => Some(NotNow::BreakItem),
            _ => None,
        };
        let respond_to = match &self.floor {
            Floor::Speaking { name: speaker, .. }
                if speaker != name && meeting.replies_left().is_ok() =>
            {
                meeting
                    .queue()
                    .floor
                    .as_ref()
                    .filter(|f| !f.process)
                    .map(|_| speaker.clone())
            }
            _ => None,
        };
        Can {
            not_now,
            respond_to,
            sides: meeting.sides_allowed().is_ok(),
            list_closed: self.list.closed,
        }
    }
}

fn heading(meeting: &Meeting, lang: Lang) -> Heading {
    Heading {
        title: clean(&meeting.agenda().title).into_owned(),
        date: dates::long(lang, meeting.date()),
        phase: meeting.phase(),
        hands: meeting.page_hands(),
    }
}

fn item(meeting: &Meeting, now: DateTime<Utc>) -> Item {
    let i = meeting.current();
    let planned = &meeting.agenda().items[i];
    let confidential = planned.confidential;
    let clock = (meeting.phase() == Phase::Running && !confidential).then(|| {
        let allowed = meeting.item_allowed(i);
        let left = allowed - meeting.item_used(i, now);
        let warn = TimeDelta::minutes(2).min(allowed / 5);
        Clock::new(left, warn, meeting.clock_running(), now)
    });
    Item {
        number: i + 1,
        count: meeting.items().len(),
        title: clean(&planned.title).into_owned(),
        confidential,
        kind: (!confidential).then_some(planned.kind),
        description: planned
            .description
            .as_deref()
            .filter(|_| !confidential)
            .map(|d| clean(d).into_owned()),
        clock,
    }
}

fn floor(meeting: &Meeting, now: DateTime<Utc>, lang: Lang) -> Floor {
    match meeting.phase() {
        Phase::NotStarted => return Floor::NotStarted,
        Phase::Adjourned => return Floor::Adjourned,
        Phase::Running => {}
    }
    if let (Some(pause), Some(minutes)) = (
        meeting.paused(),
        meeting.paused().and_then(|p| p.break_minutes),
    ) {
        let left =
            TimeDelta::minutes(i64::from(minutes)) - (now - pause.start).max(TimeDelta::zero());
        return Floor::Break(Clock::new(left, TimeDelta::minutes(1), true, now));
    }
    let Some(speaker) = &meeting.queue().floor else {
        return Floor::Open;
    };
    let people = meeting.people();
    let mut what = Vec::new();
    if speaker.process {
        what.push(tr!(lang, "members-floor-point-of-order"));
    }
    if let Some(to) = speaker.response_to {
        what.push(tr!(
            lang,
            "queue-responds-to",
            name = clean(&people[to].name)
        ));
    }
    if let Some(side) = speaker.side {
        what.push(words::side(lang, side));
    }
    let speaking = &meeting.agenda().speaking;
    let seconds = match speaker.response_to {
        Some(_) => speaking.reply_seconds(),
        None => speaking.turn_seconds,
    };
    let budget = TimeDelta::seconds(i64::from(seconds)) + speaker.extra;
    let left = budget - meeting.running_between(speaker.clock_from, now);
    let warn = TimeDelta::seconds(i64::from(speaking.warn_within(seconds)));
    Floor::Speaking {
        name: clean(&people[speaker.person].name).into_owned(),
        what,
        clock: Some(Clock::new(left, warn, meeting.clock_running(), now)),
    }
}

fn list(meeting: &Meeting, now: DateTime<Utc>, lang: Lang) -> List {
    let closed = meeting.queue().list_closed;
    if meeting.phase() != Phase::Running {
        return List {
            closed,
            places: Vec::new(),
        };
    }
    let hands = &meeting.queue().hands;
    let places = meeting
        .queue_order(now)
        .iter()
        .map(|ranked| {
            let hand = &hands[ranked.hand];
            Place {
                name: clean(&meeting.people()[hand.person].name).into_owned(),
                reasons: ranked
                    .reasons
                    .iter()
                    .map(|&r| words::reason(lang, meeting, r, hand.person))
                    .collect(),
                kind: match (hand.process, hand.response_to) {
                    (true, _) => HandKind::PointOfProcess,
                    (false, Some(_)) => HandKind::DirectResponse,
                    (false, None) => HandKind::Hand,
                },
                side: hand.side,
            }
        })
        .collect();
    List { closed, places }
}

impl You {
    /// A device with no name: for the parts that are the same on every page.
    pub fn none() -> You {
        You::Unclaimed {
            present: Vec::new(),
        }
    }

    /// The member's name, when the device holds one.
    pub fn name(&self) -> Option<&str> {
        match self {
            You::Member { name, .. } => Some(name),
            You::Unclaimed { .. } => None,
        }
    }
}
