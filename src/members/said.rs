//! Why the host did not take what a member asked for, in the member's words and language: no
//! keys to press, since a member has none.

use crate::app::Refusal;
use crate::lang::Lang;
use crate::meeting::EventError;
use crate::tr;
use crate::ui::words;

/// What became of what a device asked for.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Outcome {
    Recorded,
    Refused(Refusal),
    /// The host's dispatch is gone (it is closing).
    HostClosed,
    /// The host did not answer in time.
    HostSilent,
}

/// Why it was not recorded, for a member reading the page in `lang`.
pub fn not_taken(lang: Lang, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Refused(why) => refusal(lang, why),
        Outcome::HostClosed => tr!(lang, "members-refused-host-closed"),
        Outcome::HostSilent => tr!(lang, "members-refused-host-silent"),
        Outcome::Recorded => String::new(),
    }
}

/// A refusal in a member's words.
pub fn refusal(lang: Lang, why: &Refusal) -> String {
    match why {
        Refusal::NotNow(e) => event_error(lang, e),
        Refusal::AlreadyRecorded => tr!(lang, "members-refused-recorded"),
        Refusal::NotSaved(why) => tr!(lang, "members-refused-not-saved", why = why.said(lang)),
        _ => tr!(lang, "members-refused-other"),
    }
}

/// What the meeting says of a member's claim or hand it does not allow. A refusal a page's
/// own forms cannot bring about is said in general words.
fn event_error(lang: Lang, e: &EventError) -> String {
    use EventError as E;
    match e {
        E::NotStarted => tr!(lang, "members-refused-not-started"),
        E::Adjourned => tr!(lang, "members-refused-adjourned"),
        E::ListClosed => tr!(lang, "members-refused-list-closed"),
        E::OnBreak => tr!(lang, "members-refused-on-break"),
        E::UnknownPerson(name) => tr!(lang, "members-refused-unknown-person", name = name),
        E::NotPresent(name) => tr!(lang, "members-refused-not-present", name = name),
        E::NotQueued(name) => tr!(lang, "members-refused-not-queued", name = name),
        E::AlreadyQueued(name) => tr!(lang, "members-refused-already-queued", name = name),
        E::ProcessWaiting(name) => tr!(lang, "members-refused-process-waiting", name = name),
        E::NobodySpeaking => tr!(lang, "members-refused-nobody-speaking"),
        E::NotADecision(kind) => tr!(
            lang,
            "members-refused-not-a-decision",
            kind = words::kind(lang, *kind)
        ),
        E::NoResponse(name) => tr!(lang, "members-refused-no-response", name = name),
        E::ResponseWaiting(name) => tr!(lang, "members-refused-response-waiting", name = name),
        E::RepliesUsed { max } => tr!(lang, "members-refused-replies-used", max = *max),
        E::RepliesOff => tr!(lang, "members-refused-replies-off"),
        E::ResponseToProcess => tr!(lang, "members-refused-response-to-process"),
        E::OwnTurn(name) => tr!(lang, "members-refused-own-turn", name = name),
        E::NothingToChange(name) => tr!(lang, "members-refused-nothing-to-change", name = name),
        E::AlreadyClaimed(name) => tr!(lang, "members-refused-already-claimed", name = name),
        E::NotClaimed(name) => tr!(lang, "members-refused-not-claimed", name = name),
        E::PageHandsOff { meeting: false } => tr!(lang, "members-refused-hands-off-for-item"),
        E::PageHandsOff { meeting: true } => tr!(lang, "members-refused-hands-off-for-meeting"),
        E::BreakItem => tr!(lang, "members-refused-break-item"),
        _ => tr!(lang, "members-refused-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::ItemKind;

    /// The English words are those the page said before they came from Fluent.
    #[test]
    fn a_member_reads_the_host_s_refusal_without_keys_to_press() {
        let words = |why| refusal(Lang::En, &why);
        assert_eq!(
            words(Refusal::NotNow(EventError::ListClosed)),
            "The list of speakers is closed"
        );
        assert_eq!(
            words(Refusal::NotNow(EventError::NotStarted)),
            "The meeting has not started yet"
        );
        assert_eq!(
            words(Refusal::NotSaved(crate::app::SaveError::System(
                "disk full".into()
            ))),
            "Not saved on the host: disk full"
        );
        // The meeting's own words, with a capital: as the page said them before.
        for e in [
            EventError::AlreadyQueued("Ana".into()),
            EventError::NotQueued("Ana".into()),
            EventError::UnknownPerson("Ana".into()),
            EventError::NotPresent("Ana".into()),
            EventError::ProcessWaiting("Ana".into()),
            EventError::NobodySpeaking,
            EventError::NotADecision(ItemKind::Discussion),
            EventError::NoResponse("Ana".into()),
            EventError::ResponseWaiting("Ana".into()),
            EventError::RepliesUsed { max: 2 },
            EventError::RepliesOff,
            EventError::ResponseToProcess,
            EventError::OwnTurn("Ana".into()),
            EventError::NothingToChange("Ana".into()),
            EventError::AlreadyClaimed("Ana".into()),
            EventError::NotClaimed("Ana".into()),
            EventError::PageHandsOff { meeting: false },
            EventError::PageHandsOff { meeting: true },
            EventError::BreakItem,
            EventError::OnBreak,
            EventError::Adjourned,
        ] {
            let display = e.said(Lang::En);
            let capital = display[..1].to_uppercase() + &display[1..];
            assert_eq!(words(Refusal::NotNow(e)), capital);
        }
    }

    #[test]
    fn a_spanish_page_reads_it_in_spanish() {
        let es = |why| refusal(Lang::Es, &why);
        assert_eq!(
            es(Refusal::NotNow(EventError::ListClosed)),
            "La lista de palabra está cerrada"
        );
        assert_eq!(
            es(Refusal::NotNow(EventError::AlreadyQueued("Ana".into()))),
            "Ana ya está en la lista"
        );
        assert_eq!(
            es(Refusal::NotNow(EventError::NotADecision(
                ItemKind::Discussion
            ))),
            "A favor y en contra son para los puntos de decisión; este punto es de tipo Debate"
        );
        assert_eq!(
            not_taken(Lang::Es, &Outcome::HostSilent),
            "La reunión no respondió: prueba otra vez"
        );
    }
}
