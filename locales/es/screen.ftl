### Las pantallas de quienes llevan la reunión (quien modera, quien controla el tiempo, la
### secretaría, quien observa): la cabecera, los paneles, la línea de estado. Los nombres,
### títulos y notas son los del orden del día y de la reunión, tal como están. $time es una
### hora de 24 horas, como 18:45.

## La línea de estado, sobre las teclas. $path es el archivo del diario, $who las pantallas
## conectadas ("cronometraje, sala ×2"), $what una propuesta aún sin confirmar.

screen-host-closed = ■ La pantalla principal cerró la reunión a las { $time }: pulsa cualquier tecla para salir
screen-host-closed-not-recorded = ■ La pantalla principal cerró la reunión a las { $time }: pulsa cualquier tecla para salir · sin guardar: { $what } (se escribe al salir)
screen-host-gone = ✗ No hay conexión con la pantalla principal: aquí ves lo último que llegó; se vuelve a conectar sola
screen-host-gone-not-confirmed = ✗ No hay conexión con la pantalla principal · sin confirmar: { $what } · se guarda y se envía de nuevo cuando vuelva
# $error dice por qué no se pudo escribir el diario.
screen-not-saved = ✗ No se guardó: { $error } — eso no se hizo; hazlo otra vez para reintentar
screen-example = ⚠ El ejemplo de prueba, para probar las teclas: no se guarda nada · una reunión de verdad: cochair mi-reunion.ron
screen-rehearsal = ⚠ Ensayo: lo que hagas aquí se borra al salir; el diario de la reunión de verdad no se toca
screen-rehearsal-joined = ⚠ Ensayo · conectadas: { $who } · lo que hagas aquí se borra al salir; el diario de la reunión de verdad no se toca
screen-waiting-for-host = ⧗ Enviado; falta que la pantalla principal lo confirme: { $what }
# $seat es el puesto de esta pantalla: "moderación", "cronometraje", "secretaría", "observación".
screen-joined-as = ● Conectada para { $seat } · el diario lo guarda la pantalla principal: { $path }
screen-nothing-recorded = ○ Aún no hay nada guardado · el diario será { $path }
screen-nothing-recorded-joined = ○ Aún no hay nada guardado · conectadas: { $who } · el diario será { $path }
screen-saved = ● Guardado en { $path }
screen-saved-joined = ● conectadas: { $who } · guardado en { $path }

## Los puestos, como los nombra la línea de estado.

screen-seat-facilitator = moderación
screen-seat-timekeeper = cronometraje
screen-seat-secretary = secretaría
screen-seat-observer = observación

## Fechas cortas en pantalla: "jue 3 dic 2026", "jue 3 dic".

screen-mon = lun
screen-tue = mar
screen-wed = mié
screen-thu = jue
screen-fri = vie
screen-sat = sáb
screen-sun = dom
screen-jan = ene
screen-feb = feb
screen-mar = mar
screen-apr = abr
screen-may = may
screen-jun = jun
screen-jul = jul
screen-aug = ago
screen-sep = sep
screen-oct = oct
screen-nov = nov
screen-dec = dic
# $weekday y $month son los nombres cortos de arriba.
screen-date = { $weekday } { $day } { $month } { $year }
screen-day = { $weekday } { $day } { $month }
# Una duración en las columnas del orden del día: 20 min, 1 h, 1 h 30 min.
screen-length = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}

## La cabecera: el título y el día de la reunión, cómo va de tiempo, el quórum.

screen-example-banner = EJEMPLO — no se guarda nada
screen-rehearsal-banner = ENSAYO — no se guarda nada
screen-not-started = ○ Sin empezar
# $length es lo que se prevé que dure la reunión, como 1 h 30 min.
screen-planned = prevista de { $start } a { $end } ({ $length })
screen-planned-length = duración prevista { $length }
screen-running = ▶ En marcha
screen-paused = ⏸ EN PAUSA
screen-break = ☕ DESCANSO
screen-planned-end = fin previsto { $time }
screen-projected-end = fin calculado { $time }
screen-on-time = a tiempo
screen-over = { $minutes } min de retraso
screen-ahead = { $minutes } min de adelanto
screen-adjourned = ■ Reunión terminada
# $length es lo que duró la reunión, como 01:32:10.
screen-adjourned-at = a las { $time } · duró { $length }
screen-roll-call-not-taken = ○ Falta pasar lista
screen-roll-call-not-taken-press = ○ Falta pasar lista · pulsa { $key }
screen-present = { $present ->
    [one] 1 presente
   *[other] { $present } presentes
}
screen-quorum = Quórum ✓
# $customers: cuántas de las personas presentes son personas usuarias. $groups es one cuando un
# solo grupo lo es (entonces $label es su nombre, como "Familias"), several si no.
screen-quorum-present = { $present ->
    [one] 1 presente
   *[other] { $present } presentes
} · { $customers }/{ $present } { $groups ->
    [one] { $label }
   *[several] de grupos de personas usuarias
}
screen-no-quorum = ⚠ Sin quórum: { $present } de { $needed ->
    [one] 1 necesaria
   *[other] { $needed } necesarias
}
screen-no-majority = ⚠ { $groups ->
    [one] { $label }
   *[several] las personas usuarias
} no son mayoría ({ $customers }/{ $present })

