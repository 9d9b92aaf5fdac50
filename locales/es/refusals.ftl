### Negativas: por qué algo no puede hacerse ahora, en la línea de estado de la pantalla que
### lo pidió, con la tecla que sirve en su lugar.

## Qué pulsar en su lugar.

# $key: la tecla que empieza la reunión.
refusals-not-started-press = La reunión no ha empezado: pulsa { $key } para empezarla
# $key: la tecla que termina el descanso.
refusals-on-break-press = Estamos en un descanso: pulsa { $key } para terminarlo antes
# $key: la tecla que abre el registro.
refusals-adjourned-press = La reunión ha terminado; el registro aún se puede corregir ({ $key })
# $before: qué pasa cuando empiece la reunión (una frase entera); $key: la tecla que la empieza.
refusals-before-start-press = { $before }: pulsa { $key }
# $reason: por qué, como oración (uno de los mensajes de abajo).
refusals-not-possible = No se puede: { $reason }

## Por qué el puesto de esta pantalla no puede hacer eso.

refusals-seat-facilitator = Quien modera puede hacerlo todo
refusals-seat-timekeeper = Las teclas de quien lleva el tiempo son las del reloj: pídeselo a quien modera
refusals-seat-secretary = Las teclas de quien lleva el acta son las del registro: pídeselo a quien modera
refusals-seat-observer = Quien observa no puede cambiar la reunión

## Por qué la reunión no admite algo, como oración (en minúscula: sigue a "No se puede:").
## $name es el nombre de una persona tal como lo escribe el orden del día.

refusals-already-queued = { $name } ya está en la cola
# $total: los votos contados; $present: cuántas personas están presentes.
refusals-too-many-votes = { $total } votos, pero { $present ->
    [one] solo hay 1 persona presente
   *[other] solo hay { $present } personas presentes
}
refusals-response-waiting = { $name } ya tiene una respuesta directa esperando

## Lo que responde la pantalla principal a lo que propone una pantalla conectada.

refusals-host-only = Eso solo lo registra la pantalla principal
refusals-already-recorded = Eso ya se registró
# $why: las palabras del sistema sobre por qué no se pudo escribir el diario.
refusals-not-saved = No se guardó en la pantalla principal: { $why }
refusals-already-joined = Esta pantalla ya está conectada
refusals-not-understood = La pantalla principal no entendió a esta pantalla: usa el mismo cochair en las dos

## Por qué la reunión no admite una entrada, una persona o una mano de la página de participantes,
## como oración (en minúscula: sigue a "No se puede:").

