//! The page's language for one device: the one its member picked on the page (kept in a
//! cookie for the meeting's day), else the one their browser asks for (`Accept-Language`,
//! with its weights), else English. Each device has its own: a member's choice never changes
//! the host's screen, the wall or another member's page.

use crate::lang::{self, Lang};

/// The cookie that keeps a member's choice.
pub const COOKIE: &str = "cochair_lang";

/// How long a device keeps the choice: as long as it keeps its claim.
const MAX_AGE_SECONDS: u32 = 2 * 24 * 3600;

/// The language of a device whose choice is `picked` (the cookie's value, if any) and whose
/// browser asks for `accept` (the header, if any). A choice of a language the page does not
/// have counts as no choice.
pub fn of_device(picked: Option<&str>, accept: Option<&str>) -> Lang {
    picked
        .and_then(chosen)
        .unwrap_or_else(|| lang::from_accept_language(accept.unwrap_or_default()))
}

/// The language a member picks by its tag (`es`, `en`), if the page has it.
pub fn chosen(tag: &str) -> Option<Lang> {
    lang::from_tag(tag)
        .ok()
        .filter(|l| super::page::LANGUAGES.contains(l))
}

/// The `Set-Cookie` header's value that keeps `lang` for this device, on the page's own path.
pub fn set_cookie(lang: Lang, path: &str) -> String {
    format!(
        "{COOKIE}={}; Path={path}; Max-Age={MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax",
        lang.code()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browser_s_languages_choose_by_their_weights() {
        let browser = |accept| of_device(None, Some(accept));
        assert_eq!(browser("es-MX"), Lang::Es);
        assert_eq!(browser("es-MX,es;q=0.9,en;q=0.8"), Lang::Es);
        assert_eq!(browser("en-GB,en;q=0.9,es;q=0.8"), Lang::En);
        assert_eq!(browser("fr-FR, es;q=0.7, en;q=0.3"), Lang::Es);
        assert_eq!(
            browser("en;q=0.2, es;q=0.8"),
            Lang::Es,
            "weights, not order"
        );
        assert_eq!(browser("es;q=0, en;q=0.1"), Lang::En, "q=0 is refused");
        assert_eq!(browser("de-DE,fr;q=0.9"), Lang::En, "unknown: English");
        assert_eq!(browser("*"), Lang::En);
        assert_eq!(
            browser("pseudo"),
            Lang::En,
            "the test language is not offered"
        );
        assert_eq!(of_device(None, None), Lang::En, "no header: English");
    }

    #[test]
    fn a_member_s_pick_wins_over_the_browser_unless_the_page_lacks_it() {
        assert_eq!(of_device(Some("en"), Some("es-MX,es;q=0.9")), Lang::En);
        assert_eq!(of_device(Some("es"), Some("en-US")), Lang::Es);
        assert_eq!(of_device(Some("es"), None), Lang::Es);
        for junk in ["fr", "", "pseudo", "es\"; x"] {
            assert_eq!(of_device(Some(junk), Some("es")), Lang::Es, "{junk:?}");
        }
        assert_eq!(chosen("ES"), Some(Lang::Es));
        assert_eq!(chosen("de"), None);
    }

    #[test]
    fn the_choice_is_kept_for_the_page_only() {
        let header = set_cookie(Lang::Es, "/m/tok");
        assert!(header.starts_with("cochair_lang=es;"), "{header}");
        for part in ["Path=/m/tok", "Max-Age=", "SameSite=Lax"] {
            assert!(header.contains(part), "{part} in {header}");
        }
    }
}
