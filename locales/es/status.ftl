### La línea de estado: lo que contesta la pantalla tras una tecla, y por qué algo no pasó.
### $key es siempre una tecla del teclado de esta pantalla, como la muestran las ayudas.

## Antes de empezar la reunión: lo que se abre con ella (le sigue ": pulsa" y la tecla).

status-queue-opens = La cola se abre cuando empieza la reunión
status-responses-open = Las respuestas directas llegan cuando empieza la reunión
status-questions-open = Las preguntas llegan cuando empieza la reunión
status-list-opens = La lista de palabra se abre con la reunión
status-clock-opens = El reloj arranca con la reunión
# $key: la tecla que empieza la reunión.
status-record-opens = El registro se abre cuando empieza la reunión: pulsa { $key }

## Teclas.

# $key: la tecla pulsada; $help: la tecla de la ayuda.
status-key-does-nothing = { $key } no hace nada aquí; pulsa { $help } para ver las teclas
# $reason: por qué la reunión no pudo aplicarlo, como oración.
status-recorded-not-applied = Registrado, pero no se pudo aplicar: { $reason }
status-correction-dropped = La corrección se descartó
# $key: la tecla que termina la reunión.
status-last-item = Este es el último punto: pulsa { $key } para terminar la reunión
status-first-item = Este es el primer punto
# $why: una negativa, como frase.
status-esc-closes = { $why }; esc cierra

## La cola.

# $key: la tecla que añade una mano.
status-queue-empty = La cola está vacía: pulsa { $key } para añadir una mano
status-queue-empty-floor-open = La cola está vacía; la palabra queda libre
status-nobody-has-the-floor = Nadie tiene la palabra
status-already-first = { $name } ya es la primera
status-already-last = { $name } ya es la última
status-process-stays-first = Las cuestiones de orden se quedan al principio de la cola
status-readded-stays-top = Quien vuelve a la lista por haber hablado la última se queda arriba, tras las cuestiones de orden
status-responses-stay-first = Las respuestas directas se quedan al principio de la cola, tras las cuestiones de orden
# $why: por qué no hay a favor y en contra, como frase; $key: la tecla que añade una mano.
status-press-to-add-a-hand = { $why }: pulsa { $key } para añadir una mano
status-response-needs-speaker = Nadie tiene la palabra: una respuesta directa contesta a quien habla (pulsa { $key } para una mano)
status-question-needs-speaker = Nadie tiene la palabra: una pregunta intercalada se hace a quien habla (pulsa { $key } para una mano)
# $key: la tecla que cierra y abre la lista.
status-list-closed-press = La lista de palabra está cerrada: pulsa { $key } para abrirla de nuevo (las cuestiones de orden y las respuestas directas aún entran)
# $key: la tecla que da la palabra.
status-readd-waiting = { $name } ya tiene una mano esperando: selecciónala y pulsa { $key } para darle la palabra
status-readd-own-turn = { $name } tiene ahora la palabra: el último turno es el de quien habló antes
status-list-already-empty = No hay manos esperando: la lista ya está vacía
# $key: la tecla que para y reanuda el reloj.
status-clock-still-paused = El reloj sigue parado: { $key } lo pone en marcha
# $key: la tecla de pasar lista.
status-nobody-present = Aún no hay nadie marcado como presente: pulsa { $key } para pasar lista
# $name: la persona elegida; $why: cómo está marcada (uno de prompts-absence-…).
status-choose-someone-present = { $name }: { $why }; elige a alguien presente

## El reloj.

# $key: la tecla que para y reanuda el reloj.
status-paused-resume-first = El reloj está parado: pulsa { $key } para reanudarlo antes
# $key: la tecla que pasa al punto siguiente.
status-break-item-list-key = Un descanso previsto: la lista de palabra se abre después ({ $key } sigue)
status-break-item-list-facilitator = Un descanso previsto: la lista de palabra se abre después (quien modera sigue)
# $key: la tecla que da más tiempo al punto.
status-break-item-clock = Un descanso previsto: su reloj no se para ({ $key } lo alarga)

## Pasar lista y la página de participantes.

