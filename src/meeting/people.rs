//! Who is in the room: roll call, people added during the meeting, late arrivals and early
//! leavers, and whether the meeting is quorate.

use chrono::{DateTime, Utc};

use super::{Attendance, EventError, Meeting, Phase, fail};
use crate::agenda::Role;

/// One person in the meeting and what the meeting knows about them.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    pub name: String,
    /// The id of their group.
    pub group: String,
    pub roles: Vec<Role>,
    /// Not on the agenda: added during the meeting.
    pub added_live: bool,
    /// `None` until the roll call marks them.
    pub attendance: Option<Attendance>,
    /// Marked present after the first roll call was closed: when they arrived.
    pub arrived: Option<DateTime<Utc>>,
    /// Left before the end of the meeting: when.
    pub left_early: Option<DateTime<Utc>>,
    /// The name folded for searching (lower case, no accents).
    pub search_key: String,
}

impl Participant {
    pub fn new(name: &str, group: &str, roles: Vec<Role>, added_live: bool) -> Self {
        Self {
            name: name.to_owned(),
            group: group.to_owned(),
            roles,
            added_live,
            attendance: None,
            arrived: None,
            left_early: None,
            search_key: crate::text::fold(name),
        }
    }

    pub fn is_present(&self) -> bool {
        self.attendance == Some(Attendance::Present)
    }
}

impl QuorumState {
    /// Whether decisions may be taken: quorate, or no quorum set.
    pub fn is_quorate(&self) -> bool {
        matches!(self, QuorumState::NotSet { .. } | QuorumState::Met { .. })
    }
}

/// Whether the meeting may take decisions, as the header shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuorumState {
    /// The agenda sets no quorum.
    NotSet {
        present: usize,
    },
    Met {
        present: usize,
        customers: usize,
    },
    TooFew {
        present: usize,
        needed: u32,
    },
    NoMajority {
        present: usize,
        customers: usize,
    },
}

impl Meeting {
    pub(super) fn check_new_person(&self, name: &str, group: &str) -> Result<(), EventError> {
        if name.trim().is_empty() {
            return fail(EventError::NoName);
        }
        if self.person(name).is_some() {
            return fail(EventError::AlreadyAPerson(name.to_owned()));
        }
        // Names that differ only in capitals or spacing are one person, as in the agenda.
        if let Some(p) = self
            .people
            .iter()
            .find(|p| crate::agenda::is_same_name(&p.name, name))
        {
            return fail(EventError::SameName {
                name: name.to_owned(),
                same: p.name.clone(),
            });
        }
        if self.agenda.group(group).is_none() {
            return fail(EventError::NoSuchGroup(group.to_owned()));
        }
        Ok(())
    }

    pub(super) fn add_person(&mut self, name: &str, group: &str) {
        self.by_name.insert(name.to_owned(), self.people.len());
        self.people
            .push(Participant::new(name, group, Vec::new(), true));
    }

    /// Record a roll-call mark. Once the first roll call is closed, someone marked present
    /// has arrived (at this time). A mark away from present is a correction: it never means
    /// they left (that is [`Meeting::leave`]), and it takes back an arrival recorded by
    /// mistake. Someone no longer present loses their hand and the floor.
    pub(super) fn mark(&mut self, person: usize, attendance: Attendance, at: DateTime<Utc>) {
        let closed = self.roll_call_closed.is_some();
        let old_departure = self.first_format && self.phase() == Phase::Running;
        let was_present = self.people[person].is_present();
        let p = &mut self.people[person];
        p.attendance = Some(attendance);
        match (was_present, attendance == Attendance::Present) {
            (false, true) if closed => p.arrived = Some(at),
            (true, false) if old_departure => {
                self.leave(person, at);
                self.people[person].attendance = Some(attendance);
            }
            (true, false) => {
                p.arrived = None;
                self.leave_queue(person, at);
            }
            _ => {}
        }
    }

    /// Someone present leaves before the end: recorded with the time, out of the queue.
    pub(super) fn leave(&mut self, person: usize, at: DateTime<Utc>) {
        let p = &mut self.people[person];
        p.attendance = Some(Attendance::Absent);
        p.left_early = Some(at);
        self.leave_queue(person, at);
    }

    pub(super) fn check_leaving(&self, name: &str) -> Result<(), EventError> {
        let person = self.known(name)?;
        match self.phase() {
            Phase::Running if self.people[person].is_present() => Ok(()),
            Phase::Running => Err(EventError::NotPresent(name.to_owned())),
            _ => fail(EventError::LeaveNotRunning),
        }
    }

    /// Anyone marked present yet: a roll call has been taken (apologies sent in advance do
    /// not make one).
    pub fn roll_call_taken(&self) -> bool {
        self.people.iter().any(Participant::is_present)
    }

