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

## Lo que está mal en un orden del día, tras `ruta:línea:columna: `. Los nombres de los campos
## (`turn_seconds`) y lo que hay que escribir (`Group(…)`) quedan como los escribe el archivo.
## Un valor citado ($date, $time, $id, $name, $title, $guess) viene con sus comillas.

# $problem: lo que está mal; $line: la línea del otro lugar del que habla.
check-also-on-line = { $problem } en la línea { $line }
# $problem: lo que probablemente no se quiso.
check-warning = aviso: { $problem }
check-no-title = la reunión necesita un título (title)
# $field: date o next_meeting; $date: lo que dice.
check-not-a-date = { $field } { $date } no es una fecha; escríbela como AAAA-MM-DD, por ejemplo "2026-11-24"
# $next: la fecha de la próxima reunión; $date: la de esta.
check-next-not-after = next_meeting { $next } no es posterior a la fecha de esta reunión, { $date }
# $field: start o end; $time: lo que dice ("2:00 PM"); $meant: la misma hora en formato de 24 horas.
check-twelve-hour-clock = { $field } { $time } no está en formato de 24 horas; escribe { $meant }
# $field: start o end; $time: lo que dice; $example: una hora de ejemplo.
check-not-a-time = { $field } { $time } no es una hora; escríbela como HH:MM en formato de 24 horas, por ejemplo "{ $example }"
check-no-groups = el orden del día necesita al menos un grupo, por ejemplo Group(id: "members", label: "Miembros", weight: 2.0)
check-no-group-id = un grupo necesita un id
# $id: el id del grupo.
check-group-id-twice = el id de grupo { $id } está usado dos veces
check-no-group-label = el grupo { $id } necesita una etiqueta (label)
check-group-weight = el peso (weight) del grupo { $id } debe ser un número mayor que 0 (1.0 es neutro, 2.0 favorece al grupo)
check-group-target = la meta (target) del grupo { $id } es una parte del tiempo de palabra entre 0.0 y 1.0 (0.6 es el 60 %)
# $percent: la suma de las metas, un número entero.
check-targets-over = las metas de los grupos suman el { $percent } % del tiempo de palabra; juntas pueden ser como mucho el 100 %
check-no-customer-groups = customer_groups necesita al menos un id de grupo (si lo omites, cuentan los grupos de mayor peso)
check-no-name = una persona necesita un nombre
check-listed-twice = { $name } ya está en la lista de personas
# $name: el nombre como está escrito; $first: el mismo nombre escrito antes.
check-same-name-as = { $name } es el mismo nombre que { $first }
check-min-present-zero = min_present debe ser al menos 1 (omite `quorum` si no hace falta comprobar el quórum)
# $needed: min_present; $people: cuántas personas tiene el orden del día.
check-quorum-unreachable = min_present es { $needed }, pero el orden del día tiene { $people ->
    [one] 1 persona
   *[other] { $people } personas
}: la reunión nunca podría tener quórum
# $labels: las etiquetas de los grupos de personas usuarias, con comas.
check-no-customers = customer_majority nunca se puede cumplir: nadie del orden del día está en los grupos de personas usuarias ({ $labels })
# $customers: cuántas personas hay en los grupos de personas usuarias; $majority: cuántas son mayoría de
# $needed (min_present).
check-few-customers = customer_majority nunca se puede cumplir: { $customers ->
    [one] 1 persona está
   *[other] { $customers } personas están
} en los grupos de personas usuarias ({ $labels }), menos que las { $majority } que son mayoría de min_present ({ $needed })
check-no-items = el orden del día necesita al menos un punto, por ejemplo Item(title: "Bienvenida", minutes: 5)
# $number: el número del punto, desde 1.
check-no-item-title = el punto { $number } necesita un título
check-item-too-short = el punto { $title } debe durar al menos 1 minuto
# $minutes: lo que dice; $max: lo más que puede durar un punto.
check-item-too-long = el punto { $title } está previsto para { $minutes } minutos; un punto puede durar como mucho { $max } (un día)
check-max-overtakes-zero = max_overtakes debe ser al menos 1 (6 deja pasar antes a seis manos posteriores y luego le toca a esta; omítelo para seguir los pesos)
check-turn-seconds = turn_seconds debe estar entre 1 y 3600 (120 son dos minutos)
# $warn: warn_seconds; $turn: turn_seconds.
check-warn-not-shorter = warn_seconds ({ $warn }) debe ser menor que turn_seconds ({ $turn })
check-question-seconds = question_seconds debe estar entre 1 y 3600 (30 es medio minuto)
check-question-longer = question_seconds ({ $question }) debe ser como mucho turn_seconds ({ $turn }): una pregunta interrumpe un turno
check-reply-seconds = reply_seconds debe estar entre 1 y 3600 (60 es un minuto)
check-reply-longer = reply_seconds ({ $reply }) debe ser como mucho turn_seconds ({ $turn }): una respuesta directa es un turno corto
# $max: cuántas respuestas directas puede tener un turno como mucho.
check-max-replies = max_replies debe estar entre 0 y { $max } (1 permite una respuesta directa después de cada turno; 0 las desactiva)

