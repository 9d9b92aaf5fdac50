### Due dates as a secretary types them (the due-date prompt, and the new date of a job
### carried over). An ISO date (2026-12-01) is understood in every language, and so are the
### English words below; a language adds its own.

## The words a due date may be typed in: lower case, separated by commas. Accents may be
## left out when typing ("manana" is "mañana").

due-words-today = today
due-words-tomorrow = tomorrow
due-words-none = none
# Words that may go before a date and change nothing: "by fri".
due-words-skip = by, on
# Before a weekday: "this fri" is the Friday of this week.
due-words-this = this
# Before a weekday: "next fri" is the Friday of next week.
due-words-next = next
# After a weekday, meaning the same as due-words-next before it (none in English).
due-words-next-after = { "" }
# After a + and a number: "+3d", "+3 days", "+2w".
due-words-days = d, day, days
due-words-weeks = w, week, weeks
# Each weekday: its full name first, its short form last. The first 3 letters of the full
# name, or more, are understood too.
due-words-monday = monday, mon
due-words-tuesday = tuesday, tue
due-words-wednesday = wednesday, wed
due-words-thursday = thursday, thu
due-words-friday = friday, fri
due-words-saturday = saturday, sat
due-words-sunday = sunday, sun

## What is said under the prompt. $typed is what the secretary typed.

due-forms = a date like 2026-12-01, +3d, +2w, a weekday like fri (the next Friday), this fri, next fri (Friday next week), tomorrow, or none
due-write = Write { due-forms }
due-not-a-date = "{ $typed }" is not a due date; write { due-forms }
due-too-far = a due date at most ten years ahead, please
# $weekday is the day's name, $day the date without its weekday ("23 November"), $short
# the day's short form ("mon").
due-this-week-was = { $weekday } this week was { $day }; write { $short } for the next one
# What a due date typed so far comes to, before it is saved. $date is a date in full.
due-preview = → { $date }
due-preview-none = → no due date
