//! How long a key pressed on one joined screen takes to reach the host's screen and come back
//! to every screen, over the real socket (`cargo bench --bench share`). Target: p99 ≤ 30 ms
//! with 20 screens joined.
//!
//! The host runs as `cochair` does, minus the terminal: its inbox, the app's `heard` and
//! `dispatch`, the journal on disk (each record synced before it is sent), the share server,
//! and a full redraw of its screen (into ratatui's test backend) after every input. Twenty
//! screens join with `share::join` and follow the host on their own threads. The timekeeper's
//! screen pauses and resumes the clock 500 times, one press at a time; each press is timed from
//! the moment it is sent until the last of the twenty screens has the record.

#![cfg_attr(not(unix), allow(unused))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests and benchmarks may stop at the first surprise

#[cfg(not(unix))]
fn main() {
    println!("Other screens cannot join on this platform: nothing to measure.");
}

#[cfg(unix)]
fn main() {
    unix::main();
}

#[cfg(unix)]
#[path = "../tests/support/sharing.rs"]
mod sharing;

#[cfg(unix)]
mod unix {
    use super::sharing::Sharing;
    use std::path::Path;
    use std::sync::mpsc::{Receiver, Sender, channel};
    use std::time::{Duration, Instant};

    use chrono::{DateTime, FixedOffset, Utc};
    use cochair::agenda;
    use cochair::agenda::{Role, Seat};
    use cochair::app::{Input, Link, Message, Model, Recorder, dispatch, heard};
    use cochair::input::{Command, Keymap};
    use cochair::meeting::{Event, Meeting, Record};
    use cochair::share::{self, About, Hosting, Server};
    use cochair::store::journal::{self, Header, Journal};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    const SCREENS: usize = 20;
    const PRESSES: usize = 500;
    const TARGET_P99: Duration = Duration::from_millis(30);

    fn start() -> DateTime<Utc> {
        "2026-11-24T18:00:00Z".parse().unwrap()
    }

    /// Open the example meeting with its journal in `dir`, everyone present and started, and
    /// listen for screens.
    fn open_host(dir: &Path, inbox: Sender<Input>) -> (Model, Journal, Server) {
        let agenda = agenda::from_str(agenda::EXAMPLE, Path::new(agenda::EXAMPLE_NAME)).unwrap();
        let path = dir.join("council.jsonl");
        let header = Header {
            cochair_journal: journal::FORMAT_VERSION,
            created: start(),
            date: start().date_naive(),
            agenda_file: agenda::EXAMPLE_NAME.into(),
            agenda: agenda.clone(),
        };
        let mut journal = Journal::create(&path, &header).unwrap();
        let runtime = dir.join("run");
        std::fs::create_dir(&runtime).unwrap();
        let about = About {
            title: agenda.title.clone(),
            date: start().date_naive(),
            journal: path.clone(),
            rehearsal: false,
            pid: std::process::id(),
        };
        let hosting = Hosting {
            journal: path.clone(),
            header_line: serde_json::to_string(&header).unwrap(),
            about,
            max_screens: share::MAX_SCREENS,
        };
        let place = share::place_in(&runtime, &path);
        let server = Server::start(place, hosting, inbox).unwrap();
        let meeting = Meeting::new(agenda, start().date_naive());
        let offset = FixedOffset::east_opt(0).unwrap();
        let mut model = Model::new(meeting, Keymap::builtin(), path, start(), offset);
        model.link = Link::Host {
            screens: Vec::new(),
        };
        for command in [
            Command::RollCall,
            Command::AllPresent,
            Command::Cancel,
            Command::StartMeeting,
        ] {
            dispatch(
                &mut model,
                command,
                start(),
                &mut journal,
                &mut Sharing(&server),
            );
        }
        (model, journal, server)
    }

    /// The host's loop: every input is handled as the runtime handles it, then the screen is
    /// drawn again, until the process ends.
    fn run_host(
        mut model: Model,
        mut journal: Journal,
        server: Server,
        inbox: Receiver<Input>,
        joined: Sender<()>,
    ) {
        let mut screen = Terminal::new(TestBackend::new(120, 32)).unwrap();
        let mut now = start();
        while let Ok(input) = inbox.recv() {
            now += chrono::TimeDelta::milliseconds(100);
            let was_join = matches!(input, Input::Message(Message::ScreenJoined { .. }));
            let mut sharing = Sharing(&server);
            if let Some(message) = heard(&model, input) {
                dispatch(&mut model, message, now, &mut journal, &mut sharing);
            }
            model.now = now;
            screen.draw(|f| cochair::ui::view(&model, f)).unwrap();
            if was_join {
                let _ = joined.send(());
            }
        }
    }

    pub fn main() {
        let dir = tempfile::tempdir().unwrap();
        let (to_host, inbox) = channel();
        let (model, journal, server) = open_host(dir.path(), to_host.clone());
        let socket = server.socket().to_path_buf();
        let (joined_tx, joined_rx) = channel();
        let host = std::thread::spawn(move || run_host(model, journal, server, inbox, joined_tx));

        // Every screen's records arrive at one place, each stamped with when it arrived.
        let (arrived_tx, arrived) = channel::<Instant>();
        let mut proposer = None;
        for i in 0..SCREENS {
            let role = if i == 0 {
                Seat::Job(Role::Timekeeper)
            } else {
                Seat::Observer
            };
            let screen = share::join(&socket, role, false).unwrap();
            joined_rx.recv().unwrap();
            if i == 0 {
                proposer = Some(screen.proposer());
            }
            let (follow_tx, follow) = channel();
            screen.follow(follow_tx, cochair::lang::Lang::En);
            let arrived_tx = arrived_tx.clone();
            std::thread::spawn(move || {
                for input in follow {
                    if matches!(input, Input::Message(Message::Recorded(_))) {
                        let _ = arrived_tx.send(Instant::now());
                    }
                }
            });
        }
        let mut proposer = proposer.unwrap();

        let mut times = Vec::with_capacity(PRESSES);
        for press in 0..PRESSES {
            let event = match press % 2 {
                0 => Event::ClockPaused { role: None },
                _ => Event::ClockResumed { role: None },
            };
            let sent = Instant::now();
            proposer
                .append(&Record {
                    at: start(),
                    proposal: None,
                    event,
                })
                .unwrap();
            let last = (0..SCREENS)
                .map(|_| arrived.recv_timeout(Duration::from_secs(10)).unwrap())
                .max()
                .unwrap();
            times.push(last - sent);
        }
        drop(to_host);
        drop(host);
        report(&mut times);
    }

    fn report(times: &mut [Duration]) {
        times.sort();
        // The nearest-rank percentile: the smallest time at least `percent`% of presses beat.
        let at = |percent: usize| times[(times.len() * percent).div_ceil(100).max(1) - 1];
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let p99 = at(99);
        println!(
            "share/key to every screen, {SCREENS} screens joined, {} presses: p50 {:.2} ms · p99 {:.2} ms · max {:.2} ms (target p99 ≤ {} ms: {})",
            times.len(),
            ms(at(50)),
            ms(p99),
            ms(times[times.len() - 1]),
            TARGET_P99.as_millis(),
            if p99 <= TARGET_P99 { "met" } else { "MISSED" }
        );
    }
}
