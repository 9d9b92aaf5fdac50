//! The top of the minutes: the meeting's fields (when, where, who ran it), who was there, who
//! sent apologies and who was absent, the screens that ran it and the quorum. Kept apart from
//! the items, which are the body of the minutes.

use super::super::Options;
use super::super::document::Block;
use super::hm;
use crate::agenda::Role;
use crate::lang::{Lang, dates};
use crate::meeting::{Attendance, Meeting, Phase, QuorumState};
use crate::text::duration;
use crate::tr;
use chrono::{DateTime, Utc};

/// A list of names, or `none`.
fn names_or_none(lang: Lang, names: &[&str]) -> String {
    match names.is_empty() {
        true => tr!(lang, "minutes-none"),
        false => names.join(", "),
    }
}

pub(super) fn header_fields(meeting: &Meeting, options: &Options) -> Vec<(String, String)> {
    let lang = options.lang;
    let agenda = &meeting.agenda();
    let mut fields = vec![(tr!(lang, "minutes-date"), dates::long(lang, meeting.date()))];
    if let Some(place) = &agenda.place {
        fields.push((tr!(lang, "minutes-place"), place.clone()));
    }
    if let (Some(start), Some(end)) = (
        meeting.planned_start(options.offset),
        meeting.planned_end(options.offset),
    ) {
        fields.push((
            tr!(lang, "minutes-planned"),
            tr!(
                lang,
                "minutes-planned-times",
                start = start.format("%H:%M").to_string(),
                end = end.format("%H:%M").to_string()
            ),
        ));
    }
    if let Some(start) = meeting.started() {
        fields.push((tr!(lang, "minutes-started"), hm(start, options.offset)));
    }
    if let Some(end) = meeting.ended() {
        fields.push((
            tr!(lang, "minutes-ended"),
            tr!(
                lang,
                "minutes-ended-at",
                at = hm(end, options.offset),
                length = duration(meeting.elapsed(end))
            ),
        ));
    }
    for &role in Role::ALL {
        let names: Vec<&str> = agenda.with_role(role).map(|p| p.name.as_str()).collect();
        if !names.is_empty() {
            fields.push((role_title(lang, role), names.join(", ")));
        }
    }
    fields
}

/// A job's title in the header: `Chair`, `Timekeeper`, `Secretary`.
fn role_title(lang: Lang, role: Role) -> String {
    match role {
        Role::Facilitator => tr!(lang, "minutes-role-facilitator"),
        Role::Timekeeper => tr!(lang, "minutes-role-timekeeper"),
        Role::Secretary => tr!(lang, "minutes-role-secretary"),
    }
}

pub(super) fn attendance(meeting: &Meeting, options: &Options, doc: &mut Vec<Block>) {
    let lang = options.lang;
    doc.push(Block::Heading(2, tr!(lang, "minutes-attendance")));
    let mut fields = Vec::new();
    for group in &meeting.agenda().groups {
        let present: Vec<&str> = meeting
            .people()
            .iter()
            .filter(|p| p.group == group.id && (p.is_present() || p.left_early.is_some()))
            .map(|p| p.name.as_str())
            .collect();
        fields.push((
            tr!(lang, "minutes-present-in", group = &group.label),
            names_or_none(lang, &present),
        ));
    }
    // Someone who left early was present: they are listed there, with the time they left.
    let with = |wanted: Option<Attendance>| -> Vec<&str> {
        meeting
            .people()
            .iter()
            .filter(|p| p.attendance == wanted && p.left_early.is_none())
            .map(|p| p.name.as_str())
            .collect()
    };
    let apologies = with(Some(Attendance::Apologies));
    fields.push((
        tr!(lang, "minutes-apologies"),
        names_or_none(lang, &apologies),
    ));
    let absent = with(Some(Attendance::Absent));
    fields.push((tr!(lang, "minutes-absent"), names_or_none(lang, &absent)));
    let unmarked = with(None);
    if !unmarked.is_empty() {
        fields.push((tr!(lang, "minutes-not-marked"), unmarked.join(", ")));
    }
    let times =
        |pick: fn(&crate::meeting::Participant) -> Option<DateTime<Utc>>| -> Option<String> {
            let list: Vec<String> = meeting
                .people()
                .iter()
                .filter_map(|p| {
                    pick(p).map(|t| {
                        tr!(
                            lang,
                            "minutes-name-at",
                            name = &p.name,
                            at = hm(t, options.offset)
                        )
                    })
                })
                .collect();
            (!list.is_empty()).then(|| list.join(", "))
        };
    if let Some(late) = times(|p| p.arrived) {
        fields.push((tr!(lang, "minutes-arrived"), late));
    }
    if let Some(left) = times(|p| p.left_early) {
        fields.push((tr!(lang, "minutes-left-early"), left));
    }
    let joined: Vec<&str> = meeting
        .people()
        .iter()
        .filter(|p| p.added_live)
        .map(|p| p.name.as_str())
        .collect();
    if !joined.is_empty() {
        fields.push((tr!(lang, "minutes-not-on-agenda"), joined.join(", ")));
    }
    if let Some(screens) = screens(lang, meeting) {
        fields.push((tr!(lang, "minutes-screens"), screens));
    }
    doc.push(Block::Fields(fields));
    doc.push(Block::Paragraph(quorum_statement(lang, meeting)));
}

