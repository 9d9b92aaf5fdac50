//! Lectura Fácil: the Easy Read agenda and minutes in Spanish, on the Spanish example agenda
//! (`agendas/consejo-de-familias.ron`) and a meeting held on it, read with the
//! Fernández-Huerta score, in its corrected form:
//!
//! > 206.84 − 0.60 × (syllables per 100 words) − 1.02 × (words per sentence)
//!
//! (José Fernández Huerta, "Medidas sencillas de lecturabilidad", Consigna 214, 1959: Flesch's
//! reading ease fitted to Spanish). 80 and above is "easy"; the target here, with the
//! agenda's titles and the secretary's notes counted as they are written.
//!
//! Syllables are counted with the rules of the Real Academia Española and ASALE,
//! "Ortografía de la lengua española" (2010), chapter 1, §§ 1.2.1.1–1.2.1.3 (diphthongs,
//! triphthongs and hiatus): the vowels a, e, o are open, i, u (and ü) closed; two open vowels
//! side by side are in two syllables (hiatus: "le-er", "po-e-ta"); an open and a closed one, or
//! two different closed ones, are one (diphthong: "ai-re", "ciu-dad"), and so is closed, open,
//! closed (triphthong: "buey"); an accented closed vowel beside an open one is its own
//! syllable ("dí-a", "pa-ís"); an h between vowels does not part them ("prohi-bir"); the u
//! of que, qui, gue, gui is silent; y is a vowel only at the end of a word after a vowel
//! ("hoy", "muy") or alone. A number counts a syllable for each digit (a rough, cautious
//! stand-in for its spoken words: "6" is "seis", "2026" is five).
//!
//! A sentence ends at `.`, `!` or `?`, and at the end of a heading, a bullet or a paragraph,
//! as in the English test (`easy_read_agenda/tests.rs`).

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

use super::{Format, Options, easy_read_agenda, render, to_text};
use crate::agenda::Agenda;
use crate::lang::Lang;
use crate::meeting::{Attendance, Event, Meeting, Record, Vote};

const AGENDA: &str = "agendas/consejo-de-familias.ron";

/// What a letter is in a syllable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sound {
    Open,
    Closed,
    /// í or ú: a syllable of its own beside another vowel.
    ClosedStressed,
    /// An h, which does not part the vowels around it.
    Silent,
    Consonant,
}

fn sound(word: &[char], i: usize) -> Sound {
    let c = word[i];
    let before = i.checked_sub(1).map(|j| word[j]);
    let after = word.get(i + 1).copied();
    match c {
        'a' | 'e' | 'o' | 'á' | 'é' | 'ó' => Sound::Open,
        'í' | 'ú' => Sound::ClosedStressed,
        'u' if matches!(before, Some('q' | 'g'))
            && matches!(after, Some('e' | 'i' | 'é' | 'í')) =>
        {
            Sound::Consonant
        }
        'i' | 'u' | 'ü' => Sound::Closed,
        'y' if word.len() == 1 => Sound::Closed,
        'y' if after.is_none() && before.is_some_and(|b| "aeiouáéíóú".contains(b)) => {
            Sound::Closed
        }
        'h' => Sound::Silent,
        _ => Sound::Consonant,
    }
}

/// Whether two vowels side by side are in two syllables.
fn hiatus(a: (char, Sound), b: (char, Sound)) -> bool {
    match (a.1, b.1) {
        (Sound::Open, Sound::Open) => true,
        (Sound::ClosedStressed, _) | (_, Sound::ClosedStressed) => true,
        // ii, uu: the same closed vowel twice ("chi-i-ta").
        (Sound::Closed, Sound::Closed) => a.0 == b.0,
        _ => false,
    }
}

/// The syllables of a Spanish word (letters only; see the module's comment for the rules).
fn syllables(word: &str) -> usize {
    let word: Vec<char> = word.to_lowercase().chars().collect();
    let mut count = 0;
    let mut last: Option<(char, Sound)> = None;
    for i in 0..word.len() {
        match sound(&word, i) {
            Sound::Consonant => last = None,
            Sound::Silent => {}
            vowel => {
                let here = (word[i], vowel);
                if last.is_none_or(|l| hiatus(l, here)) {
                    count += 1;
                }
                last = Some(here);
            }
        }
    }
    count.max(1)
}

