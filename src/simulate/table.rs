//! The figures as people read them: what was simulated, then one column per policy.

use super::*;

/// The outcomes side by side, one column per policy.
pub fn table(agenda: &Agenda, setup: &Setup, outcomes: &[Outcome]) -> String {
    let columns: Vec<Column> = outcomes.iter().map(Column::of_outcome).collect();
    let saturated: Vec<(&str, bool)> = outcomes.iter().map(|o| (o.policy, o.saturated)).collect();
    let mut out = heading(agenda, setup, &format!("seed {}", setup.seed));
    out.push_str(&render(&with_weights(agenda, &setup.weights), &columns));
    out.push_str(&note_lines(saturation_note(&saturated)));
    out
}

/// The summaries over a range of seeds side by side, one column per policy.
pub fn summary_table(
    agenda: &Agenda,
    setup: &Setup,
    seeds: Seeds,
    summaries: &[Summary],
) -> String {
    let columns: Vec<Column> = summaries.iter().map(Column::of_summary).collect();
    let saturated: Vec<(&str, bool)> = summaries.iter().map(|s| (s.policy, s.saturated)).collect();
    let mut out = heading(
        agenda,
        setup,
        &format!("seeds {seeds} ({} runs)", seeds.count()),
    );
    out.push_str(
        "Each figure is the median of the runs, with the lowest and highest in brackets.\n\n",
    );
    out.push_str(&render(&with_weights(agenda, &setup.weights), &columns));
    out.push_str(&note_lines(saturation_note(&saturated)));
    out
}

/// What to say when every policy shown ran saturated (see [`SATURATED`]), given each policy's
/// name and whether it did.
pub fn saturation_note(policies: &[(&str, bool)]) -> Option<String> {
    if policies.is_empty() || !policies.iter().all(|(_, saturated)| *saturated) {
        return None;
    }
    let fifo = match policies.iter().any(|(p, _)| *p == Policy::Fifo.name()) {
        true => " (under fifo, the number of people in each group)",
        false => "",
    };
    Some(format!(
        "Nearly everyone has a hand up all the time, so how eager each group is makes little \
         difference: the shares follow the weights{fifo}."
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

/// The rows under each group's share, and the rows after the groups.
pub(super) const GROUP_ROWS: [&str; 3] = [
    "  turns",
    "  median wait (minutes)",
    "  hands up (share of time)",
];
pub(super) const FIGURE_ROWS: [&str; 4] = [
    "longest wait (turns)",
    "longest wait (minutes)",
    "most times overtaken",
    "never heard",
];

/// One policy's figures as the table shows them, in the order of the rows.
pub(super) struct Column {
    policy: &'static str,
    /// Per group: the share, then the `GROUP_ROWS`.
    groups: Vec<[String; 4]>,
    figures: [String; 4],
}

impl Column {
    fn of_outcome(o: &Outcome) -> Column {
        let wait = |w: Option<i64>| w.map_or("-".into(), minutes);
        Column {
            policy: o.policy,
            groups: o
                .groups
                .iter()
                .map(|g| {
                    [
                        format!("{} airtime", percent(g.share)),
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

    fn of_summary(s: &Summary) -> Column {
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
pub(super) fn render(agenda: &Agenda, columns: &[Column]) -> String {
    let mut rows = Vec::new();
    for (g, group) in agenda.groups.iter().enumerate() {
        let cells = |row: usize| columns.iter().map(|c| c.groups[g][row].clone()).collect();
        rows.push((group_name(group), cells(0)));
        for (i, name) in GROUP_ROWS.iter().enumerate() {
            rows.push((name.to_string(), cells(i + 1)));
        }
    }
    for (i, name) in FIGURE_ROWS.iter().enumerate() {
        let cells = columns.iter().map(|c| c.figures[i].clone()).collect();
        rows.push((name.to_string(), cells));
    }
    let policies: Vec<&str> = columns.iter().map(|c| c.policy).collect();
    grid(&policies, &rows)
}

/// What was simulated (`seeds` says which), how eager people are, and the weights tried.
pub(super) fn heading(agenda: &Agenda, setup: &Setup, seeds: &str) -> String {
    let clean = crate::text::clean;
    let minutes = setup.minutes.map_or(agenda.planned_minutes(), u64::from);
    let mut out = format!(
        "Simulated: {} — {} people, {} min, {seeds}\n",
        clean(&agenda.title),
        agenda.people.len(),
        minutes,
    );
    let eager: Vec<String> = setup
        .eagerness
        .iter()
        .map(|(g, r)| format!("{} ×{r}", clean(g)))
        .collect();
    out.push_str(&format!(
        "Each person raises a hand {BASE_RATE} times a minute when not speaking or waiting{}.\n",
        match eager.is_empty() {
            true => String::new(),
            false => format!(" (eagerness: {})", eager.join(", ")),
        }
    ));
    let tried: Vec<String> = setup
        .weights
        .iter()
        .filter_map(|(id, weight)| {
            let group = agenda.group(id)?;
            Some(format!("{} {weight} (agenda: {})", clean(id), group.weight))
        })
        .collect();
    if !tried.is_empty() {
        out.push_str(&format!("Weights tried: {}.\n", tried.join(", ")));
    }
    let bound = bound_words(agenda, setup);
    for line in crate::text::wrap(&format!("Queue: {bound}."), 72) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    out
}

/// `Customer leaders (weight 2, target 60%)`, the label cut to fit.
pub(super) fn group_name(group: &crate::agenda::Group) -> String {
    let label = crate::text::clean(&group.label);
    let target = group
        .target
        .map_or(String::new(), |t| format!(", target {}", percent(t)));
    format!(
        "{} (weight {}{target})",
        crate::text::truncate(&label, LABEL_WIDTH - 12),
        group.weight
    )
}

/// `65%`.
pub(super) fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
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
