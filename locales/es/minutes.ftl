### El acta (texto y Markdown) y las tareas por persona. $title, $name, $names, $group,
### $owner, $text, $place y $journal son palabras de las personas, tal como se escribieron;
### $at es una hora en reloj de 24 horas (18:30), $length una duración (01:15 o 1:02:03),
### $date una fecha en palabras ("jueves, 3 de diciembre de 2026"), $due una fecha ISO
### (2026-12-15).

## La cabecera.

minutes-title = Acta: { $title }
minutes-date = Fecha
minutes-place = Lugar
minutes-planned = Previsto
# $start y $end son horas: "18:00–20:00".
minutes-planned-times = { $start }–{ $end }
minutes-started = Empezó
minutes-ended = Terminó
minutes-ended-at = { $at } (duró { $length })
# Quién tuvo cada tarea de la reunión, como la nombra la cabecera.
minutes-role-facilitator = Modera
minutes-role-timekeeper = Controla el tiempo
minutes-role-secretary = Secretaría
minutes-did-not-start = La reunión no empezó.

## Asistencia.

minutes-attendance = Asistencia
minutes-present-in = Presentes, { $group }
# En lugar de una lista de nombres cuando no hay ninguno.
minutes-none = nadie
minutes-apologies = Excusan su ausencia
minutes-absent = Ausentes
minutes-not-marked = Sin marcar
minutes-arrived = Llegaron tarde
minutes-left-early = Se fueron antes
minutes-not-on-agenda = No estaban en el orden del día
# "Ana López (18:12)": cuándo llegó o se fue alguien.
minutes-name-at = { $name } ({ $at })
minutes-screens = Pantallas
# Las pantallas que llevaron la reunión junto a la principal; $screens es la lista de abajo.
minutes-screens-list = quien modera (la pantalla principal), { $screens }
minutes-screen-facilitator = quien modera (otra pantalla)
minutes-screen-timekeeper = control del tiempo
minutes-screen-secretary = secretaría
minutes-screen-observers = observadores
minutes-screen-room = vista de sala

## El quórum al terminar la reunión. $when es adjourned (al cerrar la reunión), running
## (cuando se hizo el acta) u other (la reunión no empezó); $present y $needed son números
## de personas; $customers, cuántas de las presentes son personas usuarias; $groups, cuántos
## grupos son de personas usuarias, y $label el nombre de ese grupo cuando hay uno.

minutes-quorum-not-set = { $when ->
    [adjourned] Al cerrar la reunión, { $present ->
        [one] 1 presente
       *[other] { $present } presentes
    }. El orden del día no fija quórum.
    [running] Cuando se hizo esta acta, { $present ->
        [one] 1 presente
       *[other] { $present } presentes
    }. El orden del día no fija quórum.
   *[other] { $present ->
        [one] 1 presente
       *[other] { $present } presentes
    }. El orden del día no fija quórum.
}
minutes-quorum-met = { $when ->
    [adjourned] Al cerrar la reunión, había
    [running] Cuando se hizo esta acta, había
   *[other] Había
} quórum: { $present ->
    [one] 1 presente
   *[other] { $present } presentes
}, { $customers } de { $groups ->
    [one] { $label }
   *[other] los grupos de personas usuarias
}.
minutes-quorum-too-few = { $when ->
    [adjourned] Al cerrar la reunión, no había
    [running] Cuando se hizo esta acta, no había
   *[other] No había
} quórum: { $present ->
    [one] 1 presente
   *[other] { $present } presentes
}, { $needed ->
    [one] hacía falta 1
   *[other] hacían falta { $needed }
}.
minutes-quorum-no-majority = { $when ->
    [adjourned] Al cerrar la reunión, no había
    [running] Cuando se hizo esta acta, no había
   *[other] No había
} quórum: { $groups ->
    [one] { $label }
   *[other] las personas usuarias
} no eran mayoría ({ $customers } de { $present ->
    [one] 1 presente
   *[other] { $present } presentes
}).

