//! Where each value sits in a RON text that already parsed, by its path (`items[1].lead`,
//! `modes.global["q"]`): a small, forgiving walk that gives up quietly on anything it does not
//! understand, so an error found after parsing can still point at its place.

use std::collections::HashMap;

use super::Position;

/// Where the value starting at the character `start` ends (just after it), when it can be read.
pub(super) fn value_end(chars: &[char], start: usize) -> Option<usize> {
    let mut walker = Walker {
        chars: chars.to_vec(),
        at: start,
        line: 1,
        col: 1,
        index: SourceIndex::default(),
        depth: 0,
    };
    walker.value(String::new()).ok()?;
    Some(walker.at)
}

/// Positions of the values in a RON text, by path.
#[derive(Debug, Default)]
pub struct SourceIndex {
    positions: HashMap<String, Position>,
}

impl SourceIndex {
    pub fn new(src: &str) -> Self {
        let mut walker = Walker {
            chars: src.chars().collect(),
            at: 0,
            line: 1,
            col: 1,
            index: Self::default(),
            depth: 0,
        };
        let _ = walker.value(String::new());
        walker.index
    }

    /// The position of the value at `path`, or of its closest enclosing value.
    pub fn find(&self, path: &str) -> Option<Position> {
        let mut path = path;
        loop {
            if let Some(p) = self.positions.get(path) {
                return Some(*p);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }
}

struct Walker {
    chars: Vec<char>,
    at: usize,
    line: usize,
    col: usize,
    index: SourceIndex,
    /// How deep in brackets the walk is: it stops past [`Walker::MAX_DEPTH`], never risking
    /// the stack on text that did not parse.
    depth: usize,
}

/// The walk stops at the first thing it does not understand.
struct Stop;

impl Walker {
    const MAX_DEPTH: usize = 128;

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn expect(&mut self, c: char) -> Result<(), Stop> {
        self.skip_blank();
        if self.peek() == Some(c) {
            self.bump();
            Ok(())
        } else {
            Err(Stop)
        }
    }

    fn skip_blank(&mut self) {
        loop {
            match (self.peek(), self.chars.get(self.at + 1).copied()) {
                (Some(c), _) if c.is_whitespace() => {
                    self.bump();
                }
                (Some('/'), Some('/')) => {
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                (Some('/'), Some('*')) => self.skip_block_comment(),
                _ => return,
            }
        }
    }

    fn skip_block_comment(&mut self) {
        let mut depth = 0usize;
        while let Some(c) = self.bump() {
            match (c, self.peek()) {
                ('/', Some('*')) => {
                    self.bump();
                    depth += 1;
                }
                ('*', Some('/')) => {
                    self.bump();
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    fn position(&self) -> Position {
        Position {
            line: self.line,
            col: self.col,
        }
    }

    fn value(&mut self, path: String) -> Result<(), Stop> {
        if self.depth >= Self::MAX_DEPTH {
            return Err(Stop);
        }
        self.depth += 1;
        let walked = self.value_within(path);
        self.depth -= 1;
        walked
    }

    fn value_within(&mut self, path: String) -> Result<(), Stop> {
        self.skip_blank();
        let here = self.position();
        self.index.positions.entry(path.clone()).or_insert(here);
        match self.peek().ok_or(Stop)? {
            '"' => self.string().map(drop),
            'r' if matches!(self.chars.get(self.at + 1), Some('"' | '#')) => self.raw_string(),
            '\'' => self.char_literal(),
            '[' => self.list(path),
            '{' => self.map(path),
            '(' => self.parenthesised(path),
            c if c.is_alphanumeric() || matches!(c, '_' | '+' | '-' | '.') => {
                let word = self.word();
                self.skip_blank();
                if self.peek() == Some('(') {
                    // `Some(x)` is transparent: x keeps the path of the field.
                    let _ = word;
                    self.parenthesised(path)
                } else {
                    Ok(())
                }
            }
            _ => Err(Stop),
        }
    }

    fn word(&mut self) -> String {
        let mut w = String::new();
        while let Some(c) = self.peek() {
            if c.is_alphanumeric() || matches!(c, '_' | '+' | '-' | '.') {
                w.push(c);
                self.bump();
            } else {
                break;
            }
        }
        w
    }

    fn string(&mut self) -> Result<String, Stop> {
        self.bump();
        let mut s = String::new();
        loop {
            match self.bump().ok_or(Stop)? {
                '"' => return Ok(s),
                '\\' => {
                    s.push(self.bump().ok_or(Stop)?);
                }
                c => s.push(c),
            }
        }
    }

    fn raw_string(&mut self) -> Result<(), Stop> {
        self.bump();
        let mut hashes = 0;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        self.expect('"')?;
        loop {
            if self.bump().ok_or(Stop)? == '"' {
                let mut n = 0;
                while n < hashes && self.peek() == Some('#') {
                    self.bump();
                    n += 1;
                }
                if n == hashes {
                    return Ok(());
                }
            }
        }
    }

    fn char_literal(&mut self) -> Result<(), Stop> {
        self.bump();
        loop {
            match self.bump().ok_or(Stop)? {
                '\'' => return Ok(()),
                '\\' => {
                    self.bump();
                }
                _ => {}
            }
        }
    }

    fn list(&mut self, path: String) -> Result<(), Stop> {
        self.bump();
        let mut i = 0;
        loop {
            self.skip_blank();
            if self.peek() == Some(']') {
                self.bump();
                return Ok(());
            }
            self.value(format!("{path}[{i}]"))?;
            i += 1;
            self.after_element(']')?;
        }
    }

    fn map(&mut self, path: String) -> Result<(), Stop> {
        self.bump();
        loop {
            self.skip_blank();
            if self.peek() == Some('}') {
                self.bump();
                return Ok(());
            }
            let key = match self.peek() {
                Some('"') => format!("[{:?}]", self.string()?),
                _ => format!(".{}", self.word()),
            };
            self.expect(':')?;
            let child = if path.is_empty() {
                key.trim_start_matches('.').to_owned()
            } else {
                format!("{path}{key}")
            };
            self.value(child)?;
            self.after_element('}')?;
        }
    }

    /// `(field: value, …)` for a struct, `(a, b)` for a tuple or `Some(a)`.
    fn parenthesised(&mut self, path: String) -> Result<(), Stop> {
        self.bump();
        let mut i = 0;
        loop {
            self.skip_blank();
            if self.peek() == Some(')') {
                self.bump();
                return Ok(());
            }
            let start = (self.at, self.line, self.col);
            let word = self.word();
            self.skip_blank();
            if !word.is_empty() && self.peek() == Some(':') {
                self.bump();
                let child = if path.is_empty() {
                    word
                } else {
                    format!("{path}.{word}")
                };
                self.value(child)?;
            } else {
                (self.at, self.line, self.col) = start;
                let child = if i == 0 {
                    path.clone()
                } else {
                    format!("{path}.{i}")
                };
                self.value(child)?;
            }
            i += 1;
            self.after_element(')')?;
        }
    }

    fn after_element(&mut self, close: char) -> Result<(), Stop> {
        self.skip_blank();
        match self.peek() {
            Some(',') => {
                self.bump();
                Ok(())
            }
            Some(c) if c == close => Ok(()),
            _ => Err(Stop),
        }
    }
}
