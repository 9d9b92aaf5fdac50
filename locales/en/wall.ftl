### The room view: the wall the room reads from its seats (the projector, or `cochair join
### --view room`). Names and titles are the agenda's, shown as written.

## The banner at the top, when the wall may be out of date or nothing is kept.

wall-host-gone = ⚠ RECONNECTING TO THE HOST
wall-host-closed = ■ CLOSED BY THE HOST
wall-rehearsal = REHEARSAL — nothing is kept

## The line under the meeting's title: where the meeting is.

# $item is the item's number, $total how many there are, $what the item's kind or title.
wall-item-of = ▶ Item { $item } of { $total } · { $what }
wall-planned-break = ☕ Planned break
wall-confidential = 🔒 confidential
wall-not-started = ○ Not started
wall-adjourned = ■ Adjourned

## Who has the floor, large.

wall-floor-not-started = Not started
wall-floor-adjourned = Adjourned
wall-floor-break = BREAK
wall-floor-open = Floor open
# Who the queue calls next.
wall-next = Next: { $name }

## The label above the big clock. $time is a time on a 24-hour clock, like 18:45.

wall-clock-time = Time
wall-clock-break = ☕ Break · back at { $time }
wall-clock-question = ? Question: { $from } to { $to }
wall-clock-turn = { $name }'s turn
wall-clock-item-over = Item over its time
wall-clock-item-left = Item time left

## The lines at the bottom: the item's time, the quorum.

# $left is the time left ("04:12 left"), $state the clock's state ("▶ running").
wall-footer-item = Item: { $left } · { $state }
wall-footer-ends = meeting ends about { $time }
wall-roll-call-not-taken = ○ Roll call not taken
wall-present = { $present } present
# $customers: how many of those present are customers. $groups is one when one group is the
# customers (then $label is its label, like "Family members"), several otherwise.
wall-quorum-met = Quorum ✓ { $present } present · { $groups ->
    [one] { $customers } of { $present } { $label }
   *[several] { $customers } of { $present } from customer groups
}
wall-no-quorum = ⚠ No quorum: { $present } present, { $needed } needed
wall-no-majority = ⚠ { $groups ->
    [one] { $label } are not a majority
   *[several] customer groups are not a majority
}: { $customers } of { $present }
# On the host's own screen, under the room view: the key back to the full screen.
wall-full-screen = { $key } full screen

## The members' page's code, over the wall.

wall-scan = Scan to take part from your phone:
wall-code-too-small = (the screen is too small for the QR code)

## A terminal too small for any screen. $need and $have are sizes, like 60×18.

wall-too-small = Terminal too small: need { $need }, have { $have }
