### The status line: what the screen says back after a key, and why something did not
### happen. $key is always a key of this screen's keymap, as the hints show it.

## Before the meeting starts: what opens with it (each is followed by ": press" and the key).

status-queue-opens = The queue opens when the meeting starts
status-responses-open = Direct responses come once the meeting starts
status-questions-open = Questions come once the meeting starts
status-list-opens = The list of speakers opens with the meeting
status-clock-opens = The clock starts with the meeting
# $key: the key that starts the meeting.
status-record-opens = The record opens when the meeting starts: press { $key }

## Keys.

# $key: the key pressed; $help: the key for help.
status-key-does-nothing = { $key } does nothing here; press { $help } for the keys
# $reason: why the meeting could not apply it, as a clause.
status-recorded-not-applied = Recorded, but could not apply: { $reason }
status-correction-dropped = The correction was dropped
# $key: the key that adjourns.
status-last-item = This is the last item: press { $key } to adjourn
status-first-item = This is the first item
# $why: a refusal, as a sentence.
status-esc-closes = { $why }; esc closes

## The queue.

# $key: the key that adds a hand.
status-queue-empty = The queue is empty: press { $key } to add a hand
status-queue-empty-floor-open = The queue is empty; the floor is open
status-nobody-has-the-floor = Nobody has the floor
status-already-first = { $name } is already first
status-already-last = { $name } is already last
status-process-stays-first = Points of process stay at the front of the queue
status-readded-stays-top = A re-added last speaker stays at the top, after points of process
status-responses-stay-first = Direct responses stay at the front of the queue, after points of process
# $why: why pro and contra are not possible, as a sentence; $key: the key that adds a hand.
status-press-to-add-a-hand = { $why }: press { $key } to add a hand
status-response-needs-speaker = Nobody has the floor: a direct response answers the speaker (press { $key } for a hand)
status-question-needs-speaker = Nobody has the floor: an interposed question is put to the speaker (press { $key } for a hand)
# $key: the key that closes and opens the list.
status-list-closed-press = The list of speakers is closed: press { $key } to open it again (points of process and direct responses still come)
# $key: the key that gives the floor.
status-readd-waiting = { $name } already has a hand waiting: select it and press { $key } to give the floor
status-readd-own-turn = { $name } has the floor now: the last speaker is who spoke before
status-list-already-empty = No hands are waiting: the list is already empty
# $key: the key that pauses and resumes the clock.
status-clock-still-paused = The clock is still paused: { $key } starts it again
# $key: the key for the roll call.
status-nobody-present = Nobody is marked present yet: press { $key } for the roll call
# $name: the person chosen; $why: how they are marked (one of prompts-absence-…).
status-choose-someone-present = { $name }: { $why }; choose someone present

## The clock.

# $key: the key that pauses and resumes the clock.
status-paused-resume-first = The clock is paused: press { $key } to resume first
# $key: the key that moves to the next item.
status-break-item-list-key = A planned break: the list of speakers opens after it ({ $key } goes on)
status-break-item-list-facilitator = A planned break: the list of speakers opens after it (the facilitator goes on)
# $key: the key that gives the item more time.
status-break-item-clock = A planned break: its clock does not stop ({ $key } makes it longer)

## The roll call and the members' page.

status-everyone-marked = Everyone is already marked
status-type-the-name = Type the person's name, then enter
# $why: why the person cannot be added, as a clause.
status-not-added = Not added: { $why }
status-members-page-not-served = The members' page is not served: open the meeting with --members auto (see cochair --help)
status-page-hands-off-item = Hands from the members' page are off for this item
status-page-hands-off-meeting = Hands from the members' page are off for the rest of the meeting
status-page-hands-on = Hands from the members' page are on again
status-not-claimed = { $name } has not claimed their name on the members' page
status-claim-released = { $name }'s name is released: a device may claim it again

## The record.

status-type-something = Type something first, or esc to cancel
status-type-yes-or-no = Type yes or no
status-no-such-entry = There is no entry { $number }
status-nothing-recorded = Nothing recorded yet

## Last meeting's actions.

status-follows-nothing = This meeting follows no earlier one: open it with --follows JOURNAL to review that meeting's actions
# $day: the last meeting's day, like "Thursday 3 December".
status-no-open-actions = The meeting of { $day } left no open actions
status-say-why-dropped = Say why it is dropped, or esc to keep it

## A joined screen and its host.

# $what: what this screen sent (one of status-proposal-…).
status-not-confirmed = Not confirmed: { $what }. Kept; it is offered again when the host is back
# $number: the entry being corrected.
status-correction-kept = Entry { $number } was struck on another screen: your correction is kept; enter adds it as a new entry
status-host-back = The meeting's host is back: this screen follows it again
status-host-back-recorded = The meeting's host is back, and it had recorded what this screen sent
# $count: how many things this screen sent were not recorded.
status-host-back-lost = { $count ->
    [one] The meeting's host is back; what this screen sent last was not recorded: it is offered again
   *[other] The meeting's host is back; { $count } things this screen sent were not recorded: each is offered again
}
status-host-gone = The meeting's host is gone: nothing can be recorded until it is back
# $why: why it cannot be recorded now.
status-not-sent-again = Not sent again: { $why }
# $what: the first thing sent; $more: how many more.
status-and-more = { $what } and { $more } more

