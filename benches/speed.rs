//! Speed targets, measured on generated data (`cargo bench`). Each line prints the median of
//! several runs against its target; these are measurements, not tests, so nothing fails here.
//!
//! | measure | target |
//! |---|---|
//! | replay of a 100,000-event journal (resume) | ≤ 200 ms |
//! | full frame render, 1,000 people / 500 items, 200×60 | ≤ 2 ms |
//! | picker filter over 5,000 names per keystroke | ≤ 1 ms |
//! | queue ranking with 1,000 hands raised | ≤ 1 ms |
//! | start to first frame (load, open the journal, first draw) | ≤ 50 ms |

#[path = "../tests/support/generate.rs"]
mod generate;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use cochair::app::{Action, Effect, Model, update};
use cochair::meeting::{Event, Meeting, Record};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The median time of `runs` calls.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn report(name: &str, took: Duration, target: Duration) {
    let verdict = if took <= target {
        "within target"
    } else {
        "OVER TARGET"
    };
    println!(
        "{name:<58} {:>10.3} ms   target {:>6.1} ms   {verdict}",
        took.as_secs_f64() * 1e3,
        target.as_secs_f64() * 1e3
    );
}

fn now() -> chrono::DateTime<chrono::Utc> {
    "2026-11-24T20:00:00Z".parse().unwrap()
}

fn model(meeting: Meeting) -> Model {
    let offset = chrono::FixedOffset::east_opt(0).unwrap();
    Model::new(
        meeting,
        cochair::keymap::Keymap::builtin(),
        "/m/large.jsonl".into(),
        now(),
        offset,
    )
}

fn apply(model: &mut Model, action: Action) {
    for effect in update(model, action, now()) {
        if let Effect::Record(record) = effect {
            update(model, Action::Recorded(record), now());
        }
    }
}

fn replay_100k() {
    let src = generate::large_agenda(40, 12, 10);
    let bytes = generate::large_journal(&src, 100_000);
    let path = Path::new("large.jsonl");
    let took = median(5, || {
        let contents = cochair::journal::parse(black_box(&bytes), path).unwrap();
        black_box(cochair::app::replay(path, &contents).unwrap());
    });
    report(
        "replay of a 100,000-event journal",
        took,
        Duration::from_millis(200),
    );
}

fn big_meeting(people: usize, items: usize) -> Model {
    let src = generate::large_agenda(people, items, 40);
    let agenda = cochair::agenda::from_str(&src, Path::new("large.ron")).unwrap();
    let mut model = model(Meeting::new(agenda, "2026-11-24".parse().unwrap()));
    for action in [
        Action::RollCall,
        Action::AllPresent,
        Action::Cancel,
        Action::StartMeeting,
    ] {
        apply(&mut model, action);
    }
    model
}

fn render_frame() {
    let mut model = big_meeting(1000, 500);
    for i in 0..30 {
        let person = model.meeting.people[i * 7].name.clone();
        update(
            &mut model,
            Action::Recorded(Record {
                at: now(),
                event: Event::HandRaised {
                    person,
                    process: false,
                },
            }),
            now(),
        );
    }
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let took = median(50, || {
        terminal
            .draw(|f| cochair::ui::view(black_box(&model), f))
            .unwrap();
    });
    report(
        "full frame render, 1,000 people / 500 items, 200x60",
        took,
        Duration::from_millis(2),
    );
}

fn picker_filter() {
    let mut model = big_meeting(5000, 5);
    apply(&mut model, Action::AddSpeaker);
    apply(&mut model, Action::Type('p'));
    apply(&mut model, Action::Type('4'));
    let took = median(50, || {
        apply(&mut model, Action::Type('2'));
        let cochair::app::Overlay::Picker(picker) = &model.overlay else {
            unreachable!()
        };
        black_box(cochair::app::candidates(&model, picker));
        apply(&mut model, Action::Edit(cochair::app::Edit::Backspace));
    });
    report(
        "picker filter over 5,000 names, per keystroke",
        took,
        Duration::from_millis(1),
    );
}

fn queue_ranking() {
    let mut model = big_meeting(1000, 5);
    for p in 0..1000 {
        let person = model.meeting.people[p].name.clone();
        update(
            &mut model,
            Action::Recorded(Record {
                at: now(),
                event: Event::HandRaised {
                    person,
                    process: false,
                },
            }),
            now(),
        );
    }
    let took = median(50, || {
        black_box(model.meeting.queue_order(now()));
    });
    report(
        "queue ranking with 1,000 hands raised",
        took,
        Duration::from_millis(1),
    );
}

fn first_frame() {
    let dir = std::env::temp_dir().join(format!("cochair-bench-{}", std::process::id()));
    let took = median(20, || {
        let _ = std::fs::remove_dir_all(&dir);
        let options = cochair::app::Options {
            agenda: Some("agendas/family-council.ron".into()),
            journal: Some(dir.join("m.jsonl")),
            ..cochair::app::Options::default()
        };
        let opened =
            cochair::app::open(&options, now(), chrono::FixedOffset::east_opt(0).unwrap()).unwrap();
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal
            .draw(|f| cochair::ui::view(&opened.model, f))
            .unwrap();
    });
    let _ = std::fs::remove_dir_all(&dir);
    report(
        "start to first frame (without the terminal's own set-up)",
        took,
        Duration::from_millis(50),
    );
}

fn main() {
    replay_100k();
    render_frame();
    picker_filter();
    queue_ranking();
    first_frame();
}
