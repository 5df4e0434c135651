import type { DesktopCatalogue } from './en';

export const es: DesktopCatalogue = {
  'dialog.backup.save': 'Guardar una copia de la copia de seguridad',
  'dialog.backup.open': 'Restaurar desde un archivo',
  'dialog.filter.backup': 'Copia de seguridad de JoinDesk',
  'dialog.filter.all': 'Todos los archivos',
  'dialog.joinCard.save': 'Guardar la tarjeta de acceso',
  'dialog.joinCard.fileName': 'Tarjeta de acceso - {group}.pdf',
  'startup.upgraded':
    'JoinDesk actualizó sus datos de la versión {from} a la {to}; hay una copia de los datos anteriores en {backup}.',
  'startup.damaged':
    'El archivo de datos de JoinDesk {file} no superó la comprobación completa ({found}). Cierra JoinDesk y conserva el archivo: el próximo inicio lo indicará y lo dejará tal como está, y podrás restaurar la copia de seguridad más reciente.',
  'startup.cannotOpen': 'JoinDesk no puede abrir sus datos',
  'startup.corrupt': 'El archivo de datos {file} no superó la comprobación de integridad ({detail}). Se ha dejado intacto.',
  'startup.missing':
    'El archivo de datos de JoinDesk {file} {state, select, empty {está vacío (0 bytes)} other {no está}}, aunque JoinDesk ya tenía datos aquí. La copia de seguridad más reciente es {backup}: cópiala en {file} para continuar desde ella, o mueve las copias de seguridad a otro lugar para empezar de cero.',
  'startup.missingNoBackup':
    'El archivo de datos de JoinDesk {file} {state, select, empty {está vacío (0 bytes)} other {no está}}, aunque JoinDesk ya tenía datos aquí. No se encontró ninguna copia de seguridad junto a él. Restaura el archivo desde tus propias copias, o elimina el archivo “{marker}” para empezar de cero.',
  'startup.tooNew':
    'Este archivo de datos lo escribió una versión más reciente de JoinDesk (esquema {found}; esta versión llega hasta el {supported}). Actualiza JoinDesk para abrirlo.',
  'startup.notJoinDesk': 'Este archivo es una base de datos SQLite, pero no de JoinDesk. Se ha dejado intacto.',
  'startup.unknownVersion':
    'Este archivo es una base de datos SQLite, pero no de JoinDesk: lleva un número de versión que nunca existió ({version}). Se ha dejado intacto.',
  'startup.changedOutside':
    'Este archivo es una base de datos SQLite, pero no de JoinDesk: se modificó fuera de JoinDesk ({difference}). Se ha dejado intacto.',
};
