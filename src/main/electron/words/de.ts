import type { DesktopCatalogue } from './en';

export const de: DesktopCatalogue = {
  'dialog.backup.save': 'Kopie der Sicherung speichern',
  'dialog.backup.open': 'Aus einer Datei wiederherstellen',
  'dialog.filter.backup': 'JoinDesk-Sicherung',
  'dialog.filter.all': 'Alle Dateien',
  'dialog.joinCard.save': 'Beitrittskarte speichern',
  'dialog.joinCard.fileName': 'Beitrittskarte - {group}.pdf',
  'startup.upgraded':
    'JoinDesk hat seine Daten von Version {from} auf {to} aktualisiert; eine Kopie der alten Daten liegt in {backup}.',
  'startup.damaged':
    'Die Datendatei von JoinDesk {file} hat die vollständige Prüfung nicht bestanden ({found}). Schließen Sie JoinDesk und behalten Sie die Datei: Beim nächsten Start wird sie gemeldet und unverändert gelassen, und die neueste Sicherung kann wiederhergestellt werden.',
  'startup.cannotOpen': 'JoinDesk kann seine Daten nicht öffnen',
  'startup.corrupt':
    'Die Datendatei {file} hat die Integritätsprüfung nicht bestanden ({detail}). Sie wurde unverändert gelassen.',
  'startup.missing':
    'Die Datendatei von JoinDesk {file} {state, select, empty {ist leer (0 Byte)} other {fehlt}}, obwohl JoinDesk hier schon Daten hatte. Die neueste Sicherung ist {backup}: Kopieren Sie sie nach {file}, um damit weiterzuarbeiten, oder verschieben Sie die Sicherungen an einen anderen Ort, um neu zu beginnen.',
  'startup.missingNoBackup':
    'Die Datendatei von JoinDesk {file} {state, select, empty {ist leer (0 Byte)} other {fehlt}}, obwohl JoinDesk hier schon Daten hatte. Daneben wurde keine Sicherung gefunden. Stellen Sie die Datei aus Ihren eigenen Kopien wieder her, oder löschen Sie die Datei „{marker}“, um neu zu beginnen.',
  'startup.tooNew':
    'Diese Datendatei wurde von einer neueren JoinDesk-Version geschrieben (Schema {found}; diese Version kennt Schemas bis {supported}). Aktualisieren Sie JoinDesk, um sie zu öffnen.',
  'startup.notJoinDesk': 'Diese Datei ist eine SQLite-Datenbank, aber keine von JoinDesk. Sie wurde unverändert gelassen.',
  'startup.unknownVersion':
    'Diese Datei ist eine SQLite-Datenbank, aber keine von JoinDesk: Sie trägt eine Versionsnummer, die es nie gab ({version}). Sie wurde unverändert gelassen.',
  'startup.changedOutside':
    'Diese Datei ist eine SQLite-Datenbank, aber keine von JoinDesk: Sie wurde außerhalb von JoinDesk verändert ({difference}). Sie wurde unverändert gelassen.',
};
