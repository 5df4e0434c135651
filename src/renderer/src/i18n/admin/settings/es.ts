import type { Translation } from '../types';
import type { settings as english } from './en';

const settings: Translation<typeof english> = {
  'settings.title': 'Configuración',
  'settings.language.title': 'Idioma',
  'settings.language.label': 'Idioma de las pantallas de administración',
  'settings.language.description':
    'Solo en este ordenador: una restauración no lo cambia. Los idiomas del quiosco se eligen en la página Quiosco.',
  'settings.language.system': 'El idioma de este ordenador ({name})',
  'settings.language.save': 'Guardar idioma',
  'settings.language.saved.title': 'Idioma guardado',
  'settings.language.saved.message': 'A partir de ahora, todas las pantallas de administración están en este idioma.',
  'settings.organisation.title': 'Organización',
  'settings.organisation.name': 'Nombre de la organización',
  'settings.organisation.nameHint':
    'Aparece en la parte superior de cada tarjeta de acceso y en el quiosco. Hasta 100 caracteres.',
  'settings.organisation.save': 'Guardar nombre',
  'settings.organisation.saved.title': 'Nombre de la organización guardado',
  'settings.organisation.saved.message': 'Las tarjetas de acceso y el quiosco lo muestran a partir de ahora.',
  'settings.policy.title': 'Política de códigos de acceso',
  'settings.policy.generatedOnly': 'Solo códigos generados',
  'settings.policy.generatedOnlyHint':
    'Los administradores pueden generar códigos nuevos, pero no escribir los suyos. Los códigos generados tienen 8 caracteres aleatorios.',
  'settings.policy.minLength': 'Longitud mínima de un código personalizado',
  'settings.policy.minLengthHint': 'Letras y cifras, sin contar espacios ni guiones. De 6 a 32.',
  'settings.policy.note':
    'Los códigos existentes siguen funcionando; la política se aplica la próxima vez que se cambie un código.',
  'settings.policy.save': 'Guardar política',
  'settings.policy.saved.title': 'Política de códigos guardada',
  'settings.policy.saved.message': 'Se aplica a todos los grupos a partir de ahora.',
  'settings.backup.title': 'Copia de seguridad y restauración',
  'settings.backup.intro':
    'Una copia de seguridad es una copia completa y verificada de los datos de JoinDesk, que se puede hacer sin problemas mientras se usa el quiosco. JoinDesk guarda las copias de seguridad en su propia carpeta, junto a los datos; {desktop, select, yes {guarda una copia en otro lugar} other {descarga una}} para tenerla fuera de este equipo.',
  'settings.backup.autoDaily': 'Hacer una copia de seguridad automática una vez al día',
  'settings.backup.keep': 'Copias diarias que se conservan',
  'settings.backup.now': 'Hacer copia ahora',
  'settings.backup.restoreFromFile': 'Restaurar desde un archivo…',
  'settings.backup.addFile': 'Añadir un archivo de copia…',
  'settings.backup.made': 'Copia de seguridad hecha y verificada ({size}).',
  'settings.backup.fileAdded': 'Se añadió «<ltr>{file}</ltr>» a la lista. Restáurala desde ahí.',
  'settings.backup.aFileAdded': 'Se añadió el archivo a la lista. Restáuralo desde ahí.',
  'settings.backup.copySaved': 'Se guardó una copia como «<ltr>{file}</ltr>».',
  'settings.backup.restored':
    'Se restauró la copia de seguridad del {when}. Los datos tal como estaban se conservan en la lista («Antes de una restauración»).{erased, plural, =0 {} one { # estudiante eliminado se ha vuelto a dejar fuera.} many { # de estudiantes eliminados se han vuelto a dejar fuera.} other { # estudiantes eliminados se han vuelto a dejar fuera.}}',
  'settings.backup.confirm.title': '¿Restaurar esta copia de seguridad?',
  'settings.backup.confirm.body':
    'Todo lo que hay ahora en JoinDesk se sustituye por la copia de seguridad del {when}. Antes se guarda una copia de los datos actuales, así que puedes deshacerlo restaurando esa copia. Los estudiantes eliminados desde entonces siguen eliminados.',
  'settings.backup.confirm.cancel': 'Cancelar',
  'settings.backup.confirm.restore': 'Restaurar',
  'settings.backups.empty': 'Todavía no hay copias de seguridad.',
  'settings.backups.table': 'Copias de seguridad',
  'settings.backups.made': 'Fecha',
  'settings.backups.kind': 'Tipo',
  'settings.backups.size': 'Tamaño',
  'settings.backups.actions': 'Acciones',
  'settings.backups.kind.manual': 'Manual',
  'settings.backups.kind.automatic': 'Diaria',
  'settings.backups.kind.beforeRestore': 'Antes de una restauración',
  'settings.backups.kind.beforeUpgrade': 'Antes de una actualización',
  'settings.backups.kind.uploaded': 'Añadida desde un archivo',
  'settings.backups.saveCopy': 'Guardar una copia…',
  'settings.backups.download': 'Descargar',
  'settings.backups.restore': 'Restaurar…',
  'settings.backups.restoreOne': 'Restaurar {file}',
};

export default settings;
