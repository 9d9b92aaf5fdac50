//! The commands a key can run, by the names keymap files use (`next_item`). Each is declared
//! once below with its name, the word or two the hints line shows, and what the help screen
//! says it does: a command without all three does not compile, so the hints and help can never
//! leave one out.

/// Declares [`Command`] with its names, hints and descriptions.
macro_rules! commands {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, hint $hint:literal, does $does:literal; )*) => {
        /// Something a key can ask for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum Command {
            $( $(#[$doc])* #[serde(rename = $name)] $variant, )*
        }

        impl Command {
            /// Every command, in the order they are declared.
            pub const ALL: &'static [Command] = &[$(Command::$variant),*];

            /// The name keymap files use.
            pub fn name(self) -> &'static str {
                match self { $(Command::$variant => $name,)* }
            }

            /// A word or two for the key hints line.
            pub fn hint(self) -> &'static str {
                match self { $(Command::$variant => $hint,)* }
            }

            /// What it does, in the words of the help screen.
            pub fn describe(self) -> &'static str {
                match self { $(Command::$variant => $does,)* }
            }

            /// The command a keymap name stands for.
            pub fn from_name(name: &str) -> Option<Command> {
                Command::ALL.iter().copied().find(|c| c.name() == name)
            }
        }
    };
}

