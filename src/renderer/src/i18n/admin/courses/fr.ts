import type { Translation } from '../types';
import type { courses as english } from './en';

const courses: Translation<typeof english> = {
  'courses.title': 'Cours',
  'courses.intro':
    'Attribuez ici les cours aux groupes, ou depuis la page d’un groupe. Les apprenants reçoivent les cours de leur groupe dès qu’ils le rejoignent.',
  'courses.new': 'Nouveau cours',
  'courses.showArchived': 'Afficher les cours archivés',
  'courses.table': 'Cours',
  'courses.column.course': 'Cours',
  'courses.column.groups': 'Groupes',
  'courses.archived': 'Archivé',
  'courses.edit': 'Modifier',
  'courses.editNamed': 'Modifier {title}',
  'courses.empty': 'Aucun cours pour l’instant.',
  'courses.modal.new': 'Nouveau cours',
  'courses.modal.edit': 'Modifier le cours',
  'courses.modal.title': 'Titre',
  'courses.modal.description': 'Description',
  'courses.modal.groups': 'Groupes qui suivent ce cours',
  'courses.modal.searchGroups': 'Rechercher des groupes',
  'courses.modal.noGroup': 'Aucun groupe de ce nom',
  'courses.modal.groupById': 'Groupe {id}',
  'courses.modal.archived': 'Archivé (masqué pour les apprenants et les nouvelles attributions)',
  'courses.modal.cancel': 'Annuler',
  'courses.modal.save': 'Enregistrer le cours',
  'courses.modal.create': 'Créer le cours',
  'courses.saved': 'Cours enregistré',
  'courses.created': 'Cours créé',
  'courses.group.title': 'Cours de ce groupe',
  'courses.group.intro':
    'Tous les membres de {group} suivent ces cours. Les apprenants qui s’inscrivent avec le code les voient dès leur inscription, sans code de cours.',
  'courses.group.none': 'Aucun cours pour l’instant. Créez-en dans Formation › Cours.',
  'courses.group.label': 'Cours',
  'courses.group.placeholder': 'Choisir des cours',
  'courses.group.nothingFound': 'Aucun cours de ce nom',
  'courses.group.save': 'Enregistrer les cours',
  'courses.group.saved': 'Cours enregistrés',
  'courses.group.savedMessage': '{group} a désormais {n, plural, one {# cours} many {# de cours} other {# cours}}.',
};

export default courses;
