//! The report across meetings: one row per meeting with the numbers a customer-led board is
//! asked for (who came, whether customer leaders had their share of the airtime, who put the
//! items on the agenda, what was decided and with whose voice, whether actions got done), then
//! a totals row and the trend from the first meeting to the last. Pure: meetings in, text out.
//! The figures are here; how people read them (text, Markdown) is in `text`, the CSV in `csv`.

use chrono::{NaiveDate, TimeDelta};

use super::document::to_markdown;
use crate::agenda::ItemKind;
use crate::lang::Lang;
use crate::meeting::{DueAndDone, EntryKind, Meeting, Phase};

/// One meeting's row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The journal's file name.
    pub journal: String,
    pub date: NaiveDate,
    /// How many of each group came (present, or present and left early), by group label.
    pub present: Vec<(String, u32)>,
    /// The customer groups' airtime and everyone's.
    pub customer_airtime: TimeDelta,
    pub airtime: TimeDelta,
    /// The customer groups' targets added up, when any of them has one.
    pub customer_target: Option<f64>,
    /// Agenda items (breaks left out, items added during the meeting in), and how many of
    /// them a customer leader proposed.
    pub items: u32,
    pub customer_items: u32,
    pub decisions: u32,
    /// Decisions with customer voice on their item before them; `None` when the journal has
    /// no voice figures for its decisions.
    pub voiced: Option<u32>,
    /// Of the last meeting's actions, those due by this one and how many were done; `None`
    /// when this meeting follows none.
    pub actions: Option<DueAndDone>,
}

impl Row {
    /// The customer groups' share of the airtime, 0.0 to 1.0; `None` when nobody spoke.
    pub fn customer_share(&self) -> Option<f64> {
        share(self.customer_airtime, self.airtime)
    }

    /// The share of the items a customer leader proposed; `None` without items.
    pub fn customer_item_share(&self) -> Option<f64> {
        (self.items > 0).then(|| f64::from(self.customer_items) / f64::from(self.items))
    }
}

fn share(part: TimeDelta, whole: TimeDelta) -> Option<f64> {
    let whole = whole.num_milliseconds();
    (whole > 0).then(|| part.num_milliseconds() as f64 / whole as f64)
}

/// A journal left out of the report, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Left {
    pub journal: String,
    pub why: Why,
}

/// Why a journal is left out of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// Its meeting never started: there is nothing to count.
    DidNotStart,
    /// It could not be read: the reason, as the message that named it said.
    Unreadable(String),
}

/// The report: the rows in date order, the groups in the order they were first seen, and the
/// journals left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The title of the first meeting, for the heading and the chart.
    pub title: String,
    /// What the customer groups are called: the group's label when one group is the
    /// customers.
    pub customers: String,
    /// How many groups are the customers.
    pub customer_groups: usize,
    pub groups: Vec<String>,
    pub rows: Vec<Row>,
    pub left_out: Vec<Left>,
    /// The language of the text and Markdown and of the chart's words.
    pub lang: Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum ReportFormat {
    Text,
    Markdown,
    Csv,
}

impl ReportFormat {
    /// Every way to write the report, in the order declared.
    pub const ALL: &'static [ReportFormat] = <ReportFormat as strum::VariantArray>::VARIANTS;

    /// The name on the command line (`--format csv`) and what it is, in the words of `--help`.
    pub fn name_and_about(self) -> (&'static str, &'static str) {
        match self {
            ReportFormat::Text => ("text", "A table at 72 columns with a key"),
            ReportFormat::Markdown => ("markdown", "GitHub-flavoured Markdown"),
            ReportFormat::Csv => (
                "csv",
                "Comma-separated values, one row per meeting, for a spreadsheet",
            ),
        }
    }
}

/// The report on these meetings (each with its journal's file name), in date order. Meetings
/// that never started are left out, and say so.
pub fn report(meetings: &[(String, Meeting)], mut left_out: Vec<Left>) -> Report {
    let mut sorted: Vec<&(String, Meeting)> = meetings.iter().collect();
    sorted.sort_by(|a, b| (a.1.date(), &a.0).cmp(&(b.1.date(), &b.0)));
    let mut rows = Vec::new();
    for (journal, meeting) in sorted {
        match meeting.phase() {
            Phase::NotStarted => left_out.push(Left {
                journal: journal.clone(),
                why: Why::DidNotStart,
            }),
            _ => rows.push(row(journal, meeting)),
        }
    }
    let mut groups: Vec<String> = Vec::new();
    for (label, _) in rows.iter().flat_map(|r| &r.present) {
        if !groups.contains(label) {
            groups.push(label.clone());
        }
    }
    let first = meetings
        .iter()
        .min_by_key(|(name, m)| (m.date(), name.clone()));
    let titles: Vec<&str> = meetings
        .iter()
        .map(|(_, m)| m.agenda().title.as_str())
        .collect();
    Report {
        title: series_title(&titles),
        customers: first
            .and_then(|(_, m)| m.customer_label())
            .unwrap_or_default()
            .to_owned(),
        customer_groups: first.map_or(0, |(_, m)| m.customer_groups().len()),
        groups,
        rows,
        left_out,
        lang: Lang::En,
    }
}

