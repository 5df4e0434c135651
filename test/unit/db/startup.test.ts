import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInBackground } from '../../../src/main/db/backgroundCheck';
import { latestVersion } from '../../../src/main/db/migrate';
import { DatabaseCorruptError, openDatabase, startupCheckOf } from '../../../src/main/db/open';
import { emptiedBesideBackup, tempDir } from '../helpers';

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
    const file = emptiedBesideBackup();
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

describe('start-up checks as much as the file needs', () => {
  const fileWithData = () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const db = openDatabase(file);
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`k${i}`, 'v'.repeat(100));
    })();
    db.close();
    return file;
  };
  const checkAtOpen = (file: string) => {
    const db = openDatabase(file);
    const check = startupCheckOf(db);
    db.close();
    return check;
  };

  it('a new file, then a file JoinDesk closed cleanly: the header and schema only', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const db = openDatabase(file);
    expect(startupCheckOf(db)).toBe('new');
    db.close();
    expect(checkAtOpen(file)).toBe('header');
    expect(checkAtOpen(file)).toBe('header');
  });

  it('after a kill -9 mid-write: every page, and the data is whole', () => {
    const file = fileWithData();
    const script = `const D = require('better-sqlite3'); const db = new D(process.argv[1]);
      db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL');
      db.prepare("INSERT INTO settings (key, value) VALUES ('late', 'yes')").run();
      process.kill(process.pid, 'SIGKILL');`;
    const run = spawnSync(process.execPath, ['-e', script, file]);
    expect(run.signal).toBe('SIGKILL');
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const db = openDatabase(file);
    expect(startupCheckOf(db)).toBe('full');
    expect(db.prepare("SELECT value FROM settings WHERE key = 'late'").pluck().get()).toBe('yes');
    db.close();
    expect(checkAtOpen(file)).toBe('header');
  });

  it('while another connection has it open (its -wal is there): every page', () => {
    const file = fileWithData();
    const other = openDatabase(file, { checked: true });
    other.prepare("INSERT INTO settings (key, value) VALUES ('other', 'x')").run();
    expect(checkAtOpen(file)).toBe('full');
    other.close();
  });

  it('a file changed since JoinDesk closed it is checked whole, and damage is caught, the file untouched', () => {
    const file = fileWithData();
    const probe = new Database(file, { readonly: true });
    const rootpage = probe.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'settings'").pluck().get() as number;
    probe.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x7f, (rootpage - 1) * pageSize, (rootpage - 1) * pageSize + 12); // same size, new bytes
    fs.writeFileSync(file, bytes);
    expect(() => openDatabase(file)).toThrow(DatabaseCorruptError);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    // Still refused the next time: nothing marked it clean.
    expect(() => openDatabase(file)).toThrow(DatabaseCorruptError);
  });

  it('a clean file copied over the data file (same size) is checked whole', () => {
    const file = fileWithData();
    const other = fileWithData();
    fs.copyFileSync(other, file);
    expect(checkAtOpen(file)).toBe('full');
  });

  it('a connection to a file this process checked already checks nothing', () => {
    const file = fileWithData();
    const main = openDatabase(file);
    const worker = openDatabase(file, { checked: true });
    expect(startupCheckOf(worker)).toBe('none');
    worker.close();
    main.close();
  });
});

describe('every page checked in the background after a quick start', () => {
  const WORKER = path.join(import.meta.dirname, '..', 'core', 'workers', 'jobWorker.mjs');

  it('finds damage the quick start could not see; the next start checks whole and refuses, the file kept', async () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const db = openDatabase(file);
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`k${i}`, 'v'.repeat(100));
    })();
    const rootpage = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'settings'").pluck().get() as number;
    db.close();
    // Damage that size and times do not show (a failing disk): the stamp still matches the file.
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x7f, (rootpage - 1) * pageSize, (rootpage - 1) * pageSize + 12);
    fs.writeFileSync(file, bytes);
    const { dev, ino, size, mtimeMs } = fs.statSync(file);
    fs.writeFileSync(path.join(path.dirname(file), '.joindesk.db.closed'), JSON.stringify({ dev, ino, size, mtimeMs }));

    const opened = openDatabase(file);
    expect(startupCheckOf(opened)).toBe('header');
    const told: string[] = [];
    const found = await checkInBackground(opened, { workerFile: WORKER, onDamage: (f) => told.push(f) });
    expect(found).not.toBe('ok');
    expect(told).toEqual([found]);
    opened.close();
    expect(() => openDatabase(file)).toThrow(DatabaseCorruptError);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('finds nothing on a sound file, and does not run after a start that checked every page', async () => {
    const file = path.join(tempDir(), 'joindesk.db');
    openDatabase(file).close();
    const db = openDatabase(file);
    const onDamage = () => {
      throw new Error('no damage expected');
    };
    expect(await checkInBackground(db, { workerFile: WORKER, onDamage })).toBe('ok');
    db.close();
    fs.rmSync(path.join(path.dirname(file), '.joindesk.db.closed'));
    const full = openDatabase(file);
    expect(startupCheckOf(full)).toBe('full');
    expect(await checkInBackground(full, { workerFile: WORKER, onDamage })).toBeNull();
    full.close();
  });
});