status-everyone-marked = Ya están todas las personas marcadas
status-type-the-name = Escribe el nombre de la persona y pulsa intro
# $why: por qué no se puede añadir a la persona, como oración.
status-not-added = No se añadió: { $why }
status-members-page-not-served = La página de participantes no está activa: abre la reunión con --members auto (mira cochair --help)
status-page-hands-off-item = Las manos de la página de participantes están desactivadas en este punto
status-page-hands-off-meeting = Las manos de la página de participantes están desactivadas el resto de la reunión
status-page-hands-on = Las manos de la página de participantes vuelven a estar activas
status-not-claimed = { $name } no ha elegido su nombre en la página de participantes
status-claim-released = El nombre de { $name } queda libre: otro dispositivo puede elegirlo

## El registro.

status-type-something = Escribe algo antes, o esc para cancelar
status-type-yes-or-no = Escribe sí o no
status-no-such-entry = No hay entrada { $number }
status-nothing-recorded = Aún no hay nada registrado

## Las tareas de la reunión anterior.

status-follows-nothing = Esta reunión no sigue a ninguna anterior: ábrela con --follows DIARIO para revisar las tareas de aquella
# $day: el día de la reunión anterior, como "jueves, 3 de diciembre".
status-no-open-actions = La reunión del { $day } no dejó tareas abiertas
status-say-why-dropped = Di por qué se abandona, o esc para mantenerla

## Una pantalla conectada y la pantalla principal.

# $what: lo que envió esta pantalla (uno de status-proposal-…).
status-not-confirmed = Sin confirmar: { $what }. Se guarda; se ofrece de nuevo cuando vuelva la pantalla principal
# $number: la entrada que se corrige.
status-correction-kept = La entrada { $number } se tachó en otra pantalla: tu corrección se guarda; intro la añade como entrada nueva
status-host-back = La pantalla principal ha vuelto: esta pantalla la sigue de nuevo
status-host-back-recorded = La pantalla principal ha vuelto, y había registrado lo que envió esta pantalla
# $count: cuántas cosas de esta pantalla no se registraron.
status-host-back-lost = { $count ->
    [one] La pantalla principal ha vuelto; lo último que envió esta pantalla no se registró: se ofrece de nuevo
   *[other] La pantalla principal ha vuelto; { $count } cosas que envió esta pantalla no se registraron: cada una se ofrece de nuevo
}
status-host-gone = La pantalla principal no está: no se puede registrar nada hasta que vuelva
# $why: por qué no se puede registrar ahora.
status-not-sent-again = No se envió de nuevo: { $why }
# $what: lo primero enviado; $more: cuántas cosas más.
status-and-more = { $what } y { $more } más

## Lo que envió una pantalla conectada, en pocas palabras. $text son las palabras tal como se escribieron.

status-proposal-note = nota "{ $text }"
status-proposal-decision = decisión "{ $text }"
status-proposal-action = tarea "{ $text }"
# $number: la entrada corregida.
status-proposal-correction = corrección de la entrada { $number } "{ $text }"
status-proposal-parked = tema aparcado "{ $text }"
status-proposal-item = punto nuevo "{ $text }"
status-proposal-dropped = tarea abandonada "{ $text }"

## Respuestas a una pregunta.

# $what: lo que se envió (uno de status-proposal-…).
status-dropped = Descartado: { $what }
status-not-recorded-not-quorate = La decisión no se registró: la reunión no tiene quórum
# $who: los grupos de personas usuarias, como se llama a una de ellas.
status-not-recorded-no-voice = La decisión no se registró: aún no ha hablado en este punto nadie de { $who }

## La línea que dice cuál es ahora el trabajo de esta pantalla. $left y $over son las palabras
## de un reloj (clock-left, clock-over-by: "quedan 04:12", "00:30 de más"); $back es una hora,
## como 19:05.

