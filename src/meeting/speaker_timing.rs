//! How turns are timed, one rule a test, named in the meeting's words (the README's "Coming
//! from OpenSlides" table names them): the turn's countdown, pauses, interposed questions, and
//! what counts as airtime.

use chrono::TimeDelta;

use super::speaker_rules::{board, floor, hand, ok, process, question, refused, secs, who};
use super::*;
use crate::testing::at;

fn turn_left(m: &Meeting, secs: i64) -> (String, ClockState) {
    let c = m.turn_countdown(at(secs)).unwrap();
    (c.text(), c.state)
}

mod turns {
    use super::*;

    #[test]
    fn a_turn_counts_down_from_turn_seconds() {
        let mut m = board("");
        ok(&mut m, 1, floor("Ben"));
        assert_eq!(turn_left(&m, 1), ("02:00".into(), ClockState::Running));
        assert_eq!(turn_left(&m, 131), ("+00:10".into(), ClockState::Over));
    }

    #[test]
    fn a_direct_response_counts_down_from_reply_seconds() {
        let mut m = board("");
        ok(&mut m, 1, floor("Sol"));
        let (person, to) = ("Ben".into(), "Sol".into());
        ok(&mut m, 2, Event::ResponseRaised { person, to });
        ok(
            &mut m,
            3,
            Event::ResponseGiven {
                person: "Ben".into(),
            },
        );
        assert_eq!(turn_left(&m, 3).0, "01:00");
    }

    #[test]
    fn the_next_turn_begins_the_moment_the_last_one_ends() {
        let mut m = board("");
        ok(&mut m, 1, floor("Ben"));
        ok(&mut m, 50, floor("Sol"));
        assert_eq!(m.queue.turns[0].end, at(50));
        assert_eq!(m.queue.floor.as_ref().unwrap().since, at(50));
    }

    #[test]
    fn the_speaker_is_off_the_list_while_speaking() {
        let mut m = board("");
        ok(&mut m, 1, hand("Ben"));
        ok(&mut m, 2, floor("Ben"));
        assert!(m.queue.hands.is_empty());
        assert_eq!(m.next_in_queue(at(3)), None);
    }

    #[test]
    fn ending_a_turn_needs_someone_speaking() {
        let mut m = board("");
        assert_eq!(
            refused(&mut m, 1, Event::TurnEnded),
            EventError::NobodySpeaking
        );
    }

    #[test]
    fn a_closed_list_still_gives_the_floor() {
        let mut m = board("");
        ok(&mut m, 1, hand("Ben"));
        ok(&mut m, 2, Event::ListClosed);
        ok(&mut m, 3, floor("Ben"));
        assert_eq!(m.queue.floor.as_ref().unwrap().person, who(&m, "Ben"));
    }
}

mod pauses {
    use super::*;

    #[test]
    fn pausing_stops_the_turn_and_the_item_together() {
        let mut m = board("");
        ok(&mut m, 0, floor("Ben"));
        ok(&mut m, 30, Event::ClockPaused { role: None });
        assert_eq!(turn_left(&m, 60), ("01:30".into(), ClockState::Paused));
        assert_eq!(m.item_countdown(at(60)).state, ClockState::Paused);
        ok(&mut m, 90, Event::ClockResumed { role: None });
        assert_eq!(turn_left(&m, 100), ("01:20".into(), ClockState::Running));
        assert_eq!(m.item_used(0, at(100)), secs(40));
    }

    #[test]
    fn paused_time_is_not_airtime() {
        let mut m = board("");
        ok(&mut m, 0, floor("Ben"));
        ok(&mut m, 30, Event::ClockPaused { role: None });
        ok(&mut m, 90, Event::ClockResumed { role: None });
        ok(&mut m, 100, Event::TurnEnded);
        assert_eq!(m.airtime(who(&m, "Ben"), at(200)), secs(40));
    }

    #[test]
    fn the_clock_pauses_once_and_resumes_once() {
        let mut m = board("");
        assert_eq!(
            refused(&mut m, 1, Event::ClockResumed { role: None }),
            EventError::ClockRunning
        );
        ok(&mut m, 2, Event::ClockPaused { role: None });
        assert_eq!(
            refused(&mut m, 3, Event::ClockPaused { role: None }),
            EventError::ClockStopped
        );
    }
}

