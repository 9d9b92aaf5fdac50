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

/// An agenda for [`meeting_journal`]: `people` people in three groups, twelve items of every
/// kind (a Decision every third, a planned break), direct responses allowed.
pub fn meeting_agenda(people: usize) -> String {
    let mut src = String::from(
        "Agenda(\n    title: \"Members' council — the long meeting\",\n    groups: [\n        Group(id: \"m\", label: \"Members\", weight: 2.0, target: Some(0.5)),\n        Group(id: \"f\", label: \"Families\", weight: 1.5),\n        Group(id: \"s\", label: \"Staff\", weight: 1.0),\n    ],\n    people: [\n",
    );
    for i in 0..people {
        let group = ["m", "f", "s"][i % 3];
        src.push_str(&format!(
            "        Person(name: \"{}\", group: \"{group}\"),\n",
            person_name(i)
        ));
    }
    src.push_str("    ],\n    items: [\n");
    for i in 0..12 {
        let kind = match i {
            6 => "Break",
            _ if i % 3 == 2 => "Decision",
            _ if i == 0 => "Info",
            _ => "Discussion",
        };
        src.push_str(&format!(
            "        Item(title: \"Item {i}: transport, respite and the budget\", minutes: 10, kind: {kind}),\n"
        ));
    }
    src.push_str("    ],\n    speaking: Speaking(max_replies: Some(1)),\n)\n");
    src
}

/// Names as a roll call has them: accents, apostrophes, a title now and then.
fn person_name(i: usize) -> String {
    let first = [
        "Aroha",
        "Daniel",
        "Margaret",
        "Luis",
        "Siosaia",
        "Ruth",
        "Dr. Anjali",
        "Ben",
    ];
    let last = [
        "Ngata",
        "Kim",
        "O'Neill",
        "Fernández",
        "Tupou",
        "Adeyemi",
        "Rao",
        "Carter",
    ];
    format!(
        "{} {} {i}",
        first[i % first.len()],
        last[(i / 3) % last.len()]
    )
}

