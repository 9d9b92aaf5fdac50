//! People's names as cochair compares them: one person is one name, however it was typed.

use unicode_normalization::UnicodeNormalization;

/// A name as cochair keeps it: Unicode NFC, without spaces around it.
pub fn normalise_name(name: &str) -> String {
    // Most names are already NFC: the check is far cheaper than the conversion.
    match unicode_normalization::is_nfc(name) {
        true => name.trim().to_owned(),
        false => name.nfc().collect::<String>().trim().to_owned(),
    }
}

/// What two names share when they are the same name written differently: "Margaret O'Neill"
/// and "margaret  o'neill" (case and inner spacing do not make two people).
pub fn same_name(name: &str) -> String {
    normalise_name(name)
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two names are the [`same_name`], without writing either out again when both are
/// plain ASCII (a person added to a long meeting is compared with everyone in it).
pub fn is_same_name(a: &str, b: &str) -> bool {
    if !(a.is_ascii() && b.is_ascii()) {
        return same_name(a) == same_name(b);
    }
    let (mut a, mut b) = (a.split_whitespace(), b.split_whitespace());
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
            _ => return false,
        }
    }
}
