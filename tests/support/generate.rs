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

/// A journal of `events` events on the given agenda text: everyone present, then hands
/// raised and given the floor, turns ended and items changed, a second apart.
pub fn large_journal(agenda_src: &str, events: usize) -> Vec<u8> {
    journal(agenda_src, events, None)
}

/// As [`large_journal`], with the clock paused for a second and resumed after every
/// `pause_every` turns (the pause and the resumption count among the `events`).
pub fn large_journal_with_pauses(agenda_src: &str, events: usize, pause_every: usize) -> Vec<u8> {
    assert!(pause_every > 0, "a pause after every 0 turns");
    journal(agenda_src, events, Some(pause_every))
}

fn journal(agenda_src: &str, events: usize, pause_every: Option<usize>) -> Vec<u8> {
    use cochair::meeting::{Attendance, Event, Record};
    use cochair::store::journal::{FORMAT_VERSION, Header};
    let agenda = cochair::agenda::from_str(agenda_src, std::path::Path::new("large.ron")).unwrap();
    let start: chrono::DateTime<chrono::Utc> = "2026-11-24T18:00:00Z".parse().unwrap();
    let names: Vec<String> = agenda.people.iter().map(|p| p.name.clone()).collect();
    let items = agenda.items.len();
    let header = Header {
        cochair_journal: FORMAT_VERSION,
        created: start,
        date: "2026-11-24".parse().unwrap(),
        agenda_file: "large.ron".into(),
        agenda,
    };
    let mut out = serde_json::to_vec(&header).unwrap();
    out.push(b'\n');
    let mut push = |i: usize, event: Event| {
        let record = Record {
            at: start + chrono::TimeDelta::seconds(i64::try_from(i).unwrap()),
            proposal: None,
            event,
        };
        out.extend(serde_json::to_vec(&record).unwrap());
        out.push(b'\n');
    };
    let mut n = 0;
    for name in &names {
        push(
            n,
            Event::AttendanceMarked {
                person: name.clone(),
                attendance: Attendance::Present,
            },
        );
        n += 1;
    }
    push(n, Event::MeetingStarted);
    n += 1;
    let mut k = 0;
    let mut turns = 0;
    while n < events {
        if k % 4 == 3 && pause_every == Some(turns) {
            // Right after a turn ended, before the next item: paused, then resumed.
            let pause = [
                Event::ClockPaused { role: None },
                Event::ClockResumed { role: None },
            ];
            for event in pause.into_iter().take(events - n) {
                push(n, event);
                n += 1;
            }
            turns = 0;
            continue;
        }
        let name = names[(k / 4) % names.len()].clone();
        let step = match k % 4 {
            0 => Event::HandRaised {
                person: name,
                process: false,
            },
            1 => Event::FloorGiven {
                person: name,
                by_override: false,
            },
            2 => {
                turns += 1;
                Event::TurnEnded
            }
            _ => Event::ItemOpened {
                item: (k / 4) % items,
            },
        };
        push(n, step);
        n += 1;
        k += 1;
    }
    out
}
