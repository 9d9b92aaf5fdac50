### El informe de varias reuniones, en texto y Markdown (el CSV es para programas y no cambia),
### y las palabras de su gráfico. $title es lo que comparten los títulos de las reuniones;
### $customers, cómo se llaman los grupos de personas usuarias (su nombre, o
### report-customer-groups); $group y $groups son nombres de grupos del orden del día; las
### fechas van en palabras ("27 de octubre de 2026").

# "27 de octubre de 2026": la fecha de una reunión en el informe.
report-date-words = { $day } de { $month } de { $year }
report-heading = Informe: { $title }
report-heading-one = Informe: { $title }, { $date }
report-heading-range = Informe: { $title }, del { $first } al { $last }
# Cómo se llaman juntos varios grupos de personas usuarias.
report-customer-groups = las personas usuarias
report-nothing = No hay ninguna reunión para el informe.
report-left-out = Quedan fuera de este informe:
# $journal es el nombre del archivo de un diario, $why por qué queda fuera.
report-left-out-line = { $journal }: { $why }
report-did-not-start = la reunión no empezó
# $line: el número de la línea del diario que falla; $why: qué tiene de malo.
report-unreadable-line = línea { $line }: { $why }

## Las columnas de la tabla, cortas (texto) y largas (Markdown).

report-date = Fecha
report-present = Vinieron
report-airtime = Tiempo
report-items = Puntos
report-decided = Acuerdos
report-voiced = Con voz
report-due = Para
report-done = Hechas
report-present-in = Vinieron: { $group }
report-airtime-of = Tiempo de { $customers }
report-target = Objetivo
report-items-proposed-by = Puntos propuestos por { $customers }
report-decisions = Acuerdos
report-decisions-heard = Acuerdos en que se escuchó antes a { $customers }
report-actions-due = Tareas para esta reunión
report-actions-done = Tareas hechas
# "2 de 7": puntos propuestos por las personas usuarias, de todos los puntos.
report-of = { $part } de { $whole }
# La fila de totales: $count reuniones.
report-all = Total { $count }
# $share es un número entero de por ciento.
report-percent = { $share } %

## La clave bajo la tabla.

report-key-present = Vinieron: cuántas personas vinieron, por grupo ({ $groups }).
report-key-airtime = Tiempo: la parte del tiempo de palabra de { $customers }, frente a su objetivo: ✓ a 5 puntos o menos, ▲ por encima, ▼ por debajo.
report-key-items = Puntos: los puntos del orden del día (sin los descansos) propuestos por { $customers }.
report-key-decided = Acuerdos: los acuerdos anotados.
report-key-voiced = Con voz: acuerdos con la voz de { $customers } en el punto antes de decidir (— si el diario no tiene esos datos).
report-key-due-done = Para y Hechas: las tareas de la reunión anterior que eran para esta (o no tenían fecha), y cuántas se hicieron (— si la reunión no sigue a otra).

## La tendencia, de la primera reunión a la última. Las partes son porcentajes
## (report-percent); $direction es up, down o none, y $points cuántos puntos; $has_target es
## yes si la última reunión tiene objetivo, $target ese objetivo.

report-trend = Tendencia: el tiempo de palabra de { $customers } pasó del { $first_share } el { $first_date } al { $last_share } el { $last_date }{ $has_target ->
    [yes] {" "}(objetivo { $target })
   *[no] { "" }
}: { $direction ->
    [up] { $points ->
        [one] 1 punto más
       *[other] { $points } puntos más
    }
    [down] { $points ->
        [one] 1 punto menos
       *[other] { $points } puntos menos
    }
   *[none] sin cambios
}. Los puntos propuestos por { $customers } fueron { $first_items } de { $first_total } en la primera reunión y { $last_items } de { $last_total } en la última.
report-follow-through = Seguimiento: { $done ->
    [one] se hizo
   *[other] se hicieron
} a tiempo { $done } de { $due ->
    [one] 1 tarea que era
   *[other] las { $due } tareas que eran
} para la reunión siguiente.

## El gráfico (SVG).

report-chart-title = { $title }: la voz de { $customers }
report-chart-no-meeting = no hay ninguna reunión que dibujar
report-chart-meeting = Reunión
report-chart-share = Parte (%)
# La fecha de una reunión bajo el gráfico, corta: "27 oct 2026". $month es el número del mes.
report-chart-date = { $day } { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
} { $year }
report-chart-target-of = Tiempo objetivo ({ $target })
report-chart-target = Tiempo objetivo
# El gráfico en palabras, para un lector de pantalla: qué muestra ($count reuniones, del
# $first al $last), y una frase por reunión.
report-chart-about = Un gráfico de líneas de { $count ->
    [one] 1 reunión, el { $first }
   *[other] { $count } reuniones, del { $first } al { $last }
}: la parte del tiempo de palabra de { $customers } en cada reunión, frente a su objetivo, y la parte de los puntos del orden del día propuestos por { $customers }.
report-chart-airtime = { $share } del tiempo de palabra
report-chart-nobody-spoke = nadie habló
# $airtime es report-chart-airtime o report-chart-nobody-spoke; $part de $whole puntos.
report-chart-meeting-values = { $date }: { $airtime }; { $part } de { $whole ->
    [one] 1 punto propuesto
   *[other] { $whole } puntos propuestos
} por { $customers }.
report-chart-meeting-target = { $date }: { $airtime } (objetivo { $target }); { $part } de { $whole ->
    [one] 1 punto propuesto
   *[other] { $whole } puntos propuestos
} por { $customers }.