## Los puntos.

minutes-items = Puntos
# $number es el número del punto en el orden del día.
minutes-item-title = { $number }. { $title }
minutes-item-title-added = { $number }. { $title } (añadido durante la reunión)
minutes-kind = Tipo
minutes-lead = Presenta
minutes-proposed-by = Lo propuso
minutes-time = Tiempo
# $planned y $extended son minutos; $extended_any es yes si el punto se alargó; $used es el
# tiempo usado, y $reached es no si la reunión no llegó al punto.
minutes-time-used = previsto { $planned } min{ $extended_any ->
    [yes] , alargado { $extended } min
   *[no] { "" }
}{ $reached ->
    [no] , no se llegó
   *[yes] , usado { $used }
}
minutes-confidential-hidden = Este punto fue confidencial: sus notas no están en esta acta y quien habló se nombra solo por su grupo.
minutes-confidential-shown = Este punto fue confidencial. Esta acta incluye sus notas y quién habló: compártela solo con quien tenga derecho a verla.

## Quién habló en un punto, en orden. Un turno es la persona y cuánto habló, y después, entre
## paréntesis, lo que haga falta de abajo.

minutes-speakers = Intervenciones, en orden: { $turns }.
minutes-turn = { $name } { $length }
minutes-turn-process = (cuestión de orden)
minutes-turn-response = (respuesta directa a { $name })
minutes-turn-pro = (a favor)
minutes-turn-contra = (en contra)
minutes-turn-still-speaking = (seguía hablando)
# $questions es una o más "Lena Fischer 00:25", con comas.
minutes-turn-questions = { $count ->
    [one] (pregunta de { $questions })
   *[other] (preguntas de { $questions })
}
minutes-question = { $name } { $length }

## El procedimiento en un punto.

minutes-for-the-motion = A favor de la propuesta: { $names }.
minutes-against = En contra: { $names }.
minutes-list-closed = La lista de intervenciones se cerró a las { $at }.
minutes-list-reopened = La lista de intervenciones se abrió de nuevo a las { $at }.
minutes-hands-cleared = Las manos que esperaban se quitaron al pasar de punto a las { $at }: { $names }.
minutes-list-cleared = La lista de intervenciones se vació a las { $at }: { $names }.
minutes-added-to-closed-list = { $name } entró en la lista cerrada a las { $at }.

## Lo que se anotó en un punto: notas, acuerdos, tareas.

minutes-note = Nota: { $text }
# $vote es minutes-vote-consensus o minutes-vote-counted, $quorum uno de los
# minutes-decided-* de abajo, $voice minutes-voice-before.
minutes-decision = Acuerdo: { $text }. { $vote }. { $quorum } { $voice }
minutes-vote-consensus = Aprobado por consenso
# $carried es yes o no; lo demás son números de votos.
minutes-vote-counted = { $carried ->
    [yes] Aprobado
   *[no] No aprobado
}: { $in_favour } a favor, { $against } en contra, { $abstain ->
    [one] 1 abstención
   *[other] { $abstain } abstenciones
}
minutes-action-private = Tarea: confidencial
# $when es minutes-due o minutes-no-due.
minutes-action = Tarea: { $text } ({ $owner }, { $when })
# $day es el mismo día en palabras ("viernes, 11 de diciembre"); $due, en ISO, no se usa.
minutes-due = para el { $day }{ $due ->
   *[other] { "" }
}
minutes-no-due = sin fecha
# Algo corregido después de anotarlo: $line es lo anotado, acabado en punto.
minutes-corrected = { $line } Se corrigió después de anotarlo.
minutes-decided-not-set = { $present ->
    [one] 1 presente
   *[other] { $present } presentes
} al decidir.
minutes-decided-majority = Había quórum: { $present ->
    [one] 1 presente
   *[other] { $present } presentes
}, { $groups ->
    [one] { $label }
   *[other] las personas usuarias
} en mayoría ({ $customers } de { $present }).
minutes-decided-quorate = Había quórum: { $present ->
    [one] 1 presente
   *[other] { $present } presentes
}.
minutes-decided-too-few = ⚠ No había quórum al decidir: { $present ->
    [one] 1 presente
   *[other] { $present } presentes
}, { $needed ->
    [one] hacía falta 1
   *[other] hacían falta { $needed }
}.
minutes-decided-no-majority = ⚠ No había quórum al decidir: { $groups ->
    [one] { $label }
   *[other] las personas usuarias
} no eran mayoría ({ $customers } de { $present ->
    [one] 1 presente
   *[other] { $present } presentes
}).

