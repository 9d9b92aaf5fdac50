//! The commands a key can run, by the names keymap files use (`next_item`). Each is declared
//! once below with its name, the message id of the word or two the hints line shows
//! (`locales/*/hints.ftl`), and that of what the help screen says it does (`help.ftl`): a
//! command without all three does not compile, so the hints and help can never leave one out.
//! The names stay English in every language; the hints and help are in the screen's.

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

            /// A word or two for the key hints line, in `lang`.
            pub fn hint(self, lang: crate::lang::Lang) -> String {
                match self { $(Command::$variant => crate::tr!(lang, $hint),)* }
            }

            /// What it does, in the words of the help screen, in `lang`.
            pub fn describe(self, lang: crate::lang::Lang) -> String {
                match self { $(Command::$variant => crate::tr!(lang, $does),)* }
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
    Quit = "quit", hint "hints-quit", does "help-quit";
    /// Show or hide the list of keys.
    Help = "help", hint "hints-help", does "help-help";
    /// Start the meeting.
    StartMeeting = "start_meeting", hint "hints-start-meeting", does "help-start-meeting";
    /// Next item.
    NextItem = "next_item", hint "hints-next-item", does "help-next-item";
    /// Previous item.
    PreviousItem = "previous_item", hint "hints-previous-item", does "help-previous-item";
    /// Adjourn the meeting (asks for confirmation first).
    EndMeeting = "end_meeting", hint "hints-end-meeting", does "help-end-meeting";
    /// Say yes, or choose the selected entry.
    Confirm = "confirm", hint "hints-confirm", does "help-confirm";
    /// Close an overlay, or leave a question unanswered (nothing changes).
    Cancel = "cancel", hint "hints-cancel", does "help-cancel";
    /// Answer no to a question.
    Decline = "decline", hint "hints-decline", does "help-decline";
    /// Scroll up.
    ScrollUp = "scroll_up", hint "hints-scroll-up", does "help-scroll-up";
    /// Scroll down.
    ScrollDown = "scroll_down", hint "hints-scroll-down", does "help-scroll-down";
    /// Move the selection in a list (the queue, the roll call, a picker).
    SelectPrevious = "select_previous", hint "hints-select-previous", does "help-select-previous";
    /// Select the one below.
    SelectNext = "select_next", hint "hints-select-next", does "help-select-next";
    /// Open the roll call.
    RollCall = "roll_call", hint "hints-roll-call", does "help-roll-call";
    /// Roll call: mark the selected person present, sent apologies, or absent.
    TogglePresent = "toggle_present", hint "hints-toggle-present", does "help-toggle-present";
    /// Roll call: mark everyone not yet marked as present.
    AllPresent = "all_present", hint "hints-all-present", does "help-all-present";
    /// Roll call: the selected person leaves the meeting now (recorded with the time).
    MarkLeft = "mark_left", hint "hints-mark-left", does "help-mark-left";
    /// Roll call: add someone who is not on the agenda.
    AddPerson = "add_person", hint "hints-add-person", does "help-add-person";
    /// Pick someone to add to the speaking queue.
    AddSpeaker = "add_speaker", hint "hints-add-speaker", does "help-add-speaker";
    /// Pick someone raising a point of process: they go to the front.
    PointOfProcess = "point_of_process", hint "hints-point-of-process", does "help-point-of-process";
    /// Take the selected hand out of the queue.
    RemoveSpeaker = "remove_speaker", hint "hints-remove-speaker", does "help-remove-speaker";
    /// End the current turn and give the floor to the top of the queue.
    NextSpeaker = "next_speaker", hint "hints-next-speaker", does "help-next-speaker";
    /// End the current turn; nobody has the floor.
    EndTurn = "end_turn", hint "hints-end-turn", does "help-end-turn";
    /// Facilitator's override: move the selected hand up one place.
    MoveUp = "move_up", hint "hints-move-up", does "help-move-up";
    /// Facilitator's override: move the selected hand down one place.
    MoveDown = "move_down", hint "hints-move-down", does "help-move-down";
    /// Facilitator's override: the selected person speaks now.
    GiveFloor = "give_floor", hint "hints-give-floor", does "help-give-floor";
    /// Show or hide the voice balance.
    VoiceBalance = "voice_balance", hint "hints-voice-balance", does "help-voice-balance";
    /// Stop every clock, or start them again (also ends a break).
    PauseClock = "pause_clock", hint "hints-pause-clock", does "help-pause-clock";
    /// Start a break of some minutes (asks how long and who asked).
    StartBreak = "start_break", hint "hints-start-break", does "help-start-break";
    /// Five more minutes for the current item.
    ExtendItem = "extend_item", hint "hints-extend-item", does "help-extend-item";
    /// More minutes for the current item (asks how many and who asked).
    ExtendItemBy = "extend_item_by", hint "hints-extend-item-by", does "help-extend-item-by";
    /// Thirty more seconds for the current speaker.
    ExtendTurn = "extend_turn", hint "hints-extend-turn", does "help-extend-turn";
    /// Start the speaker's turn clock again from a full turn.
    ResetTurn = "reset_turn", hint "hints-reset-turn", does "help-reset-turn";
    /// Switch between the full screen and the big clock for the projector.
    ProjectorView = "projector_view", hint "hints-projector-view", does "help-projector-view";
    /// A note on the current item.
    AddNote = "add_note", hint "hints-add-note", does "help-add-note";
    /// A decision on the current item, then how it was taken.
    RecordDecision = "record_decision", hint "hints-record-decision", does "help-record-decision";
    /// An action item: what, who, by when.
    AddAction = "add_action", hint "hints-add-action", does "help-add-action";
    /// Add an item to the agenda, at the end.
    AddItem = "add_item", hint "hints-add-item", does "help-add-item";
    /// Set a topic aside for a later meeting.
    ParkTopic = "park_topic", hint "hints-park-topic", does "help-park-topic";
    /// Show or hide the record: every note, decision and action.
    RecordView = "record_view", hint "hints-record-view", does "help-record-view";
    /// Correct the selected entry.
    EditEntry = "edit_entry", hint "hints-edit-entry", does "help-edit-entry";
    /// Strike the selected entry from the record.
    DeleteEntry = "delete_entry", hint "hints-delete-entry", does "help-delete-entry";
    /// Write the minutes, Markdown, actions and todo.txt beside the journal.
    ExportMinutes = "export_minutes", hint "hints-export-minutes", does "help-export-minutes";
    /// Put the minutes on the clipboard.
    CopyMinutes = "copy_minutes", hint "hints-copy-minutes", does "help-copy-minutes";
    /// Show the agenda as members receive it (the text `cochair agenda` makes).
    ShowAgenda = "show_agenda", hint "hints-show-agenda", does "help-show-agenda";
    /// Write the agenda to send out, as text and Markdown, beside the journal.
    ExportAgenda = "export_agenda", hint "hints-export-agenda", does "help-export-agenda";
    /// Put the agenda to send out on the clipboard.
    CopyAgenda = "copy_agenda", hint "hints-copy-agenda", does "help-copy-agenda";
    /// Review the actions from the last meeting: done, carried over or dropped.
    ReviewActions = "review_actions", hint "hints-review-actions", does "help-review-actions";
    /// Reviewing: the selected action is done.
    ActionDone = "action_done", hint "hints-action-done", does "help-action-done";
    /// Reviewing: carry the selected action over to the next meeting (asks for a due date).
    ActionCarry = "action_carry", hint "hints-action-carry", does "help-action-carry";
    /// Reviewing: drop the selected action (asks why).
    ActionDrop = "action_drop", hint "hints-action-drop", does "help-action-drop";
    /// Pick someone who responds directly to the speaker: a short turn right after theirs.
    DirectResponse = "direct_response", hint "hints-direct-response", does "help-direct-response";
    /// On a Decision item, pick hands that speak for the motion.
    AddSpeakerPro = "add_speaker_pro", hint "hints-add-speaker-pro", does "help-add-speaker-pro";
    /// On a Decision item, pick hands that speak against the motion.
    AddSpeakerContra = "add_speaker_contra", hint "hints-add-speaker-contra", does "help-add-speaker-contra";
    /// Close the list of speakers (no new hands), or open it again.
    ToggleList = "toggle_list", hint "hints-toggle-list", does "help-toggle-list";
    /// Show each person's airtime and turns (by airtime, then in roll-call order), or hide them.
    PersonTotals = "person_totals", hint "hints-person-totals", does "help-person-totals";
    /// While someone has the floor, pick who puts a question to them: the speaker's clock waits
    /// while the question runs its countdown. While a question runs, end it.
    InterposedQuestion = "interposed_question", hint "hints-interposed-question", does "help-interposed-question";
    /// Put the last speaker on this item back at the top of the list (after points of process).
    ReaddLastSpeaker = "readd_last_speaker", hint "hints-readd-last-speaker", does "help-readd-last-speaker";
    /// Change the selected hand: hand, direct response or point of process, or its side.
    EditHand = "edit_hand", hint "hints-edit-hand", does "help-edit-hand";
    /// Take every waiting hand down at once (asks first).
    ClearHands = "clear_hands", hint "hints-clear-hands", does "help-clear-hands";
    /// Show or hide the members' page's QR code and address (with `--members`).
    MembersCode = "members_code", hint "hints-members-code", does "help-members-code";
    /// Hands from the members' page: off for this item, then off for the meeting, then on.
    PageHands = "page_hands", hint "hints-page-hands", does "help-page-hands";
    /// Roll call: release the selected person's name on the members' page, so another device may claim it.
    ReleaseClaim = "release_claim", hint "hints-release-claim", does "help-release-claim";
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
            for lang in crate::lang::Lang::ALL {
                assert!(!command.hint(lang).is_empty() && !command.describe(lang).is_empty());
            }
        }
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Command::ALL.len());
    }
}