commands! {
    /// Leave the app; the meeting stays in its journal and can be resumed.
    Quit = "quit", hint "quit", does "quit (the meeting is kept)";
    /// Show or hide the list of keys.
    Help = "help", hint "help", does "show or hide keys";
    /// Start the meeting.
    StartMeeting = "start_meeting", hint "start", does "start the meeting";
    /// Next item.
    NextItem = "next_item", hint "next item", does "next item";
    /// Previous item.
    PreviousItem = "previous_item", hint "previous", does "previous item";
    /// Adjourn the meeting (asks for confirmation first).
    EndMeeting = "end_meeting", hint "adjourn", does "adjourn the meeting";
    /// Say yes, or choose the selected entry.
    Confirm = "confirm", hint "ok", does "yes / choose";
    /// Close an overlay, or leave a question unanswered (nothing changes).
    Cancel = "cancel", hint "close", does "close / never mind";
    /// Answer no to a question.
    Decline = "decline", hint "no", does "no";
    /// Scroll up.
    ScrollUp = "scroll_up", hint "scroll", does "scroll up";
    /// Scroll down.
    ScrollDown = "scroll_down", hint "scroll", does "scroll down";
    /// Move the selection in a list (the queue, the roll call, a picker).
    SelectPrevious = "select_previous", hint "select", does "select the one above";
    /// Select the one below.
    SelectNext = "select_next", hint "select", does "select the one below";
    /// Open the roll call.
    RollCall = "roll_call", hint "roll call", does "roll call: who is here";
    /// Roll call: mark the selected person present, sent apologies, or absent.
    TogglePresent = "toggle_present", hint "present?", does "present / apologies / absent";
    /// Roll call: mark everyone not yet marked as present.
    AllPresent = "all_present", hint "all present", does "mark everyone not marked as present";
    /// Roll call: the selected person leaves the meeting now (recorded with the time).
    MarkLeft = "mark_left", hint "left", does "the selected person leaves now";
    /// Roll call: add someone who is not on the agenda.
    AddPerson = "add_person", hint "add person", does "add someone not on the agenda";
    /// Pick someone to add to the speaking queue.
    AddSpeaker = "add_speaker", hint "hand", does "add hands to the queue";
    /// Pick someone raising a point of process: they go to the front.
    PointOfProcess = "point_of_process", hint "process", does "point of process (goes first)";
    /// Take the selected hand out of the queue.
    RemoveSpeaker = "remove_speaker", hint "lower", does "take the selected hand down";
    /// End the current turn and give the floor to the top of the queue.
    NextSpeaker = "next_speaker", hint "next speaker", does "next speaker from the queue";
    /// End the current turn; nobody has the floor.
    EndTurn = "end_turn", hint "end turn", does "end the turn; floor open";
    /// Facilitator's override: move the selected hand up one place.
    MoveUp = "move_up", hint "move up", does "move the selected hand up (override)";
    /// Facilitator's override: move the selected hand down one place.
    MoveDown = "move_down", hint "move down", does "move the selected hand down (override)";
    /// Facilitator's override: the selected person speaks now.
    GiveFloor = "give_floor", hint "give floor", does "selected person speaks now (override)";
    /// Show or hide the voice balance.
    VoiceBalance = "voice_balance", hint "balance", does "show or hide the voice balance";
    /// Stop every clock, or start them again (also ends a break).
    PauseClock = "pause_clock", hint "pause", does "pause / resume every clock (ends a break)";
    /// Start a break of some minutes (asks how long and who asked).
    StartBreak = "start_break", hint "break", does "start a break";
    /// Five more minutes for the current item.
    ExtendItem = "extend_item", hint "+5 min", does "5 more minutes for this item";
    /// More minutes for the current item (asks how many and who asked).
    ExtendItemBy = "extend_item_by", hint "+ min…", does "more minutes for this item…";
    /// Thirty more seconds for the current speaker.
    ExtendTurn = "extend_turn", hint "+30 s", does "30 more seconds for the speaker";
    /// Start the speaker's turn clock again from a full turn.
    ResetTurn = "reset_turn", hint "reset turn", does "restart the speaker's turn clock";
    /// Switch between the full screen and the big clock for the projector.
    ProjectorView = "projector_view", hint "projector", does "big clock for the projector / full screen";
    /// A note on the current item.
    AddNote = "add_note", hint "note", does "note on this item";
    /// A decision on the current item, then how it was taken.
    RecordDecision = "record_decision", hint "decision", does "decision, and how it was decided";
    /// An action item: what, who, by when.
    AddAction = "add_action", hint "action", does "action item: what, who, by when";
    /// Add an item to the agenda, at the end.
    AddItem = "add_item", hint "add item", does "add an agenda item";
    /// Set a topic aside for a later meeting.
    ParkTopic = "park_topic", hint "park", does "park a topic for a later meeting";
    /// Show or hide the record: every note, decision and action.
    RecordView = "record_view", hint "record", does "the record: notes, decisions, actions";
    /// Correct the selected entry.
    EditEntry = "edit_entry", hint "correct", does "correct the selected entry";
    /// Strike the selected entry from the record.
    DeleteEntry = "delete_entry", hint "strike", does "strike the selected entry";
    /// Write the minutes, Markdown, actions and todo.txt beside the journal.
    ExportMinutes = "export_minutes", hint "export", does "write the minutes beside the journal";
    /// Put the minutes on the clipboard.
    CopyMinutes = "copy_minutes", hint "copy", does "copy the minutes to the clipboard";
    /// Show the agenda as members receive it (the text `cochair agenda` makes).
    ShowAgenda = "show_agenda", hint "agenda", does "the agenda to send out";
    /// Write the agenda to send out, as text and Markdown, beside the journal.
    ExportAgenda = "export_agenda", hint "export", does "write the agenda beside the journal";
    /// Put the agenda to send out on the clipboard.
    CopyAgenda = "copy_agenda", hint "copy", does "copy the agenda to the clipboard";
    /// Review the actions from the last meeting: done, carried over or dropped.
    ReviewActions = "review_actions", hint "last actions", does "review the actions from the last meeting";
    /// Reviewing: the selected action is done.
    ActionDone = "action_done", hint "done", does "the selected action is done";
    /// Reviewing: carry the selected action over to the next meeting (asks for a due date).
    ActionCarry = "action_carry", hint "carry over", does "carry the selected action over (due when?)";
    /// Reviewing: drop the selected action (asks why).
    ActionDrop = "action_drop", hint "drop", does "drop the selected action (say why)";
    /// Pick someone who responds directly to the speaker: a short turn right after theirs.
    DirectResponse = "direct_response", hint "respond", does "direct response to the speaker (goes next, short turn)";
    /// On a Decision item, pick hands that speak for the motion.
    AddSpeakerPro = "add_speaker_pro", hint "for", does "hands for the motion (pro; Decision items)";
    /// On a Decision item, pick hands that speak against the motion.
    AddSpeakerContra = "add_speaker_contra", hint "against", does "hands against the motion (contra; Decision items)";
    /// Close the list of speakers (no new hands), or open it again.
    ToggleList = "toggle_list", hint "list", does "close / reopen the list of speakers";
    /// Show each person's airtime and turns (by airtime, then in roll-call order), or hide them.
    PersonTotals = "person_totals", hint "totals", does "per-person totals: by airtime / roll call / hide";
    /// While someone has the floor, pick who puts a question to them: the speaker's clock waits
    /// while the question runs its countdown. While a question runs, end it.
    InterposedQuestion = "interposed_question", hint "question", does "question to the speaker (again: ends it)";
    /// Put the last speaker on this item back at the top of the list (after points of process).
    ReaddLastSpeaker = "readd_last_speaker", hint "re-add last", does "last speaker back to the top of the list";
    /// Change the selected hand: hand, direct response or point of process, or its side.
    EditHand = "edit_hand", hint "change hand", does "change the selected hand (kind, pro/contra)";
    /// Take every waiting hand down at once (asks first).
    ClearHands = "clear_hands", hint "clear list", does "take every waiting hand down (asks first)";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_snake_case_and_read_back() {
        let mut names: Vec<&str> = Command::ALL.iter().map(|c| c.name()).collect();
        for name in &names {
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{name}"
            );
        }
        for command in Command::ALL {
            assert_eq!(Command::from_name(command.name()), Some(*command));
            assert!(!command.hint().is_empty() && !command.describe().is_empty());
        }
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Command::ALL.len());
    }
}
