### Refusals: why something cannot happen now, said on the status line of the screen that
### asked for it, with what to press instead.

## What to press instead.

# $key: the key that starts the meeting.
refusals-not-started-press = The meeting has not started: press { $key } to start it
# $key: the key that ends the break.
refusals-on-break-press = On a break: press { $key } to end it first
# $key: the key that opens the record.
refusals-adjourned-press = The meeting is adjourned; the record can still be corrected ({ $key })
# $before: what happens once the meeting starts (a whole sentence); $key: the key that starts it.
refusals-before-start-press = { $before }: press { $key }
# $reason: why, as a clause (one of the messages below).
refusals-not-possible = Not possible: { $reason }

## Why this screen's seat may not do that.

refusals-seat-facilitator = The facilitator may do everything
refusals-seat-timekeeper = The timekeeper's keys are the clock's: ask the facilitator
refusals-seat-secretary = The secretary's keys are the record's: ask the facilitator
refusals-seat-observer = Observers can't change the meeting

## Why the meeting refuses an event, as a clause (lower case: it follows "Not possible:").
## $name is a person's name as the agenda writes it.

refusals-not-started = the meeting has not started yet
refusals-already-started = the meeting has already started
refusals-adjourned = the meeting is adjourned
refusals-on-break = the meeting is on a break
# $name: the name as typed, in quotes.
refusals-unknown-person = { $name } is not one of the people
refusals-not-present = { $name } is not marked present
refusals-not-queued = { $name } is not in the queue
refusals-already-queued = { $name } is already in the queue
refusals-process-waiting = { $name } already has a point of process waiting
refusals-nobody-speaking = nobody has the floor
refusals-clock-stopped = the clock is already stopped
refusals-clock-running = the clock is running
# $number: the item asked for; $count: how many items the agenda has.
refusals-no-such-item = there is no item { $number } (the agenda has { $count })
refusals-no-such-entry = there is no entry { $number }
refusals-entry-deleted = entry { $number } was deleted
# $total: the votes counted; $present: how many people are present.
refusals-too-many-votes = { $total } votes, but only { $present } people are present
refusals-no-such-action = there is no action { $number } from the last meeting
refusals-list-closed = the list of speakers is closed
refusals-list-open = the list of speakers is already open
# $kind: the item's kind, as the agenda names it.
refusals-not-a-decision = pro and contra are for Decision items; this item's kind is { $kind }
refusals-no-response = { $name } has no direct response waiting
refusals-response-waiting = { $name } already has a direct response waiting
# $max: the agenda's max_replies.
refusals-replies-used = this turn has had the direct responses the agenda allows (max_replies: { $max })
refusals-replies-off = this meeting takes no direct responses (max_replies: 0)
refusals-response-to-process = a point of process takes no direct response
refusals-own-turn = { $name } has the floor: a direct response answers the speaker
refusals-no-hands = no hands are waiting
refusals-question-running = a question is being asked: one at a time
refusals-no-question = no question is being asked
refusals-question-to-process = a point of process takes no interposed question
refusals-own-question = { $name } has the floor: an interposed question is put to the speaker
refusals-no-last-speaker = nobody has finished a turn on this item yet
refusals-nothing-to-change = { $name }'s hand is already that: nothing to change
refusals-already-claimed = { $name } is already claimed on another device
refusals-not-claimed = { $name } has not claimed their name on the members' page
refusals-page-hands-off-meeting = hands from the members' page are off for this meeting
refusals-page-hands-off-item = hands from the members' page are off for this item
refusals-break-item = this item is a break: hands wait for the next item

## What a host answers a joined screen's proposal with.

refusals-host-only = Only the host records that
refusals-already-recorded = That was recorded already
# $why: the system's words for why the journal could not be written.
refusals-not-saved = Not saved on the host: { $why }
refusals-already-joined = This screen has joined already
refusals-not-understood = The host did not understand this screen: run the same cochair on both

## Why the meeting refuses an entry, a person, or a hand from the members' page, as a clause
## (lower case: it follows "Not possible:").

refusals-empty-text = the text is empty
refusals-no-owner = an action needs an owner
refusals-item-length = an item lasts from 1 minute to a day
refusals-too-little-time = give at least 1 minute
refusals-already-follows = this meeting already follows an earlier one
refusals-follows-late = the link to the last meeting must come before anything else
refusals-no-drop-reason = say why the action is dropped
refusals-roll-call-closed = the first roll call is already closed
refusals-roll-call-not-running = the roll call closes once the meeting runs
refusals-empty-batch = an empty batch of events
refusals-nested-batch = a batch of events cannot hold another batch
refusals-no-name = a person needs a name
# $name: the name as typed, in quotes.
refusals-already-a-person = { $name } is already one of the people
# $name: the name as typed; $same: the person's name it matches; both in quotes.
refusals-same-name = { $name } is the same name as { $same }
# $group: the group's id as typed, in quotes.
refusals-no-such-group = there is no group { $group }
refusals-leave-not-running = people leave a meeting that is running
refusals-not-on-floor = { $name } does not have the floor
refusals-not-last-speaker = { $name } was not the last speaker on this item
# $kind: the kind of hand asked for a side: hand, response or process.
refusals-side-only-hand = only a hand speaks for a side, not { $kind ->
        [hand] a hand
        [response] a direct response
       *[process] a point of process
    }
refusals-side-only-raised = only a raised hand speaks for a side
refusals-page-hands-already-on = the members' page's hands are already on
refusals-page-hands-already-off = the members' page's hands are already off
# $number: the item, numbered from 1 as the agenda shows it.
refusals-not-on-table = item { $number } is not on the table: the page's hands go off for the item on the table
refusals-not-a-page-hand = not a hand from the page
refusals-not-own-hand = the members' page only claims a name or moves that member's own hand
