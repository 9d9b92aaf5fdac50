### The minutes (plain text and Markdown) and the action items by owner. $title, $name,
### $names, $group, $owner, $text, $place and $journal are people's own words, as written;
### $at is a time on a 24-hour clock (18:30), $length a length of time (01:15 or 1:02:03),
### $date a date in words ("Thursday 3 December 2026"), $due an ISO date (2026-12-15).

## The header.

minutes-title = Minutes: { $title }
minutes-date = Date
minutes-place = Place
minutes-planned = Planned
# $start and $end are times: "18:00–20:00".
minutes-planned-times = { $start }–{ $end }
minutes-started = Started
minutes-ended = Ended
minutes-ended-at = { $at } (ran { $length })
# Who had each job, as the header names it.
minutes-role-facilitator = Chair
minutes-role-timekeeper = Timekeeper
minutes-role-secretary = Secretary
minutes-did-not-start = The meeting did not start.

## Attendance.

minutes-attendance = Attendance
minutes-present-in = Present, { $group }
# In place of a list of names when there are none.
minutes-none = none
minutes-apologies = Apologies
minutes-absent = Absent
minutes-not-marked = Not marked
minutes-arrived = Arrived
minutes-left-early = Left early
minutes-not-on-agenda = Not on the agenda
# "Ana Lopez (18:12)": when someone arrived or left.
minutes-name-at = { $name } ({ $at })
minutes-screens = Screens
# The screens that ran the meeting beside the host's; $screens is the list below, with commas.
minutes-screens-list = facilitator (the host), { $screens }
minutes-screen-facilitator = facilitator (another screen)
minutes-screen-timekeeper = timekeeper
minutes-screen-secretary = secretary
minutes-screen-observers = observers
minutes-screen-room = room view

## The quorum as the meeting ended. $when is adjourned (at adjournment), running (when the
## minutes were made) or other (the meeting did not start); $present and $needed are numbers
## of people; $customers is how many of those present are customers; $groups is how many
## groups are customers, and $label the name of that group when there is one.

minutes-quorum-not-set = { $when ->
    [adjourned] At adjournment, { $present } present. The agenda sets no quorum.
    [running] When these minutes were made, { $present } present. The agenda sets no quorum.
   *[other] { $present } present. The agenda sets no quorum.
}
minutes-quorum-met = { $when ->
    [adjourned] At adjournment, the
    [running] When these minutes were made, the
   *[other] The
} meeting was quorate: { $present } present, { $customers } of them { $groups ->
    [one] { $label }
   *[other] from customer groups
}.
minutes-quorum-too-few = { $when ->
    [adjourned] At adjournment, the
    [running] When these minutes were made, the
   *[other] The
} meeting was not quorate: { $present } present, { $needed } needed.
minutes-quorum-no-majority = { $when ->
    [adjourned] At adjournment, the
    [running] When these minutes were made, the
   *[other] The
} meeting was not quorate: { $groups ->
    [one] { $label }
   *[other] customer groups
} were not a majority ({ $customers } of { $present } present).

## The items.

minutes-items = Items
# $number is the item's number on the agenda.
minutes-item-title = { $number }. { $title }
minutes-item-title-added = { $number }. { $title } (added during the meeting)
minutes-kind = Kind
minutes-lead = Lead
minutes-proposed-by = Proposed by
minutes-time = Time
# $planned and $extended are minutes; $extended_any is yes when the item was extended;
# $used is the time used, and $reached is no when the meeting did not reach the item.
minutes-time-used = planned { $planned } min{ $extended_any ->
    [yes] , extended by { $extended } min
   *[no] { "" }
}{ $reached ->
    [no] , not reached
   *[yes] , used { $used }
}
minutes-confidential-hidden = This item was held in confidence: its notes are left out of these minutes and speakers are named by group only.
minutes-confidential-shown = This item was held in confidence. These minutes include its notes and speakers; share them only with those entitled to them.

## Who spoke on an item, in order. A turn is the speaker and how long they spoke, then any of
## the notes below in brackets.

