//! Untrusted text inside HTML (the members' page) or XML (the report's chart).

use super::clean;

/// Text made safe inside HTML or XML, in content and in quoted attributes alike: cleaned as
/// for the screen (controls and escape sequences gone, a line break a space), the two
/// non-characters XML does not allow dropped, and the five characters that mean markup
/// escaped (`'` as `&#39;`, which HTML and XML both read).
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // A double quote (written so, the source keeps its quotes paired for the tests
            // that read the message ids in it).
            '\x22' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_the_text_cleaned() {
        assert_eq!(
            escape_markup("Tom & \"Jerry\" <Board> 'n'"),
            "Tom &amp; &quot;Jerry&quot; &lt;Board&gt; &#39;n&#39;"
        );
        assert_eq!(escape_markup("a\u{1b}[2Jb\u{0}c\u{fffe}d\u{ffff}"), "abcd");
        assert_eq!(escape_markup("line\nbreak\r\nhere"), "line break  here");
        assert_eq!(escape_markup("José\u{202e}"), "José");
    }
}
