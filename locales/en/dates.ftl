### Dates, times and lengths of time, as people read them (not machine formats: the journal
### and todo.txt always write 2026-12-03).

## The days of the week and the months, as they are written inside a sentence.

dates-monday = Monday
dates-tuesday = Tuesday
dates-wednesday = Wednesday
dates-thursday = Thursday
dates-friday = Friday
dates-saturday = Saturday
dates-sunday = Sunday
dates-january = January
dates-february = February
dates-march = March
dates-april = April
dates-may = May
dates-june = June
dates-july = July
dates-august = August
dates-september = September
dates-october = October
dates-november = November
dates-december = December

## A date in full. $weekday and $month are the names above; $day and $year are numbers.

# "Thursday 3 December 2026"
dates-long = { $weekday } { $day } { $month } { $year }
# "Thursday 3 December", when the year goes without saying.
dates-day = { $weekday } { $day } { $month }

# "23 November", when the weekday goes without saying.
dates-day-month = { $day } { $month }

## Times in words, for Easy Read: "at half past 6 in the evening". The time is rounded to 5
## minutes. $hour is the hour said, on a 12-hour clock (1 to 12); $minutes is 5, 10, 20 or 25;
## $part is the part of the day: midnight, small-hours (0:00 to 5:59), morning (6:00 to
## 11:59), midday, afternoon (12:00 to 17:59), evening (18:00 to 20:59) or night (21:00 to
## 23:59). midday and midnight are said on the hour and at a quarter to.

# The words after a time for its part of the day.
dates-part = { $part ->
    [afternoon] in the afternoon
    [evening] in the evening
    [night] in the evening
   *[morning] in the morning
}
dates-oclock = { $part ->
    [midday] midday
    [midnight] midnight
   *[other] { $hour } o'clock { dates-part }
}
dates-quarter-past = quarter past { $hour } { dates-part }
dates-half-past = half past { $hour } { dates-part }
dates-quarter-to = { $part ->
    [midday] quarter to midday
    [midnight] quarter to midnight
   *[other] quarter to { $hour } { dates-part }
}
dates-minutes-past = { $minutes } past { $hour } { dates-part }
dates-minutes-to = { $minutes } to { $hour } { dates-part }
# A time above, with the word for "at". $about is yes when the time was rounded.
dates-at = { $about ->
    [yes] at about { $time }
   *[no] at { $time }
}

## Lengths of time in words: "1 hour and 15 minutes".

dates-no-time = no time
dates-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
dates-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
dates-hours-minutes = { dates-hours } and { dates-minutes }

## A list of names: "Ana, Sam and Mei". $first is every name but the last, with commas;
## $next is the sound the last name starts with (i, o or other), for languages whose "and"
## changes before it (English says "and" before every sound: a selector with one variant).

dates-and-list = { $first } { $next ->
   *[other] and
} { $last }
# "consumer or carer": the same, with "or".
dates-or-list = { $first } { $next ->
   *[other] or
} { $last }
