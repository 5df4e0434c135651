import fs from 'node:fs';
import path from 'node:path';
import type { BackupResult } from '../../../src/shared/types';
import type { TestCore } from '../helpers';

/** The host channels answer with a promise; these unwrap them, failing the test on an error. */
export async function backupNow(t: TestCore): Promise<BackupResult> {
  const r = await t.core.invoke('backup-create', {}, 'admin');
  if (!r.ok) throw new Error(`backup-create failed: ${r.error.message}`);
  return r.value as BackupResult;
}

export const restore = (t: TestCore, name: string) => t.call('backup-restore', { name });

export const backupsDir = (t: TestCore): string => path.join(path.dirname(t.db.name), 'backups');
export const fileOf = (t: TestCore, name: string): string => path.join(backupsDir(t), name);

/** The journal mode a file's header says it is in: 1 = rollback (self-contained), 2 = WAL. */
export const headerJournalMode = (file: string): number => fs.readFileSync(file).subarray(18, 19)[0]!;
