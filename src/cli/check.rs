//! `cochair check`: each agenda in turn, good or bad. A good one gets one line in the language
//! of the command's messages (what it holds, how many people, how long) and the queue's
//! overtake bound; a bad one its `path:line:col: what is wrong` lines.

use std::path::PathBuf;

use super::{CliError, fail, out};
use crate::agenda;
use crate::lang::Lang;
use crate::tr;

/// `cochair check`: `path: ok — 7 items, 12 people, 1h 35m planned` in `lang` (and with
/// `--plan` the timing plan), or the errors.
pub fn check(paths: &[PathBuf], plan: bool, lang: Lang) -> Result<(), CliError> {
    let mut failed = false;
    for path in paths {
        let checked = crate::store::read_text(path)
            .map_err(crate::parse::FileErrors::from)
            .and_then(|src| agenda::check_str_in(&src, path, lang));
        match checked {
            Ok(agenda::Checked { agenda, warnings }) => {
                // Planned breaks are items on the clock, not items to discuss.
                let breaks = agenda
                    .items
                    .iter()
                    .filter(|i| i.kind == agenda::ItemKind::Break)
                    .count();
                let what = tr!(
                    lang,
                    "check-what",
                    items = agenda.items.len() - breaks,
                    breaks = breaks
                );
                let ok = tr!(
                    lang,
                    "check-ok",
                    path = path.display().to_string(),
                    what = what,
                    people = agenda.people.len(),
                    planned = agenda::format_minutes(agenda.planned_minutes())
                );
                out(&format!("{ok}\n"));
                out(&overtake_lines(&agenda, lang));
                if plan {
                    for line in agenda.timing_plan() {
                        out(&format!("{}\n", crate::text::clean(&line)));
                    }
                }
                for warning in warnings {
                    fail(&warning.to_string());
                }
            }
            Err(errors) => {
                failed = true;
                fail(&errors.to_string());
            }
        }
    }
    match failed {
        true => Err(CliError::Reported),
        false => Ok(()),
    }
}

/// The overtake bound in effect and why, indented under the agenda's line and wrapped.
fn overtake_lines(agenda: &agenda::Agenda, lang: Lang) -> String {
    let bound = crate::simulate::bound_said(lang, agenda, false);
    let text = tr!(lang, "check-queue", bound = bound);
    crate::text::wrap(&text, 70)
        .into_iter()
        .map(|line| format!("  {line}\n"))
        .collect()
}
