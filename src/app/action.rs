//! Everything that can happen to the app. The unit variants are the actions a keymap can bind,
//! by their snake_case names; the others come from the runtime and are never bound to keys.
//!
//! Adding an action: a variant here, a line in `describe` and `hint`, an arm in `update`, a
//! key in `keymaps/default.ron`.

use serde::Deserialize;

use super::text_field::Edit;
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
    /// Say yes, or choose the selected entry.
    Confirm,
    /// Close an overlay, or leave a question unanswered (nothing changes).
    Cancel,
    /// Answer no to a question.
    Decline,
    ScrollUp,
    ScrollDown,
    /// Move the selection in a list (the queue, the roll call, a picker).
    SelectPrevious,
    SelectNext,

    /// Open the roll call.
    RollCall,
    /// Roll call: mark the selected person present, sent apologies, or absent.
    TogglePresent,
    /// Roll call: mark everyone not yet marked as present.
    AllPresent,
    /// Roll call: the selected person leaves the meeting now (recorded with the time).
    MarkLeft,
    /// Roll call: add someone who is not on the agenda.
    AddPerson,

    /// Pick someone to add to the speaking queue.
    AddSpeaker,
    /// Pick someone raising a point of process: they go to the front.
    PointOfProcess,
    /// Take the selected hand out of the queue.
    RemoveSpeaker,
    /// End the current turn and give the floor to the top of the queue.
    NextSpeaker,
    /// End the current turn; nobody has the floor.
    EndTurn,
    /// Facilitator's override: move the selected hand up one place.
    MoveUp,
    /// Facilitator's override: move the selected hand down one place.
    MoveDown,
    /// Facilitator's override: the selected person speaks now.
    GiveFloor,
    /// Show or hide the voice balance.
    VoiceBalance,

    /// Stop every clock, or start them again (also ends a break).
    PauseClock,
    /// Start a break of some minutes (asks how long and who asked).
    StartBreak,
    /// Five more minutes for the current item.
    ExtendItem,
    /// More minutes for the current item (asks how many and who asked).
    ExtendItemBy,
    /// Thirty more seconds for the current speaker.
    ExtendTurn,
    /// Start the speaker's turn clock again from a full turn.
    ResetTurn,
    /// Switch between the full screen and the big clock for the projector.
    ProjectorView,

    /// A note on the current item.
    AddNote,
    /// A decision on the current item, then how it was taken.
    RecordDecision,
    /// An action item: what, who, by when.
    AddAction,
    /// Add an item to the agenda, at the end.
    AddItem,
    /// Set a topic aside for a later meeting.
    ParkTopic,
    /// Show or hide the record: every note, decision and action.
    RecordView,
    /// Correct the selected entry.
    EditEntry,
    /// Strike the selected entry from the record.
    DeleteEntry,
    /// Write the minutes, Markdown, actions and todo.txt beside the journal.
    ExportMinutes,
    /// Put the minutes on the clipboard.
    CopyMinutes,
    /// Show the agenda as members receive it (the text `cochair agenda` makes).
    ShowAgenda,
    /// Write the agenda to send out, as text and Markdown, beside the journal.
    ExportAgenda,
    /// Put the agenda to send out on the clipboard.
    CopyAgenda,

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
    /// A character typed into a text field.
    #[serde(skip)]
    Type(char),
    /// An editing key in a text field.
    #[serde(skip)]
    Edit(Edit),
    /// Text pasted into a text field.
    #[serde(skip)]
    Paste(String),
    /// Something the runtime has to report (where an export went).
    #[serde(skip)]
    Notice(String),
}