## El panel Ahora: el punto que se trata.

screen-agenda = Orden del día
screen-now = Ahora
screen-meeting-not-started = ○ La reunión no ha empezado.
screen-facilitator-starts-it = La empieza quien modera.
# Antes del título del primer punto.
screen-first-item = Primer punto:
# $weekday es corto (jue), $month entero (diciembre).
screen-planned-for = Prevista para el { $weekday } { $day } de { $month }:
# $key es la tecla que empieza la reunión, como s.
screen-press-to-start-for-real = pulsa { $key } solo para empezarla de verdad.
screen-press-to-start = Pulsa { $key } para poner en marcha el reloj de la reunión.
screen-planned-break = ☕ Descanso previsto
# $kind es el tipo de punto (Debate) o "☕ Descanso previsto".
screen-item-of = Punto { $item } de { $total } · { $kind }
screen-confidential = 🔒 confidencial
# Antes de un nombre.
screen-lead = Presenta:
screen-proposed-by = Propuesto por:
# $state es el estado del reloj (▶ en marcha), $used y $planned cifras de reloj, $left lo que
# queda (quedan 04:12), $extended los minutos añadidos al punto.
screen-item-time = { $state } { $used } de { $planned } · { $left }
screen-item-time-extended = { $state } { $used } de { $planned } (+{ $extended } min) · { $left }
screen-record-counts = Registro: { $notes ->
    [one] 1 nota
   *[other] { $notes } notas
} · { $decisions ->
    [one] 1 decisión
   *[other] { $decisions } decisiones
} · { $actions ->
    [one] 1 tarea
   *[other] { $actions } tareas
}
# Antes del título y la duración del punto siguiente.
screen-next = Después:
screen-title-length = { $title } ({ $length })
screen-break-left = ☕ Descanso: { $left } · volvemos a las { $time }
screen-adjourned-at-time = ■ Reunión terminada a las { $time }.
screen-items-covered = { $covered } de { $total ->
    [one] 1 punto tratado
   *[other] { $total } puntos tratados
} en { $length }.
screen-record-in-journal = El registro está en el diario que se ve abajo.

## El panel Palabra: quién habla, su turno, y la lista. $key es una tecla, como space.

screen-floor = { $waiting ->
    [0] Palabra
    [one] Palabra · 1 espera
   *[other] Palabra · { $waiting } esperan
}
screen-list-closed = ⊘ Lista cerrada
screen-list-closed-key = ⊘ Lista cerrada · { $key } la abre
screen-page-hands-off = manos de la página cerradas
screen-planned-break-no-list = ☕ Descanso previsto: la lista de palabras se abre después
screen-on-break = ☕ En descanso
screen-on-break-key = ☕ En descanso · { $key } lo termina
screen-floor-open = Palabra libre
screen-floor-open-key = Palabra libre · { $key } añade una mano
screen-floor-open-calls = Palabra libre · { $key } llama a { $name }
screen-floor-open-next = Palabra libre · sigue: { $name }
screen-nobody-has-the-floor = Nadie tiene la palabra
# $group es el nombre del grupo de quien habla, $spoken cifras de reloj.
screen-group-spoken = { $group } · ha hablado { $spoken }
# $left es lo que queda (quedan 01:12), $state el estado del reloj.
screen-turn = Turno: { $left } · { $state }
screen-point-of-process = cuestión de orden
screen-responds-to = responde a { $name }
screen-given-the-floor = le dio la palabra quien modera
screen-question = ? Pregunta: { $from } a { $to }
screen-list-closed-no-new-hands = ⊘ Lista cerrada: no entran manos nuevas
screen-queue-empty = Nadie espera
screen-more-waiting = … { $hidden ->
    [one] 1 más espera
   *[other] { $hidden } más esperan
}

## El registro: cada nota, decisión y tarea por punto, y luego los temas aparcados.

