//! What a file is, from its first lines: an agenda, a meeting's journal, something cochair
//! made from a journal (minutes, a report), or nothing at all. A command given the wrong kind
//! of file says what the file is and which command reads it, rather than a parser's complaint
//! about its first character.

use std::path::Path;

use crate::lang::Lang;
use crate::tr;

/// The kinds of file cochair reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Nothing in it but blanks (or comments).
    Empty,
    /// An agenda: RON that starts with `Agenda(`.
    Agenda,
    /// A meeting's journal: JSON Lines whose first line is a journal header.
    Journal,
    /// Something cochair made from a journal or an agenda.
    Made(Made),
    /// None of these.
    Other,
}

/// What cochair makes from a journal or an agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Made {
    Minutes,
    ActionItems,
    Report,
    ReportCsv,
    Chart,
    EasyReadMinutes,
    EasyReadAgenda,
    SentAgenda,
    Todo,
}

impl Made {
    /// What it is, named as a member would: "minutes", "a report".
    pub fn said(self, lang: Lang) -> String {
        match self {
            Made::Minutes => tr!(lang, "check-made-minutes"),
            Made::ActionItems => tr!(lang, "check-made-action-items"),
            Made::Report => tr!(lang, "check-made-report"),
            Made::ReportCsv => tr!(lang, "check-made-report-csv"),
            Made::Chart => tr!(lang, "check-made-chart"),
            Made::EasyReadMinutes => tr!(lang, "check-made-easy-read-minutes"),
            Made::EasyReadAgenda => tr!(lang, "check-made-easy-read-agenda"),
            Made::SentAgenda => tr!(lang, "check-made-sent-agenda"),
            Made::Todo => tr!(lang, "check-made-todo"),
        }
    }
}

/// What the text of a file is.
pub fn recognise(text: &str) -> FileKind {
    let text = super::without_byte_order_mark(text);
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    if first.starts_with('{') && first.contains("\"cochair_journal\"") {
        return FileKind::Journal;
    }
    let code = without_ron_comments(text);
    if code.is_empty() {
        return FileKind::Empty;
    }
    let code = code.strip_prefix("#![enable(").map_or(code, |rest| {
        rest.split_once(")]")
            .map_or("", |(_, after)| after.trim_start())
    });
    if code.starts_with("Agenda") && code["Agenda".len()..].trim_start().starts_with('(') {
        return FileKind::Agenda;
    }
    made_by_cochair(text, first).map_or(FileKind::Other, FileKind::Made)
}

/// The text after any comments and blanks at its start.
fn without_ron_comments(text: &str) -> &str {
    let mut rest = text.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r).trim_start();
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r).trim_start();
        } else {
            return rest;
        }
    }
}

/// The files `cochair export`, `report` and `agenda` write, by their first line (or, for Easy
/// Read minutes and the agenda to send out, a line only they have).
fn made_by_cochair(text: &str, first: &str) -> Option<Made> {
    let starts = [
        ("Minutes: ", Made::Minutes),
        ("# Minutes: ", Made::Minutes),
        ("Action items: ", Made::ActionItems),
        ("# Action items: ", Made::ActionItems),
        ("Report: ", Made::Report),
        ("# Report: ", Made::Report),
        ("date,journal,", Made::ReportCsv),
        ("<svg", Made::Chart),
        ("<?xml", Made::Chart),
    ];
    if let Some((_, what)) = starts.iter().find(|(start, _)| first.starts_with(start)) {
        return Some(*what);
    }
    let head: Vec<&str> = text.lines().take(40).map(str::trim).collect();
    if head.contains(&"These are the notes of our meeting.") {
        return Some(Made::EasyReadMinutes);
    }
    if head.contains(&"This is the plan for our meeting.") {
        return Some(Made::EasyReadAgenda);
    }
    if head.windows(2).any(|w| w == ["Items", "-----"]) || head.contains(&"## Items") {
        return Some(Made::SentAgenda);
    }
    let todo = text.lines().filter(|l| !l.trim().is_empty()).all(|l| {
        let l = l.strip_prefix("x ").unwrap_or(l);
        l.len() > 11 && l.as_bytes()[4] == b'-' && l.as_bytes()[7] == b'-' && l.contains(" owner:")
    });
    todo.then_some(Made::Todo)
}

