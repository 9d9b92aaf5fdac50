//! The command line: one function per subcommand. Errors are printed as text before the
//! terminal is touched, and the process exits non-zero.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod check;
mod documents;
mod error;
mod follow;
mod join;
mod join_error;
mod language;
mod open;
mod open_error;
mod report;
mod shipped;
#[cfg(test)]
mod string_errors;
mod values;

use crate::agenda::Seat;
use crate::app::{Exit, Theme};
use crate::export::Format;
use documents::{export, keys, send_out, simulate, write_out};
pub use error::{CliError, finish};
pub use follow::Follows;
pub use open::{
    OpenError, Opened, Options, Resume, load_keymap, open, open_and_run, open_answering,
};
use values::Policies;

/// Run a customer-led meeting: agenda, clock, fair speaking queue and minutes.
///
/// With no agenda, opens the built-in example as a rehearsal: try the keys, nothing is kept.
/// A meeting is recorded in a journal as it happens; open the same journal again to resume.
#[derive(Debug, Parser)]
#[command(name = "cochair", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// The agenda file (RON). Leave out to rehearse the built-in example, or to resume from
    /// --journal alone.
    agenda: Option<PathBuf>,

    /// The meeting's journal. Default: <agenda name>-<date>.jsonl in the journal folder
    /// (~/.local/share/cochair on Linux, ~/Library/Application Support/cochair on macOS,
    /// %APPDATA%\cochair\data on Windows), with the agenda's date (or today's when it has
    /// none). If it exists, the meeting resumes from it; it is made when the first thing is
    /// recorded.
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
    #[arg(long, value_enum, default_value_t = Theme::Standard)]
    theme: Theme,

    /// The journal of the meeting this one follows, whose open actions it reviews; none for
    /// no earlier meeting. Default: the latest adjourned journal of the same agenda.
    #[arg(long, value_name = "JOURNAL|none", value_parser = follow::follows_arg)]
    follows: Option<Follows>,

    /// How many other screens may join this meeting at once (`cochair join`); the next one is
    /// told the host is full.
    #[arg(long, value_name = "N", default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=4096))]
    max_screens: u32,

    /// Serve the members' page on the room's network, for members to follow the meeting and
    /// raise their own hand from their phones: `auto` (this machine's address on the local
    /// network and a free port; the same again when the meeting is resumed) or ADDR:PORT. The
    /// wall shows its QR code (key M). Plain HTTP: see the README on trusted networks.
    #[arg(long, value_name = "auto|ADDR:PORT", value_parser = crate::members::listen_arg)]
    members: Option<crate::members::Listen>,

    /// The language of this screen and of the documents it writes: en or es. Default: the
    /// agenda's language, else the locale (LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Another screen of a meeting open on this machine: the timekeeper's, the secretary's, an
    /// observer's, or the room's wall (`--view room`). Over ssh from another machine:
    /// `ssh -t HOST cochair join --role timekeeper`.
    Join {
        /// The meeting's journal (default: the one meeting this user has open).
        #[arg(long, value_name = "PATH")]
        journal: Option<PathBuf>,
        /// Whose job this screen does.
        #[arg(long, value_enum, default_value_t = Seat::Observer)]
        role: Seat,
        /// `room`: the room view only, for a projector on a second display.
        #[arg(long, value_enum)]
        view: Option<ViewArg>,
        /// A keymap file whose keys replace the built-in ones.
        #[arg(long, value_name = "FILE")]
        keymap: Option<PathBuf>,
        /// Colours: standard, or high-contrast for projectors. NO_COLOR turns colour off.
        #[arg(long, value_enum, default_value_t = Theme::Standard)]
        theme: Theme,
        /// Print the address of the meeting's members' page (served with --members) and
        /// exit, without joining.
        #[arg(long, conflicts_with_all = ["role", "view", "keymap", "theme", "lang"])]
        members_url: bool,
        /// The language of this screen: en or es (a Spanish wall beside an English host).
        /// Default: the agenda's language, else the locale (LC_ALL, LC_MESSAGES, LANG).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
    /// Check agenda files without opening them; exits 1 if any is wrong. Warnings (a start
    /// at 06:30, items that run past the planned end) do not fail the check.
    ///
    /// Every mistake in a file is reported in one run, in the order of the file, as
    /// FILE:LINE:COLUMN: what is wrong, and what to write instead. The ones met most:
    ///
    ///   items[1]: unknown field `propsed_by`; did you mean `proposed_by`?
    ///   items[0].minutes: a number is written without quotes: write 20
    ///   minutes is a whole number: write 10            (minutes: 10m)
    ///   start "2:00 PM" is not on a 24-hour clock; write 14:00
    ///   lead "Ana Lopes" is not one of the people; did you mean "Ana Lopez"?
    ///   items[0].kind: write Decision without quotes
    ///   title: use straight quotes " around text: write "Budget", not curly ones
    ///   an Item(...) is not closed before this: write `)` at the end of the one above
    ///   is a meeting's journal, not an agenda: `cochair export FILE` makes its minutes
    ///
    /// A mistake in the file's structure (a missing comma or bracket) stops the reading
    /// there: correct it and check again for the rest.
    #[command(
        verbatim_doc_comment,
        about = "Check agenda files without opening them; exits 1 if any is wrong. Warnings (a start at 06:30, items that run past the planned end) do not fail the check."
    )]
    Check {
        /// The agenda files (RON) to check, one or more.
        #[arg(required = true, value_name = "AGENDA")]
        agendas: Vec<PathBuf>,
        /// Print the timing plan too: when each item starts and how long it is.
        #[arg(long)]
        plan: bool,
        /// The language of its messages: en or es. Default: the locale (LC_ALL, LC_MESSAGES,
        /// LANG).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
    /// The agenda to send to members before the meeting: when and where, then each item with
    /// its planned time, length, lead and description; `--format easy-read` for an Easy Read
    /// agenda.
    Agenda {
        /// The agenda file (RON).
        #[arg(value_name = "AGENDA")]
        agenda: PathBuf,
        /// How to write it out.
        #[arg(long, value_enum, default_value_t = AgendaFormatArg::Text)]
        format: AgendaFormatArg,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The language to write it in: en or es. Default: the agenda's language, else the
        /// locale (LC_ALL, LC_MESSAGES, LANG).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
    /// Print the key bindings in effect: MODE<TAB>KEY<TAB>action, sorted.
    Keys {
        /// A keymap file whose keys replace the built-in ones (default: keymap.ron in the
        /// config directory, if it exists).
        #[arg(long, value_name = "FILE")]
        keymap: Option<PathBuf>,
    },
    /// Make the minutes (or the action items) from a meeting's journal.
    Export {
        /// The meeting's journal (a .jsonl file), as printed when cochair exits: by default
        /// <agenda name>-<date>.jsonl in the journal folder (see cochair --help).
        #[arg(value_name = "JOURNAL")]
        journal: PathBuf,
        /// What to make from it.
        #[arg(long, value_enum, default_value_t = Format::Minutes)]
        format: Format,
        /// Write to this file instead of standard output. A new file is readable by its owner
        /// only; a file that is there keeps its mode.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Put the notes and speakers of confidential items in.
        #[arg(long)]
        include_confidential: bool,
        /// The language to write it in: en or es (todo.txt is the same in both). Default: the
        /// agenda's language, else the locale (LC_ALL, LC_MESSAGES, LANG).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
    /// Simulate a discussion on an agenda's people under each queue policy: who gets the
    /// airtime, how long hands wait, who is never heard. Same seed, same result.
    Simulate {
        /// The agenda file (RON) whose people, groups and items are simulated.
        #[arg(value_name = "AGENDA")]
        agenda: PathBuf,
        /// The policy to run, or all of them side by side.
        #[arg(long, value_enum, default_value_t = Policies::All)]
        policy: Policies,
        /// The seed of the random choices: the same seed, the same meeting.
        #[arg(
            long,
            default_value_t = 1,
            value_parser = seed_arg,
            allow_negative_numbers = true
        )]
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
        /// Length of the whole meeting in minutes, from 1 to 1440 (default: the agenda's plan).
        #[arg(
            long,
            value_name = "M",
            value_parser = minutes_arg,
            allow_negative_numbers = true
        )]
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
        /// The language of the table and the verdict: en or es (the JSON is the same in both).
        /// Default: the agenda's language, else the locale (LC_ALL, LC_MESSAGES, LANG).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
    /// Print the completion script for a shell: bash, zsh, fish, powershell or elvish.
    ///
    /// Save it where the shell looks, e.g. `cochair completions bash >
    /// ~/.local/share/bash-completion/completions/cochair`; the README has the other shells.
    Completions {
        /// The shell to complete in.
        #[arg(value_name = "SHELL")]
        shell: shipped::Shell,
    },
    /// Print the manual page (roff).
    ///
    /// Save it where `man` looks, e.g. `cochair man > ~/.local/share/man/man1/cochair.1`.
    Man,
    /// A report across meetings: one row per meeting (who came, customer airtime against the
    /// target, items customers proposed, decisions, actions due and done), totals and the
    /// trend; optionally the chart as SVG.
    Report(report::ReportArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum AgendaFormatArg {
    /// Plain text, wrapped at 72 columns.
    Text,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// Easy Read: one idea a line, times in words, who leads each item, breaks shown.
    EasyRead,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ViewArg {
    /// The room view: the item, who speaks and who is next, the clocks, large, nothing else.
    Room,
}

/// `--seed N`: any whole number of 0 or more. Checked by clap, so a bad one is a usage error
/// (exit 2) with the command's usage.
fn seed_arg(text: &str) -> Result<u64, String> {
    text.trim()
        .parse()
        .map_err(|_| "the seed must be a whole number of 0 or more, like 1 or 42".into())
}

/// `--minutes M`: a meeting of a minute to a day, like the agenda's items.
fn minutes_arg(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(minutes) if (1..=MAX_MEETING_MINUTES).contains(&minutes) => Ok(minutes),
        _ => Err(format!(
            "the meeting must last from 1 to {MAX_MEETING_MINUTES} minutes (a day)"
        )),
    }
}

/// The longest meeting `simulate --minutes` runs: a day.
const MAX_MEETING_MINUTES: u32 = 1440;

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

/// The whole program: read the command line, run it, and end with its exit code.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = language::for_messages(None);
    let (result, lang) = match values::misspelled_subcommand(&args, lang) {
        Some(message) => (Err(CliError::Usage(message)), lang),
        None => {
            let cli = Cli::parse_from(args);
            let lang = language::for_messages(cli.lang_asked());
            (run(cli), lang)
        }
    };
    finish(result, lang)
}

