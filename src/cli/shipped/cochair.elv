
use builtin;
use str;

set edit:completion:arg-completer[cochair] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'cochair'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'cochair'= {
            cand --journal 'The meeting''s journal. Default: <agenda name>-<date>.jsonl in the journal folder (~/.local/share/cochair on Linux, ~/Library/Application Support/cochair on macOS, %APPDATA%\cochair\data on Windows), with the agenda''s date (or today''s when it has none). If it exists, the meeting resumes from it; it is made when the first thing is recorded'
            cand --keymap 'A keymap file whose keys replace the built-in ones (default: keymap.ron in the config directory, if it exists)'
            cand --theme 'Colours: standard, or high-contrast for projectors. NO_COLOR turns colour off'
            cand --follows 'The journal of the meeting this one follows, whose open actions it reviews; none for no earlier meeting. Default: the latest adjourned journal of the same agenda'
            cand --max-screens 'How many other screens may join this meeting at once (`cochair join`); the next one is told the host is full'
            cand --members 'Serve the members'' page on the room''s network, for members to follow the meeting and raise their own hand from their phones: `auto` (this machine''s address on the local network and a free port; the same again when the meeting is resumed) or ADDR:PORT. The wall shows its QR code (key M). Plain HTTP: see the README on trusted networks'
            cand --lang 'The language of this screen and of the documents it writes: en or es. Default: the agenda''s language, else the locale (LC_ALL, LC_MESSAGES, LANG)'
            cand --rehearse 'Rehearse: run the meeting in a throwaway journal; nothing is kept, and the real meeting''s journal is not touched'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand join 'Another screen of a meeting open on this machine: the timekeeper''s, the secretary''s, an observer''s, or the room''s wall (`--view room`). Over ssh from another machine: `ssh -t HOST cochair join --role timekeeper`'
            cand check 'Check agenda files without opening them; exits 1 if any is wrong. Warnings (a start at 06:30, items that run past the planned end) do not fail the check.'
            cand agenda 'The agenda to send to members before the meeting: when and where, then each item with its planned time, length, lead and description; `--format easy-read` for an Easy Read agenda'
            cand keys 'Print the key bindings in effect: MODE<TAB>KEY<TAB>action, sorted'
            cand export 'Make the minutes (or the action items) from a meeting''s journal'
            cand simulate 'Simulate a discussion on an agenda''s people under each queue policy: who gets the airtime, how long hands wait, who is never heard. Same seed, same result'
            cand completions 'Print the completion script for a shell: bash, zsh, fish, powershell or elvish'
            cand man 'Print the manual page (roff)'
            cand report 'A report across meetings: one row per meeting (who came, customer airtime against the target, items customers proposed, decisions, actions due and done), totals and the trend; optionally the chart as SVG'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cochair;join'= {
            cand --journal 'The meeting''s journal (default: the one meeting this user has open)'
            cand --role 'Whose job this screen does'
            cand --view '`room`: the room view only, for a projector on a second display'
            cand --keymap 'A keymap file whose keys replace the built-in ones'
            cand --theme 'Colours: standard, or high-contrast for projectors. NO_COLOR turns colour off'
            cand --lang 'The language of this screen: en or es (a Spanish wall beside an English host). Default: the agenda''s language, else the locale (LC_ALL, LC_MESSAGES, LANG)'
            cand --members-url 'Print the address of the meeting''s members'' page (served with --members) and exit, without joining'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cochair;check'= {
            cand --lang 'The language of its messages: en or es. Default: the locale (LC_ALL, LC_MESSAGES, LANG)'
            cand --plan 'Print the timing plan too: when each item starts and how long it is'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cochair;agenda'= {
            cand --format 'How to write it out'
            cand -o 'Write to this file instead of standard output'
            cand --output 'Write to this file instead of standard output'
            cand --lang 'The language to write it in: en or es. Default: the agenda''s language, else the locale (LC_ALL, LC_MESSAGES, LANG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cochair;keys'= {
            cand --keymap 'A keymap file whose keys replace the built-in ones (default: keymap.ron in the config directory, if it exists)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'cochair;export'= {
            cand --format 'What to make from it'
            cand -o 'Write to this file instead of standard output. A new file is readable by its owner only; a file that is there keeps its mode'
            cand --output 'Write to this file instead of standard output. A new file is readable by its owner only; a file that is there keeps its mode'
            cand --lang 'The language to write it in: en or es (todo.txt is the same in both). Default: the agenda''s language, else the locale (LC_ALL, LC_MESSAGES, LANG)'
            cand --include-confidential 'Put the notes and speakers of confidential items in'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cochair;simulate'= {
            cand --policy 'The policy to run, or all of them side by side'
            cand --seed 'The seed of the random choices: the same seed, the same meeting'
            cand --seeds 'Run every seed from FIRST to LAST (both included) and give each figure''s median, lowest and highest'
            cand --minutes 'Length of the whole meeting in minutes, from 1 to 1440 (default: the agenda''s plan)'
            cand --eagerness 'How much more often a group raises hands than the base rate, e.g. staff=2'
            cand --weight 'A weight to try for a group in place of the agenda''s, e.g. carers=1.5'
            cand --max-overtakes 'An overtake bound to try in place of the agenda''s (written, or derived from the weights and sizes)'
            cand --lang 'The language of the table and the verdict: en or es (the JSON is the same in both). Default: the agenda''s language, else the locale (LC_ALL, LC_MESSAGES, LANG)'
            cand --json 'Print the figures as JSON'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cochair;completions'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cochair;man'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cochair;report'= {
            cand --series 'Every journal of one agenda: a folder of journals, or the agenda''s name (family-council) to take its journals from the data folder'
            cand --format 'How to write the report: a text table, Markdown, or CSV for a spreadsheet'
            cand --chart 'Also draw the chart (customer airtime against the target, items proposed by customers) into this SVG file'
            cand -o 'Write the report to this file instead of standard output'
            cand --output 'Write the report to this file instead of standard output'
            cand --lang 'The language of the text, the Markdown and the chart: en or es (the CSV is the same in both). Default: the first meeting''s agenda''s language, else the locale (LC_ALL, LC_MESSAGES, LANG)'
            cand --mixed 'Report on journals of different agendas together'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'cochair;help'= {
            cand join 'Another screen of a meeting open on this machine: the timekeeper''s, the secretary''s, an observer''s, or the room''s wall (`--view room`). Over ssh from another machine: `ssh -t HOST cochair join --role timekeeper`'
            cand check 'Check agenda files without opening them; exits 1 if any is wrong. Warnings (a start at 06:30, items that run past the planned end) do not fail the check.'
            cand agenda 'The agenda to send to members before the meeting: when and where, then each item with its planned time, length, lead and description; `--format easy-read` for an Easy Read agenda'
            cand keys 'Print the key bindings in effect: MODE<TAB>KEY<TAB>action, sorted'
            cand export 'Make the minutes (or the action items) from a meeting''s journal'
            cand simulate 'Simulate a discussion on an agenda''s people under each queue policy: who gets the airtime, how long hands wait, who is never heard. Same seed, same result'
            cand completions 'Print the completion script for a shell: bash, zsh, fish, powershell or elvish'
            cand man 'Print the manual page (roff)'
            cand report 'A report across meetings: one row per meeting (who came, customer airtime against the target, items customers proposed, decisions, actions due and done), totals and the trend; optionally the chart as SVG'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cochair;help;join'= {
        }
        &'cochair;help;check'= {
        }
        &'cochair;help;agenda'= {
        }
        &'cochair;help;keys'= {
        }
        &'cochair;help;export'= {
        }
        &'cochair;help;simulate'= {
        }
        &'cochair;help;completions'= {
        }
        &'cochair;help;man'= {
        }
        &'cochair;help;report'= {
        }
        &'cochair;help;help'= {
        }
    ]
    $completions[$command]
}
