//! Speed targets, measured with criterion on generated data (`cargo bench --bench speed`).
//! These are measurements, not tests: compare the times criterion prints with the targets.
//! Each bench is named after what it times; what a person waits for is timed whole (the file
//! read, the replay, the update and the frame), the parts separately for finding where the
//! time goes.
//!
//! | bench | what it times | target |
//! |---|---|---|
//! | `resume to first frame, a meeting's mix of events/events/{25000,50000,100000}` | a meeting resumed from its journal file on disk to the first frame, through `cli::open` (lock, read and parse the file once, replay, build the model) and a draw at 120×40; the journal holds every kind of event in a meeting's proportions (below) | 100,000 events ≤ 100 ms; doubling the journal at most doubles the time |
//! | `replay in memory/parse and replay 100,000 events of a meeting's mix` | the replay's share of a resume: bytes already in memory parsed and folded, no file, no lock, no frame | — |
//! | `replay in memory/parse and replay 100,000 turns with 1,020 pauses` | hands, turns and items only, the clock paused every 24 turns, where a walk over every pause made resuming grow with pauses × turns | no more than the mix |
//! | `reading 100,000 events of a meeting's mix/into records` | the parse alone: the same bytes read into the journal's typed records, nothing replayed | faster than into `Value`s |
//! | `reading 100,000 events of a meeting's mix/into serde_json Values` | the same bytes read into untyped `serde_json::Value`s, for comparison: what any JSON reader pays | — |
//! | `picker keystroke with redraw, 5,000 names, 200x60` | a key typed in the picker as the runtime takes it: the key heard, the update (the list filtered once), the tick, and the frame drawn | ≤ 1 ms |
//! | `picker filter only, 5,000 names, no draw` | a character typed and taken back: two updates, each filtering the list, no frame | — |
//! | `frame after the clock's second ticked, 1,000 people / 500 items, 200x60 (tick and draw)` | a frame that really changed: the tick a second later and the draw, someone speaking, 30 hands up; the clocks' cells are sent | ≤ 2 ms |
//! | `frame of an unchanged model, 1,000 people / 500 items, 200x60 (diff sends nothing)` | the view drawn again for the same model: ratatui's diff finds nothing to send | — |
//! | `queue ranking, 1,000 hands, no draw` | the queue's order with 1,000 hands raised | ≤ 1 ms |
//! | `start to first frame, new meeting of family-council.ron` | start with no journal yet: the keymap and the agenda loaded and checked, the model built, the first draw at 120×40 (the terminal's own set-up left out) | ≤ 50 ms |
//!
//! The resume group prints the ratios 50k/25k and 100k/50k after criterion's figures. Criterion
//! gives no ratios, and its saved estimates may be stale (a filtered run, or `--test`), so the
//! ratios are timed here with `Instant`: fifteen rounds, each resuming every size once to its
//! first frame, and the fastest of each size's fifteen runs kept. Another job on the machine
//! only ever adds time, so the fastest run is the steadiest estimate of the cost itself, and
//! interleaving the sizes lets a burst of that job's work fall on all of them alike.
//!
//! The resumed meeting's journal (`meeting_journal` in `tests/support/generate.rs`) follows an
//! earlier meeting and reviews its actions, takes a roll call with arrivals and departures,
//! adds guests, has screens join, and on each item has hands (points of process, pro and contra
//! on decisions, direct responses given and refused, hands moved, changed, lowered and cleared,
//! the last speaker re-added, a hand added to the closed list), interposed questions, turns
//! extended and reset, an override, notes (one in six about 1,200 characters), a decision by vote or by
//! consensus or an action, corrections, parked topics, pauses, breaks and extensions: about 45
//! events an item, every kind of event but the adjournment, since a running meeting is
//! resumed. A test (`tests/commands/hardening.rs`) keeps every kind in it.
//!
//! The generated journals hold a second between records, so each of these meetings began the
//! day before it is resumed (a minute after its last record): `cli::open` answers "resume it,
//! or start a new one?" with resume, as `r` does.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests and benchmarks may stop at the first surprise

#[path = "../tests/support/generate.rs"]
mod generate;

