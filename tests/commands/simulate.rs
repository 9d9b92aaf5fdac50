//! `cochair simulate`: repeatable, in turns and minutes, over a range of seeds, with a weight
//! tried without editing the file, its bad arguments refused, and the README's examples true.

use std::fs;

use crate::{cochair, readme_block};
#[test]
fn simulate_is_repeatable_and_its_json_has_the_same_figures() {
    let args = [
        "simulate",
        "agendas/reference-board.ron",
        "--eagerness",
        "professionals=2",
        "--seed",
        "3",
    ];
    let text = cochair().args(args).output().unwrap();
    assert!(text.status.success());
    let again = cochair().args(args).output().unwrap();
    assert_eq!(text.stdout, again.stdout, "same seed, same output");
    let table = String::from_utf8(text.stdout).unwrap();
    for expected in [
        "weighted-fair",
        "fifo",
        "progressive-stack",
        "longest wait (turns)",
        "most times overtaken",
        "never heard",
    ] {
        assert!(table.contains(expected), "missing {expected:?}:\n{table}");
    }
    let json = cochair().args(args).arg("--json").output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let policies = report["policies"].as_array().unwrap();
    assert_eq!(policies.len(), 3);
    for policy in policies {
        let share = policy["groups"][0]["share"].as_f64().unwrap();
        let shown = format!("{:.0}% airtime", share * 100.0);
        assert!(table.contains(&shown), "{shown} not in\n{table}");
    }
    assert_eq!(report["eagerness"]["professionals"], 2.0);
    let customers = &policies[0]["groups"][0];
    assert_eq!(customers["target"], 0.6);
    assert_eq!(customers["weight"], 2.0);
    assert!(policies[0]["groups"][1]["target"].is_null());
    assert!(table.contains("Customer leaders (weight 2, target 60%)"));
}

