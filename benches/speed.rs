//! Speed targets, measured with criterion on generated data (`cargo bench --bench speed`).
//! These are measurements, not tests: compare the times criterion prints with the targets.
//!
//! | measure | target |
//! |---|---|
//! | replay of a 100,000-event journal (resume) | ≤ 200 ms |
//! | full frame render, 1,000 people / 500 items, 200×60 | ≤ 2 ms |
//! | picker filter over 5,000 names per keystroke | ≤ 1 ms |
//! | queue ranking with 1,000 hands raised | ≤ 1 ms |
//! | start to first frame (load, open the journal, first draw) | ≤ 50 ms |

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests and benchmarks may stop at the first surprise

#[path = "../tests/support/generate.rs"]
mod generate;

use std::hint::black_box;
use std::path::Path;

use cochair::app::Message;
use cochair::app::{Model, update};
use cochair::input::Command;
use cochair::meeting::{Event, Meeting, Record};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn now() -> chrono::DateTime<chrono::Utc> {
    "2026-11-24T20:00:00Z".parse().unwrap()
}

fn utc() -> chrono::FixedOffset {
    chrono::FixedOffset::east_opt(0).unwrap()
}

fn apply(model: &mut Model, action: impl Into<Message>) {
    let mut journal = cochair::app::InMemory::default();
    cochair::app::dispatch(model, action, now(), &mut journal, &mut cochair::app::Quiet);
}

fn raise(model: &mut Model, person: usize) {
    let person = model.meeting.people()[person].name.clone();
    let event = Event::HandRaised {
        person,
        process: false,
    };
    update(model, Message::Recorded(Record { at: now(), event }), now());
}

/// A started meeting on a generated agenda, everyone present.
fn big_meeting(people: usize, items: usize) -> Model {
    let src = generate::large_agenda(people, items, 40);
    let agenda = cochair::agenda::from_str(&src, Path::new("large.ron")).unwrap();
    let meeting = Meeting::new(agenda, "2026-11-24".parse().unwrap());
    let keymap = cochair::input::Keymap::builtin();
    let mut model = Model::new(meeting, keymap, "/m/large.jsonl".into(), now(), utc());
    for action in [
        Command::RollCall,
        Command::AllPresent,
        Command::Cancel,
        Command::StartMeeting,
    ] {
        apply(&mut model, action);
    }
    model
}

/// Target: 200 ms.
fn replay(c: &mut Criterion) {
    let src = generate::large_agenda(40, 12, 10);
    let bytes = generate::large_journal(&src, 100_000);
    let path = Path::new("large.jsonl");
    let mut group = c.benchmark_group("resume");
    group.sample_size(10);
    group.bench_function("replay a 100,000-event journal", |b| {
        b.iter(|| {
            let contents = cochair::store::journal::parse(black_box(&bytes), path).unwrap();
            black_box(cochair::store::journal::replay(path, &contents).unwrap())
        })
    });
    group.finish();
}

/// Target: 2 ms.
fn render(c: &mut Criterion) {
    let mut model = big_meeting(1000, 500);
    for i in 0..30 {
        raise(&mut model, i * 7);
    }
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    c.bench_function("full frame, 1,000 people / 500 items, 200x60", |b| {
        b.iter(|| {
            terminal
                .draw(|f| cochair::ui::view(black_box(&model), f))
                .unwrap();
        })
    });
}

/// Target: 1 ms per keystroke (a character typed, the list filtered, the character taken back).
fn picker(c: &mut Criterion) {
    let mut model = big_meeting(5000, 5);
    for action in [
        Command::AddSpeaker.into(),
        Message::Type('p'),
        Message::Type('4'),
    ] {
        apply(&mut model, action);
    }
    c.bench_function("picker filter over 5,000 names", |b| {
        b.iter(|| {
            apply(&mut model, Message::Type('2'));
            let cochair::app::Overlay::Picker(picker) = &model.overlay else {
                unreachable!()
            };
            black_box(cochair::app::candidates(&model, picker));
            apply(&mut model, Message::Edit(cochair::app::Edit::Backspace));
        })
    });
}

/// Target: 1 ms.
fn ranking(c: &mut Criterion) {
    let mut model = big_meeting(1000, 5);
    for p in 0..1000 {
        raise(&mut model, p);
    }
    c.bench_function("queue ranking, 1,000 hands", |b| {
        b.iter(|| black_box(model.meeting.queue_order(now())))
    });
}

/// Target: 50 ms from start to the first frame (the terminal's own set-up left out).
fn first_frame(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("cochair-bench-{}", std::process::id()));
    c.bench_function("start to first frame", |b| {
        b.iter(|| {
            let _ = std::fs::remove_dir_all(&dir);
            let options = cochair::cli::Options {
                agenda: Some("agendas/family-council.ron".into()),
                journal: Some(dir.join("m.jsonl")),
                ..cochair::cli::Options::default()
            };
            let opened = cochair::cli::open(&options, now(), utc()).unwrap();
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
            terminal
                .draw(|f| cochair::ui::view(&opened.model, f))
                .unwrap();
        })
    });
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, replay, render, picker, ranking, first_frame);
criterion_main!(benches);
