### Las palabras de la línea de órdenes, alrededor de lo que hacen las órdenes.

# Una línea, cuando el idioma pedido (--lang, el idioma del orden del día o el de la
# configuración regional) no es uno que cochair tenga. $asked es lo que se pidió; $known, los
# idiomas que hay, como "en (English), es (Español)".
cli-language-unknown = cochair todavía no tiene mensajes en "{ $asked }", así que esto va en inglés; habla { $known }.