use std::cell::Cell;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeDelta, Utc};
use cochair::app::{Message, Model, Screen, update};
use cochair::input::{Command, Key, KeyCode, Mods};
use cochair::meeting::{Event, Meeting, Record};
use criterion::{BenchmarkId, Criterion, criterion_group};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The moment of the in-memory benches, parsed once: a key's cost is not the bench's parsing.
fn now() -> DateTime<Utc> {
    static NOW: LazyLock<DateTime<Utc>> = LazyLock::new(|| "2026-11-24T20:00:00Z".parse().unwrap());
    *NOW
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
    update(
        model,
        Message::Recorded(Record {
            at: now(),
            proposal: None,
            event,
        }),
        now(),
    );
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

/// A key as the runtime takes it: heard in the model's mode, dispatched, then the tick and the
/// frame the runtime's loop draws after every input.
fn press(model: &mut Model, key: Key, terminal: &mut Terminal<TestBackend>) {
    let mut journal = cochair::app::InMemory::default();
    let host = &mut cochair::app::Quiet;
    if let Some(message) = cochair::app::heard(model, cochair::app::Input::Key(key)) {
        cochair::app::dispatch(model, message, now(), &mut journal, host);
    }
    cochair::app::dispatch(model, Message::Tick, now(), &mut journal, host);
    terminal.show(model).unwrap();
}

/// A journal on disk for the resume benches, and the moment it is resumed (a minute after its
/// last record).
struct OnDisk {
    path: PathBuf,
    now: DateTime<Utc>,
}

impl OnDisk {
    fn write(dir: &Path, events: usize) -> OnDisk {
        let src = generate::meeting_agenda(40);
        let bytes = generate::meeting_journal(&src, events);
        let path = dir.join(format!("resume-{events}.jsonl"));
        std::fs::write(&path, &bytes).unwrap();
        let contents = cochair::store::journal::parse(&bytes, &path).unwrap();
        assert_eq!(contents.records.len(), events);
        let last = contents.records.last().unwrap().1.at;
        OnDisk {
            path,
            now: last + TimeDelta::minutes(1),
        }
    }

    /// Open the journal as `cochair --journal FILE` does (lock, read, replay, build the model)
    /// and draw the first frame; returns the time that took. The journal stays locked until
    /// the meeting is dropped, after the clock is stopped.
    fn resume_to_first_frame(&self) -> Duration {
        let options = cochair::cli::Options {
            journal: Some(self.path.clone()),
            ..cochair::cli::Options::default()
        };
        let start = Instant::now();
        let opened = cochair::cli::open(&options, self.now, utc()).unwrap();
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal.show(&opened.model).unwrap();
        let took = start.elapsed();
        black_box(&terminal);
        drop(opened);
        took
    }
}

/// Target: 100 ms for 100,000 events, and the time at most doubling with the journal.
fn resume(c: &mut Criterion) {
    const ROUNDS: usize = 15;
    let dir = tempfile::tempdir().unwrap();
    let sizes = [25_000, 50_000, 100_000];
    let journals: Vec<(usize, OnDisk)> = sizes
        .iter()
        .map(|&n| (n, OnDisk::write(dir.path(), n)))
        .collect();
    let mut group = c.benchmark_group("resume to first frame, a meeting's mix of events");
    group.sample_size(10);
    let ran = Cell::new(false);
    for (events, journal) in &journals {
        group.bench_with_input(BenchmarkId::new("events", events), journal, |b, journal| {
            ran.set(true);
            b.iter_custom(|iters| (0..iters).map(|_| journal.resume_to_first_frame()).sum())
        });
    }
    group.finish();
    if !ran.get() {
        return; // left out by the filter given to criterion
    }
    // Fifteen rounds, each resuming every size once, so a burst of another job's work falls
    // on all sizes alike; the fastest of each size's fifteen runs is kept.
    let mut fastest = vec![Duration::MAX; journals.len()];
    for _ in 0..ROUNDS {
        for (best, (_, journal)) in fastest.iter_mut().zip(&journals) {
            *best = (*best).min(journal.resume_to_first_frame());
        }
    }
    println!("resume to first frame, the fastest of {ROUNDS} runs each:");
    for ((events, _), took) in journals.iter().zip(&fastest) {
        println!("  {events:>7} events: {:8.1} ms", took.as_secs_f64() * 1e3);
    }
    let limit = Duration::from_millis(100);
    let verdict = |met: bool| if met { "met" } else { "MISSED" };
    println!(
        "  100,000 events within 100 ms: {}",
        verdict(fastest[2] <= limit)
    );
    for pair in [(0, 1), (1, 2)] {
        let ratio = fastest[pair.1].as_secs_f64() / fastest[pair.0].as_secs_f64();
        println!(
            "  {}k / {}k: {ratio:.3} (target at most 2: {})",
            sizes[pair.1] / 1000,
            sizes[pair.0] / 1000,
            verdict(ratio <= 2.0)
        );
    }
}

/// The replay's share of a resume: parsing bytes already in memory and folding the records.
fn replay(c: &mut Criterion) {
    let mix = generate::meeting_journal(&generate::meeting_agenda(40), 100_000);
    let src = generate::large_agenda(40, 12, 10);
    let pausing = generate::large_journal_with_pauses(&src, 100_000, 24);
    let path = Path::new("large.jsonl");
    let pauses = {
        let contents = cochair::store::journal::parse(&pausing, path).unwrap();
        let meeting = cochair::store::journal::replay(path, &contents).unwrap();
        meeting.pauses().all().len()
    };
    assert_eq!(pauses, 1020, "the bench's name says how many");
    let mut group = c.benchmark_group("replay in memory");
    group.sample_size(10);
    let cases = [
        ("parse and replay 100,000 events of a meeting's mix", &mix),
        ("parse and replay 100,000 turns with 1,020 pauses", &pausing),
    ];
    for (name, bytes) in &cases {
        group.bench_function(*name, |b| {
            b.iter(|| {
                let contents = cochair::store::journal::parse(black_box(bytes), path).unwrap();
                black_box(cochair::store::journal::replay(path, &contents).unwrap())
            })
        });
    }
    group.finish();

    // The parse alone, typed and untyped: the same lines (the header left out), split and
    // checked as text beforehand, read into records and into `Value`s.
    let lines = record_lines(&mix);
    let mut group = c.benchmark_group("reading 100,000 events of a meeting's mix");
    group.sample_size(10);
    group.bench_function("into records", |b| b.iter(|| read_lines::<Record>(&lines)));
    group.bench_function("into serde_json Values", |b| {
        b.iter(|| read_lines::<serde_json::Value>(&lines))
    });
    group.finish();
}

/// A journal's record lines as text, its header left out.
fn record_lines(journal: &[u8]) -> Vec<&str> {
    std::str::from_utf8(journal)
        .unwrap()
        .lines()
        .skip(1)
        .collect()
}

/// Every line read as a `T`.
fn read_lines<'a, T: serde::Deserialize<'a>>(lines: &[&'a str]) -> Vec<T> {
    let lines = black_box(lines).iter();
    lines
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

/// A meeting of 1,000 people on 500 items, 30 hands raised and someone speaking.
fn busy_meeting() -> Model {
    let mut model = big_meeting(1000, 500);
    for i in 0..30 {
        raise(&mut model, i * 7);
    }
    apply(&mut model, Command::NextSpeaker);
    assert!(model.meeting.queue().floor.is_some(), "someone speaks");
    model
}

/// Target: 2 ms for a frame that changed.
fn render(c: &mut Criterion) {
    let mut model = busy_meeting();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let mut second = now();
    c.bench_function(
        "frame after the clock's second ticked, 1,000 people / 500 items, 200x60 (tick and draw)",
        |b| {
            b.iter(|| {
                second += TimeDelta::seconds(1);
                let mut journal = cochair::app::InMemory::default();
                let host = &mut cochair::app::Quiet;
                cochair::app::dispatch(&mut model, Message::Tick, second, &mut journal, host);
                terminal.show(black_box(&model)).unwrap();
            })
        },
    );
    let model = busy_meeting();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    c.bench_function(
        "frame of an unchanged model, 1,000 people / 500 items, 200x60 (diff sends nothing)",
        |b| b.iter(|| terminal.show(black_box(&model)).unwrap()),
    );
}

/// The picker open over 5,000 names with "p4" typed.
fn picking() -> Model {
    let mut model = big_meeting(5000, 5);
    for action in [
        Command::AddSpeaker.into(),
        Message::Type('p'),
        Message::Type('4'),
    ] {
        apply(&mut model, action);
    }
    model
}

/// Target: 1 ms per keystroke, the redraw included. Each iteration is one key: a character
/// typed, then taken back by the next, so the list stays the same length throughout.
fn picker(c: &mut Criterion) {
    let mut model = picking();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let keys = [Key::char('2'), Key::new(KeyCode::Backspace, Mods::NONE)];
    let filter = |model: &Model| match &model.overlay {
        cochair::app::Overlay::Picker(picker) => picker.filter.text().to_owned(),
        other => panic!("the picker closed: {other:?}"),
    };
    press(&mut model, keys[0], &mut terminal);
    assert_eq!(filter(&model), "p42");
    press(&mut model, keys[1], &mut terminal);
    assert_eq!(filter(&model), "p4");
    let mut n = 0;
    c.bench_function("picker keystroke with redraw, 5,000 names, 200x60", |b| {
        b.iter(|| {
            press(&mut model, keys[n % 2], &mut terminal);
            n += 1;
        })
    });
    let cochair::app::Overlay::Picker(picker) = &model.overlay else {
        unreachable!("the picker stays open")
    };
    assert!(picker.found.len() > 1, "the filter leaves a list to draw");

    let mut model = picking();
    c.bench_function("picker filter only, 5,000 names, no draw", |b| {
        b.iter(|| {
            apply(&mut model, Message::Type('2'));
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
    c.bench_function("queue ranking, 1,000 hands, no draw", |b| {
        b.iter(|| black_box(model.meeting.queue_order(now())))
    });
}

/// Target: 50 ms from start to the first frame (the terminal's own set-up left out).
fn first_frame(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    c.bench_function(
        "start to first frame, new meeting of family-council.ron",
        |b| {
            b.iter(|| {
                let options = cochair::cli::Options {
                    agenda: Some("agendas/family-council.ron".into()),
                    journal: Some(dir.path().join("m.jsonl")),
                    ..cochair::cli::Options::default()
                };
                let opened = cochair::cli::open(&options, now(), utc()).unwrap();
                let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
                terminal.show(&opened.model).unwrap();
            })
        },
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "opening a new meeting writes nothing"
    );
}

/// `n` keys typed in the picker, as the keystroke bench types them (a character, then taken
/// back), each with its frame: for counting their instructions.
fn keystrokes(n: usize) {
    let mut model = picking();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let keys = [Key::char('2'), Key::new(KeyCode::Backspace, Mods::NONE)];
    terminal.show(&model).unwrap();
    for i in 0..n {
        press(&mut model, keys[i % 2], &mut terminal);
    }
}

/// `n` frames of the busy meeting, each after a tick a second later, as the frame bench draws
/// them: for counting their instructions.
fn frames_after_ticks(n: usize) {
    let mut model = busy_meeting();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let mut second = now();
    terminal.show(&model).unwrap();
    for _ in 0..n {
        second += TimeDelta::seconds(1);
        let mut journal = cochair::app::InMemory::default();
        cochair::app::dispatch(
            &mut model,
            Message::Tick,
            second,
            &mut journal,
            &mut cochair::app::Quiet,
        );
        terminal.show(black_box(&model)).unwrap();
    }
}

criterion_group!(
    benches,
    resume,
    replay,
    render,
    picker,
    ranking,
    first_frame
);
/// Criterion's main, and two one-shot runs for counting a resume's instructions with
/// callgrind where wall time is too noisy (`scripts/resume-instructions.sh`):
/// `SPEED_WRITE=FILE SPEED_EVENTS=N` writes the mix's journal of N events to FILE;
/// `SPEED_RESUME=FILE SPEED_EVENTS=N` resumes it once to its first frame;
/// `SPEED_READ=FILE SPEED_INTO=records|values` reads its lines once, into records or `Value`s;
/// `SPEED_KEYS=N` types N keys in the picker over 5,000 names, each with its frame, as the
/// keystroke bench does; `SPEED_TICKS=N` draws N frames of the busy meeting, each a second
/// after the last, as the frame bench does (`scripts/view-instructions.sh` counts them).
/// Each then exits.
fn main() {
    let events = std::env::var("SPEED_EVENTS")
        .ok()
        .and_then(|n| n.parse().ok());
    if let (Ok(file), Some(events)) = (std::env::var("SPEED_WRITE"), events) {
        let bytes = generate::meeting_journal(&generate::meeting_agenda(40), events);
        std::fs::write(file, bytes).unwrap();
        return;
    }
    if let (Ok(file), Ok(into)) = (std::env::var("SPEED_READ"), std::env::var("SPEED_INTO")) {
        let bytes = std::fs::read(file).unwrap();
        let lines = record_lines(&bytes);
        match into.as_str() {
            "records" => drop(black_box(read_lines::<Record>(&lines))),
            _ => drop(black_box(read_lines::<serde_json::Value>(&lines))),
        }
        return;
    }
    if let (Ok(file), Some(events)) = (std::env::var("SPEED_RESUME"), events) {
        let last: DateTime<Utc> = "2026-11-24T18:00:00Z".parse().unwrap();
        let journal = OnDisk {
            path: file.into(),
            now: last + TimeDelta::seconds(i64::try_from(events).unwrap() - 1 + 60),
        };
        journal.resume_to_first_frame();
        return;
    }
    let count = |name: &str| {
        std::env::var(name)
            .ok()
            .and_then(|n| n.parse::<usize>().ok())
    };
    if let Some(keys) = count("SPEED_KEYS") {
        keystrokes(keys);
        return;
    }
    if let Some(ticks) = count("SPEED_TICKS") {
        frames_after_ticks(ticks);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
