//! Nothing is cut without a mark: with long names, group labels, item titles, reasons and
//! record entries, every screen at 80×24 and 120×40 shows each long text whole (on one line
//! or wrapped) or ends what it shows of it in `…`.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::agenda::{Role, Seat};
use crate::app::{Message, Model, Overlay, Totals, update};
use crate::input::Command;
use crate::meeting::{Attendance, Direction, Event, Record, Side};
use crate::testing::{act, at, model_from};

const AGENDA: &str = r#"Agenda(
    title: "Northern Regions Consumer Advisory Council — Extraordinary Session on Housing",
    date: "2026-11-24", start: "18:00", end: "20:00",
    place: "Community Hall, Upper Floor Meeting Room",
    groups: [
        Group(id: "members", label: "People with lived experience of services", weight: 2.0, target: Some(0.6)),
        Group(id: "staff", label: "Professional staff and service managers", weight: 1.0),
    ],
    people: [
        Person(name: "Maximiliana Bartholomew-Featherstonehaugh", group: "members", roles: [Facilitator]),
        Person(name: "Konstantinos Papadopoulos-Wetherington", group: "members"),
        Person(name: "Anastasia Wolkonsky-Rasmussen de la Vega", group: "members"),
        Person(name: "Mei Chen", group: "members", roles: [Timekeeper]),
        Person(name: "Dr. Oluwaseun Okafor-Montgomery, Secretary to the Council", group: "staff", roles: [Secretary]),
        Person(name: "Priya Natarajan-Fitzwilliam of the Housing Directorate", group: "staff"),
    ],
    items: [
        Item(title: "Welcome", minutes: 5, kind: Info),
        Item(title: "Housing allocation policy for people leaving residential care and supported living",
             minutes: 30, kind: Decision,
             lead: Some("Konstantinos Papadopoulos-Wetherington"),
             proposed_by: Some("Anastasia Wolkonsky-Rasmussen de la Vega")),
        Item(title: "The experience of eviction and what the council should ask of landlords", minutes: 20),
    ],
)"#;

/// Every long text of the fixture, as the screen should show it.
const LONG: &[&str] = &[
    "Maximiliana Bartholomew-Featherstonehaugh",
    "Konstantinos Papadopoulos-Wetherington",
    "Anastasia Wolkonsky-Rasmussen de la Vega",
    "Dr. Oluwaseun Okafor-Montgomery, Secretary to the Council",
    "Priya Natarajan-Fitzwilliam of the Housing Directorate",
    "People with lived experience of services",
    "Professional staff and service managers",
    "Housing allocation policy for people leaving residential care and supported living",
    "The experience of eviction and what the council should ask of landlords",
    "Northern Regions Consumer Advisory Council — Extraordinary Session on Housing",
    "The council heard three accounts of families moved out of supported living without notice",
    "Write to the regional housing office asking for the allocation figures by district",
    "Ask the landlords' association to attend the next meeting to answer questions",
    "moved up by facilitator",
    "first time on this item",
    "responds to Maximiliana Bartholomew-Featherstonehaugh",
];

fn record(model: &mut Model, secs: i64, event: Event) {
    update(
        model,
        Message::Recorded(Record::new(at(secs), event)),
        at(secs),
    );
}

fn hand(model: &mut Model, secs: i64, person: &str) {
    let person = person.into();
    record(
        model,
        secs,
        Event::HandRaised {
            person,
            process: false,
        },
    );
}

