### Prompts and pickers: the question over a line to type or a list to choose from, what the
### answer typed so far means, and why an answer is not taken.

## A picker's question.

prompts-pick-speaker = Add hands to the queue
prompts-pick-process = Point of process: who?
# $name: the person being added to the meeting.
prompts-pick-group = Which group is { $name } in?
# $minutes: the break's length.
prompts-pick-break-asker = Break of { $minutes } min: who asked?
# $minutes: the extra time for the item.
prompts-pick-extension-asker = { $minutes } more minutes: who asked?
prompts-pick-owner = Who will do it? (or type a new name)
prompts-pick-proposer = Who proposed the item?
prompts-pick-pro = Hands for the motion (pro)
prompts-pick-contra = Hands against the motion (contra)
# $name: the speaker.
prompts-pick-response = Direct response to { $name }: who?
prompts-pick-question = Question to { $name }: who asks?
# $name: whose waiting hand changes.
prompts-pick-hand-becomes = { $name }'s hand becomes:
prompts-pick-response-becomes = { $name }'s direct response becomes:
prompts-pick-process-becomes = { $name }'s point of process becomes:

## What a hand can become, in the chooser.

prompts-choice-pro = a hand for the motion (pro)
prompts-choice-contra = a hand against the motion (contra)
prompts-choice-plain = a plain hand
# $name: the speaker.
prompts-choice-response-to = a direct response to { $name }
prompts-choice-response = a direct response
prompts-choice-process = a point of process (goes first)

## Why nobody on a picker's list matches what was typed. $name: the closest name.

prompts-nobody-matches = Nobody matches
prompts-sent-apologies = { $name } sent apologies
prompts-has-left = { $name } has left the meeting
prompts-marked-absent = { $name } is marked absent
prompts-not-marked-present = { $name } is not marked present yet (roll call)
prompts-has-the-floor = { $name } has the floor

## How someone who is not here is marked, beside their name in a list.

prompts-absence-apologies = sent apologies
prompts-absence-left = has left
prompts-absence-absent = absent
prompts-absence-not-marked = not marked present

## A prompt's question.

prompts-person-name = Name of the person joining
prompts-break-minutes = Break: how many minutes, or back at what time?
prompts-extend-minutes = More time for this item: how many minutes?
prompts-note = Note on this item
prompts-decision-text = Decision: what was decided?
prompts-decision-vote = How was it decided?
prompts-carried = Did it carry? (yes / no)
prompts-action-text = Action item: what will be done?
# $name: who will do it.
prompts-due = Due date for { $name }
# $number: the entry, as the record numbers it.
prompts-edit-entry = Correct entry { $number }
prompts-as-new-entry = Entry { $number } was struck on another screen: add this as a new entry
prompts-item-title = New agenda item: its title
prompts-item-minutes = New agenda item: how many minutes?
prompts-park-topic = Parking lot: the topic for a later meeting
prompts-carry-due = Carry over: due by when?
prompts-drop-reason = Drop the action: why?

## Answers: the words a prompt takes (comma-separated, any case; English's are taken in
## every language too) and the answer it suggests.

prompts-yes = yes
prompts-no = no
prompts-yes-words = y, yes
prompts-no-words = n, no
prompts-consensus-words = c, consensus

## Minutes, a break's length, a vote. $typed is the answer typed, in quotes.

prompts-not-minutes = { $typed } is not a number of minutes from 1 to 240
# $why: why it is not minutes (prompts-not-minutes).
prompts-nor-a-time = { $why }, nor a time to be back like 18:40
# $back: the time typed, like 18:40.
prompts-back-is-now = { $back } is now; write a time still to come, or the minutes
prompts-back-has-passed = { $back } has passed; write a time still to come, or the minutes
# $minutes: how far away that time is.
prompts-back-too-far = { $back } is { $minutes } minutes away; a break lasts from 1 to 240 minutes
# $example: a time ten minutes from now, like 18:40.
prompts-break-forms = Minutes, like 10, or the time to be back as HH:MM, like { $example }
# $minutes: the break's length; $back: when it ends, like 18:40.
prompts-break-preview = → a break of { $minutes } min, back at { $back }
prompts-not-a-vote = { $typed }: type consensus, or the votes for/against/abstain like 7/1/2

## Questions before something hard to take back: the title, then what it means, then the
## words beside the keys for yes, no and never mind.

