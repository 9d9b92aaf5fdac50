//! The Fluent files, embedded, and the bundles made from them once per process. The binary
//! carries each language's files without their comments and compressed (`build.rs`); the
//! tests read them as written. Adding a language: its folder in `locales/` (a copy of
//! `locales/en`, translated), its name in `build.rs`' `LANGS`, its file below, a line in
//! [`embed!`]'s call, and a variant of [`Lang`].

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
        #[cfg(test)]
        pub const AREAS: &[&str] = &[$($area),*];
        /// English, as written in `locales/en/`.
        #[cfg(test)]
        pub const EN: &[(&str, &str)] =
            &[$(($area, include_str!(concat!("../../locales/en/", $area, ".ftl")))),*];
        /// Spanish, as written in `locales/es/`.
        #[cfg(test)]
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
#[cfg(test)]
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En | Lang::Pseudo => EN,
        Lang::Es => ES,
    }
}

/// English's files as the binary carries them: without comments, joined, deflated.
const EN_SHIPPED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/en.ftl.deflate"));
/// Spanish's, the same way.
const ES_SHIPPED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/es.ftl.deflate"));

/// A language's messages as the binary carries them, inflated: every file of the language,
/// without comments (the pseudo-locale is made from English).
pub fn shipped(lang: Lang) -> String {
    let packed = match lang {
        Lang::En | Lang::Pseudo => EN_SHIPPED,
        Lang::Es => ES_SHIPPED,
    };
    // build.rs made these bytes from text: neither step fails but on a broken build.
    let bytes = miniz_oxide::inflate::decompress_to_vec(packed).unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// A language's bundle, made the first time one of its messages is asked for (a meeting in
/// English never reads the Spanish files).
fn bundle_of(lang: Lang) -> &'static Bundle {
    static EN: OnceLock<Bundle> = OnceLock::new();
    static ES: OnceLock<Bundle> = OnceLock::new();
    static PSEUDO: OnceLock<Bundle> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
        Lang::Pseudo => &PSEUDO,
    };
    cell.get_or_init(|| bundle(lang))
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
    // make sure every file parses, and that the text shipped holds the same messages.
    let resource = FluentResource::try_new(shipped(lang)).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
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
    let args: FluentArgs = fluent_args(args);
    for bundle in [lang, Lang::En].map(bundle_of) {
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