/// The Fernández-Huerta score of a plain-text document, with its counts.
fn fernandez_huerta(text: &str) -> (f64, usize, usize, usize) {
    let (mut words, mut sentences, mut syllable_count) = (0, 0, 0);
    let units = text
        .split("\n\n")
        .flat_map(|block| block.split("\n- "))
        .map(|unit| {
            unit.lines()
                .filter(|l| !l.chars().all(|c| "=-·".contains(c)))
                .collect::<Vec<_>>()
                .join(" ")
        });
    for unit in units {
        let mut in_sentence = false;
        for token in unit.split_whitespace() {
            let letters: String = token.chars().filter(|c| c.is_alphanumeric()).collect();
            if !letters.is_empty() {
                words += 1;
                in_sentence = true;
                syllable_count += match letters.chars().any(char::is_alphabetic) {
                    true => syllables(&letters),
                    false => letters.chars().count(),
                };
            }
            if in_sentence && token.ends_with(['.', '!', '?']) {
                sentences += 1;
                in_sentence = false;
            }
        }
        if in_sentence {
            sentences += 1;
        }
    }
    #[allow(clippy::cast_precision_loss)]
    let (w, s, y) = (words as f64, sentences.max(1) as f64, syllable_count as f64);
    let score = 206.84 - 0.60 * (100.0 * y / w.max(1.0)) - 1.02 * (w / s);
    (score, words, sentences, syllable_count)
}

#[test]
fn the_syllable_counter_follows_the_academy_s_rules() {
    let table = [
        // Open and closed vowels: diphthongs.
        ("reunión", 2),
        ("aire", 2),
        ("ciudad", 2),
        ("familias", 3),
        ("bienvenida", 4),
        ("novedades", 4),
        // Two open vowels: hiatus.
        ("leer", 2),
        ("poeta", 3),
        ("paseo", 3),
        // An accented closed vowel: hiatus.
        ("día", 2),
        ("país", 2),
        ("días", 2),
        ("reúne", 3),
        // Triphthong.
        ("buey", 1),
        ("averiguáis", 4),
        // The silent u, and the ü that is heard.
        ("que", 1),
        ("quiero", 2),
        ("guerra", 2),
        ("pingüino", 3),
        // y: a vowel at the end after a vowel, or alone; a consonant before a vowel.
        ("hoy", 1),
        ("muy", 1),
        ("y", 1),
        ("ayuntamiento", 5),
        // h between vowels does not part them.
        ("prohibir", 2),
        ("ahora", 3),
        ("menú", 2),
        ("jueves", 2),
        ("miércoles", 3),
        ("decisión", 3),
    ];
    for (word, count) in table {
        assert_eq!(syllables(word), count, "{word}");
    }
}

#[test]
fn the_score_is_fernandez_huerta_s() {
    // "El gato come pan.": 4 words, 1 sentence, 1 + 2 + 2 + 1 = 6 syllables.
    let (score, words, sentences, syllable_count) = fernandez_huerta("El gato come pan.");
    assert_eq!((words, sentences, syllable_count), (4, 1, 6));
    let expected = 206.84 - 0.60 * 150.0 - 1.02 * 4.0;
    assert!((score - expected).abs() < 1e-9, "{score}");
}

pub(super) fn agenda() -> Agenda {
    crate::store::read_agenda(Path::new(AGENDA)).unwrap()
}

/// 3 December 2026, at `local` (HH:MM, Madrid's winter time).
pub(super) fn at(local: &str) -> DateTime<Utc> {
    let time = chrono::NaiveTime::parse_from_str(local, "%H:%M").unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap().and_time(time);
    day.and_local_timezone(madrid()).unwrap().to_utc()
}

fn madrid() -> FixedOffset {
    FixedOffset::east_opt(3600).unwrap()
}

