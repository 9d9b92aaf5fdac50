//! Screens at scale, against the release binary hosting a meeting in a real terminal (tmux), as
//! in a room (`cargo bench --bench screens_at_scale`). Two targets:
//!
//! 1. Memory: the host started with `--max-screens 256` on a 4 MB journal; 200 screens say
//!    hello and never read a byte. The host's peak memory (`VmHWM`, Linux) stays ≤ 64 MB: each
//!    screen is streamed the journal from the file, never sent a copy held in memory, and a
//!    screen that takes nothing for 5 s is dropped.
//! 2. Latency: while 1,000 connections say hello and close (as fast as four threads can open
//!    them, and for 200 ms after), a working timekeeper's screen pauses and resumes the clock;
//!    ten such rounds. Each proposal is acknowledged (its record, with its id, back on that
//!    screen) in < 100 ms at p99.
//!
//! Needs tmux and Linux's /proc; elsewhere it says so and measures nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests and benchmarks may stop at the first surprise

#[cfg(target_os = "linux")]
#[path = "../tests/support/mod.rs"]
mod support;

#[cfg(not(target_os = "linux"))]
fn main() {
    println!("screens at scale: measured on Linux only (it reads the host's memory from /proc)");
}

#[cfg(target_os = "linux")]
fn main() {
    if !support::tmux_available("screens_at_scale") {
        return;
    }
    scale::main();
}

#[cfg(target_os = "linux")]
mod scale {
    use std::io::Write;
    use std::os::unix::net::UnixStream;
    use std::path::Path;
    use std::sync::mpsc::{Receiver, channel};
    use std::time::{Duration, Instant};

    use chrono::Utc;
    use cochair::agenda::{Role, Seat};
    use cochair::app::{Input, Message, Recorder, Saved};
    use cochair::meeting::{Event, ProposalId, Record};
    use cochair::store::journal::{FORMAT_VERSION, Header};

    use super::support::Tmux;

    const BIN: &str = env!("CARGO_BIN_EXE_cochair");
    const JOURNAL_BYTES: usize = 4 * 1024 * 1024;
    const IDLE_SCREENS: usize = 200;
    const TARGET_PEAK_MB: f64 = 64.0;
    const CHURN: usize = 1000;
    const ROUNDS: usize = 10;
    const AFTERMATH: Duration = Duration::from_millis(200);
    const TARGET_P99: Duration = Duration::from_millis(100);

    pub fn main() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("council.jsonl");
        let bytes = write_journal(&journal);
        let runtime = dir.path().join("run");
        let env = [
            ("XDG_CONFIG_HOME", dir.path()),
            ("XDG_DATA_HOME", dir.path()),
            ("XDG_RUNTIME_DIR", runtime.as_path()),
        ];
        let args = [
            BIN,
            "--journal",
            journal.to_str().unwrap(),
            "--max-screens",
            "256",
        ];
        let host = Tmux::start("scale-host", 120, 40, &args, &env);
        host.wait_for(|s| s.contains("▶ Running"), "the host to resume");
        let pid = host.pid();
        let socket = cochair::share::place_in(&runtime.join("cochair"), &journal).socket;
        let before = peak_mb(&pid);

        let peak = idle_screens(&host, &socket, &pid);
        println!(
            "screens_at_scale/memory: {IDLE_SCREENS} screens that never read, journal {:.1} MB: host peak {peak:.1} MB (before they joined {before:.1} MB; target ≤ {TARGET_PEAK_MB} MB: {})",
            bytes as f64 / 1e6,
            verdict(peak <= TARGET_PEAK_MB)
        );

