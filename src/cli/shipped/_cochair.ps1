
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'cochair' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'cochair'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'cochair' {
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The meeting''s journal. Default: <agenda name>-<date>.jsonl in the journal folder (~/.local/share/cochair on Linux, ~/Library/Application Support/cochair on macOS, %APPDATA%\cochair\data on Windows), with the agenda''s date (or today''s when it has none). If it exists, the meeting resumes from it; it is made when the first thing is recorded')
            [CompletionResult]::new('--keymap', '--keymap', [CompletionResultType]::ParameterName, 'A keymap file whose keys replace the built-in ones (default: keymap.ron in the config directory, if it exists)')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours: standard, or high-contrast for projectors. NO_COLOR turns colour off')
            [CompletionResult]::new('--follows', '--follows', [CompletionResultType]::ParameterName, 'The journal of the meeting this one follows, whose open actions it reviews; none for no earlier meeting. Default: the latest adjourned journal of the same agenda')
            [CompletionResult]::new('--max-screens', '--max-screens', [CompletionResultType]::ParameterName, 'How many other screens may join this meeting at once (`cochair join`); the next one is told the host is full')
            [CompletionResult]::new('--members', '--members', [CompletionResultType]::ParameterName, 'Serve the members'' page on the room''s network, for members to follow the meeting and raise their own hand from their phones: `auto` (this machine''s address on the local network and a free port; the same again when the meeting is resumed) or ADDR:PORT. The wall shows its QR code (key M). Plain HTTP: see the README on trusted networks')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of this screen and of the documents it writes: en or es. Default: the agenda''s language, else the locale (LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--rehearse', '--rehearse', [CompletionResultType]::ParameterName, 'Rehearse: run the meeting in a throwaway journal; nothing is kept, and the real meeting''s journal is not touched')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Another screen of a meeting open on this machine: the timekeeper''s, the secretary''s, an observer''s, or the room''s wall (`--view room`). Over ssh from another machine: `ssh -t HOST cochair join --role timekeeper`')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check agenda files without opening them; exits 1 if any is wrong. Warnings (a start at 06:30, items that run past the planned end) do not fail the check.')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'The agenda to send to members before the meeting: when and where, then each item with its planned time, length, lead and description; `--format easy-read` for an Easy Read agenda')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print the key bindings in effect: MODE<TAB>KEY<TAB>action, sorted')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Make the minutes (or the action items) from a meeting''s journal')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate a discussion on an agenda''s people under each queue policy: who gets the airtime, how long hands wait, who is never heard. Same seed, same result')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell: bash, zsh, fish, powershell or elvish')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'A report across meetings: one row per meeting (who came, customer airtime against the target, items customers proposed, decisions, actions due and done), totals and the trend; optionally the chart as SVG')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cochair;join' {
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The meeting''s journal (default: the one meeting this user has open)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Whose job this screen does')
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, '`room`: the room view only, for a projector on a second display')
            [CompletionResult]::new('--keymap', '--keymap', [CompletionResultType]::ParameterName, 'A keymap file whose keys replace the built-in ones')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'Colours: standard, or high-contrast for projectors. NO_COLOR turns colour off')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of this screen: en or es (a Spanish wall beside an English host). Default: the agenda''s language, else the locale (LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--members-url', '--members-url', [CompletionResultType]::ParameterName, 'Print the address of the meeting''s members'' page (served with --members) and exit, without joining')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cochair;check' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of its messages: en or es. Default: the locale (LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Print the timing plan too: when each item starts and how long it is')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cochair;agenda' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to write it out')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language to write it in: en or es. Default: the agenda''s language, else the locale (LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cochair;keys' {
            [CompletionResult]::new('--keymap', '--keymap', [CompletionResultType]::ParameterName, 'A keymap file whose keys replace the built-in ones (default: keymap.ron in the config directory, if it exists)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'cochair;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to make from it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output. A new file is readable by its owner only; a file that is there keeps its mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output. A new file is readable by its owner only; a file that is there keeps its mode')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language to write it in: en or es (todo.txt is the same in both). Default: the agenda''s language, else the locale (LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--include-confidential', '--include-confidential', [CompletionResultType]::ParameterName, 'Put the notes and speakers of confidential items in')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cochair;simulate' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy to run, or all of them side by side')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'The seed of the random choices: the same seed, the same meeting')
            [CompletionResult]::new('--seeds', '--seeds', [CompletionResultType]::ParameterName, 'Run every seed from FIRST to LAST (both included) and give each figure''s median, lowest and highest')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'Length of the whole meeting in minutes, from 1 to 1440 (default: the agenda''s plan)')
            [CompletionResult]::new('--eagerness', '--eagerness', [CompletionResultType]::ParameterName, 'How much more often a group raises hands than the base rate, e.g. staff=2')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'A weight to try for a group in place of the agenda''s, e.g. carers=1.5')
            [CompletionResult]::new('--max-overtakes', '--max-overtakes', [CompletionResultType]::ParameterName, 'An overtake bound to try in place of the agenda''s (written, or derived from the weights and sizes)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the table and the verdict: en or es (the JSON is the same in both). Default: the agenda''s language, else the locale (LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the figures as JSON')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cochair;completions' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cochair;man' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cochair;report' {
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'Every journal of one agenda: a folder of journals, or the agenda''s name (family-council) to take its journals from the data folder')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to write the report: a text table, Markdown, or CSV for a spreadsheet')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Also draw the chart (customer airtime against the target, items proposed by customers) into this SVG file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to this file instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to this file instead of standard output')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the text, the Markdown and the chart: en or es (the CSV is the same in both). Default: the first meeting''s agenda''s language, else the locale (LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--mixed', '--mixed', [CompletionResultType]::ParameterName, 'Report on journals of different agendas together')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'cochair;help' {
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Another screen of a meeting open on this machine: the timekeeper''s, the secretary''s, an observer''s, or the room''s wall (`--view room`). Over ssh from another machine: `ssh -t HOST cochair join --role timekeeper`')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check agenda files without opening them; exits 1 if any is wrong. Warnings (a start at 06:30, items that run past the planned end) do not fail the check.')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'The agenda to send to members before the meeting: when and where, then each item with its planned time, length, lead and description; `--format easy-read` for an Easy Read agenda')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print the key bindings in effect: MODE<TAB>KEY<TAB>action, sorted')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Make the minutes (or the action items) from a meeting''s journal')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate a discussion on an agenda''s people under each queue policy: who gets the airtime, how long hands wait, who is never heard. Same seed, same result')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell: bash, zsh, fish, powershell or elvish')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'A report across meetings: one row per meeting (who came, customer airtime against the target, items customers proposed, decisions, actions due and done), totals and the trend; optionally the chart as SVG')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cochair;help;join' {
            break
        }
        'cochair;help;check' {
            break
        }
        'cochair;help;agenda' {
            break
        }
        'cochair;help;keys' {
            break
        }
        'cochair;help;export' {
            break
        }
        'cochair;help;simulate' {
            break
        }
        'cochair;help;completions' {
            break
        }
        'cochair;help;man' {
            break
        }
        'cochair;help;report' {
            break
        }
        'cochair;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
