### The meeting: why it refuses an event, as a clause in lower case (a journal whose record
### cannot follow the ones before it, a link to the last meeting that cannot be recorded).

## $name is a person's name as the agenda writes it.

meeting-not-started = the meeting has not started yet
meeting-already-started = the meeting has already started
meeting-adjourned = the meeting is adjourned
meeting-on-break = the meeting is on a break
# $name: the name as typed, in quotes.
meeting-unknown-person = { $name } is not one of the people
meeting-not-present = { $name } is not marked present
meeting-not-queued = { $name } is not in the queue
meeting-already-queued = { $name } is already in the queue
meeting-process-waiting = { $name } already has a point of process waiting
meeting-nobody-speaking = nobody has the floor
meeting-clock-stopped = the clock is already stopped
meeting-clock-running = the clock is running
# $number: the item asked for; $count: how many items the agenda has.
meeting-no-such-item = there is no item { $number } (the agenda has { $count })
meeting-no-such-entry = there is no entry { $number }
meeting-entry-deleted = entry { $number } was deleted
# $total: the votes counted; $present: how many people are present.
meeting-too-many-votes = { $total } votes, but only { $present } people are present
meeting-no-such-action = there is no action { $number } from the last meeting
meeting-list-closed = the list of speakers is closed
meeting-list-open = the list of speakers is already open
# $kind: the item's kind, as the agenda names it.
meeting-not-a-decision = pro and contra are for Decision items; this item's kind is { $kind }
meeting-no-response = { $name } has no direct response waiting
meeting-response-waiting = { $name } already has a direct response waiting
# $max: the agenda's max_replies.
meeting-replies-used = this turn has had the direct responses the agenda allows (max_replies: { $max })
meeting-replies-off = this meeting takes no direct responses (max_replies: 0)
meeting-response-to-process = a point of process takes no direct response
meeting-own-turn = { $name } has the floor: a direct response answers the speaker
meeting-no-hands = no hands are waiting
meeting-question-running = a question is being asked: one at a time
meeting-no-question = no question is being asked
meeting-question-to-process = a point of process takes no interposed question
meeting-own-question = { $name } has the floor: an interposed question is put to the speaker
meeting-no-last-speaker = nobody has finished a turn on this item yet
meeting-nothing-to-change = { $name }'s hand is already that: nothing to change
meeting-already-claimed = { $name } is already claimed on another device
meeting-not-claimed = { $name } has not claimed their name on the members' page
meeting-page-hands-off-meeting = hands from the members' page are off for this meeting
meeting-page-hands-off-item = hands from the members' page are off for this item
meeting-break-item = this item is a break: hands wait for the next item
meeting-empty-text = the text is empty
meeting-no-owner = an action needs an owner
meeting-item-length = an item lasts from 1 minute to a day
meeting-too-little-time = give at least 1 minute
meeting-already-follows = this meeting already follows an earlier one
meeting-follows-late = the link to the last meeting must come before anything else
meeting-no-drop-reason = say why the action is dropped
meeting-roll-call-closed = the first roll call is already closed
meeting-roll-call-not-running = the roll call closes once the meeting runs
meeting-empty-batch = an empty batch of events
meeting-nested-batch = a batch of events cannot hold another batch
meeting-no-name = a person needs a name
# $name: the name as typed, in quotes.
meeting-already-a-person = { $name } is already one of the people
# $name: the name as typed; $same: the person's name it matches; both in quotes.
meeting-same-name = { $name } is the same name as { $same }
# $group: the group's id as typed, in quotes.
meeting-no-such-group = there is no group { $group }
meeting-leave-not-running = people leave a meeting that is running
meeting-not-on-floor = { $name } does not have the floor
meeting-not-last-speaker = { $name } was not the last speaker on this item
# $kind: the kind of hand asked for a side: hand, response or process.
meeting-side-only-hand = only a hand speaks for a side, not { $kind ->
        [hand] a hand
        [response] a direct response
       *[process] a point of process
    }
meeting-side-only-raised = only a raised hand speaks for a side
meeting-page-hands-already-on = the members' page's hands are already on
meeting-page-hands-already-off = the members' page's hands are already off
# $number: the item, numbered from 1 as the agenda shows it.
meeting-not-on-table = item { $number } is not on the table: the page's hands go off for the item on the table
meeting-not-a-page-hand = not a hand from the page
meeting-not-own-hand = the members' page only claims a name or moves that member's own hand

## What happened, in a few words for a person: a proposal the host did not record ("not
## recorded: clock paused"). The journal keeps its own names for them.

meeting-event-meeting-started = meeting started
meeting-event-item-opened = item opened
meeting-event-meeting-ended = meeting ended
meeting-event-person-added = person added
meeting-event-attendance-marked = attendance marked
meeting-event-roll-call-closed = roll call closed
meeting-event-person-left = person left
meeting-event-hand-raised = hand raised
meeting-event-hand-lowered = hand lowered
meeting-event-floor-given = floor given
meeting-event-turn-ended = turn ended
meeting-event-hand-moved = hand moved
meeting-event-clock-paused = clock paused
meeting-event-clock-resumed = clock resumed
meeting-event-break-started = break started
meeting-event-item-extended = item extended
meeting-event-turn-extended = turn extended
meeting-event-turn-reset = turn reset
meeting-event-note-added = note added
meeting-event-decision-recorded = decision recorded
meeting-event-action-added = action added
meeting-event-entry-edited = entry edited
meeting-event-entry-deleted = entry deleted
meeting-event-item-added = item added
meeting-event-topic-parked = topic parked
meeting-event-batch = batch
meeting-event-meeting-follows = meeting follows
meeting-event-action-done = action done
meeting-event-action-carried = action carried
meeting-event-action-dropped = action dropped
meeting-event-response-raised = response raised
meeting-event-response-given = response given
meeting-event-response-refused = response refused
meeting-event-hand-raised-for = hand raised for
meeting-event-list-closed = list closed
meeting-event-list-reopened = list reopened
meeting-event-hands-cleared = hands cleared
meeting-event-screen-joined = screen joined
meeting-event-question-asked = question asked
meeting-event-question-ended = question ended
meeting-event-speaker-readded = speaker readded
meeting-event-hand-changed = hand changed
meeting-event-list-cleared = list cleared
meeting-event-hand-added-to-closed-list = hand added to closed list
meeting-event-page-claimed = page claimed
meeting-event-claim-released = claim released
meeting-event-page-hand = page hand
meeting-event-page-hands-off = page hands off
meeting-event-page-hands-on = page hands on

## The people of the customer groups, when the agenda names no group ("No customer leader has
## spoken on this item yet").

meeting-customer-leader = customer leader
