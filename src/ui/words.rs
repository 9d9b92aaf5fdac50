//! The words screens write for the meeting's states, in the screen's language: a clock's
//! state, the time left, an item's kind, a reason for a place in the queue. The domain keeps
//! no words of its own for these: every screen and document says them from here or from Fluent.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::agenda::{ItemKind, Role, Seat};
use crate::lang::Lang;
use crate::meeting::{ClockState, Countdown, Meeting, Reason, Side, Vote};
use crate::text::clean;
use crate::tr;

/// `▶ running`, `⚠ over time`: the word and symbol shown with a clock, so the state reads
/// without colour.
pub fn clock_state(lang: Lang, state: ClockState) -> String {
    match state {
        ClockState::Running => tr!(lang, "clock-running"),
        ClockState::Warning => tr!(lang, "clock-warning"),
        ClockState::Over => tr!(lang, "clock-over"),
        ClockState::Paused => tr!(lang, "clock-paused"),
        ClockState::Held => tr!(lang, "clock-held"),
    }
}

/// `04:12 left`, or `+01:05 over` once over time.
pub fn time_left(lang: Lang, countdown: &Countdown) -> String {
    match countdown.left < chrono::TimeDelta::zero() {
        true => tr!(lang, "clock-over-by", time = countdown.text()),
        false => tr!(lang, "clock-left", time = countdown.text()),
    }
}

/// `Information`, `Discussion`, `Decision`, `Break`.
pub fn kind(lang: Lang, kind: ItemKind) -> String {
    match kind {
        ItemKind::Info => tr!(lang, "agenda-kind-info"),
        ItemKind::Discussion => tr!(lang, "agenda-kind-discussion"),
        ItemKind::Decision => tr!(lang, "agenda-kind-decision"),
        ItemKind::Break => tr!(lang, "agenda-kind-break"),
    }
}

/// `Thu`, `jue`: a day of the week, short.
pub fn short_weekday(lang: Lang, day: Weekday) -> String {
    match day {
        Weekday::Mon => tr!(lang, "screen-mon"),
        Weekday::Tue => tr!(lang, "screen-tue"),
        Weekday::Wed => tr!(lang, "screen-wed"),
        Weekday::Thu => tr!(lang, "screen-thu"),
        Weekday::Fri => tr!(lang, "screen-fri"),
        Weekday::Sat => tr!(lang, "screen-sat"),
        Weekday::Sun => tr!(lang, "screen-sun"),
    }
}

/// `Dec`, `dic`: a month, short.
fn short_month(lang: Lang, date: NaiveDate) -> String {
    match date.month() {
        1 => tr!(lang, "screen-jan"),
        2 => tr!(lang, "screen-feb"),
        3 => tr!(lang, "screen-mar"),
        4 => tr!(lang, "screen-apr"),
        5 => tr!(lang, "screen-may"),
        6 => tr!(lang, "screen-jun"),
        7 => tr!(lang, "screen-jul"),
        8 => tr!(lang, "screen-aug"),
        9 => tr!(lang, "screen-sep"),
        10 => tr!(lang, "screen-oct"),
        11 => tr!(lang, "screen-nov"),
        _ => tr!(lang, "screen-dec"),
    }
}

/// `Thu 3 Dec 2026`: the meeting's day in the header.
pub fn short_date(lang: Lang, date: NaiveDate) -> String {
    tr!(
        lang,
        "screen-date",
        weekday = short_weekday(lang, date.weekday()),
        day = date.day(),
        month = short_month(lang, date),
        year = date.year()
    )
}

/// `Thu 3 Dec`: a due date, near the meeting's.
pub fn short_day(lang: Lang, date: NaiveDate) -> String {
    tr!(
        lang,
        "screen-day",
        weekday = short_weekday(lang, date.weekday()),
        day = date.day(),
        month = short_month(lang, date)
    )
}

/// `20m`, `1h`, `1h 30m`: a planned length in the agenda's columns.
pub fn length(lang: Lang, minutes: u64) -> String {
    tr!(
        lang,
        "screen-length",
        hours = minutes / 60,
        minutes = minutes % 60
    )
}

/// `agreed by consensus`, `carried: 7 for, 1 against, 2 abstaining`: how a decision was taken.
pub fn vote(lang: Lang, vote: &Vote) -> String {
    match *vote {
        Vote::Consensus => tr!(lang, "screen-vote-consensus"),
        Vote::Counted {
            in_favour,
            against,
            abstain,
            carried,
        } => {
            let (pro, contra) = (in_favour, against);
            match carried {
                true => tr!(
                    lang,
                    "screen-vote-carried",
                    pro = pro,
                    contra = contra,
                    abstaining = abstain
                ),
                false => tr!(
                    lang,
                    "screen-vote-not-carried",
                    pro = pro,
                    contra = contra,
                    abstaining = abstain
                ),
            }
        }
    }
}

