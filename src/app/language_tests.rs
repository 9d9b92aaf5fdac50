//! Each screen says its refusals, status lines and questions in its own language: a Spanish
//! screen in Spanish, a joined Spanish screen beside an English host too, while English stays
//! as it was.

use super::*;
use crate::agenda::{Role, Seat};
use crate::lang::Lang;
use crate::meeting::{EventError, ProposalId};
use crate::testing::{at, everyone_present_and_started, example_model};

const ID: ProposalId = ProposalId { screen: 9, n: 1 };

fn said(model: &mut Model, command: Command, secs: i64) -> String {
    update(model, command, at(secs));
    model.status.clone().unwrap_or_default()
}

#[test]
fn a_spanish_screen_refuses_in_spanish_and_an_english_one_as_before() {
    let mut es = example_model();
    es.lang = Lang::Es;
    assert_eq!(
        said(&mut es, Command::NextSpeaker, 0),
        "La cola se abre cuando empieza la reunión: pulsa s"
    );
    let mut en = example_model();
    en.lang = Lang::En;
    assert_eq!(
        said(&mut en, Command::NextSpeaker, 0),
        "The queue opens when the meeting starts: press s"
    );
    let mut es = everyone_present_and_started(at(0));
    es.lang = Lang::Es;
    assert_eq!(said(&mut es, Command::EndTurn, 5), "Nadie tiene la palabra");
    update(&mut es, Message::UnknownKey("F9".into()), at(6));
    assert_eq!(
        es.status.as_deref(),
        Some("F9 no hace nada aquí; pulsa ? para ver las teclas")
    );
}

#[test]
fn a_joined_spanish_screen_beside_an_english_host_hears_every_refusal_in_spanish() {
    let mut host = everyone_present_and_started(at(0));
    host.lang = Lang::En;
    host.link = Link::Host {
        screens: Vec::new(),
    };
    let mut screen = everyone_present_and_started(at(0));
    screen.lang = Lang::Es;
    screen.link = Link::Joined { connected: true };
    screen.seat = Seat::Job(Role::Timekeeper);
    // What the screen's own seat may not do, it refuses itself, in its language.
    assert_eq!(
        said(&mut screen, Command::AddNote, 10),
        "Las teclas de quien lleva el tiempo son las del reloj: pídeselo a quien modera"
    );
    // What the host refuses travels typed; the host's English screen says nothing of it.
    let proposal = Message::Proposal {
        screen: 7,
        seat: screen.seat,
        id: ID,
        event: Event::ClockResumed { role: None },
    };
    let effects = update(&mut host, proposal, at(20));
    let why = Refusal::NotNow(EventError::ClockRunning);
    let refuse = Effect::Refuse {
        screen: 7,
        id: Some(ID),
        why: why.clone(),
    };
    assert_eq!(effects, [refuse]);
    assert_eq!(host.status, None);
    update(
        &mut screen,
        Message::Refused {
            id: Some(ID),
            why: why.clone(),
        },
        at(21),
    );
    assert_eq!(
        screen.status.as_deref(),
        Some("No se puede: el reloj está en marcha")
    );
    // The same refusal on an English joined screen reads as it always did.
    screen.lang = Lang::En;
    update(&mut screen, Message::Refused { id: None, why }, at(22));
    assert_eq!(
        screen.status.as_deref(),
        Some("Not possible: the clock is running")
    );
}

#[test]
fn questions_and_prompts_are_in_the_screens_language() {
    let mut model = everyone_present_and_started(at(0));
    model.lang = Lang::Es;
    update(&mut model, Command::EndMeeting, at(10));
    let Overlay::Confirm(question) = &model.overlay else {
        panic!("no question: {:?}", model.overlay);
    };
    let wording = question.wording(&model);
    assert_eq!(wording.title, "¿Terminar la reunión?");
    assert_eq!(
        (wording.yes.as_str(), wording.no.as_str()),
        ("terminar ahora", "seguir")
    );
    update(&mut model, Command::Cancel, at(11));
    let prompt = Prompt::new(PromptFor::Carried {
        text: "Presupuesto".into(),
        counts: [5, 1, 0],
    });
    assert_eq!(prompt.title(Lang::Es), "¿Se aprobó? (sí / no)");
    assert_eq!(prompt.title(Lang::En), "Did it carry? (yes / no)");
}