/// Which roles ran the meeting from screens of their own, when any joined the facilitator's:
/// `facilitator (the host), timekeeper, secretary, room view`.
fn screens(lang: Lang, meeting: &Meeting) -> Option<String> {
    use crate::agenda::Seat;
    use crate::meeting::ScreenKind;
    let joined = meeting.screens();
    if joined.is_empty() {
        return None;
    }
    let mut kinds = joined.to_vec();
    kinds.sort();
    let words: Vec<String> = kinds
        .iter()
        .map(|kind| match kind {
            ScreenKind::Seat(Seat::Job(Role::Facilitator)) => {
                tr!(lang, "minutes-screen-facilitator")
            }
            ScreenKind::Seat(Seat::Job(Role::Timekeeper)) => tr!(lang, "minutes-screen-timekeeper"),
            ScreenKind::Seat(Seat::Job(Role::Secretary)) => tr!(lang, "minutes-screen-secretary"),
            ScreenKind::Seat(Seat::Observer) => tr!(lang, "minutes-screen-observers"),
            ScreenKind::Room => tr!(lang, "minutes-screen-room"),
        })
        .collect();
    Some(tr!(
        lang,
        "minutes-screens-list",
        screens = words.join(", ")
    ))
}

/// How many groups are the customers, and the name of the one when there is one (the
/// sentences name several in their own words): what the quorum's sentences say of them.
pub(in crate::export) fn customers(meeting: &Meeting) -> (usize, String) {
    let groups = meeting.customer_groups().len();
    (
        groups,
        meeting.customer_label().unwrap_or_default().to_owned(),
    )
}

/// The quorum as the meeting ended (or stands, if it has not), said as such: each decision
/// carries its own.
fn quorum_statement(lang: Lang, meeting: &Meeting) -> String {
    let when = match meeting.phase() {
        Phase::Adjourned => "adjourned",
        Phase::Running => "running",
        Phase::NotStarted => "other",
    };
    let (groups, label) = customers(meeting);
    match meeting.quorum() {
        QuorumState::NotSet { present } => {
            tr!(
                lang,
                "minutes-quorum-not-set",
                when = when,
                present = present
            )
        }
        QuorumState::Met {
            present,
            customers: c,
        } => tr!(
            lang,
            "minutes-quorum-met",
            when = when,
            present = present,
            customers = c,
            groups = groups,
            label = label
        ),
        QuorumState::TooFew { present, needed } => tr!(
            lang,
            "minutes-quorum-too-few",
            when = when,
            present = present,
            needed = needed
        ),
        QuorumState::NoMajority {
            present,
            customers: c,
        } => tr!(
            lang,
            "minutes-quorum-no-majority",
            when = when,
            present = present,
            customers = c,
            groups = groups,
            label = label
        ),
    }
}
