//! Signals that end the app: the loop checks a flag at least once a second, so it can restore
//! the terminal and say where the journal is. On Unix a watcher thread (asleep until a signal
//! comes) also makes sure the process ends even if the loop cannot: after a hang-up the terminal
//! is gone, and reading from it may never return. Every event is already on disk by then; what
//! must not be left behind (a rehearsal, the meeting's socket) is removed before it ends.
//! Elsewhere (Windows) ctrl-c and SIGTERM set the flag and the loop ends the app.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The number of the signal received, 0 while none has come.
pub struct Signals {
    received: Arc<AtomicUsize>,
}

impl Signals {
    /// The signal that asked the app to stop, if one has.
    pub fn received(&self) -> Option<i32> {
        match self.received.load(Ordering::Relaxed) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
    }

    #[cfg(unix)]
    pub fn install(restore: fn()) -> io::Result<Signals> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let received = Arc::new(AtomicUsize::new(0));
        let mut incoming = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
        let flag = Arc::clone(&received);
        std::thread::spawn(move || {
            if let Some(signal) = incoming.forever().next() {
                flag.store(signal.unsigned_abs() as usize, Ordering::SeqCst);
                if signal != SIGHUP {
                    std::thread::sleep(std::time::Duration::from_secs(3));
                }
                restore();
                super::leftovers::remove_all();
                std::process::exit(128 + signal);
            }
        });
        Ok(Signals { received })
    }

    #[cfg(not(unix))]
    pub fn install(_restore: fn()) -> io::Result<Signals> {
        use signal_hook::consts::{SIGINT, SIGTERM};
        let received = Arc::new(AtomicUsize::new(0));
        for signal in [SIGINT, SIGTERM] {
            signal_hook::flag::register_usize(signal, Arc::clone(&received), signal as usize)?;
        }
        Ok(Signals { received })
    }
}
