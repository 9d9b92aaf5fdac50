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
