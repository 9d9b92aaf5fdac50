### The report across meetings, as text and Markdown (the CSV is for programs and stays as
### it is), and the words of its chart. $title is what the meetings' titles share; $customers
### is what the customer groups are called (their label, or report-customer-groups); $group
### and $groups are the agenda's group labels; dates are in words ("27 October 2026").

# "27 October 2026": a meeting's date in the report.
report-date-words = { $day } { $month } { $year }
report-heading = Report: { $title }
report-heading-one = Report: { $title }, { $date }
report-heading-range = Report: { $title }, { $first } to { $last }
# What several customer groups are called together.
report-customer-groups = customer groups
report-nothing = No meeting to report on.
report-left-out = Left out of this report:
# $journal is a journal's file name, $why why it is left out.
report-left-out-line = { $journal }: { $why }
report-did-not-start = the meeting did not start
# $line: the number of the journal's line to blame; $why: what is wrong with it.
report-unreadable-line = line { $line }: { $why }

## The table's columns, short (text) and long (Markdown).

report-date = Date
report-present = Present
report-airtime = Airtime
report-items = Items
report-decided = Decided
report-voiced = Voiced
report-due = Due
report-done = Done
report-present-in = Present: { $group }
report-airtime-of = Airtime of { $customers }
report-target = Target
report-items-proposed-by = Items proposed by { $customers }
report-decisions = Decisions
report-decisions-heard = Decisions with { $customers } heard before them
report-actions-due = Actions due
report-actions-done = Actions done
# "2 of 7": items customers proposed of all the items.
report-of = { $part } of { $whole }
# The totals row: $count meetings.
report-all = All { $count }
# $share is a whole number of percent.
report-percent = { $share }%

## The key under the table.

report-key-present = Present: how many came, by group ({ $groups }).
report-key-airtime = Airtime: the share of the speaking time taken by { $customers }, against their target: ✓ within 5 points of it, ▲ over, ▼ under.
report-key-items = Items: the agenda items (breaks left out) proposed by { $customers }.
report-key-decided = Decided: decisions recorded.
report-key-voiced = Voiced: decisions with { $customers } speaking on the item before them (— where the journal has no such figures).
report-key-due-done = Due and Done: the actions from the last meeting that were due by this one (or had no date), and how many were done (— for a meeting that follows none).

## The trend, from the first meeting to the last. The shares are percentages (report-percent);
## $direction is up, down or none, and $points how many points; $has_target is yes when the
## last meeting has a target, $target that target.

report-trend = Trend: the airtime of { $customers } went from { $first_share } on { $first_date } to { $last_share } on { $last_date }{ $has_target ->
    [yes] {" "}(target { $target })
   *[no] { "" }
}: { $direction ->
    [up] up { $points } points
    [down] down { $points } points
   *[none] no change
}. { $customers } proposed { $first_items } of { $first_total } items at the first meeting and { $last_items } of { $last_total } at the last.
report-follow-through = Follow-through: { $done } of the { $due } actions due by the next meeting { $done ->
    [one] was
   *[other] were
} done by then.

## The chart (SVG).

report-chart-title = { $title }: the voice of { $customers }
report-chart-meeting = Meeting
report-chart-no-meeting = there is no meeting to chart
report-chart-share = Share (%)
# A meeting's date under the chart, short: "27 Oct 2026". $month is the month's number.
report-chart-date = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
report-chart-target-of = Target airtime ({ $target })
report-chart-target = Target airtime
# The chart in words, for a screen reader: what it shows ($count meetings, from $first to
# $last), then a sentence per meeting.
report-chart-about = A line chart of { $count ->
    [one] 1 meeting, on { $first }
   *[other] { $count } meetings, from { $first } to { $last }
}: the share of the speaking time { $customers } had at each meeting, against their target, and the share of the agenda items they proposed.
report-chart-airtime = { $share } of the airtime
report-chart-nobody-spoke = nobody spoke
# $airtime is report-chart-airtime or report-chart-nobody-spoke; $part of $whole items.
report-chart-meeting-values = { $date }: { $airtime }; { $part } of { $whole } items proposed by { $customers }.
report-chart-meeting-target = { $date }: { $airtime } (target { $target }); { $part } of { $whole } items proposed by { $customers }.
