### Preguntas y listas para elegir: la pregunta sobre una línea para escribir o una lista, lo
### que significa la respuesta escrita hasta ahora, y por qué no se acepta una respuesta.

## La pregunta de una lista para elegir.

prompts-pick-speaker = Añadir manos a la cola
prompts-pick-process = Cuestión de orden: ¿quién?
# $name: la persona que se añade a la reunión.
prompts-pick-group = ¿En qué grupo está { $name }?
# $minutes: lo que dura el descanso.
prompts-pick-break-asker = Descanso de { $minutes } min: ¿quién lo pidió?
# $minutes: el tiempo de más para el punto.
prompts-pick-extension-asker = { $minutes ->
    [one] 1 minuto más: ¿quién lo pidió?
   *[other] { $minutes } minutos más: ¿quién los pidió?
}
prompts-pick-owner = ¿Quién lo hará? (o escribe un nombre nuevo)
prompts-pick-proposer = ¿Quién propuso el punto?
prompts-pick-pro = Manos a favor de la propuesta
prompts-pick-contra = Manos en contra de la propuesta
# $name: quien habla.
prompts-pick-response = Respuesta directa a { $name }: ¿quién?
prompts-pick-question = Pregunta a { $name }: ¿quién pregunta?
# $name: de quién es la mano que cambia.
prompts-pick-hand-becomes = La mano de { $name } pasa a ser:
prompts-pick-response-becomes = La respuesta directa de { $name } pasa a ser:
prompts-pick-process-becomes = La cuestión de orden de { $name } pasa a ser:

## Lo que puede pasar a ser una mano, en la lista.

prompts-choice-pro = una mano a favor de la propuesta
prompts-choice-contra = una mano en contra de la propuesta
prompts-choice-plain = una mano sin más
# $name: quien habla.
prompts-choice-response-to = una respuesta directa a { $name }
prompts-choice-response = una respuesta directa
prompts-choice-process = una cuestión de orden (va primero)

## Por qué nadie de la lista coincide con lo escrito. $name: el nombre más cercano.

prompts-nobody-matches = No coincide nadie
prompts-sent-apologies = { $name } se disculpó
prompts-has-left = { $name } se fue de la reunión
prompts-marked-absent = { $name } está marcada como ausente
prompts-not-marked-present = { $name } aún no está marcada como presente (pasar lista)
prompts-has-the-floor = { $name } tiene la palabra

## Cómo está marcada alguien que no está, junto a su nombre en una lista.

prompts-absence-apologies = se disculpó
prompts-absence-left = se fue
prompts-absence-absent = ausente
prompts-absence-not-marked = sin marcar como presente

## La pregunta de una línea para escribir.

prompts-person-name = Nombre de la persona que se une
prompts-break-minutes = Descanso: ¿cuántos minutos, o a qué hora volvemos?
prompts-extend-minutes = Más tiempo para este punto: ¿cuántos minutos?
prompts-note = Nota sobre este punto
prompts-decision-text = Decisión: ¿qué se decidió?
prompts-decision-vote = ¿Cómo se decidió?
prompts-carried = ¿Se aprobó? (sí / no)
prompts-action-text = Tarea: ¿qué se va a hacer?
# $name: quien lo hará.
prompts-due = Fecha límite para { $name }
# $number: la entrada, con el número del registro.
prompts-edit-entry = Corregir la entrada { $number }
prompts-as-new-entry = La entrada { $number } se tachó en otra pantalla: añade esto como entrada nueva
prompts-item-title = Punto nuevo del orden del día: su título
prompts-item-minutes = Punto nuevo del orden del día: ¿cuántos minutos?
prompts-park-topic = Temas aparcados: el tema para otra reunión
prompts-carry-due = Pasar a la siguiente: ¿para cuándo?
prompts-drop-reason = Abandonar la tarea: ¿por qué?

## Respuestas: las palabras que acepta una pregunta (separadas por comas, en mayúsculas o
## minúsculas; las del inglés se aceptan también) y la respuesta que sugiere.

prompts-yes = sí
prompts-no = no
prompts-yes-words = s, sí, si
prompts-no-words = n, no
prompts-consensus-words = c, consenso

