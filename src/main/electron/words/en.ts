/**
 * What the desktop app says through Electron itself (file dialogs, message boxes at start-up), in
 * English: the source each other language translates, key for key. Paths and SQLite's own reports
 * are values, shown as they are.
 */
export const en = {
  'dialog.backup.save': 'Save a copy of the backup',
  'dialog.backup.open': 'Restore from a file',
  'dialog.filter.backup': 'JoinDesk backup',
  'dialog.filter.all': 'All files',
  'dialog.joinCard.save': 'Save join card',
  /** The name the save dialog offers; `group` is already safe in a file name. */
  'dialog.joinCard.fileName': 'Join card - {group}.pdf',

  'startup.upgraded': 'JoinDesk updated its data from version {from} to {to}; a copy of the old data is in {backup}.',
  'startup.damaged':
    "JoinDesk's data file {file} failed its full check ({found}). Close JoinDesk and keep the file: the next start reports it and leaves it as it is, and the newest backup can be restored.",

  // The data file refused at start-up (db/open.ts, db/migrate.ts): the box's title, then why.
  'startup.cannotOpen': 'JoinDesk cannot open its data',
  'startup.corrupt': 'The data file {file} failed its integrity check ({detail}). It has been left untouched.',
  'startup.missing':
    "JoinDesk's data file {file} is {state, select, empty {empty (0 bytes)} other {missing}}, though JoinDesk had data here before. The newest backup is {backup}: copy it to {file} to carry on from it, or move the backups away to start afresh.",
  'startup.missingNoBackup':
    'JoinDesk\'s data file {file} is {state, select, empty {empty (0 bytes)} other {missing}}, though JoinDesk had data here before. No backup was found beside it. Restore the file from your own copies, or delete the file "{marker}" to start afresh.',
  'startup.tooNew':
    'This data file was written by a newer JoinDesk (schema {found}; this version knows up to {supported}). Update JoinDesk to open it.',
  'startup.notJoinDesk': 'This file is an SQLite database, but not a JoinDesk one. It has been left untouched.',
  'startup.unknownVersion':
    'This file is an SQLite database, but not a JoinDesk one: it is labelled with a version that never existed ({version}). It has been left untouched.',
  'startup.changedOutside':
    'This file is an SQLite database, but not a JoinDesk one: {difference}, so it was changed outside JoinDesk. It has been left untouched.',
};

export type DesktopWordId = keyof typeof en;

/** Every language's words have exactly English's keys. */
export type DesktopCatalogue = Record<DesktopWordId, string>;
