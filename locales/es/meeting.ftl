### La reunión: por qué no admite un evento, como oración en minúscula (un diario con un registro
### que no puede seguir a los anteriores, un enlace con la reunión anterior que no se puede registrar).

## $name es el nombre de una persona tal como lo escribe el orden del día.

meeting-not-started = la reunión aún no ha empezado
meeting-already-started = la reunión ya ha empezado
meeting-adjourned = la reunión ha terminado
meeting-on-break = la reunión está en un descanso
# $name: el nombre tal como se escribió, entre comillas.
meeting-unknown-person = { $name } no es ninguna de las personas
meeting-not-present = { $name } no está marcada como presente
meeting-not-queued = { $name } no está en la cola
meeting-already-queued = { $name } ya está en la cola
meeting-process-waiting = { $name } ya tiene una cuestión de orden esperando
meeting-nobody-speaking = nadie tiene la palabra
meeting-clock-stopped = el reloj ya está parado
meeting-clock-running = el reloj está en marcha
# $number: el punto pedido; $count: cuántos puntos tiene el orden del día.
meeting-no-such-item = no hay punto { $number } (el orden del día tiene { $count })
meeting-no-such-entry = no hay entrada { $number }
meeting-entry-deleted = la entrada { $number } se tachó
# $total: los votos contados; $present: cuántas personas están presentes.
meeting-too-many-votes = { $total } votos, pero { $present ->
    [one] solo hay 1 persona presente
   *[other] solo hay { $present } personas presentes
}
meeting-no-such-action = no hay tarea { $number } de la reunión anterior
meeting-list-closed = la lista de palabra está cerrada
meeting-list-open = la lista de palabra ya está abierta
# $kind: el tipo del punto, como lo llama el orden del día.
meeting-not-a-decision = a favor y en contra son para los puntos de decisión; este punto es de tipo { $kind }
meeting-no-response = { $name } no tiene ninguna respuesta directa esperando
meeting-response-waiting = { $name } ya tiene una respuesta directa esperando
# $max: el max_replies del orden del día.
meeting-replies-used = este turno ya tuvo las respuestas directas que permite el orden del día (max_replies: { $max })
meeting-replies-off = esta reunión no admite respuestas directas (max_replies: 0)
meeting-response-to-process = una cuestión de orden no admite respuesta directa
meeting-own-turn = { $name } tiene la palabra: una respuesta directa contesta a quien habla
meeting-no-hands = no hay manos esperando
meeting-question-running = ya se está haciendo una pregunta: de una en una
meeting-no-question = no se está haciendo ninguna pregunta
meeting-question-to-process = una cuestión de orden no admite preguntas intercaladas
meeting-own-question = { $name } tiene la palabra: una pregunta intercalada se hace a quien habla
meeting-no-last-speaker = nadie ha terminado aún un turno en este punto
meeting-nothing-to-change = la mano de { $name } ya es así: no hay nada que cambiar
meeting-already-claimed = { $name } ya está elegido en otro dispositivo
meeting-not-claimed = { $name } no ha elegido su nombre en la página de participantes
meeting-page-hands-off-meeting = las manos de la página de participantes están desactivadas en esta reunión
meeting-page-hands-off-item = las manos de la página de participantes están desactivadas en este punto
meeting-break-item = este punto es un descanso: las manos esperan al siguiente punto
meeting-empty-text = el texto está vacío
meeting-no-owner = una tarea necesita a alguien que se encargue
meeting-item-length = un punto dura de 1 minuto a un día
meeting-too-little-time = da al menos 1 minuto
meeting-already-follows = esta reunión ya sigue a otra anterior
meeting-follows-late = el enlace con la reunión anterior tiene que ir antes que todo lo demás
meeting-no-drop-reason = di por qué se deja la tarea
meeting-roll-call-closed = la primera lista de asistencia ya está cerrada
meeting-roll-call-not-running = la lista de asistencia se cierra cuando la reunión está en marcha
meeting-empty-batch = un grupo de eventos vacío
meeting-nested-batch = un grupo de eventos no puede contener otro grupo
meeting-no-name = una persona necesita un nombre
# $name: el nombre tal como se escribió, entre comillas.
meeting-already-a-person = { $name } ya es una de las personas
# $name: el nombre tal como se escribió; $same: el nombre de la persona con el que coincide; los dos entre comillas.
meeting-same-name = { $name } es el mismo nombre que { $same }
# $group: el id del grupo tal como se escribió, entre comillas.
meeting-no-such-group = no hay ningún grupo { $group }
meeting-leave-not-running = las personas se van de una reunión en marcha
meeting-not-on-floor = { $name } no tiene la palabra
meeting-not-last-speaker = { $name } no fue la última persona en hablar en este punto
# $kind: el tipo de mano al que se dio un lado: hand, response o process.
meeting-side-only-hand = solo una mano habla a favor o en contra, no { $kind ->
        [hand] una mano
        [response] una respuesta directa
       *[process] una cuestión de orden
    }
