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
refusals-too-many-votes = { $total } votos, pero { $present ->
    [one] solo hay 1 persona presente
   *[other] solo hay { $present } personas presentes
}
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

## Por qué la reunión no admite una entrada, una persona o una mano de la página de miembros,
## como oración (en minúscula: sigue a "No se puede:").

refusals-empty-text = el texto está vacío
refusals-no-owner = una tarea necesita a alguien que se encargue
refusals-item-length = un punto dura de 1 minuto a un día
refusals-too-little-time = da al menos 1 minuto
refusals-already-follows = esta reunión ya sigue a otra anterior
refusals-follows-late = el enlace con la reunión anterior tiene que ir antes que todo lo demás
refusals-no-drop-reason = di por qué se deja la tarea
refusals-roll-call-closed = la primera lista de asistencia ya está cerrada
refusals-roll-call-not-running = la lista de asistencia se cierra cuando la reunión está en marcha
refusals-empty-batch = un grupo de eventos vacío
refusals-nested-batch = un grupo de eventos no puede contener otro grupo
refusals-no-name = una persona necesita un nombre
# $name: el nombre tal como se escribió, entre comillas.
refusals-already-a-person = { $name } ya es una de las personas
# $name: el nombre tal como se escribió; $same: el nombre de la persona con el que coincide; los dos entre comillas.
refusals-same-name = { $name } es el mismo nombre que { $same }
# $group: el id del grupo tal como se escribió, entre comillas.
refusals-no-such-group = no hay ningún grupo { $group }
refusals-leave-not-running = las personas se van de una reunión en marcha
refusals-not-on-floor = { $name } no tiene la palabra
refusals-not-last-speaker = { $name } no fue la última persona en hablar en este punto
# $kind: el tipo de mano al que se dio un lado: hand, response o process.
refusals-side-only-hand = solo una mano habla a favor o en contra, no { $kind ->
        [hand] una mano
        [response] una respuesta directa
       *[process] una cuestión de orden
    }
refusals-side-only-raised = solo una mano levantada habla a favor o en contra
refusals-page-hands-already-on = las manos de la página de miembros ya están activadas
refusals-page-hands-already-off = las manos de la página de miembros ya están desactivadas
# $number: el punto, numerado desde 1 como lo muestra el orden del día.
refusals-not-on-table = el punto { $number } no está en la mesa: las manos de la página se desactivan para el punto que está en la mesa
refusals-not-a-page-hand = no es una mano de la página
refusals-not-own-hand = la página de miembros solo elige un nombre o mueve la mano de ese mismo miembro
