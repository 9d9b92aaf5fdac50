### The speaking queue: why each hand has its place, and the marks of a turn. The same words
### on the wall and on the facilitator's screen.

queue-point-of-process = ⚑ point of process
# $times: how many hands went ahead of this one.
queue-overtaken = { $times ->
    [one] overtaken once
   *[other] overtaken { $times } times
}
queue-moved-up = moved up by facilitator
queue-moved-down = moved down by facilitator
queue-first-on-item = first time on this item
# $group is the group's label as the agenda writes it ("Family members"); SINGULAR makes it
# "member". $weight is the group's weight.
queue-group-weight = { SINGULAR($group) } voice (weight { $weight })
queue-waited = waited { $minutes } min
# $airtime is a clock's digits, like 02:05.
queue-airtime = airtime { $airtime } at weight { $weight }
queue-turns-on-item = { $turns ->
    [one] spoken once on this item
   *[other] spoken { $turns } times on this item
}
queue-hand-order = hand order
queue-responds-to = ↩ responds to { $name }
queue-side-pro = + pro
queue-side-contra = − contra
queue-from-item = from item { $item }
queue-readded = ↺ re-added by facilitator: the last speaker
queue-alternating = alternating pro and contra
queue-list-closed = ⊘ List closed

## What the speaker's turn is, in the line above their name.

queue-point-of-process-turn = ⚑ point of process
queue-direct-response-to = ↩ direct response to { $name }
queue-for-the-motion = + pro: for the motion
queue-against-the-motion = − contra: against the motion
queue-held-for-a-question = ⏸ turn held for a question
