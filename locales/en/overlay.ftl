### The boxes over the meeting: the roll call, choosing someone, typing an answer, the agenda
### to send out, the actions from the last meeting. Names, titles and notes are the agenda's
### and the meeting's own words, shown as written. $time is a 24-hour time, like 18:45.

## The roll call.

overlay-roll-call = Roll call
# $group is a group's label as the agenda writes it.
overlay-group-present = { $group } · { $present } of { $total } present
overlay-present = present
overlay-apologies = apologies
overlay-absent = absent
overlay-not-marked = not marked
overlay-arrived = arrived { $time }
overlay-left = left { $time }
overlay-added-today = added today
overlay-on-the-members-page = on the members' page

## Choosing someone.

overlay-list-closed-asked-first = ⊘ list closed: asked first
# $name is what was typed.
overlay-new-name = New name: { $name }
overlay-nobody-in-particular = Nobody in particular

## Typing an answer: the keys, and what the answer will mean. $save and $cancel are keys.

overlay-prompt-keys = { $save } saves · { $cancel } cancels
overlay-prompt-keys-suggested = { $save } saves · { $cancel } cancels · typing replaces the suggestion
overlay-minutes-like = Minutes, like 5
overlay-vote-forms = consensus, or votes for/against/abstain like 7/1/2
overlay-vote-counts = { $pro } for, { $contra } against, { $abstaining } abstaining
overlay-confidential-note = 🔒 confidential item: this note stays out of the minutes
overlay-confidential-action = 🔒 confidential item: you will be asked whether this action is confidential too
overlay-confidential-parked = 🔒 confidential item: you will be asked whether these words may go in the minutes
overlay-minutes-to-spare = The meeting has { $minutes } min to spare
# $voice is how much each group has spoken on the item.
overlay-so-far = So far on this item: { $voice }
# $who is the customers' word for one of them ("family member").
overlay-no-customer-voice = ⚠ No { $who } has spoken on this item yet. You will be asked before it is recorded.
# $why says what the quorum lacks.
overlay-not-quorate = ⚠ Not quorate: { $why } You will be asked before it is recorded.

## The agenda to send out. $export, $copy and $close are keys.

overlay-agenda-to-send = The agenda to send out — { $export } export · { $copy } copy · { $close } closes

## The actions from the last meeting: the panel under the agenda, and the review.

# $day and $month: the last meeting's day ("3 December").
overlay-actions-panel = Actions from { $day } { $month } · { $reviewed } of { $total } reviewed
# $date is the last meeting's date, long.
overlay-actions-review = Actions from the meeting of { $date }
overlay-action-done = done
# $due is a short date (Thu 3 Dec).
overlay-action-carried-due = carried over, due { $due }
overlay-action-carried = carried over, no due date
# $reason is why, as typed.
overlay-action-dropped = dropped: { $reason }
overlay-action-overdue = { $days ->
    [one] 1 day overdue
   *[other] { $days } days overdue
}
overlay-action-open-due = open, due { $due }
overlay-action-open = open, no due date
overlay-action-set = set { $day } { $month }
overlay-action-carried-before = { $times ->
    [one] carried over once before
   *[other] carried over { $times } times before
}
