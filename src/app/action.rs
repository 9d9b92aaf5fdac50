//! Everything that can happen to the app. The unit variants are the actions a keymap can bind,
//! by their snake_case names; the others come from the runtime and are never bound to keys.
//!
//! Adding an action: a variant here, a line in `describe`, an arm in `update`, a key in
//! `keymaps/default.ron`.

use serde::Deserialize;

use crate::meeting::Record;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Leave the app; the meeting stays in its journal and can be resumed.
    Quit,
    /// Show or hide the list of keys.
    Help,
    StartMeeting,
    NextItem,
    PreviousItem,
    /// Adjourn the meeting (asks for confirmation first).
    EndMeeting,
    /// Say yes in a confirmation.
    Confirm,
    /// Close an overlay or say no in a confirmation.
    Cancel,
    ScrollUp,
    ScrollDown,

    /// The clock moved on (the runtime's idle wake-up).
    #[serde(skip)]
    Tick,
    /// An event is safely in the journal: apply it to the meeting.
    #[serde(skip)]
    Recorded(Record),
    /// The journal could not be written; nothing was applied.
    #[serde(skip)]
    SaveFailed(String),
    /// A key that does nothing in the current mode (named, to say so on screen).
    #[serde(skip)]
    UnknownKey(String),
}

impl Action {
    /// What the action does, in the words of the help screen and key hints.
    pub fn describe(&self) -> &'static str {
        match self {
            Action::Quit => "quit (the meeting is kept)",
            Action::Help => "show or hide keys",
            Action::StartMeeting => "start the meeting",
            Action::NextItem => "next item",
            Action::PreviousItem => "previous item",
            Action::EndMeeting => "adjourn the meeting",
            Action::Confirm => "yes",
            Action::Cancel => "close / no",
            Action::ScrollUp => "scroll up",
            Action::ScrollDown => "scroll down",
            Action::Tick | Action::Recorded(_) | Action::SaveFailed(_) | Action::UnknownKey(_) => {
                ""
            }
        }
    }

    /// A one- or two-word label for the key hints line.
    pub fn hint(&self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Help => "help",
            Action::StartMeeting => "start",
            Action::NextItem => "next item",
            Action::PreviousItem => "previous",
            Action::EndMeeting => "adjourn",
            Action::Confirm => "yes",
            Action::Cancel => "close",
            Action::ScrollUp | Action::ScrollDown => "scroll",
            Action::Tick | Action::Recorded(_) | Action::SaveFailed(_) | Action::UnknownKey(_) => {
                ""
            }
        }
    }
}
