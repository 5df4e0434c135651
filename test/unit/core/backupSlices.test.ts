import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyInSyncedSlices } from '../../../src/main/files/slicedCopy';
import { backupNow, backupsDir, fileOf } from './backupHelpers';
import { makeCore, tempDir } from '../helpers';

describe('a backup reaches the disk in slices', () => {
  it('copies every byte across many slices, and cuts a longer target to size', () => {
    const dir = tempDir();
    const from = path.join(dir, 'from');
    const to = path.join(dir, 'to');
    const bytes = randomBytes(10_000 + 123);
    fs.writeFileSync(from, bytes);
    fs.writeFileSync(to, randomBytes(20_000)); // longer than what is copied into it
    expect(copyInSyncedSlices(from, to, 1024)).toBe(bytes.length);
    expect(fs.readFileSync(to).equals(bytes)).toBe(true);
  });

  it('copies an empty file as empty', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'from'), '');
    fs.writeFileSync(path.join(dir, 'to'), 'stale');
    expect(copyInSyncedSlices(path.join(dir, 'from'), path.join(dir, 'to'))).toBe(0);
    expect(fs.statSync(path.join(dir, 'to')).size).toBe(0);
  });

  it('leaves only the checked backup in the folder, and the connection as durable as before', async () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Sliced' });
    t.must('kiosk-register', { name: 'Ada Lovelace', email: 'ada@example.com', code: g.joinCode }, 'kiosk');
    const made = await backupNow(t);
    // Nothing unflushed (nor its journal) is left beside it.
    expect(fs.readdirSync(backupsDir(t))).toEqual([made.name]);
    // VACUUM INTO ran unflushed; sign-ups on this connection are still committed with FULL (2).
    expect(t.db.pragma('synchronous', { simple: true })).toBe(2);
    const copy = new Database(fileOf(t, made.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT email FROM learners').pluck().all()).toEqual(['ada@example.com']);
    copy.close();
    expect(fs.statSync(fileOf(t, made.name)).size).toBe(made.bytes);
  });
});
