import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../../src/main/files/backupFolder';
import { backupNow, backupsDir, fileOf } from './backupHelpers';
import { makeCore } from '../helpers';

const autoRun = async (t: ReturnType<typeof makeCore>) =>
  ((await t.core.invoke('backup-auto-run', {}, 'admin')) as { ok: true; value: { made: string | null } }).value;

describe('backups through faults', () => {
  it('a backup cut short under a real name (as an older version left them) is not listed, not counted, not restorable', async () => {
    const t = makeCore();
    for (let i = 0; i < 50; i++) t.must('groups-create', { name: `Group ${i}`, description: 'x'.repeat(400) });
    const { name } = await backupNow(t);
    const cut = fileOf(t, name.replace(/^joindesk-/, 'auto-'));
    fs.copyFileSync(fileOf(t, name), cut);
    fs.truncateSync(cut, Math.floor(fs.statSync(cut).size / 2));
    fs.writeFileSync(`${cut}-journal`, 'left by a kill');
    const empty = fileOf(t, 'auto-20260301T090000000Z-00000000.db'); // what a full disk left before
    fs.writeFileSync(empty, '');
    expect(t.must('backup-list', {}).map((b) => b.name)).toEqual([name]);
    expect(t.call('backup-restore', { name: path.basename(cut) })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The daily backup is made all the same: a broken file is not "today's backup".
    const { made } = await autoRun(t);
    expect(made).toMatch(/^auto-/);
    expect(t.must('backup-list', {}).map((b) => b.kind)).toEqual(['automatic', 'manual']);
  });

  it('a backup that fails half-way leaves nothing under any name', async () => {
    const t = makeCore();
    t.must('groups-create', { name: 'Wave' });
    await backupNow(t);
    const dir = backupsDir(t);
    const before = fs.readdirSync(dir).sort();
    // The copy is cut short as it is written, as a kill or a full disk would leave it.
    const prepare = t.db.prepare.bind(t.db);
    t.db.prepare = ((sql: string) => {
      const statement = prepare(sql);
      if (!sql.startsWith('VACUUM INTO')) return statement;
      return {
        run: (file: string) => {
          statement.run(file);
          fs.truncateSync(file, 1024);
        },
      };
    }) as typeof t.db.prepare;
    const r = await t.core.invoke('backup-create', {}, 'admin');
    expect(r.ok).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    t.db.prepare = prepare;
  });

  it('removes leftovers of interrupted writes once they are stale, and says how many', async () => {
    const t = makeCore();
    await backupNow(t);
    const dir = backupsDir(t);
    const old = Date.now() - 60 * 60 * 1000;
    const stale = [
      '.auto-20260301T090000000Z-0123abcd.db.9f9f9f9f.tmp',
      '.auto-20260301T090000000Z-0123abcd.db.9f9f9f9f.tmp-journal',
    ];
    for (const f of stale) {
      fs.writeFileSync(path.join(dir, f), 'partial');
      fs.utimesSync(path.join(dir, f), old / 1000, old / 1000);
    }
    const restoreCopy = path.join(path.dirname(t.db.name), '.restore-uploaded-20260301T090000000Z-0123abcd.db');
    fs.writeFileSync(restoreCopy, 'partial');
    fs.utimesSync(restoreCopy, old / 1000, old / 1000);
    const running = path.join(dir, '.joindesk-20260301T090000000Z-0123abcd.db.1a1a1a1a.tmp'); // being written now
    fs.writeFileSync(running, 'in progress');
    expect(removeLeftovers(t.db.name)).toBe(3);
    expect(fs.existsSync(running)).toBe(true);
    for (const f of stale) expect(fs.existsSync(path.join(dir, f))).toBe(false);
    expect(fs.existsSync(restoreCopy)).toBe(false);
    expect(removeLeftovers(t.db.name)).toBe(0);
  });
});
