//! Making the files in `src/cli/shipped/` from clap's model of the command line, and the test
//! that keeps them so: when the command line changes, it fails and says how to write them again
//! (`UPDATE_SHIPPED=1 cargo test shipped`).
//!
//! The manual page is one page, with every subcommand's synopsis, description and options in
//! it. (clap_mangen's own page would only point to a page per subcommand, `cochair-check(1)`,
//! that nobody installs.) The synopses are written here from clap's model of each command,
//! because clap_mangen's leave out what an option takes: `--journal <PATH>`, not `--journal`.

use std::path::Path;

use clap::{Arg, ArgAction, CommandFactory, ValueEnum};

use super::super::Cli;
use super::Shell;

/// The shell's file in `src/cli/shipped/`, named as the shell looks for it (`_cochair` for
/// zsh), so a packager copies them as they are.
pub fn file_name(shell: Shell) -> String {
    use clap_complete::Generator;
    generator(shell).file_name("cochair")
}

/// clap_complete's name for the shell.
fn generator(shell: Shell) -> clap_complete::Shell {
    match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Elvish => clap_complete::Shell::Elvish,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::Powershell => clap_complete::Shell::PowerShell,
        Shell::Zsh => clap_complete::Shell::Zsh,
    }
}

/// The completion script for a shell, as clap_complete makes it.
fn script(shell: Shell) -> String {
    let mut script = Vec::new();
    clap_complete::generate(
        generator(shell),
        &mut Cli::command(),
        "cochair",
        &mut script,
    );
    String::from_utf8_lossy(&script).into_owned()
}

/// The whole manual page.
fn page() -> std::io::Result<String> {
    let mut command = Cli::command();
    command.build();
    let main = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    main.render_title(&mut page)?;
    main.render_name_section(&mut page)?;
    page.extend_from_slice(format!(".SH SYNOPSIS\n{}\n", unbroken(&synopsis(&command))).as_bytes());
    main.render_description_section(&mut page)?;
    main.render_options_section(&mut page)?;
    page.extend_from_slice(b".SH COMMANDS\n");
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        page.extend_from_slice(part(sub)?.as_bytes());
    }
    main.render_version_section(&mut page)?;
    // Each section opens with the definition of the apostrophe; the page needs it once.
    let opening = [".ie \\n(.g .ds Aq \\(aq", ".el .ds Aq '"];
    let text = String::from_utf8_lossy(&page);
    let lines = text.lines().enumerate();
    let page = lines.filter(|(n, line)| *n < opening.len() || !opening.contains(line));
    Ok(page.map(|(_, line)| format!("{line}\n")).collect())
}

/// A subcommand's part of the manual page: its name as a subheading, then its synopsis,
/// description and options without headings of their own.
fn part(sub: &clap::Command) -> std::io::Result<String> {
    let man = clap_mangen::Man::new(sub.clone());
    let mut rest = Vec::new();
    man.render_description_section(&mut rest)?;
    man.render_options_section(&mut rest)?;
    let name = sub.get_bin_name().unwrap_or(sub.get_name());
    let mut text = format!(".SS \"{name}\"\n{}\n", unbroken(&synopsis(sub)));
    for line in String::from_utf8_lossy(&rest).lines() {
        match line {
            ".SH DESCRIPTION" => text.push_str(".PP\n"),
            heading if heading.starts_with(".SH ") => {}
            ".ie \\n(.g .ds Aq \\(aq" | ".el .ds Aq '" => {}
            line => text.push_str(&format!("{line}\n")),
        }
    }
    Ok(text)
}

/// A synopsis set flush left and without hyphens, so no option is split across lines.
fn unbroken(synopsis: &str) -> String {
    format!(".ad l\n.nh\n{synopsis}\n.ad\n.hy")
}

/// One command's synopsis as roff: its name in bold, then each option with what it takes
/// (`[\-\-journal <PATH>]`), those that may be given again marked `...`, then the arguments
/// and, for the whole program, the commands.
fn synopsis(command: &clap::Command) -> String {
    let name = command.get_bin_name().unwrap_or(command.get_name());
    let mut words = vec![format!("\\fB{}\\fR", roff(name))];
    let shown = |arg: &&Arg| !arg.is_hide_set();
    let (options, positionals): (Vec<&Arg>, Vec<&Arg>) = command
        .get_arguments()
        .filter(shown)
        .partition(|arg| !arg.is_positional());
    let (required, optional): (Vec<&Arg>, Vec<&Arg>) =
        options.into_iter().partition(|arg| arg.is_required_set());
    for arg in optional.iter().chain(&required) {
        words.push(option(arg));
    }
    for arg in positionals {
        let value = format!("\\fI<{}>\\fR", roff(&value_name(arg)));
        let repeated = if takes_many(arg) { "..." } else { "" };
        words.push(match arg.is_required_set() {
            true => format!("{value}{repeated}"),
            false => format!("[{value}]{repeated}"),
        });
    }
    if command.has_subcommands() {
        words.push("[\\fICOMMAND\\fR]".into());
    }
    words.join(" ")
}

/// `[\fB\-\-journal\fR \fI<PATH>\fR]`, `[\fB\-o\fR|\fB\-\-output\fR \fI<FILE>\fR]`,
/// `[\fB\-\-plan\fR]`.
fn option(arg: &Arg) -> String {
    let flags: Vec<String> = arg
        .get_short()
        .map(|s| format!("\\fB\\-{}\\fR", roff(&s.to_string())))
        .into_iter()
        .chain(arg.get_long().map(|l| format!("\\fB\\-\\-{}\\fR", roff(l))))
        .collect();
    let mut text = flags.join("|");
    if arg.get_action().takes_values() {
        // `\ ` is a space roff never breaks at: an option stays on one line with its value.
        text.push_str(&format!("\\ \\fI<{}>\\fR", roff(&value_name(arg))));
    }
    let repeated = match arg.get_action() {
        ArgAction::Append | ArgAction::Count => "...",
        _ => "",
    };
    match arg.is_required_set() {
        true => format!("{text}{repeated}"),
        false => format!("[{text}]{repeated}"),
    }
}

