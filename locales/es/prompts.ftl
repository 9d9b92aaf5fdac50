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
prompts-pick-extension-asker = { $minutes } minutos más: ¿quién los pidió?
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