minutes-speakers = Speakers, in order: { $turns }.
minutes-turn = { $name } { $length }
minutes-turn-process = (point of process)
minutes-turn-response = (direct response to { $name })
minutes-turn-pro = (pro)
minutes-turn-contra = (contra)
minutes-turn-still-speaking = (still speaking)
# $questions is one or more "Lena Fischer 00:25", with commas.
minutes-turn-questions = { $count ->
    [one] (interposed question from { $questions })
   *[other] (interposed questions from { $questions })
}
minutes-question = { $name } { $length }

## The procedure on an item.

minutes-for-the-motion = For the motion: { $names }.
minutes-against = Against: { $names }.
minutes-list-closed = The list of speakers was closed at { $at }.
minutes-list-reopened = The list of speakers was opened again at { $at }.
minutes-hands-cleared = Hands still waiting were cleared as the meeting moved on at { $at }: { $names }.
minutes-list-cleared = The list of speakers was cleared at { $at }: { $names }.
minutes-added-to-closed-list = { $name } was added to the closed list of speakers at { $at }.

## An item's record: notes, decisions, actions.

minutes-note = Note: { $text }
# $vote is minutes-vote-consensus or minutes-vote-counted, $quorum one of the
# minutes-decided-* below, $voice minutes-voice-before.
minutes-decision = Decision: { $text }. { $vote }. { $quorum } { $voice }
minutes-vote-consensus = Agreed by consensus
# $carried is yes or no; the others are numbers of votes.
minutes-vote-counted = { $carried ->
    [yes] Carried
   *[no] Not carried
}: { $in_favour } for, { $against } against, { $abstain } abstaining
minutes-action-private = Action: held in confidence
# $when is minutes-due or minutes-no-due.
minutes-action = Action: { $text } ({ $owner }, { $when })
# $day is the same day in words ("Friday 11 December"), for a language that says it so.
minutes-due = due { $due }{ $day ->
   *[other] { "" }
}
minutes-no-due = no due date
# An entry corrected after it was recorded: $line is the entry, ending in a full stop.
minutes-corrected = { $line } Corrected after it was recorded.
minutes-decided-not-set = { $present } present when decided.
minutes-decided-majority = Quorate: { $present } present, { $groups ->
    [one] { $label }
   *[other] customer groups
} in the majority ({ $customers } of { $present }).
minutes-decided-quorate = Quorate: { $present } present.
minutes-decided-too-few = ⚠ Not quorate when decided: { $present } present, { $needed } needed.
minutes-decided-no-majority = ⚠ Not quorate when decided: { $groups ->
    [one] { $label }
   *[other] customer groups
} not in the majority ({ $customers } of { $present } present).

## The voice on an item before a decision: each group's share of the time, against its
## target, and how many of its people present spoke. $share and $target are percentages.

minutes-voice-before = Before this decision: { $voice }.
minutes-voice-nobody = nobody had spoken on this item
minutes-voice-first = { $group } { $share }% of the time ({ $spoke } of { $present } present spoke)
minutes-voice-first-target = { $group } { $share }% of the time, target { $target }% ({ $spoke } of { $present } present spoke)
minutes-voice-group = { $group } { $share }% ({ $spoke } of { $present })
minutes-voice-group-target = { $group } { $share }%, target { $target }% ({ $spoke } of { $present })
# $person is one of the customer groups' people in English ("parent", "consumer or carer",
# "customer leader"); $groups is the customer groups' names, joined ("Parents", "Consumers
# and Carers"), for languages that name the groups instead.
minutes-no-customer-voice = ⚠ No customer voice: no { $person } had spoken on this item.{ $groups ->
   *[other] { "" }
}

## The process log, the voice balance and the parking lot.

