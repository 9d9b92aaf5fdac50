### The help screen: what each action does, and the headings of its groups. The keys and
### action names stay as they are.

# The help box's title. $key is the key that closes it, like "esc".
help-title = Keys — { $key } closes

## The headings: where each group of keys works.

help-mode-global = Everywhere
help-mode-meeting = Meeting
help-mode-roll-call = Roll call
help-mode-picker = Choosing someone (type to narrow the list)
help-mode-prompt = Typing (left/right, home/end, backspace, ctrl-w)
help-mode-record = The record (notes, decisions, actions)
help-mode-help = This help
help-mode-confirm = Questions
help-mode-reading = Reading the agenda to send out
help-mode-review = The actions from the last meeting

## What each action does.

help-quit = quit (the meeting is kept)
help-help = show or hide keys
help-start-meeting = start the meeting
help-next-item = next item
help-previous-item = previous item
help-end-meeting = adjourn the meeting
help-confirm = yes / choose
help-cancel = close / never mind
help-decline = no
help-scroll-up = scroll up
help-scroll-down = scroll down
help-select-previous = select the one above
help-select-next = select the one below
help-roll-call = roll call: who is here
help-toggle-present = present / apologies / absent
help-all-present = mark everyone not marked as present
help-mark-left = the selected person leaves now
help-add-person = add someone not on the agenda
help-add-speaker = add hands to the queue
help-point-of-process = point of process (goes first)
help-remove-speaker = take the selected hand down
help-next-speaker = next speaker from the queue
help-end-turn = end the turn; floor open
help-move-up = move the selected hand up (override)
help-move-down = move the selected hand down (override)
help-give-floor = selected person speaks now (override)
help-voice-balance = show or hide the voice balance
help-pause-clock = pause / resume every clock (ends a break)
help-start-break = start a break
help-extend-item = 5 more minutes for this item
help-extend-item-by = more minutes for this item…
help-extend-turn = 30 more seconds for the speaker
help-reset-turn = restart the speaker's turn clock
help-projector-view = big clock for the projector / full screen
help-add-note = note on this item
help-record-decision = decision, and how it was decided
help-add-action = action item: what, who, by when
help-add-item = add an agenda item
help-park-topic = park a topic for a later meeting
help-record-view = the record: notes, decisions, actions
help-edit-entry = correct the selected entry
help-delete-entry = strike the selected entry
help-export-minutes = write the minutes beside the journal
help-copy-minutes = copy the minutes to the clipboard
help-show-agenda = the agenda to send out
help-export-agenda = write the agenda beside the journal
help-copy-agenda = copy the agenda to the clipboard
help-review-actions = review the actions from the last meeting
help-action-done = the selected action is done
help-action-carry = carry the selected action over (due when?)
help-action-drop = drop the selected action (say why)
help-direct-response = direct response to the speaker (goes next, short turn)
help-add-speaker-pro = hands for the motion (pro; Decision items)
help-add-speaker-contra = hands against the motion (contra; Decision items)
help-toggle-list = close / reopen the list of speakers
help-person-totals = per-person totals: by airtime / roll call / hide
help-interposed-question = question to the speaker (again: ends it)
help-readd-last-speaker = last speaker back to the top of the list
help-edit-hand = change the selected hand (kind, pro/contra)
help-clear-hands = take every waiting hand down (asks first)
help-members-code = show / hide the QR code of the members' page
help-page-hands = members' page hands: off for this item / off for the meeting / on
help-release-claim = release the selected person's claim on the members' page
