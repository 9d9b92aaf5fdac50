### Las palabras de la línea de órdenes, alrededor de lo que hacen las órdenes.

# Una línea, cuando el idioma pedido (--lang, el idioma del orden del día o el de la
# configuración regional) no es uno que cochair tenga. $asked es lo que se pidió; $known, los
# idiomas que hay, como "en (English), es (Español)".
cli-language-unknown = cochair todavía no tiene mensajes en "{ $asked }", así que esto va en inglés; habla { $known }.

## Lo que escribe una pantalla conectada cuando devuelve el terminal.
# $at: la hora en que la pantalla principal cerró la reunión (HH:MM).
cli-join-closed-by-host = La pantalla principal cerró la reunión a las { $at }.
cli-join-left = Saliste de la reunión; sigue en la pantalla principal.
# $what: lo que esta pantalla envió y la principal nunca confirmó, en pocas palabras.
cli-join-not-recorded = No se registró: { $what }

## What the host prints when its terminal is back.
cli-goodbye-nothing-recorded = No se registró nada, así que no se creó ningún diario.
# $path: the meeting's journal.
cli-goodbye-journal = Diario: { $path }
# $command: the command that opens the meeting again, as it is typed.
cli-goodbye-resume = Para seguir con la reunión: { $command }
cli-goodbye-rehearsal-over = Fin del ensayo: no se guardó nada.
cli-goodbye-example-over =
    Ese fue el ejemplo incluido, como ensayo: no se guardó nada.
    Para una reunión de verdad, escribe un orden del día (hay ejemplos en agendas/) y luego ejecuta: cochair mi-reunion.ron

## On the host's status line as the meeting opens.
# $url: the members' page's address; $key: the key that shows its QR code.
cli-open-members-page = Página de participantes: { $url } ({ $key } muestra su código QR)
# $line: the journal's line that was dropped.
cli-open-recovered = Recuperado: la línea { $line } del diario quedó cortada por un fallo y se descartó; todo lo anterior se conserva

## A journal whose meeting started on another day, asked before the screen opens.
# $path: the journal; $day: the day it started, long; $ago: how long ago (cli-another-day-ago
# or cli-another-day-ahead).
cli-another-day-started =
    { $path }
    tiene una reunión que empezó el { $day } ({ $ago }).
# $days: how many days ago it started.
cli-another-day-ago = { $days ->
    [one] ayer
   *[other] hace { $days } días
}
# $days: how many days ahead of today it started.
cli-another-day-ahead = { $days ->
    [one] mañana
   *[other] dentro de { $days } días
}
cli-another-day-agenda-changed = Su orden del día cambió desde entonces, así que no se puede seguir con este.
# After the key r.
cli-another-day-resume = seguir con ella
# After the key n. $aside: the name the old journal is kept under.
cli-another-day-new = empezar una reunión nueva (el diario anterior se guarda como { $aside })
# After the key q.
cli-another-day-quit = salir sin cambiar nada
cli-another-day-choice = Tu elección [r/n/q]:
cli-another-day-again = Escribe r, n o q y pulsa Intro:

## Which meeting a new one follows (`--follows`), on the host's status line.
# $day: the earlier meeting's day, short; $count: the actions it left open; $key: the key that
# opens their review.
cli-follows-last = Sigue a la última reunión, { $day }: { $count ->
    [0] no dejó tareas abiertas
    [one] 1 tarea por revisar (pulsa { $key })
   *[other] { $count } tareas por revisar (pulsa { $key })
} · --follows none para empezar sin ella
# $day, $count, $key: as above.
cli-follows-given = Sigue a la reunión del { $day }: { $count ->
    [0] no dejó tareas abiertas
    [one] 1 tarea por revisar (pulsa { $key })
   *[other] { $count } tareas por revisar (pulsa { $key })
}
# $day, $count, $key: as above.
cli-follows-not-adjourned = ⚠ La reunión del { $day } no se cerró; sus tareas tal como quedaron: { $count ->
    [0] no dejó tareas abiertas
    [one] 1 tarea por revisar (pulsa { $key })
   *[other] { $count } tareas por revisar (pulsa { $key })
}

## Why a meeting cannot follow the one asked for.
# $path: the journal given with --follows.
cli-follows-itself = { $path }: una reunión no puede seguirse a sí misma; --follows recibe el diario de la reunión anterior
# $why: what is wrong with the journal given, with its path and line.
cli-follows-unreadable = { $why }; --follows recibe el diario de la reunión anterior
# $journal: this meeting's journal.
cli-follows-begun-alone = { $journal }: esta reunión ya empezó y no sigue a ninguna anterior; --follows solo enlaza una reunión nueva
# $journal: as above; $name: the journal it follows.
cli-follows-begun = { $journal }: esta reunión ya empezó y sigue a { $name }; --follows solo enlaza una reunión nueva

## Why `cochair report` has nothing to report on.
# $dir: the folder given with --series.
cli-report-no-journals-in = { $dir }: no contiene diarios (archivos .jsonl)
cli-report-no-data-folder = no se encuentra la carpeta de datos; indica los diarios, o --series CARPETA
# $agenda: the agenda's name given with --series; $dir: the data folder.
cli-report-no-journals-of = no hay diarios de { $agenda } en { $dir }; indica los diarios, o --series CARPETA
# $count: how many agendas; $examples: each agenda with a journal of it, "a.jsonl (board.ron)".
cli-report-mixed = estos diarios son reuniones de { $count } órdenes del día distintos: { $examples }; haz el informe de un orden del día a la vez, o añade --mixed para juntarlos

## A joined screen's status line as it opens.
# $title: the meeting's title; $seat: this screen's seat (screen-seat-*).
cli-join-joined = Te uniste a "{ $title }" ({ $seat })

## The command line itself.
# $word: the word typed, quoted; $command: the subcommand it is closest to.
cli-misspelled-command = { $word } no es un archivo; ¿quisiste decir `cochair { $command }`?
