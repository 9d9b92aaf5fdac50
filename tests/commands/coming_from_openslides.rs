//! The README's "Coming from OpenSlides" table and the tests it names agree.

/// The README's "Coming from OpenSlides" table names a test for every rule cochair follows or
/// differs on: each one named is a test in the files the README names, so the table cannot
/// point at nothing.
#[test]
fn every_rule_followed_or_differed_on_in_the_readme_names_a_test_that_exists() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let start = readme.find("## Coming from OpenSlides").unwrap();
    let end = start + readme[start..].find("\n## ").unwrap();
    let sources: String = [
        "src/meeting/speaker_rules.rs",
        "src/meeting/speaker_rules/changing_a_hand.rs",
        "src/meeting/speaker_rules/the_order.rs",
        "src/meeting/speaker_timing.rs",
        "src/app/speakers_tests.rs",
    ]
    .iter()
    .map(|path| std::fs::read_to_string(path).unwrap())
    .collect();
    let mut rows = 0;
    for row in readme[start..end].lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = row.split(" | ").collect();
        if cells.len() < 4 || cells[0] == "| OpenSlides" || row.starts_with("|---") {
            continue;
        }
        let verdict = cells[1];
        let tests: Vec<&str> = cells[3].trim_end_matches(" |").split(", ").collect();
        if verdict.starts_with("lacks") {
            continue;
        }
        assert!(
            verdict.starts_with("follows") || verdict.starts_with("differs"),
            "{row}"
        );
        for test in tests {
            let name = test.trim().trim_matches('`');
            assert!(!name.is_empty(), "no test named: {row}");
            assert!(
                sources.contains(&format!("fn {name}()")),
                "{name} is not a test"
            );
            rows += 1;
        }
    }
    assert!(rows > 40, "{rows} tests named");
}
