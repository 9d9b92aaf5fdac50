### What `cochair check` says of an agenda that is good.

# What the agenda holds to discuss: $items is the items to discuss, $breaks the planned breaks.
check-what = { $breaks ->
    [0] { $items ->
        [one] 1 item
       *[other] { $items } items
    }
   *[other] { $items ->
        [one] 1 item
       *[other] { $items } items
    } and { $breaks ->
        [one] 1 break
       *[other] { $breaks } breaks
    }
}
# $path: the agenda file; $what: check-what; $people: how many people it lists; $planned: the
# planned length, like "1h 35m".
check-ok = { $path }: ok — { $what }, { $people ->
    [one] 1 person
   *[other] { $people } people
}, { $planned } planned

## What is wrong with an agenda, after `path:line:col: `. Field names (`turn_seconds`) and
## what to write (`Group(…)`) stay as the file writes them. A quoted value ($date, $time, $id,
## $name, $title, $guess) comes with its double quotes.

# $problem: what is wrong; $line: the line of the other place it is about.
check-also-on-line = { $problem } on line { $line }
# $problem: what is probably not meant.
check-warning = warning: { $problem }
check-no-title = the meeting needs a title
# $field: date or next_meeting; $date: what it says.
check-not-a-date = { $field } { $date } is not a date; write it as YYYY-MM-DD, like "2026-11-24"
# $next: the next meeting's date; $date: this meeting's.
check-next-not-after = next_meeting { $next } is not after this meeting's date, { $date }
# $field: start or end; $time: what it says ("2:00 PM"); $meant: the same on a 24-hour clock.
check-twelve-hour-clock = { $field } { $time } is not on a 24-hour clock; write { $meant }
# $field: start or end; $time: what it says; $example: a time to copy.
check-not-a-time = { $field } { $time } is not a time; write it as HH:MM on a 24-hour clock, like "{ $example }"
check-no-groups = the agenda needs at least one group, like Group(id: "members", label: "Members", weight: 2.0)
check-no-group-id = a group needs an id
# $id: the group's id.
check-group-id-twice = group id { $id } is used twice
check-no-group-label = group { $id } needs a label
check-group-weight = weight of group { $id } must be a number above 0 (1.0 is neutral, 2.0 favours the group)
check-group-target = target of group { $id } is a share of airtime between 0.0 and 1.0 (0.6 is 60%)
# $percent: the targets' sum, a whole number.
check-targets-over = the groups' targets add up to { $percent }% of airtime; together they can be at most 100%
check-no-customer-groups = customer_groups needs at least one group id (leave it out to count the groups with the highest weight)
check-no-name = a person needs a name
check-listed-twice = { $name } is already listed among the people
# $name: the name as written; $first: the same name as written earlier.
check-same-name-as = { $name } is the same name as { $first }
check-min-present-zero = min_present must be at least 1 (leave `quorum` out for no quorum check)
# $needed: min_present; $people: how many people the agenda lists.
check-quorum-unreachable = min_present is { $needed }, but the agenda lists { $people ->
    [one] 1 person
   *[other] { $people } people
}: the meeting could never be quorate
# $labels: the customer groups' labels, with commas.
check-no-customers = customer_majority can never be met: nobody on the agenda is in the customer groups ({ $labels })
# $customers: how many people are in the customer groups; $majority: how many a majority of
# $needed (min_present) is.
check-few-customers = customer_majority can never be met: { $customers ->
    [one] 1 person is
   *[other] { $customers } people are
} in the customer groups ({ $labels }), fewer than the { $majority } that are a majority of min_present ({ $needed })
check-no-items = the agenda needs at least one item, like Item(title: "Welcome", minutes: 5)
# $number: the item's number, from 1.
check-no-item-title = item { $number } needs a title
check-item-too-short = item { $title } must last at least 1 minute
# $minutes: what it says; $max: the most an item can last.
check-item-too-long = item { $title } is planned for { $minutes } minutes; an item can last at most { $max } (a day)
check-max-overtakes-zero = max_overtakes must be at least 1 (6 lets six later hands go first, then this one is next; leave it out to follow the weights)
check-turn-seconds = turn_seconds must be from 1 to 3600 (120 is two minutes)
# $warn: warn_seconds; $turn: turn_seconds.
check-warn-not-shorter = warn_seconds ({ $warn }) must be shorter than turn_seconds ({ $turn })
check-question-seconds = question_seconds must be from 1 to 3600 (30 is half a minute)
check-question-longer = question_seconds ({ $question }) must be at most turn_seconds ({ $turn }): a question interrupts a turn
check-reply-seconds = reply_seconds must be from 1 to 3600 (60 is a minute)
check-reply-longer = reply_seconds ({ $reply }) must be at most turn_seconds ({ $turn }): a direct response is a short turn
# $max: the most direct responses a turn may draw.
check-max-replies = max_replies must be from 0 to { $max } (1 lets one direct response follow each turn; 0 turns them off)

