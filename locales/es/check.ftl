### Lo que dice `cochair check` de un orden del día que está bien.

# Lo que tiene el orden del día para tratar: $items son los puntos que se tratan; $breaks, los
# descansos previstos.
check-what = { $breaks ->
    [0] { $items ->
        [one] 1 punto
       *[other] { $items } puntos
    }
   *[other] { $items ->
        [one] 1 punto
       *[other] { $items } puntos
    } y { $breaks ->
        [one] 1 descanso
       *[other] { $breaks } descansos
    }
}
# $path: el archivo del orden del día; $what: check-what; $people: cuántas personas tiene;
# $planned: la duración prevista, como "1h 35m".
check-ok = { $path }: correcto — { $what }, { $people ->
    [one] 1 persona
   *[other] { $people } personas
}, duración prevista { $planned }
