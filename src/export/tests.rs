//! Golden files for every export, from a journal fixture that holds every kind of entry: a
//! correction, a deletion, a confidential item, an override, a point of process, a break, an
//! extension, a late arrival, an early leaver, an item added live and a parked topic.

use std::path::Path;

use chrono::FixedOffset;

use super::*;

fn fixture() -> Meeting {
    let path = Path::new("tests/fixtures/advisory-group.jsonl");
    let contents = crate::store::journal::read(path).unwrap();
    crate::store::journal::replay(path, &contents).unwrap()
}

fn options(include_confidential: bool) -> Options {
    Options {
        offset: FixedOffset::east_opt(3600).unwrap(),
        include_confidential,
        now: "2026-12-03T12:00:00Z".parse().unwrap(),
        lang: crate::lang::Lang::En,
    }
}

#[test]
fn minutes_as_text() {
    insta::assert_snapshot!(render(&fixture(), Format::Minutes, &options(false)));
}

#[test]
fn minutes_as_markdown() {
    insta::assert_snapshot!(render(&fixture(), Format::Markdown, &options(false)));
}

#[test]
fn action_items() {
    insta::assert_snapshot!(render(&fixture(), Format::Actions, &options(false)));
}

#[test]
fn todo_txt() {
    insta::assert_snapshot!(render(&fixture(), Format::Todo, &options(false)));
}

#[test]
fn confidential_notes_and_speakers_stay_out_unless_asked_for() {
    let meeting = fixture();
    let secret = "two days of medication";
    for &format in Format::ALL {
        assert!(
            !render(&meeting, format, &options(false)).contains(secret),
            "{format:?}"
        );
    }
    let minutes = render(&meeting, Format::Minutes, &options(false));
    assert!(minutes.contains("held in confidence"));
    assert!(
        minutes.contains("Speakers, in order: Consumers 05:14; Consumers"),
        "{minutes}"
    );
    assert!(
        !minutes.contains("Owen Price moved up"),
        "names from the process log of a confidential item"
    );
    assert!(
        minutes.contains("Consumers moved up past Clinicians"),
        "{minutes}"
    );
    let included = render(&meeting, Format::Minutes, &options(true));
    assert!(included.contains("Owen Price moved up past Nurse Liam O'Brien"));
    assert!(included.contains(secret));
    assert!(included.contains("Fatima Haddad 05:14"));
}

#[test]
fn corrections_show_the_corrected_text_and_deletions_are_gone() {
    let minutes = render(&fixture(), Format::Minutes, &options(false));
    assert!(minutes.contains("Fund two full-time peer support worker roles"));
    assert!(!minutes.contains("Fund two peer support"));
    assert!(!minutes.contains("by mistake"));
}

#[test]
fn plain_text_is_wrapped_clean_and_the_same_every_time() {
    let meeting = fixture();
    for format in [Format::Minutes, Format::Actions] {
        let text = render(&meeting, format, &options(false));
        for line in text.lines() {
            assert!(crate::text::width(line) <= WIDTH, "{format:?}: {line:?}");
            assert!(!line.chars().any(char::is_control), "{format:?}: {line:?}");
        }
        assert_eq!(text, render(&meeting, format, &options(false)));
    }
}

#[test]
fn a_meeting_that_never_started_still_has_minutes() {
    let agenda = crate::agenda::from_str(crate::agenda::EXAMPLE, Path::new("x.ron")).unwrap();
    let meeting = Meeting::new(
        agenda,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
    );
    let minutes = render(&meeting, Format::Minutes, &options(false));
    assert!(minutes.contains("The meeting did not start."), "{minutes}");
    assert!(minutes.contains("not reached"));
    assert_eq!(render(&meeting, Format::Todo, &options(false)), "");
    assert!(
        render(&meeting, Format::Actions, &options(false))
            .contains("No action items were recorded.")
    );
}

/// A todo.txt line, as the format defines it: optional `x ` and completion date, optional
/// `(A) ` priority, optional dates, then text with `+project`, `@context` and `key:value` tags.
#[derive(Debug, Default, PartialEq)]
struct TodoLine {
    done: bool,
    priority: Option<char>,
    created: Option<chrono::NaiveDate>,
    text: String,
    projects: Vec<String>,
    contexts: Vec<String>,
    tags: Vec<(String, String)>,
}

