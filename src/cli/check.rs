//! `cochair check`: each agenda in turn, good or bad. A good one gets one line in the language
//! of the command's messages (what it holds, how many people, how long) and the queue's
//! overtake bound; a bad one its `path:line:col: what is wrong` lines.

use std::path::{Path, PathBuf};

use super::{CliError, fail, out};
use crate::agenda;
use crate::lang::Lang;
use crate::parse::FileErrors;
use crate::tr;

/// `cochair check`: `path: ok — 7 items, 12 people, 1h 35m planned` in `lang` (and with
/// `--plan` the timing plan), or the errors.
pub fn check(paths: &[PathBuf], plan: bool, lang: Lang) -> Result<(), CliError> {
    let mut failed = false;
    for path in paths {
        match checked_agenda(path, lang) {
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
                    for line in agenda.timing_plan(lang) {
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

/// An agenda file read and checked, what is wrong with it said in `lang`: for `check`, and for
/// the commands that report a bad agenda in the language of their messages.
pub fn checked_agenda(path: &Path, lang: Lang) -> Result<agenda::Checked, FileErrors> {
    let src = crate::store::text_of(path).map_err(|why| FileErrors(vec![why.file_error(lang)]))?;
    agenda::check_str_in(&src, path, lang)
}

/// An agenda file read and checked for a command whose messages are in the language of
/// `--lang` (`flag`), else the locale's.
pub fn read_agenda(path: &Path, flag: Option<&str>) -> Result<agenda::Agenda, FileErrors> {
    checked_agenda(path, super::language::for_messages(flag)).map(|checked| checked.agenda)
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