/// The council of 3 December, as its journal holds it: written out as a journal file's lines
/// (header, then one record a line), read back and replayed as `cochair export` does. Two
/// decisions (one by consensus, one counted), notes in plain words, two jobs, a confidential
/// item, a topic for another meeting, and an item the time did not reach.
pub(super) fn meeting() -> Meeting {
    let agenda = agenda();
    let person = |name: &str| name.to_owned();
    let mut records: Vec<(&str, Event)> = vec![(
        "17:28",
        Event::Batch {
            events: agenda
                .people
                .iter()
                .map(|p| Event::AttendanceMarked {
                    person: p.name.clone(),
                    attendance: match p.name.as_str() {
                        "Rosa Jiménez" => Attendance::Apologies,
                        _ => Attendance::Present,
                    },
                })
                .collect(),
        },
    )];
    let note = |item, text: &str| Event::NoteAdded {
        item,
        text: text.into(),
    };
    records.extend([
        ("17:31", Event::MeetingStarted),
        ("17:35", Event::ItemOpened { item: 1 }),
        (
            "17:38",
            Event::DecisionRecorded {
                item: 1,
                text: "Damos por buena el acta de noviembre".into(),
                vote: Vote::Consensus,
            },
        ),
        ("17:40", Event::ItemOpened { item: 2 }),
        (
            "17:41",
            Event::HandRaised {
                person: person("Ahmed Benali"),
                process: false,
            },
        ),
        (
            "17:41",
            Event::FloorGiven {
                person: person("Ahmed Benali"),
                by_override: false,
            },
        ),
        ("17:44", Event::TurnEnded),
        (
            "17:52",
            note(
                2,
                "Muchas familias no ven el menú hasta el lunes. Lo quieren el viernes antes",
            ),
        ),
        (
            "17:55",
            note(2, "El comedor ya tiene menús sin gluten y sin leche"),
        ),
        (
            "17:58",
            Event::ActionAdded {
                item: 2,
                text: "Mandar el menú de la semana a las familias cada viernes".into(),
                owner: person("Marta Sánchez"),
                due: NaiveDate::from_ymd_opt(2026, 12, 11),
                private: None,
            },
        ),
        ("18:00", Event::ItemOpened { item: 3 }),
        (
            "18:10",
            note(3, "Pedro Gil puede quedarse en el patio hasta las 6"),
        ),
        (
            "18:18",
            Event::DecisionRecorded {
                item: 3,
                text: "El patio abre hasta las 6 de la tarde los martes y los jueves".into(),
                vote: Vote::Counted {
                    in_favour: 6,
                    against: 1,
                    abstain: 1,
                    carried: true,
                },
            },
        ),
        ("18:20", Event::ItemOpened { item: 4 }),
        ("18:30", Event::ItemOpened { item: 5 }),
        ("18:38", note(5, "El bus llegó tarde 12 días en noviembre")),
        (
            "18:42",
            Event::ActionAdded {
                item: 5,
                text: "Escribir al ayuntamiento por el bus".into(),
                owner: person("Carmen Ruiz"),
                due: None,
                private: None,
            },
        ),
        (
            "18:44",
            Event::TopicParked {
                text: "La fiesta de fin de curso".into(),
                private: None,
            },
        ),
        ("18:45", Event::ItemOpened { item: 6 }),
        ("18:55", note(6, "La familia necesita ayuda con los libros")),
        ("19:00", Event::ItemOpened { item: 7 }),
        (
            "19:08",
            note(7, "El colegio tendrá dos profes nuevos en enero"),
        ),
        ("19:12", Event::MeetingEnded),
    ]);
    let header = serde_json::json!({
        "cochair_journal": crate::store::journal::FORMAT_VERSION,
        "created": at("17:20"),
        "date": "2026-12-03",
        "agenda_file": "consejo-de-familias.ron",
        "agenda": agenda,
    });
    let mut journal = format!("{header}\n");
    for (time, event) in records {
        let line = serde_json::to_string(&Record::new(at(time), event)).unwrap();
        journal.push_str(&format!("{line}\n"));
    }
    let path = Path::new("consejo-de-familias-2026-12-03.jsonl");
    let contents = crate::store::journal::parse(journal.as_bytes(), path).unwrap();
    crate::store::journal::replay(path, &contents).unwrap()
}

pub(super) fn options() -> Options {
    Options {
        offset: madrid(),
        include_confidential: false,
        now: at("20:00"),
        lang: Lang::Es,
    }
}

#[test]
fn the_spanish_easy_read_agenda_is_easy_to_read() {
    let text = to_text(&easy_read_agenda(&agenda(), Lang::Es));
    let (score, words, sentences, syllables) = fernandez_huerta(&text);
    eprintln!("{AGENDA}: {score:.1} ({words} words, {sentences} sentences, {syllables} syllables)");
    assert!(score >= 80.0, "{score:.1}\n{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn the_spanish_easy_read_minutes_are_easy_to_read() {
    let text = render(&meeting(), Format::EasyRead, &options());
    let (score, words, sentences, syllables) = fernandez_huerta(&text);
    eprintln!("minutes: {score:.1} ({words} words, {sentences} sentences, {syllables} syllables)");
    assert!(score >= 80.0, "{score:.1}\n{text}");
    insta::assert_snapshot!(text);
}

/// The Spanish minutes say, in Spanish, everything the English ones say: the same meeting in
/// both languages, the user's words as written, no English left in the Spanish.
#[test]
fn the_same_journal_exports_in_either_language() {
    let meeting = meeting();
    let spanish = render(&meeting, Format::EasyRead, &options());
    let english = render(
        &meeting,
        Format::EasyRead,
        &Options {
            lang: Lang::En,
            ..options()
        },
    );
    for words in [
        "Damos por buena el acta de noviembre",
        "Marta Sánchez",
        "La fiesta de fin de curso",
    ] {
        assert!(
            spanish.contains(words) && english.contains(words),
            "{words}"
        );
    }
    assert!(
        spanish.contains("La reunión fue el jueves, 3 de diciembre de 2026."),
        "{spanish}"
    );
    assert!(
        spanish.contains("Empezó más o menos a las 5 y media de la tarde."),
        "{spanish}"
    );
    assert!(
        spanish.contains("para el viernes, 11 de diciembre"),
        "{spanish}"
    );
    assert!(
        english.contains("The meeting was on Thursday 3 December 2026."),
        "{english}"
    );
    for english_word in ["What we", "meeting", " by ", "o'clock", "Thursday"] {
        assert!(
            !spanish.contains(english_word),
            "{english_word:?} in\n{spanish}"
        );
    }
    assert!(
        !spanish.contains("La familia necesita ayuda"),
        "the confidential item's notes"
    );
}
