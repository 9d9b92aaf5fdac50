# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_cochair_global_optspecs
    string join \n journal= rehearse keymap= theme= follows= max-screens= members= lang= h/help V/version
end

function __fish_cochair_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_cochair_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_cochair_using_subcommand
    set -l cmd (__fish_cochair_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c cochair -n "__fish_cochair_needs_command" -l journal -d 'The meeting\'s journal. Default: <agenda name>-<date>.jsonl in the journal folder (~/.local/share/cochair on Linux, ~/Library/Application Support/cochair on macOS, %APPDATA%\\cochair\\data on Windows), with the agenda\'s date (or today\'s when it has none). If it exists, the meeting resumes from it; it is made when the first thing is recorded' -r -F
complete -c cochair -n "__fish_cochair_needs_command" -l keymap -d 'A keymap file whose keys replace the built-in ones (default: keymap.ron in the config directory, if it exists)' -r -F
complete -c cochair -n "__fish_cochair_needs_command" -l theme -d 'Colours: standard, or high-contrast for projectors. NO_COLOR turns colour off' -r -f -a "standard\t'The usual colours'
high-contrast\t'Bright on black, for washed-out projectors'"
complete -c cochair -n "__fish_cochair_needs_command" -l follows -d 'The journal of the meeting this one follows, whose open actions it reviews; none for no earlier meeting. Default: the latest adjourned journal of the same agenda' -r
complete -c cochair -n "__fish_cochair_needs_command" -l max-screens -d 'How many other screens may join this meeting at once (`cochair join`); the next one is told the host is full' -r
complete -c cochair -n "__fish_cochair_needs_command" -l members -d 'Serve the members\' page on the room\'s network, for members to follow the meeting and raise their own hand from their phones: `auto` (this machine\'s address on the local network and a free port; the same again when the meeting is resumed) or ADDR:PORT. The wall shows its QR code (key M). Plain HTTP: see the README on trusted networks' -r
complete -c cochair -n "__fish_cochair_needs_command" -l lang -d 'The language of this screen and of the documents it writes: en or es. Default: the agenda\'s language, else the locale (LC_ALL, LC_MESSAGES, LANG)' -r
complete -c cochair -n "__fish_cochair_needs_command" -l rehearse -d 'Rehearse: run the meeting in a throwaway journal; nothing is kept, and the real meeting\'s journal is not touched'
complete -c cochair -n "__fish_cochair_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cochair -n "__fish_cochair_needs_command" -s V -l version -d 'Print version'
complete -c cochair -n "__fish_cochair_needs_command" -a "join" -d 'Another screen of a meeting open on this machine: the timekeeper\'s, the secretary\'s, an observer\'s, or the room\'s wall (`--view room`). Over ssh from another machine: `ssh -t HOST cochair join --role timekeeper`'
complete -c cochair -n "__fish_cochair_needs_command" -a "check" -d 'Check agenda files without opening them; exits 1 if any is wrong. Warnings (a start at 06:30, items that run past the planned end) do not fail the check.'
complete -c cochair -n "__fish_cochair_needs_command" -a "agenda" -d 'The agenda to send to members before the meeting: when and where, then each item with its planned time, length, lead and description; `--format easy-read` for an Easy Read agenda'
complete -c cochair -n "__fish_cochair_needs_command" -a "keys" -d 'Print the key bindings in effect: MODE<TAB>KEY<TAB>action, sorted'
complete -c cochair -n "__fish_cochair_needs_command" -a "export" -d 'Make the minutes (or the action items) from a meeting\'s journal'
complete -c cochair -n "__fish_cochair_needs_command" -a "simulate" -d 'Simulate a discussion on an agenda\'s people under each queue policy: who gets the airtime, how long hands wait, who is never heard. Same seed, same result'
complete -c cochair -n "__fish_cochair_needs_command" -a "completions" -d 'Print the completion script for a shell: bash, zsh, fish, powershell or elvish'
complete -c cochair -n "__fish_cochair_needs_command" -a "man" -d 'Print the manual page (roff)'
complete -c cochair -n "__fish_cochair_needs_command" -a "report" -d 'A report across meetings: one row per meeting (who came, customer airtime against the target, items customers proposed, decisions, actions due and done), totals and the trend; optionally the chart as SVG'
complete -c cochair -n "__fish_cochair_needs_command" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cochair -n "__fish_cochair_using_subcommand join" -l journal -d 'The meeting\'s journal (default: the one meeting this user has open)' -r -F
complete -c cochair -n "__fish_cochair_using_subcommand join" -l role -d 'Whose job this screen does' -r -f -a "facilitator\t''
timekeeper\t''
secretary\t''
observer\t''"
complete -c cochair -n "__fish_cochair_using_subcommand join" -l view -d '`room`: the room view only, for a projector on a second display' -r -f -a "room\t'The room view: the item, who speaks and who is next, the clocks, large, nothing else'"
complete -c cochair -n "__fish_cochair_using_subcommand join" -l keymap -d 'A keymap file whose keys replace the built-in ones' -r -F
complete -c cochair -n "__fish_cochair_using_subcommand join" -l theme -d 'Colours: standard, or high-contrast for projectors. NO_COLOR turns colour off' -r -f -a "standard\t'The usual colours'
high-contrast\t'Bright on black, for washed-out projectors'"
complete -c cochair -n "__fish_cochair_using_subcommand join" -l lang -d 'The language of this screen: en or es (a Spanish wall beside an English host). Default: the agenda\'s language, else the locale (LC_ALL, LC_MESSAGES, LANG)' -r
complete -c cochair -n "__fish_cochair_using_subcommand join" -l members-url -d 'Print the address of the meeting\'s members\' page (served with --members) and exit, without joining'
complete -c cochair -n "__fish_cochair_using_subcommand join" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cochair -n "__fish_cochair_using_subcommand check" -l lang -d 'The language of its messages: en or es. Default: the locale (LC_ALL, LC_MESSAGES, LANG)' -r
complete -c cochair -n "__fish_cochair_using_subcommand check" -l plan -d 'Print the timing plan too: when each item starts and how long it is'
complete -c cochair -n "__fish_cochair_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cochair -n "__fish_cochair_using_subcommand agenda" -l format -d 'How to write it out' -r -f -a "text\t'Plain text, wrapped at 72 columns'
markdown\t'GitHub-flavoured Markdown'
easy-read\t'Easy Read: one idea a line, times in words, who leads each item, breaks shown'"
complete -c cochair -n "__fish_cochair_using_subcommand agenda" -s o -l output -d 'Write to this file instead of standard output' -r -F
complete -c cochair -n "__fish_cochair_using_subcommand agenda" -l lang -d 'The language to write it in: en or es. Default: the agenda\'s language, else the locale (LC_ALL, LC_MESSAGES, LANG)' -r
complete -c cochair -n "__fish_cochair_using_subcommand agenda" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cochair -n "__fish_cochair_using_subcommand keys" -l keymap -d 'A keymap file whose keys replace the built-in ones (default: keymap.ron in the config directory, if it exists)' -r -F
complete -c cochair -n "__fish_cochair_using_subcommand keys" -s h -l help -d 'Print help'
complete -c cochair -n "__fish_cochair_using_subcommand export" -l format -d 'What to make from it' -r -f -a "minutes\t'Plain text, wrapped at 72 columns'
markdown\t'The minutes as GitHub-flavoured Markdown'
actions\t'The action items alone, by owner'
todo\t'One todo.txt line per action item'
easy-read\t'Easy Read minutes: plain words, short sentences, decisions first'"
complete -c cochair -n "__fish_cochair_using_subcommand export" -s o -l output -d 'Write to this file instead of standard output. A new file is readable by its owner only; a file that is there keeps its mode' -r -F
complete -c cochair -n "__fish_cochair_using_subcommand export" -l lang -d 'The language to write it in: en or es (todo.txt is the same in both). Default: the agenda\'s language, else the locale (LC_ALL, LC_MESSAGES, LANG)' -r
complete -c cochair -n "__fish_cochair_using_subcommand export" -l include-confidential -d 'Put the notes and speakers of confidential items in'
complete -c cochair -n "__fish_cochair_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cochair -n "__fish_cochair_using_subcommand simulate" -l policy -d 'The policy to run, or all of them side by side' -r -f -a "weighted-fair\t'The least airtime for the group\'s weight first (the default in agendas)'
fifo\t'First come, first served'
progressive-stack\t'The highest group weight first'
all\t'Each of them, side by side'"
complete -c cochair -n "__fish_cochair_using_subcommand simulate" -l seed -d 'The seed of the random choices: the same seed, the same meeting' -r
complete -c cochair -n "__fish_cochair_using_subcommand simulate" -l seeds -d 'Run every seed from FIRST to LAST (both included) and give each figure\'s median, lowest and highest' -r
complete -c cochair -n "__fish_cochair_using_subcommand simulate" -l minutes -d 'Length of the whole meeting in minutes, from 1 to 1440 (default: the agenda\'s plan)' -r
complete -c cochair -n "__fish_cochair_using_subcommand simulate" -l eagerness -d 'How much more often a group raises hands than the base rate, e.g. staff=2' -r
complete -c cochair -n "__fish_cochair_using_subcommand simulate" -l weight -d 'A weight to try for a group in place of the agenda\'s, e.g. carers=1.5' -r
complete -c cochair -n "__fish_cochair_using_subcommand simulate" -l max-overtakes -d 'An overtake bound to try in place of the agenda\'s (written, or derived from the weights and sizes)' -r
complete -c cochair -n "__fish_cochair_using_subcommand simulate" -l lang -d 'The language of the table and the verdict: en or es (the JSON is the same in both). Default: the agenda\'s language, else the locale (LC_ALL, LC_MESSAGES, LANG)' -r
complete -c cochair -n "__fish_cochair_using_subcommand simulate" -l json -d 'Print the figures as JSON'
complete -c cochair -n "__fish_cochair_using_subcommand simulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cochair -n "__fish_cochair_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cochair -n "__fish_cochair_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cochair -n "__fish_cochair_using_subcommand report" -l series -d 'Every journal of one agenda: a folder of journals, or the agenda\'s name (family-council) to take its journals from the data folder' -r
complete -c cochair -n "__fish_cochair_using_subcommand report" -l format -d 'How to write the report: a text table, Markdown, or CSV for a spreadsheet' -r -f -a "text\t'A table at 72 columns with a key'
markdown\t'GitHub-flavoured Markdown'
csv\t'Comma-separated values, one row per meeting, for a spreadsheet'"
complete -c cochair -n "__fish_cochair_using_subcommand report" -l chart -d 'Also draw the chart (customer airtime against the target, items proposed by customers) into this SVG file' -r -F
complete -c cochair -n "__fish_cochair_using_subcommand report" -s o -l output -d 'Write the report to this file instead of standard output' -r -F
complete -c cochair -n "__fish_cochair_using_subcommand report" -l lang -d 'The language of the text, the Markdown and the chart: en or es (the CSV is the same in both). Default: the first meeting\'s agenda\'s language, else the locale (LC_ALL, LC_MESSAGES, LANG)' -r
complete -c cochair -n "__fish_cochair_using_subcommand report" -l mixed -d 'Report on journals of different agendas together'
complete -c cochair -n "__fish_cochair_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cochair -n "__fish_cochair_using_subcommand help; and not __fish_seen_subcommand_from join check agenda keys export simulate completions man report help" -f -a "join" -d 'Another screen of a meeting open on this machine: the timekeeper\'s, the secretary\'s, an observer\'s, or the room\'s wall (`--view room`). Over ssh from another machine: `ssh -t HOST cochair join --role timekeeper`'
complete -c cochair -n "__fish_cochair_using_subcommand help; and not __fish_seen_subcommand_from join check agenda keys export simulate completions man report help" -f -a "check" -d 'Check agenda files without opening them; exits 1 if any is wrong. Warnings (a start at 06:30, items that run past the planned end) do not fail the check.'
complete -c cochair -n "__fish_cochair_using_subcommand help; and not __fish_seen_subcommand_from join check agenda keys export simulate completions man report help" -f -a "agenda" -d 'The agenda to send to members before the meeting: when and where, then each item with its planned time, length, lead and description; `--format easy-read` for an Easy Read agenda'
complete -c cochair -n "__fish_cochair_using_subcommand help; and not __fish_seen_subcommand_from join check agenda keys export simulate completions man report help" -f -a "keys" -d 'Print the key bindings in effect: MODE<TAB>KEY<TAB>action, sorted'
complete -c cochair -n "__fish_cochair_using_subcommand help; and not __fish_seen_subcommand_from join check agenda keys export simulate completions man report help" -f -a "export" -d 'Make the minutes (or the action items) from a meeting\'s journal'
complete -c cochair -n "__fish_cochair_using_subcommand help; and not __fish_seen_subcommand_from join check agenda keys export simulate completions man report help" -f -a "simulate" -d 'Simulate a discussion on an agenda\'s people under each queue policy: who gets the airtime, how long hands wait, who is never heard. Same seed, same result'
complete -c cochair -n "__fish_cochair_using_subcommand help; and not __fish_seen_subcommand_from join check agenda keys export simulate completions man report help" -f -a "completions" -d 'Print the completion script for a shell: bash, zsh, fish, powershell or elvish'
complete -c cochair -n "__fish_cochair_using_subcommand help; and not __fish_seen_subcommand_from join check agenda keys export simulate completions man report help" -f -a "man" -d 'Print the manual page (roff)'
complete -c cochair -n "__fish_cochair_using_subcommand help; and not __fish_seen_subcommand_from join check agenda keys export simulate completions man report help" -f -a "report" -d 'A report across meetings: one row per meeting (who came, customer airtime against the target, items customers proposed, decisions, actions due and done), totals and the trend; optionally the chart as SVG'
complete -c cochair -n "__fish_cochair_using_subcommand help; and not __fish_seen_subcommand_from join check agenda keys export simulate completions man report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
