//! A journal that cannot be read is said in the language of the person reading the message;
//! the English is what it always was, and serde's own words stay as serde wrote them.

use super::*;
use crate::lang::Lang;

/// A damaged line in the middle: the line's number, what serde found, and that the file was
/// left alone, in Spanish.
#[test]
fn a_damaged_line_is_said_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(&dir);
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "\"event\":\"meeting_started\"}",
        "\"event\":\"meeting_sta",
        1,
    );
    std::fs::write(&path, &text).unwrap();
    let err = read(&path).unwrap_err();
    let english = err.to_string();
    let at = format!("{}:2: ", path.display());
    let serde = english
        .strip_prefix(&format!("{at}damaged line: "))
        .and_then(|rest| rest.strip_suffix("; the file was left as it is"))
        .unwrap_or_else(|| panic!("{english}"));
    assert_eq!(err.message(Lang::En), english);
    assert_eq!(
        err.message(Lang::Es),
        format!("{at}línea dañada: {serde}; el archivo quedó como estaba")
    );
}

/// A journal of a newer cochair says which format it is and which this version reads.
#[test]
fn a_journal_of_a_newer_cochair_is_said_in_spanish() {
    let path = Path::new("/m/new.jsonl");
    let err = parse(b"{\"cochair_journal\":99}\n", path).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "/m/new.jsonl:1: was written by a newer cochair (journal format 99; this version reads format {FORMAT_VERSION}); update cochair to open it; the file was left as it is"
        )
    );
    assert_eq!(
        err.message(Lang::Es),
        format!(
            "/m/new.jsonl:1: lo escribió un cochair más nuevo (formato de diario 99; esta versión lee el formato {FORMAT_VERSION}); actualiza cochair para abrirlo; el archivo quedó como estaba"
        )
    );
}

/// A record the meeting refuses on resuming is named by its line, with the meeting's own
/// reason in the reader's language.
#[test]
fn a_refused_record_on_resume_is_said_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample(&dir);
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("{\"at\":\"2026-11-24T18:02:00Z\",\"event\":\"meeting_started\"}\n");
    std::fs::write(&path, &text).unwrap();
    let contents = read(&path).unwrap();
    let err = replay(&path, &contents).unwrap_err();
    let refused = crate::meeting::EventError::AlreadyStarted;
    assert!(
        matches!(&err, JournalError::BadLine { line: 4, why: LineError::Refused(e), .. } if *e == refused),
        "{err:?}"
    );
    let at = path.display();
    assert_eq!(
        err.to_string(),
        format!(
            "{at}:4: {}; the file was left as it is",
            refused.said(Lang::En)
        )
    );
    assert_eq!(
        err.message(Lang::Es),
        format!(
            "{at}:4: {}; el archivo quedó como estaba",
            refused.said(Lang::Es)
        )
    );
    assert_ne!(refused.said(Lang::Es), refused.said(Lang::En));
}

/// Another kind of file, and a header whose agenda breaks a rule, in Spanish too; every
/// message is one line that starts with the path.
#[test]
fn other_files_and_bad_headers_are_said_in_spanish() {
    let path = Path::new("/m/x.jsonl");
    let agenda = parse(crate::agenda::EXAMPLE.as_bytes(), path).unwrap_err();
    assert!(
        agenda.message(Lang::Es).starts_with(
            "/m/x.jsonl: es un orden del día, no el diario de una reunión: `cochair /m/x.jsonl`"
        ),
        "{agenda}"
    );
    let header = parse(b"{\"cochair_journal\":2,\"date\":5}\n", path).unwrap_err();
    let english = header.to_string();
    let serde = english
        .strip_prefix("/m/x.jsonl:1: journal header: ")
        .and_then(|rest| rest.strip_suffix("; the file was left as it is"))
        .unwrap_or_else(|| panic!("{english}"));
    assert_eq!(
        header.message(Lang::Es),
        format!("/m/x.jsonl:1: cabecera del diario: {serde}; el archivo quedó como estaba")
    );
    for err in [agenda, header] {
        for lang in [Lang::En, Lang::Es] {
            let said = err.message(lang);
            assert!(
                said.starts_with("/m/x.jsonl:") && !said.contains('\n'),
                "{said}"
            );
        }
    }
}

/// An agenda given as a journal is said as `check` says it, its path quoted the same way.
#[test]
fn an_agenda_given_as_a_journal_is_said_as_check_says_it() {
    for name in [
        "/m/board.ron",
        "/m/my board.ron",
        "/m/it's.ron",
        "/m/a\u{22}b$c`d\\e.ron",
    ] {
        let path = Path::new(name);
        for lang in [Lang::En, Lang::Es] {
            assert_eq!(
                OtherFile::Agenda.said(path, lang),
                crate::parse::file_kind::not_a_journal_in(crate::agenda::EXAMPLE, path, lang)
                    .unwrap()
            );
        }
    }
}
