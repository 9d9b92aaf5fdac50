//! The report as people read it: a text table at 72 columns, or Markdown, with a key saying
//! what each column means and the trend from the first meeting to the last, in the report's
//! language (`report.ftl`).

use chrono::{Datelike, NaiveDate};

use super::{Report, Why};
use crate::export::document::Block;
use crate::lang::{Lang, dates};
use crate::text::{clean, width};
use crate::tr;

impl Report {
    /// What the customer groups are called in the report's words.
    pub(in crate::export) fn customers_words(&self) -> String {
        match self.customer_groups {
            1 => self.customers.clone(),
            _ => tr!(self.lang, "report-customer-groups"),
        }
    }

    pub(super) fn heading(&self) -> String {
        let lang = self.lang;
        let title = &self.title;
        match (self.rows.first(), self.rows.last()) {
            (Some(first), Some(last)) if first.date != last.date => tr!(
                lang,
                "report-heading-range",
                title = title,
                first = date(lang, first.date),
                last = date(lang, last.date)
            ),
            (Some(only), _) => tr!(
                lang,
                "report-heading-one",
                title = title,
                date = date(lang, only.date)
            ),
            _ => tr!(lang, "report-heading", title = title),
        }
    }

    /// What each column means, for the text and Markdown reports.
    fn key(&self) -> Vec<String> {
        let (lang, customers) = (self.lang, self.customers_words());
        vec![
            tr!(lang, "report-key-present", groups = self.groups.join(" / ")),
            tr!(lang, "report-key-airtime", customers = &customers),
            tr!(lang, "report-key-items", customers = &customers),
            tr!(lang, "report-key-decided"),
            tr!(lang, "report-key-voiced", customers = &customers),
            tr!(lang, "report-key-due-done"),
        ]
    }