prompts-keep-it = keep it
prompts-dont-add-it = don't add it
prompts-record-it = record it
prompts-dont-record-it = don't record it
# $text: the words as typed.
prompts-quoted = "{ $text }"
prompts-start-early = Start the meeting for real?
# $day: the day the meeting is planned for, like "Thursday 3 December".
prompts-start-early-planned = This meeting is planned for { $day }. Starting it now records it in its journal as the real meeting.
prompts-start-early-rehearse = To try the screens, quit and open it with --rehearse.
prompts-start-early-yes = start it now
prompts-start-early-no = not yet
prompts-adjourn = Adjourn the meeting?
prompts-adjourn-body = The meeting's clock stops and the adjournment time is recorded.
prompts-adjourn-yes = adjourn now
prompts-adjourn-no = keep going
prompts-strike = Strike this entry?
prompts-strike-body = It leaves the minutes; the journal keeps it.
prompts-strike-yes = strike it
# $name: whose hand.
prompts-take-hand-down = Take { $name }'s hand down?
prompts-take-process-down = Take { $name }'s point of process down?
prompts-take-down-body = They leave the queue without speaking; the minutes record it.
prompts-take-down-yes = take it down
prompts-long-item = A long item
# $title: the new item's title; $minutes: its length; $left: the minutes the meeting has left.
prompts-long-item-body = "{ $title }" is { $minutes } min; the meeting has { $left } min left.
prompts-long-item-keep = Keep it?
prompts-long-item-yes = keep it
prompts-long-item-no = change the minutes
prompts-not-quorate = The meeting is not quorate
prompts-not-quorate-body = Record the decision anyway? The minutes will say it was not quorate.
prompts-parked-words = Parked during a confidential item
prompts-parked-words-body = May these words appear in the minutes?
prompts-parked-words-yes = yes, in the minutes
prompts-parked-words-no = keep them out
prompts-parked-words-cancel = don't park it
# $count: how many hands are waiting.
prompts-carry-hands = { $count ->
    [one] 1 hand is still waiting
   *[other] { $count } hands are still waiting
}
# $item and $title: the item moved to; $from: the item they were raised on.
prompts-carry-hands-body = { $count ->
    [one] Keep it for item { $item } "{ $title }" (it is marked "from item { $from }"), or clear it? Clearing is recorded in the minutes.
   *[other] Keep them for item { $item } "{ $title }" (they are marked "from item { $from }"), or clear them? Clearing is recorded in the minutes.
}
prompts-carry-hands-yes = { $count ->
    [one] keep it
   *[other] keep them
}
prompts-carry-hands-no = { $count ->
    [one] clear it
   *[other] clear them
}
prompts-carry-hands-cancel = stay on this item
prompts-refuse-response = Refuse { $name }'s direct response?
prompts-refuse-response-body = It leaves the queue without its turn; the minutes record it.
prompts-refuse-response-yes = refuse it
prompts-private-action = An action on a confidential item
# $text: the action; $owner: who will do it.
prompts-private-action-what = "{ $text }" ({ $owner })
prompts-private-action-body = Is this action confidential too? A confidential action stays out of the minutes, todo.txt and the report.
prompts-private-action-yes = yes, keep it confidential
prompts-private-action-no = no, it may go in the minutes
prompts-send-again = Not recorded: the host went away first
# $what: what was sent (one of status-proposal-…).
prompts-send-again-sent = This screen sent the { $what }
prompts-send-again-body = The host stopped before recording it. Send it again?
prompts-send-again-yes = send it again
prompts-send-again-no = drop it
prompts-clear-hands = Clear the list of speakers?
# $count: how many hands are waiting.
prompts-clear-hands-body = { $count ->
    [one] Take the 1 hand waiting down, points of process and direct responses too?
   *[other] Take all { $count } hands waiting down, points of process and direct responses too?
}
prompts-clear-hands-minutes = The minutes say the list was cleared, and whose hands they were.
prompts-clear-hands-yes = clear the list
prompts-clear-hands-no = keep them
prompts-closed-list = The list is closed. Add { $name } anyway?
prompts-closed-list-hand = { $name }'s hand goes on the list; the minutes say it was added to a closed list.
prompts-closed-list-pro = { $name }'s hand (pro) goes on the list; the minutes say it was added to a closed list.
prompts-closed-list-contra = { $name }'s hand (contra) goes on the list; the minutes say it was added to a closed list.
prompts-closed-list-yes = add anyway
prompts-closed-list-no = don't add
prompts-floor-paused = The clock is paused
prompts-floor-paused-body = Resume every clock and give { $name } the floor?
prompts-floor-paused-no-means = No gives the floor and leaves the clock paused: the turn does not count down.
prompts-floor-paused-yes = resume and give the floor
prompts-floor-paused-no = give it, clock still paused
prompts-floor-paused-cancel = don't give the floor
prompts-no-customer-voice = No customer voice on this item
# $who: the customer groups, as one of them is called ("family member or young person").
prompts-no-customer-voice-body = No { $who } has spoken on this item yet. Record anyway?
prompts-no-customer-voice-flag = The minutes will flag the decision.

## The quorum, in a question.

# $present: how many are present; $needed: the quorum.
prompts-quorum-too-few = { $present } present; the quorum is { $needed }.
# $customers: how many of those present are customer leaders.
prompts-quorum-no-majority = { $customers } of the { $present } present are customer leaders: not a majority.
prompts-quorum-present = { $present } present.

## Whose voice is missing when no customer group is named (English says it in the singular,
## in the sentence: "No customer leader has spoken").

prompts-customer-leaders = customer leaders
