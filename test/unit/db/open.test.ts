import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_ID,
  DatabaseTooNewError,
  latestVersion,
  migrate,
  NotJoinDeskDatabaseError,
} from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { DatabaseCorruptError, openDatabase } from '../../../src/main/db/open';
import { tempDir } from '../helpers';

describe('openDatabase', () => {
  it('creates a fresh, migrated database with the pragmas the design asks for', () => {
    const file = path.join(tempDir(), 'nested', 'joindesk.db');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('makes every table STRICT', () => {
    const db = openDatabase(':memory:');
    const tables = db
      // Ordinary tables only: the search index (FTS5, migration 0060) and its shadow tables are SQLite's own.
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' AND type = 'table'")
      .all();
    expect(tables.length).toBeGreaterThanOrEqual(9);
    for (const t of tables as { name: string; strict: number }[]) expect(t, t.name).toMatchObject({ strict: 1 });
  });

  it('keeps the file and its -wal and -shm private to the user (0600)', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('x', 'y')").run();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) {
      expect(fs.statSync(f).mode & 0o777, f).toBe(0o600);
    }
    db.close();
  });

  it('refuses a database written by a newer version, and leaves it as it was', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion() + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses another application’s SQLite file', () => {
    const file = path.join(tempDir(), 'other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (x)');
    raw.pragma('user_version = 3');
    raw.close();
    expect(() => openDatabase(file)).toThrow(NotJoinDeskDatabaseError);
  });

  it('reports a corrupt file and keeps it, never replacing it', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const garbage = Buffer.alloc(8192, 0x5a);
    fs.writeFileSync(file, garbage);
    expect(() => openDatabase(file)).toThrow(DatabaseCorruptError);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });

  it('fails quick_check on damaged pages and reports it', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const db = openDatabase(file);
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    for (let i = 0; i < 2000; i++) insert.run(`k${i}`, 'v'.repeat(100));
    const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'settings'").get() as { rootpage: number };
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x7f, (rootpage - 1) * pageSize, (rootpage - 1) * pageSize + 12); // scribble over a b-tree page header
    fs.writeFileSync(file, bytes);
    expect(() => openDatabase(file)).toThrow(DatabaseCorruptError);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('migrate', () => {
  it('is idempotent: a second run changes nothing', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: latestVersion() });
    expect(migrate(db)).toEqual({ from: latestVersion(), to: latestVersion() });
  });

  it('runs the migrations in one transaction: a failing one leaves version 0 and no tables', () => {
    const db = new Database(':memory:');
    const broken = [
      ...MIGRATIONS,
      {
        version: 9999,
        name: 'broken',
        up: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get()).toEqual({ n: 0 });
  });

  it('0040 keeps a kiosk locked before it: throttle rows take the name of what they guard', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 30),
    );
    db.prepare("INSERT INTO kiosk_throttle (kiosk_id, streak, locked_at) VALUES ('desktop', 7, '2026-03-01T09:00:00Z')").run();
    db.prepare("INSERT INTO kiosk_failures (kiosk_id, at) VALUES ('browser', '2026-03-01T09:00:00Z')").run();
    migrate(db);
    expect(db.prepare('SELECT kiosk_id, locked_at FROM kiosk_throttle').all()).toEqual([
      { kiosk_id: 'code:desktop', locked_at: '2026-03-01T09:00:00Z' },
    ]);
    expect(db.prepare('SELECT kiosk_id FROM kiosk_failures').pluck().all()).toEqual(['code:browser']);
    expect(db.prepare('SELECT count(*) FROM erasure_ledger').pluck().get()).toBe(0);
  });

  it('numbers migrations in increasing order', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
