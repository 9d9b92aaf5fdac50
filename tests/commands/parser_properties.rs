//! Mutated versions of every example agenda, keymap and a journal fixture: each parser answers
//! with a value or a clear error, and never panics.

use std::path::Path;

use proptest::prelude::*;

fn files(dir: &str) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Delete(usize, usize),
    Insert(usize, String),
    Truncate(usize),
    Duplicate(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let tokens = prop_oneof![
        Just("(".to_string()),
        Just(")".to_string()),
        Just("[".to_string()),
        Just("\"".to_string()),
        Just(",".to_string()),
        Just(":".to_string()),
        Just("Some(".to_string()),
        Just("\u{1b}[2J".to_string()),
        Just("-1".to_string()),
        Just("1e999".to_string()),
        Just("é".to_string()),
        Just("\n".to_string()),
        "[a-z_]{1,8}".prop_map(String::from),
    ];
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<usize>(), tokens).prop_map(|(i, t)| Mutation::Insert(i, t)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), 1usize..200).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for m in mutations {
        let len = bytes.len().max(1);
        match m {
            Mutation::Flip(i, b) if !bytes.is_empty() => bytes[i % len] = *b,
            Mutation::Delete(i, n) => {
                let at = i % len;
                let end = (at + n).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            Mutation::Insert(i, t) => {
                let at = i % (bytes.len() + 1);
                bytes.splice(at..at, t.bytes());
            }
            Mutation::Truncate(i) => bytes.truncate(i % len),
            Mutation::Duplicate(i, n) => {
                let at = i % len;
                let end = (at + n).min(bytes.len());
                let copy = bytes[at.min(end)..end].to_vec();
                bytes.splice(end..end, copy);
            }
            _ => {}
        }
    }
    bytes
}

/// An error message: one clear line or more, each starting with the file's name.
fn clear(message: &str, name: &str) {
    assert!(!message.is_empty());
    for line in message.lines() {
        assert!(line.starts_with(name), "{line:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn agendas_never_panic(which in 0usize..64, mutations in prop::collection::vec(mutation(), 1..6)) {
        let agendas = files("agendas");
        let bytes = mutate(&agendas[which % agendas.len()], &mutations);
        let text = String::from_utf8_lossy(&bytes);
        if let Err(e) = cochair::agenda::from_str(&text, Path::new("mutated.ron")) {
            clear(&e.to_string(), "mutated.ron");
        }
    }

    #[test]
    fn keymaps_never_panic(which in 0usize..2, mutations in prop::collection::vec(mutation(), 1..6)) {
        let keymaps = files("keymaps");
        let bytes = mutate(&keymaps[which % keymaps.len()], &mutations);
        let text = String::from_utf8_lossy(&bytes);
        if let Err(e) = cochair::input::parse(&text, Path::new("mutated.ron")) {
            clear(&e.to_string(), "mutated.ron");
        }
    }

    #[test]
    fn journals_never_panic(mutations in prop::collection::vec(mutation(), 1..6)) {
        let fixture = std::fs::read_to_string("tests/fixtures/advisory-group.jsonl").unwrap();
        let bytes = mutate(&fixture, &mutations);
        let path = Path::new("mutated.jsonl");
        match cochair::store::journal::parse(&bytes, path) {
            Ok(contents) => {
                if let Err(e) = cochair::store::journal::replay(path, &contents) {
                    clear(&e.to_string(), "mutated.jsonl");
                }
            }
            Err(e) => clear(&e.to_string(), "mutated.jsonl"),
        }
    }
}

/// A line break typed inside a quoted group name stays inside its problem's one line: every
/// line of the message still starts with the file's name (found by `agendas_never_panic`).
#[test]
fn a_line_break_in_a_quoted_name_does_not_break_its_message() {
    let agenda = std::fs::read_to_string("agendas/consumer-advisory-group-quarterly.ron").unwrap();
    let broken = agenda.replacen(
        "customer_groups: [\"consumers\"",
        "customer_groups: [\"\nconsumers\"",
        1,
    );
    assert_ne!(broken, agenda);
    let e = cochair::agenda::from_str(&broken, Path::new("mutated.ron")).unwrap_err();
    let message = e.to_string();
    assert!(
        message.contains("customer_majority can never be met"),
        "{message}"
    );
    clear(&message, "mutated.ron");
}
