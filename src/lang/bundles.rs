//! The Fluent files, embedded, and the bundles made from them once per process. Adding a
//! language: its folder in `locales/` (a copy of `locales/en`, translated), a line in
//! [`embed!`]'s call below, and a variant of [`Lang`].

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::{Arg, Lang, fluent_args, pseudo};

type Bundle = FluentBundle<FluentResource>;

/// Declares [`AREAS`] and each language's files, read from `locales/LANG/AREA.ftl`.
macro_rules! embed {
    ($($area:literal),* $(,)?) => {
        /// The areas of the program, one Fluent file each, in every language (the tests read
        /// it to find the ids the code uses).
        #[cfg_attr(not(test), allow(dead_code))]
        pub const AREAS: &[&str] = &[$($area),*];
        /// English, as written in `locales/en/`.
        pub const EN: &[(&str, &str)] =
            &[$(($area, include_str!(concat!("../../locales/en/", $area, ".ftl")))),*];
        /// Spanish, as written in `locales/es/`.
        pub const ES: &[(&str, &str)] =
            &[$(($area, include_str!(concat!("../../locales/es/", $area, ".ftl")))),*];
    };
}

embed!(
    "agenda",
    "check",
    "cli",
    "clock",
    "dates",
    "due",
    "easy-read",
    "errors",
    "help",
    "hints",
    "members",
    "minutes",
    "overlay",
    "papers",
    "report",
    "simulate",
    "queue",
    "screen",
    "wall",
    "refusals",
    "status",
    "prompts",
    "meeting"
);

/// The files of a language as written (the pseudo-locale is made from English).
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En | Lang::Pseudo => EN,
        Lang::Es => ES,
    }
}

struct Bundles {
    en: Bundle,
    es: Bundle,
    pseudo: Bundle,
}

impl Bundles {
    fn get(&self, lang: Lang) -> &Bundle {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
            Lang::Pseudo => &self.pseudo,
        }
    }
}

/// The bundles, made the first time a message is asked for.
fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| Bundles {
        en: bundle(Lang::En),
        es: bundle(Lang::Es),
        pseudo: bundle(Lang::Pseudo),
    })
}

fn tag(lang: Lang) -> LanguageIdentifier {
    let code = match lang {
        Lang::Es => "es",
        // The pseudo-locale counts as English does.
        Lang::En | Lang::Pseudo => "en",
    };
    code.parse().unwrap_or_default()
}

/// A language's bundle: its files, bidi isolation off (the user's words are shown as they are,
/// with no invisible marks around them), its way of writing numbers, and the functions the
/// messages may call.
fn bundle(lang: Lang) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![tag(lang)]);
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    if decimal_comma(lang) {
        bundle.set_formatter(Some(comma_numbers));
    }
    // A file that does not parse whole still gives the messages it could read; the tests
    // make sure every file parses.
    for (_, source) in sources(lang) {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    let _ = bundle.add_function("SINGULAR", |args, _| match args.first() {
        Some(FluentValue::String(label)) => FluentValue::String(Cow::Owned(singular(label))),
        Some(other) => other.clone(),
        None => FluentValue::None,
    });
    bundle
}

/// Whether the language writes `1,5` for one and a half.
fn decimal_comma(lang: Lang) -> bool {
    lang == Lang::Es
}

fn comma_numbers<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(n.as_string().replace('.', ",")),
        _ => None,
    }
}

/// `SINGULAR($group)` in a message: the group's label as English names one of its members,
/// its last word in lower case without a plural s ("Family members" → "member").
pub fn singular(label: &str) -> String {
    let word = label
        .split_whitespace()
        .last()
        .unwrap_or(label)
        .to_lowercase();
    match word.strip_suffix('s') {
        Some(stem) if !stem.is_empty() && !stem.ends_with('s') => stem.to_owned(),
        _ => word,
    }
}

/// The message in the language, or in English when the language lacks it.
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let all = bundles();
    let args: FluentArgs = fluent_args(args);
    for bundle in [all.get(lang), &all.en] {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        debug_assert!(errors.is_empty(), "{id} in {}: {errors:?}", lang.code());
        return match lang {
            Lang::Pseudo => pseudo::marked(&text),
            _ => text.into_owned(),
        };
    }
    debug_assert!(false, "no message {id} in any language");
    id.to_owned()
}

/// A number for people, as the language's messages write it.
pub fn number(lang: Lang, n: f64) -> String {
    let value = FluentValue::from(n);
    match (decimal_comma(lang), value) {
        (true, FluentValue::Number(n)) => n.as_string().replace('.', ","),
        (_, FluentValue::Number(n)) => n.as_string().into_owned(),
        _ => String::new(),
    }
}