/// What to say, in `lang`, when a file that should be an agenda is another kind; `None` when
/// it may yet be an agenda with a mistake in it (the parser then says where).
pub fn not_an_agenda(text: &str, path: &Path, lang: Lang) -> Option<String> {
    let shown = quoted_path(path);
    match recognise(text) {
        FileKind::Journal => Some(tr!(lang, "check-journal-not-agenda", path = shown)),
        FileKind::Made(what) => Some(tr!(lang, "check-made-not-agenda", what = what.said(lang))),
        FileKind::Empty | FileKind::Agenda | FileKind::Other => None,
    }
}

/// What to say, in `lang`, when a file that should be a meeting's journal is another kind;
/// `None` when it is none of the kinds cochair knows.
pub fn not_a_journal_in(text: &str, path: &Path, lang: Lang) -> Option<String> {
    let shown = quoted_path(path);
    match recognise(text) {
        FileKind::Agenda => Some(tr!(lang, "check-agenda-not-journal", path = shown)),
        FileKind::Made(what) => Some(tr!(lang, "check-made-not-journal", what = what.said(lang))),
        FileKind::Empty => Some(tr!(lang, "check-empty-not-journal")),
        FileKind::Journal | FileKind::Other => None,
    }
}

/// The path as it can be typed in a shell: quoted when it holds a space or a quote.
pub(crate) fn quoted_path(path: &Path) -> String {
    let shown = path.display().to_string();
    match shown.contains(|c: char| c.is_whitespace() || "'\"$`\\".contains(c)) {
        true => format!("'{}'", shown.replace('\'', "'\\''")),
        false => shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JOURNAL: &str = include_str!("../../tests/fixtures/advisory-group.jsonl");

    #[test]
    fn agendas_journals_and_empty_files_are_told_apart() {
        assert_eq!(recognise(crate::agenda::EXAMPLE), FileKind::Agenda);
        assert_eq!(
            recognise("\u{feff}// mine\n#![enable(implicit_some)]\nAgenda (title: \"T\")"),
            FileKind::Agenda
        );
        assert_eq!(recognise(JOURNAL), FileKind::Journal);
        assert_eq!(recognise(" \n\n"), FileKind::Empty);
        assert_eq!(
            recognise("// only a comment\n/* and another */"),
            FileKind::Empty
        );
        assert_eq!(recognise("Meeting(title: \"T\")"), FileKind::Other);
    }

    #[test]
    fn what_cochair_makes_is_named() {
        let made = |text: &str| match recognise(text) {
            FileKind::Made(what) => what.said(Lang::En),
            other => panic!("{other:?} for {text:?}"),
        };
        assert_eq!(made("Minutes: Council\n========\n"), "minutes");
        assert_eq!(made("# Minutes: Council\n"), "minutes");
        assert_eq!(made("Report: Council, 1 May 2026\n===\n"), "a report");
        assert_eq!(
            made("Council\n=======\n\nThese are the notes of our meeting.\n"),
            "Easy Read minutes"
        );
        assert_eq!(
            made(
                "x 2026-11-24 2026-10-27 Ask +council owner:Ana\n2026-11-24 Send +council owner:Sam\n"
            ),
            "a todo.txt list of action items"
        );
        assert_eq!(
            made("Council\n=======\n\nDate: Tuesday\n\nItems\n-----\n\n- 18:00"),
            "an agenda as sent to members"
        );
    }

    #[test]
    fn each_says_which_command_reads_it() {
        let path = Path::new("my board.ron");
        let message = not_a_journal_in(crate::agenda::EXAMPLE, path, Lang::En).unwrap();
        assert!(
            message.starts_with("is an agenda, not a meeting's journal"),
            "{message}"
        );
        assert!(message.contains("`cochair 'my board.ron'`"), "{message}");
        let message = not_an_agenda(JOURNAL, Path::new("board.jsonl"), Lang::En).unwrap();
        assert!(
            message.contains("`cochair export board.jsonl`"),
            "{message}"
        );
        assert!(not_an_agenda("Agenda(title: 5)", path, Lang::En).is_none());
        assert!(not_a_journal_in(JOURNAL, path, Lang::En).is_none());
        assert!(
            not_a_journal_in("", path, Lang::En)
                .unwrap()
                .starts_with("is empty")
        );
    }
}
