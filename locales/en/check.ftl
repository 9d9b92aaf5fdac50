### What `cochair check` says of an agenda that is good.

# What the agenda holds to discuss: $items is the items to discuss, $breaks the planned breaks.
check-what = { $breaks ->
    [0] { $items ->
        [one] 1 item
       *[other] { $items } items
    }
   *[other] { $items ->
        [one] 1 item
       *[other] { $items } items
    } and { $breaks ->
        [one] 1 break
       *[other] { $breaks } breaks
    }
}
# $path: the agenda file; $what: check-what; $people: how many people it lists; $planned: the
# planned length, like "1h 35m".
check-ok = { $path }: ok — { $what }, { $people ->
    [one] 1 person
   *[other] { $people } people
}, { $planned } planned