/// A meeting's journal of `events` records, in a real meeting's proportions: a link to the
/// last meeting and its review, screens joining, a roll call with arrivals and departures,
/// people added, and on each item hands (points of process, pro and contra on decisions, direct
/// responses, hands moved, changed, lowered and cleared, the last speaker re-added, a hand added
/// to the closed list), interposed questions, turns extended and reset, overrides, notes (some long, with
/// quotes and accents), decisions by consensus and by vote, actions, corrections, parked
/// topics, items added, pauses, breaks and extensions, the list closed and opened. Every kind
/// of event but the adjournment is in it, and it replays (the meeting is still running).
pub fn meeting_journal(agenda_src: &str, events: usize) -> Vec<u8> {
    use cochair::agenda::Role;
    use cochair::meeting::{
        Attendance, Direction, Event, HandKind, OpenAction, Record, ScreenKind, Side, Vote,
    };
    use cochair::store::journal::{FORMAT_VERSION, Header};
    let agenda = cochair::agenda::from_str(agenda_src, std::path::Path::new("m.ron")).unwrap();
    let start: chrono::DateTime<chrono::Utc> = "2026-11-24T18:00:00Z".parse().unwrap();
    let names: Vec<String> = agenda.people.iter().map(|p| p.name.clone()).collect();
    let kinds: Vec<_> = agenda.items.iter().map(|i| i.kind).collect();
    let header = Header {
        cochair_journal: FORMAT_VERSION,
        created: start,
        date: "2026-11-24".parse().unwrap(),
        agenda_file: "m.ron".into(),
        agenda,
    };
    let mut out = serde_json::to_vec(&header).unwrap();
    out.push(b'\n');
    let n = std::cell::Cell::new(0);
    let mut push = |event: Event| {
        if n.get() == events {
            return;
        }
        let at = start + chrono::TimeDelta::seconds(i64::try_from(n.get()).unwrap());
        out.extend(serde_json::to_vec(&Record::new(at, event)).unwrap());
        out.push(b'\n');
        n.set(n.get() + 1);
    };
    let hand = |person: &str| Event::HandRaised {
        person: person.to_owned(),
        process: false,
    };
    let floor = |person: &str| Event::FloorGiven {
        person: person.to_owned(),
        by_override: false,
    };
    let open = |i: usize| OpenAction {
        text: format!("Write to the council about the bus timetable ({i})"),
        owner: names[i % names.len()].clone(),
        due: Some("2026-12-01".parse().unwrap()),
        set_on: "2026-10-27".parse().unwrap(),
        carried: 0,
    };
    push(Event::MeetingFollows {
        journal: "members-council-2026-10-27.jsonl".into(),
        title: "Members' council".into(),
        date: "2026-10-27".parse().unwrap(),
        adjourned: true,
        actions: (0..3).map(open).collect(),
    });
    // The timekeeper's and the secretary's screens join, and the wall's.
    for kind in [
        ScreenKind::from(cochair::agenda::Role::Timekeeper),
        ScreenKind::from(cochair::agenda::Role::Secretary),
        ScreenKind::Room,
    ] {
        push(Event::ScreenJoined { kind });
    }
    // The meeting starts before the roll call is done: the last three arrive later.
    let late = names.len() - 3;
    push(Event::MeetingStarted);
    for name in &names[..late] {
        push(Event::AttendanceMarked {
            person: name.clone(),
            attendance: Attendance::Present,
        });
    }
    push(Event::RollCallClosed);
    // Two members claim their names on the members' page; one hands the phone on.
    push(Event::PageClaimed {
        person: names[0].clone(),
    });
    push(Event::PageClaimed {
        person: names[1].clone(),
    });
    push(Event::ClaimReleased {
        person: names[1].clone(),
    });
    push(Event::ActionDone { action: 0 });
    push(Event::ActionCarried {
        action: 1,
        due: Some("2027-01-15".parse().unwrap()),
    });
    push(Event::ActionDropped {
        action: 2,
        reason: "The council answered before we wrote".into(),
    });
    let (mut items, mut entries, mut added, mut visit) = (kinds.len(), 0, 0, 0);
    while n.get() < events {
        let item = visit % items;
        let on_break = kinds.get(item) == Some(&cochair::agenda::ItemKind::Break);
        if visit % 6 == 1 && !on_break {
            // A point of order from a member's phone, taken down again.
            for up in [true, false] {
                push(Event::PageHand {
                    person: names[0].clone(),
                    up,
                    kind: HandKind::PointOfProcess,
                    side: None,
                });
            }
        }
        if visit % 10 == 7 {
            push(Event::PageHandsOff { item: Some(item) });
            push(Event::PageHandsOn);
        }
        let decision = kinds.get(item) == Some(&cochair::agenda::ItemKind::Decision);
        let who = |k: usize| names[(visit * 5 + k) % late].clone();
        let mut waiting = Vec::new();
        for k in 0..4 {
            match decision {
                true => push(Event::HandRaisedFor {
                    person: who(k),
                    side: if k % 2 == 0 { Side::Pro } else { Side::Contra },
                }),
                false => push(hand(&who(k))),
            }
            waiting.push(who(k));
        }
        push(Event::HandMoved {
            person: who(2),
            direction: Direction::Up,
            past: who(1),
        });
        waiting.swap(1, 2);
        if visit % 3 == 0 {
            push(Event::HandRaised {
                person: who(4),
                process: true,
            });
            push(Event::FloorGiven {
                person: who(4),
                by_override: false,
            });
            push(Event::TurnEnded);
        }
        for (k, speaker) in waiting.iter().enumerate().take(3) {
            push(floor(speaker));
            match k {
                0 => push(Event::TurnExtended {
                    seconds: 30,
                    by: Some(names[1].clone()),
                }),
                1 if visit % 2 == 0 => {
                    let responder = who(5);
                    push(Event::ResponseRaised {
                        person: responder.clone(),
                        to: speaker.clone(),
                    });
                    match visit % 4 {
                        0 => push(Event::ResponseGiven { person: responder }),
                        _ => push(Event::ResponseRefused { person: responder }),
                    }
                }
                2 if visit % 5 == 0 => push(Event::TurnReset {
                    role: Some(Role::Timekeeper),
                }),
                2 if visit % 3 == 2 => {
                    push(Event::QuestionAsked {
                        person: who(6),
                        to: speaker.clone(),
                    });
                    push(Event::QuestionEnded);
                }
                _ => {}
            }
            push(Event::TurnEnded);
            let note = match (visit + k) % 6 {
                0 => long_note(visit),
                _ => format!(
                    "{speaker} said the \"new\" timetable leaves members waiting 40 minutes; staff will ask again."
                ),
            };
            push(Event::NoteAdded { item, text: note });
            entries += 1;
        }
        // An override: the last hand gets the floor out of turn.
        push(Event::FloorGiven {
            person: waiting[3].clone(),
            by_override: true,
        });
        push(Event::TurnEnded);
        match decision {
            true if visit % 2 == 0 => push(Event::DecisionRecorded {
                item,
                text: "That the service sends every letter in Easy Read from July".into(),
                vote: Vote::Counted {
                    in_favour: 9,
                    against: 3,
                    abstain: 1,
                    carried: true,
                },
            }),
            true => push(Event::DecisionRecorded {
                item,
                text: "To ask the members at the next open day".into(),
                vote: Vote::Consensus,
            }),
            false => push(Event::ActionAdded {
                item,
                text: "Ask the bus company for the new timetable in Easy Read".into(),
                owner: who(6),
                due: (visit % 2 == 0).then(|| "2026-12-15".parse().unwrap()),
                private: None,
            }),
        }
        entries += 1;
        if visit % 4 == 0 {
            push(Event::EntryEdited {
                entry: entries - 1,
                text: "Corrected: the timetable leaves members waiting 35 minutes".into(),
            });
        }
        if visit % 9 == 0 {
            push(Event::EntryDeleted { entry: entries - 2 });
        }
        if visit % 2 == 1 {
            push(Event::ClockPaused {
                role: Some(Role::Timekeeper),
            });
            push(Event::ClockResumed {
                role: Some(Role::Timekeeper),
            });
        }
        if visit % 3 == 1 {
            push(Event::ItemExtended {
                minutes: 5,
                by: names[1].clone(),
            });
        }
        if visit % 10 == 5 {
            push(Event::BreakStarted {
                minutes: 10,
                by: names[1].clone(),
                role: Some(Role::Timekeeper),
            });
            push(Event::ClockResumed {
                role: Some(Role::Facilitator),
            });
        }
        if visit % 7 == 3 {
            push(Event::TopicParked {
                text: "Parking at the community centre on Saturdays".into(),
                private: None,
            });
        }
        if visit % 25 == 24 {
            push(Event::ItemAdded {
                title: format!("Any other business ({visit})"),
                minutes: 5,
                proposed_by: Some(who(0)),
            });
            items += 1;
        }
        // Someone leaves; one who was late arrives; now and then a guest is added (one action:
        // added and marked present).
        let (leaving, arriving) = (who(7), names[late + visit % 3].clone());
        if visit % 6 == 2 {
            push(Event::PersonLeft {
                person: leaving.clone(),
            });
            push(Event::AttendanceMarked {
                person: arriving,
                attendance: Attendance::Present,
            });
            push(Event::AttendanceMarked {
                person: leaving,
                attendance: Attendance::Present,
            });
        }
        if visit % 40 == 39 {
            let guest = format!("Guest {added} from the advocacy service");
            added += 1;
            push(Event::Batch {
                events: vec![
                    Event::PersonAdded {
                        name: guest.clone(),
                        group: "f".into(),
                    },
                    Event::AttendanceMarked {
                        person: guest,
                        attendance: Attendance::Present,
                    },
                ],
            });
        }
        if visit % 8 == 0 {
            push(Event::ListClosed);
            push(Event::HandAddedToClosedList {
                person: who(10),
                side: None,
            });
            push(Event::ListReopened);
        }
        if visit % 4 == 0 {
            // The last speaker on the item is put back on the list.
            push(Event::SpeakerReadded {
                person: waiting[3].clone(),
            });
        }
        // Two hands wait as the item changes: one goes down (now and then after it became a
        // point of process), the other is cleared with the move or taken down.
        push(hand(&who(8)));
        push(hand(&who(9)));
        let process = visit % 3 == 0;
        if process {
            push(Event::HandChanged {
                person: who(8),
                from: HandKind::Hand,
                to: HandKind::PointOfProcess,
                side: None,
            });
        }
        push(Event::HandLowered {
            person: who(8),
            process,
        });
        let next = (visit + 1) % items;
        match visit % 4 {
            0 | 2 => push(Event::Batch {
                events: vec![Event::HandsCleared, Event::ItemOpened { item: next }],
            }),
            1 => {
                push(Event::ListCleared);
                push(Event::ItemOpened { item: next });
            }
            _ => {
                push(Event::HandLowered {
                    person: who(9),
                    process: false,
                });
                push(Event::ItemOpened { item: next });
            }
        }
        visit += 1;
    }
    out
}

