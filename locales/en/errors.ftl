### Why a command could not do what it was asked: joining a meeting, hosting one, opening one.
### Each message is a whole sentence or two; paths, commands and flags stay as they are typed.

## Joining a meeting (`cochair join`)

# $path: the journal given with --journal.
errors-join-no-such-file = { $path }: no such file. Join with the meeting's journal, as the host's screen names it on its bottom line, or leave out --journal to join the one meeting open for you
# $path: the file given; $what: what it is instead (one of the errors-join-is-* messages);
# $args: this screen's job as flags, like "--role timekeeper".
errors-join-not-a-journal = { $path } { $what }: the host opens the agenda (`cochair AGENDA.ron`), then the others join the journal it names (`cochair join --journal JOURNAL { $args }`)
errors-join-is-folder = is a folder, not a journal
errors-join-is-agenda = is an agenda, not a journal
errors-join-is-minutes = holds minutes (made by `cochair export`), not a journal
errors-join-is-other = is not a cochair journal
errors-join-is-unreadable = cannot be read, so it is no journal cochair can join
# $path: the journal; $owner: the user whose meeting it is; $host: this machine's name;
# $quoted: the journal's path quoted for a shell; $args: as above.
errors-join-not-yours = { $path } is { $owner }'s meeting: only { $owner } can join it. Join it over SSH as { $owner }: ssh -t { $owner }@{ $host } cochair join --journal { $quoted } { $args }
# $journal: the journal; $folder: where cochair looked; $quoted: the journal quoted for a shell.
errors-join-not-open = No meeting is open on { $journal }: its host is not running (cochair looked for it in { $folder }). The host opens it with `cochair --journal { $quoted }`; then join again
# $args: this screen's job as flags.
errors-join-no-terminal = cochair join needs a terminal. Over SSH, ask for one with -t: ssh -t HOST cochair join { $args }
# $folder: where cochair looked; $args: this screen's job as flags.
errors-join-none-open = No meeting is open for this user (cochair looked in { $folder }). The host opens one first (`cochair AGENDA.ron`), then the others join it: cochair join { $args }; or give the journal with --journal PATH
errors-join-runtime-folder = the runtime folder
errors-join-several = Several meetings are open; choose one with --journal PATH:
# One open meeting, under errors-join-several. $title: the meeting's title; $date: its day;
# $journal: its journal.
errors-join-open-meeting = { $title } · { $date } · { $journal }
# $title, $date, $journal: as above.
errors-join-open-rehearsal = { $title } · { $date } (rehearsal) · { $journal }
# $error: the system's words.
errors-join-folder-not-yours = { $error }
    Only the user who opened the meeting can join it; from another account or machine, join over ssh as that user
errors-join-no-sockets = cochair join needs local sockets, which this platform does not have yet

## The host's socket, as a joining screen meets it

# $socket: the meeting's socket.
errors-socket-not-yours = { $socket }: permission denied: only the user who opened the meeting can join it (from another machine or account, join over ssh as that user)
# $error: the system's words.
errors-socket-no-answer = the meeting's host does not answer ({ $error })
# $goodbye: what the host said, in its words.
errors-socket-refused = The host said: { $goodbye }
# $protocol: this screen's protocol; $said: the old host's own words.
errors-socket-old-host = The host runs another version of cochair (protocol 1; this screen speaks { $protocol }) and said: { $said }
errors-socket-closed = the meeting's host closed the connection
# $what: the message, as the program sees it.
errors-socket-unexpected = the host said something unexpected: { $what }
# $why: what is wrong with it, in the JSON reader's words.
errors-socket-not-understood = the host sent a line not understood: { $why }
errors-socket-line-too-long = the host sent a line too long
errors-socket-no-journal = the host did not send the journal
# $bytes: the journal's length.
errors-socket-journal-too-long = the host's journal is { $bytes } bytes, more than a screen takes
errors-socket-journal-cut = the host's journal was cut short
errors-socket-journal-unended = the host's journal did not end where it said
# $folder: the folder where the meetings' sockets are.
errors-socket-folder-not-yours = { $folder }: permission denied: the folder where a meeting's screens meet belongs to another user
errors-socket-no-sockets = other screens cannot join on this platform

## A meeting another cochair has open