impl Action {
    /// What the action does, in the words of the help screen.
    pub fn describe(&self) -> &'static str {
        match self {
            Action::Quit => "quit (the meeting is kept)",
            Action::Help => "show or hide keys",
            Action::StartMeeting => "start the meeting",
            Action::NextItem => "next item",
            Action::PreviousItem => "previous item",
            Action::EndMeeting => "adjourn the meeting",
            Action::Confirm => "yes / choose",
            Action::Cancel => "close / never mind",
            Action::Decline => "no",
            Action::ScrollUp => "scroll up",
            Action::ScrollDown => "scroll down",
            Action::SelectPrevious => "select the one above",
            Action::SelectNext => "select the one below",
            Action::RollCall => "roll call: who is here",
            Action::TogglePresent => "present / apologies / absent",
            Action::AllPresent => "mark everyone not marked as present",
            Action::MarkLeft => "the selected person leaves now",
            Action::AddPerson => "add someone not on the agenda",
            Action::AddSpeaker => "add hands to the queue",
            Action::PointOfProcess => "point of process (goes first)",
            Action::RemoveSpeaker => "take the selected hand down",
            Action::NextSpeaker => "next speaker from the queue",
            Action::EndTurn => "end the turn; floor open",
            Action::MoveUp => "move the selected hand up (override)",
            Action::MoveDown => "move the selected hand down (override)",
            Action::GiveFloor => "selected person speaks now (override)",
            Action::VoiceBalance => "show or hide the voice balance",
            Action::PauseClock => "pause / resume every clock (ends a break)",
            Action::StartBreak => "start a break",
            Action::ExtendItem => "5 more minutes for this item",
            Action::ExtendItemBy => "more minutes for this item…",
            Action::ExtendTurn => "30 more seconds for the speaker",
            Action::ResetTurn => "restart the speaker's turn clock",
            Action::ProjectorView => "big clock for the projector / full screen",
            Action::AddNote => "note on this item",
            Action::RecordDecision => "decision, and how it was decided",
            Action::AddAction => "action item: what, who, by when",
            Action::AddItem => "add an agenda item",
            Action::ParkTopic => "park a topic for a later meeting",
            Action::RecordView => "the record: notes, decisions, actions",
            Action::EditEntry => "correct the selected entry",
            Action::DeleteEntry => "strike the selected entry",
            Action::ExportMinutes => "write the minutes beside the journal",
            Action::CopyMinutes => "copy the minutes to the clipboard",
            Action::ShowAgenda => "the agenda to send out",
            Action::ExportAgenda => "write the agenda beside the journal",
            Action::CopyAgenda => "copy the agenda to the clipboard",
            _ => "",
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
            Action::Confirm => "ok",
            Action::Cancel => "close",
            Action::Decline => "no",
            Action::ScrollUp | Action::ScrollDown => "scroll",
            Action::SelectPrevious | Action::SelectNext => "select",
            Action::RollCall => "roll call",
            Action::TogglePresent => "present?",
            Action::AllPresent => "all present",
            Action::MarkLeft => "left",
            Action::AddPerson => "add person",
            Action::AddSpeaker => "hand",
            Action::PointOfProcess => "process",
            Action::RemoveSpeaker => "lower",
            Action::NextSpeaker => "next speaker",
            Action::EndTurn => "end turn",
            Action::MoveUp => "move up",
            Action::MoveDown => "move down",
            Action::GiveFloor => "give floor",
            Action::VoiceBalance => "balance",
            Action::PauseClock => "pause",
            Action::StartBreak => "break",
            Action::ExtendItem => "+5 min",
            Action::ExtendItemBy => "+ min…",
            Action::ExtendTurn => "+30 s",
            Action::ResetTurn => "reset turn",
            Action::ProjectorView => "projector",
            Action::AddNote => "note",
            Action::RecordDecision => "decision",
            Action::AddAction => "action",
            Action::AddItem => "add item",
            Action::ParkTopic => "park",
            Action::RecordView => "record",
            Action::EditEntry => "correct",
            Action::DeleteEntry => "strike",
            Action::ExportMinutes => "export",
            Action::CopyMinutes => "copy",
            Action::ShowAgenda => "agenda",
            Action::ExportAgenda => "export",
            Action::CopyAgenda => "copy",
            _ => "",
        }
    }
}
