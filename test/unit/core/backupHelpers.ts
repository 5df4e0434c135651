import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupResult } from '../../../src/shared/types';
import { expect } from 'vitest';
import type { TestCore } from '../helpers';
import { snapshot } from '../helpers';

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

/** A real backup of `t`, then changed by `craft`, as an attacker would hand it over. */
export async function craftedBackup(t: TestCore, craft: (db: Database.Database) => void): Promise<string> {
  const { name } = await backupNow(t);
  const db = new Database(fileOf(t, name));
  craft(db);
  db.close();
  return name;
}

/** The restore is refused with `message`, and the live data (rows and file bytes) is exactly as it was. */
export function refusedUnchanged(t: TestCore, name: string, message: RegExp) {
  const before = snapshot(t.db);
  t.db.pragma('wal_checkpoint(TRUNCATE)');
  const hash = createHash('sha256').update(fs.readFileSync(t.db.name)).digest('hex');
  const result = restore(t, name);
  expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(message) } });
  expect(snapshot(t.db)).toBe(before);
  t.db.pragma('wal_checkpoint(TRUNCATE)');
  expect(createHash('sha256').update(fs.readFileSync(t.db.name)).digest('hex')).toBe(hash);
  // Nothing was kept as "before restore", and no copy of the candidate is left beside the data.
  expect(t.must('backup-list', {}).filter((b) => b.kind === 'before-restore')).toEqual([]);
  expect(fs.readdirSync(path.dirname(t.db.name)).filter((f) => f.startsWith('.restore-'))).toEqual([]);
}
