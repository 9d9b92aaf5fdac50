//! The pseudo-locale: English made strange on purpose, so a test sees what was not translated
//! (it has no marks), what was cut short (its end mark is missing and no `…` says so), and
//! whether a screen has room for a language whose words are longer. Letters get accents,
//! vowels are doubled (about 40% longer, as German or Spanish often are), and every message
//! is put between [`START`] and [`END`]. The user's words, passed as arguments, are left as
//! they are: only the message's own text is changed.

use std::borrow::Cow;

/// Before every message in the pseudo-locale.
pub const START: char = '⟦';
/// After every message in the pseudo-locale.
pub const END: char = '⟧';

/// A letter with an accent of its own, the same width on a terminal.
fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ó',
        'u' => 'ú',
        'y' => 'ý',
        'c' => 'ç',
        'n' => 'ñ',
        's' => 'š',
        'z' => 'ž',
        'A' => 'Á',
        'E' => 'É',
        'I' => 'Í',
        'O' => 'Ó',
        'U' => 'Ú',
        'Y' => 'Ý',
        'C' => 'Ç',
        'N' => 'Ñ',
        'S' => 'Š',
        'Z' => 'Ž',
        c => c,
    }
}

/// The text of a message made pseudo (Fluent calls this on the message's own text only,
/// never on its arguments): accented, and each vowel written twice. With the two marks around
/// it, a message comes out about 40% longer than its English (a test measures it).
pub fn transform(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        out.push(accented(c));
        if "aeiouAEIOU".contains(c) {
            out.push(accented(c.to_ascii_lowercase()));
        }
    }
    Cow::Owned(out)
}

/// A whole message between the marks.
pub fn marked(text: &str) -> String {
    format!("{START}{text}{END}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_and_vowels_doubled() {
        assert_eq!(transform("Next: "), "Ñééxt: ");
        assert_eq!(transform(" · "), " · ", "no letters, nothing to change");
        assert_eq!(marked("x"), "⟦x⟧");
    }
}
