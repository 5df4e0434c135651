import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/open';
import { statementCacheStats } from '../../../src/main/db/statementCache';
import { makeCore, tempDir } from '../helpers';

function filled() {
  const db = openDatabase(path.join(tempDir(), 'joindesk.db'));
  const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  for (let i = 0; i < 5; i++) insert.run(`k${i}`, `v${i}`);
  return db;
}

const SQL = "SELECT key, value FROM settings WHERE key LIKE 'k%' ORDER BY key";

describe('statements prepared once per connection', () => {
  it('compiles each SQL text once and hands back the same statement', () => {
    const db = filled();
    const before = statementCacheStats(db).prepared;
    const first = db.prepare(SQL);
    expect(db.prepare(SQL)).toBe(first);
    expect(db.prepare(SQL).all()).toHaveLength(5);
    expect(statementCacheStats(db).prepared).toBe(before + 1);
  });

  it('never lets a mode switch change the shared statement under whoever holds it', () => {
    const db = filled();
    const held = db.prepare(SQL);
    expect(db.prepare(SQL).pluck().get()).toBe('k0');
    expect(db.prepare(SQL).raw().get()).toEqual(['k0', 'v0']);
    expect(db.prepare(SQL).expand().get()).toEqual({ settings: { key: 'k0', value: 'v0' } });
    expect(db.prepare(SQL).safeIntegers().pluck().get()).toBe('k0');
    // The statement held since before, and the next caller's, still give whole rows.
    expect(held.get()).toEqual({ key: 'k0', value: 'v0' });
    expect(db.prepare(SQL).get()).toEqual({ key: 'k0', value: 'v0' });
    // Switching back and forth behaves as better-sqlite3 does.
    expect(db.prepare(SQL).pluck().pluck(false).get()).toEqual({ key: 'k0', value: 'v0' });
    expect(db.prepare(SQL).raw().pluck().get()).toBe('k0');
    expect(db.prepare(SQL).pluck().raw(false).get()).toBe('k0');
  });

  it('compiles each mode once too', () => {
    const db = filled();
    db.prepare(SQL).pluck().get();
    const before = statementCacheStats(db).prepared;
    for (let i = 0; i < 10; i++) {
      db.prepare(SQL).pluck().get();
      db.prepare(SQL).get();
    }
    expect(statementCacheStats(db).prepared).toBe(before);
  });

  it('safe integers: a switched statement gives bigints, the shared one numbers', () => {
    const db = filled();
    const count = 'SELECT count(*) FROM settings';
    expect(db.prepare(count).safeIntegers().pluck().get()).toBe(5n);
    expect(db.prepare(count).pluck().get()).toBe(5);
    expect(db.prepare(count).safeIntegers(true).safeIntegers(false).pluck().get()).toBe(5);
  });

  it('hands out a fresh statement while the cached one is being iterated', () => {
    const db = filled();
    db.prepare(SQL).get(); // cached
    const seen: string[] = [];
    for (const row of db.prepare(SQL).iterate() as Iterable<{ key: string }>) {
      const other = db.prepare(SQL);
      expect(other.busy).toBe(false);
      seen.push(row.key);
    }
    expect(seen).toHaveLength(5);
    // Once the iteration is over, the cached one is handed out again and works.
    expect(db.prepare(SQL).all()).toHaveLength(5);
  });

  it('binds a statement of its own: the shared one takes other parameters afterwards', () => {
    const db = filled();
    const byKey = 'SELECT value FROM settings WHERE key = ?';
    const bound = db.prepare(byKey).pluck().bind('k1');
    expect(bound.get()).toBe('v1');
    expect(db.prepare(byKey).pluck().get('k2')).toBe('v2');
    expect(bound.get()).toBe('v1');
  });

  it('refuses mode switches on statements that return no data, as better-sqlite3 does', () => {
    const db = filled();
    expect(() => db.prepare("UPDATE settings SET value = 'x' WHERE key = 'none'").pluck()).toThrow(
      /only for statements that return data/,
    );
  });

  it('does not keep SQL that fails to compile', () => {
    const db = filled();
    expect(() => db.prepare('SELEKT 1')).toThrow();
    expect(() => db.prepare('SELEKT 1')).toThrow();
  });

  it('keeps each connection apart', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const a = openDatabase(file);
    const b = openDatabase(file, { checked: true });
    expect(a.prepare(SQL)).not.toBe(b.prepare(SQL));
    a.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('k9', 'v9');
    expect(b.prepare(SQL).all()).toEqual([{ key: 'k9', value: 'v9' }]);
    b.close();
    a.close();
  });

  it('a kiosk sign-up and a roster page compile nothing the second time', () => {
    const t = makeCore();
    const group = t.must('groups-create', { name: 'Morning' });
    const signUp = (i: number) =>
      t.must('kiosk-register', { name: `Person ${i}`, email: `p${i}@example.com`, code: group.joinCode }, 'kiosk');
    signUp(0);
    t.must('learners-list', { search: 'person', limit: 50 });
    const before = statementCacheStats(t.db);
    signUp(1);
    t.must('learners-list', { search: 'person', limit: 50 });
    const after = statementCacheStats(t.db);
    expect(after.prepared).toBe(before.prepared);
    expect(after.reused).toBeGreaterThan(before.reused);
  });
});