    /// The group's weight, for the queue.
    pub fn weight_of(&self, person: usize) -> f64 {
        self.agenda
            .group(&self.people[person].group)
            .map_or(1.0, |g| g.weight)
    }

    pub fn group_label(&self, person: usize) -> &str {
        let group = &self.people[person].group;
        self.agenda
            .group(group)
            .map_or(group.as_str(), |g| g.label.as_str())
    }

    /// The ids of the customer groups, as the agenda sets them.
    pub fn customer_groups(&self) -> Vec<&str> {
        self.agenda.customer_groups()
    }

    /// The customer groups' labels as the agenda writes them (an id the agenda does not name
    /// stands for its label), for sentences that name the groups: `nadie de Familias`.
    pub fn customer_labels(&self) -> Vec<&str> {
        self.agenda.customer_labels()
    }

    /// The label of the one customer group, as the agenda writes it; none when several groups
    /// are the customers, whom each language names in its own words (`customer groups`,
    /// `grupos de personas usuarias`).
    pub fn customer_label(&self) -> Option<&str> {
        match self.customer_groups().as_slice() {
            [one] => self.agenda.group(one).map(|g| g.label.as_str()),
            _ => None,
        }
    }

    pub fn present(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.people.len()).filter(|&i| self.people[i].is_present())
    }

    pub fn quorum(&self) -> QuorumState {
        let present = self.present().count();
        let customer_groups = self.customer_groups();
        let customers = self
            .present()
            .filter(|&i| customer_groups.contains(&self.people[i].group.as_str()))
            .count();
        match &self.agenda.quorum {
            None => QuorumState::NotSet { present },
            Some(q) if present < q.min_present as usize => QuorumState::TooFew {
                present,
                needed: q.min_present,
            },
            Some(q) if q.customer_majority && customers * 2 <= present => {
                QuorumState::NoMajority { present, customers }
            }
            Some(_) => QuorumState::Met { present, customers },
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use chrono::NaiveDate;

    use super::*;
    use crate::meeting::{Event, Record};
    use crate::testing::at;

    /// Consumers weigh most; carers count as customers only when the agenda says so.
    fn advisory_group(customer_groups: &str, apologies: &str) -> Meeting {
        let src = format!(
            r#"Agenda(title: "Advisory group",
            groups: [Group(id: "consumers", label: "Consumers", weight: 2.0),
                     Group(id: "carers", label: "Carers", weight: 1.5),
                     Group(id: "staff", label: "Staff", weight: 1.0)],
            {customer_groups}
            people: [Person(name: "Ana", group: "consumers"), Person(name: "Cleo", group: "carers"),
                     Person(name: "Sol", group: "staff")],
            {apologies}
            items: [Item(title: "One", minutes: 30)],
            quorum: Quorum(min_present: 1, customer_majority: true))"#
        );
        let agenda = crate::agenda::from_str(&src, Path::new("test.ron")).unwrap();
        let mut m = Meeting::new(agenda, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
        for person in ["Ana", "Cleo", "Sol"] {
            if m.people[m.person(person).unwrap()].attendance.is_none() {
                let event = Event::AttendanceMarked {
                    person: person.into(),
                    attendance: Attendance::Present,
                };
                m.apply(&Record {
                    at: at(0),
                    proposal: None,
                    event,
                })
                .unwrap();
            }
        }
        m
    }

    #[test]
    fn the_customer_groups_are_the_heaviest_unless_the_agenda_names_them() {
        let m = advisory_group("", "");
        assert_eq!(m.customer_groups(), ["consumers"]);
        assert_eq!(m.customer_label(), Some("Consumers"));
        assert_eq!(
            m.quorum(),
            QuorumState::NoMajority {
                present: 3,
                customers: 1
            }
        );
        let m = advisory_group(r#"customer_groups: ["consumers", "carers"],"#, "");
        assert_eq!(m.customer_groups(), ["consumers", "carers"]);
        assert_eq!(m.customer_label(), None);
        assert_eq!(
            m.quorum(),
            QuorumState::Met {
                present: 3,
                customers: 2
            }
        );
    }

    #[test]
    fn apologies_sent_in_advance_are_on_the_roll_call_from_the_start() {
        let m = advisory_group("", r#"apologies: ["Cleo"],"#);
        let cleo = &m.people[m.person("Cleo").unwrap()];
        assert_eq!(cleo.attendance, Some(Attendance::Apologies));
        assert_eq!(m.present().count(), 2);
        let untouched = advisory_group("", "");
        assert!(untouched.people.iter().all(|p| p.is_present()));
    }
}
