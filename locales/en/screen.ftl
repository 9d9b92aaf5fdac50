### The operators' screens (the facilitator's, the timekeeper's, the secretary's, an
### observer's): the header, the panels, the status line. Names, titles and notes are the
### agenda's and the meeting's own words, shown as written. $time is a 24-hour time, like 18:45.

## The status line, above the key hints. $path is the journal's file, $who the screens joined
## ("timekeeper, room ×2"), $what a proposal not confirmed yet.

screen-host-closed = ■ The host closed the meeting at { $time }: press any key to leave
screen-host-closed-not-recorded = ■ The host closed the meeting at { $time }: press any key to leave · not recorded: { $what } (printed when you leave)
screen-host-gone = ✗ The meeting's host is gone: this screen shows the last state and joins again by itself
screen-host-gone-not-confirmed = ✗ The meeting's host is gone · not confirmed: { $what } · kept, and offered again when the host is back
# $error says why the journal could not be written.
screen-not-saved = ✗ Not saved: { $error } — that action was not applied; do it again to retry
screen-example = ⚠ The built-in example, to try the keys: nothing is kept · a real meeting: cochair my-meeting.ron
screen-rehearsal = ⚠ Rehearsal: what you do here is thrown away when you quit; the real meeting's journal is not touched
screen-rehearsal-joined = ⚠ Rehearsal · joined: { $who } · what you do here is thrown away when you quit; the real meeting's journal is not touched
screen-waiting-for-host = ⧗ Sent, waiting for the host to confirm: { $what }
# $seat is this screen's seat: "facilitator", "timekeeper", "secretary", "observer".
screen-joined-as = ● Joined as { $seat } · the host keeps the journal: { $path }
screen-nothing-recorded = ○ Nothing recorded yet · the journal will be { $path }
screen-nothing-recorded-joined = ○ Nothing recorded yet · joined: { $who } · the journal will be { $path }
screen-saved = ● Saved to { $path }
screen-saved-joined = ● joined: { $who } · saved to { $path }

## The seats, as the status line names them.

screen-seat-facilitator = facilitator
screen-seat-timekeeper = timekeeper
screen-seat-secretary = secretary
screen-seat-observer = observer

## Short dates on screens: "Thu 3 Dec 2026", "Thu 3 Dec".

screen-mon = Mon
screen-tue = Tue
screen-wed = Wed
screen-thu = Thu
screen-fri = Fri
screen-sat = Sat
screen-sun = Sun
screen-jan = Jan
screen-feb = Feb
screen-mar = Mar
screen-apr = Apr
screen-may = May
screen-jun = Jun
screen-jul = Jul
screen-aug = Aug
screen-sep = Sep
screen-oct = Oct
screen-nov = Nov
screen-dec = Dec
# $weekday and $month are the short names above.
screen-date = { $weekday } { $day } { $month } { $year }
screen-day = { $weekday } { $day } { $month }
# A length of time in the agenda's columns: 20m, 1h, 1h 30m.
screen-length = { $hours ->
    [0] { $minutes }m
   *[other] { $minutes ->
        [0] { $hours }h
       *[other] { $hours }h { $minutes }m
    }
}

## The header: the meeting's title and day, where its time stands, the quorum.

screen-example-banner = EXAMPLE — nothing is kept
screen-rehearsal-banner = REHEARSAL — nothing is kept
screen-not-started = ○ Not started
# $length is the meeting's planned length, like 1h 30m.
screen-planned = planned { $start }–{ $end } ({ $length })
screen-planned-length = planned length { $length }
screen-running = ▶ Running
screen-paused = ⏸ PAUSED
screen-break = ☕ BREAK
screen-planned-end = planned end { $time }
screen-projected-end = projected end { $time }
screen-on-time = on time
screen-over = { $minutes } min over
screen-ahead = { $minutes } min ahead
screen-adjourned = ■ Adjourned
# $length is how long the meeting ran, like 01:32:10.
screen-adjourned-at = at { $time } · ran { $length }
screen-roll-call-not-taken = ○ Roll call not taken
screen-roll-call-not-taken-press = ○ Roll call not taken · press { $key }
screen-present = { $present } present
screen-quorum = Quorum ✓
# $customers: how many of those present are customers. $groups is one when one group is the
# customers (then $label is its label, like "Family members"), several otherwise.
screen-quorum-present = { $present } present · { $customers }/{ $present } { $groups ->
    [one] { $label }
   *[several] from customer groups
}
screen-no-quorum = ⚠ No quorum: { $present } of { $needed } needed
screen-no-majority = ⚠ { $groups ->
    [one] { $label }
   *[several] customer groups
} are not a majority ({ $customers }/{ $present })

