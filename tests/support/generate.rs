//! Large generated agendas and journals, for tests and benchmarks.

#![allow(dead_code)]

/// An agenda with `people` people in two groups and `items` items; the title, the first
/// person's name and the first item's title are padded to `name_len` characters.
pub fn large_agenda(people: usize, items: usize, name_len: usize) -> String {
    let pad = |base: String| {
        let mut s = base;
        while s.chars().count() < name_len {
            s.push_str(" long");
        }
        s.chars()
            .take(name_len.max(1))
            .collect::<String>()
            .trim_end()
            .to_owned()
    };
    let mut src = String::from("Agenda(\n    title: \"");
    src.push_str(&pad("Large meeting".into()));
    src.push_str("\",\n    groups: [\n        Group(id: \"c\", label: \"Customers\", weight: 2.0),\n        Group(id: \"s\", label: \"Staff\", weight: 1.0),\n    ],\n    people: [\n");
    for i in 0..people {
        let group = if i % 2 == 0 { "c" } else { "s" };
        let name = if i == 0 {
            pad(format!("Person {i}"))
        } else {
            format!("Person {i}")
        };
        src.push_str(&format!(
            "        Person(name: \"{name}\", group: \"{group}\"),\n"
        ));
    }
    src.push_str("    ],\n    items: [\n");
    for i in 0..items {
        let title = if i == 0 {
            pad(format!("Item {i}"))
        } else {
            format!("Item {i}")
        };
        src.push_str(&format!("        Item(title: \"{title}\", minutes: 5),\n"));
    }
    src.push_str("    ],\n)\n");
    src
}
