import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupNow, backupsDir } from '../unit/core/backupHelpers';
import { makeCore, tempDir } from '../unit/helpers';

const modeOf = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

describe('every file JoinDesk writes is readable by this user only', () => {
  it('the database and its -wal and -shm, backups of every kind, and the folders, after real operations', async () => {
    // A permissive umask, as on many desktops: JoinDesk must not depend on it.
    const previous = process.umask(0o002);
    try {
      const dir = path.join(tempDir(), 'data');
      const t = makeCore(path.join(dir, 'joindesk.db'));
      const g = t.must('groups-create', { name: 'Wave' });
      t.must('kiosk-register', { name: 'Ann Lee', email: 'ann@example.com', code: g.joinCode });
      const manual = await backupNow(t);
      await t.core.invoke('backup-auto-run', {}, 'admin');
      const restored = t.call('backup-restore', { name: manual.name });
      expect(restored.ok).toBe(true);
      const files = [
        t.db.name,
        `${t.db.name}-wal`,
        `${t.db.name}-shm`,
        ...fs.readdirSync(backupsDir(t)).map((f) => path.join(backupsDir(t), f)),
      ];
      expect(files.length).toBeGreaterThanOrEqual(6);
      expect(
        t
          .must('backup-list', {})
          .map((b) => b.kind)
          .sort(),
      ).toEqual(['automatic', 'before-restore', 'manual']);
      for (const file of files) expect([path.basename(file), modeOf(file)]).toEqual([path.basename(file), '600']);
      expect(modeOf(dir)).toBe('700');
      expect(modeOf(backupsDir(t))).toBe('700');
    } finally {
      process.umask(previous);
    }
  });
});
