import type { Translation } from '../types';
import type { courses as english } from './en';

const courses: Translation<typeof english> = {
  'courses.title': 'Cursos',
  'courses.intro':
    'Asigna cursos a los grupos aquí o en la página de cada grupo. Los estudiantes reciben los cursos de su grupo al unirse.',
  'courses.new': 'Nuevo curso',
  'courses.showArchived': 'Mostrar cursos archivados',
  'courses.table': 'Cursos',
  'courses.column.course': 'Curso',
  'courses.column.groups': 'Grupos',
  'courses.archived': 'Archivado',
  'courses.edit': 'Editar',
  'courses.editNamed': 'Editar {title}',
  'courses.empty': 'Todavía no hay cursos.',
  'courses.modal.new': 'Nuevo curso',
  'courses.modal.edit': 'Editar curso',
  'courses.modal.title': 'Título',
  'courses.modal.description': 'Descripción',
  'courses.modal.groups': 'Grupos que reciben este curso',
  'courses.modal.searchGroups': 'Buscar grupos',
  'courses.modal.noGroup': 'Ningún grupo con ese nombre',
  'courses.modal.groupById': 'Grupo {id}',
  'courses.modal.archived': 'Archivado (oculto para los estudiantes y las nuevas asignaciones)',
  'courses.modal.cancel': 'Cancelar',
  'courses.modal.save': 'Guardar curso',
  'courses.modal.create': 'Crear curso',
  'courses.saved': 'Curso guardado',
  'courses.created': 'Curso creado',
  'courses.group.title': 'Cursos de este grupo',
  'courses.group.intro':
    'Todos los miembros de {group} reciben estos cursos. Quienes se unen con el código los ven en cuanto se inscriben, sin necesidad de un código de curso.',
  'courses.group.none': 'Todavía no hay cursos. Créalos en Formación › Cursos.',
  'courses.group.label': 'Cursos',
  'courses.group.placeholder': 'Elige cursos',
  'courses.group.nothingFound': 'Ningún curso con ese nombre',
  'courses.group.save': 'Guardar cursos',
  'courses.group.saved': 'Cursos guardados',
  'courses.group.savedMessage': '{group} tiene ahora {n, plural, one {# curso} many {# de cursos} other {# cursos}}.',
};

export default courses;
