import { dialog } from 'electron';
import path from 'node:path';
import { DatabaseTooNewError, NotJoinDeskDatabaseError } from '../db/migrate';
import type { Upgrade } from '../db/open';
import { DatabaseCorruptError, DataMissingError } from '../db/open';
import { systemWords } from './language';
import type { DesktopWords } from './words';
import { isolated } from './words';

/**
 * The message boxes JoinDesk shows at start-up, in the admin's words (the log keeps the English).
 * Only the refusal comes before the data is open, so it alone speaks the system's language.
 */

export function showUpgradeNotice(w: DesktopWords, { from, to, backup }: Upgrade): void {
  const message = w.say('startup.upgraded', { from, to, backup: isolated(w, backup) });
  void dialog.showMessageBox({ type: 'info', title: 'JoinDesk', message });
}

export function showDamageNotice(w: DesktopWords, file: string, found: string): void {
  const message = w.say('startup.damaged', { file: isolated(w, file), found: isolated(w, found.slice(0, 120)) });
  void dialog.showMessageBox({ type: 'error', title: 'JoinDesk', message });
}

/** Why the data file was refused, in `w`'s words; an error JoinDesk does not know keeps its own. */
export function refusalWords(w: DesktopWords, error: unknown): string {
  const ltr = (text: string): string => isolated(w, text);
  if (error instanceof DatabaseCorruptError)
    return w.say('startup.corrupt', { file: ltr(error.file), detail: ltr(error.detail) });
  if (error instanceof DataMissingError) {
    const values = { file: ltr(error.file), state: error.state, marker: ltr(error.marker) };
    return error.newestBackup
      ? w.say('startup.missing', { ...values, backup: ltr(path.join(error.backupsDir, error.newestBackup)) })
      : w.say('startup.missingNoBackup', values);
  }
  if (error instanceof DatabaseTooNewError) return w.say('startup.tooNew', { found: error.found, supported: error.supported });
  if (error instanceof NotJoinDeskDatabaseError) {
    const why = error.why;
    if (why.reason === 'unknownVersion') return w.say('startup.unknownVersion', { version: why.version });
    if (why.reason === 'changed') return w.say('startup.changedOutside', { difference: ltr(why.difference) });
    return w.say('startup.notJoinDesk');
  }
  return error instanceof Error ? error.message : String(error);
}

/** The data file could not be opened: before any data is read, only the system's language is known. */
export function showRefusal(error: unknown): void {
  const w = systemWords();
  dialog.showErrorBox(w.say('startup.cannotOpen'), refusalWords(w, error));
}
