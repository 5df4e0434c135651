import type { MAIN_TEXT } from '../../../../../shared/textMain';
import type { Translation } from '../types';

/** What main says (shared/textMain.ts), in this language. */
const errors: Translation<typeof MAIN_TEXT> = {
  'request.invalid': 'La solicitud no era válida.',
  'request.unexpectedField': 'Campo inesperado: {field}.',
  'request.unknownChannel': 'Canal desconocido: {channel}',
  'request.forbidden': 'Esta pantalla no puede hacer eso.',
  'request.internal': 'Algo salió mal y no se cambió nada. Vuelve a intentarlo.',
  'request.paused': 'Un momento: JoinDesk está restaurando una copia de seguridad. Vuelve a intentarlo en unos segundos.',
  'request.pausedKiosk': 'Un momento, por favor: la inscripción continuará sola en unos segundos.',
  'request.notFromWindow': 'Esta solicitud no vino de una ventana de JoinDesk.',
  'request.noSuchChannel': 'Ese canal no existe.',
  'request.signIn': 'Inicia sesión con un enlace de JoinDesk o envía un token de acceso válido.',
  'request.channelForbidden': 'Esta pantalla no puede llamar a ese canal.',
  'request.usePost': 'Usa POST.',
  'request.tooLarge': 'La solicitud es demasiado grande ({size, number} {unit, select, GB {GB} MB {MB} other {KB}} como máximo).',
  'request.notJson': 'El cuerpo de la solicitud no es JSON.',
  'request.tooMany': 'Demasiadas solicitudes a la vez desde esta pantalla. Vuelve a intentarlo en un momento.',
  'request.serverBusy': 'JoinDesk está ocupado. Vuelve a intentarlo en un momento.',
  'request.unpaired': 'Esta pantalla ya no está vinculada a JoinDesk. Pide a un instructor que la vuelva a vincular.',

  'files.noSuchFile': 'Ese archivo no existe.',
  'files.signIn': 'Inicia sesión con un enlace de JoinDesk.',
  'files.adminOnly': 'Solo un administrador puede hacer eso.',
  'files.usage': 'Descarga con {get}; sube archivos con {post}.',
  'files.noBackup': 'No hay ninguna copia de seguridad con ese nombre.',
  'files.tooLarge': 'Ese archivo es demasiado grande ({size, number} {unit, select, GB {GB} MB {MB} other {KB}} como máximo).',
  'files.notStored': 'No se pudo guardar el archivo.',

  'failure.diskFull':
    'El disco está lleno, así que no se guardó nada. Libera espacio en el disco de este equipo y vuelve a intentarlo.',
  'failure.readOnly':
    'JoinDesk no puede escribir en su carpeta de datos (el disco o la carpeta son de solo lectura), así que no se guardó nada. Permite la escritura o mueve los datos a un disco con escritura.',
  'failure.busy':
    'Otro programa está bloqueando el archivo de datos de JoinDesk, así que no se guardó nada. Cierra cualquier programa que pueda tenerlo abierto (un visor de bases de datos, una herramienta de sincronización o de copias de seguridad) y vuelve a intentarlo.',
  'failure.kiosk': 'La inscripción no funciona en este momento y no se guardó nada. Avisa a un instructor.',

  'job.busy.importPreview': 'Se está revisando una importación. Vuelve a intentarlo cuando termine.',
  'job.busy.importCommit': 'Hay una importación en curso. Vuelve a intentarlo cuando termine.',
  'job.busy.backupCreate': 'Se está creando una copia de seguridad. Vuelve a intentarlo cuando termine.',
  'job.busy.backupAuto': 'Se está creando la copia de seguridad diaria. Vuelve a intentarlo cuando termine.',
  'job.busy.backupRestore': 'Se está restaurando una copia de seguridad. Vuelve a intentarlo cuando termine.',
  'job.busy.export': 'Se está creando una exportación. Vuelve a intentarlo cuando termine.',

  'group.notFound': 'Ese grupo no existe.',
  'group.gone': 'Ese grupo ya no existe.',
  'group.nameTaken': 'Ya existe un grupo con este nombre.',
  'group.someMissing': 'Algunos de esos grupos no existen.',
  'course.notFound': 'Ese curso no existe.',
  'course.someMissing': 'Algunos de esos cursos no existen.',

  'learner.notFound': 'Ese estudiante no existe (o ya no existe).',
  'learner.emailTaken': 'Este correo ya está registrado, en {group}. Cambia de grupo a ese estudiante.',
  'learner.emailTakenMerge': 'Este correo ya está registrado, en {group}. Si es la misma persona, combina los dos estudiantes.',
  'learner.mergeDuringImport':
    'Una carga masiva todavía está añadiendo o moviendo a uno de estos estudiantes. Combínalos cuando termine.',
  'learner.alreadyInGroup': '{name} ya está en {group}.',
  'learner.pageMarker': 'Ese marcador de página no pertenece a esta lista. Vuelve a empezar desde el principio.',
  'learner.searchTooDeep':
    'Una búsqueda muestra sus primeras {cap, number} coincidencias. Añade algo a la búsqueda para encontrar las demás.',
  'progress.courseNotAssigned': 'Ese curso no es uno de los cursos del grupo del estudiante.',
  'progress.futureDate': 'La fecha de finalización no puede estar en el futuro.',

  'joinCode.customOff': 'Los códigos personalizados están desactivados en Configuración: genera un código nuevo.',
  'joinCode.takenLive': 'Otro grupo ya usa este código. Elige otro.',
  'joinCode.takenOwnRetired': 'Este grupo ya usó este código. Los códigos antiguos siguen retirados: elige uno nuevo.',
  'joinCode.takenOtherRetired': 'Este código perteneció a otro grupo y sigue reservado. Elige otro.',
  'joinCode.alreadyCurrent': 'Este ya es el código actual del grupo.',
  'joinCode.otherGroups': 'Este código pertenece a otro grupo y sigue reservado para él.',
  'joinCode.neverHad': 'Este grupo nunca tuvo este código: solo pueden volver sus propios códigos anteriores.',
  'joinCode.policyForbids': 'La política de códigos de Configuración ya no permite este código: genera uno nuevo.',
  'joinCode.closeBeforeOpen': 'La hora de cierre debe ser posterior a la de apertura.',

  'signup.codeUnknown': 'No encontramos ese código de acceso. Compruébalo con tu instructor.',
  'signup.codeRetired': 'Este código de acceso ha cambiado. Pide el nuevo a tu instructor.',
  'signup.codeDisabled': 'La inscripción con este código está en pausa.',
  'signup.notYetOpen': 'La inscripción con este código se abre el {at, date, ::dMMMMyHHmm}.',
  'signup.closed': 'La inscripción con este código se cerró el {at, date, ::dMMMMyHHmm}.',
  'signup.groupFull': 'Este grupo está completo. Pide a tu instructor que abra más plazas o que te dé otro código.',
  'signup.emailRegistered': 'Este correo electrónico ya está registrado. Pide ayuda a un instructor.',
  'signup.kioskLocked': 'Este quiosco se ha bloqueado tras demasiados intentos fallidos. Avisa a un administrador.',

  'pin.wrong': 'Ese PIN no es correcto.',
  'pin.currentWrong': 'El PIN actual no es correcto.',
  'pin.needed': 'Primero define un PIN de administrador: se necesita para salir del quiosco o desbloquearlo.',
  'attempts.throttled':
    'Demasiados intentos. Vuelve a intentarlo dentro de {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',

  'network.noAddress': 'Este equipo no tiene ahora la dirección {address}. Elige una red de la lista.',
  'network.portInUse': 'Otro programa ya usa el puerto {port}. Elige otro puerto.',
  'network.portDenied': 'Este equipo no permite que JoinDesk use el puerto {port}. Elige otro puerto.',
  'network.openFailed': 'JoinDesk no pudo abrir la inscripción en esa red. Vuelve a intentarlo o elige otra.',
  'network.noRoom': 'La inscripción desde la sala necesita la aplicación de escritorio o el modo servidor.',
  'network.chooseAddress': 'Elige la red a la que están conectadas las personas de la sala.',
  'network.roomOff': 'La inscripción desde la sala está desactivada. Actívala primero en la página Quiosco.',
  'station.needsRoom': 'Activa primero la inscripción desde la sala: las estaciones se conectan por esa red.',
  'station.tooMany': 'Como máximo {max} estaciones: quita una primero.',
  'station.gone': 'Esa estación ya no está.',
  'session.serveOnly': 'Los enlaces de inicio de sesión solo existen en modo servidor (npm run serve).',

  'backup.notFound': 'No hay ninguna copia de seguridad con ese nombre. Elige una de la lista.',
  'backup.notWhole': 'Ese archivo está incompleto o dañado: no es una copia de seguridad completa.',
  'backup.desktopOnly': 'Esto se hace en la aplicación de escritorio. En un navegador, descarga o sube el archivo.',

  'restore.empty': 'Ese archivo está vacío: puede ser una copia de seguridad que se interrumpió.',
  'restore.notSqlite': 'Ese archivo no es una copia de seguridad de JoinDesk (no es una base de datos SQLite).',
  'restore.unreadable': 'Ese archivo está dañado y no se puede leer.',
  'restore.notJoinDesk': 'Ese archivo es una base de datos SQLite, pero no de JoinDesk.',
  'restore.notUtf8': 'Ese archivo no es una copia de seguridad de JoinDesk (su codificación de texto no es UTF-8).',
  'restore.newer':
    'Esa copia de seguridad se hizo con una versión más reciente de JoinDesk. Actualiza JoinDesk para restaurarla.',
  'restore.unknownVersion': 'Ese archivo indica una versión de JoinDesk que nunca existió ({version}).',
  'restore.damaged': 'Ese archivo está dañado ({detail}).',
  'restore.brokenLinks': 'Ese archivo tiene vínculos rotos entre sus registros.',
  'restore.notUpgradable': 'No se pudo actualizar esa copia de seguridad a esta versión de JoinDesk.',
  'restore.schemaExtra':
    'Ese archivo no es una copia de seguridad tal como la crea JoinDesk: tiene {type, select, table {una tabla inesperada} index {un índice inesperado} trigger {un disparador inesperado} view {una vista inesperada} other {un objeto {type} inesperado}} "{name}".',
  'restore.schemaMissing':
    'Ese archivo no es una copia de seguridad tal como la crea JoinDesk: {type, select, table {su tabla} index {su índice} trigger {su disparador} view {su vista} other {su objeto {type}}} "{name}" falta o fue modificado.',
  'restore.invalid.group':
    'Ese archivo no es una copia de seguridad tal como la crea JoinDesk: contiene un grupo que JoinDesk no habría guardado.',
  'restore.invalid.joinCode':
    'Ese archivo no es una copia de seguridad tal como la crea JoinDesk: contiene un código de acceso que JoinDesk no habría guardado.',
  'restore.invalid.retiredCode':
    'Ese archivo no es una copia de seguridad tal como la crea JoinDesk: contiene un código de acceso anterior que JoinDesk no habría guardado.',
  'restore.invalid.codeLiveAndRetired':
    'Ese archivo no es una copia de seguridad tal como la crea JoinDesk: contiene un código de acceso que está activo y retirado a la vez.',
  'restore.invalid.learner':
    'Ese archivo no es una copia de seguridad tal como la crea JoinDesk: contiene un estudiante que JoinDesk no habría guardado.',
  'restore.invalid.merge':
    'Ese archivo no es una copia de seguridad tal como la crea JoinDesk: contiene una combinación de estudiantes que JoinDesk no habría guardado.',
  'restore.invalid.mergedStillThere':
    'Ese archivo no es una copia de seguridad tal como la crea JoinDesk: contiene un estudiante combinado con otro que sigue estando.',
  'restore.invalid.course':
    'Ese archivo no es una copia de seguridad tal como la crea JoinDesk: contiene un curso que JoinDesk no habría guardado.',
  'restore.invalid.attempts':
    'Ese archivo no es una copia de seguridad tal como la crea JoinDesk: contiene un recuento de inscripciones fallidas que JoinDesk no habría guardado.',
  'restore.invalid.setting':
    'Ese archivo no es una copia de seguridad tal como la crea JoinDesk: contiene un ajuste "{key}" que JoinDesk nunca escribe.',

  'import.empty': 'El archivo está vacío.',
  'import.columnsSame': 'Dos columnas significan lo mismo: “{first}” y “{second}”. Conserva solo una.',
  'import.columnsMissing':
    'Falta la columna {missing, select, name {name} email {email} group {group} nameEmail {name o email} nameGroup {name o group} emailGroup {email o group} other {name, email o group}}. La primera fila tiene: {columns}. JoinDesk lee: name (o first name y last name), email y group (o join code).',
  'import.columnsMissingEmpty':
    'Falta la columna {missing, select, name {name} email {email} group {group} nameEmail {name o email} nameGroup {name o group} emailGroup {email o group} other {name, email o group}}. La primera fila no tiene nada. JoinDesk lee: name (o first name y last name), email y group (o join code).',
  'import.overLimit':
    '{count, plural, one {Este archivo haría que {last} superara su máximo.} many {Este archivo haría que {others} y {last} superaran su máximo.} other {Este archivo haría que {others} y {last} superaran su máximo.}} Elige importar solo hasta el máximo, o importar todo y aumentarlo.',

  'import.row.nameEmpty': 'El nombre está vacío.',
  'import.row.nameUnusable': 'Este nombre no se puede usar.',
  'import.row.emailEmpty': 'El correo está vacío.',
  'import.row.emailUnusable': 'Esta dirección de correo no se puede usar.',
  'import.row.noGroupNamed': 'No hay ningún grupo llamado “{group}”.',
  'import.row.noGroupWithCode': 'Ningún grupo tiene ese código de acceso.',
  'import.row.groupEmpty': 'El grupo está vacío: indícalo por su nombre o su código de acceso.',
  'import.row.duplicate': 'Este correo ya está en la fila {line} del archivo.',
  'import.row.full': '{group} está en su máximo ({seats, plural, one {# plaza} many {# de plazas} other {# plazas}}).',
  'import.row.member': 'Ya está en {group}.',
  'import.row.registered': 'Ya está registrado, en {group}.',
};

export default errors;