## La voz en un punto antes de un acuerdo: qué parte del tiempo habló cada grupo, frente a su
## objetivo, y cuántas de sus personas presentes hablaron. $share y $target son porcentajes.

minutes-voice-before = Antes de este acuerdo: { $voice }.
minutes-voice-nobody = nadie había hablado en este punto
minutes-voice-first = { $group } { $share } % del tiempo ({ $spoke ->
    [one] habló
   *[other] hablaron
} { $spoke } de { $present ->
    [one] 1 presente
   *[other] { $present } presentes
})
minutes-voice-first-target = { $group } { $share } % del tiempo, objetivo { $target } % ({ $spoke ->
    [one] habló
   *[other] hablaron
} { $spoke } de { $present ->
    [one] 1 presente
   *[other] { $present } presentes
})
minutes-voice-group = { $group } { $share } % ({ $spoke } de { $present })
minutes-voice-group-target = { $group } { $share } %, objetivo { $target } % ({ $spoke } de { $present })
# $person es, en inglés, una persona de los grupos de personas usuarias (no se usa aquí);
# $groups son los nombres de esos grupos, unidos ("Familias", "Familias y Jóvenes").
minutes-no-customer-voice = ⚠ Sin voz de personas usuarias: nadie de { $groups } había hablado en este punto.{ $person ->
   *[other] { "" }
}

## El registro del procedimiento, el equilibrio de voces y los temas aparcados.

minutes-process-log = Registro del procedimiento
minutes-no-process = Sin cambios de turno, prórrogas, pausas ni descansos.
# Una línea del registro: la hora y lo que pasó.
minutes-process-line = { $at } { $what }
minutes-balance = Equilibrio de voces
minutes-group = Grupo
minutes-airtime = Tiempo
minutes-share = Parte
minutes-turns = Turnos
minutes-target = Objetivo
minutes-items-proposed = Propuestas
# $share es un número entero de por ciento.
minutes-percent = { $share } %
minutes-everyone-heard = Se escuchó a todas las personas presentes.
minutes-not-heard = No hablaron: { $names }.
minutes-procedure-total = Las cuestiones de orden ocuparon { $length } en total: ese tiempo es procedimiento, no tiempo de palabra, y no está en las partes de arriba.
minutes-by-person = Por persona
minutes-person = Persona
minutes-procedure = ⚑ Procedimiento
minutes-confidential-airtime = Esta tabla no incluye el tiempo de palabra en puntos confidenciales.
minutes-parking-lot = Temas aparcados
minutes-nothing-parked = No se aparcó nada para otra reunión.
minutes-parked-private = Un tema aparcado en el punto { $item }, confidencial

## Las tareas al final, y cómo se cierra el acta.

minutes-action-items = Tareas
minutes-owner = Quién
minutes-due-column = Para
minutes-action-column = Tarea
minutes-adjourned = La reunión se cerró a las { $at }.
minutes-not-adjourned = La reunión no se había cerrado cuando se hizo esta acta.
minutes-never-started = La reunión no empezó, así que no se cerró.

## Las tareas de la reunión anterior. $set es el día en que se puso una tarea.

