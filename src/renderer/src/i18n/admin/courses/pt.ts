import type { Translation } from '../types';
import type { courses as english } from './en';

const courses: Translation<typeof english> = {
  'courses.title': 'Cursos',
  'courses.intro':
    'Atribua cursos aos grupos aqui ou na página de um grupo. Os participantes recebem os cursos do grupo quando entram nele.',
  'courses.new': 'Novo curso',
  'courses.showArchived': 'Mostrar cursos arquivados',
  'courses.table': 'Cursos',
  'courses.column.course': 'Curso',
  'courses.column.groups': 'Grupos',
  'courses.archived': 'Arquivado',
  'courses.edit': 'Editar',
  'courses.editNamed': 'Editar {title}',
  'courses.empty': 'Nenhum curso ainda.',
  'courses.modal.new': 'Novo curso',
  'courses.modal.edit': 'Editar curso',
  'courses.modal.title': 'Título',
  'courses.modal.description': 'Descrição',
  'courses.modal.groups': 'Grupos que recebem este curso',
  'courses.modal.searchGroups': 'Buscar grupos',
  'courses.modal.noGroup': 'Nenhum grupo com esse nome',
  'courses.modal.groupById': 'Grupo {id}',
  'courses.modal.archived': 'Arquivado (oculto para os participantes e para novas atribuições)',
  'courses.modal.cancel': 'Cancelar',
  'courses.modal.save': 'Salvar curso',
  'courses.modal.create': 'Criar curso',
  'courses.saved': 'Curso salvo',
  'courses.created': 'Curso criado',
  'courses.group.title': 'Cursos deste grupo',
  'courses.group.intro':
    'Todos em {group} recebem estes cursos. Quem entra com o código os vê assim que se inscreve, sem precisar de código de curso.',
  'courses.group.none': 'Nenhum curso ainda. Crie-os em Treinamento › Cursos.',
  'courses.group.label': 'Cursos',
  'courses.group.placeholder': 'Escolha os cursos',
  'courses.group.nothingFound': 'Nenhum curso com esse nome',
  'courses.group.save': 'Salvar cursos',
  'courses.group.saved': 'Cursos salvos',
  'courses.group.savedMessage': '{group} agora tem {n, plural, one {# curso} many {# de cursos} other {# cursos}}.',
};

export default courses;
