import type { Translation } from '../types';
import type { learners as english } from './en';

const ROWS = '{n, plural, one {# Zeile} other {# Zeilen}}';
const TOTAL_ROWS = '{total, plural, one {# Zeile} other {# Zeilen}}';
const DELETED_FROM = '{fromGroup, select, deleted {eine gelöschte Gruppe} other {{from}}}';
const DELETED_TO = '{toGroup, select, deleted {eine gelöschte Gruppe} other {{to}}}';

const learners: Translation<typeof english> = {
  'learners.page.title': 'Teilnehmende',
  'learners.page.intro':
    'Alle, die einer Gruppe beigetreten sind. Suchen Sie nach einem beliebigen Teil eines Namens oder einer E-Mail-Adresse, mit oder ohne Akzente.',
  'learners.page.bulkUpload': 'Massenimport',
  'learners.page.add': 'Teilnehmende hinzufügen',
  'learners.page.search.label': 'Teilnehmende suchen',
  'learners.page.search.placeholder': 'Nach Name oder E-Mail suchen',
  'learners.page.groupFilter.label': 'Nach Gruppe filtern',
  'learners.page.groupFilter.placeholder': 'Alle Gruppen',
  'learners.page.empty.filtered': 'Keine Treffer.',
  'learners.page.empty.none': 'Noch keine Teilnehmenden.',

  'learners.role.learner': 'Teilnehmende',
  'learners.role.instructor': 'Kursleitung',
  'learners.role.manager': 'Führungskraft',
  'learners.source.kiosk': 'Kiosk',
  'learners.source.bulk': 'Import',
  'learners.source.admin': 'Admin',
  'learners.status.not-started': 'Nicht begonnen',
  'learners.status.started': 'Begonnen',
  'learners.status.completed': 'Abgeschlossen',

  'learners.table.label': 'Teilnehmende',
  'learners.column.name': 'Name',
  'learners.column.email': 'E-Mail',
  'learners.column.group': 'Gruppe',
  'learners.column.role': 'Rolle',
  'learners.column.source': 'Herkunft',
  'learners.column.registered': 'Angemeldet',
  'learners.table.loading': 'Wird geladen…',
  'learners.table.count': '{n, plural, one {# teilnehmende Person} other {# Teilnehmende}}',
  'learners.table.searched':
    '{n, plural, =0 {Keine Treffer} one {# Treffer} other {# Treffer}} unter den {searched, number} zuletzt angemeldeten Teilnehmenden. Geben Sie mehr von einem Namen oder einer E-Mail-Adresse ein, um alle zu durchsuchen.',
  'learners.table.capped':
    'Mehr als {n, number} Teilnehmende passen; die ersten {n, number} werden angezeigt. Fügen Sie ein Wort hinzu, um die Suche einzugrenzen.',

  'learners.drawer.title': 'Teilnehmende Person',
  'learners.drawer.details': 'Angaben zur teilnehmenden Person',
  'learners.drawer.source.kiosk': 'Kiosk (Beitrittscode)',
  'learners.drawer.source.bulk': 'Massenimport',
  'learners.drawer.source.admin': 'Vom Admin hinzugefügt',
  'learners.drawer.courses': 'Kurse',
  'learners.drawer.noCourses': '{group} hat noch keine Kurse.',
  'learners.drawer.moves': 'Gruppenwechsel',
  'learners.drawer.move': `{when}: ${DELETED_FROM} → ${DELETED_TO}`,
  'learners.drawer.moveWithReason': `{when}: ${DELETED_FROM} → ${DELETED_TO} ({reason})`,
  'learners.drawer.edit': 'Bearbeiten',
  'learners.drawer.reassign': 'Gruppe wechseln',
  'learners.drawer.merge': 'Zusammenführen mit…',
  'learners.drawer.export': 'Daten exportieren',
  'learners.drawer.remove': 'Entfernen',
  'learners.drawer.erase': 'Löschen',
  'learners.action.cancel': 'Abbrechen',

  'learners.field.name': 'Vor- und Nachname',
  'learners.field.email': 'E-Mail-Adresse',
  'learners.field.group': 'Gruppe',
  'learners.field.role': 'Rolle',

  'learners.reassign.title': '{name} in eine andere Gruppe verschieben',
  'learners.reassign.now':
    'Derzeit in <b>{group}</b>. Die Person erhält Rolle und Kurse der neuen Gruppe; der Fortschritt in Kursen, die beide Gruppen haben, bleibt erhalten.',
  'learners.reassign.group': 'Neue Gruppe',
  'learners.reassign.chooseGroup': 'Wählen Sie die Zielgruppe.',
  'learners.reassign.reason': 'Grund (optional)',
  'learners.reassign.submit': 'Verschieben',
  'learners.reassign.done.title': 'Verschoben',
  'learners.reassign.done.message': '{name} ist jetzt in {group}.',

  'learners.remove.title': 'Diese Person entfernen?',
  'learners.remove.body':
    'Datensatz und Fortschritt werden gelöscht. Das Audit-Protokoll hält fest, dass eine teilnehmende Person entfernt wurde.',
  'learners.remove.done': 'Entfernt',
  'learners.erase.title': 'Diese Person endgültig löschen?',
  'learners.erase.body':
    'Alles, was JoinDesk über die Person speichert – Datensatz, Fortschritt, Gruppenwechsel und ihre Einträge im Audit-Protokoll –, wird gelöscht und in der Datendatei überschrieben. Das lässt sich nicht rückgängig machen. Exportieren Sie zuerst die Daten, falls die Person eine Kopie angefordert hat.',
  'learners.erase.word': 'LÖSCHEN',
  'learners.erase.confirm': 'Geben Sie zur Bestätigung {word} ein',
  'learners.erase.done': 'Endgültig gelöscht',

  'learners.add.title': 'Teilnehmende hinzufügen',
  'learners.add.chooseGroup': 'Wählen Sie die Gruppe.',
  'learners.add.submit': 'Hinzufügen',
  'learners.add.done.title': 'Hinzugefügt',
  'learners.add.done.message': '{name} ist in {group}.',

  'learners.edit.title': '{name} bearbeiten',
  'learners.edit.emailHint': 'Eine E-Mail-Adresse pro Person: Eine Adresse, die bereits eine andere Person hat, wird abgelehnt.',
  'learners.edit.roleHint':
    'Beim Beitritt erhält jede Person die Rolle ihrer Gruppe. Eine hier festgelegte Rolle bleibt, bis die Person in eine andere Gruppe wechselt und deren Rolle erhält.',
  'learners.edit.submit': 'Änderungen speichern',
  'learners.edit.done': 'Gespeichert',

  'learners.merge.title': '{name} mit einem anderen Datensatz zusammenführen',
  'learners.merge.intro':
    'Suchen Sie den anderen Datensatz derselben Person – etwa den, der durch eine vertippte E-Mail-Adresse entstanden ist. Sie wählen, welcher der beiden erhalten bleibt, bevor sich etwas ändert.',
  'learners.merge.find.label': 'Anderen Datensatz suchen',
  'learners.merge.find.placeholder': 'Name oder E-Mail',
  'learners.merge.matches': 'Passende Teilnehmende',
  'learners.merge.candidate': '<ltr>{email}</ltr> · {group}',
  'learners.merge.choose': 'Auswählen',
  'learners.merge.chooseName': '{name} auswählen',
  'learners.merge.noMatch': 'Keine andere Person passt zu „{search}“.',
  'learners.merge.chooseAnother': 'Andere Person wählen',
  'learners.merge.keepOther': 'Stattdessen {name} behalten',
  'learners.merge.whatHappens': 'Was passiert',
  'learners.merge.keeps': '<b>{name}</b> behält Name, E-Mail-Adresse, Gruppe und Rolle.',
  'learners.merge.progress':
    'Kurs für Kurs bleibt der weitere Fortschritt der beiden erhalten (abgeschlossen vor begonnen), mit dem tatsächlichen Abschlussdatum.',
  'learners.merge.history': 'Gruppenwechsel und Audit-Protokolleinträge von {merged} gehen auf {kept} über.',
  'learners.merge.removed': 'Danach wird {name} entfernt, und <ltr>{email}</ltr> kann wieder verwendet werden.',
  'learners.merge.otherGroup':
    'Die beiden sind in verschiedenen Gruppen: Die Person bleibt in {keptGroup}. Der Fortschritt in den Kursen von {mergedGroup} bleibt erhalten und erscheint, falls sie einmal dorthin wechselt.',
  'learners.merge.final':
    'Das lässt sich nicht rückgängig machen. Um die andere E-Mail-Adresse zu behalten, bearbeiten Sie {name} nach dem Zusammenführen.',
  'learners.merge.submit': 'In {name} zusammenführen',
  'learners.merge.done.title': 'Zusammengeführt',
  'learners.merge.done.message': '{merged} ist jetzt Teil von {kept}.',
  'learners.merge.kept.label': 'Behaltener Datensatz',
  'learners.merge.merged.label': 'Zusammengeführter und entfernter Datensatz',
  'learners.merge.kept': 'Bleibt erhalten',
  'learners.merge.merged': 'Wird zusammengeführt und entfernt',
  'learners.merge.groupRole': '{group} · {role}',
  'learners.merge.registered': 'Angemeldet am {when}',
  'learners.merge.courses': '{done, number} von {total, plural, one {# Kurs} other {# Kursen}} abgeschlossen',
  'learners.merge.noCourses': 'Keine Kurse in dieser Gruppe',

  'learners.import.title': 'Massenimport',
  'learners.import.intro':
    'Für Gruppen, die vorab feststehen: eine CSV-Datei mit den Spalten <b>name</b> (oder <b>first name</b> und <b>last name</b>), <b>email</b> und <b>group</b> (oder <b>join code</b> statt group); die Spaltenüberschriften sind englisch. Überschriften wie „E-mail“, „Email address“ oder „Full name“ funktionieren auch; andere Spalten bleiben unberührt. Das Format „CSV UTF-8“ von Excel funktioniert.',
  'learners.import.template': 'Vorlage herunterladen',
  'learners.import.choose': 'CSV-Datei wählen',
  'learners.import.problem.title': 'Diese Datei kann nicht importiert werden',
  'learners.import.problem.body': '{problem} Es wurde nichts importiert.',
  'learners.import.preview.title': 'Vorschau von <ltr>{file}</ltr>',
  'learners.import.counts.none': `${TOTAL_ROWS}: {added, number} hinzuzufügen; keine übersprungen.`,
  'learners.import.counts.some': `${TOTAL_ROWS}: {added, number} hinzuzufügen; {skipped, number} übersprungen ({reasons}).`,
  'learners.import.counts.movesNone': `${TOTAL_ROWS}: {added, number} hinzuzufügen, {moved, number} zu verschieben; keine übersprungen.`,
  'learners.import.counts.movesSome': `${TOTAL_ROWS}: {added, number} hinzuzufügen, {moved, number} zu verschieben; {skipped, number} übersprungen ({reasons}).`,
  'learners.import.skipped.registered': '{n, number} bereits angemeldet',
  'learners.import.skipped.full': '{n, number} über dem Maximum einer Gruppe',
  'learners.import.skipped.duplicates': '{n, plural, one {# Duplikat} other {# Duplikate}}',
  'learners.import.skipped.invalid': '{n, number} mit Problemen',
  'learners.import.limit.one': '{group} würde ihr Maximum überschreiten',
  'learners.import.limit.many':
    '{n, plural, one {# Gruppe würde ihr Maximum überschreiten} other {# Gruppen würden ihr Maximum überschreiten}}',
  'learners.import.limit.group':
    '{group}: {seats, plural, one {# Platz} other {# Plätze}}, {taken, number} belegt. Diese Datei fügt {incoming, number} hinzu: {over, number} über dem Maximum.',
  'learners.import.limit.explain':
    'Das Maximum einer Gruppe ist die maximale Nutzungszahl ihres Beitrittscodes: Jede Person in der Gruppe belegt einen Platz, ob am Kiosk oder per Import.',
  'learners.import.limit.question': 'Was soll passieren?',
  'learners.import.limit.fit': `Nur bis zum Maximum importieren: {n, plural, one {die letzte Zeile} other {die letzten # Zeilen}} für {groups, plural, one {diese Gruppe} other {diese Gruppen}} auslassen`,
  'learners.import.limit.raise': 'Alle importieren und das Maximum erhöhen ({changes})',
  'learners.import.limit.change': '{group}: {from, number} → {to, number}',
  'learners.import.limit.or': 'Oder brechen Sie ab und ändern Sie zuerst die Datei oder die Gruppe.',
  'learners.import.problems.heading': 'Zeilen mit Problemen (werden ausgelassen)',
  'learners.import.problems.label': 'Zeilen mit Problemen',
  'learners.import.problems.column': 'Problem',
  'learners.import.registered.heading': 'Bereits angemeldet',
  'learners.import.registered.column': 'Was passiert',
  'learners.import.registered.member': 'Bereits in {group}: übersprungen',
  'learners.import.registered.moves': 'Wechselt von {from} zu {to}',
  'learners.import.registered.stays': 'Bleibt in {from}: übersprungen',
  'learners.import.existing.label': 'In einer anderen Gruppe angemeldete Teilnehmende',
  'learners.import.existing.skip': 'Überspringen: in ihrer aktuellen Gruppe lassen',
  'learners.import.existing.move':
    'In die Gruppe aus dieser Datei verschieben (der Fortschritt in gemeinsamen Kursen bleibt erhalten)',
  'learners.import.chooseLimit': 'Wählen Sie, was beim Maximum passiert',
  'learners.import.submit': `${ROWS} importieren`,
  'learners.import.progress.label': 'Importfortschritt',
  'learners.import.progress': `Import läuft… {done, number} von ${TOTAL_ROWS}`,
  'learners.import.done.title': 'Import abgeschlossen',
  'learners.import.summary.none': '{added, number} hinzugefügt, {moved, number} verschoben; keine übersprungen.',
  'learners.import.summary.some':
    '{added, number} hinzugefügt, {moved, number} verschoben; {skipped, number} übersprungen ({reasons}).',
  'learners.import.raised': 'Das Maximum von {group} wurde von {from, number} auf {to, number} erhöht.',
  'learners.import.rejected.heading':
    '{n, plural, one {# Zeile wurde nicht importiert} other {# Zeilen wurden nicht importiert}}',
  'learners.import.rejected.download': 'Nicht importierte Zeilen herunterladen (CSV)',
  'learners.import.rejected.explain':
    'Die Datei enthält die Spalten der ursprünglichen Datei und einen Grund für jede Zeile: Korrigieren Sie die Zeilen und laden Sie die Datei erneut hoch.',
  'learners.import.rejected.label': 'Nicht importierte Zeilen',
  'learners.import.rejected.column': 'Grund',
  'learners.import.rejected.file': '{name}-nicht-importiert.csv',
  'learners.import.rejected.rowColumn': 'Zeile',
  'learners.import.rejected.reasonColumn': 'Grund',

  'learners.rows.row': 'Zeile',
  'learners.rows.empty': '(leer)',
  'learners.rows.more': '… und {n, number} weitere.',
};

export default learners;