minutes-last-heading = Tareas de la reunión anterior
minutes-last-from = De la reunión del { $date } ({ $journal }).
minutes-last-from-open = De la reunión del { $date } ({ $journal }). Esa reunión no se había cerrado cuando se enlazó con esta: sus tareas están como estaban entonces.
minutes-last-none = No dejó tareas pendientes.
minutes-last-due-done = { $due ->
    [one] 1 tarea era
   *[other] { $due } tareas eran
} para esta reunión; { $done ->
    [one] 1 está hecha
   *[other] { $done } están hechas
}.
# Una línea de las tareas de la reunión anterior: $status es uno de los estados de abajo,
# $about dice de quién es y para cuándo.
minutes-last-line = { $status }: { $text } ({ $about }).
minutes-last-line-why = { $status }: { $text } ({ $about }). Por qué: { $reason }.
minutes-last-done = Hecha
minutes-last-carried = Aplazada
minutes-last-dropped = Abandonada
minutes-last-not-reviewed = Sin revisar
# $when es minutes-due o minutes-no-due.
minutes-last-about = { $owner }, { $when }
# $set es el día en que se puso (2026-10-27), $day el mismo día en palabras.
minutes-last-set-on = , puesta el { $day }{ $set ->
   *[other] { "" }
}
minutes-last-now-due = ; ahora para el { $day }{ $due ->
   *[other] { "" }
}
minutes-last-now-no-due = ; ahora sin fecha
minutes-last-overdue = { $days ->
    [one] ; 1 día de retraso
   *[other] ; { $days } días de retraso
}
# En la tabla de tareas: de dónde viene una tarea pendiente. $previous es la fecha de la
# reunión anterior (2026-10-27); $first, cuándo se puso por primera vez, si fue antes.
minutes-carried-from = { $text } (aplazada desde el { $previous })
minutes-carried-from-first = { $text } (aplazada desde el { $previous }, puesta el { $first })
minutes-open-from = { $text } (del { $previous }, sin revisar)
minutes-open-from-first = { $text } (del { $previous }, sin revisar, puesta el { $first })

## Las tareas por persona.

minutes-actions-title = Tareas: { $title }, { $day } de { $month } de { $year }
minutes-no-actions = No se anotó ninguna tarea.
minutes-action-by-owner = { $text } ({ $when }; punto { $number }: { $item })
# Una tarea pendiente de la reunión anterior: $set es "27 de octubre".
minutes-still-carried = { $text } ({ $when }; puesta el { $set }, aplazada)
minutes-still-open = { $text } ({ $when }; puesta el { $set }, sin revisar)

## Las líneas del registro del procedimiento, después de su hora. $chair es el nombre de
## quien modera cuando el orden del día lo dice, si no minutes-log-the-facilitator; $name,
## $past y $to son personas (o sus grupos, en un punto confidencial); $role, $paused_by y
## $resumed_by dicen desde qué pantalla se hizo: facilitator (quien modera), timekeeper
## (control del tiempo), secretary (secretaría), o none si el diario no lo guardó.

