### Fechas, horas y duraciones, como las lee una persona (no los formatos para máquinas: el
### diario y todo.txt siempre escriben 2026-12-03).

## Los días de la semana y los meses, como se escriben dentro de una frase (en minúscula).

dates-monday = lunes
dates-tuesday = martes
dates-wednesday = miércoles
dates-thursday = jueves
dates-friday = viernes
dates-saturday = sábado
dates-sunday = domingo
dates-january = enero
dates-february = febrero
dates-march = marzo
dates-april = abril
dates-may = mayo
dates-june = junio
dates-july = julio
dates-august = agosto
dates-september = septiembre
dates-october = octubre
dates-november = noviembre
dates-december = diciembre

## Una fecha completa. $weekday y $month son los nombres de arriba; $day y $year, números.

# "jueves, 3 de diciembre de 2026"
dates-long = { $weekday }, { $day } de { $month } de { $year }
# "jueves, 3 de diciembre", cuando el año se sobrentiende.
dates-day = { $weekday }, { $day } de { $month }

# "23 de noviembre", cuando el día de la semana se sobrentiende.
dates-day-month = { $day } de { $month }

## La hora en palabras, para Lectura Fácil: "a las 6 y media de la tarde". La hora se
## redondea a 5 minutos. $hour es la hora que se dice, de 1 a 12; $minutes es 5, 10, 20 o 25;
## $part es la parte del día: midnight, small-hours (de 0:00 a 5:59), morning (de 6:00 a
## 11:59), midday, afternoon (de 12:00 a 17:59), evening (de 18:00 a 20:59) o night (de
## 21:00 a 23:59).

# Las palabras después de la hora, según la parte del día.
dates-part = { $part ->
    [midnight] de la noche
    [small-hours] de la madrugada
    [midday] del mediodía
    [afternoon] de la tarde
    [evening] de la tarde
    [night] de la noche
   *[morning] de la mañana
}
# Cada hora lleva su artículo: "la 1", "las 6".
dates-oclock = { $hour ->
    [1] la 1
   *[other] las { $hour }
} { dates-part }
dates-quarter-past = { $hour ->
    [1] la 1
   *[other] las { $hour }
} y cuarto { dates-part }
dates-half-past = { $hour ->
    [1] la 1
   *[other] las { $hour }
} y media { dates-part }
dates-quarter-to = { $hour ->
    [1] la 1
   *[other] las { $hour }
} menos cuarto { dates-part }
dates-minutes-past = { $hour ->
    [1] la 1
   *[other] las { $hour }
} y { $minutes } { dates-part }
dates-minutes-to = { $hour ->
    [1] la 1
   *[other] las { $hour }
} menos { $minutes } { dates-part }
# Una hora de las de arriba, con "a". $about es yes cuando la hora se ha redondeado.
dates-at = { $about ->
    [yes] más o menos a { $time }
   *[no] a { $time }
}

## Duraciones en palabras: "1 hora y 15 minutos".

dates-no-time = 0 minutos
dates-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
dates-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
dates-hours-minutes = { dates-hours } y { dates-minutes }

## Una lista de nombres: "Ana, Sam y Mei". $first son todos los nombres menos el último,
## con comas; $next es el sonido con que empieza el último (i, o u other): "y" se escribe
## "e" antes del sonido i ("Ana e Inés").

dates-and-list = { $first } { $next ->
    [i] e
   *[other] y
} { $last }
# "madre o padre": lo mismo, con "o" ("u" ante el sonido "o": "siete u ocho").
dates-or-list = { $first } { $next ->
    [o] u
   *[other] o
} { $last }
