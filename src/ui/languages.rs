//! The operators' screens in other languages: every screen and box the host and a joined
//! screen show, in the pseudo-locale at 80×24, where every word cochair writes must be inside a
//! message's marks (nothing left untranslated) and a message cut short must end in `…`; and the
//! main screen and the help in Spanish, in snapshots. (The wall has its own, in
//! `wall/languages.rs`, whose checker this uses.)
//! What the app says on these screens (the line of what to do now, the status, the pickers'
//! and prompts' questions) is checked with them: every word on the screen is.

use std::collections::BTreeSet;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::wall::languages::{council_src, playground_debate, their_words, untranslated};
use crate::agenda::{Role, Seat};
use crate::app::{Link, Message, Model, Overlay, update};
use crate::input::Command;
use crate::lang::{Lang, PSEUDO_END, PSEUDO_START};
use crate::meeting::{Event, Record};
use crate::testing::{act, at, following_october, model_from};

/// The screen's cells, row by row, each with its column (a wide character once, not its
/// filler cell).
fn cells(model: &Model, width: u16, height: u16) -> Vec<Vec<(u16, String)>> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| super::view(model, f)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let mut row = Vec::new();
            let mut x = 0;
            while x < width {
                let symbol = buffer[(x, y)].symbol().to_owned();
                let wide = super::cells(crate::text::width(&symbol).max(1));
                row.push((x, symbol));
                x += wide;
            }
            row
        })
        .collect()
}

/// The screen as rows of text.
fn rows(model: &Model, width: u16, height: u16) -> Vec<String> {
    let join = |row: Vec<(u16, String)>| row.into_iter().map(|(_, s)| s).collect();
    cells(model, width, height).into_iter().map(join).collect()
}

/// What a box over the meeting adds: the box, and the key hints below it (what the box hides
/// of the meeting is not cut by a view; the meeting itself is checked without the box). The
/// box is where the screen differs from the meeting beneath it.
fn box_only(model: &Model, width: u16, height: u16) -> Vec<String> {
    let mut beneath = model.clone();
    beneath.overlay = Overlay::None;
    let (shown, under) = (cells(model, width, height), cells(&beneath, width, height));
    let hints = shown.len().saturating_sub(1);
    // The box's corners: where a corner is drawn that the meeting beneath does not have.
    let corner = |symbol: &str, from: usize| {
        (from..hints).find_map(|y| {
            shown[y]
                .iter()
                .find(|cell| cell.1 == symbol && !under[y].contains(cell))
                .map(|(x, _)| (y, *x))
        })
    };
    let top_left = corner("┌", 0);
    let top_right = top_left.and_then(|(y, _)| corner("┐", y));
    let bottom = top_left.and_then(|(y, _)| corner("└", y + 1));
    let inside = |y: usize, x: u16| match (top_left, top_right, bottom) {
        _ if y == hints => true,
        (Some((top, left)), Some((_, right)), Some((bottom, _))) => {
            (top..=bottom).contains(&y) && (left..=right).contains(&x)
        }
        _ => false,
    };
    shown
        .into_iter()
        .enumerate()
        .map(|(y, row)| {
            row.into_iter()
                .map(|(x, symbol)| match inside(y, x) {
                    true => symbol,
                    false => " ".repeat(crate::text::width(&symbol).max(1)),
                })
                .collect()
        })
        .collect()
}

fn record(model: &mut Model, secs: i64, event: Event) {
    update(
        model,
        Message::Recorded(Record::new(at(secs), event)),
        at(secs),
    );
}

/// The parents' council on the host's screen, in `lang`, not started, roll call not taken.
fn council_not_started(lang: Lang) -> Model {
    let mut model = model_from(&council_src());
    model.lang = lang;
    model
}

/// The council started, everyone present.
fn council(lang: Lang) -> Model {
    let mut model = council_not_started(lang);
    for command in [Command::RollCall, Command::AllPresent, Command::Cancel] {
        act(&mut model, command, at(0));
    }
    act(&mut model, Command::StartMeeting, at(0));
    model
}

/// On the decision about the playground: Inés Torres has the floor, a direct response waits,
/// a hand for each side and another hand; a note and a decision are in the record.
fn mid_decision(lang: Lang) -> Model {
    let mut model = council(lang);
    playground_debate(&mut model);
    let note = Event::NoteAdded {
        item: 3,
        text: "Presupuesto".into(),
    };
    record(&mut model, 100, note);
    update(&mut model, Message::Tick, at(310));
    model
}

/// `model` after `commands`, at its own time.
fn after(mut model: Model, commands: &[Command]) -> Model {
    let now = model.now;
    for &command in commands {
        act(&mut model, command, now);
    }
    model
}