## A name that is not one of the names there are. $what is one of check-subject-…; $among is
## groups or people.

check-subject-customer-group = customer group { $id }
check-subject-apology = { $name } (in apologies)
check-subject-group = group { $id }
check-subject-lead = lead { $name }
check-subject-proposer = proposer { $name }
# $guess: the name it probably meant.
check-not-one-of-did-you-mean = { $what } is not one of the { $among ->
    [groups] groups
   *[people] people
}; did you mean { $guess }?
check-not-one-of-none-yet = { $what } is not one of the { $among ->
    [groups] groups
   *[people] people
}; there are none yet
# $listed: the first few names, quoted, with commas.
check-not-one-of-listed = { $what } is not one of the { $among ->
    [groups] groups
   *[people] people
} ({ $listed })

## Warnings: allowed, but probably not meant.

# $language: the language as written; $known: the languages there are.
check-unknown-language = language { $language } is not one cochair has yet, so it will be shown in English; write one of { $known }
# $start: the start; $later: twelve hours later.
check-start-after-midnight = start { $start } is just after midnight; for midday write { $later }
check-start-in-the-morning = start { $start } is in the morning; for the evening write { $later }
# $finish: when the items end; $end: the planned end.
check-past-end = the items run to { $finish }, after the planned end { $end }

## Under a good agenda's line.

# $bound: the overtake bound in effect and why (simulate-bound-…).
check-queue = Queue: { $bound }

## What is wrong with how a file is written (agendas and keymaps).

# $starts_with: check-agenda-starts-with or check-keymap-starts-with.
check-empty-file = the file is empty; { $starts_with }
check-agenda-starts-with = an agenda starts with `Agenda(` (see agendas/ for examples)
check-keymap-starts-with = a keymap starts with `Keymap(modes: {"{"}` (see keymaps/default.ron)
# $max: how deep a file may nest.
check-too-deep = nested more than { $max } levels deep; a file like this never needs that
# $text: the quoted text; $open and $close: the curly quotes around it.
check-curly-quotes-around = use straight quotes " around text: write "{ $text }", not { $open }{ $text }{ $close }
check-curly-quotes = use straight quotes " around text, not { $open }
# $name: the choice, like Decision.
check-write-without-quotes = write { $name } without quotes
# $number: the number as written inside the quotes.
check-number-without-quotes = a number is written without quotes: write { $number }
# $word: the text written without quotes.
check-text-in-quotes = text is written in double quotes: write "{ $word }"
# $name: what was not closed, like Item; $vowel: yes when it starts with a vowel.
check-not-closed = { $vowel ->
    [yes] an
   *[no] a
} { $name }( … ) is not closed before this: write `)` at the end of the one above
# $field: the field; $unit: minutes, seconds or other; $write: what to write (check-whole-or-next
# or a number).
check-whole-number = { $unit ->
    [minutes] { $field } is a whole number of minutes: write { $write }
    [seconds] { $field } is a whole number of seconds: write { $write }
   *[other] { $field } is a whole number: write { $write }
}
# $whole: the number without its fraction; $next: one more.
check-whole-or-next = { $whole } or { $next }

check-quote-runs-on = this quoted text runs on past the end of its line: is its closing `"` missing?
check-expected-comma = expected a comma: is a `,` missing before this?
check-trailing-text = there is more text after the closing `)`
check-ends-early = the file ends too early: is a closing `)`, `]` or `"` missing?
check-true-or-false = write true or false
check-out-of-range = this number is out of range (whole numbers from 0 up)
# $field: the field, as written.
check-field-twice = `{ $field }` is written twice; keep one of them
check-write-whole-number = write a whole number here, like 10
check-write-number = write a number here, like 1.5
check-write-text = write text here in double quotes, like "Welcome"
# $outer: what the field belongs in, like Item; $field: the field.
check-missing-field-of = `{ $outer }` is missing its `{ $field }`
check-missing-field = `{ $field }` is missing
# $found: the name as written.
check-no-dash = `{ $found }` cannot be written with a `-` here
# $expected: the name the file must start with, like Agenda; $found: the name written.
check-other-struct = Expected struct `{ $expected }` but found `{ $found }`

## A field the file does not have. $found is the field as written; $outer what it is written
## in (Item, Group), empty when that is not known; $vowel is yes when $outer starts with a
## vowel, no when not, none when there is no $outer.