/// What the meetings' titles have in common, at a word's end: "Family Council — October" and
/// "Family Council — November" are "Family Council". Titles with nothing in common: the first.
fn series_title(titles: &[&str]) -> String {
    let Some(first) = titles.first() else {
        return String::new();
    };
    let mut common = first.len();
    for title in &titles[1..] {
        common = first
            .char_indices()
            .zip(title.chars())
            .find(|((_, a), b)| a != b)
            .map_or(common.min(title.len()), |((i, _), _)| common.min(i));
    }
    let whole = |i: usize| first.len() == i || titles.iter().all(|t| t.len() == i);
    let mut prefix = &first[..common];
    if !whole(common) {
        prefix = prefix.rfind(' ').map_or("", |space| &prefix[..space]);
    }
    let trimmed = prefix.trim_end_matches(|c: char| c.is_whitespace() || "—–-:,;(".contains(c));
    match trimmed.is_empty() {
        true => first.to_string(),
        false => trimmed.to_string(),
    }
}

fn row(journal: &str, meeting: &Meeting) -> Row {
    let end = meeting
        .ended()
        .or(meeting.last_recorded())
        .unwrap_or(chrono::DateTime::UNIX_EPOCH);
    let customer_groups = meeting.customer_groups();
    let agenda = meeting.agenda();
    let present = agenda
        .groups
        .iter()
        .map(|g| {
            let came = meeting
                .people()
                .iter()
                .filter(|p| p.group == g.id && (p.is_present() || p.left_early.is_some()))
                .count();
            (g.label.clone(), u32::try_from(came).unwrap_or(u32::MAX))
        })
        .collect();
    let mut customer_airtime = TimeDelta::zero();
    let mut airtime = TimeDelta::zero();
    let mut targets = Vec::new();
    for balance in meeting.balance(end) {
        let group = &agenda.groups[balance.group];
        airtime += balance.airtime;
        if customer_groups.contains(&group.id.as_str()) {
            customer_airtime += balance.airtime;
            targets.extend(balance.target);
        }
    }
    let customer = |name: &str| {
        meeting
            .person(name)
            .is_some_and(|p| customer_groups.contains(&meeting.people()[p].group.as_str()))
    };
    let items: Vec<_> = agenda
        .items
        .iter()
        .filter(|i| i.kind != ItemKind::Break)
        .collect();
    let customer_items = items
        .iter()
        .filter(|i| i.proposed_by.as_deref().is_some_and(customer))
        .count();
    let decisions = meeting
        .entries()
        .iter()
        .filter(|e| !e.deleted && matches!(e.kind, EntryKind::Decision { .. }))
        .count();
    Row {
        journal: journal.to_owned(),
        date: meeting.date(),
        present,
        customer_airtime,
        airtime,
        customer_target: (!targets.is_empty()).then(|| targets.iter().sum()),
        items: u32::try_from(items.len()).unwrap_or(u32::MAX),
        customer_items: u32::try_from(customer_items).unwrap_or(u32::MAX),
        decisions: u32::try_from(decisions).unwrap_or(u32::MAX),
        voiced: voiced_decisions(meeting),
        actions: meeting.due_and_done(),
    }
}

/// How many decisions had customer voice on their item before them: someone of a customer
/// group had spoken on the item when the decision was recorded. The voice is worked out from
/// the turns as each decision is replayed, so journals of every format have it; the `Option`
/// stays for a row that cannot say (shown as "—").
fn voiced_decisions(meeting: &Meeting) -> Option<u32> {
    let voiced = meeting
        .entries()
        .iter()
        .filter(|e| !e.deleted)
        .filter(|e| matches!(&e.kind, EntryKind::Decision { voice, .. } if voice.customer_voice))
        .count();
    Some(u32::try_from(voiced).unwrap_or(u32::MAX))
}

/// Totals over the rows: the same measures as a row, summed (present: averaged).
struct Totals {
    meetings: usize,
    present: Vec<f64>,
    share: Option<f64>,
    items: u32,
    customer_items: u32,
    decisions: u32,
    voiced: Option<u32>,
    actions: Option<DueAndDone>,
}

impl Report {
    fn totals(&self) -> Totals {
        let rows = &self.rows;
        let count = |label: &str| {
            rows.iter()
                .flat_map(|r| &r.present)
                .filter(|(l, _)| l == label)
                .map(|(_, n)| f64::from(*n))
                .sum::<f64>()
        };
        let meetings = rows.len().max(1) as f64;
        let sum = |f: fn(&Row) -> u32| rows.iter().map(f).sum::<u32>();
        let actions: Vec<DueAndDone> = rows.iter().filter_map(|r| r.actions).collect();
        Totals {
            meetings: rows.len(),
            present: self.groups.iter().map(|g| count(g) / meetings).collect(),
            share: share(
                rows.iter().map(|r| r.customer_airtime).sum(),
                rows.iter().map(|r| r.airtime).sum(),
            ),
            items: sum(|r| r.items),
            customer_items: sum(|r| r.customer_items),
            decisions: sum(|r| r.decisions),
            voiced: rows.iter().map(|r| r.voiced).sum(),
            actions: (!actions.is_empty()).then(|| DueAndDone {
                due: actions.iter().map(|a| a.due).sum(),
                done: actions.iter().map(|a| a.done).sum(),
            }),
        }
    }

    /// The report as text (a table at 72 columns with a key), Markdown or CSV. The text and
    /// Markdown are in the report's language; the CSV, for programs, is the same in all.
    pub fn render(&self, format: ReportFormat) -> String {
        match format {
            ReportFormat::Text => self.text(),
            ReportFormat::Markdown => to_markdown(&self.markdown()),
            ReportFormat::Csv => csv::csv(self),
        }
    }

    /// The same report, written in `lang`.
    pub fn in_language(self, lang: Lang) -> Self {
        Self { lang, ..self }
    }
}

mod csv;
mod text;

pub(super) use text::date;

#[cfg(test)]
mod tests;
