//! How easy the Easy Read documents are to read, by the Flesch reading ease score:
//!
//! > 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words)
//!
//! (Rudolf Flesch, "A new readability yardstick", Journal of Applied Psychology 32, 1948).
//! 80 and above is "easy": the target for every agenda in `agendas/`, whose titles and
//! descriptions are counted as they are written.
//!
//! Syllables are counted with the rules of Greg Fast's Perl module Lingua::EN::Syllable (on
//! CPAN; the rules as its Raku port, coke/raku-lingua-en-syllable, writes them): each group of
//! vowels (a, e, i, o, u, y) is a syllable once a final `e` and any apostrophes are dropped,
//! less one for each of its "sub" patterns in the word and plus one for each of its "add"
//! patterns, and at least one.
//!
//! A sentence ends at `.`, `!` or `?`, and also at the end of a heading, a bullet or a
//! paragraph: Easy Read puts each on a line of its own. A word is anything with a letter or a
//! digit in it; a number counts one syllable.

use std::path::Path;

use super::*;
use crate::export::to_text;
use crate::lang::Lang;

/// Lingua::EN::Syllable's `syllable`.
fn syllables(word: &str) -> usize {
    let mut word: String = word
        .to_lowercase()
        .chars()
        .filter(|c| *c != '\'' && *c != '’')
        .collect();
    if word.ends_with('e') {
        word.pop();
    }
    let w: Vec<char> = word.chars().collect();
    let n = w.len();
    let vowel = |c: char| "aeiouy".contains(c);
    let groups = w
        .iter()
        .enumerate()
        .filter(|&(i, &c)| vowel(c) && (i == 0 || !vowel(w[i - 1])))
        .count();
    let has = |s: &str| word.contains(s);
    let ends = |s: &str| word.ends_with(s);
    let sub = [
        has("cial"),
        has("tia"),
        has("cius"),
        has("cious"),
        has("giu"),
        has("ion"),
        has("iou"),
        ends("sia"),
        n > 3 && ends("ely"),
    ];
    let ua = (0..n.saturating_sub(1)).any(|i| {
        w[i] == 'u'
            && w[i + 1] == 'a'
            && (i == 0 || !"gq".contains(w[i - 1]))
            && w.get(i + 2).is_none_or(|c| !"auieo".contains(*c))
    });
    let add = [
        has("ia"),
        has("riet"),
        has("dien"),
        has("iu"),
        has("io"),
        has("ii"),
        n >= 3 && ends("bl") && "aeiouym".contains(w[n - 3]),
        w.windows(3).any(|t| t.iter().all(|c| "aeiou".contains(*c))),
        word.starts_with("mc"),
        ends("ism"),
        n >= 3
            && w[n - 1] == 'l'
            && w[n - 2] == w[n - 3]
            && !vowel(w[n - 2])
            && w[n - 2].is_alphabetic(),
        (1..n.saturating_sub(3)).any(|i| {
            w[i - 1] != 'l'
                && word[word.char_indices().nth(i).map_or(0, |(b, _)| b)..].starts_with("lien")
        }),
        word.starts_with("coa") && n >= 5 && "dglx".contains(w[3]),
        ua,
        ends("dnt"),
    ];
    let count = |rules: &[bool]| rules.iter().filter(|r| **r).count();
    (groups + count(&add) + usize::from(n == 1))
        .saturating_sub(count(&sub))
        .max(1)
}

/// The Flesch reading ease of a plain-text document, with its counts.
fn reading_ease(text: &str) -> (f64, usize, usize, usize) {
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
            let letters: String = token
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == '\'')
                .collect();
            if letters.chars().any(char::is_alphanumeric) {
                words += 1;
                in_sentence = true;
                syllable_count += match letters.chars().any(char::is_alphabetic) {
                    true => syllables(&letters),
                    false => 1,
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
    let ease = 206.835
        - 1.015 * words as f64 / sentences.max(1) as f64
        - 84.6 * syllable_count as f64 / words.max(1) as f64;
    (ease, words, sentences, syllable_count)
}

#[test]
fn the_syllable_counter_counts_as_its_source_does() {
    let table = [
        ("the", 1),
        ("meeting", 2),
        ("minutes", 3),
        ("evening", 3),
        ("agreeable", 4),
        ("battle", 2),
        ("alien", 3),
        ("couldn't", 2),
        ("absolutely", 4),
        ("special", 2),
        ("coalition", 4),
        ("x", 1),
        ("quarterly", 3),
    ];
    for (word, count) in table {
        assert_eq!(syllables(word), count, "{word}");
    }
}

#[test]
fn the_score_is_flesch_s() {
    // "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables.
    let (ease, words, sentences, syllable_count) = reading_ease("The cat sat on the mat.");
    assert_eq!((words, sentences, syllable_count), (6, 1, 6));
    assert!((ease - (206.835 - 1.015 * 6.0 - 84.6)).abs() < 1e-9);
}

#[test]
fn every_easy_read_agenda_reads_easily() {
    let mut paths: Vec<_> = std::fs::read_dir("agendas")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 6);
    for path in paths {
        let src = std::fs::read_to_string(&path).unwrap();
        let agenda = crate::agenda::from_str(&src, Path::new(&path)).unwrap();
        // Flesch's score is for English; the Spanish agendas are scored with Fernández
        // Huerta's (see `lectura_facil.rs`).
        if agenda.language.as_deref().is_some_and(|l| l != "en") {
            continue;
        }
        let text = to_text(&easy_read_agenda(&agenda, Lang::En));
        let (ease, words, sentences, syllable_count) = reading_ease(&text);
        eprintln!(
            "{}: {ease:.1} ({words} words, {sentences} sentences, {syllable_count} syllables)",
            path.display()
        );
        assert!(ease >= 80.0, "{}: {ease:.1}\n{text}", path.display());
    }
}

#[test]
fn lengths_are_said_in_words() {
    let how_long = |m| crate::lang::dates::how_long(Lang::En, m);
    assert_eq!(how_long(5), "5 minutes");
    assert_eq!(how_long(1), "1 minute");
    assert_eq!(how_long(60), "1 hour");
    assert_eq!(how_long(75), "1 hour and 15 minutes");
    assert_eq!(how_long(120), "2 hours");
    let cuanto = |m| crate::lang::dates::how_long(Lang::Es, m);
    assert_eq!(cuanto(1), "1 minuto");
    assert_eq!(cuanto(75), "1 hora y 15 minutos");
    assert_eq!(cuanto(120), "2 horas");
}
