//! Which language a screen or a document speaks. The first of these that is given wins:
//! `--lang`, the agenda's `language`, then (for a terminal) the locale of the environment, as
//! the command line reads it (`LC_ALL`, else `LC_MESSAGES`, else `LANG`). A language cochair
//! does not have falls back to English, with one line saying so, never message ids. The
//! members' page follows the browser's `Accept-Language` unless the member picks.

use super::Lang;

/// A language tag cochair has no messages for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown(pub String);

/// What was chosen, and the line to say when it is not what was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    pub lang: Lang,
    pub notice: Option<String>,
}

/// `es`, `es-MX`, `es_ES.UTF-8`, `EN`: the language of a tag, a locale's name or an
/// `Accept-Language` entry. `C` and `POSIX` (no locale set) are English.
pub fn from_tag(tag: &str) -> Result<Lang, Unknown> {
    let bare = tag
        .trim()
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    let primary = bare
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match primary.as_str() {
        "en" | "c" | "posix" => Ok(Lang::En),
        "es" => Ok(Lang::Es),
        "pseudo" => Ok(Lang::Pseudo),
        _ => Err(Unknown(tag.trim().to_owned())),
    }
}

/// The locale the environment sets for messages, as POSIX reads it: `LC_ALL`, else
/// `LC_MESSAGES`, else `LANG` (an empty one counts as not set). The values are passed in.
pub fn from_locale_env<'a>(
    lc_all: Option<&'a str>,
    lc_messages: Option<&'a str>,
    lang: Option<&'a str>,
) -> Option<&'a str> {
    [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|v| !v.is_empty())
}

/// The first of the languages asked for, in order (`--lang`, the agenda's, the
/// environment's): English with a line saying so when cochair does not have it, English
/// without a word when nothing is asked.
pub fn choose(asked: &[Option<&str>]) -> Chosen {
    let Some(tag) = asked
        .iter()
        .flatten()
        .map(|t| t.trim())
        .find(|t| !t.is_empty())
    else {
        return Chosen {
            lang: Lang::En,
            notice: None,
        };
    };
    match from_tag(tag) {
        Ok(lang) => Chosen { lang, notice: None },
        Err(Unknown(asked)) => Chosen {
            lang: Lang::En,
            notice: Some(crate::tr!(
                Lang::En,
                "cli-language-unknown",
                asked = asked,
                known = known()
            )),
        },
    }
}

/// The languages there are, for a message: `en (English), es (Español)`.
pub fn known() -> String {
    [Lang::En, Lang::Es]
        .iter()
        .map(|l| format!("{} ({})", l.code(), l.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The language a browser asks for (`Accept-Language: es-MX,es;q=0.9,en;q=0.8`): the one with
/// the highest weight that cochair has, English when it has none of them.
pub fn from_accept_language(header: &str) -> Lang {
    let mut best: Option<(u16, Lang)> = None;
    for entry in header.split(',') {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let weight = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        // Thousandths, as the header writes them (at most three decimals).
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let weight = (weight.clamp(0.0, 1.0) * 1000.0).round() as u16;
        let Ok(lang) = from_tag(tag) else { continue };
        if weight == 0 || tag == "*" || lang == Lang::Pseudo {
            continue;
        }
        if best.is_none_or(|(w, _)| weight > w) {
            best = Some((weight, lang));
        }
    }
    best.map_or(Lang::En, |(_, lang)| lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_locale_names_are_read_by_their_language() {
        for (tag, lang) in [
            ("es", Lang::Es),
            ("es-MX", Lang::Es),
            ("es_ES.UTF-8", Lang::Es),
            ("ES", Lang::Es),
            ("en_GB.UTF-8@euro", Lang::En),
            ("C", Lang::En),
            ("C.UTF-8", Lang::En),
            ("POSIX", Lang::En),
            ("pseudo", Lang::Pseudo),
        ] {
            assert_eq!(from_tag(tag), Ok(lang), "{tag}");
        }
        assert_eq!(from_tag("fr_FR.UTF-8"), Err(Unknown("fr_FR.UTF-8".into())));
    }

    #[test]
    fn the_environment_is_read_as_posix_does() {
        assert_eq!(
            from_locale_env(Some("es_ES.UTF-8"), Some("en_GB"), Some("de_DE")),
            Some("es_ES.UTF-8")
        );
        assert_eq!(
            from_locale_env(Some(""), Some("es_MX"), Some("en_GB")),
            Some("es_MX")
        );
        assert_eq!(from_locale_env(None, None, Some("es")), Some("es"));
        assert_eq!(from_locale_env(None, Some(" "), None), None);
    }

    #[test]
    fn the_first_given_wins_and_an_unknown_one_falls_back_to_english_saying_so() {
        let flag_over_agenda = choose(&[Some("es"), Some("en"), Some("de_DE")]);
        assert_eq!(flag_over_agenda.lang, Lang::Es);
        assert_eq!(choose(&[None, Some("es"), Some("en")]).lang, Lang::Es);
        assert_eq!(choose(&[None, None, Some("es_ES.UTF-8")]).lang, Lang::Es);
        let nothing = choose(&[None, None, None]);
        assert_eq!(
            nothing,
            Chosen {
                lang: Lang::En,
                notice: None
            }
        );
        let french = choose(&[Some("fr"), Some("es")]);
        assert_eq!(french.lang, Lang::En);
        let notice = french.notice.unwrap();
        assert_eq!(notice.lines().count(), 1, "{notice}");
        assert!(
            notice.contains("\"fr\"") && notice.contains("es (Español)"),
            "{notice}"
        );
        assert!(!notice.contains("cli-"), "never an id: {notice}");
    }

    #[test]
    fn a_browser_gets_the_language_it_weighs_highest_that_there_is() {
        assert_eq!(from_accept_language("es-MX,es;q=0.9,en;q=0.8"), Lang::Es);
        assert_eq!(
            from_accept_language("fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4"),
            Lang::Es
        );
        assert_eq!(from_accept_language("en-US,en;q=0.9,es;q=0.8"), Lang::En);
        assert_eq!(from_accept_language("es;q=0"), Lang::En);
        assert_eq!(from_accept_language("de, *;q=0.1"), Lang::En);
        assert_eq!(from_accept_language(""), Lang::En);
        assert_eq!(from_accept_language("pseudo"), Lang::En, "not for browsers");
    }
}
