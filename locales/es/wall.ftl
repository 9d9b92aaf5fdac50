### La vista de sala: la pared que la sala lee desde sus sitios (el proyector, o `cochair
### join --view room`). Los nombres y títulos son los del orden del día, tal como están.

## El aviso de arriba, cuando la pared puede no estar al día o no se guarda nada.

wall-host-gone = ⚠ VOLVIENDO A CONECTAR CON LA PANTALLA PRINCIPAL
wall-host-closed = ■ LA PANTALLA PRINCIPAL CERRÓ LA REUNIÓN
wall-rehearsal = ENSAYO — no se guarda nada

## La línea bajo el título de la reunión: por dónde va.

# $item es el número del punto, $total cuántos hay, $what el tipo o el título del punto.
wall-item-of = ▶ Punto { $item } de { $total } · { $what }
wall-planned-break = ☕ Descanso previsto
wall-confidential = 🔒 confidencial
wall-not-started = ○ Sin empezar
wall-adjourned = ■ Reunión terminada

## Quién tiene la palabra, en grande.

wall-floor-not-started = Sin empezar
wall-floor-adjourned = Terminada
wall-floor-break = DESCANSO
wall-floor-open = Palabra libre
# A quién llama la lista después.
wall-next = Sigue: { $name }

## Lo que dice encima del reloj grande. $time es una hora de 24 horas, como 18:45.

wall-clock-time = Hora
wall-clock-break = ☕ Descanso · volvemos a las { $time }
wall-clock-question = ? Pregunta de { $from } a { $to }
wall-clock-turn = Turno de { $name }
wall-clock-item-over = El punto se pasó de tiempo
wall-clock-item-left = Tiempo que queda del punto

## Las líneas de abajo: el tiempo del punto, el quórum.

# $left es el tiempo que queda ("quedan 04:12"), $state el estado del reloj ("▶ en marcha").
wall-footer-item = Punto: { $left } · { $state }
wall-footer-ends = la reunión acaba hacia las { $time }
wall-roll-call-not-taken = ○ Sin pasar lista
wall-present = { $present ->
    [one] 1 presente
   *[other] { $present } presentes
}
# $customers: cuántas de las personas presentes son usuarias. $groups es one cuando un solo
# grupo es el de las personas usuarias ($label es su nombre, como "Familias"); si no, several.
wall-quorum-met = Quórum ✓ { $present ->
    [one] 1 presente
   *[other] { $present } presentes
} · { $groups ->
    [one] { $customers } de { $present } son { $label }
   *[several] { $customers } de { $present } son de grupos de personas usuarias
}
wall-no-quorum = ⚠ Sin quórum: { $present ->
    [one] 1 presente
   *[other] { $present } presentes
}, { $needed ->
    [one] hace falta 1
   *[other] hacen falta { $needed }
}
wall-no-majority = ⚠ { $groups ->
    [one] { $label } no son mayoría
   *[several] los grupos de personas usuarias no son mayoría
}: { $customers } de { $present }
# En la pantalla principal, bajo la vista de sala: la tecla para volver a la pantalla completa.
wall-full-screen = { $key } pantalla completa

## El código de la página de participantes, sobre la pared.

wall-scan = Escanea para participar desde tu teléfono:
wall-code-too-small = (la pantalla es muy pequeña para el código QR)

## Una terminal demasiado pequeña para cualquier pantalla. $need y $have son tamaños, como 60×18.

wall-too-small = Terminal muy pequeña: hace falta { $need }, hay { $have }