minutes-process-log = Process log
minutes-no-process = No overrides, extensions, pauses or breaks.
# A line of the log: its time, then what happened.
minutes-process-line = { $at } { $what }
minutes-balance = Voice balance
minutes-group = Group
minutes-airtime = Airtime
minutes-share = Share
minutes-turns = Turns
minutes-target = Target
minutes-items-proposed = Items proposed
# $share is a whole number of percent.
minutes-percent = { $share }%
minutes-everyone-heard = Everyone present was heard.
minutes-not-heard = Not heard: { $names }.
minutes-procedure-total = Points of process took { $length } in all: that time is procedure, not airtime, and is not in the shares above.
minutes-by-person = By person
minutes-person = Person
minutes-procedure = ⚑ Procedure
minutes-confidential-airtime = Airtime on items held in confidence is left out of this table.
minutes-parking-lot = Parking lot
minutes-nothing-parked = Nothing was set aside for a later meeting.
minutes-parked-private = A topic set aside during item { $item }, held in confidence

## The action items at the end, and how the minutes close.

minutes-action-items = Action items
minutes-owner = Owner
minutes-due-column = Due
minutes-action-column = Action
minutes-adjourned = The meeting was adjourned at { $at }.
minutes-not-adjourned = The meeting had not been adjourned when these minutes were made.
minutes-never-started = The meeting did not start, so it was not adjourned.

## The actions from the last meeting. $set is the day an action was set, $day_month a day
## without its weekday ("27 October").

minutes-last-heading = Actions from the last meeting
minutes-last-from = From the meeting of { $date } ({ $journal }).
minutes-last-from-open = From the meeting of { $date } ({ $journal }). That meeting had not been adjourned when this one was linked to it: its actions are as they stood then.
minutes-last-none = It left no open actions.
minutes-last-due-done = { $due ->
    [one] 1 action was
   *[other] { $due } actions were
} due by this meeting; { $done } done.
# A line of the last meeting's actions: $status is one of the statuses below, $about says
# whose it is and when it is due.
minutes-last-line = { $status }: { $text } ({ $about }).
minutes-last-line-why = { $status }: { $text } ({ $about }). Why: { $reason }.
minutes-last-done = Done
minutes-last-carried = Carried over
minutes-last-dropped = Dropped
minutes-last-not-reviewed = Not reviewed
# $when is minutes-due or minutes-no-due.
minutes-last-about = { $owner }, { $when }
# $set is the day it was set (2026-10-27), $day the same day in words.
minutes-last-set-on = , set on { $set }{ $day ->
   *[other] { "" }
}
minutes-last-now-due = ; now due { $due }{ $day ->
   *[other] { "" }
}
minutes-last-now-no-due = ; now with no due date
minutes-last-overdue = { $days ->
    [one] ; 1 day overdue
   *[other] ; { $days } days overdue
}
# In the action table: where an action still to do came from. $previous is the last
# meeting's date (2026-10-27); $first, when it was first set, if earlier.
minutes-carried-from = { $text } (carried from { $previous })
minutes-carried-from-first = { $text } (carried from { $previous }, first set { $first })
minutes-open-from = { $text } (from { $previous }, not reviewed yet)
minutes-open-from-first = { $text } (from { $previous }, not reviewed yet, first set { $first })

## The action items by owner.

minutes-actions-title = Action items: { $title }, { $day } { $month } { $year }
minutes-no-actions = No action items were recorded.
minutes-action-by-owner = { $text } ({ $when }; item { $number }: { $item })
# An action still to do from the last meeting: $set is "27 October".
minutes-still-carried = { $text } ({ $when }; set on { $set }, carried over)
minutes-still-open = { $text } ({ $when }; set on { $set }, not reviewed yet)

## The process log's lines, after their time. $chair is the facilitator's name when the
## agenda names one, else minutes-log-the-facilitator; $name, $past and $to are people (or
## their groups, on an item held in confidence); $role, $paused_by and $resumed_by are whose
## screen did it: facilitator, timekeeper, secretary, or none when the journal did not keep it.

