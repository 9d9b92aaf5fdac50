//! How fast a change reaches the members' pages: 100 pages open on loopback, the facilitator
//! moves between items 60 times, and each page's arrival of the new item is timed from the
//! key. The target: p99 ≤ 250 ms. The host is the app's real dispatch and the real page
//! server, in this process (the terminal is left out: it is not on the path to the pages).
//!
//! `cargo bench --bench members` (PAGES=… and CHANGES=… to change the sizes). The idle cost
//! of open pages and the binary's size are measured by `scripts/members-bench`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop at the first surprise

#[path = "../tests/support/page.rs"]
mod page;

use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use page::{AGENDA, Room, Stream};

fn number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    // `cargo test --benches` runs this too: once, small.
    let quick = std::env::args().any(|a| a == "--test" || a == "--list");
    let pages = if quick { 5 } else { number("PAGES", 100) };
    let changes = if quick { 4 } else { number("CHANGES", 60) };
    let room = Room::open(AGENDA, &["Ana", "Ben"], true);
    let (arrived, arrivals) = channel::<(usize, Instant)>();
    let mut readers = Vec::new();
    for _ in 0..pages {
        let mut stream = Stream::open(&room.url, None);
        stream.until("list", "List of speakers");
        let arrived = arrived.clone();
        readers.push(std::thread::spawn(move || {
            for change in 0..changes {
                let title = if change % 2 == 0 {
                    "Rent review"
                } else {
                    "Repairs backlog"
                };
                stream.until("item", &format!("<p class=\"big\">{title}</p>"));
                arrived.send((change, Instant::now())).unwrap();
            }
        }));
    }
    drop(arrived);
    let mut latencies = Vec::with_capacity(pages * changes);
    for change in 0..changes {
        let sent = Instant::now();
        room.keys(&[if change % 2 == 0 { "n" } else { "p" }]);
        for _ in 0..pages {
            let (seen, at) = arrivals.recv_timeout(Duration::from_secs(30)).unwrap();
            assert_eq!(seen, change);
            latencies.push(at - sent);
        }
        // Let the room settle between changes, as a facilitator does.
        std::thread::sleep(Duration::from_millis(50));
    }
    for reader in readers {
        reader.join().unwrap();
    }
    latencies.sort_unstable();
    // The q-th quantile, q in hundredths: the nearest rank.
    let at = |q: usize| {
        let i = ((latencies.len() - 1) * q + 50) / 100;
        latencies[i].as_secs_f64() * 1000.0
    };
    println!(
        "members/item_change_to_{pages}_pages: {} arrivals, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (target p99 <= 250 ms)",
        latencies.len(),
        at(50),
        at(99),
        at(100)
    );
}