fn parse_todo(line: &str) -> Result<TodoLine, String> {
    let mut words: Vec<&str> = line.split(' ').collect();
    let mut todo = TodoLine::default();
    let date = |w: &str| chrono::NaiveDate::parse_from_str(w, "%Y-%m-%d").ok();
    if words.first() == Some(&"x") {
        todo.done = true;
        words.remove(0);
        date(words.first().ok_or("no completion date")?).ok_or("bad completion date")?;
        words.remove(0);
    }
    if let Some(p) = words
        .first()
        .and_then(|w| w.strip_prefix('('))
        .and_then(|w| w.strip_suffix(')'))
    {
        let c = p
            .chars()
            .next()
            .filter(|c| c.is_ascii_uppercase() && p.len() == 1)
            .ok_or("bad priority")?;
        todo.priority = Some(c);
        words.remove(0);
    }
    if let Some(d) = words.first().and_then(|w| date(w)) {
        todo.created = Some(d);
        words.remove(0);
    }
    for w in &words {
        if w.is_empty() {
            return Err("two spaces in a row".into());
        }
        if let Some(p) = w.strip_prefix('+') {
            todo.projects.push(p.into());
        } else if let Some(c) = w.strip_prefix('@') {
            todo.contexts.push(c.into());
        } else if let Some((k, v)) = w
            .split_once(':')
            .filter(|(k, v)| !k.is_empty() && !v.is_empty() && !v.contains(':'))
        {
            todo.tags.push((k.into(), v.into()));
        }
    }
    todo.text = words.join(" ");
    Ok(todo)
}