minutes-log-the-facilitator = the facilitator
minutes-log-moved = { $way ->
    [up] { $name } moved up past { $past } by { $chair }
   *[down] { $name } moved down past { $past } by { $chair }
}
minutes-log-gave-floor = { $name } given the floor by { $chair }
# $process is yes for a point of process, no for a hand.
minutes-log-hand-lowered = { $process ->
    [yes] { $name }'s point of process taken down by { $chair }
   *[no] { $name }'s hand taken down by { $chair }
}
minutes-log-hand-lowered-group = { $process ->
    [yes] a point of process ({ $name }) taken down by { $chair }
   *[no] a hand ({ $name }) taken down by { $chair }
}
# $item is the item's number, $title its title, $by who asked.
minutes-log-item-extended = item { $item } "{ $title }" extended by { $minutes } min, asked by { $by }
minutes-log-turn-extended = { $name }'s turn extended by { $seconds } s
minutes-log-turn-extended-asked = { $name }'s turn extended by { $seconds } s, asked by { $by }
minutes-log-break-ended = break over after { $length }{ $role ->
    [facilitator] , ended by the facilitator
    [timekeeper] , ended by the timekeeper
    [secretary] , ended by the secretary
   *[none] { "" }
}
minutes-log-break = break of { $minutes } min, asked by { $by }{ $role ->
    [facilitator] , started by the facilitator
    [timekeeper] , started by the timekeeper
    [secretary] , started by the secretary
   *[none] { "" }
}
minutes-log-paused = clock paused for { $length }{ $paused_by ->
    [facilitator] {" "}by the facilitator
    [timekeeper] {" "}by the timekeeper
    [secretary] {" "}by the secretary
   *[none] { "" }
}{ $resumed_by ->
    [facilitator] , resumed by the facilitator
    [timekeeper] , resumed by the timekeeper
    [secretary] , resumed by the secretary
   *[none] { "" }
}
# A pause shorter than a second (the pause key pressed twice), as $length of the two above.
minutes-log-under-a-second = less than a second
# Paused and resumed from the same screen.
minutes-log-paused-by = clock paused for { $length } by { $role ->
    [facilitator] the facilitator
    [timekeeper] the timekeeper
   *[secretary] the secretary
}
minutes-log-turn-reset = { $name }'s turn clock restarted{ $role ->
    [facilitator] {" "}by the facilitator
    [timekeeper] {" "}by the timekeeper
    [secretary] {" "}by the secretary
   *[none] { "" }
}
minutes-log-response-refused = { $name }'s direct response to { $to } refused by { $chair }
minutes-log-response-refused-group = a direct response ({ $name }) to { $to } refused by { $chair }
minutes-log-list-closed = list of speakers closed by { $chair }
minutes-log-list-reopened = list of speakers opened again by { $chair }
# $count is how many hands; $names whose they were.
minutes-log-hands-cleared = { $count ->
    [one] 1 hand cleared at the change of item ({ $names })
   *[other] { $count } hands cleared at the change of item ({ $names })
}
minutes-log-readded = { $name } re-added to the top of the list by { $chair } (the last speaker)
# A waiting hand changed: $from and $to are kinds of hand (hand, response, process), $side
# pro, contra or none; $changed is yes when the kind changed (else only the side did).
minutes-log-hand-changed = { $name }'s hand changed{ $changed ->
    [yes] {" "}from { $from ->
        [response] a direct response
        [process] a point of process
       *[hand] a hand
    }
   *[no] { "" }
} to { $to ->
    [response] a direct response
    [process] a point of process
   *[hand] a hand
}{ $side ->
    [pro] {" "}(pro)
    [contra] {" "}(contra)
   *[none] { "" }
} by { $chair }
minutes-log-hand-changed-group = a hand ({ $name }) changed{ $changed ->
    [yes] {" "}from { $from ->
        [response] a direct response
        [process] a point of process
       *[hand] a hand
    }
   *[no] { "" }
} to { $to ->
    [response] a direct response
    [process] a point of process
   *[hand] a hand
}{ $side ->
    [pro] {" "}(pro)
    [contra] {" "}(contra)
   *[none] { "" }
} by { $chair }
minutes-log-list-cleared = { $count ->
    [one] list of speakers cleared by { $chair }: 1 hand taken down ({ $names })
   *[other] list of speakers cleared by { $chair }: { $count } hands taken down ({ $names })
}
minutes-log-added-to-closed-list = { $name } added to the closed list of speakers by { $chair }
