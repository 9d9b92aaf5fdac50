//! The procedure from the keys: direct responses, pro and contra, the list of speakers, hands
//! at a change of item, a decision no customer leader spoke to, the per-person totals.

use super::*;
use crate::app::{PickFor, Question, Totals};
use crate::meeting::{EntryKind, Side};

fn present() -> Model {
    crate::testing::everyone_present_and_started(at(0))
}

/// Pick someone in the open picker by typing their name.
fn pick(model: &mut Model, name: &str, secs: i64) {
    act(model, Message::Paste(name.into()), at(secs));
    act(model, Command::Confirm, at(secs));
}

fn hand(model: &mut Model, name: &str, secs: i64) {
    act(model, Command::AddSpeaker, at(secs));
    pick(model, name, secs);
    act(model, Command::Cancel, at(secs));
}

fn names(model: &Model) -> Vec<String> {
    let m = &model.meeting;
    m.queue_order(model.now)
        .iter()
        .map(|r| m.people()[m.queue().hands[r.hand].person].name.clone())
        .collect()
}

fn speaker(model: &Model) -> Option<String> {
    let m = &model.meeting;
    m.queue()
        .floor
        .as_ref()
        .map(|f| m.people()[f.person].name.clone())
}

#[test]
fn a_direct_response_needs_someone_speaking_and_goes_next() {
    let mut model = present();
    act(&mut model, Command::DirectResponse, at(5));
    assert_eq!(
        model.status.as_deref(),
        Some("Nobody has the floor: a direct response answers the speaker (press a for a hand)")
    );
    assert_eq!(
        model.overlay,
        Overlay::None,
        "nothing opened, nothing recorded"
    );
    hand(&mut model, "Tom Becker", 6);
    hand(&mut model, "Mei Chen", 7);
    act(&mut model, Command::NextSpeaker, at(10));
    let first = speaker(&model).unwrap();
    act(&mut model, Command::DirectResponse, at(20));
    let Overlay::Picker(picker) = &model.overlay else {
        panic!("{:?}", model.overlay)
    };
    assert_eq!(picker.purpose, PickFor::Response { to: first.clone() });
    assert_eq!(
        picker.purpose.title(crate::lang::Lang::En),
        format!("Direct response to {first}: who?")
    );
    let speaker_index = model.meeting.person(&first).unwrap();
    assert!(
        !picker
            .found
            .contains(&crate::app::Candidate::Person(speaker_index))
    );
    pick(&mut model, "Priya", 21);
    assert_eq!(model.overlay, Overlay::None);
    assert_eq!(names(&model)[0], "Priya Natarajan");
    act(&mut model, Command::DirectResponse, at(22));
    assert_eq!(
        model.status.as_deref(),
        Some("This turn has had the direct responses the agenda allows (max_replies: 1)")
    );
    act(&mut model, Command::NextSpeaker, at(60));
    assert_eq!(speaker(&model).as_deref(), Some("Priya Natarajan"));
    let floor = model.meeting.queue().floor.clone().unwrap();
    assert_eq!(floor.response_to, Some(speaker_index));
}

#[test]
fn a_direct_response_can_be_refused_from_the_queue() {
    let mut model = present();
    hand(&mut model, "Tom Becker", 1);
    act(&mut model, Command::NextSpeaker, at(2));
    hand(&mut model, "Priya Natarajan", 2);
    act(&mut model, Command::DirectResponse, at(3));
    pick(&mut model, "Mei Chen", 3);
    assert_eq!(names(&model), ["Mei Chen", "Priya Natarajan"]);
    act(&mut model, Command::MoveDown, at(4));
    assert_eq!(
        model.status.as_deref(),
        Some("Direct responses stay at the front of the queue, after points of process")
    );
    act(&mut model, Command::RemoveSpeaker, at(5));
    assert_eq!(
        model.overlay,
        Overlay::Confirm(Question::RefuseResponse {
            person: "Mei Chen".into()
        })
    );
    act(&mut model, Command::Confirm, at(5));
    assert_eq!(names(&model), ["Priya Natarajan"]);
    let log = model.meeting.process_log().last().unwrap();
    assert_eq!(
        model.meeting.process_text(log),
        "Mei Chen's direct response to Tom Becker refused by Ana Lopez"
    );
}

#[test]
fn pro_and_contra_are_refused_outside_a_decision_item_with_the_reason() {
    let mut model = present();
    act(&mut model, Command::AddSpeakerPro, at(5));
    assert_eq!(
        model.status.as_deref(),
        Some(
            "Pro and contra are for Decision items; this item's kind is Information: press a to add a hand"
        )
    );
    assert_eq!(model.overlay, Overlay::None);
    act(&mut model, Command::NextItem, at(10));
    act(&mut model, Command::AddSpeakerContra, at(11));
    let Overlay::Picker(picker) = &model.overlay else {
        panic!("{:?}", model.overlay)
    };
    assert_eq!(picker.purpose, PickFor::Side(Side::Contra));
    pick(&mut model, "Tom Becker", 12);
    pick(&mut model, "Dr. Okafor", 13);
    act(&mut model, Command::Cancel, at(13));
    let sides: Vec<Option<Side>> = model.meeting.queue().hands.iter().map(|h| h.side).collect();
    assert_eq!(sides, [Some(Side::Contra), Some(Side::Contra)]);
}

