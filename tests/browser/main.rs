//! The members' page in a real browser: headless Chromium driven over WebDriver (the driver in
//! `tests/support/browser.rs`), the host in a real terminal (tmux). Without them a test says
//! `SKIPPED`; under `CI=true` it fails.
//!
//! A test binary of its own, so `cargo test --test browser` runs just these.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

#[path = "../support/mod.rs"]
mod support;

#[cfg(unix)]
#[path = "../support/browser.rs"]
mod browser;

/// A member takes part from a browser, and axe-core checks the page.
mod members_page;
