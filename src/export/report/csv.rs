//! The report as CSV (RFC 4180), one row per meeting and a totals row, for a spreadsheet: for
//! programs, so the same in every language.

use super::Report;
use crate::text::clean;

pub(super) fn csv(report: &Report) -> String {
    let mut headers = vec!["date".to_string(), "journal".to_string()];
    headers.extend(report.groups.iter().map(|g| format!("present {g}")));
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
    for r in &report.rows {
        let mut line = vec![r.date.to_string(), r.journal.clone()];
        line.extend(report.groups.iter().map(|g| {
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
    if !report.rows.is_empty() {
        let t = report.totals();
        let mut line = vec!["all".to_string(), format!("{} meetings", t.meetings)];
        line.extend(t.present.iter().map(|p| format!("{p:.1}")));
        line.extend([
            fraction(t.share),
            fraction(report.rows.last().and_then(|r| r.customer_target)),
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

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; text from
/// files is cleaned first, and a leading `=`, `+`, `-` or `@` is quoted with a `'` before it so
/// a spreadsheet does not take it for a formula.
pub(super) fn csv_cell(text: &str) -> String {
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