/// Interposed questions: a countdown of `question_seconds`, then the speaker goes on by itself.
mod questions {
    use super::*;

    /// OpenSlides counts an interposed question up from zero and resumes the speaker by hand.
    /// cochair differs on purpose: the question counts down from `question_seconds` (30 by
    /// default) so the room sees how long it may take, and when it runs out the speaker goes on
    /// by itself with the time they had left, so nobody has to remember to give the floor back.
    #[test]
    fn an_interposed_question_counts_down_and_the_speaker_goes_on_by_itself() {
        let mut m = board("");
        ok(&mut m, 0, floor("Sol"));
        ok(&mut m, 30, question("Ben", "Sol"));
        let countdown = m.question_countdown(at(40)).unwrap();
        assert_eq!(
            (countdown.text(), countdown.state),
            ("00:20".into(), ClockState::Running)
        );
        assert_eq!(turn_left(&m, 40), ("01:30".into(), ClockState::Held));
        assert!(m.question(at(59)).is_some());
        assert!(
            m.question(at(60)).is_none(),
            "30 s later it is over, with no event"
        );
        assert!(m.question_lapsed(at(60)));
        assert_eq!(turn_left(&m, 70), ("01:20".into(), ClockState::Running));
        assert_eq!(m.spoken_in_turn(at(70)), secs(40));
    }

    #[test]
    fn the_question_s_countdown_is_the_agenda_s_question_seconds() {
        let mut m = board("question_seconds: 45");
        ok(&mut m, 0, floor("Sol"));
        ok(&mut m, 10, question("Ben", "Sol"));
        assert_eq!(m.question_countdown(at(10)).unwrap().text(), "00:45");
        let short = board("").agenda().clone();
        assert_eq!(short.speaking.question_seconds(), 30, "the default");
        let mut brief = short.clone();
        brief.speaking.turn_seconds = 20;
        assert_eq!(
            brief.speaking.question_seconds(),
            20,
            "never more than a turn"
        );
    }

    #[test]
    fn an_interposed_question_holds_the_speaker_s_clock() {
        let mut m = board("");
        ok(&mut m, 0, floor("Sol"));
        ok(&mut m, 30, question("Ben", "Sol"));
        ok(&mut m, 45, Event::QuestionEnded);
        assert_eq!(turn_left(&m, 60), ("01:15".into(), ClockState::Running));
        assert_eq!(m.queue.questions[0].length, secs(15));
    }

    #[test]
    fn a_pause_stops_the_question_s_clock_too() {
        let mut m = board("");
        ok(&mut m, 0, floor("Sol"));
        ok(&mut m, 30, question("Ben", "Sol"));
        ok(&mut m, 40, Event::ClockPaused { role: None });
        ok(&mut m, 100, Event::ClockResumed { role: None });
        assert_eq!(m.question_countdown(at(105)).unwrap().text(), "00:15");
    }

    #[test]
    fn one_interposed_question_at_a_time() {
        let mut m = board("");
        ok(&mut m, 0, floor("Sol"));
        ok(&mut m, 10, question("Ben", "Sol"));
        assert_eq!(
            refused(&mut m, 20, question("Cal", "Sol")),
            EventError::QuestionRunning
        );
        let both = vec![Event::QuestionEnded, question("Cal", "Sol")];
        ok(&mut m, 50, Event::Batch { events: both });
        assert_eq!(m.queue.questions.len(), 1);
        assert_eq!(m.question(at(51)).unwrap().person, who(&m, "Cal"));
    }

    #[test]
    fn a_question_is_put_to_the_speaker_by_someone_else_present() {
        let mut m = board("");
        assert_eq!(
            refused(&mut m, 1, question("Ben", "Sol")),
            EventError::NobodySpeaking
        );
        ok(&mut m, 2, process("Tia"));
        ok(&mut m, 3, floor("Tia"));
        assert_eq!(
            refused(&mut m, 4, question("Ben", "Tia")),
            EventError::QuestionToProcess
        );
        ok(&mut m, 5, floor("Sol"));
        assert_eq!(
            refused(&mut m, 6, question("Sol", "Sol")),
            EventError::OwnQuestion("Sol".into())
        );
        assert_eq!(
            refused(&mut m, 7, question("Ula", "Sol")),
            EventError::NotPresent("Ula".into())
        );
        assert_eq!(
            refused(&mut m, 8, question("Ben", "Cal")),
            EventError::NotOnFloor("Cal".into())
        );
        assert_eq!(
            refused(&mut m, 9, Event::QuestionEnded),
            EventError::NoQuestion
        );
    }

