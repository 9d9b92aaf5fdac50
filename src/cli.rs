//! The command line: one function per subcommand. Errors are printed as text before the
//! terminal is touched, and the process exits non-zero.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::agenda;
use crate::app::{self, Options};
use crate::ui::Theme;

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

    /// The meeting's journal. Default: <data dir>/cochair/<agenda name>-<date>.jsonl. If it
    /// exists, the meeting resumes from it.
    #[arg(long, value_name = "PATH")]
    journal: Option<PathBuf>,

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
    /// Check agenda files without opening them; exits 1 if any is wrong.
    Check {
        #[arg(required = true, value_name = "AGENDA")]
        agendas: Vec<PathBuf>,
    },
    /// Print the key bindings in effect: MODE<TAB>KEY<TAB>action, sorted.
    Keys {
        #[arg(long, value_name = "FILE")]
        keymap: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ThemeArg {
    Standard,
    HighContrast,
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Check { agendas }) => check(&agendas),
        Some(Command::Keys { keymap }) => keys(keymap.as_deref()),
        None => meeting(cli.agenda, cli.journal, cli.keymap, cli.theme),
    }
}

fn meeting(
    agenda: Option<PathBuf>,
    journal: Option<PathBuf>,
    keymap: Option<PathBuf>,
    theme: ThemeArg,
) -> ExitCode {
    let asked = match theme {
        ThemeArg::Standard => Theme::Standard,
        ThemeArg::HighContrast => Theme::HighContrast,
    };
    let options = Options {
        agenda,
        journal,
        keymap,
        theme: Theme::from_env(asked, std::env::var("NO_COLOR").ok().as_deref()),
    };
    match app::open_and_run(&options) {
        Ok(exit) => ExitCode::from(exit.code() as u8),
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// `cochair check`: `path: ok — 7 items, 12 people, 1h 35m planned`, or the errors.
fn check(paths: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    for path in paths {
        match agenda::from_file(path) {
            Ok(agenda) => println!(
                "{}: ok — {} items, {} people, {} planned",
                path.display(),
                agenda.items.len(),
                agenda.people.len(),
                agenda::format_minutes(agenda.planned_minutes())
            ),
            Err(errors) => {
                failed = true;
                eprintln!("{errors}");
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `cochair keys`: every binding in effect, `MODE<TAB>KEY<TAB>action`, sorted.
fn keys(path: Option<&Path>) -> ExitCode {
    let keymap = match app::load_keymap(path) {
        Ok(keymap) => keymap,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut rows: Vec<String> = keymap
        .bindings()
        .map(|(mode, key, action)| {
            format!(
                "{}\t{}\t{}",
                mode.name(),
                key,
                crate::keymap::action_name(action)
            )
        })
        .collect();
    rows.sort();
    for row in rows {
        println!("{row}");
    }
    ExitCode::SUCCESS
}
