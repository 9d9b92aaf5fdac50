### Las palabras de la línea de órdenes, alrededor de lo que hacen las órdenes.

# Una línea, cuando el idioma pedido (--lang, el idioma del orden del día o el de la
# configuración regional) no es uno que cochair tenga. $asked es lo que se pidió; $known, los
# idiomas que hay, como "en (English), es (Español)".
cli-language-unknown = cochair todavía no tiene mensajes en "{ $asked }", así que esto va en inglés; habla { $known }.

## Lo que escribe una pantalla conectada cuando devuelve el terminal.
# $at: la hora en que la pantalla principal cerró la reunión (HH:MM).
cli-join-closed-by-host = La pantalla principal cerró la reunión a las { $at }.
cli-join-left = Saliste de la reunión; sigue en la pantalla principal.
# $what: lo que esta pantalla envió y la principal nunca confirmó, en pocas palabras.
cli-join-not-recorded = No se registró: { $what }