    #[test]
    fn ending_the_turn_ends_the_question() {
        let mut m = board("");
        ok(&mut m, 0, floor("Sol"));
        ok(&mut m, 30, question("Ben", "Sol"));
        ok(&mut m, 40, floor("Cal"));
        assert!(m.queue.question.is_none());
        assert_eq!(m.queue.questions[0].length, secs(10));
        assert_eq!(
            m.queue.turns[0].length,
            secs(30),
            "the speaker's turn without it"
        );
    }

    #[test]
    fn a_question_s_time_is_the_asker_s_airtime_not_the_speaker_s() {
        let mut m = board("");
        ok(&mut m, 0, floor("Sol"));
        ok(&mut m, 30, question("Ben", "Sol"));
        let (ben, sol) = (who(&m, "Ben"), who(&m, "Sol"));
        assert_eq!(m.airtime(ben, at(50)), secs(20));
        assert_eq!(m.airtime(sol, at(50)), secs(30));
        ok(&mut m, 100, Event::TurnEnded);
        assert_eq!(
            m.airtime(ben, at(100)),
            secs(30),
            "at most question_seconds"
        );
        assert_eq!(m.airtime(sol, at(100)), secs(70));
        assert_eq!(m.turns_taken(ben), 0, "a question is not a turn");
        let voice = m.item_voice(0, at(100));
        assert_eq!(voice.groups[0].spoke, 1, "but Ben was heard on the item");
        assert_eq!(voice.groups[0].airtime, secs(30));
    }
}

mod airtime {
    use super::*;

    #[test]
    fn a_point_of_process_is_procedure_not_airtime() {
        let mut m = board("");
        ok(&mut m, 0, floor("Sol"));
        ok(&mut m, 30, floor("Tia"));
        ok(&mut m, 50, process("Tia"));
        ok(&mut m, 50, floor("Tia"));
        ok(&mut m, 150, Event::TurnEnded);
        let tia = who(&m, "Tia");
        assert_eq!(m.airtime(tia, at(150)), secs(20));
        assert_eq!(m.procedure_time(tia, at(150)), secs(100));
        ok(&mut m, 151, hand("Sol"));
        ok(&mut m, 152, hand("Tia"));
        // Tia (0:20 + 2:00) before Sol (0:30 + 2:00): her point of process does not push her
        // down the list.
        let order: Vec<usize> = m
            .queue_order(at(153))
            .iter()
            .map(|r| m.queue.hands[r.hand].person)
            .collect();
        assert_eq!(order, [tia, who(&m, "Sol")]);
        let staff = &m.balance(at(153))[1];
        assert_eq!(staff.airtime, secs(50), "nor the group's share");
        let totals = m.person_totals(at(153));
        let row = totals.iter().find(|t| t.person == tia).unwrap();
        assert_eq!((row.airtime, row.procedure), (secs(20), secs(100)));
    }

    #[test]
    fn a_direct_response_is_airtime_like_any_turn() {
        let mut m = board("");
        ok(&mut m, 0, floor("Sol"));
        let (person, to) = ("Ben".into(), "Sol".into());
        ok(&mut m, 1, Event::ResponseRaised { person, to });
        ok(
            &mut m,
            10,
            Event::ResponseGiven {
                person: "Ben".into(),
            },
        );
        ok(&mut m, 30, Event::TurnEnded);
        let ben = who(&m, "Ben");
        assert_eq!((m.airtime(ben, at(30)), m.turns_taken(ben)), (secs(20), 1));
    }
}

mod older_journals {
    use super::*;

    #[test]
    fn a_journal_from_before_interposed_questions_resumes_with_the_default_written() {
        let stored = board("").agenda().clone();
        let json = serde_json::to_string(&stored.speaking).unwrap();
        assert!(!json.contains("question_seconds"), "{json}");
        let mut file = stored.clone();
        file.speaking.question_seconds = Some(30);
        assert!(file.resumes(&stored));
        file.speaking.question_seconds = Some(45);
        assert!(
            !file.resumes(&stored),
            "another countdown is another meeting"
        );
        assert_eq!(TimeDelta::seconds(30), board("").question_limit());
    }
}
