import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../src/main/core';
import { openDatabase } from '../../../src/main/db/open';
import { makeCore, tempDir } from '../helpers';

describe('core.invoke', () => {
  it('kiosk-open asks the host to open the kiosk and returns what it says', () => {
    const db = openDatabase(path.join(tempDir(), 'j.db'));
    const openKiosk = vi.fn(() => ({ url: 'http://127.0.0.1:1/kiosk' }));
    expect(createCore(db, { host: { openKiosk } }).call('kiosk-open', {}, 'admin')).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/Set an admin PIN first/) },
    });
    expect(openKiosk).not.toHaveBeenCalled();
    expect(createCore(db).call('admin-pin-set', { pin: '246810' }, 'admin')).toEqual({ ok: true, value: { pinSet: true } });
    expect(createCore(db, { host: { openKiosk } }).call('kiosk-open', {}, 'admin')).toEqual({
      ok: true,
      value: { url: 'http://127.0.0.1:1/kiosk' },
    });
    expect(openKiosk).toHaveBeenCalledOnce();
    expect(createCore(db).call('kiosk-open', {}, 'admin')).toEqual({ ok: true, value: { url: null } });
    expect(createCore(db, { host: { openKiosk } }).call('kiosk-open', {}, 'kiosk')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('turns an unexpected failure into `internal`, logging no input', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Ops' });
    t.db.exec('DROP TABLE audit');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = t.call('kiosk-register', { name: 'Private Person', email: 'private@example.com', code: g.joinCode });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong, and nothing was changed. Please try again.',
        text: { id: 'request.internal' },
      },
    });
    const logged = JSON.stringify(log.mock.calls);
    expect(logged).toContain('kiosk-register');
    expect(logged).not.toMatch(/Private|private@|example\.com/);
    log.mockRestore();
    // The failed registration was rolled back with its transaction.
    expect(t.db.prepare('SELECT count(*) AS n FROM learners').get()).toEqual({ n: 0 });
    expect(t.must('groups-get', { id: g.id }).usedCount).toBe(0);
  });
});