/// What an argument's value is called: its value name, or its id in capitals as clap shows it.
fn value_name(arg: &Arg) -> String {
    match arg.get_value_names() {
        Some(names) if !names.is_empty() => names
            .iter()
            .map(|n| n.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        _ => arg.get_id().as_str().to_uppercase(),
    }
}

fn takes_many(arg: &Arg) -> bool {
    matches!(arg.get_action(), ArgAction::Append)
        || arg.get_num_args().is_some_and(|n| n.max_values() > 1)
}

/// Text safe in roff: backslashes doubled, hyphens as `\-`.
fn roff(text: &str) -> String {
    text.replace('\\', "\\\\").replace('-', "\\-")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each shipped file is what the command line makes now. With `UPDATE_SHIPPED=1` the files
    /// that differ are written again instead (then run the tests again, since the binary
    /// carries the files, and commit them).
    #[test]
    fn the_shipped_files_are_what_the_command_line_makes() {
        let folder = Path::new("src/cli/shipped");
        let mut files: Vec<(String, String)> = Shell::value_variants()
            .iter()
            .map(|shell| (file_name(*shell), script(*shell)))
            .collect();
        files.push(("cochair.1".into(), page().unwrap()));
        let update = std::env::var("UPDATE_SHIPPED").is_ok_and(|v| v == "1");
        let mut stale = Vec::new();
        for (name, made) in files {
            let path = folder.join(&name);
            if std::fs::read_to_string(&path).is_ok_and(|written| written == made) {
                continue;
            }
            match update {
                true => std::fs::write(&path, &made).unwrap(),
                false => stale.push(name),
            }
        }
        assert!(
            stale.is_empty(),
            "not what the command line makes now, in src/cli/shipped/: {}. Write them again \
             with `UPDATE_SHIPPED=1 cargo test shipped`, run the tests again (the binary carries \
             the files) and commit them",
            stale.join(", ")
        );
    }

    /// `cochair completions` takes the shells by the names clap_complete gives them.
    #[test]
    fn the_shells_are_named_as_clap_names_them() {
        for shell in Shell::value_variants() {
            let theirs = generator(*shell).to_possible_value().unwrap();
            let ours = shell.to_possible_value().unwrap();
            assert_eq!(ours.get_name(), theirs.get_name());
        }
        assert_eq!(
            Shell::value_variants().len(),
            clap_complete::Shell::value_variants().len()
        );
    }

    /// Roff as it reads: fonts and escapes taken out.
    fn plain(roff: &str) -> String {
        roff.replace("\\ ", " ")
            .replace("\\fB", "")
            .replace("\\fI", "")
            .replace("\\fR", "")
            .replace("\\-", "-")
            .replace("\\\\", "\\")
    }

    #[test]
    fn every_synopsis_shows_what_each_option_takes() {
        let page = page().unwrap();
        let lines: Vec<&str> = page.lines().collect();
        let synopsis_after = |heading: &str| {
            let at = lines
                .iter()
                .position(|l| *l == heading)
                .unwrap_or_else(|| panic!("{heading}"));
            let synopsis = lines[at + 1..]
                .iter()
                .find(|l| l.starts_with(r"\fBcochair"));
            plain(synopsis.unwrap_or_else(|| panic!("a synopsis after {heading}")))
        };
        let mut command = Cli::command();
        command.build();
        let mut checked = 0;
        let main = synopsis_after(".SH SYNOPSIS");
        for (heading, sub) in std::iter::once((".SH SYNOPSIS".to_string(), &command)).chain(
            command
                .get_subcommands()
                .filter(|s| s.get_name() != "help")
                .map(|s| (format!(".SS \"cochair {}\"", s.get_name()), s)),
        ) {
            let synopsis = synopsis_after(&heading);
            for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
                let wanted = match (arg.get_long(), arg.get_action().takes_values()) {
                    (Some(long), true) => format!("--{long} <{}>", value_name(arg)),
                    (Some(long), false) => format!("--{long}"),
                    (None, _) => format!("<{}>", value_name(arg)),
                };
                assert!(
                    synopsis.contains(&wanted),
                    "{heading}: {wanted:?} in {synopsis:?}"
                );
                checked += 1;
            }
        }
        assert!(checked > 40, "{checked}");
        assert!(
            main.starts_with("cochair [--journal <PATH>] [--rehearse] [--keymap <FILE>]"),
            "{main}"
        );
        let simulate = synopsis_after(".SS \"cochair simulate\"");
        assert!(
            simulate.contains("[--eagerness <GROUP=RATE>]..."),
            "{simulate}"
        );
        let check = synopsis_after(".SS \"cochair check\"");
        assert!(check.contains("<AGENDA>..."), "{check}");
        let export = synopsis_after(".SS \"cochair export\"");
        assert!(export.contains("[-o|--output <FILE>]"), "{export}");
    }

    #[test]
    fn the_page_is_roff_with_one_definition_of_the_apostrophe() {
        let page = page().unwrap();
        assert!(
            page.starts_with(".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n.TH cochair 1"),
            "{page}"
        );
        assert_eq!(page.matches(".el .ds Aq").count(), 1);
        assert!(
            page.contains(".SH COMMANDS\n.SS \"cochair join\"\n"),
            "{page}"
        );
    }
}