## The Now panel: the item on the table.

screen-agenda = Agenda
screen-now = Now
screen-meeting-not-started = ○ The meeting has not started.
screen-facilitator-starts-it = The facilitator starts it.
# Before the first item's title.
screen-first-item = First item:
# $weekday is short (Thu), $month whole (December).
screen-planned-for = Planned for { $weekday } { $day } { $month }:
# $key is the key that starts the meeting, like s.
screen-press-to-start-for-real = press { $key } only to start it for real.
screen-press-to-start = Press { $key } to start the meeting's clock.
screen-planned-break = ☕ Planned break
# $kind is the item's kind (Discussion) or "☕ Planned break".
screen-item-of = Item { $item } of { $total } · { $kind }
screen-confidential = 🔒 confidential
# Before a name.
screen-lead = Lead:
screen-proposed-by = Proposed by:
# $state is the clock's state (▶ running), $used and $planned clock digits, $left the time
# left (04:12 left), $extended the minutes added to the item.
screen-item-time = { $state } { $used } of { $planned } · { $left }
screen-item-time-extended = { $state } { $used } of { $planned } (+{ $extended } min) · { $left }
screen-record-counts = Record: { $notes ->
    [one] 1 note
   *[other] { $notes } notes
} · { $decisions ->
    [one] 1 decision
   *[other] { $decisions } decisions
} · { $actions ->
    [one] 1 action
   *[other] { $actions } actions
}
# Before the next item's title and length.
screen-next = Next:
screen-title-length = { $title } ({ $length })
screen-break-left = ☕ Break: { $left } · back at { $time }
screen-adjourned-at-time = ■ Adjourned at { $time }.
screen-items-covered = { $covered } of { $total } items covered in { $length }.
screen-record-in-journal = The record is in the journal shown below.

## The Floor panel: who speaks, their turn, and the queue. $key is a key, like space.

screen-floor = { $waiting ->
    [0] Floor
   *[other] Floor · { $waiting } waiting
}
screen-list-closed = ⊘ List closed
screen-list-closed-key = ⊘ List closed · { $key } opens it
screen-page-hands-off = page hands off
screen-planned-break-no-list = ☕ Planned break: the list of speakers opens after it
screen-on-break = ☕ On a break
screen-on-break-key = ☕ On a break · { $key } ends it
screen-floor-open = Floor open
screen-floor-open-key = Floor open · { $key } adds a hand
screen-floor-open-calls = Floor open · { $key } calls { $name }
screen-floor-open-next = Floor open · next: { $name }
screen-nobody-has-the-floor = Nobody has the floor
# $group is the speaker's group's label, $spoken clock digits.
screen-group-spoken = { $group } · spoken { $spoken }
# $left is the time left (01:12 left), $state the clock's state.
screen-turn = Turn: { $left } · { $state }
screen-point-of-process = point of process
screen-responds-to = responds to { $name }
screen-given-the-floor = given the floor by facilitator
screen-question = ? Question: { $from } to { $to }
screen-list-closed-no-new-hands = ⊘ List closed: no new hands
screen-queue-empty = Queue empty
screen-more-waiting = … { $hidden } more waiting

## The record: every note, decision and action by item, then the parking lot.

