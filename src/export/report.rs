//! The report across meetings: one row per meeting with the numbers a customer-led board is
//! asked for (who came, whether customer leaders had their share of the airtime, who put the
//! items on the agenda, what was decided and with whose voice, whether actions got done), then
//! a totals row and the trend from the first meeting to the last. Pure: meetings in, text out.

use chrono::{NaiveDate, TimeDelta};

use super::document::{Block, to_markdown};
use crate::agenda::ItemKind;
use crate::meeting::{DueAndDone, EntryKind, Meeting, Phase};
use crate::text::{clean, width};

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
    pub why: String,
}

/// The report: the rows in date order, the groups in the order they were first seen, and the
/// journals left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The title of the first meeting, for the heading and the chart.
    pub title: String,
    /// What the customer groups are called.
    pub customers: String,
    pub groups: Vec<String>,
    pub rows: Vec<Row>,
    pub left_out: Vec<Left>,
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
                why: "the meeting did not start".into(),
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
        customers: first.map_or("customers".into(), |(_, m)| m.customer_label()),
        groups,
        rows,
        left_out,
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

    /// The report as text (a table at 72 columns with a key), Markdown or CSV.
    pub fn render(&self, format: ReportFormat) -> String {
        match format {
            ReportFormat::Text => self.text(),
            ReportFormat::Markdown => to_markdown(&self.markdown()),
            ReportFormat::Csv => self.csv(),
        }
    }

    fn heading(&self) -> String {
        match (self.rows.first(), self.rows.last()) {
            (Some(first), Some(last)) if first.date != last.date => format!(
                "Report: {}, {} to {}",
                self.title,
                first.date.format("%-d %B %Y"),
                last.date.format("%-d %B %Y")
            ),
            (Some(only), _) => format!("Report: {}, {}", self.title, only.date.format("%-d %B %Y")),
            _ => format!("Report: {}", self.title),
        }
    }

    /// What each column means, for the text and Markdown reports.
    fn key(&self) -> Vec<String> {
        let customers = &self.customers;
        vec![
            format!("Present: how many came, by group ({}).", self.groups.join(" / ")),
            format!(
                "Airtime: the share of the speaking time taken by {customers}, against their target: ✓ within 5 points of it, ▲ over, ▼ under."
            ),
            format!("Items: the agenda items (breaks left out) proposed by {customers}."),
            "Decided: decisions recorded.".into(),
            format!(
                "Voiced: decisions with {customers} speaking on the item before them (— where the journal has no such figures)."
            ),
            "Due and Done: the actions from the last meeting that were due by this one (or had no date), and how many were done (— for a meeting that follows none).".into(),
        ]
    }

    fn text_cells(&self) -> (Vec<&'static str>, Vec<Vec<String>>) {
        let headers = vec![
            "Date", "Present", "Airtime", "Items", "Decided", "Voiced", "Due", "Done",
        ];
        let mut cells: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| {
                let present = self
                    .groups
                    .iter()
                    .map(|g| {
                        r.present
                            .iter()
                            .find(|(l, _)| l == g)
                            .map_or("–".into(), |(_, n)| n.to_string())
                    })
                    .collect::<Vec<_>>()
                    .join("/");
                vec![
                    r.date.to_string(),
                    present,
                    airtime_cell(r.customer_share(), r.customer_target),
                    format!("{} of {}", r.customer_items, r.items),
                    r.decisions.to_string(),
                    optional(r.voiced),
                    optional(r.actions.map(|a| a.due)),
                    optional(r.actions.map(|a| a.done)),
                ]
            })
            .collect();
        let t = self.totals();
        let target = self.rows.last().and_then(|r| r.customer_target);
        cells.push(vec![
            format!("All {}", t.meetings),
            t.present
                .iter()
                .map(|p| format!("{p:.1}"))
                .collect::<Vec<_>>()
                .join("/"),
            airtime_cell(t.share, target),
            format!("{} of {}", t.customer_items, t.items),
            t.decisions.to_string(),
            optional(t.voiced),
            optional(t.actions.map(|a| a.due)),
            optional(t.actions.map(|a| a.done)),
        ]);
        (headers, cells)
    }

    fn text(&self) -> String {
        let (headers, cells) = self.text_cells();
        let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
        for row in &cells {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(width(cell));
            }
        }
        let line = |cells: Vec<String>| {
            let padded: Vec<String> = cells
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(i, (c, w))| match i {
                    0 | 1 => format!("{c}{}", " ".repeat(w - width(c))),
                    _ => format!("{}{c}", " ".repeat(w - width(c))),
                })
                .collect();
            format!("{}\n", padded.join("  ").trim_end())
        };
        let mut table = line(headers.iter().map(|h| h.to_string()).collect());
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        table.push_str(&format!("{}\n", rule.join("  ")));
        let last = cells.len() - 1;
        for (i, row) in cells.into_iter().enumerate() {
            if i == last {
                table.push_str(&format!("{}\n", rule.join("  ")));
            }
            table.push_str(&line(
                row.into_iter().map(|c| clean(&c).into_owned()).collect(),
            ));
        }
        let mut doc = vec![Block::Heading(1, self.heading())];
        doc.extend(self.empty_or_left_out());
        let mut out = super::to_text(&doc);
        if !self.rows.is_empty() {
            out.push('\n');
            out.push_str(&table);
            let mut after = vec![Block::Bullets(self.key())];
            after.extend(self.trend().into_iter().map(Block::Paragraph));
            out.push('\n');
            out.push_str(&super::to_text(&after));
        }
        out
    }

    fn empty_or_left_out(&self) -> Vec<Block> {
        let mut blocks = Vec::new();
        if self.rows.is_empty() {
            blocks.push(Block::Paragraph("No meeting to report on.".into()));
        }
        if !self.left_out.is_empty() {
            let lines = self
                .left_out
                .iter()
                .map(|l| format!("{}: {}", l.journal, l.why))
                .collect();
            blocks.push(Block::Paragraph("Left out of this report:".into()));
            blocks.push(Block::Bullets(lines));
        }
        blocks
    }

    fn markdown(&self) -> Vec<Block> {
        let mut doc = vec![Block::Heading(1, self.heading())];
        doc.extend(self.empty_or_left_out());
        if self.rows.is_empty() {
            return doc;
        }
        let customers = &self.customers;
        let mut headers = vec!["Date".to_string()];
        headers.extend(self.groups.iter().map(|g| format!("Present: {g}")));
        headers.extend([
            format!("Airtime of {customers}"),
            "Target".into(),
            format!("Items proposed by {customers}"),
            "Decisions".into(),
            format!("Decisions with {customers} heard before them"),
            "Actions due".into(),
            "Actions done".into(),
        ]);
        let (_, text) = self.text_cells();
        let t = self.totals();
        let mut rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .zip(&text)
            .map(|(r, cells)| {
                let mut row = vec![cells[0].clone()];
                row.extend(self.groups.iter().map(|g| {
                    r.present
                        .iter()
                        .find(|(l, _)| l == g)
                        .map_or("–".into(), |(_, n)| n.to_string())
                }));
                row.push(cells[2].clone());
                row.push(r.customer_target.map_or("–".into(), percent));
                row.extend(cells[3..].iter().cloned());
                row
            })
            .collect();
        let mut total = vec![format!("All {}", t.meetings)];
        total.extend(t.present.iter().map(|p| format!("{p:.1}")));
        total.push(text[text.len() - 1][2].clone());
        total.push(
            self.rows
                .last()
                .and_then(|r| r.customer_target)
                .map_or("–".into(), percent),
        );
        total.extend(text[text.len() - 1][3..].iter().cloned());
        rows.push(total);
        doc.push(Block::Table { headers, rows });
        doc.push(Block::Bullets(self.key()));
        doc.extend(self.trend().into_iter().map(Block::Paragraph));
        doc
    }

    /// From the first meeting to the last: customer airtime, the items customers proposed,
    /// and the actions done when due.
    fn trend(&self) -> Vec<String> {
        let mut out = Vec::new();
        let (Some(first), Some(last)) = (self.rows.first(), self.rows.last()) else {
            return out;
        };
        let day = |r: &Row| r.date.format("%-d %B %Y").to_string();
        let customers = &self.customers;
        if self.rows.len() > 1
            && let (Some(a), Some(b)) = (first.customer_share(), last.customer_share())
        {
            let points = (b * 100.0).round() - (a * 100.0).round();
            let change = match points {
                p if p > 0.0 => format!("up {p:.0} points"),
                p if p < 0.0 => format!("down {:.0} points", -p),
                _ => "no change".into(),
            };
            let target = last
                .customer_target
                .map_or(String::new(), |t| format!(" (target {})", percent(t)));
            out.push(format!(
                "Trend: the airtime of {customers} went from {} on {} to {} on {}{target}: {change}. {customers} proposed {} of {} items at the first meeting and {} of {} at the last.",
                percent(a),
                day(first),
                percent(b),
                day(last),
                first.customer_items,
                first.items,
                last.customer_items,
                last.items,
            ));
        }
        if let Some(actions) = self.totals().actions {
            let were = if actions.done == 1 { "was" } else { "were" };
            out.push(format!(
                "Follow-through: {} of the {} actions due by the next meeting {were} done by then.",
                actions.done, actions.due
            ));
        }
        out
    }

    fn csv(&self) -> String {
        let mut headers = vec!["date".to_string(), "journal".to_string()];
        headers.extend(self.groups.iter().map(|g| format!("present {g}")));
        headers.extend(
            [
                "customer airtime share",
                "customer target",
                "items",
                "items proposed by customers",
                "decisions",
                "decisions with customer voice before them",
                "actions due",
                "actions done",
            ]
            .map(String::from),
        );
        let mut lines = vec![headers];
        let fraction = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.3}"));
        let count = |v: Option<u32>| v.map_or(String::new(), |v| v.to_string());
        for r in &self.rows {
            let mut line = vec![r.date.to_string(), r.journal.clone()];
            line.extend(self.groups.iter().map(|g| {
                r.present
                    .iter()
                    .find(|(l, _)| l == g)
                    .map_or(String::new(), |(_, n)| n.to_string())
            }));
            line.extend([
                fraction(r.customer_share()),
                fraction(r.customer_target),
                r.items.to_string(),
                r.customer_items.to_string(),
                r.decisions.to_string(),
                count(r.voiced),
                count(r.actions.map(|a| a.due)),
                count(r.actions.map(|a| a.done)),
            ]);
            lines.push(line);
        }
        if !self.rows.is_empty() {
            let t = self.totals();
            let mut line = vec!["all".to_string(), format!("{} meetings", t.meetings)];
            line.extend(t.present.iter().map(|p| format!("{p:.1}")));
            line.extend([
                fraction(t.share),
                fraction(self.rows.last().and_then(|r| r.customer_target)),
                t.items.to_string(),
                t.customer_items.to_string(),
                t.decisions.to_string(),
                count(t.voiced),
                count(t.actions.map(|a| a.due)),
                count(t.actions.map(|a| a.done)),
            ]);
            lines.push(line);
        }
        lines
            .iter()
            .map(|l| {
                let cells: Vec<String> = l.iter().map(|c| csv_cell(c)).collect();
                format!("{}\r\n", cells.join(","))
            })
            .collect()
    }
}

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; text from
/// files is cleaned first, and a leading `=`, `+`, `-` or `@` is quoted with a `'` before it so
/// a spreadsheet does not take it for a formula.
fn csv_cell(text: &str) -> String {
    let text = clean(text);
    let text = match text.starts_with(['=', '+', '-', '@']) {
        true => format!("'{text}"),
        false => text.into_owned(),
    };
    match text.contains([',', '"', '\n', '\r']) {
        true => format!("\"{}\"", text.replace('"', "\"\"")),
        false => text,
    }
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// `64% ✓`, `52% ▼`, `71% ▲` against the target (within 5 points is on it), `—` without
/// airtime.
fn airtime_cell(share: Option<f64>, target: Option<f64>) -> String {
    let Some(share) = share else {
        return "—".into();
    };
    let mark = match target {
        None => "",
        Some(t) if (share - t).abs() * 100.0 <= 5.0 => " ✓",
        Some(t) if share > t => " ▲",
        Some(_) => " ▼",
    };
    format!("{}{mark}", percent(share))
}

fn optional(value: Option<u32>) -> String {
    value.map_or("—".into(), |v| v.to_string())
}

#[cfg(test)]
mod tests;
