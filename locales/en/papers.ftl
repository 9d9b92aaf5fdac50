### The papers sent before a meeting: the agenda as members receive it (text and Markdown;
### the Easy Read agenda is in easy-read.ftl). $title, $name, $place and $text are the agenda's own words;
### $time is a planned time (18:05, or +0:25 when the agenda has no start), $length a length
### from papers-length.

papers-date = Date
papers-time = Time
# $start and $end are times: "18:00–20:00".
papers-times = { $start }–{ $end }
papers-length-label = Length
papers-place = Place
papers-chair = Chair
papers-apologies = Apologies
papers-items = Items
# A length of time, short: "5m", "2h", "1h 30m". $hours and $minutes are numbers.
papers-length = { $hours ->
    [0] { $minutes }m
   *[other] { $minutes ->
        [0] { $hours }h
       *[other] { $hours }h { $minutes }m
    }
}
# An item's line: "18:05 · 2. Check-in round (10m, Discussion)." $number is its number,
# $kind its kind (agenda-kind-*).
papers-item = { $time } · { $number }. { $title } ({ $length }, { $kind }).
papers-item-confidential = { $time } · { $number }. { $title } ({ $length }, { $kind }, confidential).
# A break: $named is yes when its title already says it is a break.
papers-break = { $named ->
    [yes] { $time } · { $number }. { $title } ({ $length }).
   *[no] { $time } · { $number }. { $title } (break) ({ $length }).
}
# The word a break's title may hold, in lower case, so it is not said twice.
papers-break-word = break
# After an item's line, each a sentence of its own.
papers-lead = Lead: { $name }.
papers-proposed-by = Proposed by: { $name }.
papers-motion = Motion: { $text }
papers-confidential = Items marked confidential are held in confidence: what is said stays out of the minutes.
