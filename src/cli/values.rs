//! The command line's choices are the domain's own enums: clap reads their lists and names
//! from them, so a new export format, policy, role or look is offered by the command line,
//! its `--help`, the manual page and the shell completions without a line here.

use clap::CommandFactory;
use clap::ValueEnum;
use clap::builder::PossibleValue;
use std::ffi::OsString;
use std::path::Path;

use crate::agenda::Policy;
use crate::agenda::Seat;
use crate::app::Theme;
use crate::export::{Format, ReportFormat};

impl ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        Format::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.name()).help(self.about()))
    }
}

impl ValueEnum for ReportFormat {
    fn value_variants<'a>() -> &'a [Self] {
        ReportFormat::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let (name, about) = self.name_and_about();
        Some(PossibleValue::new(name).help(about))
    }
}

impl ValueEnum for Seat {
    fn value_variants<'a>() -> &'a [Self] {
        &Seat::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.name()))
    }
}

/// `NO_COLOR` chooses the look without colour; `--theme` offers the others.
impl ValueEnum for Theme {
    fn value_variants<'a>() -> &'a [Self] {
        &OFFERED_THEMES
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let (name, about) = self.offered()?;
        Some(PossibleValue::new(name).help(about))
    }
}

/// The looks `--theme` offers, in the order declared (clap wants a name for every one).
const OFFERED_THEMES: [Theme; offered_themes()] = {
    let mut offered = [Theme::Standard; offered_themes()];
    let (mut i, mut n) = (0, 0);
    while i < Theme::ALL.len() {
        if Theme::ALL[i].offered().is_some() {
            offered[n] = Theme::ALL[i];
            n += 1;
        }
        i += 1;
    }
    offered
};

/// How many looks `--theme` offers.
const fn offered_themes() -> usize {
    let (mut i, mut n) = (0, 0);
    while i < Theme::ALL.len() {
        if Theme::ALL[i].offered().is_some() {
            n += 1;
        }
        i += 1;
    }
    n
}

/// `simulate --policy`: one of the queue's policies, or all of them side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policies {
    One(Policy),
    All,
}

impl Policies {
    /// Every choice: each policy, in the order declared, then all of them.
    const CHOICES: [Policies; Policy::ALL.len() + 1] = {
        let mut choices = [Policies::All; Policy::ALL.len() + 1];
        let mut i = 0;
        while i < Policy::ALL.len() {
            choices[i] = Policies::One(Policy::ALL[i]);
            i += 1;
        }
        choices
    };

    /// The policies to run.
    pub fn to_run(self) -> Vec<Policy> {
        match self {
            Policies::One(policy) => vec![policy],
            Policies::All => Policy::ALL.to_vec(),
        }
    }
}

impl ValueEnum for Policies {
    fn value_variants<'a>() -> &'a [Self] {
        &Policies::CHOICES
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Policies::One(policy) => PossibleValue::new(policy.name()).help(policy.about()),
            Policies::All => PossibleValue::new("all").help("Each of them, side by side"),
        })
    }
}

/// `cochair chekc file.ron`: clap would take `chekc` for an agenda file. When no such file
/// exists and the word is close to a subcommand, say which one was meant.
pub(super) fn misspelled_subcommand(args: &[OsString], lang: crate::lang::Lang) -> Option<String> {
    let word = args.get(1)?.to_str()?;
    if word.starts_with('-') || Path::new(word).exists() {
        return None;
    }
    let command = super::Cli::command();
    let names: Vec<&str> = command.get_subcommands().map(|c| c.get_name()).collect();
    if names.contains(&word) {
        return None;
    }
    let guess = crate::text::closest(word, names.iter().copied())?;
    Some(crate::tr!(
        lang,
        "cli-misspelled-command",
        word = format!("{word:?}"),
        command = guess
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each list holds every variant once, so each name is offered once and read back as itself.
    #[test]
    fn every_choice_is_offered_by_its_own_name() {
        fn round_trip<T: ValueEnum + PartialEq + std::fmt::Debug>() -> usize {
            let mut offered = 0;
            for value in T::value_variants() {
                let possible = value
                    .to_possible_value()
                    .expect("clap wants a name for each");
                let back = T::from_str(possible.get_name(), false).unwrap();
                assert_eq!(&back, value, "{}", possible.get_name());
                offered += 1;
            }
            offered
        }
        assert_eq!(round_trip::<Format>(), Format::ALL.len());
        assert_eq!(round_trip::<ReportFormat>(), 3);
        assert_eq!(round_trip::<Seat>(), 4);
        assert_eq!(round_trip::<Theme>(), 2, "standard and high-contrast");
        assert_eq!(round_trip::<Policies>(), Policy::ALL.len() + 1);
    }
}