        let (mut times, churned) = acknowledged_while_churning(&socket);
        times.sort();
        let at = |percent: usize| times[(times.len() * percent).div_ceil(100).max(1) - 1];
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "screens_at_scale/latency: {} proposals while {churned} connections said hello and closed ({ROUNDS} rounds of {CHURN}): p50 {:.1} ms · p99 {:.1} ms · max {:.1} ms (target p99 < {} ms: {})",
            times.len(),
            ms(at(50)),
            ms(at(99)),
            ms(times[times.len() - 1]),
            TARGET_P99.as_millis(),
            verdict(at(99) < TARGET_P99)
        );
        drop(host);
    }

    fn verdict(met: bool) -> &'static str {
        if met { "met" } else { "MISSED" }
    }

    /// A started meeting with notes until the journal is about `JOURNAL_BYTES`, dated today so
    /// the host resumes it without asking.
    fn write_journal(path: &Path) -> usize {
        let agenda = cochair::agenda::from_str(
            cochair::agenda::EXAMPLE,
            Path::new(cochair::agenda::EXAMPLE_NAME),
        )
        .unwrap();
        let now = Utc::now();
        let header = Header {
            cochair_journal: FORMAT_VERSION,
            created: now,
            date: now.with_timezone(&chrono::Local).date_naive(),
            agenda_file: cochair::agenda::EXAMPLE_NAME.into(),
            agenda,
        };
        let mut text = serde_json::to_string(&header).unwrap() + "\n";
        let start = Record::new(now, Event::MeetingStarted);
        text.push_str(&(serde_json::to_string(&start).unwrap() + "\n"));
        let mut n = 0;
        while text.len() < JOURNAL_BYTES {
            let note = Event::NoteAdded {
                item: 0,
                text: format!("Note {n}: {}", "what the room said about it ".repeat(12)),
            };
            let record = Record::new(now, note);
            text.push_str(&(serde_json::to_string(&record).unwrap() + "\n"));
            n += 1;
        }
        std::fs::write(path, &text).unwrap();
        text.len()
    }

    /// The host's peak resident memory so far, in MB.
    fn peak_mb(pid: &str) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
        let kb: f64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap();
        kb / 1024.0
    }

    fn hello(role: &str) -> String {
        format!(
            "{{\"hello\":{{\"protocol\":{},\"role\":\"{role}\",\"room\":false}}}}\n",
            cochair::share::protocol::PROTOCOL
        )
    }

    /// 200 screens say hello and never read; the host streams each the journal until it gives
    /// up on them. The peak is read once they have all been dropped.
    fn idle_screens(host: &Tmux, socket: &Path, pid: &str) -> f64 {
        let mut idle = Vec::new();
        for _ in 0..IDLE_SCREENS {
            let mut stream = UnixStream::connect(socket).unwrap();
            stream.write_all(hello("observer").as_bytes()).unwrap();
            idle.push(stream);
        }
        host.wait_for(
            |s| s.contains(&format!("observer ×{IDLE_SCREENS}")),
            "every idle screen to be counted",
        );
        // Past the write timeout: the host has given up on every one of them.
        let deadline = Instant::now() + Duration::from_secs(20);
        while host.screen().contains("joined:") {
            assert!(Instant::now() < deadline, "{}", host.screen());
            std::thread::sleep(Duration::from_millis(200));
        }
        drop(idle);
        peak_mb(pid)
    }

    /// A timekeeper's screen proposes pause and resume, one at a time, while 1,000 other
    /// connections say hello and close as fast as four threads can open them, and for 200 ms
    /// after (while the host still takes in what they left); ten such rounds. Each proposal is
    /// timed until its record comes back with its id.
    fn acknowledged_while_churning(socket: &Path) -> (Vec<Duration>, usize) {
        let joined = cochair::share::join(socket, Seat::Job(Role::Timekeeper), false).unwrap();
        let mut proposer = joined.proposer();
        let (tx, heard) = channel();
        joined.follow(tx, cochair::lang::Lang::En);
        let mut times = Vec::new();
        let mut paused = false;
        let mut churned = 0;
        for _ in 0..ROUNDS {
            let churners: Vec<_> = (0..4)
                .map(|_| {
                    let socket = socket.to_path_buf();
                    std::thread::spawn(move || churn(&socket, CHURN / 4))
                })
                .collect();
            let mut after = None;
            while after.is_none_or(|ended: Instant| ended.elapsed() < AFTERMATH) {
                if after.is_none() && churners.iter().all(|c| c.is_finished()) {
                    after = Some(Instant::now());
                }
                let event = match paused {
                    false => Event::ClockPaused { role: None },
                    true => Event::ClockResumed { role: None },
                };
                paused = !paused;
                let sent = Instant::now();
                let Saved::Proposed { id, sent: true } =
                    proposer.append(&Record::new(Utc::now(), event)).unwrap()
                else {
                    panic!("the proposal did not go out");
                };
                wait_for_record(&heard, id);
                times.push(sent.elapsed());
                std::thread::sleep(Duration::from_millis(2));
            }
            churned += churners
                .into_iter()
                .map(|c| c.join().unwrap())
                .sum::<usize>();
            // The host settles before the next round.
            std::thread::sleep(Duration::from_millis(500));
        }
        (times, churned)
    }

    /// `count` connections that say hello and close at once.
    fn churn(socket: &Path, count: usize) -> usize {
        let mut done = 0;
        for _ in 0..count {
            if let Ok(mut stream) = UnixStream::connect(socket) {
                let _ = stream.write_all(hello("observer").as_bytes());
                done += 1;
            }
        }
        done
    }

    fn wait_for_record(heard: &Receiver<Input>, id: ProposalId) {
        loop {
            match heard.recv_timeout(Duration::from_secs(30)).unwrap() {
                Input::Message(Message::Recorded(record)) if record.proposal == Some(id) => {
                    return;
                }
                Input::Message(Message::Refused {
                    id: Some(refused),
                    why,
                }) if refused == id => {
                    panic!("refused: {why:?}")
                }
                _ => {}
            }
        }
    }
}
