### La página de participantes: lo que lee cada participante en su teléfono, y lo que la
### página responde cuando elige su nombre o mueve su mano. Los nombres y títulos son los del
### orden del día, tal como están escritos.

## La página alrededor de sus partes.

# $title es el título de la reunión.
members-page-title = { $title } · página de participantes
# $date es la fecha larga de la reunión, $state su estado (abajo).
members-sub = Página de participantes · { $date } · { $state }
members-state-not-started = ○ Sin empezar
members-state-running = ▶ Reunión en marcha
members-state-adjourned = ■ Terminada
# El nombre accesible de la elección de idioma.
members-language = Idioma
members-footer = Esta página muestra lo mismo que la pantalla de la sala: el punto, quién habla y la lista de palabra. Las notas, los acuerdos y las tareas nunca salen aquí.
# $refresh es un enlace con las palabras de members-refresh.
members-no-script = Sin JavaScript esta página no sigue la reunión sola, y los relojes no avanzan: { $refresh } para ver los cambios.
members-refresh = vuelve a cargar la página

## Los relojes. $time son las cifras de un reloj, como 04:12 (con un + si se pasó de tiempo).

members-clock-item = Tiempo del punto:
members-clock-back-in = Volvemos en:
members-clock-turn = Turno:
members-clock-paused = (⏸ en pausa)
members-clock-over = (⚠ fuera de tiempo)
members-clock-almost-up = (◔ casi no queda)
members-clock-running = (▶ en marcha)

## El punto que se trata. $item es su número, $total cuántos hay.

members-item-now = Ahora: punto { $item } de { $total }
members-item-confidential = 🔒 Confidencial
# Lo dice en voz alta el lector de pantalla cuando cambia el punto.
members-item-announce = Ahora: punto { $item }, { $title }

## Quién tiene la palabra.

members-floor-heading = La palabra
members-floor-not-started = La reunión todavía no ha empezado.
members-floor-adjourned = La reunión ha terminado. Gracias por participar.
members-floor-adjourned-announce = La reunión ha terminado
members-floor-break = ☕ Descanso
members-floor-break-announce = Un descanso
members-floor-open = Nadie tiene la palabra.
members-floor-speaker = ▶ { $name }
members-floor-speaker-announce = { $name } tiene la palabra
members-floor-point-of-order = ⚑ cuestión de orden

## La lista de palabra.

members-list-heading = Lista de palabra
members-list-closed = ⊘ La lista está cerrada: no entran manos nuevas.
members-list-empty = Nadie está esperando.
# Al lado del propio nombre en la lista.
members-list-you = (tú)

## Un teléfono que todavía no tiene nombre.

members-claim-heading = ¿Quién eres?
members-claim-intro = Elige tu nombre para pedir la palabra desde este teléfono. Solo salen las personas presentes, y cada nombre es de un solo teléfono.
members-claim-nobody = Todavía no hay nadie presente: quien modera pasa lista primero. Los nombres salen aquí cuando lo hace.
members-claim-button = Soy { $name }
members-claim-taken = { $name } · ya está en otro teléfono
members-claim-ask = ¿No estás en la lista, o tu nombre ya está en otro teléfono? Pregunta a quien modera.

## La mano de cada participante.

members-hand-heading = Tu mano, { $name }
members-you-speaking = ▶ Tienes la palabra.
members-you-speaking-announce = Tienes la palabra
members-you-next = Eres la siguiente persona.
members-you-next-announce = Eres la siguiente persona
# $place es el puesto en la lista, desde 2.
members-you-place = Tienes el puesto { $place } en la lista.
members-you-not-raised = No has pedido la palabra.
members-lower-hand = Bajar mi mano
members-lower-hand-pro = Bajar mi mano (a favor)
members-lower-hand-contra = Bajar mi mano (en contra)
members-withdraw-response = Retirar mi respuesta directa
members-withdraw-order = Retirar mi cuestión de orden
members-list-closed-hands = ⊘ La lista de palabra está cerrada: no entran manos nuevas. Sí puedes pedir una cuestión de orden o una respuesta directa.
members-sides-ask = En esta decisión, di de qué lado hablas:
members-raise-pro = Pedir la palabra: a favor
members-raise-contra = Pedir la palabra: en contra
members-raise = Pedir la palabra
members-respond-to = ↩ Responder a { $name }
members-point-of-order = ⚑ Cuestión de orden
members-hand-help = Una respuesta directa es una respuesta corta a quien habla, justo después de su turno. Una cuestión de orden es sobre cómo se lleva la reunión; va primero.