#[test]
fn simulate_refuses_unknown_groups_and_policies() {
    let output = cochair()
        .args([
            "simulate",
            "agendas/reference-board.ron",
            "--eagerness",
            "staff=2",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("there is no group \"staff\""));
    let output = cochair()
        .args([
            "simulate",
            "agendas/reference-board.ron",
            "--policy",
            "loudest",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "clap refuses unknown values");
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    use std::io::Read;
    use std::process::{Command as Std, Stdio};
    let mut child = Std::new(env!("CARGO_BIN_EXE_cochair"))
        .args(["simulate", "agendas/reference-board.ron", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    child.wait().unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn simulate_gives_waits_in_minutes_as_well_as_turns() {
    let args = [
        "simulate",
        "agendas/reference-board.ron",
        "--policy",
        "fifo",
    ];
    let table = cochair().args(args).output().unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    let json = cochair().args(args).arg("--json").output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let fifo = &report["policies"][0];
    let longest = fifo["longest_wait_seconds"].as_i64().unwrap();
    let shown = format!("{:02}:{:02}", longest / 60, longest % 60);
    let line = table
        .lines()
        .find(|l| l.starts_with("longest wait (minutes)"))
        .unwrap();
    assert!(line.ends_with(&shown), "{shown} not in {line:?}");
    for group in fifo["groups"].as_array().unwrap() {
        let median = group["median_wait_seconds"].as_i64().unwrap();
        assert!(median > 0 && median <= longest, "{group}");
        assert!(group["median_wait_turns"].as_u64().unwrap() > 0, "{group}");
        let shown = format!("{:02}:{:02}", median / 60, median % 60);
        assert!(table.contains(&shown), "{shown} not in\n{table}");
    }
}

#[test]
fn simulate_says_when_the_queue_is_saturated() {
    let eager = [
        "simulate",
        "agendas/reference-board.ron",
        "--eagerness",
        "customers=50",
        "--eagerness",
        "professionals=50",
    ];
    let table = cochair().args(eager).output().unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.contains("Nearly everyone has a hand up"), "{table}");
    let json = cochair().args(eager).arg("--json").output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["saturated_from"], 0.95);
    let note = report["saturation_note"].as_str().unwrap();
    assert!(note.starts_with("Nearly everyone has a hand up all the time"));
    for policy in report["policies"].as_array().unwrap() {
        assert_eq!(policy["saturated"], true);
        assert!(policy["hands_up"].as_f64().unwrap() >= 0.95);
        for group in policy["groups"].as_array().unwrap() {
            assert!(group["hands_up"].as_f64().unwrap() >= policy["hands_up"].as_f64().unwrap());
        }
    }
    let calm = cochair()
        .args(["simulate", "agendas/reference-board.ron", "--json"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&calm.stdout).unwrap();
    assert!(report["saturation_note"].is_null());
    assert_eq!(report["policies"][0]["saturated"], false);
}

#[test]
fn simulate_tries_a_weight_without_editing_the_file() {
    let base = ["simulate", "agendas/reference-board.ron", "--json"];
    let share = |extra: &[&str]| {
        let output = cochair().args(base).args(extra).output().unwrap();
        assert!(output.status.success(), "{extra:?}");
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let fair = &report["policies"][0];
        assert_eq!(fair["policy"], "weighted-fair");
        (fair["groups"][0]["share"].as_f64().unwrap(), report)
    };
    let (agenda, _) = share(&[]);
    let (tried, report) = share(&["--weight", "customers=1", "--weight", "professionals=1.5"]);
    assert!(tried < agenda - 0.1, "{tried} against {agenda}");
    assert_eq!(report["weights"]["customers"], 1.0);
    assert_eq!(report["weights"]["professionals"], 1.5);
    assert_eq!(report["policies"][0]["groups"][1]["weight"], 1.5);
    let table = cochair()
        .args([
            "simulate",
            "agendas/reference-board.ron",
            "--weight",
            "customers=3",
        ])
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(
        table.contains("Weights tried: customers 3 (agenda: 2)."),
        "{table}"
    );
    assert!(
        table.contains("Customer leaders (weight 3, target 60%)"),
        "{table}"
    );
}

#[test]
fn simulate_refuses_bad_weights_and_eagerness() {
    // The form and the number are the command line's: usage errors, exit 2.
    for (flag, value, message) in [
        (
            "--weight",
            "customers",
            "write it as GROUP=WEIGHT, like carers=1.5",
        ),
        (
            "--weight",
            "customers=0",
            "the weight must be a number above 0",
        ),
        (
            "--weight",
            "customers=heavy",
            "the weight must be a number above 0",
        ),
        (
            "--eagerness",
            "customers",
            "write it as GROUP=RATE, like staff=2",
        ),
        (
            "--eagerness",
            "customers=-1",
            "the rate must be a number of 0 or more",
        ),
    ] {
        let output = cochair()
            .args(["simulate", "agendas/reference-board.ron", flag, value])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{flag} {value}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{flag} {value}: {stderr}");
        assert!(output.stdout.is_empty());
    }
    // The group is the agenda's: exit 1, like a bad file.
    let output = cochair()
        .args([
            "simulate",
            "agendas/reference-board.ron",
            "--weight",
            "carers=1.5",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "--weight carers=1.5: there is no group \"carers\" (groups: customers, professionals)\n"
    );
}

#[test]
fn simulate_sums_up_a_range_of_seeds() {
    let args = [
        "simulate",
        "agendas/reference-board.ron",
        "--eagerness",
        "professionals=2",
        "--seeds",
        "1..10",
    ];
    let output = cochair().args(args).output().unwrap();
    assert!(output.status.success());
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.contains("seeds 1..10 (10 runs)"), "{table}");
    assert!(
        table.contains("the lowest and highest in brackets"),
        "{table}"
    );
    let json = cochair().args(args).arg("--json").output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["seeds"]["first"], 1);
    assert_eq!(report["seeds"]["last"], 10);
    assert_eq!(report["seeds"]["runs"], 10);
    assert_eq!(report["spread"], "min-max");
    assert!(report.get("seed").is_none());
    let policies = report["policies"].as_array().unwrap();
    assert_eq!(policies.len(), 3);
    for policy in policies {
        assert_eq!(policy["runs"], 10);
        for key in [
            "longest_wait_turns",
            "longest_wait_seconds",
            "most_overtaken",
            "never_heard",
            "hands_up",
        ] {
            let spread = &policy[key];
            let value = |end: &str| spread[end].as_f64().unwrap();
            assert!(value("min") <= value("median"), "{key}: {spread}");
            assert!(value("median") <= value("max"), "{key}: {spread}");
        }
        let customers = &policy["groups"][0];
        assert_eq!(customers["target"], 0.6);
        let share = &customers["share"];
        let (median, min, max) = (
            share["median"].as_f64().unwrap(),
            share["min"].as_f64().unwrap(),
            share["max"].as_f64().unwrap(),
        );
        assert!(min < median && median < max, "{share}");
        let shown = format!(
            "{:.0}% ({:.0}%–{:.0}%)",
            median * 100.0,
            min * 100.0,
            max * 100.0
        );
        assert!(table.contains(&shown), "{shown} not in\n{table}");
        assert!(customers["median_wait_seconds"]["median"].as_i64().unwrap() > 0);
        assert!(customers["hands_up"]["median"].as_f64().unwrap() > 0.0);
    }
}

#[test]
fn simulate_refuses_bad_seed_ranges() {
    for (args, message) in [
        (
            ["--seeds", "1..20", "--seed", "3"].as_slice(),
            "'--seeds <FIRST..LAST>' cannot be used with '--seed <SEED>'",
        ),
        (&["--seeds", "20"], "write it as FIRST..LAST, like 1..20"),
        (&["--seeds", "9..2"], "the first seed comes after the last"),
        (&["--seeds", "1..5000"], "at most 1000 seeds"),
    ] {
        let output = cochair()
            .args(["simulate", "agendas/reference-board.ron"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}

/// The tables in the README's simulate section are what the command prints.
#[test]
fn the_readme_simulate_examples_are_true() {
    let readme = fs::read_to_string("README.md").unwrap();
    let mut checked = 0;
    for block in readme.split("```\n$ cochair ").skip(1) {
        let block = &block[..block.find("```").unwrap()];
        let (command, shown) = block.split_once('\n').unwrap();
        if !command.starts_with("simulate ") {
            continue;
        }
        let output = cochair().args(command.split_whitespace()).output().unwrap();
        assert!(output.status.success(), "{command}");
        let printed = String::from_utf8(output.stdout).unwrap();
        let table: Vec<&str> = printed
            .lines()
            .skip_while(|l| !l.starts_with("    "))
            .collect();
        let shown: Vec<&str> = shown.lines().collect();
        if shown.contains(&"…") {
            for line in shown.iter().filter(|l| **l != "…") {
                assert!(
                    table.contains(line),
                    "{command}: {line:?} not in\n{printed}"
                );
            }
        } else {
            assert_eq!(shown, table, "{command}");
        }
        checked += 1;
    }
    assert_eq!(checked, 5, "the README's simulate examples");
}

/// The bound the README shows `check` print for the three groups is what it prints.
#[test]
fn the_readme_overtake_bound_is_what_check_says() {
    cochair()
        .args(["check", "agendas/three-groups.ron"])
        .assert()
        .success()
        .stdout(readme_block("agendas/three-groups.ron: ok"));
}

#[test]
fn simulate_refuses_a_bound_of_nothing() {
    let output = cochair()
        .args([
            "simulate",
            "agendas/three-groups.ron",
            "--max-overtakes",
            "0",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--max-overtakes"));
}
