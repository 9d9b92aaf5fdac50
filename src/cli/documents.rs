//! The commands that write something out: the agenda for members (`cochair agenda`), the
//! minutes and their kin from a journal (`cochair export`), the keys in effect (`cochair keys`)
//! and a simulation of the speaking queue (`cochair simulate`), to standard output or a file.

use std::path::Path;

use super::values::Policies;
use super::{AgendaFormatArg, CliError, fail, language, load_keymap, out};
use crate::export::Format;
use crate::tr;

/// `cochair agenda`: the agenda as members receive it, as text or Markdown, or Easy Read in
/// the language asked for.
pub(super) fn send_out(
    path: &Path,
    format: AgendaFormatArg,
    output: Option<&Path>,
    lang: Option<&str>,
) -> Result<(), CliError> {
    use crate::export::{agenda_document_in, easy_read_agenda, to_markdown, to_text};
    let agenda = super::check::read_agenda(path, lang)?;
    let lang = language::for_document(lang, agenda.language.as_deref());
    let text = match format {
        AgendaFormatArg::Text => to_text(&agenda_document_in(&agenda, lang)),
        AgendaFormatArg::Markdown => to_markdown(&agenda_document_in(&agenda, lang)),
        AgendaFormatArg::EasyRead => to_text(&easy_read_agenda(&agenda, lang)),
    };
    write_out(&text, output)
}

/// Print the text, or write it to a file whole.
pub(super) fn write_out(text: &str, output: Option<&Path>) -> Result<(), CliError> {
    match output {
        None => out(text),
        Some(path) => {
            crate::store::files::write_atomically(path, text.as_bytes()).map_err(|error| {
                CliError::Write {
                    path: path.to_path_buf(),
                    error,
                }
            })?
        }
    }
    Ok(())
}

/// `cochair keys`: every binding in effect, `MODE<TAB>KEY<TAB>action`, sorted.
pub(super) fn keys(path: Option<&Path>) -> Result<(), CliError> {
    let keymap = load_keymap(path, None)?;
    let lang = language::for_messages(None);
    let mut rows: Vec<String> = keymap
        .bindings()
        .map(|(mode, key, action)| format!("{}\t{}\t{}", mode.name(), key, action.name()))
        .collect();
    rows.sort();
    out(&rows.iter().map(|r| format!("{r}\n")).collect::<String>());
    // A keymap that rebinds a key can leave a command with no key at all: say so.
    for lost in keymap.lost_from(&crate::input::Keymap::builtin()) {
        fail(&tr!(lang, "check-warning", problem = lost.said(lang)));
    }
    Ok(())
}

/// `cochair simulate`: the seeded model under one policy or all, for one seed or summed up
/// over a range, as a table or JSON.
pub(super) fn simulate(
    path: &Path,
    policy: Policies,
    setup: crate::simulate::Setup,
    seeds: Option<crate::simulate::Seeds>,
    json: bool,
    lang: Option<&str>,
) -> Result<(), CliError> {
    use crate::agenda::Policy;
    use crate::simulate;
    let agenda = super::check::read_agenda(path, lang)?;
    let lang = match json {
        true => crate::lang::Lang::En,
        false => language::for_document(lang, agenda.language.as_deref()),
    };
    simulate::check_groups(&agenda, "--eagerness", &setup.eagerness)?;
    simulate::check_groups(&agenda, "--weight", &setup.weights)?;
    let policies: Vec<Policy> = policy.to_run();
    let pretty = |value: &serde_json::Value| {
        format!(
            "{}\n",
            serde_json::to_string_pretty(value).unwrap_or_default()
        )
    };
    // The closing verdict, under one policy: the one asked for, or the agenda's own.
    let judged = match policies.as_slice() {
        [one] => *one,
        _ => agenda.speaking.policy,
    };
    let first = seeds.map_or(setup.seed, |s| s.first);
    let verdict_seeds = simulate::Seeds {
        first,
        last: first.saturating_add(simulate::VERDICT_SEEDS - 1),
    };
    let verdicts = simulate::verdict(&agenda, judged, &setup, first);
    let with_verdict = |mut value: serde_json::Value| {
        value["verdict"] = serde_json::json!({
            "policy": judged.name(),
            "seeds": { "first": verdict_seeds.first, "last": verdict_seeds.last },
            "groups": verdicts,
        });
        pretty(&value)
    };
    let verdict_text = || {
        simulate::verdict_text(
            lang,
            &verdicts,
            judged,
            judged == agenda.speaking.policy,
            verdict_seeds,
        )
    };
    let report = match seeds {
        None => {
            let outcomes: Vec<simulate::Outcome> = policies
                .iter()
                .map(|&p| simulate::run(&agenda, p, &setup))
                .collect();
            match json {
                true => with_verdict(simulate::json(&agenda, &setup, &outcomes)),
                false => simulate::table(lang, &agenda, &setup, &outcomes) + &verdict_text(),
            }
        }
        Some(seeds) => {
            let summaries: Vec<simulate::Summary> = policies
                .iter()
                .filter_map(|&p| {
                    simulate::summarise(&simulate::run_seeds(&agenda, p, &setup, seeds))
                })
                .collect();
            match json {
                true => with_verdict(simulate::summary_json(&agenda, &setup, seeds, &summaries)),
                false => {
                    simulate::summary_table(lang, &agenda, &setup, seeds, &summaries)
                        + &verdict_text()
                }
            }
        }
    };
    out(&report);
    Ok(())
}

/// `cochair export`: the minutes, Markdown, actions or todo.txt from a journal.
pub(super) fn export(
    journal: &Path,
    format: Format,
    output: Option<&Path>,
    include_confidential: bool,
    lang: Option<&str>,
) -> Result<(), CliError> {
    use crate::export;
    let contents = crate::store::journal::read(journal)?;
    let meeting = crate::store::journal::replay(journal, &contents)?;
    let lang = language::for_document(lang, meeting.agenda().language.as_deref());
    let when = meeting.started().unwrap_or_else(chrono::Utc::now);
    let offset = *when.with_timezone(&chrono::Local).offset();
    let options = export::Options {
        offset: chrono::Offset::fix(&offset),
        include_confidential,
        now: chrono::Utc::now(),
        lang,
    };
    let text = export::render(&meeting, format, &options);
    write_out(&text, output)
}
