### Por qué una orden no pudo hacer lo que se le pidió: unirse a una reunión, alojarla, abrirla.
### Cada mensaje es una o dos frases enteras; rutas, órdenes y opciones quedan como se escriben.

## Unirse a una reunión (`cochair join`)

# $path: el diario dado con --journal.
errors-join-no-such-file = { $path }: no existe ese archivo. Únete con el diario de la reunión, como lo nombra la última línea de la pantalla principal, o quita --journal para unirte a la única reunión abierta para ti
# $path: el archivo dado; $what: lo que es en su lugar (uno de los mensajes errors-join-is-*);
# $args: el trabajo de esta pantalla como opciones, como "--role timekeeper".
errors-join-not-a-journal = { $path } { $what }: el orden del día se abre en la pantalla principal (`cochair ORDEN_DEL_DIA.ron`) y las demás pantallas se unen al diario que nombra (`cochair join --journal DIARIO { $args }`)
errors-join-is-folder = es una carpeta, no un diario
errors-join-is-agenda = es un orden del día, no un diario
errors-join-is-minutes = tiene un acta (hecha con `cochair export`), no un diario
errors-join-is-other = no es un diario de cochair
errors-join-is-unreadable = no se puede leer, así que no es un diario al que cochair pueda unirse
# $path: el diario; $owner: el usuario de quien es la reunión; $host: esta máquina;
# $quoted: la ruta del diario entre comillas para la shell; $args: como arriba.
errors-join-not-yours = { $path } es la reunión de { $owner }: solo { $owner } puede unirse. Únete por SSH como { $owner }: ssh -t { $owner }@{ $host } cochair join --journal { $quoted } { $args }
# $journal: el diario; $folder: dónde buscó cochair; $quoted: el diario entre comillas.
errors-join-not-open = No hay ninguna reunión abierta en { $journal }: la pantalla principal no la tiene en marcha (cochair la buscó en { $folder }). Se abre con `cochair --journal { $quoted }`; después únete otra vez
# $args: el trabajo de esta pantalla como opciones.
errors-join-no-terminal = cochair join necesita una terminal. Por SSH, pídela con -t: ssh -t EQUIPO cochair join { $args }
# $folder: dónde buscó cochair; $args: el trabajo de esta pantalla como opciones.
errors-join-none-open = No hay ninguna reunión abierta para tu usuario (cochair buscó en { $folder }). Primero se abre una en la pantalla principal (`cochair ORDEN_DEL_DIA.ron`) y después las demás pantallas se unen: cochair join { $args }; o da el diario con --journal RUTA
errors-join-runtime-folder = la carpeta de ejecución
errors-join-several = Hay varias reuniones abiertas; elige una con --journal RUTA:
# Una reunión abierta, bajo errors-join-several. $title: su título; $date: su día;
# $journal: su diario.
errors-join-open-meeting = { $title } · { $date } · { $journal }
# $title, $date, $journal: como arriba.
errors-join-open-rehearsal = { $title } · { $date } (ensayo) · { $journal }
# $error: las palabras del sistema.
errors-join-folder-not-yours = { $error }
    Solo quien abrió la reunión puede unirse; desde otra cuenta u otra máquina, únete por ssh como esa persona
errors-join-no-sockets = cochair join necesita sockets locales, y esta plataforma todavía no los tiene

## El socket de la pantalla principal, como lo encuentra una pantalla que se une

# $socket: el socket de la reunión.
errors-socket-not-yours = { $socket }: permiso denegado: solo quien abrió la reunión puede unirse (desde otra máquina u otra cuenta, únete por ssh como esa persona)
# $error: las palabras del sistema.
errors-socket-no-answer = la pantalla principal no responde ({ $error })
# $goodbye: lo que dijo la pantalla principal, con sus palabras.
errors-socket-refused = La pantalla principal dijo: { $goodbye }
# $protocol: el protocolo de esta pantalla; $said: las palabras de la versión antigua.
errors-socket-old-host = La pantalla principal usa otra versión de cochair (protocolo 1; esta pantalla habla el { $protocol }) y dijo: { $said }
errors-socket-closed = la pantalla principal cerró la conexión
# $what: el mensaje, como lo ve el programa.
errors-socket-unexpected = la pantalla principal dijo algo inesperado: { $what }
# $why: qué tiene de malo, con las palabras del lector de JSON.
errors-socket-not-understood = la pantalla principal envió una línea que no se entiende: { $why }
errors-socket-line-too-long = la pantalla principal envió una línea demasiado larga
errors-socket-no-journal = la pantalla principal no envió el diario
# $bytes: lo que ocupa el diario.
errors-socket-journal-too-long = el diario de la pantalla principal ocupa { $bytes } bytes, más de lo que acepta una pantalla
errors-socket-journal-cut = el diario de la pantalla principal llegó cortado
errors-socket-journal-unended = el diario de la pantalla principal no terminó donde dijo
# $folder: la carpeta donde están los sockets de las reuniones.
errors-socket-folder-not-yours = { $folder }: permiso denegado: la carpeta donde se encuentran las pantallas de una reunión es de otro usuario
errors-socket-no-sockets = en esta plataforma no se pueden unir otras pantallas

## Una reunión que otro cochair tiene abierta