/// On the Decision item, 12 minutes in: the facilitator speaks, a direct response and four
/// hands wait (one moved up, two for a side), one person arrived late and one left, and the
/// record holds a note, a decision, an action and a parked topic.
fn meeting() -> Model {
    let mut model = model_from(AGENDA);
    for p in 0..model.meeting.people().len() {
        let person = model.meeting.people()[p].name.clone();
        if !person.starts_with("Priya") {
            let attendance = Attendance::Present;
            record(
                &mut model,
                -60,
                Event::AttendanceMarked { person, attendance },
            );
        }
    }
    act(&mut model, Command::StartMeeting, at(0));
    act(&mut model, Command::NextItem, at(120));
    let priya = "Priya Natarajan-Fitzwilliam of the Housing Directorate";
    let attendance = Attendance::Present;
    record(
        &mut model,
        150,
        Event::AttendanceMarked {
            person: priya.into(),
            attendance,
        },
    );
    let floor = Event::FloorGiven {
        person: "Maximiliana Bartholomew-Featherstonehaugh".into(),
        by_override: false,
    };
    record(&mut model, 160, floor);
    hand(&mut model, 170, "Konstantinos Papadopoulos-Wetherington");
    hand(&mut model, 180, "Mei Chen");
    for (secs, person, side) in [
        (190, "Anastasia Wolkonsky-Rasmussen de la Vega", Side::Pro),
        (
            200,
            "Dr. Oluwaseun Okafor-Montgomery, Secretary to the Council",
            Side::Contra,
        ),
    ] {
        record(
            &mut model,
            secs,
            Event::HandRaisedFor {
                person: person.into(),
                side,
            },
        );
    }
    let moved = Event::HandMoved {
        person: "Dr. Oluwaseun Okafor-Montgomery, Secretary to the Council".into(),
        direction: Direction::Up,
        past: "Anastasia Wolkonsky-Rasmussen de la Vega".into(),
    };
    record(&mut model, 210, moved);
    let response = Event::ResponseRaised {
        person: priya.into(),
        to: "Maximiliana Bartholomew-Featherstonehaugh".into(),
    };
    record(&mut model, 220, response);
    let item = 1;
    let note =
        "The council heard three accounts of families moved out of supported living without notice";
    record(
        &mut model,
        300,
        Event::NoteAdded {
            item,
            text: note.into(),
        },
    );
    let action = Event::ActionAdded {
        item,
        text: "Write to the regional housing office asking for the allocation figures by district"
            .into(),
        owner: "Konstantinos Papadopoulos-Wetherington".into(),
        due: None,
        private: None,
    };
    record(&mut model, 310, action);
    let parked = "Ask the landlords' association to attend the next meeting to answer questions";
    record(
        &mut model,
        320,
        Event::TopicParked {
            text: parked.into(),
            private: None,
        },
    );
    let left = Event::PersonLeft {
        person: "Mei Chen".into(),
    };
    record(&mut model, 330, left);
    update(&mut model, Message::Tick, at(12 * 60));
    model
}

/// The screen's rows, a wide character once (not followed by the cell it covers).
fn rows(model: &Model, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| super::view(model, f)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < width {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x += super::cells(crate::text::width(symbol).max(1));
            }
            row
        })
        .collect()
}

/// Where a text's run on a row ends: at a panel's border, or the end of the row.
fn run_end(row: &[char], from: usize) -> usize {
    (from..row.len())
        .find(|&i| matches!(row[i], '│' | '┐' | '┘' | '┤'))
        .unwrap_or(row.len())
}

/// Whether the text shown from `(y, x)` on is the whole of `text`, wrapped or not, or ends in
/// `…`: `Err` says where it was cut without a mark.
fn shown_whole_or_marked(
    rows: &[Vec<char>],
    y: usize,
    x: usize,
    text: &[char],
) -> Result<(), String> {
    let row = &rows[y];
    let end = run_end(row, x);
    let same = (0..text.len().min(end - x))
        .take_while(|&i| row[x + i] == text[i])
        .count();
    if same == text.len() {
        return Ok(());
    }
    if row.get(x + same) == Some(&'…') {
        return Ok(());
    }
    let rest_blank = row[x + same..end].iter().all(|c| *c == ' ');
    let at_word = same > 0 && (text[same - 1] == ' ' || text[same] == ' ' || text[same - 1] == '-');
    let line: String = row[x..end].iter().collect();
    if !(rest_blank && at_word) {
        return Err(format!("row {y} shows {line:?}"));
    }
    // Wrapped: the rest goes on in the next row, at the same place or the start of the run.
    let rest: Vec<char> = text[same..]
        .iter()
        .copied()
        .skip_while(|c| *c == ' ')
        .collect();
    let Some(next) = rows.get(y + 1) else {
        return Err(format!("row {y} ends the screen: {line:?}"));
    };
    // The rest is out of sight, and the panel says so.
    let next_run: String = next[x.min(next.len())..run_end(next, x)].iter().collect();
    if next_run.trim_start().starts_with('↓') {
        return Ok(());
    }
    let key: String = rest.iter().take(6).collect();
    let next_text: String = next.iter().collect();
    let Some(byte) = next_text.find(&key) else {
        return Err(format!(
            "row {y} shows {line:?} and the next row goes on elsewhere"
        ));
    };
    let col = next_text[..byte].chars().count();
    shown_whole_or_marked(rows, y + 1, col, &rest)
}

/// The box an overlay drawn with `title` covers (rows and columns inside its border).
fn overlay_box(grid: &[Vec<char>], title: &str) -> Option<(usize, usize, usize, usize)> {
    let corner = format!("┌ {title}");
    let (top, row) = grid
        .iter()
        .enumerate()
        .find(|(_, r)| r.iter().collect::<String>().contains(&corner))?;
    let text: String = row.iter().collect();
    let left = text[..text.find(&corner)?].chars().count();
    let right = (left..row.len()).find(|&x| row[x] == '┐')?;
    let bottom = (top..grid.len()).find(|&y| grid[y].get(left) == Some(&'└'))?;
    Some((top + 1, bottom, left + 1, right))
}

