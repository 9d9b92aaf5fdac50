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

refusals-already-queued = { $name } is already in the queue
# $total: the votes counted; $present: how many people are present.
refusals-too-many-votes = { $total } votes, but only { $present } people are present
refusals-response-waiting = { $name } already has a direct response waiting

## What a host answers a joined screen's proposal with.

refusals-host-only = Only the host records that
refusals-already-recorded = That was recorded already
# $why: the system's words for why the journal could not be written.
refusals-not-saved = Not saved on the host: { $why }
refusals-already-joined = This screen has joined already
refusals-not-understood = The host did not understand this screen: run the same cochair on both

## Why the meeting refuses an entry, a person, or a hand from the members' page, as a clause
## (lower case: it follows "Not possible:").

