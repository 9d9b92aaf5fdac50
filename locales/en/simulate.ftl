### `cochair simulate`'s table and verdict, as people read them (`--json` is for programs and
### stays as it is). $title and $group are the agenda's words; shares are percentages
### (simulate-percent); times are minutes and seconds (04:30).

# $share is a whole number of percent.
simulate-percent = { $share }%
# The heading: $people on the agenda, $minutes the meeting's length, $seeds which runs
# (simulate-seed or simulate-seeds).
simulate-simulated = Simulated: { $title } — { $people } people, { $minutes } min, { $seeds }
simulate-seed = seed { $seed }
# $seeds is a range, "1..20"; $runs how many runs.
simulate-seeds = seeds { $seeds } ({ $runs } runs)
# $rate is hands a minute; $eagerness is simulate-eagerness-of with each group's, or nothing.
simulate-rate = Each person raises a hand { $rate } times a minute when not speaking or waiting{ $eager ->
    [yes] {" "}(eagerness: { $eagerness })
   *[no] { "" }
}.
# $group is a group's id, $rate how much more eager it is: "staff ×2".
simulate-eagerness-of = { $group } ×{ $rate }
simulate-weights-tried = Weights tried: { $weights }.
# $group is a group's id, $weight the weight tried, $agenda the agenda's.
simulate-weight-tried = { $group } { $weight } (agenda: { $agenda })
simulate-queue = Queue: { $bound }.
simulate-median-note = Each figure is the median of the runs, with the lowest and highest in brackets.
simulate-saturated = Nearly everyone has a hand up all the time, so how eager each group is makes little difference: the shares follow the weights{ $fifo ->
    [yes] {" "}(under fifo, the number of people in each group)
   *[no] { "" }
}.

## The overtake bound in effect, and why. $hands is the bound; $group the lightest group's
## label, when a group outweighs another; $turns the later turns that pass its hand in one
## wait; $derived what the weights and sizes give; $least the smallest bound.

simulate-bound-head = { $lightest ->
    [yes] a { $group } hand
   *[no] a hand
} waits for at most { $hands } later { $hands ->
    [one] hand
   *[other] hands
}
simulate-bound-even = { $head } (max_overtakes: no group outweighs another)
simulate-bound-least = { $head } (max_overtakes from the weights and sizes, at least { $least })
simulate-bound-derived = { $head } (max_overtakes from the weights and sizes: twice the { $turns } later turns that pass it in one wait when everyone keeps a hand up)
simulate-bound-written-below = { $head } (max_overtakes as written; the weights and sizes would give { $derived })
simulate-bound-written = { $head } (max_overtakes as written)
simulate-bound-tried = { $head } (--max-overtakes tried; the weights and sizes give { $derived })

## The table's rows.

# A group's first row: its label, weight and target.
simulate-group = { $group } (weight { $weight })
simulate-group-target = { $group } (weight { $weight }, target { $target })
simulate-airtime = { $share } airtime
simulate-turns = {"  "}turns
simulate-median-wait = {"  "}median wait (minutes)
simulate-hands-up = {"  "}hands up (share of time)
simulate-longest-wait-turns = longest wait (turns)
simulate-longest-wait-minutes = longest wait (minutes)
simulate-most-overtaken = most times overtaken
simulate-never-heard = never heard

## The verdict under one policy ($policy, its name as the command line writes it).

simulate-verdict = Verdict under { $policy }, the mean of seeds { $seeds }:
simulate-verdict-own = Verdict under { $policy } (the agenda's policy), the mean of seeds { $seeds }:
simulate-no-target = { $group }: { $share } of the airtime, no target.
# $standing is on, over or under.
simulate-standing = { $group }: { $share } of the airtime, target { $target }: { $standing ->
    [on] on target
    [over] over target
   *[under] under target
}.
simulate-remedy-weight = A weight of { $weight } (now { $now }) brings it to { $share } under { $policy }.
simulate-remedy-bound = No weight up to { $most }× its own does; max_overtakes { $bound } brings it to { $share }.
simulate-remedy-out-of-reach = Its people do not raise enough hands to reach it: no weight up to { $most }× its own and no overtake bound brings it above { $share }.
simulate-remedy-fifo = Under fifo the weights change nothing: try weighted-fair.

## A group given to --eagerness or --weight that is not taken. $flag is the option
## (--weight), $given what followed it (carers=1.5), $group the group's id, quoted.

# $groups is the agenda's group ids, with commas.
simulate-group-unknown = { $flag } { $given }: there is no group { $group } (groups: { $groups })
# $guess is the agenda's group id closest to $group, quoted.
simulate-group-unknown-did-you-mean = { $flag } { $given }: there is no group { $group }; did you mean { $guess }? (groups: { $groups })
simulate-group-twice = { $flag }: the group { $group } is given twice
