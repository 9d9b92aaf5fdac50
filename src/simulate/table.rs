//! The figures as people read them: what was simulated, then one column per policy, in the
//! language asked for (`simulate.ftl`).

use super::*;
use crate::lang::Lang;
use crate::tr;

/// The outcomes side by side, one column per policy.
pub fn table(lang: Lang, agenda: &Agenda, setup: &Setup, outcomes: &[Outcome]) -> String {
    let columns: Vec<Column> = outcomes
        .iter()
        .map(|o| Column::of_outcome(lang, o))
        .collect();
    let saturated: Vec<(&str, bool)> = outcomes.iter().map(|o| (o.policy, o.saturated)).collect();
    let seed = tr!(lang, "simulate-seed", seed = setup.seed);
    let mut out = heading(lang, agenda, setup, &seed);
    out.push_str(&render(
        lang,
        &with_weights(agenda, &setup.weights),
        &columns,
    ));
    out.push_str(&note_lines(saturation_note(lang, &saturated)));
    out
}

/// The summaries over a range of seeds side by side, one column per policy.
pub fn summary_table(
    lang: Lang,
    agenda: &Agenda,
    setup: &Setup,
    seeds: Seeds,
    summaries: &[Summary],
) -> String {
    let columns: Vec<Column> = summaries
        .iter()
        .map(|s| Column::of_summary(lang, s))
        .collect();
    let saturated: Vec<(&str, bool)> = summaries.iter().map(|s| (s.policy, s.saturated)).collect();
    let which = tr!(
        lang,
        "simulate-seeds",
        seeds = seeds.to_string(),
        runs = seeds.count()
    );
    let mut out = heading(lang, agenda, setup, &which);
    out.push_str(&tr!(lang, "simulate-median-note"));
    out.push_str("\n\n");
    out.push_str(&render(
        lang,
        &with_weights(agenda, &setup.weights),
        &columns,
    ));
    out.push_str(&note_lines(saturation_note(lang, &saturated)));
    out
}

/// What to say when every policy shown ran saturated (see [`SATURATED`]), given each policy's
/// name and whether it did (in English for `--json`).
pub fn saturation_note(lang: Lang, policies: &[(&str, bool)]) -> Option<String> {
    if policies.is_empty() || !policies.iter().all(|(_, saturated)| *saturated) {
        return None;
    }
    let fifo = policies.iter().any(|(p, _)| *p == Policy::Fifo.name());
    Some(tr!(
        lang,
        "simulate-saturated",
        fifo = if fifo { "yes" } else { "no" }
    ))
}

/// The note after a blank line, wrapped at 72 columns.
pub(super) fn note_lines(note: Option<String>) -> String {
    let Some(note) = note else {
        return String::new();
    };
    let lines: Vec<String> = crate::text::wrap(&note, 72);
    format!("\n{}\n", lines.join("\n"))
}

/// The rows under each group's share.
fn group_rows(lang: Lang) -> [String; 3] {
    [
        tr!(lang, "simulate-turns"),
        tr!(lang, "simulate-median-wait"),
        tr!(lang, "simulate-hands-up"),
    ]
}

/// The rows after the groups.
fn figure_rows(lang: Lang) -> [String; 4] {
    [
        tr!(lang, "simulate-longest-wait-turns"),
        tr!(lang, "simulate-longest-wait-minutes"),
        tr!(lang, "simulate-most-overtaken"),
        tr!(lang, "simulate-never-heard"),
    ]
}

/// One policy's figures as the table shows them, in the order of the rows.
pub(super) struct Column {
    policy: &'static str,
    /// Per group: the share, then the `GROUP_ROWS`.
    groups: Vec<[String; 4]>,
    figures: [String; 4],
}

impl Column {
    fn of_outcome(lang: Lang, o: &Outcome) -> Column {
        let percent = |share| percent(lang, share);
        let wait = |w: Option<i64>| w.map_or("-".into(), minutes);
        Column {
            policy: o.policy,
            groups: o
                .groups
                .iter()
                .map(|g| {
                    [
                        tr!(lang, "simulate-airtime", share = percent(g.share)),
                        g.turns.to_string(),
                        wait(g.median_wait_seconds),
                        percent(g.hands_up),
                    ]
                })
                .collect(),
            figures: [
                o.longest_wait_turns.to_string(),
                minutes(o.longest_wait_seconds),
                o.most_overtaken.to_string(),
                o.never_heard.to_string(),
            ],
        }
    }

    fn of_summary(lang: Lang, s: &Summary) -> Column {
        let percent = |share| percent(lang, share);
        let count = |s: &Spread<u32>| s.show(|n| n.to_string());
        let time = |s: &Spread<i64>| s.show(minutes);
        Column {
            policy: s.policy,
            groups: s
                .groups
                .iter()
                .map(|g| {
                    [
                        g.share.show(percent),
                        count(&g.turns),
                        g.median_wait_seconds.as_ref().map_or("-".into(), time),
                        g.hands_up.show(percent),
                    ]
                })
                .collect(),
            figures: [
                count(&s.longest_wait_turns),
                time(&s.longest_wait_seconds),
                count(&s.most_overtaken),
                count(&s.never_heard),
            ],
        }
    }
}