#[test]
fn a_closed_list_asks_the_chair_before_a_hand_but_not_before_a_point_of_process() {
    let mut model = present();
    hand(&mut model, "Tom Becker", 1);
    act(&mut model, Command::ToggleList, at(2));
    assert!(model.meeting.queue().list_closed);
    act(&mut model, Command::AddSpeaker, at(3));
    pick(&mut model, "Mei Chen", 3);
    assert_eq!(
        model.overlay,
        Overlay::Confirm(Question::ClosedList {
            person: "Mei Chen".into(),
            side: None
        })
    );
    act(&mut model, Command::Decline, at(3));
    assert_eq!(names(&model), ["Tom Becker"], "no: nothing added");
    act(&mut model, Command::Cancel, at(3));
    act(&mut model, Command::PointOfProcess, at(4));
    pick(&mut model, "Mei Chen", 4);
    assert_eq!(names(&model), ["Mei Chen", "Tom Becker"]);
    act(&mut model, Command::ToggleList, at(5));
    assert!(!model.meeting.queue().list_closed);
}

#[test]
fn moving_on_with_hands_waiting_asks_keep_or_clear() {
    let mut model = present();
    hand(&mut model, "Tom Becker", 1);
    hand(&mut model, "Mei Chen", 2);
    act(&mut model, Command::NextItem, at(10));
    assert_eq!(
        model.overlay,
        Overlay::Confirm(Question::CarryHands {
            item: 1,
            waiting: 2
        })
    );
    act(&mut model, Command::Cancel, at(11));
    assert_eq!(model.meeting.current(), 0, "never mind: still on the item");
    act(&mut model, Command::NextItem, at(12));
    act(&mut model, Command::Confirm, at(12));
    assert_eq!(model.meeting.current(), 1);
    assert_eq!(names(&model), ["Mei Chen", "Tom Becker"], "kept");
    act(&mut model, Command::NextItem, at(20));
    act(&mut model, Command::Decline, at(20));
    assert_eq!(model.meeting.current(), 2);
    assert!(model.meeting.queue().hands.is_empty(), "cleared");
    let log = model.meeting.process_log().last().unwrap();
    assert_eq!(log.item, 1, "cleared at the end of the item left");
}

#[test]
fn the_agenda_can_keep_or_clear_hands_without_asking() {
    for (carry, left) in [("Keep", 1), ("Clear", 0)] {
        let src = crate::agenda::EXAMPLE.replace(
            "speaking: Speaking(turn_seconds: 120, policy: WeightedFair)",
            &format!("speaking: Speaking(turn_seconds: 120, carry_hands: {carry})"),
        );
        let mut model = crate::testing::model_from(&src);
        for command in [Command::RollCall, Command::AllPresent, Command::Cancel] {
            act(&mut model, command, at(0));
        }
        act(&mut model, Command::StartMeeting, at(0));
        hand(&mut model, "Tom Becker", 1);
        act(&mut model, Command::NextItem, at(2));
        assert_eq!(model.overlay, Overlay::None, "{carry}");
        assert_eq!(model.meeting.current(), 1);
        assert_eq!(model.meeting.queue().hands.len(), left, "{carry}");
    }
}

#[test]
fn a_decision_no_customer_leader_spoke_to_is_asked_about_then_not_when_one_has() {
    let mut model = present();
    act(&mut model, Command::NextItem, at(10));
    hand(&mut model, "Tom Becker", 11);
    act(&mut model, Command::NextSpeaker, at(12));
    act(&mut model, Command::RecordDecision, at(60));
    act(
        &mut model,
        Message::Paste("Adopt the minutes".into()),
        at(60),
    );
    act(&mut model, Command::Confirm, at(60));
    act(&mut model, Message::Paste("consensus".into()), at(61));
    act(&mut model, Command::Confirm, at(61));
    let Overlay::Confirm(question) = model.overlay.clone() else {
        panic!("{:?}", model.overlay)
    };
    assert!(matches!(question, Question::NoCustomerVoice { .. }));
    let wording = question.wording(&model);
    assert_eq!(
        wording.body[0],
        "No family member has spoken on this item yet. Record anyway?"
    );
    act(&mut model, Command::Decline, at(62));
    assert!(model.meeting.entries().is_empty());
    assert_eq!(
        model.status.as_deref(),
        Some("The decision was not recorded: no family member has spoken on this item yet")
    );
    hand(&mut model, "Mei Chen", 63);
    act(&mut model, Command::NextSpeaker, at(64));
    act(&mut model, Command::RecordDecision, at(90));
    act(
        &mut model,
        Message::Paste("Adopt the minutes".into()),
        at(90),
    );
    act(&mut model, Command::Confirm, at(90));
    act(&mut model, Message::Paste("consensus".into()), at(91));
    act(&mut model, Command::Confirm, at(91));
    assert_eq!(model.overlay, Overlay::None);
    let EntryKind::Decision { voice, .. } = &model.meeting.entries()[0].kind else {
        panic!()
    };
    assert!(voice.customer_voice);
}

#[test]
fn the_totals_go_by_airtime_then_roll_call_then_away() {
    let mut model = present();
    act(&mut model, Command::VoiceBalance, at(1));
    act(&mut model, Command::PersonTotals, at(1));
    assert_eq!(
        (model.totals, model.show_balance),
        (Totals::ByAirtime, false)
    );
    act(&mut model, Command::PersonTotals, at(2));
    assert_eq!(model.totals, Totals::RollCall);
    act(&mut model, Command::VoiceBalance, at(3));
    assert_eq!((model.totals, model.show_balance), (Totals::Hidden, true));
    act(&mut model, Command::PersonTotals, at(4));
    act(&mut model, Command::PersonTotals, at(4));
    act(&mut model, Command::PersonTotals, at(4));
    assert_eq!(model.totals, Totals::Hidden);
}