status-now-wait-for-host = Espera: no se puede cambiar nada hasta que vuelva la pantalla principal
status-now-screens-closed = Las pantallas de la reunión están cerradas: pulsa cualquier tecla para salir
# $roll_call: la tecla de pasar lista; $start: la tecla que empieza la reunión.
status-now-when-ready = Cuando todo esté listo: pasar lista ({ $roll_call }), y luego { $start } empieza la reunión
status-now-not-started = La reunión aún no ha empezado
# $record: la tecla del registro; $export: la tecla que escribe el acta.
status-now-finish-the-record = La reunión ha terminado: completa el registro ({ $record }), y luego { $export } escribe el acta
status-now-adjourned = La reunión ha terminado
status-now-planned-break = Descanso previsto: { $left }, volvemos a las { $back }
# $planned: la línea de arriba (status-now-planned-break); $key: la tecla del punto siguiente.
status-now-planned-break-goes-on = { $planned }: { $key } sigue cuando todos hayan vuelto
status-now-on-a-break = En descanso, { $left }: volvemos a las { $back } ({ $key } lo termina)
status-now-break-until = En descanso hasta las { $back }: { $key } lo termina
status-now-paused = El reloj está parado: { $key } lo pone en marcha
# $asker: quien pregunta; $speaker: de quién es el turno que espera; $time: el reloj del turno, como 01:20.
status-now-question-turn-waits = { $asker } hace una pregunta: el turno de { $speaker } espera en { $time } y sigue solo
status-now-question = { $asker } pregunta a { $speaker } ({ $left }): { $key } la termina, y sigue el turno
status-now-turn-over = { $name } lleva { $over }: avisa a quien modera
status-now-turn-warning = Al turno de { $name } le { $left }: enseña la tarjeta
# $extend y $extend_by: las teclas que dan más tiempo al punto.
status-now-item-over = El punto lleva { $over }: avisa a quien modera, o dale más tiempo ({ $extend } o { $extend_by })
# $time: el reloj del punto, como 02:00.
status-now-item-warning = Al punto le quedan { $time }: haz la señal a quien modera
status-now-clock-runs = El reloj corre: al punto le { $left }
# $key: la tecla que registra una decisión.
status-now-decision = Se está tomando una decisión: pulsa { $key } para registrarla
# $note y $action: las teclas de una nota y de una tarea.
status-now-confidential = 🔒 Punto confidencial: las notas ({ $note }) no salen en el acta; las tareas ({ $action }) se preguntan
status-now-item-on-the-table = Estamos en el punto { $item }: { $note } para una nota, { $action } para una tarea
# $waiting: cuántas manos esperan; $next: a quién se llama después.
status-now-floor-and-waiting = { $name } tiene la palabra; { $waiting } esperando: { $key } llama a { $next }
status-now-floor-nobody-waiting = { $name } tiene la palabra; nadie esperando ({ $key } añade una mano)
status-now-open-calls = La palabra está libre: { $key } llama a { $next }
status-now-closed-and-empty = La lista de palabra está cerrada y vacía: { $key } la abre
status-now-open-add = La palabra está libre: { $key } añade una mano

## Quién se ha unido, en la pantalla de quien abrió la reunión: `tiempo, acta, sala ×2`.

# $kind: el tipo de pantalla (facilitator, timekeeper, secretary, observer, room); $count: cuántas de ese tipo.
status-watching-screens = { $kind ->
        [facilitator] moderación
        [timekeeper] tiempo
        [secretary] acta
        [observer] observación
       *[room] sala
    }{ $count ->
        [1] {""}
       *[other] {" "}×{ $count }
    }

## El acta o el orden del día escritos en archivos (las teclas de exportar). $folder: dónde;
## $files: los nombres de los archivos, con comas; $path: el que falló; $error: por qué, con
## las palabras del sistema.

status-exported = Exportado en { $folder }: { $files }
status-not-exported = No se exportó { $path }: { $error }

## El acta en un portapapeles (la tecla de copiar). $way: uno de los dos portapapeles de abajo;
## $path: el archivo donde también se guardó.

status-clipboard-system = el portapapeles
status-clipboard-terminal = el portapapeles del terminal (OSC 52)
status-minutes-copied = Acta copiada en { $way }
status-minutes-sent-and-saved = Acta enviada por { $way }; si no llega, también está en { $path }
status-minutes-sent = Acta enviada por { $way }
status-minutes-saved = No hay portapapeles aquí; el acta se guardó en { $path }
# $failures: cada portapapeles con las palabras del sistema sobre por qué falló; $error: por qué no se pudo escribir el archivo.
status-minutes-not-copied = No se pudo copiar el acta ({ $failures }; { $path }: { $error })
