### La lista de palabra: por qué cada mano tiene su puesto, y las marcas de un turno. Las
### mismas palabras en la pared y en la pantalla de quien modera.

queue-point-of-process = ⚑ cuestión de orden
# $times: cuántas manos pasaron delante de esta.
queue-overtaken = { $times ->
    [one] le pasaron delante 1 vez
   *[other] le pasaron delante { $times } veces
}
queue-moved-up = adelantada por quien modera
queue-moved-down = retrasada por quien modera
queue-first-on-item = primera vez en este punto
# $group es el nombre del grupo como lo escribe el orden del día ("Familias"); $weight, su peso.
queue-group-weight = voz de { $group } (peso { $weight })
queue-waited = esperó { $minutes } min
# $airtime son las cifras de un reloj, como 02:05.
queue-airtime = habló { $airtime } con peso { $weight }
queue-turns-on-item = { $turns ->
    [one] habló 1 vez en este punto
   *[other] habló { $turns } veces en este punto
}
queue-hand-order = por orden de petición
queue-responds-to = ↩ responde a { $name }
queue-side-pro = + a favor
queue-side-contra = − en contra
queue-from-item = del punto { $item }
queue-readded = ↺ vuelve a la lista: fue el último turno
queue-alternating = alterna a favor y en contra
queue-list-closed = ⊘ Lista cerrada

## Qué es el turno de quien habla, en la línea encima de su nombre.

queue-point-of-process-turn = ⚑ cuestión de orden
queue-direct-response-to = ↩ respuesta directa a { $name }
queue-for-the-motion = + a favor de la propuesta
queue-against-the-motion = − en contra de la propuesta
queue-held-for-a-question = ⏸ turno parado por una pregunta
