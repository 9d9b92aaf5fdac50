### Easy Read: the minutes and the agenda in plain words, one idea on each line, short
### sentences, numbers as digits, days written out, times in words. $date and $day are dates
### in words ("Thursday 3 December 2026"), $at a time in words with its "at" ("at half past 6
### in the evening"), $length a length of time in words ("1 hour and 15 minutes"). What people
### wrote (titles, names, decisions, notes) comes in as it was written.

## The minutes: when and where.

easy-read-notes-intro = These are the notes of our meeting.
easy-read-was-on = The meeting was on { $date }.
easy-read-was-at = It was at { $place }.
easy-read-did-not-start = The meeting did not start.
easy-read-started = It started { $at }.
easy-read-finished = It finished { $at }.
easy-read-not-finished = It had not finished when these notes were made.

## What we decided.

easy-read-decided-heading = What we decided
easy-read-decisions-made = { $count ->
    [0] We did not make any decisions.
    [one] We made 1 decision.
   *[other] We made { $count } decisions.
}
# $number is the decision's number; $text is the decision as the secretary wrote it.
easy-read-decision = Decision { $number }: { $text }
easy-read-not-quorate = Not enough members were at the meeting to make this decision.
easy-read-everyone-agreed = Everyone agreed.
easy-read-we-voted = We voted.
easy-read-said-yes = { $count ->
    [0] Nobody said yes.
    [one] 1 person said yes.
   *[other] { $count } people said yes.
}
easy-read-said-no = { $count ->
    [0] Nobody said no.
    [one] 1 person said no.
   *[other] { $count } people said no.
}
# Said only when somebody did not vote.
easy-read-did-not-vote = { $count ->
    [one] 1 person did not vote.
   *[other] { $count } people did not vote.
}
easy-read-carried = Most people said yes, so we will do it.
easy-read-not-carried = Not enough people said yes, so we will not do it.

## Who will do what. A job's line is who, what, and by when.

easy-read-actions-heading = Who will do what
easy-read-no-new-jobs = Nobody has a new job from this meeting.
easy-read-each-line = Each line says who will do it, what they will do, and by when.
# $owner is who will do it, $what what they will do.
easy-read-job = { $owner } · { $what }
# $job is a job's line above; $when is easy-read-by or easy-read-no-date.
easy-read-job-when = { $job } · { $when }
easy-read-by = by { $day }
easy-read-no-date = no date yet

## The jobs from the last meeting.

easy-read-last-heading = Jobs from the last meeting
easy-read-last-was-on = The last meeting was on { $day }.
easy-read-last-left-none = It did not leave any jobs to do.
easy-read-jobs-done = These jobs are done:
easy-read-jobs-carried = These jobs are not done yet. They have a new date:
easy-read-jobs-dropped = We stopped these jobs:
easy-read-jobs-open = We did not talk about these jobs yet:
# $reason is why the job was stopped, as the secretary wrote it.
easy-read-job-why = { $job } · why: { $reason }

## What we talked about, and what we did not get to.

easy-read-talked-heading = What we talked about
easy-read-private = What people said about this is private.
easy-read-decided-above = What we decided is at the top.
easy-read-jobs-above = The jobs from this are at the top.
easy-read-no-notes = We did not write notes about this.
easy-read-got-to-nothing = We did not get to any of the things on the list.
easy-read-missed-heading = What we did not get to
easy-read-missed-on-list = These things were on the list.
easy-read-missed-no-time = There was no time for them.
easy-read-parked-heading = Things for another meeting
easy-read-private-topic = A private topic.

## Who came.

easy-read-came-heading = Who came
# $group is the group's label, $names the names of those who came, with commas.
easy-read-group-came = { $group }: { $names }
easy-read-nobody-marked = Nobody was marked as being there.
easy-read-apologies = These people told us they could not come:

## The agenda, to send before the meeting: when and where, who leads it.

easy-read-plan-intro = This is the plan for our meeting.
easy-read-is-on = The meeting is on { $date }.
easy-read-starts = It starts { $at }.
easy-read-ends = It ends { $at }.
easy-read-takes = It takes { $length }.
easy-read-is-at = It is at { $place }.
# $names: who will lead, like "Ana and Sam"; $count: how many they are.
easy-read-will-lead = { $count ->
   *[other] { $names } will lead the meeting.
}
easy-read-cannot-come-one = { $name } has told us they cannot come.
easy-read-cannot-come = These people have told us they cannot come:
easy-read-tell-if-not-coming = If you cannot come, please tell { $name }.

## The things on the agenda's list, each with when it starts and what happens.

easy-read-list-heading = What we will talk about
easy-read-things-on-list = { $count ->
    [one] There is 1 thing on the list.
   *[other] There are { $count } things on the list.
}
easy-read-breaks-too = { $count ->
    [one] There is 1 break too.
   *[other] There are { $count } breaks too.
}
easy-read-is-a-break = This is a break.
easy-read-starts-with-meeting = It starts when the meeting starts.
easy-read-starts-after = It starts { $length } after the meeting starts.
easy-read-part-private = This part is private.
easy-read-stays-in-room = What people say stays in the room.
easy-read-leads-it = { $name } leads it.
easy-read-asked-for-it = { $name } asked for it.
easy-read-we-will-hear = We will hear about it.
easy-read-we-will-choose = We will make a choice about it.
easy-read-we-will-talk = We will talk about it.
# $text is the motion as the agenda writes it.
easy-read-what-we-will-choose = What we will choose: { $text }