#[test]
fn a_spanish_vote_takes_si_and_consenso_and_the_english_words_too() {
    let mut model = everyone_present_and_started(at(0));
    model.lang = Lang::Es;
    assert_eq!(secretary::parse_vote(Lang::Es, "consenso"), Ok(None));
    assert_eq!(secretary::parse_vote(Lang::Es, "consensus"), Ok(None));
    assert_eq!(
        secretary::parse_vote(Lang::Es, "mucho"),
        Err(
            "\"mucho\": escribe consenso, o los votos a favor/en contra/abstenciones como 7/1/2"
                .into()
        )
    );
    update(&mut model, Command::NextItem, at(5));
    update(&mut model, Command::RecordDecision, at(6));
    for c in "Presupuesto".chars() {
        update(&mut model, Message::Type(c), at(7));
    }
    update(&mut model, Command::Confirm, at(8));
    for c in "5/1/0".chars() {
        update(&mut model, Message::Type(c), at(9));
    }
    update(&mut model, Command::Confirm, at(10));
    let Overlay::Prompt(prompt) = &model.overlay else {
        panic!("not asked whether it carried: {:?}", model.overlay);
    };
    assert_eq!(prompt.field.text(), "sí", "the suggestion is in Spanish");
    update(&mut model, Command::Confirm, at(11));
    // No customer has spoken on this item: the question that follows carries the decision.
    let Overlay::Confirm(Question::NoCustomerVoice { decision }) = &model.overlay else {
        panic!("{:?} {:?}", model.overlay, model.status);
    };
    assert!(matches!(
        decision,
        Event::DecisionRecorded {
            vote: crate::meeting::Vote::Counted { carried: true, .. },
            ..
        }
    ));
    // Whose voice is missing is named by the group's label as the agenda writes it.
    let label = model.meeting.customer_label().unwrap().to_owned();
    let Overlay::Confirm(question) = &model.overlay else {
        unreachable!()
    };
    let wording = question.wording(&model);
    assert_eq!(
        wording.body[0],
        format!("Aún no ha hablado en este punto nadie de {label}. ¿Registrar de todos modos?")
    );
    update(&mut model, Command::Decline, at(12));
    assert_eq!(
        model.status.as_deref(),
        Some(
            format!("La decisión no se registró: aún no ha hablado en este punto nadie de {label}")
                .as_str()
        )
    );
}

#[test]
fn in_the_pseudo_locale_every_refusal_and_status_line_is_a_message() {
    let mut model = example_model();
    model.lang = Lang::Pseudo;
    let marked = |text: &str| text.starts_with(crate::lang::PSEUDO_START);
    for command in [
        Command::NextSpeaker,
        Command::PauseClock,
        Command::AddNote,
        Command::DirectResponse,
        Command::ReviewActions,
        Command::MembersCode,
    ] {
        let text = said(&mut model, command, 0);
        assert!(marked(&text), "{command:?}: {text}");
    }
    let mut model = everyone_present_and_started(at(0));
    model.lang = Lang::Pseudo;
    for command in [
        Command::EndTurn,
        Command::RemoveSpeaker,
        Command::PreviousItem,
    ] {
        let text = said(&mut model, command, 5);
        assert!(marked(&text), "{command:?}: {text}");
    }
}

/// With two customer groups (families and staff weigh the same), a Spanish header and Spanish
/// minutes name them in Spanish, never in English words.
#[test]
fn two_customer_groups_are_named_in_spanish_on_the_header_and_in_the_minutes() {
    let src = crate::agenda::EXAMPLE.replace(
        r#"Group(id: "staff", label: "Staff", weight: 1.0)"#,
        r#"Group(id: "staff", label: "Staff", weight: 2.0)"#,
    );
    let mut model = crate::testing::model_from(&src);
    assert_eq!(model.meeting.customer_groups(), ["members", "staff"]);
    assert_eq!(model.meeting.customer_label(), None);
    for action in [Command::RollCall, Command::AllPresent, Command::Cancel] {
        crate::testing::act(&mut model, action, at(0));
    }
    crate::testing::act(&mut model, Command::StartMeeting, at(0));
    model.lang = Lang::Es;
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(160, 45)).unwrap();
    terminal.draw(|f| crate::ui::view(&model, f)).unwrap();
    let screen: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    let present = model.meeting.present().count();
    let header =
        format!("{present} presentes · {present}/{present} de grupos de personas usuarias");
    assert!(screen.contains(&header), "{screen}");
    let options = crate::export::Options {
        offset: crate::testing::utc(),
        include_confidential: false,
        now: at(600),
        lang: Lang::Es,
    };
    let minutes = crate::export::render(&model.meeting, crate::export::Format::Minutes, &options);
    // The lines are wrapped: read the words.
    let minutes = minutes.split_whitespace().collect::<Vec<_>>().join(" ");
    let quorum =
        format!("había quórum: {present} presentes, {present} de los grupos de personas usuarias.");
    assert!(minutes.contains(&quorum), "{minutes}");
    assert!(!minutes.contains("customer"), "{minutes}");
}