    fn text_cells(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let lang = self.lang;
        let headers = vec![
            tr!(lang, "report-date"),
            tr!(lang, "report-present"),
            tr!(lang, "report-airtime"),
            tr!(lang, "report-items"),
            tr!(lang, "report-decided"),
            tr!(lang, "report-voiced"),
            tr!(lang, "report-due"),
            tr!(lang, "report-done"),
        ];
        let of = |part: u32, whole: u32| tr!(lang, "report-of", part = part, whole = whole);
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
                    airtime_cell(lang, r.customer_share(), r.customer_target),
                    of(r.customer_items, r.items),
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
            tr!(lang, "report-all", count = t.meetings),
            t.present
                .iter()
                .map(|p| tenths(lang, *p))
                .collect::<Vec<_>>()
                .join("/"),
            airtime_cell(lang, t.share, target),
            of(t.customer_items, t.items),
            t.decisions.to_string(),
            optional(t.voiced),
            optional(t.actions.map(|a| a.due)),
            optional(t.actions.map(|a| a.done)),
        ]);
        (headers, cells)
    }

    pub(super) fn text(&self) -> String {
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
        let mut table = line(headers);
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
        let mut out = crate::export::to_text(&doc);
        if !self.rows.is_empty() {
            out.push('\n');
            out.push_str(&table);
            let mut after = vec![Block::Bullets(self.key())];
            after.extend(self.trend().into_iter().map(Block::Paragraph));
            out.push('\n');
            out.push_str(&crate::export::to_text(&after));
        }
        out
    }

    fn empty_or_left_out(&self) -> Vec<Block> {
        let lang = self.lang;
        let mut blocks = Vec::new();
        if self.rows.is_empty() {
            blocks.push(Block::Paragraph(tr!(lang, "report-nothing")));
        }
        if !self.left_out.is_empty() {
            let lines = self
                .left_out
                .iter()
                .map(|l| {
                    let why = match &l.why {
                        Why::DidNotStart => tr!(lang, "report-did-not-start"),
                        Why::Unreadable(why) => why.clone(),
                    };
                    tr!(
                        lang,
                        "report-left-out-line",
                        journal = &l.journal,
                        why = why
                    )
                })
                .collect();
            blocks.push(Block::Paragraph(tr!(lang, "report-left-out")));
            blocks.push(Block::Bullets(lines));
        }
        blocks
    }

    pub(super) fn markdown(&self) -> Vec<Block> {
        let lang = self.lang;
        let mut doc = vec![Block::Heading(1, self.heading())];
        doc.extend(self.empty_or_left_out());
        if self.rows.is_empty() {
            return doc;
        }
        let customers = self.customers_words();
        let mut headers = vec![tr!(lang, "report-date")];
        headers.extend(
            self.groups
                .iter()
                .map(|g| tr!(lang, "report-present-in", group = g)),
        );
        headers.extend([
            tr!(lang, "report-airtime-of", customers = &customers),
            tr!(lang, "report-target"),
            tr!(lang, "report-items-proposed-by", customers = &customers),
            tr!(lang, "report-decisions"),
            tr!(lang, "report-decisions-heard", customers = &customers),
            tr!(lang, "report-actions-due"),
            tr!(lang, "report-actions-done"),
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
                row.push(r.customer_target.map_or("–".into(), |t| percent(lang, t)));
                row.extend(cells[3..].iter().cloned());
                row
            })
            .collect();
        let mut total = vec![tr!(lang, "report-all", count = t.meetings)];
        total.extend(t.present.iter().map(|p| tenths(lang, *p)));
        total.push(text[text.len() - 1][2].clone());
        total.push(
            self.rows
                .last()
                .and_then(|r| r.customer_target)
                .map_or("–".into(), |t| percent(lang, t)),
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
        let lang = self.lang;
        let mut out = Vec::new();
        let (Some(first), Some(last)) = (self.rows.first(), self.rows.last()) else {
            return out;
        };
        if self.rows.len() > 1
            && let (Some(a), Some(b)) = (first.customer_share(), last.customer_share())
        {
            let points = (b * 100.0).round() - (a * 100.0).round();
            let direction = match points {
                p if p > 0.0 => "up",
                p if p < 0.0 => "down",
                _ => "none",
            };
            out.push(tr!(
                lang,
                "report-trend",
                customers = self.customers_words(),
                first_share = percent(lang, a),
                first_date = date(lang, first.date),
                last_share = percent(lang, b),
                last_date = date(lang, last.date),
                has_target = if last.customer_target.is_some() {
                    "yes"
                } else {
                    "no"
                },
                target = last
                    .customer_target
                    .map_or(String::new(), |t| percent(lang, t)),
                direction = direction,
                points = points.abs(),
                first_items = first.customer_items,
                first_total = first.items,
                last_items = last.customer_items,
                last_total = last.items
            ));
        }
        if let Some(actions) = self.totals().actions {
            out.push(tr!(
                lang,
                "report-follow-through",
                done = actions.done,
                due = actions.due
            ));
        }
        out
    }
}

/// `27 October 2026`, `27 de octubre de 2026`.
pub(in crate::export) fn date(lang: Lang, day: NaiveDate) -> String {
    tr!(
        lang,
        "report-date-words",
        day = day.day(),
        month = dates::month(lang, day),
        year = day.year()
    )
}

/// `4.7`, `4,7`: an average to a tenth, as the language writes decimals.
fn tenths(lang: Lang, n: f64) -> String {
    let text = format!("{n:.1}");
    match lang.number(0.5).contains(',') {
        true => text.replace('.', ","),
        false => text,
    }
}

pub(super) fn percent(lang: Lang, share: f64) -> String {
    tr!(
        lang,
        "report-percent",
        share = format!("{:.0}", share * 100.0)
    )
}

/// `64% ✓`, `52% ▼`, `71% ▲` against the target (within 5 points is on it), `—` without
/// airtime.
pub(super) fn airtime_cell(lang: Lang, share: Option<f64>, target: Option<f64>) -> String {
    let Some(share) = share else {
        return "—".into();
    };
    let mark = match target {
        None => "",
        Some(t) if (share - t).abs() * 100.0 <= 5.0 => " ✓",
        Some(t) if share > t => " ▲",
        Some(_) => " ▼",
    };
    format!("{}{mark}", percent(lang, share))
}

fn optional(value: Option<u32>) -> String {
    value.map_or("—".into(), |v| v.to_string())
}
