//! The prompts: a line of text to type (a name, minutes, a note, a decision, an action and
//! its due date, a correction), each with its question in the screen's language. Kept apart
//! from choosing from a list, which is the picker's.

use super::super::TextField;
use crate::lang::Lang;
use crate::tr;

/// A line of text to type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub purpose: PromptFor,
    pub field: TextField,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptFor {
    PersonName,
    BreakMinutes,
    ExtendMinutes,
    Note,
    DecisionText,
    /// `consensus`, or counts for / against / abstain.
    DecisionVote {
        text: String,
    },
    /// Whether the counted vote carried (suggested from the counts).
    Carried {
        text: String,
        counts: [u32; 3],
    },
    ActionText,
    /// The due date of an action whose owner is chosen.
    Due {
        text: String,
        owner: String,
    },
    EditEntry {
        entry: usize,
    },
    /// A correction of an entry another screen struck meanwhile, to add as a new entry.
    AsNewEntry {
        entry: usize,
    },
    ItemTitle,
    ItemMinutes {
        title: String,
    },
    ParkTopic,
    /// A new due date for an action from the last meeting carried over (its place there).
    CarryDue {
        action: usize,
    },
    /// Why an action from the last meeting is dropped.
    DropReason {
        action: usize,
    },
}

impl Prompt {
    pub fn new(purpose: PromptFor) -> Self {
        Self {
            purpose,
            field: TextField::default(),
        }
    }

    /// A prompt with a suggested answer, shown selected: typing replaces it.
    pub fn suggesting(purpose: PromptFor, answer: &str) -> Self {
        Self {
            purpose,
            field: TextField::suggesting(answer),
        }
    }

    /// A prompt holding text to correct, the cursor at its end.
    pub fn editing(purpose: PromptFor, text: &str) -> Self {
        Self {
            purpose,
            field: TextField::editing(text),
        }
    }

    /// The prompt's question, in the screen's language.
    pub fn title(&self, lang: Lang) -> String {
        match &self.purpose {
            PromptFor::PersonName => tr!(lang, "prompts-person-name"),
            PromptFor::BreakMinutes => tr!(lang, "prompts-break-minutes"),
            PromptFor::ExtendMinutes => tr!(lang, "prompts-extend-minutes"),
            PromptFor::Note => tr!(lang, "prompts-note"),
            PromptFor::DecisionText => tr!(lang, "prompts-decision-text"),
            PromptFor::DecisionVote { .. } => tr!(lang, "prompts-decision-vote"),
            PromptFor::Carried { .. } => tr!(lang, "prompts-carried"),
            PromptFor::ActionText => tr!(lang, "prompts-action-text"),
            PromptFor::Due { owner, .. } => {
                let name = crate::text::clean(owner).into_owned();
                tr!(lang, "prompts-due", name = name)
            }
            PromptFor::EditEntry { entry } => tr!(lang, "prompts-edit-entry", number = entry + 1),
            PromptFor::AsNewEntry { entry } => {
                tr!(lang, "prompts-as-new-entry", number = entry + 1)
            }
            PromptFor::ItemTitle => tr!(lang, "prompts-item-title"),
            PromptFor::ItemMinutes { .. } => tr!(lang, "prompts-item-minutes"),
            PromptFor::ParkTopic => tr!(lang, "prompts-park-topic"),
            PromptFor::CarryDue { .. } => tr!(lang, "prompts-carry-due"),
            PromptFor::DropReason { .. } => tr!(lang, "prompts-drop-reason"),
        }
    }
}