## Un nombre que no es ninguno de los que hay. $what es uno de check-subject-…; $among es
## groups o people.

check-subject-customer-group = el grupo de personas usuarias { $id }
check-subject-apology = { $name } (en apologies)
check-subject-group = el grupo { $id }
check-subject-lead = quien presenta, { $name },
check-subject-proposer = quien propone, { $name },
# $guess: el nombre que probablemente quiso decir.
check-not-one-of-did-you-mean = { $what } no es { $among ->
    [groups] ninguno de los grupos
   *[people] ninguna de las personas
}; ¿quisiste decir { $guess }?
check-not-one-of-none-yet = { $what } no es { $among ->
    [groups] ninguno de los grupos; todavía no hay grupos
   *[people] ninguna de las personas; todavía no hay personas
}
# $listed: los primeros nombres, citados y con comas.
check-not-one-of-listed = { $what } no es { $among ->
    [groups] ninguno de los grupos
   *[people] ninguna de las personas
} ({ $listed })

## Avisos: se permite, pero probablemente no es lo que se quiso.

# $language: el idioma como está escrito; $known: los idiomas que hay.
check-unknown-language = cochair todavía no tiene el idioma { $language }, así que se mostrará en inglés; escribe uno de { $known }
# $start: el inicio; $later: doce horas después.
check-start-after-midnight = start { $start } es justo después de la medianoche; para el mediodía escribe { $later }
check-start-in-the-morning = start { $start } es por la mañana; para la tarde escribe { $later }
# $finish: cuándo terminan los puntos; $end: el final previsto.
check-past-end = los puntos terminan a las { $finish }, después del final previsto, { $end }

## Debajo de la línea de un orden del día que está bien.

# $bound: el límite de adelantos que rige y por qué (simulate-bound-…).
check-queue = Lista: { $bound }

## Lo que está mal en cómo está escrito un archivo (órdenes del día y mapas de teclas).

