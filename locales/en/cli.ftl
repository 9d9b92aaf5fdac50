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