impl Cli {
    /// The `--lang` given to the command, if any: its messages are in that language too.
    fn lang_asked(&self) -> Option<&str> {
        match &self.command {
            None => self.lang.as_deref(),
            Some(
                Command::Check { lang, .. }
                | Command::Agenda { lang, .. }
                | Command::Join { lang, .. }
                | Command::Export { lang, .. }
                | Command::Simulate { lang, .. },
            ) => lang.as_deref(),
            Some(Command::Report(args)) => args.lang(),
            Some(_) => None,
        }
    }
}

/// Run the command asked for; [`finish`] turns the result into what is said and the exit code.
pub fn run(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        Some(Command::Check {
            agendas,
            plan,
            lang,
        }) => check::check(&agendas, plan, language::for_messages(lang.as_deref())),
        Some(Command::Agenda {
            agenda,
            format,
            output,
            lang,
        }) => send_out(&agenda, format, output.as_deref(), lang.as_deref()),
        Some(Command::Keys { keymap }) => keys(keymap.as_deref()),
        Some(Command::Join {
            journal,
            role,
            view,
            keymap,
            theme: look,
            members_url,
            lang,
        }) => {
            let joining = join::Joining {
                journal,
                seat: role,
                room: view.is_some(),
                keymap,
                theme: theme(look),
                lang,
            };
            if members_url {
                return Ok(join::members_url(&joining)?);
            }
            match join::join(&joining)? {
                Exit::Quit => Ok(()),
                stopped => Err(CliError::Stopped(stopped.code())),
            }
        }
        Some(Command::Export {
            journal,
            format,
            output,
            include_confidential,
            lang,
        }) => export(
            &journal,
            format,
            output.as_deref(),
            include_confidential,
            lang.as_deref(),
        ),
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
            lang,
        }) => {
            let setup = crate::simulate::Setup {
                seed,
                minutes,
                eagerness,
                weights: weight,
                max_overtakes,
            };
            simulate(&agenda, policy, setup, seeds, json, lang.as_deref())
        }
        Some(Command::Completions { shell }) => shipped::completions(shell),
        Some(Command::Man) => shipped::man(),
        Some(Command::Report(args)) => report::run(args),
        None => meeting(meeting_options(cli)),
    }
}

