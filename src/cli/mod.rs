//! The command line: one function per subcommand. Errors are printed as text before the
//! terminal is touched, and the process exits non-zero.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::agenda;

mod open;

use crate::ui::Theme;
pub use open::{Opened, Options, Resume, load_keymap, open, open_and_run, open_answering};

/// Run a customer-led meeting: agenda, clock, fair speaking queue and minutes.
///
/// With no agenda, opens a built-in example meeting. The meeting is recorded in a journal
/// as it happens; open the same journal again to resume.
#[derive(Debug, Parser)]
#[command(name = "cochair", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// The agenda file (RON). Leave out to open the built-in example, or to resume from
    /// --journal alone.
    agenda: Option<PathBuf>,

    /// The meeting's journal. Default: <data dir>/cochair/<agenda name>-<date>.jsonl, with
    /// the agenda's date (or today's when it has none). If it exists, the meeting resumes from
    /// it; it is made when the first thing is recorded.
    #[arg(long, value_name = "PATH")]
    journal: Option<PathBuf>,

    /// Rehearse: run the meeting in a throwaway journal; nothing is kept, and the real
    /// meeting's journal is not touched.
    #[arg(long, conflicts_with = "journal")]
    rehearse: bool,

    /// A keymap file whose keys replace the built-in ones (default: keymap.ron in the config
    /// directory, if it exists).
    #[arg(long, value_name = "FILE")]
    keymap: Option<PathBuf>,

    /// Colours: standard, or high-contrast for projectors. NO_COLOR turns colour off.
    #[arg(long, value_enum, default_value_t = ThemeArg::Standard)]
    theme: ThemeArg,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check agenda files without opening them; exits 1 if any is wrong. Warnings (a start
    /// at 06:30, items that run past the planned end) do not fail the check.
    Check {
        #[arg(required = true, value_name = "AGENDA")]
        agendas: Vec<PathBuf>,
        /// Print the timing plan too: when each item starts and how long it is.
        #[arg(long)]
        plan: bool,
    },
    /// The agenda to send to members before the meeting: when and where, then each item with
    /// its planned time, length, lead and description.
    Agenda {
        #[arg(value_name = "AGENDA")]
        agenda: PathBuf,
        #[arg(long, value_enum, default_value_t = AgendaFormatArg::Text)]
        format: AgendaFormatArg,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Print the key bindings in effect: MODE<TAB>KEY<TAB>action, sorted.
    Keys {
        #[arg(long, value_name = "FILE")]
        keymap: Option<PathBuf>,
    },
    /// Make the minutes (or the action items) from a meeting's journal.
    Export {
        #[arg(value_name = "JOURNAL")]
        journal: PathBuf,
        #[arg(long, value_enum, default_value_t = FormatArg::Minutes)]
        format: FormatArg,
        /// Write to this file instead of standard output. A new file is readable by its owner
        /// only; a file that is there keeps its mode.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Put the notes and speakers of confidential items in.
        #[arg(long)]
        include_confidential: bool,
    },
    /// Simulate a discussion on an agenda's people under each queue policy: who gets the
    /// airtime, how long hands wait, who is never heard. Same seed, same result.
    Simulate {
        #[arg(value_name = "AGENDA")]
        agenda: PathBuf,
        /// The policy to run, or all of them side by side.
        #[arg(long, value_enum, default_value_t = PolicyArg::All)]
        policy: PolicyArg,
        /// The seed of the random choices: the same seed, the same meeting.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Run every seed from FIRST to LAST (both included) and give each figure's median,
        /// lowest and highest.
        #[arg(
            long,
            value_name = "FIRST..LAST",
            value_parser = crate::simulate::seeds_arg,
            conflicts_with = "seed"
        )]
        seeds: Option<crate::simulate::Seeds>,
        /// Length of the whole meeting in minutes (default: the agenda's plan).
        #[arg(long, value_name = "M")]
        minutes: Option<u32>,
        /// How much more often a group raises hands than the base rate, e.g. staff=2.
        #[arg(long, value_name = "GROUP=RATE", value_parser = crate::simulate::eagerness_arg)]
        eagerness: Vec<(String, f64)>,
        /// A weight to try for a group in place of the agenda's, e.g. carers=1.5.
        #[arg(long, value_name = "GROUP=WEIGHT", value_parser = crate::simulate::weight_arg)]
        weight: Vec<(String, f64)>,
        /// An overtake bound to try in place of the agenda's (written, or derived from the
        /// weights and sizes).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000))]
        max_overtakes: Option<u32>,
        /// Print the figures as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    /// Plain text, wrapped at 72 columns.
    Minutes,
    /// The minutes as GitHub-flavoured Markdown.
    Markdown,
    /// The action items alone, by owner.
    Actions,
    /// One todo.txt line per action item.
    Todo,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum AgendaFormatArg {
    /// Plain text, wrapped at 72 columns.
    Text,
    /// GitHub-flavoured Markdown.
    Markdown,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PolicyArg {
    WeightedFair,
    Fifo,
    ProgressiveStack,
    All,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ThemeArg {
    Standard,
    HighContrast,
}

/// Print to stdout; a closed pipe (`cochair keys | head`) is not an error.
fn out(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// Print an error to stderr. Messages can quote text from files, so they are cleaned first.
fn fail(message: &str) {
    use std::io::Write;
    let mut stderr = std::io::stderr().lock();
    for line in message.lines() {
        let _ = writeln!(stderr, "{}", crate::text::clean(line));
    }
}

/// The whole program: read the command line and run it.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    if let Some(message) = misspelled_subcommand(&args) {
        fail(&message);
        return ExitCode::from(2);
    }
    run(Cli::parse_from(args))
}

/// `cochair chekc file.ron`: clap would take `chekc` for an agenda file. When no such file
/// exists and the word is close to a subcommand, say which one was meant.
fn misspelled_subcommand(args: &[OsString]) -> Option<String> {
    let word = args.get(1)?.to_str()?;
    if word.starts_with('-') || Path::new(word).exists() {
        return None;
    }
    let command = Cli::command();
    let names: Vec<&str> = command.get_subcommands().map(|c| c.get_name()).collect();
    if names.contains(&word) {
        return None;
    }
    let guess = crate::text::closest(word, names.iter().copied())?;
    Some(format!(
        "{word:?} is not a file; did you mean `cochair {guess}`?"
    ))
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Check { agendas, plan }) => check(&agendas, plan),
        Some(Command::Agenda {
            agenda,
            format,
            output,
        }) => send_out(&agenda, format, output.as_deref()),
        Some(Command::Keys { keymap }) => keys(keymap.as_deref()),
        Some(Command::Export {
            journal,
            format,
            output,
            include_confidential,
        }) => export(&journal, format, output.as_deref(), include_confidential),
        Some(Command::Simulate {
            agenda,
            policy,
            seed,
            seeds,
            minutes,
            eagerness,
            weight,
            max_overtakes,
            json,
        }) => {
            let setup = crate::simulate::Setup {
                seed,
                minutes,
                eagerness,
                weights: weight,
                max_overtakes,
            };
            simulate(&agenda, policy, setup, seeds, json)
        }
        None => meeting(Options {
            agenda: cli.agenda,
            journal: cli.journal,
            keymap: cli.keymap,
            theme: theme(cli.theme),
            rehearse: cli.rehearse,
        }),
    }
}