## Por qué ahora no se puede pedir la palabra.

members-not-now-not-started = La reunión todavía no ha empezado.
members-not-now-adjourned = La reunión ha terminado.
members-not-now-off-for-item = Quien modera ha quitado las manos desde esta página en este punto.
members-not-now-off-for-meeting = Quien modera ha quitado las manos desde esta página en esta reunión.
members-not-now-break-item = Este punto es un descanso: las manos esperan al punto siguiente.

## Lo que responde la página cuando alguien elige su nombre o mueve su mano.

members-welcome = Hola, { $name }
members-have-name-already = Este teléfono ya tiene tu nombre
members-claimed-other = Este teléfono tiene el nombre de { $name }: pide a quien modera que lo suelte primero
members-choose-first = Elige tu nombre primero: este teléfono no tiene ninguno
members-released = Quien modera ha soltado tu nombre en este teléfono: elígelo otra vez
members-one-a-second = Una acción por segundo: espera un momento y prueba otra vez
members-other-origin = Solo se aceptan los formularios de la propia página de participantes
members-busy = La página de participantes tiene todas las personas que puede: prueba otra vez en un minuto
members-not-found = No existe esta página
members-not-sent = No se ha enviado: la reunión no responde. Prueba otra vez en un momento.
members-no-person = Di quién eres: falta el campo person del formulario
members-unknown-person = No hay nadie llamado "{ $name }" en esta reunión
members-not-for-other = Este teléfono habla solo por { $name }, no por { $other }
members-bad-up = up es 1 (pedir) o 0 (bajar)
members-bad-kind = kind es hand, response u order
members-bad-side = side es pro o contra

## Por qué la reunión no lo aceptó. $name es el nombre de una persona.

members-refused-not-started = La reunión todavía no ha empezado
members-refused-adjourned = La reunión ha terminado
members-refused-list-closed = La lista de palabra está cerrada
members-refused-on-break = La reunión está en un descanso
members-refused-not-present = { $name } no está presente
members-refused-not-queued = { $name } no está en la lista
members-refused-already-queued = { $name } ya está en la lista
members-refused-process-waiting = { $name } ya tiene una cuestión de orden esperando
members-refused-nobody-speaking = Nadie tiene la palabra
members-refused-unknown-person = "{ $name }" no es una de las personas de la reunión
# $kind es el tipo del punto, como Debate.
members-refused-not-a-decision = A favor y en contra son para los puntos de decisión; este punto es de tipo { $kind }
members-refused-no-response = { $name } no tiene una respuesta directa esperando
members-refused-response-waiting = { $name } ya tiene una respuesta directa esperando
members-refused-replies-used = Este turno ya tuvo las respuestas directas que permite el orden del día (max_replies: { $max })
members-refused-replies-off = Esta reunión no admite respuestas directas (max_replies: 0)
members-refused-response-to-process = Una cuestión de orden no admite respuesta directa
members-refused-own-turn = { $name } tiene la palabra: una respuesta directa contesta a quien habla
members-refused-nothing-to-change = La mano de { $name } ya está así: no hay nada que cambiar
members-refused-already-claimed = { $name } ya está en otro teléfono
members-refused-not-claimed = { $name } no ha elegido su nombre en la página de participantes
members-refused-hands-off-for-item = Las manos desde la página de participantes están quitadas en este punto
members-refused-hands-off-for-meeting = Las manos desde la página de participantes están quitadas en esta reunión
members-refused-break-item = Este punto es un descanso: las manos esperan al punto siguiente
members-refused-recorded = Eso ya quedó registrado
# $why son las palabras del sistema, como "No space left on device".
members-refused-not-saved = No se guardó en la reunión: { $why }
members-refused-host-closed = La pantalla principal ha cerrado la reunión
members-refused-host-silent = La reunión no respondió: prueba otra vez
members-refused-other = La reunión no lo aceptó
