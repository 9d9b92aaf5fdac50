### La tabla y el veredicto de `cochair simulate`, como los lee una persona (`--json` es para
### programas y no cambia). $title y $group son palabras del orden del día; las partes son
### porcentajes (simulate-percent); los tiempos, minutos y segundos (04:30).

# $share es un número entero de por ciento.
simulate-percent = { $share } %
# La cabecera: $people del orden del día, $minutes lo que dura la reunión, $seeds qué
# pasadas (simulate-seed o simulate-seeds).
simulate-simulated = Simulación: { $title } — { $people ->
    [one] 1 persona
   *[other] { $people } personas
}, { $minutes } min, { $seeds }
simulate-seed = semilla { $seed }
# $seeds es un intervalo, "1..20"; $runs, cuántas pasadas.
simulate-seeds = { $runs ->
    [one] semilla { $seeds } (1 pasada)
   *[other] semillas { $seeds } ({ $runs } pasadas)
}
# $rate es manos por minuto; $eagerness, simulate-eagerness-of de cada grupo, o nada.
simulate-rate = Cada persona levanta la mano { $rate } veces por minuto cuando no habla ni espera{ $eager ->
    [yes] {" "}(ganas: { $eagerness })
   *[no] { "" }
}.
# $group es el id de un grupo, $rate cuántas más ganas tiene: "equipo ×2".
simulate-eagerness-of = { $group } ×{ $rate }
simulate-weights-tried = Pesos probados: { $weights }.
# $group es el id de un grupo, $weight el peso probado, $agenda el del orden del día.
simulate-weight-tried = { $group } { $weight } (orden del día: { $agenda })
simulate-queue = Lista: { $bound }.
simulate-median-note = Cada cifra es la mediana de las pasadas, con la más baja y la más alta entre paréntesis.
simulate-saturated = Casi todo el mundo tiene la mano levantada todo el tiempo, así que las ganas de cada grupo cambian poco: las partes siguen a los pesos{ $fifo ->
    [yes] {" "}(con fifo, al número de personas de cada grupo)
   *[no] { "" }
}.

## El límite de adelantos, y por qué. $hands es el límite; $group el nombre del grupo con
## menos peso, si un grupo pesa más que otro; $turns los turnos que pasan delante de su mano
## en una espera; $derived lo que dan los pesos y los tamaños; $least el límite más pequeño.

simulate-bound-head = { $lightest ->
    [yes] una mano de { $group }
   *[no] una mano
} espera como mucho { $hands ->
    [one] 1 mano levantada después
   *[other] { $hands } manos levantadas después
}
simulate-bound-even = { $head } (max_overtakes: ningún grupo pesa más que otro)
simulate-bound-least = { $head } (max_overtakes según los pesos y los tamaños, como mínimo { $least })
simulate-bound-derived = { $head } (max_overtakes según los pesos y los tamaños: el doble de los { $turns } turnos que le pasan delante en una espera cuando todo el mundo tiene la mano levantada)
simulate-bound-written-below = { $head } (max_overtakes como está escrito; los pesos y los tamaños darían { $derived })
simulate-bound-written = { $head } (max_overtakes como está escrito)
simulate-bound-tried = { $head } (--max-overtakes probado; los pesos y los tamaños dan { $derived })

## Las filas de la tabla.

# La primera fila de un grupo: su nombre, su peso y su objetivo.
simulate-group = { $group } (peso { $weight })
simulate-group-target = { $group } (peso { $weight }, objetivo { $target })
simulate-airtime = { $share } del tiempo
simulate-turns = {"  "}turnos
simulate-median-wait = {"  "}espera mediana (minutos)
simulate-hands-up = {"  "}mano levantada (parte del tiempo)
simulate-longest-wait-turns = espera más larga (turnos)
simulate-longest-wait-minutes = espera más larga (minutos)
simulate-most-overtaken = más veces adelantada
simulate-never-heard = nunca hablaron

## El veredicto con una forma de ordenar la lista ($policy, su nombre como en la línea de
## órdenes).

simulate-verdict = Veredicto con { $policy }, la media de las semillas { $seeds }:
simulate-verdict-own = Veredicto con { $policy } (la del orden del día), la media de las semillas { $seeds }:
simulate-no-target = { $group }: { $share } del tiempo de palabra, sin objetivo.
# $standing es on, over o under.
simulate-standing = { $group }: { $share } del tiempo de palabra, objetivo { $target }: { $standing ->
    [on] en el objetivo
    [over] por encima del objetivo
   *[under] por debajo del objetivo
}.
simulate-remedy-weight = Un peso de { $weight } (ahora { $now }) lo lleva al { $share } con { $policy }.
simulate-remedy-bound = Ningún peso de hasta { $most } veces el suyo lo logra; max_overtakes { $bound } lo lleva al { $share }.
simulate-remedy-out-of-reach = Sus personas no levantan la mano lo bastante para llegar: ningún peso de hasta { $most } veces el suyo ni ningún límite de adelantos lo sube por encima del { $share }.
simulate-remedy-fifo = Con fifo los pesos no cambian nada: prueba weighted-fair.

## Un grupo dado a --eagerness o --weight que no se acepta. $flag es la opción
## (--weight), $given lo que la sigue (carers=1.5), $group el id del grupo, entre comillas.

# $groups son los ids de los grupos del orden del día, separados por comas.
simulate-group-unknown = { $flag } { $given }: no hay ningún grupo { $group } (grupos: { $groups })
# $guess es el id de grupo del orden del día más parecido a $group, entre comillas.
simulate-group-unknown-did-you-mean = { $flag } { $given }: no hay ningún grupo { $group }; ¿quisiste decir { $guess }? (grupos: { $groups })
simulate-group-twice = { $flag }: el grupo { $group } aparece dos veces