/// A note of about 1,200 characters, as a secretary types the gist of a long contribution.
fn long_note(visit: usize) -> String {
    let sentence = "Members described the return trip from the day program: the bus comes at 15:10, \
                    but the program ends at 15:30, so families drive across town — \"it's the \
                    third time this term\", one said. ";
    format!("Visit {visit}. {}", sentence.repeat(6))
}

/// The kinds of event (their journal names) that no record of `journal` holds, batches looked
/// into. The list of kinds is the journal's own: serde names every kind when it meets an
/// unknown one, so a kind added to `Event` shows up here without a change to this file.
pub fn kinds_missing(journal: &[u8]) -> Vec<String> {
    let unknown = r#"{"at":"2026-11-24T18:00:00Z","event":"?"}"#;
    let error = serde_json::from_str::<cochair::meeting::Record>(unknown)
        .unwrap_err()
        .to_string();
    let (_, list) = error.split_once("expected one of").unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for line in journal.split(|&b| b == b'\n').skip(1) {
        let text = String::from_utf8_lossy(line);
        for part in text.split("\"event\":\"").skip(1) {
            seen.insert(part.split('"').next().unwrap_or("").to_owned());
        }
    }
    list.split('`')
        .skip(1)
        .step_by(2)
        .filter(|kind| !seen.contains(*kind))
        .map(str::to_owned)
        .collect()
}