# $path: the journal; $join: the command that joins it; $others: the other ways to join.
errors-open-elsewhere = { $path }: this meeting is already open in another cochair; join it instead: { $join } { $others }
# $pid: the process that has it open; the rest as above.
errors-open-elsewhere-process = { $path }: this meeting is already open in another cochair (process { $pid }); join it instead: { $join } { $others }
# $user: the other user; $host: this machine; the rest as above.
errors-open-elsewhere-user = { $path }: this meeting is already open in another cochair (process { $pid }, user { $user }); join it as { $user }: ssh -t { $user }@{ $host } { $join } { $others }
errors-open-other-ways = (or --role secretary, --role observer, --view room for the wall)

## Opening a meeting

# On the host's status line: its socket could not be opened. $why: the reason.
errors-open-no-screens = Other screens cannot join: { $why }

errors-open-no-terminal = cochair needs a terminal; for the minutes use `cochair export JOURNAL`
errors-open-nothing-changed = Nothing was changed.
errors-open-no-data-folder = cannot find a data directory for journals; give one with --journal PATH
# $path: the journal given; $quoted: the same, quoted for a shell.
errors-open-no-journal = { $path }: no such journal; to start a new meeting give its agenda: cochair AGENDA.ron --journal { $quoted }
# $journal: the journal; $agenda: the agenda file it was made from; $quoted: the journal quoted.
errors-open-other-agenda = { $journal }: this journal holds a meeting with a different agenda (from { $agenda }); resume it with `cochair --journal { $quoted }` or start a new one with --journal NEW_FILE

## Why the host said goodbye to a screen.
# $at: when the host closed the meeting (a date and time in UTC).
errors-goodbye-closed = the host closed the meeting at { $at }
# $max: how many screens the host takes.
errors-goodbye-too-many-screens = the host has as many screens joined as it takes ({ $max }; the host's --max-screens sets it)
# $host, $screen: the protocol versions of the host and of this screen.
errors-goodbye-other-protocol = the host speaks protocol { $host }, this screen { $screen }: run the same version of cochair on both
errors-goodbye-no-hello = a screen starts with hello
# $max_kib: the longest line the host takes, in KiB.
errors-goodbye-line-too-long = a line longer than { $max_kib } KiB; closing

## A journal that cannot be read, after its path (and line)

# $why: what is wrong with the line, one of the messages below.
errors-journal-left = { $why }; the file was left as it is
errors-journal-empty = is empty; it is not a cochair journal
errors-journal-no-header = is not a cochair journal (its first line is not a journal header)
# $format: the journal's format; $reads: the format this cochair reads.
errors-journal-newer = was written by a newer cochair (journal format { $format }; this version reads format { $reads }); update cochair to open it
# $why: what is wrong, in the JSON reader's words.
errors-journal-header = journal header: { $why }
# $place: where in the agenda, like items[1].lead; $problem: what is wrong there.
errors-journal-header-agenda = the agenda in the journal header is not valid: { $place }: { $problem }
# $why: the JSON reader's words.
errors-journal-unknown-event = unknown event: { $why }
# $why: the JSON reader's words.
errors-journal-damaged = damaged line: { $why }

## A file people write (an agenda, a keymap) that cannot be read, after its path

errors-file-directory = is a directory, not a file
# $kib: the file's size in KiB; $most: the largest size taken, in KiB.
errors-file-too-big = is { $kib } KiB; files larger than { $most } KiB are refused
errors-file-not-utf8 = is not UTF-8 text; save the file as UTF-8
errors-file-not-found = no such file
errors-file-permission-denied = permission denied

## The members' page, as the host or `cochair join --members-url` meets it

# $why: why, one of the messages below or the system's words.
errors-members-cannot-serve = the members' page cannot be served: { $why }
# $path: the secrets file beside the journal; $error: the JSON reader's words.
errors-members-not-secrets = { $path }: not the members' page's secrets ({ $error }); remove it to make new ones (the page's address changes)
# $path: as above.
errors-members-secrets-damaged = { $path }: the members' page's secrets are damaged; remove the file to make new ones
# $path: as above.
errors-members-key-damaged = { $path }: the signing key is damaged
# $error: the system's words.
errors-members-no-randomness = no randomness: { $error }
# $path: the journal.
errors-members-not-served = { $path }: the meeting's host does not serve the members' page; open the meeting with --members auto

## The terminal a meeting's screen runs in

# $error: the system's words, in each of these.
errors-terminal-signals = cannot watch for signals: { $error }
errors-terminal-unusable = cannot use this terminal: { $error }
errors-terminal-failed = terminal error: { $error }