# $guess: the field it probably meant.
check-unknown-field-did-you-mean = unknown field `{ $found }`; did you mean `{ $guess }`?
# $only: the one field there is.
check-unknown-field-only = unknown field `{ $found }`; { $vowel ->
    [yes] an { $outer }
    [no] a { $outer }
   *[none] it
} has only `{ $only }`
# $fields: the fields but the last, with commas; $last: the last field.
check-unknown-field-fields = unknown field `{ $found }`; { $vowel ->
    [yes] an { $outer }
    [no] a { $outer }
   *[none] it
} has the fields { $fields } and { $last }
check-unknown-field = unknown field `{ $found }`

## A name that is not one of the choices. $found is the name as written; $unknown is one of
## check-unknown-item-kind … check-unknown-choice.

check-unknown-item-kind = unknown item kind `{ $found }`
check-unknown-action = unknown action `{ $found }`
check-unknown-role = unknown role `{ $found }`
check-unknown-policy = unknown policy `{ $found }`
check-unknown-carry-hands = unknown carry_hands `{ $found }`
check-unknown-choice = unknown choice `{ $found }`
# $names: every choice, with commas.
check-unknown-name-choices = { $unknown }; the choices are { $names }
# $name: the same name written as the file writes it.
check-unknown-name-write = { $unknown }; write { $name }
# $guess: the name it probably meant.
check-unknown-name-did-you-mean = { $unknown }; did you mean `{ $guess }`?
# $guesses: the names it may have meant but the last, quoted, with commas; $last: the last.
check-unknown-name-did-you-mean-list = { $unknown }; did you mean { $guesses } or `{ $last }`?

## What is wrong in a keymap. Key, mode and action names stay as the file writes them; a
## quoted name ($name, $key, $guess) comes with its double quotes.

# $modes: every mode, with commas.
check-keymap-unknown-mode = unknown mode { $name }; the modes are { $modes }
# $guess: the key it probably meant.
check-keymap-unknown-key-did-you-mean = unknown key { $key }; did you mean { $guess }?
check-keymap-unknown-key = unknown key { $key }; keys are single characters, enter, esc, tab, backtab, space, backspace, delete, insert, up, down, left, right, pageup, pagedown, home, end, f1 to f12, with ctrl-, alt- or shift- in front
# $key: the key, without quotes; $first: the action it was bound to first.
check-keymap-key-twice = key "{ $key }" is bound twice in this mode (first to { $first }); keep one
# $mode: the mode, without quotes.
check-keymap-mode-twice = mode "{ $mode }" appears twice; put all its keys in one place
# $found: what is there instead, as the parser says it in English ("the unsigned integer `5`").
check-keymap-not-modes = Expected a map from mode names to key bindings, like {"{"} "meeting": {"{"} "n": next_item {"}"} {"}"} but found { $found } instead
check-keymap-not-keys = Expected a map from key names to actions, like {"{"} "n": next_item {"}"} but found { $found } instead
# A command a keymap left without a key. $command and $now: actions; $mode: the mode; $key:
# the key that ran $command; $describe: what $now does.
check-keymap-lost-key = { $command } has no key in { $mode }: { $key } now runs { $now } ({ $describe })

## A file of another kind where an agenda or a journal goes. $path is the file as it can be
## typed in a shell.

check-journal-not-agenda = is a meeting's journal, not an agenda: `cochair export { $path }` makes its minutes, and `cochair --journal { $path }` opens the meeting again
# $what: one of check-made-….
check-made-not-agenda = is { $what } made by cochair, not an agenda: an agenda is a .ron file that starts with `Agenda(` (agendas/ holds examples to copy)
check-agenda-not-journal = is an agenda, not a meeting's journal: `cochair { $path }` opens its meeting and `cochair agenda { $path }` makes the agenda to send out; a journal is the .jsonl file a meeting is recorded in; cochair prints its path when it quits
check-made-not-journal = is { $what } made by cochair, not a meeting's journal: give the journal it was made from; a journal is the .jsonl file a meeting is recorded in; cochair prints its path when it quits
check-empty-not-journal = is empty, so it is not a meeting's journal; a journal is the .jsonl file a meeting is recorded in; cochair prints its path when it quits
check-made-minutes = minutes
check-made-action-items = a list of action items
check-made-report = a report
check-made-report-csv = a report (CSV)
check-made-chart = a chart
check-made-easy-read-minutes = Easy Read minutes
check-made-easy-read-agenda = an Easy Read agenda
check-made-sent-agenda = an agenda as sent to members
check-made-todo = a todo.txt list of action items

## `cochair check --plan`.

# A title that holds this word is not marked again.
check-break-word = break
# $title: a break's title, as written.
check-plan-break = { $title } (break)
