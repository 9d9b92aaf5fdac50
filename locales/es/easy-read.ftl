### Lectura Fácil: el acta y el orden del día con palabras sencillas, una idea en cada línea,
### frases cortas, números en cifras, los días escritos enteros y la hora en palabras. Se
### habla de tú. $date y $day son fechas en palabras ("jueves, 3 de diciembre de 2026"); $at,
### una hora en palabras con su "a" ("a las 6 y media de la tarde"); $length, un tiempo en
### palabras ("1 hora y 15 minutos"). Lo que escribió la gente (títulos, nombres, decisiones,
### notas) llega tal como está escrito.

## El acta: cuándo y dónde.

easy-read-notes-intro = Estas son las notas de nuestra reunión.
easy-read-was-on = La reunión fue el { $date }.
easy-read-was-at = Fue en { $place }.
easy-read-did-not-start = La reunión no empezó.
easy-read-started = Empezó { $at }.
easy-read-finished = Acabó { $at }.
easy-read-not-finished = No había acabado cuando hicimos estas notas.

## Lo que decidimos.

easy-read-decided-heading = Lo que decidimos
easy-read-decisions-made = { $count ->
    [0] No tomamos decisiones.
    [one] Tomamos 1 decisión.
   *[other] Tomamos { $count } decisiones.
}
# $number es el número de la decisión; $text, la decisión como la escribió quien toma notas.
easy-read-decision = Decisión { $number }: { $text }
easy-read-not-quorate = No había bastante gente para decidir esto.
easy-read-everyone-agreed = Todos dijimos que sí.
easy-read-we-voted = Votamos.
easy-read-said-yes = { $count ->
    [0] Nadie dijo que sí.
    [one] 1 persona dijo que sí.
   *[other] { $count } personas dijeron que sí.
}
easy-read-said-no = { $count ->
    [0] Nadie dijo que no.
    [one] 1 persona dijo que no.
   *[other] { $count } personas dijeron que no.
}
# Solo se dice cuando alguien no votó.
easy-read-did-not-vote = { $count ->
    [one] 1 persona no votó.
   *[other] { $count } personas no votaron.
}
easy-read-carried = La mayoría dijo que sí, así que lo vamos a hacer.
easy-read-not-carried = Pocas personas dijeron que sí, así que no lo vamos a hacer.

## Quién hace qué. La línea de una tarea dice quién, qué y para cuándo.

easy-read-actions-heading = Quién hace qué
easy-read-no-new-jobs = Nadie tiene una tarea nueva de esta reunión.
easy-read-each-line = Cada línea dice quién lo hace, qué hace y para cuándo.
# $owner es quien lo hace; $what, lo que hace.
easy-read-job = { $owner } · { $what }
# $job es la línea de una tarea; $when es easy-read-by o easy-read-no-date.
easy-read-job-when = { $job } · { $when }
easy-read-by = para el { $day }
easy-read-no-date = sin fecha por ahora

## Las tareas de la reunión anterior.

easy-read-last-heading = Tareas de la reunión anterior
easy-read-last-was-on = La reunión anterior fue el { $day }.
easy-read-last-left-none = No dejó tareas.
easy-read-jobs-done = Estas tareas están hechas:
easy-read-jobs-carried = Estas tareas no están hechas. Tienen una fecha nueva:
easy-read-jobs-dropped = Dejamos estas tareas:
easy-read-jobs-open = Aún no hablamos de estas tareas:
# $reason es por qué se dejó la tarea, como lo escribió quien toma notas.
easy-read-job-why = { $job } · por qué: { $reason }

## De qué hablamos, y lo que no pudimos ver.

easy-read-talked-heading = De qué hablamos
easy-read-private = Lo que se dijo de esto es privado.
easy-read-decided-above = Lo que decidimos está arriba.
easy-read-jobs-above = Las tareas de esto están arriba.
easy-read-no-notes = No tomamos notas de esto.
easy-read-got-to-nothing = No llegamos a ver nada de la lista.
easy-read-missed-heading = Lo que no pudimos ver
easy-read-missed-on-list = Estas cosas estaban en la lista.
easy-read-missed-no-time = No hubo tiempo para ellas.
easy-read-parked-heading = Temas para otra reunión
easy-read-private-topic = Un tema privado.

## Quién vino.

easy-read-came-heading = Quién vino
# $group es el nombre del grupo; $names, los nombres de quienes vinieron, con comas.
easy-read-group-came = { $group }: { $names }
easy-read-nobody-marked = No hay nadie apuntado como presente.
easy-read-apologies = Estas personas nos dijeron que no podían venir:

## El orden del día, para mandar antes de la reunión: cuándo, dónde y quién la lleva.

easy-read-plan-intro = Este es el plan de nuestra reunión.
easy-read-is-on = La reunión es el { $date }.
easy-read-starts = Empieza { $at }.
easy-read-ends = Acaba { $at }.
easy-read-takes = Dura { $length }.
easy-read-is-at = Es en { $place }.
# $names: quién lleva la reunión, como "Ana y Sam"; $count: cuántas personas son.
easy-read-will-lead = { $count ->
    [one] { $names } lleva la reunión.
   *[other] { $names } llevan la reunión.
}
easy-read-cannot-come-one = { $name } nos dijo que no puede venir.
easy-read-cannot-come = Estas personas nos dijeron que no pueden venir:
easy-read-tell-if-not-coming = Si no puedes venir, avisa a { $name }.

## Las cosas de la lista del orden del día, cada una con cuándo empieza y qué se hace.

easy-read-list-heading = De qué vamos a hablar
easy-read-things-on-list = { $count ->
    [one] Hay 1 tema en la lista.
   *[other] Hay { $count } temas en la lista.
}
easy-read-breaks-too = { $count ->
    [one] También hay 1 descanso.
   *[other] También hay { $count } descansos.
}
easy-read-is-a-break = Esto es un descanso.
easy-read-starts-with-meeting = Empieza cuando empieza la reunión.
easy-read-starts-after = Empieza { $length } después del inicio.
easy-read-part-private = Esta parte es privada.
easy-read-stays-in-room = Lo que se dice aquí no sale de la sala.
easy-read-leads-it = { $name } lo presenta.
easy-read-asked-for-it = { $name } lo pidió.
easy-read-we-will-hear = Nos van a informar.
easy-read-we-will-choose = Vamos a decidir sobre esto.
easy-read-we-will-talk = Vamos a hablar de esto.
# $text es la propuesta como la escribe el orden del día.
easy-read-what-we-will-choose = Lo que vamos a decidir: { $text }
