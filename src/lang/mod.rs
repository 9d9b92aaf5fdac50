//! The words cochair writes for people, in their language. Every sentence comes from a Fluent
//! file in `locales/` (one folder per language, one file per area of the program: `wall.ftl`,
//! `easy-read.ftl`, …), embedded in the binary; code holds only a message's id and its
//! arguments:
//!
//! ```
//! use cochair::{lang::Lang, tr};
//! let lang = Lang::Es;
//! assert_eq!(tr!(lang, "wall-next", name = "Mei Chen"), "Sigue: Mei Chen");
//! ```
//!
//! The language is a value passed in (a screen's `Model`, an export's `Options`), never read
//! from the environment here: choosing it ([`choose`]) is the command line's job. The user's
//! own words (names, titles, notes) are arguments, shown as written; Fluent's bidi isolation
//! marks are turned off so they never reach a terminal or a text file. Plurals are Fluent's.
//!
//! Conventions (the README's "Languages" says the same for whoever converts a file):
//! - an id starts with its file's name: `wall-next` lives in `wall.ftl`;
//! - an id is written whole, as a literal, where it is used (never built with `format!`), so
//!   the tests can find every id the code uses;
//! - arguments are `snake_case` words (`$name`, `$item`, `$total`);
//! - machine formats (the journal, todo.txt, CSV, JSON, `cochair keys`) never go through here.

mod bundles;
pub mod choose;
pub mod dates;
mod pseudo;

pub use choose::{Chosen, from_accept_language, from_locale_env, from_tag};
pub use pseudo::{END as PSEUDO_END, START as PSEUDO_START};

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentValue};

/// A language cochair speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the language the program was written in: what everything falls back to.
    #[default]
    En,
    /// Spanish, written for people: short and plain, addressing the reader as `tú`.
    Es,
    /// A made-up language for tests: the English, accented, about 40% longer, each message
    /// between `⟦` and `⟧`, so a test sees at once what was not translated or was cut short.
    Pseudo,
}

impl Lang {
    /// The languages a person can choose (the pseudo-locale is for tests, but `--lang pseudo`
    /// works too, for trying a screen's room for longer words).
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Pseudo];

    /// The language's tag, as `--lang` and an agenda's `language` take it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pseudo => "pseudo",
        }
    }

    /// The language's name in itself, for a picker: `English`, `Español`.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Pseudo => "Pseudo",
        }
    }

    /// The message `id` with its arguments, in this language. A message this language lacks
    /// is taken from English (the tests make sure none is lacking); an id that is nowhere is
    /// written as itself, which the tests would have caught.
    pub fn tr(self, id: &str, args: &[(&str, Arg)]) -> String {
        bundles::format(self, id, args)
    }

    /// A number as this language writes it for people: `1.5` in English, `1,5` in Spanish.
    pub fn number(self, n: f64) -> String {
        bundles::number(self, n)
    }
}

/// One argument of a message: the user's words (shown as written) or a number (which also
/// chooses the plural).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> Arg<'a> {
    fn value(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(text) => FluentValue::String(Cow::Borrowed(text)),
            Arg::Number(n) => FluentValue::from(*n),
        }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        Arg::Text(text)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

/// The arguments in Fluent's form.
fn fluent_args<'a>(args: &'a [(&'a str, Arg<'a>)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        out.set(*name, value.value());
    }
    out
}

/// A message in a language: `tr!(lang, "wall-item-of", item = 2, total = 7, what = kind)`.
/// The id is a literal (the tests find every id the code uses by it); each argument is
/// `name = value`, the value anything an [`Arg`] is made from (text or a number).
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::lang::Lang::tr($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::lang::Lang::tr(
            $lang,
            $id,
            &[$((stringify!($name), $crate::lang::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;
