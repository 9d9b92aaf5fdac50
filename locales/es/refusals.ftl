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

refusals-not-started = la reunión aún no ha empezado
refusals-already-started = la reunión ya ha empezado
refusals-adjourned = la reunión ha terminado
refusals-on-break = la reunión está en un descanso
# $name: el nombre tal como se escribió, entre comillas.
refusals-unknown-person = { $name } no es ninguna de las personas
refusals-not-present = { $name } no está marcada como presente
refusals-not-queued = { $name } no está en la cola
refusals-already-queued = { $name } ya está en la cola
refusals-process-waiting = { $name } ya tiene una cuestión de orden esperando
refusals-nobody-speaking = nadie tiene la palabra
refusals-clock-stopped = el reloj ya está parado
refusals-clock-running = el reloj está en marcha
# $number: el punto pedido; $count: cuántos puntos tiene el orden del día.
refusals-no-such-item = no hay punto { $number } (el orden del día tiene { $count })
refusals-no-such-entry = no hay entrada { $number }
refusals-entry-deleted = la entrada { $number } se tachó
# $total: los votos contados; $present: cuántas personas están presentes.
refusals-too-many-votes = { $total } votos, pero solo hay { $present } personas presentes
refusals-no-such-action = no hay tarea { $number } de la reunión anterior
refusals-list-closed = la lista de palabra está cerrada
refusals-list-open = la lista de palabra ya está abierta
# $kind: el tipo del punto, como lo llama el orden del día.
refusals-not-a-decision = a favor y en contra son para los puntos de decisión; este punto es de tipo { $kind }
refusals-no-response = { $name } no tiene ninguna respuesta directa esperando
refusals-response-waiting = { $name } ya tiene una respuesta directa esperando
# $max: el max_replies del orden del día.
refusals-replies-used = este turno ya tuvo las respuestas directas que permite el orden del día (max_replies: { $max })
refusals-replies-off = esta reunión no admite respuestas directas (max_replies: 0)
refusals-response-to-process = una cuestión de orden no admite respuesta directa
refusals-own-turn = { $name } tiene la palabra: una respuesta directa contesta a quien habla
refusals-no-hands = no hay manos esperando
refusals-question-running = ya se está haciendo una pregunta: de una en una
refusals-no-question = no se está haciendo ninguna pregunta
refusals-question-to-process = una cuestión de orden no admite preguntas intercaladas
refusals-own-question = { $name } tiene la palabra: una pregunta intercalada se hace a quien habla
refusals-no-last-speaker = nadie ha terminado aún un turno en este punto
refusals-nothing-to-change = la mano de { $name } ya es así: no hay nada que cambiar
refusals-already-claimed = { $name } ya está elegido en otro dispositivo
refusals-not-claimed = { $name } no ha elegido su nombre en la página de miembros
refusals-page-hands-off-meeting = las manos de la página de miembros están desactivadas en esta reunión
refusals-page-hands-off-item = las manos de la página de miembros están desactivadas en este punto
refusals-break-item = este punto es un descanso: las manos esperan al siguiente punto

## Lo que responde la pantalla principal a lo que propone una pantalla conectada.

refusals-host-only = Eso solo lo registra la pantalla principal
refusals-already-recorded = Eso ya se registró
# $why: las palabras del sistema sobre por qué no se pudo escribir el diario.
refusals-not-saved = No se guardó en la pantalla principal: { $why }
refusals-already-joined = Esta pantalla ya está conectada
refusals-not-understood = La pantalla principal no entendió a esta pantalla: usa el mismo cochair en las dos
