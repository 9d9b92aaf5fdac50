### Lo que se envía antes de una reunión: el orden del día como lo reciben las personas
### (texto y Markdown; el de Lectura Fácil está en easy-read.ftl). $title, $name, $place y $text son palabras del
### propio orden del día; $time es una hora prevista (18:05, o +0:25 si el orden del día no
### tiene hora de inicio), $length una duración de papers-length.

papers-date = Fecha
papers-time = Hora
# $start y $end son horas: "18:00–20:00".
papers-times = { $start }–{ $end }
papers-length-label = Duración
papers-place = Lugar
papers-chair = Modera
papers-apologies = Excusan su ausencia
papers-items = Puntos
# Una duración, corta: "5 min", "2 h", "1 h 30 min". $hours y $minutes son números.
papers-length = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
# La línea de un punto: "18:05 · 2. Ronda de bienvenida (10 min, Debate)." $number es su
# número, $kind su tipo (agenda-kind-*).
papers-item = { $time } · { $number }. { $title } ({ $length }, { $kind }).
papers-item-confidential = { $time } · { $number }. { $title } ({ $length }, { $kind }, confidencial).
# Un descanso: $named es yes si su título ya dice que es un descanso.
papers-break = { $named ->
    [yes] { $time } · { $number }. { $title } ({ $length }).
   *[no] { $time } · { $number }. { $title } (descanso) ({ $length }).
}
# La palabra que puede llevar el título de un descanso, en minúscula, para no decirla dos veces.
papers-break-word = descanso
# Después de la línea de un punto, cada una es una frase.
papers-lead = Presenta: { $name }.
papers-proposed-by = Lo propone: { $name }.
papers-motion = Propuesta: { $text }
papers-confidential = Los puntos confidenciales son reservados: lo que se dice en ellos no sale en el acta.