/// Check every long text wherever its first characters appear on the screen (only inside
/// the overlay, when one is drawn over the meeting: what it covers is not cut, only hidden).
fn check(name: &str, overlay: Option<&str>, model: &Model, width: u16, height: u16) -> Vec<String> {
    let shown = rows(model, width, height);
    let grid: Vec<Vec<char>> = shown.iter().map(|r| r.chars().collect()).collect();
    let inside = overlay.map(|title| {
        overlay_box(&grid, title).unwrap_or_else(|| panic!("no {title:?} on\n{}", shown.join("\n")))
    });
    let mut problems = Vec::new();
    for text in LONG {
        let chars: Vec<char> = text.chars().collect();
        let key: String = chars.iter().take(12).collect();
        for (y, row) in shown.iter().enumerate() {
            let mut from = 0;
            while let Some(byte) = row[from..].find(&key) {
                let x = row[..from + byte].chars().count();
                from += byte + key.len();
                if inside.is_some_and(|(top, bottom, left, right)| {
                    !(top..bottom).contains(&y) || !(left..right).contains(&x)
                }) {
                    continue;
                }
                if let Err(why) = shown_whole_or_marked(&grid, y, x, &chars) {
                    problems.push(format!("{name} {width}×{height}: {text:?} cut: {why}"));
                }
            }
        }
    }
    if !problems.is_empty() {
        problems.push(shown.join("\n"));
    }
    problems
}

/// Every screen that shows the long texts, by name, with the title of its overlay if any.
fn screens() -> Vec<(&'static str, Option<&'static str>, Model)> {
    let base = meeting();
    let with = |change: &dyn Fn(&mut Model)| {
        let mut model = base.clone();
        change(&mut model);
        model
    };
    vec![
        ("facilitator", None, base.clone()),
        ("balance", None, with(&|m| m.show_balance = true)),
        ("totals", None, with(&|m| m.totals = Totals::ByAirtime)),
        (
            "timekeeper",
            None,
            with(&|m| m.seat = Seat::Job(Role::Timekeeper)),
        ),
        (
            "secretary",
            None,
            with(&|m| m.seat = Seat::Job(Role::Secretary)),
        ),
        (
            "record",
            Some("The record"),
            with(&|m| m.overlay = Overlay::Record { selected: 0 }),
        ),
        (
            "roll call",
            Some("Roll call"),
            with(&|m| m.overlay = Overlay::RollCall { selected: 0 }),
        ),
        (
            "picker",
            Some("Add hands"),
            with(&|m| act(m, Command::AddSpeaker, at(12 * 60))),
        ),
        (
            "help",
            Some("Keys"),
            with(&|m| m.overlay = Overlay::Help { scroll: 0 }),
        ),
        (
            "wall",
            None,
            with(&|m| {
                m.room = true;
                m.projector = true;
            }),
        ),
    ]
}

#[test]
fn every_long_text_is_whole_or_ends_in_an_ellipsis_at_80x24_and_120x40() {
    let mut problems = Vec::new();
    for (name, overlay, model) in screens() {
        for (width, height) in [(80, 24), (120, 40)] {
            problems.extend(check(name, overlay, &model, width, height));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_finds_a_text_cut_without_a_mark() {
    let grid: Vec<Vec<char>> = [
        "│Housing allocat│",
        "│Housing alloca…│",
        "│Housing        │",
        "│allocation     │",
    ]
    .iter()
    .map(|r| r.chars().collect())
    .collect();
    let text: Vec<char> = "Housing allocation".chars().collect();
    assert!(
        shown_whole_or_marked(&grid, 0, 1, &text).is_err(),
        "cut silently"
    );
    assert!(
        shown_whole_or_marked(&grid, 1, 1, &text).is_ok(),
        "cut with …"
    );
    assert!(shown_whole_or_marked(&grid, 2, 1, &text).is_ok(), "wrapped");
}

/// Whole lines are not dropped without a mark either: hands out of sight, a reason line that
/// did not fit, the Now panel's last lines.
#[test]
fn lines_that_do_not_fit_are_said_to_be_missing() {
    let model = meeting();
    let small = rows(&model, 80, 24).join("\n");
    assert!(small.contains("… 3 more waiting"), "{small}");
    assert!(small.contains("33% …"), "the Now panel goes on: {small}");
    let large = rows(&model, 120, 40).join("\n");
    assert!(
        large.contains("service voice (weight 2) …"),
        "a third reason: {large}"
    );
    assert!(
        large.contains("of landlords (20m)"),
        "the Now panel is whole: {large}"
    );
}
