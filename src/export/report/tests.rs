//! The report across the three linked family council meetings, in every format.

use std::path::Path;

use super::csv::csv_cell;
use super::text::airtime_cell;
use super::*;
use crate::lang::Lang;
use crate::text::width;

const SERIES: [&str; 3] = [
    "family-council-2026-10-27.jsonl",
    "family-council-2026-11-24.jsonl",
    "family-council-2026-12-15.jsonl",
];

fn meeting(name: &str) -> Meeting {
    let path = Path::new("tests/fixtures/follow").join(name);
    let contents = crate::store::journal::read(&path).unwrap();
    crate::store::journal::replay(&path, &contents).unwrap()
}

/// The series, given out of order: the report puts it in date order.
pub(crate) fn series() -> Report {
    let meetings: Vec<(String, Meeting)> = [SERIES[2], SERIES[0], SERIES[1]]
        .into_iter()
        .map(|n| (n.to_string(), meeting(n)))
        .collect();
    report(&meetings, Vec::new())
}

#[test]
fn report_as_text() {
    insta::assert_snapshot!(series().render(ReportFormat::Text));
}

#[test]
fn report_as_markdown() {
    insta::assert_snapshot!(series().render(ReportFormat::Markdown));
}

#[test]
fn report_as_csv() {
    insta::assert_snapshot!(series().render(ReportFormat::Csv));
}

#[test]
fn one_row_per_meeting_in_date_order() {
    let report = series();
    let dates: Vec<String> = report.rows.iter().map(|r| r.date.to_string()).collect();
    assert_eq!(dates, ["2026-10-27", "2026-11-24", "2026-12-15"]);
    assert_eq!(report.groups, ["Family members", "Staff"]);
    let november = &report.rows[1];
    assert_eq!(
        november.present,
        [("Family members".to_string(), 5), ("Staff".to_string(), 2)]
    );
    assert_eq!(november.customer_target, Some(0.6));
    assert_eq!((november.customer_items, november.items), (3, 7));
    assert_eq!(november.decisions, 2);
    assert_eq!(
        november.voiced,
        Some(1),
        "the budget letter followed family members' turns; the minutes did not"
    );
    assert_eq!(november.actions, Some(DueAndDone { due: 4, done: 2 }));
    assert_eq!(report.rows[0].actions, None, "October follows no meeting");
    let share = november.customer_share().unwrap();
    assert!((share - 1220.0 / 1750.0).abs() < 1e-9, "{share}");
}

#[test]
fn every_text_line_fits_72_columns() {
    let text = series().render(ReportFormat::Text);
    for line in text.lines() {
        assert!(width(line) <= super::super::WIDTH, "{line:?}");
    }
}

#[test]
fn csv_rows_have_as_many_cells_as_the_header() {
    let csv = series().render(ReportFormat::Csv);
    let counts: Vec<usize> = csv.lines().map(|l| l.split(',').count()).collect();
    assert_eq!(counts.len(), 5, "header, three meetings, totals: {csv}");
    assert!(counts.iter().all(|c| *c == counts[0]), "{csv}");
}

#[test]
fn csv_cells_are_quoted_and_never_formulas() {
    assert_eq!(csv_cell("a, b"), "\"a, b\"");
    assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_cell("=SUM(A1)"), "'=SUM(A1)");
    assert_eq!(csv_cell("@cmd"), "'@cmd");
    assert_eq!(csv_cell("plain"), "plain");
}

#[test]
fn a_meeting_that_never_started_is_left_out_and_says_so() {
    let agenda = meeting(SERIES[0]).agenda().clone();
    let empty = Meeting::new(agenda, NaiveDate::from_ymd_opt(2026, 9, 22).unwrap());
    let meetings = vec![
        ("family-council-2026-09-22.jsonl".to_string(), empty),
        (SERIES[0].to_string(), meeting(SERIES[0])),
    ];
    let left = vec![Left {
        journal: "family-council-2026-08-25.jsonl".into(),
        why: Why::Unreadable("line 7: damaged line: expected value".into()),
    }];
    let report = report(&meetings, left);
    assert_eq!(report.rows.len(), 1);
    let text = report.render(ReportFormat::Text);
    assert!(
        text.contains("- family-council-2026-08-25.jsonl: line 7: damaged line"),
        "{text}"
    );
    assert!(
        text.contains("- family-council-2026-09-22.jsonl: the meeting did not start"),
        "{text}"
    );
}

#[test]
fn airtime_is_marked_against_the_target_in_words_and_symbols() {
    assert_eq!(airtime_cell(Lang::En, Some(0.62), Some(0.6)), "62% ✓");
    assert_eq!(airtime_cell(Lang::En, Some(0.70), Some(0.6)), "70% ▲");
    assert_eq!(airtime_cell(Lang::En, Some(0.50), Some(0.6)), "50% ▼");
    assert_eq!(airtime_cell(Lang::En, Some(0.50), None), "50%");
    assert_eq!(airtime_cell(Lang::En, None, Some(0.6)), "—");
}

#[test]
fn the_series_is_named_by_what_its_titles_share() {
    let cases: [(&[&str], &str); 5] = [
        (
            &["Family Council — October", "Family Council — November"],
            "Family Council",
        ),
        (&["Board", "Board"], "Board"),
        (&["Board meeting", "Board retreat"], "Board"),
        (&["Boardroom", "Board meeting"], "Boardroom"),
        (&["Budget", "Respite"], "Budget"),
    ];
    for (titles, expected) in cases {
        assert_eq!(series_title(titles), expected, "{titles:?}");
    }
}

/// The report in Spanish: the same figures, the words in Spanish, the CSV unchanged.
mod in_spanish {
    use super::*;

    fn spanish() -> Report {
        series().in_language(Lang::Es)
    }

    #[test]
    fn report_as_text_in_spanish() {
        insta::assert_snapshot!(spanish().render(ReportFormat::Text));
    }

    #[test]
    fn report_as_markdown_in_spanish() {
        insta::assert_snapshot!(spanish().render(ReportFormat::Markdown));
    }

    #[test]
    fn the_csv_is_the_same_in_every_language() {
        assert_eq!(
            spanish().render(ReportFormat::Csv),
            series().render(ReportFormat::Csv)
        );
    }

    #[test]
    fn the_chart_speaks_spanish() {
        let svg = crate::export::chart_svg(&spanish()).unwrap();
        for words in [
            "Family Council: la voz de Family members",
            "Reunión",
            "Parte (%)",
            "27 oct 2026",
            "Tiempo de Family members",
            "Puntos propuestos por Family members",
            "Tiempo objetivo (60 %)",
            "Un gráfico de líneas de 3 reuniones, del 27 de octubre de 2026 al 15 de diciembre de 2026",
            "2 de 7",
        ] {
            assert!(svg.contains(words), "{words:?} not in\n{svg}");
        }
        for english in [
            "the voice of",
            "Meeting<",
            "Share (%)",
            "Airtime of",
            " of the airtime",
            "Oct",
        ] {
            assert!(!svg.contains(english), "{english:?} in\n{svg}");
        }
    }
}
