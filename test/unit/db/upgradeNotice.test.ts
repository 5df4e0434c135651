// A newer JoinDesk opening an older data file: keeps a copy first, migrates, and says so once.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../src/main/files/backupFolder';
import { latestVersion, migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import type { Upgrade } from '../../../src/main/db/open';
import { openDatabase, upgradeMessage } from '../../../src/main/db/open';
import { tempDir } from '../helpers';

function fileAt(version: number): string {
  const file = path.join(tempDir(), 'joindesk.db');
  const db = new Database(file);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version),
  );
  db.close();
  return file;
}

describe('opening an older data file', () => {
  it('keeps a copy as it was in backups/, migrates, and tells once', () => {
    const from = MIGRATIONS[0]!.version;
    const file = fileAt(from);
    const told: Upgrade[] = [];
    openDatabase(file, { onUpgrade: (u) => told.push(u) }).close();
    expect(told).toHaveLength(1);
    const [upgrade] = told as [Upgrade];
    expect(upgrade).toMatchObject({ from, to: latestVersion() });
    expect(path.dirname(upgrade.backup)).toBe(path.join(path.dirname(file), 'backups'));
    expect(listBackups(path.dirname(upgrade.backup))).toEqual([expect.objectContaining({ kind: 'before-upgrade' })]);
    const copy = new Database(upgrade.backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(from);
    copy.close();
    expect(upgradeMessage(upgrade)).toBe(
      `JoinDesk updated its data from version ${from} to ${latestVersion()}; a copy of the old data is in ${upgrade.backup}.`,
    );

    openDatabase(file, { onUpgrade: (u) => told.push(u) }).close();
    expect(told).toHaveLength(1);
  });

  it('says nothing and copies nothing for a new file or one already up to date', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const told: Upgrade[] = [];
    openDatabase(file, { onUpgrade: (u) => told.push(u) }).close();
    openDatabase(file, { onUpgrade: (u) => told.push(u) }).close();
    expect(told).toEqual([]);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('an older JoinDesk refuses a newer file, saying what to do', () => {
    const file = fileAt(latestVersion());
    const db = new Database(file);
    db.pragma(`user_version = ${latestVersion() + 10}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(/written by a newer JoinDesk .* Update JoinDesk to open it/);
  });
});