minutes-log-the-facilitator = quien modera
minutes-log-moved = { $way ->
    [up] { $chair } subió a { $name } por delante de { $past }
   *[down] { $chair } bajó a { $name } por detrás de { $past }
}
minutes-log-gave-floor = { $chair } dio la palabra a { $name }
# $process es yes para una cuestión de orden, no para una mano.
minutes-log-hand-lowered = { $process ->
    [yes] { $chair } quitó la cuestión de orden de { $name }
   *[no] { $chair } quitó la mano de { $name }
}
minutes-log-hand-lowered-group = { $process ->
    [yes] { $chair } quitó una cuestión de orden ({ $name })
   *[no] { $chair } quitó una mano ({ $name })
}
# $item es el número del punto, $title su título, $by quién lo pidió.
minutes-log-item-extended = punto { $item } "{ $title }" alargado { $minutes } min, lo pidió { $by }
minutes-log-turn-extended = turno de { $name } alargado { $seconds } s
minutes-log-turn-extended-asked = turno de { $name } alargado { $seconds } s, lo pidió { $by }
minutes-log-break-ended = fin del descanso después de { $length }{ $role ->
    [facilitator] , lo terminó quien modera
    [timekeeper] , lo terminó el control del tiempo
    [secretary] , lo terminó secretaría
   *[none] { "" }
}
minutes-log-break = descanso de { $minutes } min, lo pidió { $by }{ $role ->
    [facilitator] , lo empezó quien modera
    [timekeeper] , lo empezó el control del tiempo
    [secretary] , lo empezó secretaría
   *[none] { "" }
}
minutes-log-paused = reloj en pausa { $length }{ $paused_by ->
    [facilitator] , lo paró quien modera
    [timekeeper] , lo paró el control del tiempo
    [secretary] , lo paró secretaría
   *[none] { "" }
}{ $resumed_by ->
    [facilitator] , lo siguió quien modera
    [timekeeper] , lo siguió el control del tiempo
    [secretary] , lo siguió secretaría
   *[none] { "" }
}
# Una pausa de menos de un segundo (la tecla de pausa pulsada dos veces), como $length de los
# dos mensajes de pausa.
minutes-log-under-a-second = menos de un segundo
# Parado y seguido desde la misma pantalla.
minutes-log-paused-by = reloj en pausa { $length }, lo paró { $role ->
    [facilitator] quien modera
    [timekeeper] el control del tiempo
   *[secretary] secretaría
}
minutes-log-turn-reset = el reloj del turno de { $name } volvió a empezar{ $role ->
    [facilitator] , lo hizo quien modera
    [timekeeper] , lo hizo el control del tiempo
    [secretary] , lo hizo secretaría
   *[none] { "" }
}
minutes-log-response-refused = { $chair } no aceptó la respuesta directa de { $name } a { $to }
minutes-log-response-refused-group = { $chair } no aceptó una respuesta directa ({ $name }) a { $to }
minutes-log-list-closed = { $chair } cerró la lista de intervenciones
minutes-log-list-reopened = { $chair } abrió de nuevo la lista de intervenciones
# $count es cuántas manos; $names de quién eran.
minutes-log-hands-cleared = { $count ->
    [one] se quitó 1 mano al pasar de punto ({ $names })
   *[other] se quitaron { $count } manos al pasar de punto ({ $names })
}
minutes-log-readded = { $chair } volvió a poner a { $name } el primero de la lista (había hablado el último)
# Una mano que esperaba cambió: $from y $to son tipos de mano (hand, response, process), $side
# pro, contra o none; $changed es yes si cambió el tipo (si no, solo cambió el lado).
minutes-log-hand-changed = { $chair } cambió la mano de { $name }{ $changed ->
    [yes] {" "}de { $from ->
        [response] respuesta directa
        [process] cuestión de orden
       *[hand] mano
    }
   *[no] { "" }
} a { $to ->
    [response] respuesta directa
    [process] cuestión de orden
   *[hand] mano
}{ $side ->
    [pro] {" "}(a favor)
    [contra] {" "}(en contra)
   *[none] { "" }
}
minutes-log-hand-changed-group = { $chair } cambió una mano ({ $name }){ $changed ->
    [yes] {" "}de { $from ->
        [response] respuesta directa
        [process] cuestión de orden
       *[hand] mano
    }
   *[no] { "" }
} a { $to ->
    [response] respuesta directa
    [process] cuestión de orden
   *[hand] mano
}{ $side ->
    [pro] {" "}(a favor)
    [contra] {" "}(en contra)
   *[none] { "" }
}
minutes-log-list-cleared = { $count ->
    [one] { $chair } vació la lista de intervenciones: quitó 1 mano ({ $names })
   *[other] { $chair } vació la lista de intervenciones: quitó { $count } manos ({ $names })
}
minutes-log-added-to-closed-list = { $chair } añadió a { $name } a la lista cerrada
