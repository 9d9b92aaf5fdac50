### Los recuadros sobre la reunión: pasar lista, elegir a alguien, escribir una respuesta, el
### orden del día para enviar, las tareas de la reunión anterior. Los nombres, títulos y notas
### son los del orden del día y de la reunión, tal como están. $time es una hora de 24 horas.

## Pasar lista.

overlay-roll-call = Pasar lista
# $group es el nombre de un grupo tal como lo escribe el orden del día.
overlay-group-present = { $group } · { $present } de { $total ->
    [one] 1 presente
   *[other] { $total } presentes
}
overlay-present = presente
overlay-apologies = se excusa
overlay-absent = ausente
overlay-not-marked = sin marcar
overlay-arrived = llegó { $time }
overlay-left = se fue { $time }
overlay-added-today = añadida hoy
overlay-on-the-members-page = en la página de participantes

## Elegir a alguien.

overlay-list-closed-asked-first = ⊘ lista cerrada: se pregunta antes
# $name es lo que se escribió.
overlay-new-name = Nombre nuevo: { $name }
overlay-nobody-in-particular = Nadie en concreto

## Escribir una respuesta: las teclas, y qué querrá decir. $save y $cancel son teclas.

overlay-prompt-keys = { $save } guarda · { $cancel } cancela
overlay-prompt-keys-suggested = { $save } guarda · { $cancel } cancela · lo que escribas reemplaza la sugerencia
overlay-minutes-like = Minutos, como 5
overlay-vote-forms = consenso, o votos a favor/en contra/abstención como 7/1/2
overlay-vote-counts = { $pro } a favor, { $contra } en contra, { $abstaining ->
    [one] 1 abstención
   *[other] { $abstaining } abstenciones
}
overlay-confidential-note = 🔒 punto confidencial: esta nota no va al acta
overlay-confidential-action = 🔒 punto confidencial: se te preguntará si esta tarea también es confidencial
overlay-confidential-parked = 🔒 punto confidencial: se te preguntará si estas palabras pueden ir al acta
overlay-minutes-to-spare = A la reunión le sobran { $minutes } min
# $voice es cuánto ha hablado cada grupo en el punto.
overlay-so-far = Hasta ahora en este punto: { $voice }
# $who es la palabra para una de las personas usuarias ("familia").
overlay-no-customer-voice = ⚠ Aún no ha hablado nadie de { $who } en este punto. Se te preguntará antes de guardarlo.
# $why dice qué le falta al quórum.
overlay-not-quorate = ⚠ Sin quórum: { $why } Se te preguntará antes de guardarlo.

## El orden del día para enviar. $export, $copy y $close son teclas.

overlay-agenda-to-send = El orden del día para enviar — { $export } exporta · { $copy } copia · { $close } cierra

## Las tareas de la reunión anterior: el panel bajo el orden del día, y la revisión.

# $day y $month: el día de la reunión anterior ("3 de diciembre").
overlay-actions-panel = Tareas del { $day } de { $month } · { $reviewed } de { $total ->
    [one] 1 revisada
   *[other] { $total } revisadas
}
# $date es la fecha de la reunión anterior, larga.
overlay-actions-review = Tareas de la reunión del { $date }
overlay-action-done = hecha
# $due es una fecha corta (jue 3 dic).
overlay-action-carried-due = pasa a la próxima, para el { $due }
overlay-action-carried = pasa a la próxima, sin fecha
# $reason es el porqué, tal como se escribió.
overlay-action-dropped = descartada: { $reason }
overlay-action-overdue = { $days ->
    [one] 1 día de retraso
   *[other] { $days } días de retraso
}
overlay-action-open-due = pendiente, para el { $due }
overlay-action-open = pendiente, sin fecha
overlay-action-set = puesta el { $day } de { $month }
overlay-action-carried-before = { $times ->
    [one] ya pasó a la próxima una vez
   *[other] ya pasó a la próxima { $times } veces
}