# $path: el diario; $join: la orden para unirse; $others: las otras formas de unirse.
errors-open-elsewhere = { $path }: esta reunión ya está abierta en otro cochair; únete a ella: { $join } { $others }
# $pid: el proceso que la tiene abierta; lo demás como arriba.
errors-open-elsewhere-process = { $path }: esta reunión ya está abierta en otro cochair (proceso { $pid }); únete a ella: { $join } { $others }
# $user: el otro usuario; $host: esta máquina; lo demás como arriba.
errors-open-elsewhere-user = { $path }: esta reunión ya está abierta en otro cochair (proceso { $pid }, usuario { $user }); únete como { $user }: ssh -t { $user }@{ $host } { $join } { $others }
errors-open-other-ways = (o --role secretary, --role observer, --view room para la pared)

## Abrir una reunión

# En la línea de estado de la pantalla principal: no se pudo abrir su socket. $why: el motivo.
errors-open-no-screens = Otras pantallas no pueden unirse: { $why }

errors-open-no-terminal = cochair necesita una terminal; para el acta usa `cochair export DIARIO`
errors-open-nothing-changed = No se cambió nada.
errors-open-no-data-folder = no se encuentra una carpeta de datos para los diarios; da una con --journal RUTA
# $path: el diario dado; $quoted: el mismo, entre comillas para la shell.
errors-open-no-journal = { $path }: no existe ese diario; para empezar una reunión nueva da su orden del día: cochair ORDEN_DEL_DIA.ron --journal { $quoted }
# $journal: el diario; $agenda: el orden del día del que se hizo; $quoted: el diario entre comillas.
errors-open-other-agenda = { $journal }: este diario tiene una reunión con otro orden del día (de { $agenda }); reanúdala con `cochair --journal { $quoted }` o empieza una nueva con --journal ARCHIVO_NUEVO

## Por qué la pantalla principal despidió a una pantalla.
# $at: cuándo cerró la reunión (fecha y hora en UTC).
errors-goodbye-closed = la reunión se cerró el { $at }
# $max: cuántas pantallas acepta la pantalla principal.
errors-goodbye-too-many-screens = ya tiene conectadas todas las pantallas que acepta ({ $max }; lo fija su --max-screens)
# $host, $screen: las versiones del protocolo de la pantalla principal y de esta pantalla.
errors-goodbye-other-protocol = habla el protocolo { $host } y esta pantalla el { $screen }: usa la misma versión de cochair en las dos
errors-goodbye-no-hello = una pantalla empieza diciendo hola (hello)
# $max_kib: la línea más larga que acepta, en KiB.
errors-goodbye-line-too-long = una línea de más de { $max_kib } KiB; se cierra la conexión

## Un diario que no se puede leer, después de su ruta (y su línea)

# $why: qué tiene de malo la línea, uno de los mensajes de abajo.
errors-journal-left = { $why }; el archivo quedó como estaba
errors-journal-empty = está vacío; no es un diario de cochair
errors-journal-no-header = no es un diario de cochair (su primera línea no es la cabecera de un diario)
# $format: el formato del diario; $reads: el formato que lee este cochair.
errors-journal-newer = lo escribió un cochair más nuevo (formato de diario { $format }; esta versión lee el formato { $reads }); actualiza cochair para abrirlo
# $why: qué está mal, en palabras del lector de JSON.
errors-journal-header = cabecera del diario: { $why }
# $place: dónde en el orden del día, como items[1].lead; $problem: qué está mal ahí.
errors-journal-header-agenda = el orden del día de la cabecera del diario no es válido: { $place }: { $problem }
# $why: las palabras del lector de JSON.
errors-journal-unknown-event = evento desconocido: { $why }
# $why: las palabras del lector de JSON.
errors-journal-damaged = línea dañada: { $why }

## Un archivo que escriben las personas (un orden del día, un mapa de teclas) que no se puede leer, después de su ruta

errors-file-directory = es una carpeta, no un archivo
# $kib: lo que ocupa el archivo, en KiB; $most: lo más que se acepta, en KiB.
errors-file-too-big = ocupa { $kib } KiB; no se aceptan archivos de más de { $most } KiB
errors-file-not-utf8 = no es texto UTF-8; guarda el archivo como UTF-8
errors-file-not-found = no existe ese archivo
errors-file-permission-denied = permiso denegado

## La página de participantes, como la encuentran la pantalla principal o `cochair join --members-url`

# $why: por qué, uno de los mensajes de abajo o las palabras del sistema.
errors-members-cannot-serve = no se puede ofrecer la página de participantes: { $why }
# $path: el archivo de secretos junto al diario; $error: las palabras del lector de JSON.
errors-members-not-secrets = { $path }: no son los secretos de la página de participantes ({ $error }); bórralo para crear otros nuevos (la dirección de la página cambiará)
# $path: como arriba.
errors-members-secrets-damaged = { $path }: los secretos de la página de participantes están dañados; borra el archivo para crear otros nuevos
# $path: como arriba.
errors-members-key-damaged = { $path }: la clave de firma está dañada
# $error: las palabras del sistema.
errors-members-no-randomness = el sistema no da bytes aleatorios: { $error }
# $path: el diario.
errors-members-not-served = { $path }: la pantalla principal no ofrece la página de participantes; abre la reunión con --members auto

## La terminal en la que funciona la pantalla de una reunión

# $error: las palabras del sistema, en cada uno de estos.
errors-terminal-signals = no se pueden vigilar las señales: { $error }
errors-terminal-unusable = no se puede usar esta terminal: { $error }
errors-terminal-failed = error de la terminal: { $error }
