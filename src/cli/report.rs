//! `cochair report`: the numbers across meetings, from their journals (given, or every journal
//! of one agenda in a folder or the data folder), as text, Markdown or CSV, and the chart as
//! SVG. A journal that cannot be read is named with its line and left out; the others are
//! still reported. Journals of different agendas are refused unless `--mixed` is given.

use std::path::{Path, PathBuf};

use super::CliError;
use crate::export::{Left, ReportFormat, Why, chart_svg, report};
use crate::lang::Lang;
use crate::meeting::Meeting;
use crate::store::{journal, series};
use crate::tr;

/// The report's command line.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The journals of the meetings, in any order: the report goes by date.
    #[arg(
        value_name = "JOURNAL",
        required_unless_present = "series",
        conflicts_with = "series"
    )]
    journals: Vec<PathBuf>,
    /// Every journal of one agenda: a folder of journals, or the agenda's name
    /// (family-council) to take its journals from the data folder.
    #[arg(long, value_name = "DIR_OR_NAME")]
    series: Option<String>,
    /// How to write the report: a text table, Markdown, or CSV for a spreadsheet.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
    /// Also draw the chart (customer airtime against the target, items proposed by
    /// customers) into this SVG file.
    #[arg(long, value_name = "FILE.svg")]
    chart: Option<PathBuf>,
    /// Write the report to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Report on journals of different agendas together.
    #[arg(long)]
    mixed: bool,
    /// The language of the text, the Markdown and the chart: en or es (the CSV is the same in
    /// both). Default: the first meeting's agenda's language, else the locale (LC_ALL,
    /// LC_MESSAGES, LANG).
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
}

impl ReportArgs {
    /// `--lang`: the report's language, and its messages'.
    pub fn lang(&self) -> Option<&str> {
        self.lang.as_deref()
    }
}

/// A journal read and replayed.
struct Read {
    name: String,
    agenda_file: String,
    meeting: Meeting,
}

/// The report, and the chart if asked for. A journal that cannot be read is named as it is
/// met and left out; the report of the others is still made, and the command then fails.
pub fn run(args: ReportArgs) -> Result<(), CliError> {
    let paths = match &args.series {
        Some(series) => series_journals(series)?,
        None => args.journals.clone(),
    };
    let messages = super::language::for_messages(args.lang());
    let mut read = Vec::new();
    let mut unreadable = Vec::new();
    for path in &paths {
        match read_journal(path) {
            Ok(journal) => read.push(journal),
            Err(error) => {
                super::fail(&error.message(messages));
                unreadable.push((file_name(path), error));
            }
        }
    }
    // Not one journal could be read (an agenda given by mistake, say): the messages above say
    // why, and an empty report would only hide them.
    if read.is_empty() && !unreadable.is_empty() {
        return Err(CliError::Reported);
    }
    if let Some(mixed) = mixed_agendas(&read).filter(|_| !args.mixed) {
        return Err(mixed.into());
    }
    let damaged = !unreadable.is_empty();
    let meetings: Vec<(String, Meeting)> = read.into_iter().map(|r| (r.name, r.meeting)).collect();
    let first = meetings
        .iter()
        .min_by_key(|(name, m)| (m.date(), name.clone()));
    let agenda_lang = first.and_then(|(_, m)| m.agenda().language.clone());
    let lang = super::language::for_document(args.lang.as_deref(), agenda_lang.as_deref());
    let left_out = unreadable
        .iter()
        .map(|(journal, error)| Left {
            journal: journal.clone(),
            why: Why::Unreadable(left_out_why(error, lang)),
        })
        .collect();
    let report = report(&meetings, left_out).in_language(lang);
    let format = args.format;
    if let Some(path) = &args.chart {
        chart_svg(&report)
            .map_err(|e| e.said(report.lang))
            .and_then(|svg| {
                crate::store::files::write_atomically(path, svg.as_bytes())
                    .map_err(|e| crate::store::io_said(report.lang, &e))
            })
            .map_err(|message| CliError::Failed(format!("{}: {message}", path.display())))?;
    }
    super::write_out(&report.render(format), args.output.as_deref())?;
    match damaged || report.rows.is_empty() {
        true => Err(CliError::Reported),
        false => Ok(()),
    }
}

/// The journals of a series: every journal in a folder, or those of the agenda called `name`
/// in the data folder, by date.
fn series_journals(series: &str) -> Result<Vec<PathBuf>, SeriesError> {
    let as_dir = Path::new(series);
    if as_dir.is_dir() {
        let files = series::jsonl_files(as_dir).map_err(|error| SeriesError::Unreadable {
            dir: as_dir.to_path_buf(),
            error,
        })?;
        if files.is_empty() {
            return Err(SeriesError::NoJournalsIn(as_dir.to_path_buf()));
        }
        return Ok(files);
    }
    let stem = series.strip_suffix(".ron").unwrap_or(series);
    let dir = crate::store::paths::journals().ok_or(SeriesError::NoDataFolder)?;
    let found = series::series(&dir, stem).unwrap_or_default();
    if found.is_empty() {
        return Err(SeriesError::NoJournalsOf {
            stem: stem.to_owned(),
            dir,
        });
    }
    Ok(found.into_iter().map(|f| f.path).collect())
}

