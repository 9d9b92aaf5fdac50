### The command line's own words, around what the commands make.

# One line, when the language asked for (--lang, an agenda's language, or the environment's
# locale) is not one cochair has. $asked is what was asked for; $known lists the languages
# there are, like "en (English), es (Español)".
cli-language-unknown = cochair has no messages in "{ $asked }" yet, so this is in English; it speaks { $known }.