/// Every screen and box the host's and the joined screens show, one model each.
fn screens(lang: Lang) -> Vec<(&'static str, Model)> {
    let mut question = mid_decision(lang);
    let asked = Event::QuestionAsked {
        person: "Javier Morales".into(),
        to: "Inés Torres".into(),
    };
    record(&mut question, 320, asked);
    update(&mut question, Message::Tick, at(330));
    let mut over = mid_decision(lang);
    update(&mut over, Message::Tick, at(3000));
    let mut planned_break = council(lang);
    record(&mut planned_break, 10, Event::ItemOpened { item: 4 });
    update(&mut planned_break, Message::Tick, at(100));
    let mut process = council(lang);
    let point = Event::HandRaised {
        person: "Javier Morales".into(),
        process: true,
    };
    record(&mut process, 10, point);
    act(&mut process, Command::NextSpeaker, at(20));
    let mut confidential = council(lang);
    record(&mut confidential, 10, Event::ItemOpened { item: 6 });
    let mut closed_list = mid_decision(lang);
    act(&mut closed_list, Command::ToggleList, at(320));
    let mut adjourned = council(lang);
    act(&mut adjourned, Command::EndMeeting, at(500));
    if adjourned.overlay != Overlay::None {
        act(&mut adjourned, Command::Confirm, at(500));
    }
    let mut rehearsal = mid_decision(lang);
    rehearsal.rehearsal = true;
    let mut saved = mid_decision(lang);
    saved.journal_started = true;
    let seat = |seat: Seat, connected: bool| {
        let mut model = mid_decision(lang);
        model.seat = seat;
        model.link = Link::Joined { connected };
        model
    };
    let mut closed_by_host = seat(Seat::Observer, true);
    closed_by_host.link = Link::Closed { at: at(400) };
    let mut last_actions = following_october();
    last_actions.lang = lang;
    let review = after(last_actions.clone(), &[Command::ReviewActions]);
    vec![
        ("not started", council_not_started(lang)),
        (
            "roll call",
            after(council_not_started(lang), &[Command::RollCall]),
        ),
        (
            "roll call marked",
            after(
                council_not_started(lang),
                &[Command::RollCall, Command::AllPresent],
            ),
        ),
        ("started", council(lang)),
        ("mid decision", mid_decision(lang)),
        ("question", question),
        ("over time", over),
        ("paused", after(mid_decision(lang), &[Command::PauseClock])),
        ("planned break", planned_break),
        ("point of process", process),
        ("confidential", confidential),
        ("list closed", closed_list),
        ("adjourned", adjourned),
        ("rehearsal", rehearsal),
        ("saved", saved),
        ("help", after(mid_decision(lang), &[Command::Help])),
        ("record", after(mid_decision(lang), &[Command::RecordView])),
        (
            "voice balance",
            after(mid_decision(lang), &[Command::VoiceBalance]),
        ),
        (
            "totals",
            after(mid_decision(lang), &[Command::PersonTotals]),
        ),
        ("picker", after(mid_decision(lang), &[Command::AddSpeaker])),
        (
            "note prompt",
            after(mid_decision(lang), &[Command::AddNote]),
        ),
        (
            "decision prompt",
            after(mid_decision(lang), &[Command::RecordDecision]),
        ),
        (
            "question box",
            after(mid_decision(lang), &[Command::EndMeeting]),
        ),
        ("last actions", last_actions),
        ("review", review),
        ("timekeeper", seat(Seat::Job(Role::Timekeeper), true)),
        ("secretary", seat(Seat::Job(Role::Secretary), true)),
        ("observer", seat(Seat::Observer, true)),
        ("host gone", seat(Seat::Job(Role::Timekeeper), false)),
        ("closed by the host", closed_by_host),
    ]
}

/// The words of the meeting itself, shown as written: the agenda's, the record's, the last
/// meeting's actions.
fn the_meeting_s_words(model: &Model) -> BTreeSet<String> {
    let meeting = &model.meeting;
    let mut theirs = their_words(model);
    let texts = meeting
        .entries()
        .iter()
        .map(|e| e.text.as_str())
        .chain(meeting.agenda().place.as_deref())
        .chain(
            meeting
                .agenda()
                .items
                .iter()
                .filter_map(|i| i.description.as_deref()),
        )
        .chain(
            meeting
                .last_actions()
                .iter()
                .flat_map(|l| [l.action.text.as_str(), l.action.owner.as_str()]),
        );
    theirs.extend(
        texts
            .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
            .filter(|w| !w.is_empty())
            .map(str::to_owned),
    );
    theirs
}

/// The parts of a row between the borders of panels and boxes.
fn segments(row: &str) -> Vec<&str> {
    row.split(['│', '┌', '┐', '└', '┘']).collect()
}