screen-the-record = El registro
screen-nothing-recorded-yet = Aún no hay nada en el registro.
screen-parking-lot = Temas aparcados
screen-confidential-heading = 🔒 confidencial (las notas y las tareas confidenciales no van al acta)
screen-entry-note = Nota
screen-entry-decision = Decisión
screen-entry-action = Tarea
# $vote es cómo se decidió (aprobada por consenso).
screen-entry-decided = ({ $vote })
screen-entry-decided-not-quorate = ({ $vote }; ⚠ sin quórum)
# $owner es quién la hace, $due una fecha como 2026-12-01.
screen-entry-due = ({ $owner }, para el { $due })
screen-entry-no-due-date = ({ $owner }, sin fecha)
screen-entry-corrected = (corregida)
screen-more-above = ↑ hay más arriba
screen-more-below = ↓ hay más abajo
screen-vote-consensus = aprobada por consenso
screen-vote-carried = aprobada: { $pro } a favor, { $contra } en contra, { $abstaining ->
    [one] 1 abstención
   *[other] { $abstaining } abstenciones
}
screen-vote-not-carried = rechazada: { $pro } a favor, { $contra } en contra, { $abstaining ->
    [one] 1 abstención
   *[other] { $abstaining } abstenciones
}

## Los relojes de quien controla el tiempo.

screen-clocks = Relojes
screen-clocks-start-with-the-meeting = ○ Los relojes empiezan con la reunión
screen-meeting-adjourned = ■ La reunión ha terminado
screen-break-back = ☕ Descanso · volvemos a las { $time }
screen-turn-of = Turno · { $name }
screen-turn-floor-open = Turno · palabra libre
screen-item-title = Punto { $item } · { $title }
screen-planned-break-back = ☕ Descanso previsto · volvemos a las { $time }
# $length es la duración prevista del punto, como 20 min.
screen-then-item = Después, punto { $item } · { $title } ({ $length })
screen-last-item-after-break = Es el último punto: la reunión termina tras el descanso

## La voz en un punto de decisión. $share y $target son porcentajes, sin el signo.

screen-before-the-decision = Este punto, antes de decidir
screen-item-so-far = Este punto hasta ahora (una decisión)
screen-nobody-has-spoken = Nadie ha hablado aún en este punto.
screen-group-spoke = { $group } { $share } % · { $spoke ->
    [one] ha hablado
   *[other] han hablado
} { $spoke } de { $present }
screen-group-spoke-target = { $group } { $share } % · { $spoke ->
    [one] ha hablado
   *[other] han hablado
} { $spoke } de { $present } · objetivo { $target } %
# $who es la palabra para una de las personas usuarias ("familia").
screen-no-customer-voice = ⚠ Aún no ha hablado nadie de { $who } en este punto

## Los totales por persona, en lugar del orden del día.

screen-totals-by-airtime = Por persona · por tiempo
screen-totals-roll-call-order = Por persona · en orden de lista
screen-totals-person = Persona
screen-totals-group = Grupo
screen-totals-airtime = Tiempo
screen-totals-turns = Veces
screen-totals-on-item = Punto
# Tras el nombre de quien se fue.
screen-totals-left = (se fue)
screen-totals-more = … { $more } más
# $names: quienes no han hablado, "Ana, Tom".
screen-not-heard-on-item = Aún sin hablar en este punto: { $names }
screen-everyone-spoke-on-item = Todas las personas presentes han hablado en este punto.

## El equilibrio de voces. $key es la tecla que desplaza.

screen-voice-balance = Equilibrio de voces
screen-balance-more-above = ↑ { $more } más arriba ({ $key })
screen-balance-more-below = ↓ hay más abajo ({ $key })
screen-floor-changes = Cambios de palabra de quien modera
screen-timekeeping = Control del tiempo
# $airtime son cifras de reloj.
screen-balance-detail = { $airtime } · { $turns ->
    [one] 1 turno
   *[other] { $turns } turnos
} · { $present ->
    [one] 1 presente
   *[other] { $present } presentes
}
# $target es un porcentaje, sin el signo; $points cuánto se aleja.
screen-on-target = objetivo { $target } % cumplido
screen-over-target = objetivo { $target } % ▲ { $points ->
    [one] 1 punto de más
   *[other] { $points } pts de más
}
screen-under-target = objetivo { $target } % ▼ { $points ->
    [one] 1 punto de menos
   *[other] { $points } pts de menos
}
screen-proposed-items = { $items ->
    [one] propuso 1 punto
   *[other] propuso { $items } puntos
}
screen-everyone-heard = Todas las personas presentes han hablado.
screen-not-heard = Aún sin hablar: { $names }
screen-points-of-process = ⚑ Cuestiones de orden: { $time }, no cuentan como tiempo de palabra
# La pausa o el descanso en curso, arriba del registro de tiempos. $role es el puesto que lo
# empezó ("moderación").
screen-log-paused = { $time } reloj en pausa, sigue así
screen-log-paused-by = { $time } reloj en pausa desde { $role }, sigue así
screen-log-break = { $time } descanso de { $minutes } min, sigue así
screen-log-break-by = { $time } descanso de { $minutes } min desde { $role }, sigue así
