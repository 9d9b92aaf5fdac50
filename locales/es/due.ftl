### Fechas límite como las escribe quien toma notas (la pregunta de la fecha de una tarea y
### la nueva fecha de una tarea que pasa a la próxima reunión). Una fecha ISO (2026-12-01)
### se entiende en todos los idiomas, y también las palabras en inglés; cada idioma añade
### las suyas.

## Las palabras con que se puede escribir una fecha: en minúscula, separadas por comas. Se
## pueden escribir sin tildes ("manana" es "mañana").

due-words-today = hoy
due-words-tomorrow = mañana
due-words-none = ninguna, sin fecha
# Palabras que pueden ir antes de una fecha y no cambian nada: "el viernes", "para el vie".
due-words-skip = para el, para, el
# Antes de un día: "este vie" es el viernes de esta semana.
due-words-this = este, esta
# Antes de un día: "próximo vie" es el viernes de la semana que viene.
due-words-next = próximo, siguiente
# Después de un día, con el mismo sentido: "viernes que viene".
due-words-next-after = que viene
# Después de + y un número: "+3d", "+3 días", "+2 semanas".
due-words-days = d, día, días
due-words-weeks = s, sem, semana, semanas
# Cada día: primero su nombre entero, al final su forma corta. También se entienden las 3
# primeras letras del nombre entero, o más.
due-words-monday = lunes, lun
due-words-tuesday = martes, mar
due-words-wednesday = miércoles, mié
due-words-thursday = jueves, jue
due-words-friday = viernes, vie
due-words-saturday = sábado, sáb
due-words-sunday = domingo, dom

## Lo que se dice debajo de la pregunta. $typed es lo que se escribió.

due-forms = una fecha como 2026-12-01, +3d, +2 semanas, un día como vie (el próximo viernes), este vie, próximo vie (el viernes de la semana que viene), mañana, o ninguna
due-write = Escribe { due-forms }
due-not-a-date = "{ $typed }" no es una fecha; escribe { due-forms }
due-too-far = como mucho diez años adelante, por favor
# $weekday es el nombre del día, $day la fecha sin el día de la semana ("23 de noviembre") y
# $short la forma corta del día ("lun").
due-this-week-was = el { $weekday } de esta semana fue el { $day }; escribe { $short } para el siguiente
# Lo que da la fecha escrita hasta ahora, antes de guardarla. $date es una fecha completa.
due-preview = → { $date }
due-preview-none = → sin fecha