/// Why there is nothing to report on: `--series` found no journals, or the journals given
/// are meetings of different agendas (without `--mixed`).
#[derive(Debug)]
pub enum SeriesError {
    Unreadable {
        dir: PathBuf,
        error: std::io::Error,
    },
    NoJournalsIn(PathBuf),
    NoDataFolder,
    NoJournalsOf {
        stem: String,
        dir: PathBuf,
    },
    /// The agendas, each with the first journal of it: `journal (agenda)`.
    Mixed(Vec<String>),
}

impl SeriesError {
    /// Why, in `lang` (the `Display` is the English).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SeriesError::Unreadable { dir, error } => {
                format!("{}: {}", dir.display(), crate::store::io_said(lang, error))
            }
            SeriesError::NoJournalsIn(dir) => tr!(
                lang,
                "cli-report-no-journals-in",
                dir = dir.display().to_string()
            ),
            SeriesError::NoDataFolder => tr!(lang, "cli-report-no-data-folder"),
            SeriesError::NoJournalsOf { stem, dir } => tr!(
                lang,
                "cli-report-no-journals-of",
                agenda = stem,
                dir = dir.display().to_string()
            ),
            SeriesError::Mixed(examples) => mixed_message(lang, examples),
        }
    }
}

impl std::fmt::Display for SeriesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for SeriesError {}

/// Journals of different agendas, said plainly.
fn mixed_message(lang: Lang, examples: &[String]) -> String {
    tr!(
        lang,
        "cli-report-mixed",
        count = examples.len(),
        examples = examples.join(", ")
    )
}

/// Read and replay one journal, or why it cannot be.
fn read_journal(path: &Path) -> Result<Read, journal::JournalError> {
    let contents = journal::read(path)?;
    let meeting = journal::replay(path, &contents)?;
    Ok(Read {
        name: file_name(path),
        agenda_file: contents.header.agenda_file,
        meeting,
    })
}

/// Journals of different agendas, each with the first journal of it; `None` when they all
/// share one.
fn mixed_agendas(read: &[Read]) -> Option<SeriesError> {
    let mut agendas: Vec<&str> = read.iter().map(|r| r.agenda_file.as_str()).collect();
    agendas.sort_unstable();
    agendas.dedup();
    if agendas.len() < 2 {
        return None;
    }
    let examples: Vec<String> = agendas
        .iter()
        .filter_map(|agenda| {
            let first = read.iter().find(|r| r.agenda_file == *agenda)?;
            Some(format!("{} ({agenda})", first.name))
        })
        .collect();
    Some(SeriesError::Mixed(examples))
}

/// Why the report leaves a journal out, in the report's language: its line, if one is to
/// blame, and what is wrong (the file's name is beside it already).
fn left_out_why(error: &journal::JournalError, lang: Lang) -> String {
    match error {
        journal::JournalError::BadLine { line, why, .. } => tr!(
            lang,
            "report-unreadable-line",
            line = line.to_string(),
            why = why.said(lang)
        ),
        other => other.why(lang),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Why there is nothing to report on is said in the command's language; the English is as
    /// before.
    #[test]
    fn a_report_s_errors_speak_english_as_before_and_spanish() {
        let mixed = SeriesError::Mixed(vec![
            "a.jsonl (board.ron)".into(),
            "b.jsonl (council.ron)".into(),
        ]);
        assert_eq!(
            mixed.to_string(),
            "these journals are meetings of 2 different agendas: a.jsonl (board.ron), b.jsonl (council.ron); report on one agenda at a time, or give --mixed to report on them together"
        );
        assert_eq!(
            mixed.message(Lang::Es),
            "estos diarios son reuniones de 2 órdenes del día distintos: a.jsonl (board.ron), b.jsonl (council.ron); haz el informe de un orden del día a la vez, o añade --mixed para juntarlos"
        );
        let of = SeriesError::NoJournalsOf {
            stem: "council".into(),
            dir: "/data/cochair".into(),
        };
        assert_eq!(
            of.message(Lang::Es),
            "no hay diarios de council en /data/cochair; indica los diarios, o --series CARPETA"
        );
        let errors = [
            mixed,
            of,
            SeriesError::NoJournalsIn("/m".into()),
            SeriesError::NoDataFolder,
        ];
        for error in &errors {
            assert_eq!(error.message(Lang::En), error.to_string());
            assert_ne!(error.message(Lang::Es), error.to_string());
        }
    }
}