## Minutos, lo que dura un descanso, una votación. $typed es la respuesta escrita, entre comillas.

prompts-not-minutes = { $typed } no es un número de minutos entre 1 y 240
# $why: por qué no son minutos (prompts-not-minutes).
prompts-nor-a-time = { $why }, ni una hora de vuelta como 18:40
# $back: la hora escrita, como 18:40.
prompts-back-is-now = { $back } es ahora; escribe una hora que aún no ha llegado, o los minutos
prompts-back-has-passed = { $back } ya pasó; escribe una hora que aún no ha llegado, o los minutos
# $minutes: cuánto falta para esa hora.
prompts-back-too-far = Faltan { $minutes } minutos para las { $back }; un descanso dura de 1 a 240 minutos
# $example: una hora diez minutos después de ahora, como 18:40.
prompts-break-forms = Minutos, como 10, o la hora de vuelta como HH:MM, como { $example }
# $minutes: lo que dura el descanso; $back: cuándo acaba, como 18:40.
prompts-break-preview = → un descanso de { $minutes } min, volvemos a las { $back }
prompts-not-a-vote = { $typed }: escribe consenso, o los votos a favor/en contra/abstenciones como 7/1/2

## Preguntas antes de algo difícil de deshacer: el título, lo que significa, y las palabras
## junto a las teclas de sí, no y déjalo.