## What a joined screen sent, in a few words. $text is the words as typed.

status-proposal-note = note "{ $text }"
status-proposal-decision = decision "{ $text }"
status-proposal-action = action "{ $text }"
# $number: the entry corrected.
status-proposal-correction = correction of entry { $number } "{ $text }"
status-proposal-parked = parked topic "{ $text }"
status-proposal-item = new item "{ $text }"
status-proposal-dropped = dropped action "{ $text }"

## Answers to a question.

# $what: what was sent (one of status-proposal-…).
status-dropped = Dropped: { $what }
status-not-recorded-not-quorate = The decision was not recorded: the meeting is not quorate
# $who: the customer groups, as one of them is called.
status-not-recorded-no-voice = The decision was not recorded: no { $who } has spoken on this item yet

## The line that says what this screen's job is now. $left and $over are a clock's words
## (clock-left, clock-over-by: "04:12 left", "00:30 over"); $back is a time, like 19:05.

status-now-wait-for-host = Wait: nothing can be changed until the host is back
status-now-screens-closed = The meeting's screens are closed: press any key to leave
# $roll_call: the key for the roll call; $start: the key that starts the meeting.
status-now-when-ready = When everyone is ready: the roll call ({ $roll_call }), then { $start } starts the meeting
status-now-not-started = The meeting has not started yet
# $record: the key for the record; $export: the key that writes the minutes.
status-now-finish-the-record = The meeting is adjourned: finish the record ({ $record }), then { $export } writes the minutes
status-now-adjourned = The meeting is adjourned
status-now-planned-break = Planned break: { $left }, back at { $back }
# $planned: the line above (status-now-planned-break); $key: the key for the next item.
status-now-planned-break-goes-on = { $planned }: { $key } goes on when everyone is back
status-now-on-a-break = On a break, { $left }: back at { $back } ({ $key } ends it)
status-now-break-until = On a break until { $back }: { $key } ends it
status-now-paused = The clock is paused: { $key } starts it again
# $asker: who asks; $speaker: whose turn waits; $time: the turn's clock, like 01:20.
status-now-question-turn-waits = { $asker } asks a question: { $speaker }'s turn waits at { $time } and goes on by itself
status-now-question = { $asker } asks { $speaker } a question ({ $left }): { $key } ends it, then the turn goes on
status-now-turn-over = { $name } is { $over }: let the facilitator know
status-now-turn-warning = { $name }'s turn has { $left }: show the card
# $extend and $extend_by: the keys that give the item more time.
status-now-item-over = The item is { $over }: tell the facilitator, or give it more time ({ $extend } or { $extend_by })
# $time: the item's clock, like 02:00.
status-now-item-warning = The item has { $time }: give the facilitator the signal
status-now-clock-runs = The clock runs: the item has { $left }
# $key: the key that records a decision.
status-now-decision = A decision is being taken: press { $key } to record it
# $note and $action: the keys for a note and an action.
status-now-confidential = 🔒 Confidential item: notes ({ $note }) stay out of the minutes; actions ({ $action }) are asked
status-now-item-on-the-table = Item { $item } is on the table: { $note } for a note, { $action } for an action
# $waiting: how many hands wait; $next: who is called next.
status-now-floor-and-waiting = { $name } has the floor; { $waiting } waiting: { $key } calls { $next }
status-now-floor-nobody-waiting = { $name } has the floor; nobody waiting ({ $key } adds a hand)
status-now-open-calls = The floor is open: { $key } calls { $next }
status-now-closed-and-empty = The list of speakers is closed and empty: { $key } opens it
status-now-open-add = The floor is open: { $key } adds a hand

## Who has joined the host, on the host's screen: `timekeeper, secretary, room ×2`.

# $kind: the kind of screen (facilitator, timekeeper, secretary, observer, room); $count: how many of that kind.
status-watching-screens = { $kind ->
        [facilitator] facilitator
        [timekeeper] timekeeper
        [secretary] secretary
        [observer] observer
       *[room] room
    }{ $count ->
        [1] {""}
       *[other] {" "}×{ $count }
    }

## The minutes or the agenda written to files (the export keys). $folder: where; $files: the
## files' names, with commas; $path: the file that failed; $error: the system's words for why.

status-exported = Exported to { $folder }: { $files }
status-not-exported = Not exported: { $path }: { $error }

## The minutes put on a clipboard (the copy key). $way: one of the two clipboards below;
## $path: the file they were also saved to.

status-clipboard-system = the clipboard
status-clipboard-terminal = the terminal's clipboard (OSC 52)
status-minutes-copied = Minutes copied to { $way }
status-minutes-sent-and-saved = Minutes sent to { $way }; if nothing arrives they are also in { $path }
status-minutes-sent = Minutes sent to { $way }
status-minutes-saved = No clipboard here; minutes saved to { $path }
# $failures: each clipboard with the system's words for why it failed; $error: why the file could not be written.
status-minutes-not-copied = Could not copy the minutes ({ $failures }; { $path }: { $error })