# $starts_with: check-agenda-starts-with o check-keymap-starts-with.
check-empty-file = el archivo está vacío; { $starts_with }
check-agenda-starts-with = un orden del día empieza con `Agenda(` (hay ejemplos en agendas/)
check-keymap-starts-with = un mapa de teclas empieza con `Keymap(modes: {"{"}` (mira keymaps/default.ron)
# $max: cuántos niveles puede anidar un archivo.
check-too-deep = anidado en más de { $max } niveles; un archivo como este nunca lo necesita
# $text: el texto citado; $open y $close: las comillas tipográficas que lo rodean.
check-curly-quotes-around = usa comillas rectas " para el texto: escribe "{ $text }", no { $open }{ $text }{ $close }
check-curly-quotes = usa comillas rectas " para el texto, no { $open }
# $name: la opción, como Decision.
check-write-without-quotes = escribe { $name } sin comillas
# $number: el número tal como está entre comillas.
check-number-without-quotes = un número se escribe sin comillas: escribe { $number }
# $word: el texto escrito sin comillas.
check-text-in-quotes = el texto se escribe entre comillas dobles: escribe "{ $word }"
# $name: lo que no se cerró, como Item; $vowel: yes si empieza con vocal.
check-not-closed = { $vowel ->
   *[other] { $name }( … )
} no está cerrado antes de esto: escribe `)` al final del de arriba
# $field: el campo; $unit: minutes, seconds u other; $write: lo que hay que escribir
# (check-whole-or-next o un número).
check-whole-number = { $unit ->
    [minutes] { $field } es un número entero de minutos: escribe { $write }
    [seconds] { $field } es un número entero de segundos: escribe { $write }
   *[other] { $field } es un número entero: escribe { $write }
}
# $whole: el número sin su parte decimal; $next: uno más.
check-whole-or-next = { $whole } o { $next }

check-quote-runs-on = este texto entre comillas sigue después del final de su línea: ¿falta la `"` que lo cierra?
check-expected-comma = aquí va una coma: ¿falta una `,` antes de esto?
check-trailing-text = hay más texto después del `)` final
check-ends-early = el archivo termina antes de tiempo: ¿falta un `)`, un `]` o una `"` que cierre?
check-true-or-false = escribe true o false
check-out-of-range = este número está fuera de rango (números enteros desde 0)
# $field: el campo, como está escrito.
check-field-twice = el campo `{ $field }` está escrito dos veces; deja uno
check-write-whole-number = escribe aquí un número entero, por ejemplo 10
check-write-number = escribe aquí un número, por ejemplo 1.5
check-write-text = escribe aquí un texto entre comillas dobles, por ejemplo "Bienvenida"
# $outer: donde va el campo, como Item; $field: el campo.
check-missing-field-of = a `{ $outer }` le falta su campo `{ $field }`
check-missing-field = falta el campo `{ $field }`
# $found: el nombre como está escrito.
check-no-dash = `{ $found }` no se puede escribir con `-` aquí
# $expected: el nombre con que debe empezar el archivo, como Agenda; $found: el nombre escrito.
check-other-struct = aquí va `{ $expected }`, no `{ $found }`

## Un campo que el archivo no tiene. $found es el campo como está escrito; $outer, dónde está
## escrito (Item, Group), vacío si no se sabe; $vowel es yes si $outer empieza con vocal, no si
## no, none si no hay $outer.

# $guess: el campo que probablemente quiso decir.
check-unknown-field-did-you-mean = el campo `{ $found }` no existe; ¿quisiste decir `{ $guess }`?
# $only: el único campo que hay.
check-unknown-field-only = el campo `{ $found }` no existe; { $vowel ->
    [none] aquí el único campo es `{ $only }`
   *[other] el único campo de { $outer } es `{ $only }`
}
# $fields: los campos menos el último, con comas; $last: el último campo.
check-unknown-field-fields = el campo `{ $found }` no existe; { $vowel ->
    [none] aquí los campos son { $fields } y { $last }
   *[other] los campos de { $outer } son { $fields } y { $last }
}
check-unknown-field = el campo `{ $found }` no existe

## Un nombre que no es ninguna de las opciones. $found es el nombre como está escrito;
## $unknown es uno de check-unknown-item-kind … check-unknown-choice.

check-unknown-item-kind = el tipo de punto `{ $found }` no existe
check-unknown-action = la acción `{ $found }` no existe
check-unknown-role = el rol `{ $found }` no existe
check-unknown-policy = la política `{ $found }` no existe
check-unknown-carry-hands = carry_hands no tiene la opción `{ $found }`
check-unknown-choice = la opción `{ $found }` no existe
# $names: todas las opciones, con comas.
check-unknown-name-choices = { $unknown }; las opciones son { $names }
# $name: el mismo nombre escrito como lo escribe el archivo.
check-unknown-name-write = { $unknown }; escribe { $name }
# $guess: el nombre que probablemente quiso decir.
check-unknown-name-did-you-mean = { $unknown }; ¿quisiste decir `{ $guess }`?
# $guesses: los nombres que pudo querer decir menos el último, citados y con comas; $last: el
# último.
check-unknown-name-did-you-mean-list = { $unknown }; ¿quisiste decir { $guesses } o `{ $last }`?

