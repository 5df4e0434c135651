import type { Translation } from '../types';
import type { courses as english } from './en';

const courses: Translation<typeof english> = {
  'courses.title': 'Kurse',
  'courses.intro':
    'Weisen Sie Kurse hier oder auf der Seite einer Gruppe zu. Teilnehmende erhalten beim Beitritt die Kurse ihrer Gruppe.',
  'courses.new': 'Neuer Kurs',
  'courses.showArchived': 'Archivierte Kurse anzeigen',
  'courses.table': 'Kurse',
  'courses.column.course': 'Kurs',
  'courses.column.groups': 'Gruppen',
  'courses.archived': 'Archiviert',
  'courses.edit': 'Bearbeiten',
  'courses.editNamed': '{title} bearbeiten',
  'courses.empty': 'Noch keine Kurse.',
  'courses.modal.new': 'Neuer Kurs',
  'courses.modal.edit': 'Kurs bearbeiten',
  'courses.modal.title': 'Titel',
  'courses.modal.description': 'Beschreibung',
  'courses.modal.groups': 'Gruppen, die diesen Kurs erhalten',
  'courses.modal.searchGroups': 'Gruppen suchen',
  'courses.modal.noGroup': 'Keine Gruppe mit diesem Namen',
  'courses.modal.groupById': 'Gruppe {id}',
  'courses.modal.archived': 'Archiviert (für Teilnehmende und neue Zuweisungen ausgeblendet)',
  'courses.modal.cancel': 'Abbrechen',
  'courses.modal.save': 'Kurs speichern',
  'courses.modal.create': 'Kurs erstellen',
  'courses.saved': 'Kurs gespeichert',
  'courses.created': 'Kurs erstellt',
  'courses.group.title': 'Kurse dieser Gruppe',
  'courses.group.intro':
    'Alle in {group} erhalten diese Kurse. Wer mit dem Code beitritt, sieht sie direkt nach der Anmeldung – ohne Kurscode.',
  'courses.group.none': 'Noch keine Kurse. Erstellen Sie welche unter Schulung › Kurse.',
  'courses.group.label': 'Kurse',
  'courses.group.placeholder': 'Kurse auswählen',
  'courses.group.nothingFound': 'Kein Kurs mit diesem Namen',
  'courses.group.save': 'Kurse speichern',
  'courses.group.saved': 'Kurse gespeichert',
  'courses.group.savedMessage': '{group} hat jetzt {n, plural, one {# Kurs} other {# Kurse}}.',
};

export default courses;
