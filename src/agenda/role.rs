//! The jobs that run a meeting, and who sits at a screen. A [`Role`] is one of the three jobs
//! (the agenda names who does which, the journal whose screen stopped the clock); a [`Seat`]
//! is what a screen adds: a job, or an observer's seat, which changes nothing. What each job
//! is (its name, what it covers, its own keys, its title in the minutes) is one row of the
//! role table, [`Role::row`]: a new job is one row there, plus its view and its refusal's
//! words (`refusals-seat-*`).

use serde::{Deserialize, Serialize};

/// The three jobs that run a meeting. (The agenda file and the journal write them as
/// `Facilitator`, `Timekeeper`, `Secretary`.)
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::VariantArray,
)]
pub enum Role {
    /// Everything: the agenda, the floor, the roll call, and the others' jobs too.
    Facilitator,
    /// The clock: pauses, breaks, extensions, the turn's end.
    Timekeeper,
    /// The record: notes, decisions, actions, corrections, parked topics, added items, exports.
    Secretary,
}

/// What a command or an event is part of: whose job it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duty {
    /// Looking, moving around, answering one's own questions: changes nothing.
    Anyone,
    /// The agenda, the floor and the roll call: the facilitator's.
    Chair,
    /// The timekeeper's.
    Clock,
    /// The secretary's.
    Record,
    /// The host's own: which screens joined, the link to the last meeting. No screen's role.
    Host,
    /// A member's own, from the members' page (a claim, their own hand): no screen's role.
    Page,
}

/// One row of the role table: what a job is, besides its view.
pub struct Row {
    /// The name on the command line, on screen and in sentences (`the timekeeper`).
    pub name: &'static str,
    /// Its title in the minutes' header (`Chair: Ana Lopez`).
    pub title: &'static str,
    /// What its job covers, besides what changes nothing.
    pub duties: &'static [Duty],
    /// Its own keys, offered first in its hints (the facilitator's are the keymap's order).
    pub own: Option<Duty>,
}

impl Role {
    /// Every job, in the order declared.
    pub const ALL: &'static [Role] = <Role as strum::VariantArray>::VARIANTS;

    /// The role table.
    pub const fn row(self) -> Row {
        match self {
            Role::Facilitator => Row {
                name: "facilitator",
                title: "Chair",
                duties: &[Duty::Chair, Duty::Clock, Duty::Record],
                own: None,
            },
            Role::Timekeeper => Row {
                name: "timekeeper",
                title: "Timekeeper",
                duties: &[Duty::Clock],
                own: Some(Duty::Clock),
            },
            Role::Secretary => Row {
                name: "secretary",
                title: "Secretary",
                duties: &[Duty::Record],
                own: Some(Duty::Record),
            },
        }
    }

    /// `facilitator`, `timekeeper`, `secretary`.
    pub const fn name(self) -> &'static str {
        self.row().name
    }
}

/// Who sits at a screen: someone doing one of the meeting's jobs, or an observer, who watches
/// and changes nothing. (`cochair join --role`; the wire writes `"timekeeper"`, `"observer"`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Seat {
    Job(Role),
    Observer,
}

impl Default for Seat {
    /// The host's own screen: the facilitator's.
    fn default() -> Self {
        Seat::Job(Role::Facilitator)
    }
}

impl From<Role> for Seat {
    fn from(role: Role) -> Self {
        Seat::Job(role)
    }
}

impl Seat {
    /// Every seat: each job, in the order declared, then the observer's.
    pub const ALL: [Seat; Role::ALL.len() + 1] = {
        let mut all = [Seat::Observer; Role::ALL.len() + 1];
        let mut i = 0;
        while i < Role::ALL.len() {
            all[i] = Seat::Job(Role::ALL[i]);
            i += 1;
        }
        all
    };

    /// Every seat's name, in the same order.
    const NAMES: [&'static str; Seat::ALL.len()] = {
        let mut names = [""; Seat::ALL.len()];
        let mut i = 0;
        while i < Seat::ALL.len() {
            names[i] = Seat::ALL[i].name();
            i += 1;
        }
        names
    };

    /// The name on the command line and on screen.
    pub const fn name(self) -> &'static str {
        match self {
            Seat::Job(role) => role.name(),
            Seat::Observer => "observer",
        }
    }

    /// The job done at this seat (an observer does none).
    pub fn job(self) -> Option<Role> {
        match self {
            Seat::Job(role) => Some(role),
            Seat::Observer => None,
        }
    }

    /// Whether this seat may do what a duty is part of.
    pub fn covers(self, duty: Duty) -> bool {
        duty == Duty::Anyone || self.job().is_some_and(|r| r.row().duties.contains(&duty))
    }

    /// Its own keys, offered first in its hints.
    pub fn own(self) -> Option<Duty> {
        self.job().and_then(|r| r.row().own)
    }

    /// The seat a name stands for (`timekeeper`, `observer`).
    pub fn named(name: &str) -> Option<Seat> {
        Seat::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// A seat travels by its name.
impl Serialize for Seat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Seat {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Seat, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Seat::named(&name).ok_or_else(|| serde::de::Error::unknown_variant(&name, &Seat::NAMES))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_seat_is_named_once_and_read_back_by_its_name() {
        for seat in Seat::ALL {
            let line = serde_json::to_string(&seat).unwrap();
            assert_eq!(line, format!("\"{}\"", seat.name()));
            assert_eq!(serde_json::from_str::<Seat>(&line).unwrap(), seat);
        }
        assert_eq!(Seat::ALL.last(), Some(&Seat::Observer));
        assert!(serde_json::from_str::<Seat>("\"chair\"").is_err());
    }
}