## Lo que está mal en un mapa de teclas. Los nombres de teclas, modos y acciones quedan como
## los escribe el archivo; un nombre citado ($name, $key, $guess) viene con sus comillas.

# $modes: todos los modos, con comas.
check-keymap-unknown-mode = el modo { $name } no existe; los modos son { $modes }
# $guess: la tecla que probablemente quiso decir.
check-keymap-unknown-key-did-you-mean = la tecla { $key } no existe; ¿quisiste decir { $guess }?
check-keymap-unknown-key = la tecla { $key } no existe; una tecla es un solo carácter, enter, esc, tab, backtab, space, backspace, delete, insert, up, down, left, right, pageup, pagedown, home, end o de f1 a f12, con ctrl-, alt- o shift- delante
# $key: la tecla, sin comillas; $first: la acción a la que se asignó primero.
check-keymap-key-twice = la tecla "{ $key }" está asignada dos veces en este modo (primero a { $first }); deja una
# $mode: el modo, sin comillas.
check-keymap-mode-twice = el modo "{ $mode }" aparece dos veces; pon todas sus teclas en un solo lugar
# $found: lo que hay en su lugar, como lo dice en inglés el lector de archivos; no se muestra.
check-keymap-not-modes = { $found ->
   *[other] aquí va un mapa de nombres de modos a teclas, como {"{"} "meeting": {"{"} "n": next_item {"}"} {"}"}
}
check-keymap-not-keys = { $found ->
   *[other] aquí va un mapa de nombres de teclas a acciones, como {"{"} "n": next_item {"}"}
}
# Una acción que un mapa de teclas dejó sin tecla. $command y $now: acciones; $mode: el modo;
# $key: la tecla que hacía $command; $describe: lo que hace $now.
check-keymap-lost-key = { $command } no tiene tecla en { $mode }: { $key } ahora hace { $now } ({ $describe })

## Un archivo de otro tipo donde va un orden del día o un diario. $path es el archivo tal como
## se escribe en una terminal.

check-journal-not-agenda = es el diario de una reunión, no un orden del día: `cochair export { $path }` hace su acta y `cochair --journal { $path }` vuelve a abrir la reunión
# $what: uno de check-made-….
check-made-not-agenda = es { $what } que hizo cochair, no un orden del día: un orden del día es un archivo .ron que empieza con `Agenda(` (en agendas/ hay ejemplos para copiar)
check-agenda-not-journal = es un orden del día, no el diario de una reunión: `cochair { $path }` abre su reunión y `cochair agenda { $path }` hace el orden del día para enviar; un diario es el archivo .jsonl en el que se registra una reunión; cochair muestra su ruta al salir
check-made-not-journal = es { $what } que hizo cochair, no el diario de una reunión: indica el diario del que se hizo; un diario es el archivo .jsonl en el que se registra una reunión; cochair muestra su ruta al salir
check-empty-not-journal = está vacío, así que no es el diario de una reunión; un diario es el archivo .jsonl en el que se registra una reunión; cochair muestra su ruta al salir
check-made-minutes = un acta
check-made-action-items = una lista de tareas
check-made-report = un informe
check-made-report-csv = un informe (CSV)
check-made-chart = un gráfico
check-made-easy-read-minutes = un acta en lectura fácil
check-made-easy-read-agenda = un orden del día en lectura fácil
check-made-sent-agenda = un orden del día como se envía a los miembros
check-made-todo = una lista de tareas todo.txt

## `cochair check --plan`.

# Un título que tiene esta palabra no se marca otra vez.
check-break-word = descanso
# $title: el título de un descanso, como está escrito.
check-plan-break = { $title } (descanso)
