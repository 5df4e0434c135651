import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open';
import { tempDir } from '../helpers';

const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Refused, and the file is byte for byte (and mode for mode) what it was. */
function refusedUntouched(file: string, message: RegExp) {
  fs.chmodSync(file, 0o644);
  const before = hash(file);
  expect(() => openDatabase(file)).toThrow(message);
  expect(hash(file)).toBe(before);
  expect(fs.statSync(file).mode & 0o777).toBe(0o644);
  expect(fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0).toBe(false);
}

function sqliteFile(build: (db: Database.Database) => void): string {
  const file = path.join(tempDir(), 'joindesk.db');
  const db = new Database(file);
  build(db);
  db.close();
  return file;
}

describe('start-up reads before it writes', () => {
  it('refuses another application’s database with user_version 0, untouched, and writes none of its tables into it', () => {
    const file = sqliteFile((db) => db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')"));
    refusedUntouched(file, /not a JoinDesk one/);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT name FROM sqlite_schema').pluck().all()).toEqual(['notes']);
    db.close();
  });

  it('refuses another application’s database with a clashing table in plain words, not "table learners already exists"', () => {
    const file = sqliteFile((db) => db.exec('CREATE TABLE learners (id INTEGER PRIMARY KEY, who TEXT)'));
    refusedUntouched(file, /^This file is an SQLite database, but not a JoinDesk one/);
  });

  it('refuses a JoinDesk file from a newer version in rollback mode without switching it to WAL', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${latestVersion() + 10}`);
    raw.close();
    expect(fs.readFileSync(file)[18]).toBe(1); // rollback mode in the header
    refusedUntouched(file, /newer JoinDesk/);
    expect(fs.readFileSync(file)[18]).toBe(1);
  });

  it('refuses a JoinDesk file whose schema was changed outside JoinDesk', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.exec('CREATE TRIGGER spy AFTER INSERT ON learners BEGIN SELECT 1; END;');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    refusedUntouched(file, /unexpected trigger "spy", so it was changed outside JoinDesk/);
  });

  it('reports a data file that became empty, offering the newest backup, and leaves it as it is', () => {
    const dir = tempDir();
    const file = path.join(dir, 'joindesk.db');
    openDatabase(file).close();
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.copyFileSync(file, path.join(dir, 'backups', 'auto-20260301T090000000Z-0123abcd.db'));
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    fs.writeFileSync(file, '');
    expect(() => openDatabase(file)).toThrow(/empty \(0 bytes\).*auto-20260301T090000000Z-0123abcd\.db/);
    expect(fs.statSync(file).size).toBe(0);
    fs.rmSync(file);
    expect(() => openDatabase(file)).toThrow(/is missing, though JoinDesk had data here before/);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('starts a new database where there never was data, even over an empty file', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    fs.writeFileSync(file, '');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
    expect(openDatabase(file).pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