/// The table of the columns under their policies' names.
pub(super) fn render(lang: Lang, agenda: &Agenda, columns: &[Column]) -> String {
    let mut rows = Vec::new();
    for (g, group) in agenda.groups.iter().enumerate() {
        let cells = |row: usize| columns.iter().map(|c| c.groups[g][row].clone()).collect();
        rows.push((group_name(lang, group), cells(0)));
        for (i, name) in group_rows(lang).iter().enumerate() {
            rows.push((name.to_string(), cells(i + 1)));
        }
    }
    for (i, name) in figure_rows(lang).iter().enumerate() {
        let cells = columns.iter().map(|c| c.figures[i].clone()).collect();
        rows.push((name.to_string(), cells));
    }
    let policies: Vec<&str> = columns.iter().map(|c| c.policy).collect();
    grid(&policies, &rows)
}

/// What was simulated (`seeds` says which), how eager people are, and the weights tried.
pub(super) fn heading(lang: Lang, agenda: &Agenda, setup: &Setup, seeds: &str) -> String {
    let clean = crate::text::clean;
    let minutes = setup.minutes.map_or(agenda.planned_minutes(), u64::from);
    let mut out = tr!(
        lang,
        "simulate-simulated",
        title = clean(&agenda.title),
        people = agenda.people.len(),
        minutes = minutes,
        seeds = seeds
    );
    out.push('\n');
    let eager: Vec<String> = setup
        .eagerness
        .iter()
        .map(|(g, r)| {
            tr!(
                lang,
                "simulate-eagerness-of",
                group = clean(g),
                rate = decimal(lang, *r)
            )
        })
        .collect();
    out.push_str(&tr!(
        lang,
        "simulate-rate",
        rate = decimal(lang, BASE_RATE),
        eager = if eager.is_empty() { "no" } else { "yes" },
        eagerness = eager.join(", ")
    ));
    out.push('\n');
    let tried: Vec<String> = setup
        .weights
        .iter()
        .filter_map(|(id, weight)| {
            let group = agenda.group(id)?;
            Some(tr!(
                lang,
                "simulate-weight-tried",
                group = clean(id),
                weight = decimal(lang, *weight),
                agenda = decimal(lang, group.weight)
            ))
        })
        .collect();
    if !tried.is_empty() {
        out.push_str(&tr!(
            lang,
            "simulate-weights-tried",
            weights = tried.join(", ")
        ));
        out.push('\n');
    }
    let bound = bound_words(lang, agenda, setup);
    for line in crate::text::wrap(&tr!(lang, "simulate-queue", bound = bound), 72) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    out
}

/// `Customer leaders (weight 2, target 60%)`, the label cut to fit.
pub(super) fn group_name(lang: Lang, group: &crate::agenda::Group) -> String {
    let label = crate::text::clean(&group.label);
    let label = crate::text::truncate(&label, LABEL_WIDTH - 12);
    let weight = decimal(lang, group.weight);
    match group.target {
        Some(t) => tr!(
            lang,
            "simulate-group-target",
            group = label,
            weight = weight,
            target = percent(lang, t)
        ),
        None => tr!(lang, "simulate-group", group = label, weight = weight),
    }
}

/// `65%`, `65 %`.
pub(super) fn percent(lang: Lang, share: f64) -> String {
    tr!(
        lang,
        "simulate-percent",
        share = format!("{:.0}", share * 100.0)
    )
}

/// `1.5`, `1,5`: a number as Rust writes it, with the language's decimal mark.
pub(super) fn decimal(lang: Lang, n: f64) -> String {
    let text = n.to_string();
    match lang.number(0.5).contains(',') {
        true => text.replace('.', ","),
        false => text,
    }
}

/// `04:30`: minutes and seconds, like the app's clocks.
pub(super) fn minutes(seconds: i64) -> String {
    crate::text::duration(TimeDelta::seconds(seconds))
}

/// Columns of the row names.
pub(super) const LABEL_WIDTH: usize = 28;

/// A header of policy names over rows of a name and one cell per policy, right-aligned.
pub(super) fn grid(policies: &[&str], rows: &[(String, Vec<String>)]) -> String {
    use std::fmt::Write;
    let label_width = rows
        .iter()
        .map(|(name, _)| crate::text::width(name) + 1)
        .chain([LABEL_WIDTH])
        .max()
        .unwrap_or(LABEL_WIDTH);
    let col = rows
        .iter()
        .flat_map(|(_, cells)| cells.iter().map(|c| crate::text::width(c) + 2))
        .chain([20])
        .max()
        .unwrap_or(20);
    let pad = |text: &str, width: usize| " ".repeat(width.saturating_sub(crate::text::width(text)));
    let mut out = String::new();
    let mut line = " ".repeat(label_width);
    for policy in policies {
        let _ = write!(line, "{}{policy}", pad(policy, col));
    }
    let _ = writeln!(out, "{}", line.trim_end());
    for (name, cells) in rows {
        let mut line = format!("{name}{}", pad(name, label_width));
        for cell in cells {
            let _ = write!(line, "{}{cell}", pad(cell, col));
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}
