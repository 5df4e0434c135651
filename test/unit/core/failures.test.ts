import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../src/main/core';
import { makeCore, snapshot } from '../helpers';

/** The machine's failures get their own codes and say what to do; the log gets SQLite's code, never data. */
describe('named failures', () => {
  it('a full disk is named, for the admin and (plainly) at the kiosk, and logged with SQLITE_FULL', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Wave' });
    const before = snapshot(t.db);
    const pages = t.db.pragma('page_count', { simple: true }) as number;
    t.db.pragma(`max_page_count = ${pages}`);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const big = 'x'.repeat(100);
    let admin;
    for (let i = 0; i < 200 && (admin === undefined || admin.ok); i++)
      admin = t.call('groups-create', { name: `Group ${i} ${big}` });
    expect(admin).toMatchObject({
      ok: false,
      error: { code: 'disk-full', message: expect.stringMatching(/disk is full.*Free some space/) },
    });
    let kiosk;
    for (let i = 0; i < 200 && (kiosk === undefined || kiosk.ok); i++)
      kiosk = t.call('kiosk-register', { name: `Learner ${i} ${big}`, email: `l${i}@example.com`, code: g.joinCode });
    expect(kiosk).toMatchObject({ ok: false, error: { code: 'disk-full', message: expect.stringMatching(/ask an instructor/) } });
    expect(log.mock.calls.map((c) => String(c[0]))).toContain('[core] kiosk-register failed: SqliteError SQLITE_FULL');
    expect(log.mock.calls.flat().join(' ')).not.toMatch(/example\.com|Learner/);
    log.mockRestore();
    // What failed wrote nothing; with space again, sign-up works.
    expect(t.db.prepare('SELECT count(*) FROM learners').pluck().get()).toBe(
      t.db.prepare("SELECT count(*) FROM audit WHERE action = 'learner-registered'").pluck().get(),
    );
    t.db.pragma('max_page_count = 1073741823');
    expect(t.call('kiosk-register', { name: 'Late', email: 'late@example.com', code: g.joinCode }).ok).toBe(true);
    expect(snapshot(t.db)).not.toBe(before);
  });

  it('read-only data is named', () => {
    const t = makeCore();
    const readOnly = new Database(t.db.name, { readonly: true });
    const core = createCore(readOnly);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(core.call('groups-create', { name: 'Wave' }, 'admin')).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(log.mock.calls.map((c) => String(c[0]))).toContain('[core] groups-create failed: SqliteError SQLITE_READONLY');
    log.mockRestore();
    readOnly.close();
  });

  it('a file held by another program is named', () => {
    const t = makeCore();
    t.db.pragma('busy_timeout = 20');
    const other = new Database(t.db.name);
    other.exec('BEGIN IMMEDIATE');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(t.call('groups-create', { name: 'Wave' })).toMatchObject({
      ok: false,
      error: { code: 'busy', message: expect.stringContaining('Another program is holding') },
    });
    log.mockRestore();
    other.exec('ROLLBACK');
    other.close();
    expect(t.call('groups-create', { name: 'Wave' }).ok).toBe(true);
  });
});