/// What on the screen is neither inside a message's marks nor the meeting's own words, and
/// the messages cut short without `…`. A message may go on in the same panel on the next row
/// (a panel wraps its lines): an open message at the end of a panel's row carries on in that
/// panel's part of the next row, and must close there or later, or end in `…`.
fn untranslated_on(shown: &[String], theirs: &BTreeSet<String>) -> Vec<String> {
    let mut found = Vec::new();
    let mut carried: Vec<usize> = Vec::new();
    for (y, row) in shown.iter().enumerate() {
        let parts = segments(row);
        if carried.len() != parts.len() && carried.iter().any(|&d| d > 0) {
            found.push(format!("row {y}: a message cut without … above {row:?}"));
        }
        if carried.len() != parts.len() {
            carried = vec![0; parts.len()];
        }
        for (i, part) in parts.iter().enumerate() {
            let (wrong, depth) = check(part, carried[i], theirs);
            found.extend(
                wrong
                    .into_iter()
                    .map(|w| format!("row {y}: {w} in {row:?}")),
            );
            carried[i] = match part.trim_end().ends_with('…') {
                true => 0,
                false => depth,
            };
        }
    }
    if carried.iter().any(|&d| d > 0) {
        found.push("a message cut without … at the bottom".into());
    }
    found
}

/// The words outside marks in one part of a row that starts `depth` marks deep, and how deep
/// it ends.
fn check(part: &str, mut depth: usize, theirs: &BTreeSet<String>) -> (Vec<String>, usize) {
    let mut row = String::new();
    // The wall's checker reads a row from depth 0: open the marks the part starts inside.
    for _ in 0..depth {
        row.push(PSEUDO_START);
    }
    row.push_str(part);
    let wrong: Vec<String> = untranslated(&row, theirs)
        .into_iter()
        .filter(|w| !w.starts_with("a message cut"))
        .collect();
    for c in part.chars() {
        match c {
            PSEUDO_START => depth += 1,
            PSEUDO_END => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (wrong, depth)
}

/// Key names stay as they are in every language (`space`, `up`, `ctrl-w`).
fn key_names(model: &Model) -> BTreeSet<String> {
    model
        .keymap
        .bindings()
        .flat_map(|(_, key, _)| {
            key.to_string()
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn in_the_pseudo_locale_every_word_on_every_operator_screen_is_a_message_s_at_80x24() {
    let mut found = Vec::new();
    for (state, model) in screens(Lang::Pseudo) {
        let mut theirs = the_meeting_s_words(&model);
        theirs.extend(key_names(&model));
        let shown = match model.overlay {
            Overlay::None => rows(&model, 80, 24),
            _ => box_only(&model, 80, 24),
        };
        let marked = shown.iter().filter(|r| r.contains(PSEUDO_START)).count();
        assert!(marked >= 1, "{state}: no messages?\n{}", shown.join("\n"));
        let wrong = untranslated_on(&shown, &theirs);
        if !wrong.is_empty() {
            found.push(format!("{state}: {wrong:#?}\n{}", shown.join("\n")));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n\n"));
}

/// The screen's checker: a message may wrap within its panel, but not stop without `…`; a
/// word outside the marks is found whatever the panel beside it holds.
#[test]
fn the_screen_s_checker_follows_a_message_down_its_panel() {
    let theirs: BTreeSet<String> = ["Ana".to_string()].into();
    let wrapped = ["│⟦Ñóów: ⟦15:00 │⟦x⟧│", "│lééft⟧⟧       │⟦y⟧│"].map(String::from);
    assert!(untranslated_on(&wrapped, &theirs).is_empty());
    let cut = ["│⟦Ñóów: ⟦15:00 │⟦x⟧│", "│              │⟦y⟧│"].map(String::from);
    assert_eq!(untranslated_on(&cut, &theirs).len(), 1, "{cut:?}");
    let english = ["│⟦Ñóów⟧ Ana left│⟦x⟧│"].map(String::from);
    assert_eq!(untranslated_on(&english, &theirs).len(), 1);
    let ended = ["│⟦Ñóów: ⟦15:00…│⟦x⟧│", "│              │⟦y⟧│"].map(String::from);
    assert!(untranslated_on(&ended, &theirs).is_empty());
}

#[test]
fn the_main_screen_in_spanish_at_80x24() {
    insta::assert_snapshot!(rows(&mid_decision(Lang::Es), 80, 24).join("\n"));
}

#[test]
fn the_main_screen_in_spanish_at_120x40() {
    insta::assert_snapshot!(rows(&mid_decision(Lang::Es), 120, 40).join("\n"));
}

#[test]
fn the_help_in_spanish_at_80x24() {
    let model = after(mid_decision(Lang::Es), &[Command::Help]);
    insta::assert_snapshot!(rows(&model, 80, 24).join("\n"));
}

#[test]
fn the_timekeeper_s_and_the_secretary_s_screens_in_spanish_at_100x30() {
    for role in [Role::Timekeeper, Role::Secretary] {
        let mut model = mid_decision(Lang::Es);
        model.seat = Seat::Job(role);
        model.link = Link::Joined { connected: true };
        insta::assert_snapshot!(
            format!("{}_es", role.name()),
            rows(&model, 100, 30).join("\n")
        );
    }
}