screen-the-record = The record
screen-nothing-recorded-yet = Nothing recorded yet.
screen-parking-lot = Parking lot
screen-confidential-heading = 🔒 confidential (notes and confidential actions stay out of the minutes)
screen-entry-note = Note
screen-entry-decision = Decision
screen-entry-action = Action
# $vote is how it was decided (agreed by consensus).
screen-entry-decided = ({ $vote })
screen-entry-decided-not-quorate = ({ $vote }; ⚠ not quorate)
# $owner is who does it, $due a date like 2026-12-01.
screen-entry-due = ({ $owner }, due { $due })
screen-entry-no-due-date = ({ $owner }, no due date)
screen-entry-corrected = (corrected)
screen-more-above = ↑ more above
screen-more-below = ↓ more below
screen-vote-consensus = agreed by consensus
screen-vote-carried = carried: { $pro } for, { $contra } against, { $abstaining } abstaining
screen-vote-not-carried = not carried: { $pro } for, { $contra } against, { $abstaining } abstaining

## The timekeeper's clocks.

screen-clocks = Clocks
screen-clocks-start-with-the-meeting = ○ The clocks start with the meeting
screen-meeting-adjourned = ■ The meeting is adjourned
screen-break-back = ☕ Break · back at { $time }
screen-turn-of = Turn · { $name }
screen-turn-floor-open = Turn · the floor is open
screen-item-title = Item { $item } · { $title }
screen-planned-break-back = ☕ Planned break · back at { $time }
# $length is the item's planned length, like 20m.
screen-then-item = Then item { $item } · { $title } ({ $length })
screen-last-item-after-break = The last item: the meeting ends after the break

## The voice on a Decision item. $share and $target are percentages, without the sign.

screen-before-the-decision = This item, before the decision
screen-item-so-far = This item so far (a decision)
screen-nobody-has-spoken = Nobody has spoken on this item yet.
screen-group-spoke = { $group } { $share }% · { $spoke } of { $present } spoke
screen-group-spoke-target = { $group } { $share }% · { $spoke } of { $present } spoke · target { $target }%
# $who is the customers' word for one of them ("family member").
screen-no-customer-voice = ⚠ No { $who } has spoken on this item yet

## The per-person totals, in place of the agenda.

screen-totals-by-airtime = Per person · by airtime
screen-totals-roll-call-order = Per person · roll-call order
screen-totals-person = Person
screen-totals-group = Group
screen-totals-airtime = Airtime
screen-totals-turns = Turns
screen-totals-on-item = On item
# After the name of someone who left.
screen-totals-left = (left)
screen-totals-more = … { $more } more
# $names: those not heard, "Ana, Tom".
screen-not-heard-on-item = Not yet heard on this item: { $names }
screen-everyone-spoke-on-item = Everyone present has spoken on this item.

## The voice balance. $key is the key that scrolls.

screen-voice-balance = Voice balance
screen-balance-more-above = ↑ { $more } more above ({ $key })
screen-balance-more-below = ↓ more below ({ $key })
screen-floor-changes = Floor changes by the facilitator
screen-timekeeping = Timekeeping
# $airtime is clock digits.
screen-balance-detail = { $airtime } · { $turns ->
    [one] 1 turn
   *[other] { $turns } turns
} · { $present } present
# $target is a percentage, without the sign; $points how far from it.
screen-on-target = target { $target }% on target
screen-over-target = target { $target }% ▲ { $points } pts over
screen-under-target = target { $target }% ▼ { $points } pts under
screen-proposed-items = { $items ->
    [one] proposed 1 item
   *[other] proposed { $items } items
}
screen-everyone-heard = Everyone present has been heard.
screen-not-heard = Not yet heard: { $names }
screen-points-of-process = ⚑ Points of process: { $time }, not counted as airtime
# The pause or break going on now, at the top of the timekeeping log. $role is the seat that
# started it ("facilitator").
screen-log-paused = { $time } clock paused, still going on
screen-log-paused-by = { $time } clock paused by the { $role }, still going on
screen-log-break = { $time } on a break of { $minutes } min, still going on
screen-log-break-by = { $time } on a break of { $minutes } min by the { $role }, still going on