#[test]
fn todo_lines_parse_as_todo_txt() {
    let text = render(&fixture(), Format::Todo, &options(false));
    let lines: Vec<TodoLine> = text.lines().map(|l| parse_todo(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    for line in &lines {
        assert!(!line.done);
        assert_eq!(line.priority, None);
        assert_eq!(line.created, chrono::NaiveDate::from_ymd_opt(2026, 12, 3));
        assert_eq!(
            line.projects,
            ["consumer-advisory-group-community-mental-health"]
        );
    }
    assert!(
        lines[0]
            .tags
            .contains(&("owner".into(), "Kwame_Asante".into()))
    );
    assert!(lines[0].tags.contains(&("due".into(), "2026-12-17".into())));
    assert!(
        lines[2].tags.iter().all(|(k, _)| k != "due"),
        "no due date, no due tag"
    );
}

#[test]
fn action_text_never_reads_as_todo_tags() {
    let mut meeting = fixture();
    let text = "Call +1 555 0100 re: venue at 10:30 @office";
    let edit = crate::meeting::Record {
        at: meeting.ended().unwrap(),
        proposal: None,
        event: crate::meeting::Event::EntryEdited {
            entry: 2,
            text: text.into(),
        },
    };
    meeting.apply(&edit).unwrap();
    let lines = render(&meeting, Format::Todo, &options(false));
    let first = parse_todo(lines.lines().next().unwrap()).unwrap();
    assert_eq!(
        first.projects,
        ["consumer-advisory-group-community-mental-health"]
    );
    assert!(first.contexts.is_empty(), "{first:?}");
    assert_eq!(
        first
            .tags
            .iter()
            .map(|(k, _)| k.as_str())
            .collect::<Vec<_>>(),
        ["owner", "due"]
    );
    assert!(
        first
            .text
            .contains("Call (+1) 555 0100 re: venue at 10∶30 (@office)"),
        "{}",
        first.text
    );
}

#[test]
fn the_spec_example_line() {
    assert_eq!(slug("Family Council — November"), "family-council-november");
    let line =
        "2026-11-24 Send budget draft to members +family-council owner:Ana_Lopez due:2026-12-01";
    let parsed = parse_todo(line).unwrap();
    assert_eq!(
        parsed.tags,
        [
            ("owner".to_string(), "Ana_Lopez".to_string()),
            ("due".into(), "2026-12-01".into())
        ]
    );
}

/// Three meetings of one family council, each following the one before: October sets
/// actions (one struck), November reviews them (done, carried over, dropped, one left
/// unreviewed and overdue) and sets its own, December reviews November's.
mod follow_through {
    use super::*;
    use crate::meeting::{Event, Review, following};

    pub(crate) fn journal(name: &str) -> Meeting {
        let path = Path::new("tests/fixtures/follow").join(name);
        let contents = crate::store::journal::read(&path).unwrap();
        crate::store::journal::replay(&path, &contents).unwrap()
    }

    fn november() -> Meeting {
        journal("family-council-2026-11-24.jsonl")
    }

    #[test]
    fn each_journal_holds_what_the_one_before_left_open() {
        let pairs = [
            (
                "family-council-2026-10-27.jsonl",
                "family-council-2026-11-24.jsonl",
            ),
            (
                "family-council-2026-11-24.jsonl",
                "family-council-2026-12-15.jsonl",
            ),
        ];
        for (before, after) in pairs {
            let path = Path::new("tests/fixtures/follow").join(after);
            let contents = crate::store::journal::read(&path).unwrap();
            let link = &contents.records[0].1.event;
            assert_eq!(link, &following(&journal(before), before), "{after}");
        }
    }

    #[test]
    fn the_later_journal_reads_on_its_own() {
        let m = november();
        let reviews: Vec<&Review> = m.last_actions().iter().map(|l| &l.review).collect();
        assert!(
            matches!(
                reviews[..],
                [
                    Review::Done,
                    Review::Carried { .. },
                    Review::Done,
                    Review::Dropped { .. },
                    Review::Open
                ]
            ),
            "{reviews:?}"
        );
        assert_eq!(m.last_actions()[4].overdue_on(m.date()), Some(11));
    }

    #[test]
    fn minutes_with_the_actions_from_the_last_meeting() {
        insta::assert_snapshot!(render(&november(), Format::Minutes, &options(false)));
    }

    #[test]
    fn minutes_with_the_actions_from_the_last_meeting_as_markdown() {
        insta::assert_snapshot!(render(&november(), Format::Markdown, &options(false)));
    }

    #[test]
    fn action_items_by_owner_with_those_still_open_from_the_last_meeting() {
        insta::assert_snapshot!(render(&november(), Format::Actions, &options(false)));
    }

    #[test]
    fn todo_txt_with_done_and_carried_actions() {
        insta::assert_snapshot!(render(&november(), Format::Todo, &options(false)));
    }

    #[test]
    fn easy_read_minutes() {
        insta::assert_snapshot!(render(&november(), Format::EasyRead, &options(false)));
    }

    #[test]
    fn done_actions_are_todo_txt_done_lines_with_their_completion_date() {
        let text = render(&november(), Format::Todo, &options(false));
        let lines: Vec<(&str, TodoLine)> =
            text.lines().map(|l| (l, parse_todo(l).unwrap())).collect();
        let done: Vec<&str> = lines
            .iter()
            .filter(|(_, t)| t.done)
            .map(|(l, _)| *l)
            .collect();
        assert_eq!(done.len(), 2, "{text}");
        for line in done {
            assert!(line.starts_with("x 2026-11-24 2026-10-27 "), "{line}");
        }
        let open: Vec<&TodoLine> = lines
            .iter()
            .filter(|(_, t)| !t.done)
            .map(|(_, t)| t)
            .collect();
        assert_eq!(
            open.len(),
            4,
            "carried, not reviewed, and this meeting's two: {text}"
        );
        assert!(
            open[0].tags.contains(&("due".into(), "2026-12-15".into())),
            "carried over with its new date: {:?}",
            open[0]
        );
        assert_eq!(
            open[0].created,
            chrono::NaiveDate::from_ymd_opt(2026, 10, 27)
        );
        assert!(
            !text.contains("Survey families"),
            "dropped actions are left out"
        );
    }

    #[test]
    fn a_mark_corrected_later_shows_the_last_word() {
        let mut m = november();
        let correction = crate::meeting::Record {
            at: m.ended().unwrap(),
            proposal: None,
            event: Event::ActionDone { action: 3 },
        };
        m.apply(&correction).unwrap();
        assert_eq!(m.last_actions()[3].review, Review::Done);
        let minutes = render(&m, Format::Minutes, &options(false));
        assert!(
            minutes.contains("Done: Survey families about transport"),
            "{minutes}"
        );
    }

    /// Sentences as a reader meets them: each paragraph and bullet joined up again, then cut
    /// at full stops.
    fn sentences(text: &str) -> Vec<String> {
        let mut blocks: Vec<String> = Vec::new();
        for line in text.lines() {
            let fresh = line.is_empty() || line.starts_with("- ") || line.starts_with(['=', '-']);
            match (fresh, blocks.last_mut()) {
                (false, Some(last)) => {
                    last.push(' ');
                    last.push_str(line.trim());
                }
                _ => blocks.push(line.trim_start_matches("- ").to_owned()),
            }
        }
        blocks
            .iter()
            .flat_map(|b| b.split_inclusive(". ").map(|s| s.trim().to_owned()))
            .filter(|s| !s.is_empty() && !s.chars().all(|c| c == '=' || c == '-'))
            .collect()
    }

    #[test]
    fn easy_read_keeps_to_its_rules() {
        for name in [
            "family-council-2026-10-27.jsonl",
            "family-council-2026-11-24.jsonl",
            "family-council-2026-12-15.jsonl",
        ] {
            let text = render(&journal(name), Format::EasyRead, &options(false));
            for sentence in sentences(&text) {
                let words = sentence.split_whitespace().filter(|w| *w != "·").count();
                assert!(words <= 15, "{name}: {words} words: {sentence:?}");
            }
            for line in text.lines() {
                assert!(crate::text::width(line) <= WIDTH, "{line:?}");
                assert!(!line.contains('|'), "no tables: {line:?}");
                assert!(!line.contains('%'), "no percentages: {line:?}");
                let clock = line
                    .as_bytes()
                    .windows(3)
                    .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
                assert!(!clock, "no HH:MM: {line:?}");
                assert!(!line.contains("e.g.") && !line.contains("i.e."), "{line:?}");
                for word in line.split_whitespace() {
                    let word = word
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    let short = [
                        "min", "mins", "approx", "etc", "aob", "asap", "tbc", "tbd", "re",
                    ];
                    assert!(!short.contains(&word.as_str()), "{word:?} in {line:?}");
                }
            }
            let decided = text.find("What we decided").unwrap();
            let who = text.find("Who will do what").unwrap();
            let talked = text.find("What we talked about").unwrap();
            assert!(decided < who && who < talked, "decisions first: {text}");
        }
    }

    #[test]
    fn easy_read_days_are_written_out() {
        let text = render(&november(), Format::EasyRead, &options(false)).replace("\n  ", " ");
        assert!(
            text.contains(
                "Dr. Okafor · Send the respite figures to all families · by Tuesday 1 December"
            ),
            "{text}"
        );
        assert!(
            text.contains("It started at 6 o'clock in the evening."),
            "{text}"
        );
    }
}

/// Golden minutes of a meeting that used the procedure (`tests/fixtures/procedure.jsonl`): a
/// decision nobody spoke to (flagged), a direct response, the list of speakers closed, hands
/// cleared at a change of item, pro and contra on a Decision item with a response refused,
/// and a decision with the voice on its item.
mod procedure {
    use super::*;

    fn meeting() -> Meeting {
        let path = Path::new("tests/fixtures/procedure.jsonl");
        let contents = crate::store::journal::read(path).unwrap();
        crate::store::journal::replay(path, &contents).unwrap()
    }

    fn utc() -> Options {
        Options {
            offset: FixedOffset::east_opt(0).unwrap(),
            include_confidential: false,
            now: "2026-11-24T19:00:00Z".parse().unwrap(),
            lang: crate::lang::Lang::En,
        }
    }

    #[test]
    fn procedure_minutes_as_text() {
        insta::assert_snapshot!(render(&meeting(), Format::Minutes, &utc()));
    }

    #[test]
    fn procedure_minutes_as_markdown() {
        insta::assert_snapshot!(render(&meeting(), Format::Markdown, &utc()));
    }

    #[test]
    fn each_decision_says_who_was_heard_before_it_and_flags_no_customer_voice() {
        let text = render(&meeting(), Format::Minutes, &utc()).replace("\n  ", " ");
        assert!(
            text.contains(
                "Before this decision: nobody had spoken on this item. ⚠ No customer voice: no family member had spoken on this item."
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "Before this decision: Family members 56% of the time, target 60% (3 of 4 present spoke) · Staff 44% (2 of 3)."
            ),
            "{text}"
        );
        assert_eq!(text.matches("⚠ No customer voice").count(), 1);
    }

    #[test]
    fn the_minutes_say_who_spoke_for_and_against_and_how_the_floor_was_run() {
        let text = render(&meeting(), Format::Minutes, &utc());
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for words in [
            "For the motion: José Álvarez, Dr. Okafor. Against: Priya Natarajan, Mei Chen.",
            "Tom Becker 00:50 (direct response to Mei Chen)",
            "José Álvarez 02:00 (pro); Priya Natarajan 02:00 (contra)",
            "The list of speakers was closed at 18:14.",
            "Hands still waiting were cleared as the meeting moved on at 18:29: Tom Becker, Dr. Okafor.",
            "18:37 Tom Becker's direct response to Mei Chen refused by Ana Lopez",
            "Mei Chen Family members 04:00 2",
        ] {
            assert!(flat.contains(words), "{words:?} in\n{text}");
        }
    }

    #[test]
    fn the_per_person_table_tells_nobody_who_spoke_in_confidence() {
        let mut meeting = meeting();
        let minutes = render(&meeting, Format::Minutes, &utc());
        assert!(!minutes.contains("left out of this table"), "{minutes}");
        // The same meeting with its Respite item held in confidence.
        let mut agenda = meeting.agenda().clone();
        agenda.items[2].confidential = true;
        let path = Path::new("tests/fixtures/procedure.jsonl");
        let contents = crate::store::journal::read(path).unwrap();
        meeting = Meeting::replay(
            agenda,
            meeting.date(),
            2,
            contents.records.iter().map(|(_, r)| r),
        )
        .unwrap();
        let minutes = render(&meeting, Format::Minutes, &utc());
        let flat = minutes.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("Airtime on items held in confidence is left out of this table."));
        assert!(
            flat.contains("Mei Chen Family members 01:30 1"),
            "{minutes}"
        );
        assert!(!flat.contains("Tom Becker 00:50"), "{minutes}");
        let included = render(
            &meeting,
            Format::Minutes,
            &Options {
                include_confidential: true,
                ..utc()
            },
        );
        assert!(included.contains("Mei Chen         Family members  04:00    2"));
    }
}
