import { z } from 'zod';
import { BACKUPS_KEPT_MAX, BACKUPS_KEPT_MIN } from '../limits';
import { schemaText } from '../text';
import { channel } from './define';
import { nothing } from './fields';

export type BackupKind = 'manual' | 'automatic' | 'before-restore' | 'before-upgrade' | 'uploaded';

/** A file in the backups folder. Only its name ever crosses the boundary, never a path. */
export interface BackupEntry {
  name: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

export interface BackupResult {
  name: string;
  bytes: number;
}

export interface RestoreResult {
  restoredFrom: string;
  /** The backup that holds the data as it was just before the restore. */
  previousKeptAs: string;
  /** Learners in the backup who had been erased since, and were erased again. */
  erasedAgain: number;
}

export interface BackupSettings {
  /** Make a backup once a day, while JoinDesk runs. */
  autoDaily: boolean;
  /** How many automatic backups to keep; older ones are deleted. */
  keep: number;
}

// A name from `backup-list`: main resolves it inside its own backups folder, so no path crosses.
const backupName = z
  .string(schemaText('field.backupChoose'))
  .min(1, schemaText('field.backupChoose'))
  .max(100, schemaText('field.backupName'))
  .regex(/^[A-Za-z0-9._-]+$/, schemaText('field.backupName'));

export const backupSchemas = {
  backupList: nothing,
  backupCreate: nothing,
  backupRestore: z.strictObject({ name: backupName }),
  backupSaveCopy: z.strictObject({ name: backupName }),
  backupImportFile: nothing,
  backupSettingsGet: nothing,
  backupSettingsUpdate: z.strictObject({
    autoDaily: z.boolean(schemaText('field.trueOrFalse')).optional(),
    keep: z
      .int(schemaText('field.wholeNumber'))
      .min(BACKUPS_KEPT_MIN, schemaText('field.backupsKeptLow'))
      .max(BACKUPS_KEPT_MAX, schemaText('field.backupsKeptHigh'))
      .optional(),
  }),
  backupAutoRun: nothing,
};

export const backupChannels = {
  'backup-list': channel<BackupEntry[]>()('admin', backupSchemas.backupList),
  'backup-create': channel<BackupResult>()('admin', backupSchemas.backupCreate),
  'backup-restore': channel<RestoreResult>()('admin', backupSchemas.backupRestore),
  /** Desktop only: main's own save dialog; answers the chosen file's name, or null if cancelled. */
  'backup-save-copy': channel<{ savedAs: string | null }>()('admin', backupSchemas.backupSaveCopy),
  /** Desktop only: main's own open dialog; the file joins the list as kind `uploaded`. */
  'backup-import-file': channel<{ name: string | null }>()('admin', backupSchemas.backupImportFile),
  'backup-settings-get': channel<BackupSettings>()('admin', backupSchemas.backupSettingsGet),
  'backup-settings-update': channel<BackupSettings>()('admin', backupSchemas.backupSettingsUpdate),
  'backup-auto-run': channel<{ made: string | null; removed: number }>()('admin', backupSchemas.backupAutoRun),
};
