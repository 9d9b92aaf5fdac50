### The members' page: what a member reads on their phone, and what the page answers when they
### claim their name or move their hand. Names and titles are the agenda's, shown as written.

## The page around the parts.

# $title is the meeting's title.
members-page-title = { $title } · members' page
# $date is the meeting's long date, $state the meeting's state (below).
members-sub = Members' page · { $date } · { $state }
members-state-not-started = ○ Not started
members-state-running = ▶ Meeting running
members-state-adjourned = ■ Adjourned
# The accessible name of the choice of language.
members-language = Language
members-footer = This page shows what the room's wall shows: the item, the floor and the list of speakers. Notes, decisions and actions are never on it.
# $refresh is a link whose words are members-refresh.
members-no-script = Without JavaScript this page does not follow the meeting by itself, and the clocks stand still: { $refresh } to see what changed.
members-refresh = refresh the page

## The clocks. $time is a clock's digits, like 04:12 (with a + once over time).

members-clock-item = Item time:
members-clock-back-in = Back in:
members-clock-turn = Turn:
members-clock-paused = (⏸ paused)
members-clock-over = (⚠ over time)
members-clock-almost-up = (◔ almost up)
members-clock-running = (▶ running)

## The item on the table. $item is its number, $total how many there are.

members-item-now = Now: item { $item } of { $total }
members-item-confidential = 🔒 Confidential
# Said aloud by a screen reader when the item changes.
members-item-announce = Now: item { $item }, { $title }

## Who has the floor.

members-floor-heading = The floor
members-floor-not-started = The meeting has not started yet.
members-floor-adjourned = The meeting is adjourned. Thank you for taking part.
members-floor-adjourned-announce = The meeting is adjourned
members-floor-break = ☕ Break
members-floor-break-announce = A break
members-floor-open = Nobody has the floor.
members-floor-speaker = ▶ { $name }
members-floor-speaker-announce = { $name } has the floor
members-floor-point-of-order = ⚑ point of order

## The list of speakers.

members-list-heading = List of speakers
members-list-closed = ⊘ The list is closed: no new hands.
members-list-empty = Nobody is waiting.
# Beside the member's own name in the list.
members-list-you = (you)

## A device that holds no name yet.

members-claim-heading = Who are you?
members-claim-intro = Choose your own name to raise your hand from this device. Only people marked present are listed, and each name is taken by one device.
members-claim-nobody = Nobody is marked present yet: the facilitator takes the roll call first. The names appear here when they do.
members-claim-button = I am { $name }
members-claim-taken = { $name } · taken on another device
members-claim-ask = Not on the list, or your name is taken? Ask the facilitator.

## A member's own hand.

members-hand-heading = Your hand, { $name }
members-you-speaking = ▶ You have the floor.
members-you-speaking-announce = You have the floor
members-you-next = You are next.
members-you-next-announce = You are next
# $place is the member's place in the list, from 2.
members-you-place = You are number { $place } in the list.
members-you-not-raised = Your hand is not raised.
members-lower-hand = Lower my hand
members-lower-hand-pro = Lower my hand (pro)
members-lower-hand-contra = Lower my hand (contra)
members-withdraw-response = Withdraw my direct response
members-withdraw-order = Withdraw my point of order
members-list-closed-hands = ⊘ The list of speakers is closed: no new hands. A point of order or a direct response still comes.
members-sides-ask = On this decision, say which side you speak for:
members-raise-pro = Raise my hand: for (pro)
members-raise-contra = Raise my hand: against (contra)
members-raise = Raise my hand
members-respond-to = ↩ Respond directly to { $name }
members-point-of-order = ⚑ Point of order
members-hand-help = A direct response is a short reply to the speaker, taken right after their turn. A point of order is about how the meeting is run; it goes first.

## Why no hand can go up now.

members-not-now-not-started = The meeting has not started yet.
members-not-now-adjourned = The meeting is adjourned.
members-not-now-off-for-item = The facilitator has turned hands from this page off for this item.
members-not-now-off-for-meeting = The facilitator has turned hands from this page off for the meeting.
members-not-now-break-item = This item is a break: hands wait for the next item.

## What the page answers a member's claim or hand.

members-welcome = Welcome, { $name }
members-have-name-already = This device has your name already
members-claimed-other = This device has claimed { $name }: ask the facilitator to release it first
members-choose-first = Choose your name first: this device has not claimed one
members-released = The facilitator released your name on this device: choose it again
members-one-a-second = One hand action a second: wait a moment and try again
members-other-origin = Forms are taken from the members' page itself only
members-busy = The members' page has as many readers as it can take: try again in a minute
members-not-found = Not found
members-not-sent = Not sent: the meeting's host does not answer. Try again in a moment.
members-no-person = Say who you are: the form's field person
members-unknown-person = Nobody called "{ $name }" is in this meeting
members-not-for-other = This device speaks for { $name } only, not for { $other }
members-bad-up = up is 1 (raise) or 0 (lower)
members-bad-kind = kind is hand, response or order
members-bad-side = side is pro or contra

## Why the host did not take it. $name is a member's name.

members-refused-not-started = The meeting has not started yet
members-refused-adjourned = The meeting is adjourned
members-refused-list-closed = The list of speakers is closed
members-refused-on-break = The meeting is on a break
members-refused-not-present = { $name } is not marked present
members-refused-not-queued = { $name } is not in the queue
members-refused-already-queued = { $name } is already in the queue
members-refused-process-waiting = { $name } already has a point of process waiting
members-refused-nobody-speaking = Nobody has the floor
members-refused-unknown-person = "{ $name }" is not one of the people
members-refused-not-a-decision = Pro and contra are for Decision items; this item's kind is { $kind }
members-refused-no-response = { $name } has no direct response waiting
members-refused-response-waiting = { $name } already has a direct response waiting
members-refused-replies-used = This turn has had the direct responses the agenda allows (max_replies: { $max })
members-refused-replies-off = This meeting takes no direct responses (max_replies: 0)
members-refused-response-to-process = A point of process takes no direct response
members-refused-own-turn = { $name } has the floor: a direct response answers the speaker
members-refused-nothing-to-change = { $name }'s hand is already that: nothing to change
members-refused-already-claimed = { $name } is already claimed on another device
members-refused-not-claimed = { $name } has not claimed their name on the members' page
members-refused-hands-off-for-item = Hands from the members' page are off for this item
members-refused-hands-off-for-meeting = Hands from the members' page are off for this meeting
members-refused-break-item = This item is a break: hands wait for the next item
members-refused-recorded = That was recorded already
# $why is the system's own words, like "No space left on device".
members-refused-not-saved = Not saved on the host: { $why }
members-refused-host-closed = The meeting's host has closed
members-refused-host-silent = The meeting's host did not answer: try again
members-refused-other = The meeting's host did not take it