/// The theme asked for, unless `NO_COLOR` says no colour.
fn theme(asked: ThemeArg) -> Theme {
    let asked = match asked {
        ThemeArg::Standard => Theme::Standard,
        ThemeArg::HighContrast => Theme::HighContrast,
    };
    Theme::from_env(asked, std::env::var("NO_COLOR").ok().as_deref())
}

fn meeting(options: Options) -> ExitCode {
    match open_and_run(&options) {
        Ok(exit) => ExitCode::from(u8::try_from(exit.code()).unwrap_or(1)),
        Err(message) => {
            fail(&message.to_string());
            ExitCode::FAILURE
        }
    }
}

/// `cochair check`: `path: ok — 7 items, 12 people, 1h 35m planned` (and with `--plan` the
/// timing plan), or the errors.
fn check(paths: &[PathBuf], plan: bool) -> ExitCode {
    let mut failed = false;
    for path in paths {
        match crate::store::check_agenda(path) {
            Ok(agenda::Checked { agenda, warnings }) => {
                // Planned breaks are items on the clock, not items to discuss.
                let breaks = agenda
                    .items
                    .iter()
                    .filter(|i| i.kind == agenda::ItemKind::Break)
                    .count();
                let mut items = count(agenda.items.len() - breaks, "item", "items");
                if breaks > 0 {
                    items.push_str(&format!(" and {}", count(breaks, "break", "breaks")));
                }
                out(&format!(
                    "{}: ok — {items}, {}, {} planned\n",
                    path.display(),
                    count(agenda.people.len(), "person", "people"),
                    agenda::format_minutes(agenda.planned_minutes())
                ));
                out(&overtake_lines(&agenda));
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
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The overtake bound in effect and why, indented under the agenda's line and wrapped.
fn overtake_lines(agenda: &agenda::Agenda) -> String {
    let text = format!("Queue: {}", agenda.overtake_explanation());
    crate::text::wrap(&text, 70)
        .into_iter()
        .map(|line| format!("  {line}\n"))
        .collect()
}

/// `cochair agenda`: the agenda as members receive it, as text or Markdown.
fn send_out(path: &Path, format: AgendaFormatArg, output: Option<&Path>) -> ExitCode {
    use crate::export::{agenda_document, to_markdown, to_text};
    let agenda = match crate::store::read_agenda(path) {
        Ok(agenda) => agenda,
        Err(errors) => {
            fail(&errors.to_string());
            return ExitCode::FAILURE;
        }
    };
    let document = agenda_document(&agenda);
    let text = match format {
        AgendaFormatArg::Text => to_text(&document),
        AgendaFormatArg::Markdown => to_markdown(&document),
    };
    write_out(&text, output)
}

/// Print the text, or write it to a file whole.
fn write_out(text: &str, output: Option<&Path>) -> ExitCode {
    match output {
        None => out(text),
        Some(path) => {
            if let Err(e) = crate::store::files::write_atomically(path, text.as_bytes()) {
                fail(&format!("{}: {}", path.display(), e));
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// `1 item`, `7 items`.
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// `cochair keys`: every binding in effect, `MODE<TAB>KEY<TAB>action`, sorted.
fn keys(path: Option<&Path>) -> ExitCode {
    let keymap = match load_keymap(path) {
        Ok(keymap) => keymap,
        Err(e) => {
            fail(&e.to_string());
            return ExitCode::FAILURE;
        }
    };
    let mut rows: Vec<String> = keymap
        .bindings()
        .map(|(mode, key, action)| format!("{}\t{}\t{}", mode.name(), key, action.name()))
        .collect();
    rows.sort();
    out(&rows.iter().map(|r| format!("{r}\n")).collect::<String>());
    // A keymap that rebinds a key can leave a command with no key at all: say so.
    for lost in keymap.lost_from(&crate::input::Keymap::builtin()) {
        fail(&format!("warning: {lost}"));
    }
    ExitCode::SUCCESS
}

/// `cochair simulate`: the seeded model under one policy or all, for one seed or summed up
/// over a range, as a table or JSON.
fn simulate(
    path: &Path,
    policy: PolicyArg,
    setup: crate::simulate::Setup,
    seeds: Option<crate::simulate::Seeds>,
    json: bool,
) -> ExitCode {
    use crate::agenda::Policy;
    use crate::simulate;
    let agenda = match crate::store::read_agenda(path) {
        Ok(agenda) => agenda,
        Err(errors) => {
            fail(&errors.to_string());
            return ExitCode::FAILURE;
        }
    };
    let groups = simulate::check_groups(&agenda, "--eagerness", &setup.eagerness)
        .and_then(|()| simulate::check_groups(&agenda, "--weight", &setup.weights));
    if let Err(message) = groups {
        fail(&message);
        return ExitCode::FAILURE;
    }
    if setup.minutes.is_some_and(|m| !(1..=1440).contains(&m)) {
        fail("--minutes must be from 1 to 1440 (a day)");
        return ExitCode::FAILURE;
    }
    let policies: Vec<Policy> = match policy {
        PolicyArg::WeightedFair => vec![Policy::WeightedFair],
        PolicyArg::Fifo => vec![Policy::Fifo],
        PolicyArg::ProgressiveStack => vec![Policy::ProgressiveStack],
        PolicyArg::All => Policy::ALL.to_vec(),
    };
    let pretty = |value: &serde_json::Value| {
        format!(
            "{}\n",
            serde_json::to_string_pretty(value).unwrap_or_default()
        )
    };
    let report = match seeds {
        None => {
            let outcomes: Vec<simulate::Outcome> = policies
                .iter()
                .map(|&p| simulate::run(&agenda, p, &setup))
                .collect();
            match json {
                true => pretty(&simulate::json(&agenda, &setup, &outcomes)),
                false => simulate::table(&agenda, &setup, &outcomes),
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
                true => pretty(&simulate::summary_json(&agenda, &setup, seeds, &summaries)),
                false => simulate::summary_table(&agenda, &setup, seeds, &summaries),
            }
        }
    };
    out(&report);
    ExitCode::SUCCESS
}

/// `cochair export`: the minutes, Markdown, actions or todo.txt from a journal.
fn export(
    journal: &Path,
    format: FormatArg,
    output: Option<&Path>,
    include_confidential: bool,
) -> ExitCode {
    use crate::export::{self, Format};
    let format = match format {
        FormatArg::Minutes => Format::Minutes,
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Actions => Format::Actions,
        FormatArg::Todo => Format::Todo,
    };
    let meeting = match crate::store::journal::read(journal)
        .map_err(|e| e.to_string())
        .and_then(|contents| crate::store::journal::replay(journal, &contents))
    {
        Ok(meeting) => meeting,
        Err(message) => {
            fail(&message);
            return ExitCode::FAILURE;
        }
    };
    let when = meeting.started().unwrap_or_else(chrono::Utc::now);
    let offset = *when.with_timezone(&chrono::Local).offset();
    let options = export::Options {
        offset: chrono::Offset::fix(&offset),
        include_confidential,
        now: chrono::Utc::now(),
    };
    let text = export::render(&meeting, format, &options);
    write_out(&text, output)
}
