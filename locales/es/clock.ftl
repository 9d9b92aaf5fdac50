### Los relojes: su estado, con una palabra y un símbolo para que se lea sin color, y el
### tiempo que queda. $time son las cifras de un reloj, como 04:12.

clock-running = ▶ en marcha
clock-warning = ◔ casi no queda
clock-over = ⚠ fuera de tiempo
clock-paused = ⏸ EN PAUSA
clock-held = ⏸ parado por una pregunta
clock-left = quedan { $time }
clock-over-by = { $time } de más