prompts-keep-it = mantenerla
prompts-dont-add-it = no añadirlo
prompts-record-it = registrarla
prompts-dont-record-it = no registrarla
# $text: las palabras tal como se escribieron.
prompts-quoted = "{ $text }"
prompts-start-early = ¿Empezar la reunión de verdad?
# $day: el día para el que está prevista, como "jueves, 3 de diciembre".
prompts-start-early-planned = Esta reunión está prevista para el { $day }. Si la empiezas ahora, su diario la guarda como la reunión de verdad.
prompts-start-early-rehearse = Para probar las pantallas, sal y ábrela con --rehearse.
prompts-start-early-yes = empezarla ahora
prompts-start-early-no = todavía no
prompts-adjourn = ¿Terminar la reunión?
prompts-adjourn-body = El reloj de la reunión se para y se registra la hora en que termina.
prompts-adjourn-yes = terminar ahora
prompts-adjourn-no = seguir
prompts-strike = ¿Tachar esta entrada?
prompts-strike-body = Sale del acta; el diario la guarda.
prompts-strike-yes = tacharla
# $name: de quién es la mano.
prompts-take-hand-down = ¿Bajar la mano de { $name }?
prompts-take-process-down = ¿Bajar la cuestión de orden de { $name }?
prompts-take-down-body = Sale de la cola sin hablar; el acta lo recoge.
prompts-take-down-yes = bajarla
prompts-long-item = Un punto largo
# $title: el título del punto nuevo; $minutes: lo que dura; $left: los minutos que le quedan a la reunión.
prompts-long-item-body = "{ $title }" dura { $minutes } min; a la reunión le quedan { $left } min.
prompts-long-item-keep = ¿Lo mantienes?
prompts-long-item-yes = mantenerlo
prompts-long-item-no = cambiar los minutos
prompts-not-quorate = La reunión no tiene quórum
prompts-not-quorate-body = ¿Registrar la decisión de todos modos? El acta dirá que no había quórum.
prompts-parked-words = Aparcado durante un punto confidencial
prompts-parked-words-body = ¿Pueden salir estas palabras en el acta?
prompts-parked-words-yes = sí, en el acta
prompts-parked-words-no = dejarlas fuera
prompts-parked-words-cancel = no aparcarlo
# $count: cuántas manos esperan.
prompts-carry-hands = { $count ->
    [one] Aún espera 1 mano
   *[other] Aún esperan { $count } manos
}
# $item y $title: el punto al que se pasa; $from: el punto en que se levantaron.
prompts-carry-hands-body = { $count ->
    [one] ¿Mantenerla para el punto { $item } "{ $title }" (queda marcada "del punto { $from }"), o quitarla? Quitarla queda en el acta.
   *[other] ¿Mantenerlas para el punto { $item } "{ $title }" (quedan marcadas "del punto { $from }"), o quitarlas? Quitarlas queda en el acta.
}
prompts-carry-hands-yes = { $count ->
    [one] mantenerla
   *[other] mantenerlas
}
prompts-carry-hands-no = { $count ->
    [one] quitarla
   *[other] quitarlas
}
prompts-carry-hands-cancel = quedarse en este punto
prompts-refuse-response = ¿Rechazar la respuesta directa de { $name }?
prompts-refuse-response-body = Sale de la cola sin su turno; el acta lo recoge.
prompts-refuse-response-yes = rechazarla
prompts-private-action = Una tarea en un punto confidencial
# $text: la tarea; $owner: quien la hará.
prompts-private-action-what = "{ $text }" ({ $owner })
prompts-private-action-body = ¿Esta tarea también es confidencial? Una tarea confidencial no sale en el acta, ni en todo.txt ni en el informe.
prompts-private-action-yes = sí, que sea confidencial
prompts-private-action-no = no, puede ir en el acta
prompts-send-again = Sin registrar: la pantalla principal se fue antes
# $what: lo que se envió (uno de status-proposal-…).
prompts-send-again-sent = Esta pantalla envió: { $what }
prompts-send-again-body = La pantalla principal se paró antes de registrarlo. ¿Enviarlo de nuevo?
prompts-send-again-yes = enviarlo de nuevo
prompts-send-again-no = descartarlo
prompts-clear-hands = ¿Vaciar la lista de palabra?
# $count: cuántas manos esperan.
prompts-clear-hands-body = { $count ->
    [one] ¿Bajar la mano que espera, también cuestiones de orden y respuestas directas?
   *[other] ¿Bajar las { $count } manos que esperan, también cuestiones de orden y respuestas directas?
}
prompts-clear-hands-minutes = El acta dice que se vació la lista, y de quién eran las manos.
prompts-clear-hands-yes = vaciar la lista
prompts-clear-hands-no = mantenerlas
prompts-closed-list = La lista está cerrada. ¿Añadir a { $name } de todos modos?
prompts-closed-list-hand = La mano de { $name } entra en la lista; el acta dice que se añadió a una lista cerrada.
prompts-closed-list-pro = La mano de { $name } (a favor) entra en la lista; el acta dice que se añadió a una lista cerrada.
prompts-closed-list-contra = La mano de { $name } (en contra) entra en la lista; el acta dice que se añadió a una lista cerrada.
prompts-closed-list-yes = añadir de todos modos
prompts-closed-list-no = no añadir
prompts-floor-paused = El reloj está parado
prompts-floor-paused-body = ¿Reanudar todos los relojes y dar la palabra a { $name }?
prompts-floor-paused-no-means = No da la palabra y deja el reloj parado: el turno no descuenta.
prompts-floor-paused-yes = reanudar y dar la palabra
prompts-floor-paused-no = darla, con el reloj parado
prompts-floor-paused-cancel = no dar la palabra
prompts-no-customer-voice = Ninguna persona usuaria ha hablado en este punto
# $who: los grupos de personas usuarias, como se llama a una de ellas.
prompts-no-customer-voice-body = Aún no ha hablado en este punto nadie de { $who }. ¿Registrar de todos modos?
prompts-no-customer-voice-flag = El acta señalará la decisión.

## El quórum, en una pregunta.

# $present: cuántas personas hay; $needed: el quórum.
prompts-quorum-too-few = { $present ->
    [one] 1 presente
   *[other] { $present } presentes
}; el quórum es { $needed }.
# $customers: cuántas de las presentes son personas usuarias.
prompts-quorum-no-majority = { $customers ->
    [one] 1 de { $present ->
        [one] 1 presente
       *[other] las { $present } presentes
    } es persona usuaria: no es mayoría.
   *[other] { $customers } de { $present ->
        [one] 1 presente
       *[other] las { $present } presentes
    } son personas usuarias: no son mayoría.
}
prompts-quorum-present = { $present ->
    [one] 1 presente.
   *[other] { $present } presentes.
}

## De quién falta la voz cuando no hay ningún grupo de personas usuarias con nombre.

prompts-customer-leaders = las personas usuarias
