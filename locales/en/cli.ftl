### The command line's own words, around what the commands make.

# One line, when the language asked for (--lang, an agenda's language, or the environment's
# locale) is not one cochair has. $asked is what was asked for; $known lists the languages
# there are, like "en (English), es (Español)".
cli-language-unknown = cochair has no messages in "{ $asked }" yet, so this is in English; it speaks { $known }.

## What a joined screen prints when its terminal is back.
# $at: the time the host closed the meeting (HH:MM).
cli-join-closed-by-host = The host closed the meeting at { $at }.
cli-join-left = Left the meeting; it goes on on the host's screen.
# $what: what this screen sent that the host never confirmed, in a few words.
cli-join-not-recorded = Not recorded: { $what }

## What the host prints when its terminal is back.
cli-goodbye-nothing-recorded = Nothing was recorded, so no journal was made.
# $path: the meeting's journal.
cli-goodbye-journal = Journal: { $path }
# $command: the command that opens the meeting again, as it is typed.
cli-goodbye-resume = Resume with: { $command }
cli-goodbye-rehearsal-over = Rehearsal over: nothing was kept.
cli-goodbye-example-over =
    That was the built-in example, rehearsed: nothing was kept.
    For a real meeting, write an agenda (agendas/ has examples), then run: cochair my-meeting.ron

## On the host's status line as the meeting opens.
# $url: the members' page's address; $key: the key that shows its QR code.
cli-open-members-page = Members' page: { $url } ({ $key } shows its QR code)
# $line: the journal's line that was dropped.
cli-open-recovered = Recovered: line { $line } of the journal was cut off by a crash and was dropped; everything before it is kept

## A journal whose meeting started on another day, asked before the screen opens.
# $path: the journal; $day: the day it started, long; $ago: how long ago (cli-another-day-ago
# or cli-another-day-ahead).
cli-another-day-started =
    { $path }
    holds a meeting that started on { $day } ({ $ago }).
# $days: how many days ago it started.
cli-another-day-ago = { $days ->
    [one] yesterday
   *[other] { $days } days ago
}
# $days: how many days ahead of today it started.
cli-another-day-ahead = { $days ->
    [one] tomorrow
   *[other] in { $days } days
}
cli-another-day-agenda-changed = Its agenda has changed since, so it cannot be resumed with this one.
# After the key r.
cli-another-day-resume = resume it
# After the key n. $aside: the name the old journal is kept under.
cli-another-day-new = start a new meeting (the old journal is kept as { $aside })
# After the key q.
cli-another-day-quit = quit and change nothing
cli-another-day-choice = Your choice [r/n/q]:
cli-another-day-again = Type r, n or q, then enter:

## Which meeting a new one follows (`--follows`), on the host's status line.
# $day: the earlier meeting's day, short; $count: the actions it left open; $key: the key that
# opens their review.
cli-follows-last = Follows the last meeting, { $day }: { $count ->
    [0] it left no open actions
    [one] 1 action to review (press { $key })
   *[other] { $count } actions to review (press { $key })
} · --follows none to start without
# $day, $count, $key: as above.
cli-follows-given = Follows the meeting of { $day }: { $count ->
    [0] it left no open actions
    [one] 1 action to review (press { $key })
   *[other] { $count } actions to review (press { $key })
}
# $day, $count, $key: as above.
cli-follows-not-adjourned = ⚠ The meeting of { $day } was not adjourned; its actions as they stood: { $count ->
    [0] it left no open actions
    [one] 1 action to review (press { $key })
   *[other] { $count } actions to review (press { $key })
}

## Why a meeting cannot follow the one asked for.
# $path: the journal given with --follows.
cli-follows-itself = { $path }: a meeting cannot follow itself; --follows takes the journal of the last meeting
# $why: what is wrong with the journal given, with its path and line.
cli-follows-unreadable = { $why }; --follows takes the journal of the last meeting
# $journal: this meeting's journal.
cli-follows-begun-alone = { $journal }: this meeting has already begun and it follows no earlier meeting; --follows links a new meeting only
# $journal: as above; $name: the journal it follows.
cli-follows-begun = { $journal }: this meeting has already begun and it follows { $name }; --follows links a new meeting only

## Why `cochair report` has nothing to report on.
# $dir: the folder given with --series.
cli-report-no-journals-in = { $dir }: holds no journals (.jsonl files)
cli-report-no-data-folder = cannot find the data folder; give the journals, or --series FOLDER
# $agenda: the agenda's name given with --series; $dir: the data folder.
cli-report-no-journals-of = no journals of { $agenda } in { $dir }; give the journals, or --series FOLDER
# $count: how many agendas; $examples: each agenda with a journal of it, "a.jsonl (board.ron)".
cli-report-mixed = these journals are meetings of { $count } different agendas: { $examples }; report on one agenda at a time, or give --mixed to report on them together

## A joined screen's status line as it opens.
# $title: the meeting's title; $seat: this screen's seat (screen-seat-*).
cli-join-joined = Joined "{ $title }" as { $seat }

## The command line itself.
# $word: the word typed, quoted; $command: the subcommand it is closest to.
cli-misspelled-command = { $word } is not a file; did you mean `cochair { $command }`?
