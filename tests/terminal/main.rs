//! cochair in a real terminal: each test runs the binary in a tmux server of its own (the `Tmux`
//! driver in `tests/support/`) and reads the screen, waiting for what it expects with a
//! generous deadline. Without tmux a test says `SKIPPED`; under `CI=true` it fails.
//!
//! One test binary, one module per topic: each file directly in `tests/` would be linked on its
//! own.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

#[path = "../support/mod.rs"]
mod support;

#[cfg(unix)]
#[path = "../support/page.rs"]
mod page;

/// The first run: the built-in example, rehearsed.
mod newcomer;

/// A meeting run, killed and resumed; the queue, the record and the procedure on screen.
mod meetings;

/// Hostile text, signals, resizing, a full disk, kill -9 at any moment.
mod faults;

/// A meeting that follows the last one reviews its actions.
mod follow_through;

/// One meeting on several screens, each its own `cochair`.
mod several_screens;

/// The members' page across a host killed and started again.
mod members_resume;
