//! The voice balance panel's log: scrolled entry by entry with `scroll_up` / `scroll_down`,
//! never past its last entry, so going back up never takes presses that show nothing.

use super::Model;

/// Scroll the voice balance's log by a few entries, never past its last one.
pub(super) fn scroll_balance(model: &mut Model, up: bool) {
    const STEP: u16 = 5;
    let most = u16::try_from(balance_log_rows(&model.meeting).saturating_sub(1)).unwrap_or(0);
    model.balance_scroll = match up {
        true => model.balance_scroll.saturating_sub(STEP),
        false => model.balance_scroll.saturating_add(STEP).min(most),
    };
}

/// The rows of the voice balance's log: a blank line and a heading over the floor changes
/// and over the timekeeping entries (with the pause going on), then one row per entry.
pub fn balance_log_rows(meeting: &crate::meeting::Meeting) -> usize {
    let log = meeting.process_log();
    let floor = log.iter().filter(|e| e.kind.is_floor_change()).count();
    let clock = log.len() - floor + usize::from(meeting.paused().is_some());
    let section = |entries: usize| if entries == 0 { 0 } else { entries + 2 };
    section(floor) + section(clock)
}
