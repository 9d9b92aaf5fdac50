### La pantalla de ayuda: qué hace cada acción, y los títulos de sus grupos. Las teclas y los
### nombres de las acciones no cambian.

# El título del recuadro de ayuda. $key es la tecla que lo cierra, como "esc".
help-title = Teclas — { $key } cierra

## Los títulos: dónde funciona cada grupo de teclas.

help-mode-global = En todas partes
help-mode-meeting = Reunión
help-mode-roll-call = Pasar lista
help-mode-picker = Elegir a alguien (escribe para acortar la lista)
help-mode-prompt = Escribir (izquierda/derecha, inicio/fin, borrar, ctrl-w)
help-mode-record = El registro (notas, decisiones, tareas)
help-mode-help = Esta ayuda
help-mode-confirm = Preguntas
help-mode-reading = Leer el orden del día para enviar
help-mode-review = Las tareas de la reunión anterior

## Qué hace cada acción.

help-quit = salir (la reunión se guarda)
help-help = mostrar u ocultar las teclas
help-start-meeting = empezar la reunión
help-next-item = punto siguiente
help-previous-item = punto anterior
help-end-meeting = terminar la reunión
help-confirm = sí / elegir
help-cancel = cerrar / da igual
help-decline = no
help-scroll-up = subir
help-scroll-down = bajar
help-select-previous = elegir el de arriba
help-select-next = elegir el de abajo
help-roll-call = pasar lista: quién está
help-toggle-present = presente / se excusa / ausente
help-all-present = marcar presentes a quienes no tienen marca
help-mark-left = la persona elegida se va ahora
help-add-person = añadir a alguien que no está en el orden del día
help-add-speaker = añadir manos a la lista
help-point-of-process = cuestión de orden (va primero)
help-remove-speaker = bajar la mano elegida
help-next-speaker = siguiente de la lista
help-end-turn = terminar el turno; palabra libre
help-move-up = subir la mano elegida (decide quien modera)
help-move-down = bajar la mano elegida (decide quien modera)
help-give-floor = la persona elegida habla ahora (decide quien modera)
help-voice-balance = mostrar u ocultar el equilibrio de voces
help-pause-clock = parar / seguir todos los relojes (termina un descanso)
help-start-break = empezar un descanso
help-extend-item = 5 minutos más para este punto
help-extend-item-by = más minutos para este punto…
help-extend-turn = 30 segundos más para quien habla
help-reset-turn = empezar de nuevo el reloj del turno
help-projector-view = reloj grande para el proyector / pantalla completa
help-add-note = nota sobre este punto
help-record-decision = decisión, y cómo se tomó
help-add-action = tarea: qué, quién, para cuándo
help-add-item = añadir un punto al orden del día
help-park-topic = aparcar un tema para otra reunión
help-record-view = el registro: notas, decisiones, tareas
help-edit-entry = corregir la entrada elegida
help-delete-entry = tachar la entrada elegida
help-export-minutes = escribir el acta junto al diario
help-copy-minutes = copiar el acta al portapapeles
help-show-agenda = el orden del día para enviar
help-export-agenda = escribir el orden del día junto al diario
help-copy-agenda = copiar el orden del día al portapapeles
help-review-actions = revisar las tareas de la reunión anterior
help-action-done = la tarea elegida está hecha
help-action-carry = pasar la tarea elegida a la próxima (¿para cuándo?)
help-action-drop = descartar la tarea elegida (di por qué)
help-direct-response = respuesta directa a quien habla (va después, turno corto)
help-add-speaker-pro = manos a favor de la propuesta (puntos de decisión)
help-add-speaker-contra = manos en contra de la propuesta (puntos de decisión)
help-toggle-list = cerrar / abrir la lista de palabras
help-person-totals = totales por persona: por tiempo / por lista / ocultar
help-interposed-question = pregunta a quien habla (otra vez: la termina)
help-readd-last-speaker = quien habló último vuelve arriba de la lista
help-edit-hand = cambiar la mano elegida (tipo, a favor / en contra)
help-clear-hands = bajar todas las manos que esperan (pregunta antes)
help-members-code = mostrar / ocultar el código QR de la página de participantes
help-page-hands = manos de la página de participantes: no en este punto / no en la reunión / sí
help-release-claim = liberar el nombre de la persona elegida en la página de participantes
