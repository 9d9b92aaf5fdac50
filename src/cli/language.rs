//! The language of a screen or a document, chosen where the environment may be read: `--lang`,
//! else the agenda's `language`, else (for a screen, and for a document with neither) the
//! locale the environment sets for messages (`LC_ALL`, `LC_MESSAGES`, `LANG`).

use crate::lang::{Chosen, Lang, choose::choose, from_locale_env};

/// The environment's locale for messages, as POSIX reads it.
fn locale() -> Option<String> {
    let var = |name| std::env::var(name).ok();
    let (all, messages, lang) = (var("LC_ALL"), var("LC_MESSAGES"), var("LANG"));
    from_locale_env(all.as_deref(), messages.as_deref(), lang.as_deref()).map(str::to_owned)
}

/// The first of `--lang`, the agenda's language and the environment's locale that is given;
/// English with a line to say when it is one cochair does not have.
pub fn chosen(flag: Option<&str>, agenda: Option<&str>) -> Chosen {
    let locale = locale();
    choose(&[flag, agenda, locale.as_deref()])
}

/// The language of a document written to a file or standard output; a language cochair does
/// not have is said on standard error, in one line, and English is used.
pub fn for_document(flag: Option<&str>, agenda: Option<&str>) -> Lang {
    let Chosen { lang, notice } = chosen(flag, agenda);
    if let Some(notice) = notice {
        super::fail(&notice);
    }
    lang
}
