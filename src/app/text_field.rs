//! A one-line text editor for prompts and picker filters: cursor movement, deleting, pasting.
//! Everything typed or pasted is cleaned of control characters on the way in.

/// The text being typed and where the cursor is (in characters).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    text: String,
    cursor: usize,
    /// A suggested answer not yet touched: shown selected, replaced by the first character
    /// typed or pasted; an editing key keeps it and edits it instead.
    suggested: bool,
}

/// Editing keys a text field understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Left,
    Right,
    Home,
    End,
    Backspace,
    Delete,
    /// Delete the word before the cursor (ctrl-w).
    DeleteWord,
    /// Delete everything before the cursor (ctrl-u).
    DeleteToStart,
}

impl TextField {
    /// A field holding a suggested answer, selected, so typing replaces it.
    pub fn suggesting(text: &str) -> Self {
        let mut field = Self::default();
        field.insert(text);
        field.suggested = !field.text.is_empty();
        field
    }

    /// A field holding text to correct, with the cursor at its end.
    pub fn editing(text: &str) -> Self {
        let mut field = Self::default();
        field.insert(text);
        field
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the text is a suggestion still shown selected.
    pub fn is_suggested(&self) -> bool {
        self.suggested
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }

    fn len(&self) -> usize {
        self.text.chars().count()
    }

    /// Insert typed or pasted text at the cursor, made safe and kept on one line.
    pub fn insert(&mut self, text: &str) {
        if std::mem::take(&mut self.suggested) {
            self.text.clear();
            self.cursor = 0;
        }
        let clean = crate::text::clean(text);
        let at = self.byte_at(self.cursor);
        self.text.insert_str(at, &clean);
        self.cursor += clean.chars().count();
    }

    pub fn edit(&mut self, edit: Edit) {
        self.suggested = false;
        match edit {
            Edit::Left => self.cursor = self.cursor.saturating_sub(1),
            Edit::Right => self.cursor = (self.cursor + 1).min(self.len()),
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = self.len(),
            Edit::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            Edit::Delete if self.cursor < self.len() => {
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            Edit::DeleteWord => {
                let chars: Vec<char> = self.text.chars().collect();
                let mut start = self.cursor;
                while start > 0 && chars[start - 1] == ' ' {
                    start -= 1;
                }
                while start > 0 && chars[start - 1] != ' ' {
                    start -= 1;
                }
                self.delete_range(start, self.cursor);
            }
            Edit::DeleteToStart => self.delete_range(0, self.cursor),
            Edit::Backspace | Edit::Delete => {}
        }
    }

    fn delete_range(&mut self, from: usize, to: usize) {
        let (a, b) = (self.byte_at(from), self.byte_at(to));
        self.text.replace_range(a..b, "");
        self.cursor = from;
    }

    /// The part of the text to show in `width` columns so the cursor stays visible, and the
    /// cursor's column within it.
    pub fn visible(&self, width: usize) -> (String, usize) {
        let width = width.max(2);
        let chars: Vec<char> = self.text.chars().collect();
        let start = self.cursor.saturating_sub(width - 1);
        let shown: String = chars[start..].iter().take(width).collect();
        (shown, self.cursor - start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> TextField {
        let mut f = TextField::default();
        f.insert(text);
        f
    }

    #[test]
    fn typing_and_moving() {
        let mut f = typed("Ana");
        f.edit(Edit::Home);
        f.insert("Dr ");
        assert_eq!(f.text(), "Dr Ana");
        f.edit(Edit::End);
        f.edit(Edit::Backspace);
        f.edit(Edit::Left);
        f.edit(Edit::Delete);
        assert_eq!(f.text(), "Dr A");
        assert_eq!(f.cursor(), 4);
    }

    #[test]
    fn word_and_line_deletion() {
        let mut f = typed("send the budget  ");
        f.edit(Edit::DeleteWord);
        assert_eq!(f.text(), "send the ");
        f.edit(Edit::DeleteToStart);
        assert_eq!(f.text(), "");
    }

    #[test]
    fn pasted_text_is_cleaned_and_kept_on_one_line() {
        let f = typed("line one\nline\u{1b}[31m two\u{202e}");
        assert_eq!(f.text(), "line one line two");
    }

    #[test]
    fn accents_count_as_one_character() {
        let mut f = typed("José");
        f.edit(Edit::Backspace);
        assert_eq!(f.text(), "Jos");
    }

    #[test]
    fn typing_replaces_a_suggestion_and_editing_keys_edit_it() {
        let mut f = TextField::suggesting("10");
        assert!(f.is_suggested());
        f.insert("4");
        assert_eq!(f.text(), "4");
        f.insert("5");
        assert_eq!(f.text(), "45", "only the first character replaces");
        let mut f = TextField::suggesting("no");
        f.edit(Edit::Backspace);
        assert_eq!(f.text(), "n");
        assert!(!f.is_suggested());
        let mut f = TextField::suggesting("10");
        f.edit(Edit::Home);
        f.insert("1");
        assert_eq!(f.text(), "110", "after an arrow key, typing inserts");
        let mut f = TextField::suggesting("yes");
        f.insert("no thanks");
        assert_eq!(f.text(), "no thanks", "a paste replaces too");
    }

    #[test]
    fn text_to_correct_is_not_a_suggestion() {
        let mut f = TextField::editing("Send the budget");
        f.insert("!");
        assert_eq!(f.text(), "Send the budget!");
    }

    #[test]
    fn long_text_scrolls_to_keep_the_cursor_visible() {
        let mut f = typed("abcdefghij");
        assert_eq!(f.visible(5), ("ghij".to_string(), 4));
        f.edit(Edit::Home);
        assert_eq!(f.visible(5), ("abcde".to_string(), 0));
    }
}
