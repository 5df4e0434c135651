import type { Translation } from '../types';
import type { learners as english } from './en';

const ROWS = '{n, plural, one {# fila} many {# de filas} other {# filas}}';
const TOTAL_ROWS = '{total, plural, one {# fila} many {# de filas} other {# filas}}';
const SKIPPED = '{skipped, plural, one {# omitida} many {# omitidas} other {# omitidas}}';
const ADDED = '{added, plural, one {# añadido} many {# añadidos} other {# añadidos}}';
const MOVED = '{moved, plural, one {# movido} many {# movidos} other {# movidos}}';
const DELETED_FROM = '{fromGroup, select, deleted {un grupo eliminado} other {{from}}}';
const DELETED_TO = '{toGroup, select, deleted {un grupo eliminado} other {{to}}}';

const learners: Translation<typeof english> = {
  'learners.page.title': 'Estudiantes',
  'learners.page.intro':
    'Todas las personas que se han unido a un grupo. Busca por cualquier parte de un nombre o un correo, con o sin tildes.',
  'learners.page.bulkUpload': 'Carga masiva',
  'learners.page.add': 'Añadir estudiante',
  'learners.page.search.label': 'Buscar estudiantes',
  'learners.page.search.placeholder': 'Buscar por nombre o correo',
  'learners.page.groupFilter.label': 'Filtrar por grupo',
  'learners.page.groupFilter.placeholder': 'Todos los grupos',
  'learners.page.empty.filtered': 'Ningún estudiante coincide.',
  'learners.page.empty.none': 'Aún no hay estudiantes.',

  'learners.role.learner': 'Estudiante',
  'learners.role.instructor': 'Instructor',
  'learners.role.manager': 'Responsable',
  'learners.source.kiosk': 'Quiosco',
  'learners.source.bulk': 'Carga masiva',
  'learners.source.admin': 'Admin',
  'learners.status.not-started': 'Sin empezar',
  'learners.status.started': 'Empezado',
  'learners.status.completed': 'Completado',

  'learners.table.label': 'Estudiantes',
  'learners.column.name': 'Nombre',
  'learners.column.email': 'Correo',
  'learners.column.group': 'Grupo',
  'learners.column.role': 'Rol',
  'learners.column.source': 'Se unió por',
  'learners.column.registered': 'Registrado',
  'learners.table.loading': 'Cargando…',
  'learners.table.count': '{n, plural, one {# estudiante} many {# de estudiantes} other {# estudiantes}}',
  'learners.table.searched':
    '{n, plural, =0 {Ninguna coincidencia} one {# coincidencia} many {# de coincidencias} other {# coincidencias}} entre los {searched, number} estudiantes registrados más recientemente. Escribe más de un nombre o correo para buscar en todos.',
  'learners.table.capped':
    'Coinciden más de {n, number} estudiantes; se muestran los primeros {n, number}. Añade una palabra para acotar la búsqueda.',

  'learners.drawer.title': 'Estudiante',
  'learners.drawer.details': 'Datos del estudiante',
  'learners.drawer.source.kiosk': 'Quiosco (código de acceso)',
  'learners.drawer.source.bulk': 'Carga masiva',
  'learners.drawer.source.admin': 'Añadido por un administrador',
  'learners.drawer.courses': 'Cursos',
  'learners.drawer.noCourses': '{group} aún no tiene cursos.',
  'learners.drawer.moves': 'Cambios de grupo',
  'learners.drawer.move': `{when}: ${DELETED_FROM} → ${DELETED_TO}`,
  'learners.drawer.moveWithReason': `{when}: ${DELETED_FROM} → ${DELETED_TO} ({reason})`,
  'learners.drawer.edit': 'Editar',
  'learners.drawer.reassign': 'Cambiar de grupo',
  'learners.drawer.merge': 'Fusionar con…',
  'learners.drawer.export': 'Exportar datos',
  'learners.drawer.remove': 'Quitar',
  'learners.drawer.erase': 'Borrar',
  'learners.action.cancel': 'Cancelar',

  'learners.field.name': 'Nombre completo',
  'learners.field.email': 'Correo electrónico',
  'learners.field.group': 'Grupo',
  'learners.field.role': 'Rol',

  'learners.reassign.title': 'Mover a {name} a otro grupo',
  'learners.reassign.now':
    'Ahora en <b>{group}</b>. Recibe el rol y los cursos del nuevo grupo; se conserva el progreso en los cursos que ambos grupos comparten.',
  'learners.reassign.group': 'Nuevo grupo',
  'learners.reassign.chooseGroup': 'Elige el grupo de destino.',
  'learners.reassign.reason': 'Motivo (opcional)',
  'learners.reassign.submit': 'Mover estudiante',
  'learners.reassign.done.title': 'Estudiante movido',
  'learners.reassign.done.message': '{name} ahora está en {group}.',

  'learners.remove.title': '¿Quitar a este estudiante?',
  'learners.remove.body':
    'Se eliminan su registro y su progreso. El registro de auditoría conserva que se quitó a un estudiante.',
  'learners.remove.done': 'Estudiante quitado',
  'learners.erase.title': '¿Borrar a este estudiante para siempre?',
  'learners.erase.body':
    'Todo lo que JoinDesk guarda sobre esta persona —su registro, progreso, cambios de grupo y sus entradas en el registro de auditoría— se elimina y se sobrescribe en el archivo de datos. No se puede deshacer. Si pidió una copia, exporta antes sus datos.',
  'learners.erase.word': 'BORRAR',
  'learners.erase.confirm': 'Escribe {word} para confirmar',
  'learners.erase.done': 'Estudiante borrado',

  'learners.add.title': 'Añadir un estudiante',
  'learners.add.chooseGroup': 'Elige el grupo.',
  'learners.add.submit': 'Añadir estudiante',
  'learners.add.done.title': 'Estudiante añadido',
  'learners.add.done.message': '{name} está en {group}.',

  'learners.edit.title': 'Editar a {name}',
  'learners.edit.emailHint': 'Un estudiante por correo: se rechaza una dirección que ya tenga otro estudiante.',
  'learners.edit.roleHint':
    'Al unirse, cada estudiante recibe el rol de su grupo. Un rol fijado aquí se mantiene hasta que cambie de grupo, que le da el rol de ese grupo.',
  'learners.edit.submit': 'Guardar cambios',
  'learners.edit.done': 'Estudiante guardado',

  'learners.merge.title': 'Fusionar a {name} con otro estudiante',
  'learners.merge.intro':
    'Busca el otro registro de la misma persona, por ejemplo el que creó un correo mal escrito. Eliges cuál de los dos se conserva antes de que cambie nada.',
  'learners.merge.find.label': 'Buscar el otro registro',
  'learners.merge.find.placeholder': 'Nombre o correo',
  'learners.merge.matches': 'Estudiantes que coinciden',
  'learners.merge.candidate': '<ltr>{email}</ltr> · {group}',
  'learners.merge.choose': 'Elegir',
  'learners.merge.chooseName': 'Elegir a {name}',
  'learners.merge.noMatch': 'Ningún otro estudiante coincide con «{search}».',
  'learners.merge.chooseAnother': 'Elegir otro estudiante',
  'learners.merge.keepOther': 'Conservar a {name}',
  'learners.merge.whatHappens': 'Qué pasará',
  'learners.merge.keeps': '<b>{name}</b> conserva su nombre, correo, grupo y rol.',
  'learners.merge.progress':
    'Curso por curso, se conserva el progreso más avanzado de los dos (completado, luego empezado), con su fecha real de finalización.',
  'learners.merge.history': 'Los cambios de grupo y las entradas del registro de auditoría de {merged} pasan a {kept}.',
  'learners.merge.removed': 'Después se quita a {name} y <ltr>{email}</ltr> se puede volver a usar.',
  'learners.merge.otherGroup':
    'Están en grupos distintos: el estudiante se queda en {keptGroup}. El progreso en los cursos de {mergedGroup} se conserva y aparecerá si algún día pasa a ese grupo.',
  'learners.merge.final': 'No se puede deshacer. Para conservar la otra dirección de correo, edita a {name} después de fusionar.',
  'learners.merge.submit': 'Fusionar en {name}',
  'learners.merge.done.title': 'Estudiantes fusionados',
  'learners.merge.done.message': '{merged} ahora forma parte de {kept}.',
  'learners.merge.kept.label': 'Estudiante que se conserva',
  'learners.merge.merged.label': 'Estudiante fusionado y quitado',
  'learners.merge.kept': 'Se conserva',
  'learners.merge.merged': 'Se fusiona y se quita',
  'learners.merge.groupRole': '{group} · {role}',
  'learners.merge.registered': 'Registrado el {when}',
  'learners.merge.courses':
    '{done, number} de {total, plural, one {# curso completado} many {# de cursos completados} other {# cursos completados}}',
  'learners.merge.noCourses': 'Sin cursos en este grupo',

  'learners.import.title': 'Carga masiva',
  'learners.import.intro':
    'Para grupos conocidos de antemano: un archivo CSV con una columna <b>name</b> (o <b>first name</b> y <b>last name</b>), <b>email</b> y <b>group</b> (o <b>join code</b> en lugar de group); los encabezados van en inglés. También sirven encabezados como “E-mail”, “Email address” o “Full name”; las demás columnas no se tocan. Funciona el formato “CSV UTF-8” de Excel.',
  'learners.import.template': 'Descargar plantilla',
  'learners.import.choose': 'Elegir archivo CSV',
  'learners.import.problem.title': 'Este archivo no se puede importar',
  'learners.import.problem.body': '{problem} No se importó nada.',
  'learners.import.preview.title': 'Vista previa de <ltr>{file}</ltr>',
  'learners.import.counts.none': `${TOTAL_ROWS}: {added, number} para añadir; ninguna omitida.`,
  'learners.import.counts.some': `${TOTAL_ROWS}: {added, number} para añadir; ${SKIPPED} ({reasons}).`,
  'learners.import.counts.movesNone': `${TOTAL_ROWS}: {added, number} para añadir, {moved, number} para mover; ninguna omitida.`,
  'learners.import.counts.movesSome': `${TOTAL_ROWS}: {added, number} para añadir, {moved, number} para mover; ${SKIPPED} ({reasons}).`,
  'learners.import.skipped.registered': '{n, plural, one {# ya registrada} many {# ya registradas} other {# ya registradas}}',
  'learners.import.skipped.full': '{n, number} por encima del máximo de un grupo',
  'learners.import.skipped.duplicates': '{n, plural, one {# duplicada} many {# duplicadas} other {# duplicadas}}',
  'learners.import.skipped.invalid': '{n, number} con problemas',
  'learners.import.limit.one': '{group} superaría su máximo',
  'learners.import.limit.many':
    '{n, plural, one {# grupo superaría su máximo} many {# de grupos superarían su máximo} other {# grupos superarían su máximo}}',
  'learners.import.limit.group':
    '{group}: {seats, plural, one {# plaza} many {# de plazas} other {# plazas}}, {taken, plural, one {# ocupada} many {# ocupadas} other {# ocupadas}}. Este archivo añade {incoming, number}: {over, number} por encima del máximo.',
  'learners.import.limit.explain':
    'El máximo de un grupo es el número máximo de usos de su código de acceso: cada persona que entra en el grupo ocupa una plaza, ya sea en el quiosco o por carga.',
  'learners.import.limit.question': '¿Qué debe pasar?',
  'learners.import.limit.fit': `Importar solo hasta el máximo: dejar fuera {n, plural, one {la última fila} many {las últimas # de filas} other {las últimas # filas}} de {groups, plural, one {este grupo} many {estos grupos} other {estos grupos}}`,
  'learners.import.limit.raise': 'Importar todo y subir el máximo ({changes})',
  'learners.import.limit.change': '{group}: {from, number} → {to, number}',
  'learners.import.limit.or': 'O cancela y cambia antes el archivo o el grupo.',
  'learners.import.problems.heading': 'Filas con problemas (se dejarán fuera)',
  'learners.import.problems.label': 'Filas con problemas',
  'learners.import.problems.column': 'Problema',
  'learners.import.registered.heading': 'Ya registrados',
  'learners.import.registered.column': 'Qué pasará',
  'learners.import.registered.member': 'Ya está en {group}: se omite',
  'learners.import.registered.moves': 'Pasa de {from} a {to}',
  'learners.import.registered.stays': 'Se queda en {from}: se omite',
  'learners.import.existing.label': 'Estudiantes registrados en otro grupo',
  'learners.import.existing.skip': 'Omitirlos: dejarlos en su grupo actual',
  'learners.import.existing.move':
    'Moverlos al grupo que indica este archivo (se conserva el progreso en los cursos compartidos)',
  'learners.import.chooseLimit': 'Elige qué pasa al llegar al máximo',
  'learners.import.submit': `Importar ${ROWS}`,
  'learners.import.progress.label': 'Progreso de la importación',
  'learners.import.progress': `Importando… {done, number} de ${TOTAL_ROWS}`,
  'learners.import.done.title': 'Importación terminada',
  'learners.import.summary.none': `${ADDED}, ${MOVED}; ninguna fila omitida.`,
  'learners.import.summary.some': `${ADDED}, ${MOVED}; {skipped, plural, one {# fila omitida} many {# de filas omitidas} other {# filas omitidas}} ({reasons}).`,
  'learners.import.raised': 'El máximo de {group} subió de {from, number} a {to, number}.',
  'learners.import.rejected.heading':
    '{n, plural, one {# fila no se importó} many {# de filas no se importaron} other {# filas no se importaron}}',
  'learners.import.rejected.download': 'Descargar filas no importadas (CSV)',
  'learners.import.rejected.explain':
    'La descarga tiene las columnas del propio archivo y un motivo para cada fila: corrígelas y vuelve a subirla.',
  'learners.import.rejected.label': 'Filas no importadas',
  'learners.import.rejected.column': 'Motivo',
  'learners.import.rejected.file': '{name}-no-importadas.csv',
  'learners.import.rejected.rowColumn': 'fila',
  'learners.import.rejected.reasonColumn': 'motivo',

  'learners.rows.row': 'Fila',
  'learners.rows.empty': '(vacío)',
  'learners.rows.more': '…y {n, number} más.',
};

export default learners;
