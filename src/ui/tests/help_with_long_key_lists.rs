//! A keymap with many keys for one action (a presentation clicker's): the help screen wraps
//! the keys in their column and never runs them into the description.

use super::*;

fn with_clicker_keys() -> Model {
    let mut model = mid_meeting(Theme::Standard);
    let clicker = crate::input::parse(
        include_str!("../../../keymaps/clicker.ron"),
        std::path::Path::new("keymaps/clicker.ron"),
    )
    .unwrap();
    model.keymap.merge(clicker);
    model
}

/// A help line as (keys, description): keys in columns 2 to 16, a space, the description
/// from column 18. Lines that carry on a long key list have no description.
fn columns(line: &str) -> (String, String) {
    let chars: Vec<char> = line.chars().collect();
    assert!(line.starts_with("  "), "{line:?} is not indented");
    if chars.len() > 17 {
        assert_eq!(
            chars[17], ' ',
            "{line:?}: no gap between keys and description"
        );
    }
    let keys = chars.iter().skip(2).take(15).collect::<String>();
    let description = chars.iter().skip(18).collect::<String>();
    (keys.trim_end().to_owned(), description)
}

#[test]
fn keys_wrap_in_their_column_and_every_binding_is_listed() {
    let model = with_clicker_keys();
    let lines: Vec<String> = help::help_lines(&model.keymap, model.theme, model.seat, Lang::En)
        .iter()
        .map(|l| l.to_string())
        .collect();
    // Rows of (mode title, keys, description), a row's keys gathered from its lines.
    let mut rows: Vec<(String, Vec<String>, String)> = Vec::new();
    let mut section = String::new();
    let mut wrapped = 0;
    for line in &lines {
        if line.is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            section = line.clone();
            continue;
        }
        let (keys, description) = columns(line);
        let keys = keys.split(',').map(str::trim).filter(|k| !k.is_empty());
        if description.is_empty() {
            let (_, row, _) = rows.last_mut().expect("a key line after a description");
            row.extend(keys.map(String::from));
            wrapped += 1;
        } else {
            rows.push((
                section.clone(),
                keys.map(String::from).collect(),
                description,
            ));
        }
    }
    assert!(
        wrapped > 0,
        "no key list was long enough to wrap:\n{}",
        lines.join("\n")
    );
    for (mode, key, action) in model.keymap.bindings() {
        let listed = rows.iter().any(|(section, keys, description)| {
            *section == mode.title(Lang::En)
                && *description == action.describe(Lang::En)
                && keys.contains(&key.to_string())
        });
        assert!(
            listed,
            "{} {key} {action:?} missing:\n{}",
            mode.name(),
            lines.join("\n")
        );
    }
}

#[test]
fn help_with_clicker_keys_80x30() {
    let mut model = with_clicker_keys();
    model.overlay = Overlay::Help { scroll: 0 };
    insta::assert_snapshot!(render(&model, 80, 30).backend());
}