/// What opening a meeting is asked to do. `cochair` alone is the built-in example, rehearsed:
/// a first try keeps nothing, and follows no earlier meeting.
fn meeting_options(cli: Cli) -> Options {
    let example = cli.agenda.is_none() && cli.journal.is_none();
    let follows = match (example, cli.follows) {
        (true, None) => Follows::Nothing,
        (_, follows) => follows.unwrap_or_default(),
    };
    Options {
        agenda: cli.agenda,
        journal: cli.journal,
        keymap: cli.keymap,
        theme: theme(cli.theme),
        rehearse: cli.rehearse || example,
        example,
        follows,
        max_screens: Some(cli.max_screens as usize),
        members: cli.members,
        lang: cli.lang,
    }
}

/// The theme asked for, unless `NO_COLOR` says no colour.
fn theme(asked: Theme) -> Theme {
    Theme::from_env(asked, std::env::var("NO_COLOR").ok().as_deref())
}

/// Open the meeting and run its screen until it is quit or stopped by a signal.
fn meeting(options: Options) -> Result<(), CliError> {
    match open_and_run(&options)? {
        Exit::Quit => Ok(()),
        stopped => Err(CliError::Stopped(stopped.code())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// `cochair` alone opens the built-in example as a rehearsal that follows nothing; an
    /// agenda or a journal given opens a real meeting.
    #[test]
    fn the_first_run_is_the_example_rehearsed() {
        let first = meeting_options(Cli::parse_from(["cochair"]));
        assert!(first.example && first.rehearse && first.agenda.is_none());
        assert_eq!(first.follows, Follows::Nothing);
        let mine = meeting_options(Cli::parse_from(["cochair", "board.ron"]));
        assert!(!mine.example && !mine.rehearse);
        assert_eq!(mine.follows, Follows::Latest);
        let resumed = meeting_options(Cli::parse_from(["cochair", "--journal", "j.jsonl"]));
        assert!(!resumed.example && !resumed.rehearse);
    }

    /// clap's own checks of the definitions: names, conflicts, value names, defaults.
    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    /// `--help` and the manual page say what every argument is, options and files alike.
    #[test]
    fn every_argument_of_every_subcommand_is_described() {
        let command = Cli::command();
        let subcommands = command.get_subcommands().chain([&command]);
        for sub in subcommands.filter(|s| s.get_name() != "help") {
            for arg in sub.get_arguments().filter(|a| a.get_id() != "help") {
                assert!(
                    arg.get_help().is_some(),
                    "{} {} has no description",
                    sub.get_name(),
                    arg.get_id()
                );
            }
        }
    }
}