meeting-side-only-raised = solo una mano levantada habla a favor o en contra
meeting-page-hands-already-on = las manos de la página de participantes ya están activadas
meeting-page-hands-already-off = las manos de la página de participantes ya están desactivadas
# $number: el punto, numerado desde 1 como lo muestra el orden del día.
meeting-not-on-table = el punto { $number } no está en la mesa: las manos de la página se desactivan para el punto que está en la mesa
meeting-not-a-page-hand = no es una mano de la página
meeting-not-own-hand = la página de participantes solo elige un nombre o mueve la mano de esa misma persona

## Lo que pasó, en pocas palabras para una persona: una propuesta que no se registró ("no se
## registró: reloj en pausa"). El diario guarda sus propios nombres para ellas.

meeting-event-meeting-started = reunión empezada
meeting-event-item-opened = punto abierto
meeting-event-meeting-ended = reunión terminada
meeting-event-person-added = persona añadida
meeting-event-attendance-marked = asistencia anotada
meeting-event-roll-call-closed = lista de asistencia cerrada
meeting-event-person-left = salida de una persona
meeting-event-hand-raised = mano levantada
meeting-event-hand-lowered = mano bajada
meeting-event-floor-given = palabra dada
meeting-event-turn-ended = turno terminado
meeting-event-hand-moved = mano movida
meeting-event-clock-paused = reloj en pausa
meeting-event-clock-resumed = reloj en marcha de nuevo
meeting-event-break-started = descanso empezado
meeting-event-item-extended = punto alargado
meeting-event-turn-extended = turno alargado
meeting-event-turn-reset = reloj del turno reiniciado
meeting-event-note-added = nota añadida
meeting-event-decision-recorded = acuerdo anotado
meeting-event-action-added = tarea añadida
meeting-event-entry-edited = anotación corregida
meeting-event-entry-deleted = anotación borrada
meeting-event-item-added = punto añadido
meeting-event-topic-parked = tema aparcado
meeting-event-batch = varios cambios juntos
meeting-event-meeting-follows = enlace con la reunión anterior
meeting-event-action-done = tarea hecha
meeting-event-action-carried = tarea pasada a la próxima reunión
meeting-event-action-dropped = tarea descartada
meeting-event-response-raised = respuesta directa pedida
meeting-event-response-given = respuesta directa dada
meeting-event-response-refused = respuesta directa rechazada
meeting-event-hand-raised-for = mano a favor o en contra
meeting-event-list-closed = lista de intervenciones cerrada
meeting-event-list-reopened = lista de intervenciones abierta de nuevo
meeting-event-hands-cleared = manos quitadas
meeting-event-screen-joined = pantalla conectada
meeting-event-question-asked = pregunta hecha
meeting-event-question-ended = pregunta terminada
meeting-event-speaker-readded = persona puesta de nuevo en la lista
meeting-event-hand-changed = mano cambiada
meeting-event-list-cleared = lista de intervenciones vaciada
meeting-event-hand-added-to-closed-list = mano añadida a la lista cerrada
meeting-event-page-claimed = nombre tomado en la página
meeting-event-claim-released = nombre dejado en la página
meeting-event-page-hand = mano desde la página
meeting-event-page-hands-off = manos desde la página desactivadas
meeting-event-page-hands-on = manos desde la página activadas

## Las personas de los grupos de personas usuarias, cuando el orden del día no nombra ningún
## grupo.

meeting-customer-leader = persona usuaria