/// `facilitator`, `timekeeper`, `secretary`, `observer`: the seat a screen is at.
pub fn seat(lang: Lang, seat: Seat) -> String {
    match seat {
        Seat::Job(Role::Facilitator) => tr!(lang, "screen-seat-facilitator"),
        Seat::Job(Role::Timekeeper) => tr!(lang, "screen-seat-timekeeper"),
        Seat::Job(Role::Secretary) => tr!(lang, "screen-seat-secretary"),
        Seat::Observer => tr!(lang, "screen-seat-observer"),
    }
}

/// `+ pro`, `− contra`: a side of the motion with its mark.
pub fn side(lang: Lang, side: Side) -> String {
    match side {
        Side::Pro => tr!(lang, "queue-side-pro"),
        Side::Contra => tr!(lang, "queue-side-contra"),
    }
}

/// Why a hand has its place in the queue, in words: `first time on this item`, `member voice
/// (weight 2)`, `waited 4 min`.
pub fn reason(lang: Lang, meeting: &Meeting, reason: Reason, person: usize) -> String {
    let weight = || lang.number(meeting.weight_of(person));
    match reason {
        Reason::PointOfProcess => tr!(lang, "queue-point-of-process"),
        Reason::Overtaken(times) => tr!(lang, "queue-overtaken", times = times),
        Reason::MovedUp => tr!(lang, "queue-moved-up"),
        Reason::MovedDown => tr!(lang, "queue-moved-down"),
        Reason::FirstOnItem => tr!(lang, "queue-first-on-item"),
        Reason::GroupWeight => tr!(
            lang,
            "queue-group-weight",
            group = clean(meeting.group_label(person)),
            weight = weight()
        ),
        Reason::Waited(minutes) => tr!(lang, "queue-waited", minutes = minutes),
        Reason::Airtime(airtime) => tr!(
            lang,
            "queue-airtime",
            airtime = crate::text::duration(airtime),
            weight = weight()
        ),
        Reason::TurnsOnItem(turns) => tr!(lang, "queue-turns-on-item", turns = turns),
        Reason::HandOrder => tr!(lang, "queue-hand-order"),
        Reason::RespondsTo(to) => tr!(
            lang,
            "queue-responds-to",
            name = clean(&meeting.people()[to].name)
        ),
        Reason::Side(s) => side(lang, s),
        Reason::FromItem(item) => tr!(lang, "queue-from-item", item = item + 1),
        Reason::Readded => tr!(lang, "queue-readded"),
        Reason::Alternating => tr!(lang, "queue-alternating"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::model_from;

    const AGENDA: &str = r#"Agenda(title: "Board", date: "2026-11-24",
        groups: [Group(id: "m", label: "Family members", weight: 1.5), Group(id: "s", label: "Staff", weight: 1.0)],
        people: [Person(name: "Ana", group: "m"), Person(name: "Tom", group: "s")],
        items: [Item(title: "Budget", minutes: 20)])"#;

    /// The English words are those the screens wrote before they came from Fluent.
    #[test]
    fn english_reasons_read_as_before_and_spanish_ones_in_spanish() {
        let model = model_from(AGENDA);
        let meeting = &model.meeting;
        let said = |lang, r| reason(lang, meeting, r, 0);
        for (r, english) in [
            (Reason::PointOfProcess, "⚑ point of process"),
            (Reason::Overtaken(1), "overtaken once"),
            (Reason::Overtaken(3), "overtaken 3 times"),
            (Reason::MovedUp, "moved up by facilitator"),
            (Reason::FirstOnItem, "first time on this item"),
            (Reason::GroupWeight, "member voice (weight 1.5)"),
            (Reason::Waited(4), "waited 4 min"),
            (
                Reason::Airtime(chrono::TimeDelta::seconds(125)),
                "airtime 02:05 at weight 1.5",
            ),
            (Reason::TurnsOnItem(1), "spoken once on this item"),
            (Reason::TurnsOnItem(2), "spoken 2 times on this item"),
            (Reason::RespondsTo(1), "↩ responds to Tom"),
            (Reason::FromItem(0), "from item 1"),
            (
                Reason::Readded,
                "↺ re-added by facilitator: the last speaker",
            ),
            (Reason::Alternating, "alternating pro and contra"),
            (Reason::HandOrder, "hand order"),
            (Reason::MovedDown, "moved down by facilitator"),
        ] {
            assert_eq!(said(Lang::En, r), english, "{r:?}");
        }
        assert_eq!(
            said(Lang::Es, Reason::GroupWeight),
            "voz de Family members (peso 1,5)"
        );
        assert_eq!(
            said(Lang::Es, Reason::Overtaken(1)),
            "le pasaron delante 1 vez"
        );
        assert_eq!(
            said(Lang::Es, Reason::Overtaken(3)),
            "le pasaron delante 3 veces"
        );
        assert_eq!(said(Lang::Es, Reason::Waited(4)), "esperó 4 min");
    }
}
