//! Several screens of one meeting, through the real socket: a host (the app's own update and
//! dispatch, the journal on disk, the share server) and screens that join it, as `cochair join`
//! does. Every wait has a deadline, and every time the meeting sees is a fixed one.
#![cfg(unix)]

mod harness;

/// What a screen says on the wire that no cochair screen would, and what the host answers.
mod wire;

/// Screens joining, leaving, stalling, and the host closing or vanishing.
mod coming_and_going;

/// Proposals: their ids, pending until answered, nothing lost or doubled when the host dies.
mod proposals;

/// Whatever several screens send at once, every screen agrees with the journal.
mod agreement;
