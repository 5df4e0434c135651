import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { delayAfter } from '../../../src/main/core/throttle';
import { makeCore, tempDir } from '../helpers';

const WRONG = { name: 'Guesser', email: 'guess@example.com', code: 'ZZZZ-ZZZZ' };

function setup(file?: string) {
  const t = makeCore(file);
  const g = t.must('groups-create', { name: 'Real' });
  t.must('admin-pin-set', { pin: '13579246' });
  return { t, g };
}

const status = (t: ReturnType<typeof makeCore>) => t.must('kiosk-status', {});

describe('wrong-code throttle', () => {
  it('grows the delay after 5 free wrong codes, capped at 60 s', () => {
    const fresh = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 50].map((n) => delayAfter(n, n));
    expect(fresh).toEqual([0, 0, 0, 0, 0, 5, 10, 20, 40, 60, 60, 60]);
  });

  it('after a success, past the day’s free five, the delay starts again at 5 s, not at 0', () => {
    // streak = wrong codes since the last success; the day's count was 7 before it.
    expect([1, 2, 3, 4, 5, 6].map((streak) => delayAfter(streak, 7 + streak))).toEqual([5, 10, 20, 40, 60, 60]);
    // Only what is left of the free five stays free.
    expect([1, 2, 3].map((streak) => delayAfter(streak, 3 + streak))).toEqual([0, 0, 5]);
  });

  it('follows the schedule: free guesses, then throttled with retryAfterSeconds until the delay passes', () => {
    const { t } = setup();
    for (let i = 0; i < 5; i++)
      expect(t.call('kiosk-register', WRONG)).toMatchObject({ ok: false, error: { code: 'code-unknown' } });
    expect(status(t).throttled).toBeNull();
    // The 6th wrong code starts a 5 s delay, and says so.
    expect(t.call('kiosk-register', WRONG)).toMatchObject({ ok: false, error: { code: 'code-unknown', retryAfterSeconds: 5 } });
    expect(status(t).throttled).toEqual({ retryAfterSeconds: 5 });
    // While it runs, even a right code waits — and waiting does not count as a guess.
    t.clock.advance(2000);
    expect(t.call('kiosk-register', WRONG)).toEqual({
      ok: false,
      error: {
        code: 'throttled',
        message: 'Too many attempts. Try again in 3 seconds.',
        retryAfterSeconds: 3,
        text: { id: 'attempts.throttled', values: { seconds: 3 } },
      },
    });
    t.clock.advance(3000);
    expect(status(t).throttled).toBeNull();
    expect(t.call('kiosk-register', WRONG)).toMatchObject({ ok: false, error: { code: 'code-unknown', retryAfterSeconds: 10 } });
    expect(t.db.prepare('SELECT count(*) FROM kiosk_failures').pluck().get()).toBe(7);
  });

  it('a success resets the growing delay, but not the free allowance', () => {
    const { t, g } = setup();
    for (let i = 0; i < 7; i++) {
      t.call('kiosk-register', WRONG);
      t.clock.advance(61_000);
    }
    t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: g.joinCode });
    expect(status(t).throttled).toBeNull();
    // The 8th wrong code of the day would have waited 20 s; after the success it starts again at 5 s.
    const delays = [];
    for (let i = 0; i < 5; i++) {
      const result = t.call('kiosk-register', WRONG);
      expect(result).toMatchObject({ error: { code: 'code-unknown' } });
      delays.push(!result.ok && result.error.retryAfterSeconds);
      t.clock.advance(61_000);
    }
    expect(delays).toEqual([5, 10, 20, 40, 60]);
  });

  it('only wrong codes count: a paused, expired or full code does not', () => {
    const { t, g } = setup();
    t.must('join-code-settings', { groupId: g.id, enabled: false });
    for (let i = 0; i < 20; i++) {
      expect(t.call('kiosk-register', { ...WRONG, code: g.joinCode })).toMatchObject({ error: { code: 'code-disabled' } });
    }
    expect(status(t).throttled).toBeNull();
    expect(t.db.prepare('SELECT count(*) FROM kiosk_failures').pluck().get()).toBe(0);
  });

  it('survives closing and reopening the database', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const { t } = setup(file);
    for (let i = 0; i < 6; i++) t.call('kiosk-register', WRONG);
    t.db.close();
    // A new process: fresh memory, same file, same wall-clock time.
    const again = makeCore(file);
    expect(again.call('kiosk-register', WRONG)).toMatchObject({ ok: false, error: { code: 'throttled', retryAfterSeconds: 5 } });
  });

  it('turning the wall clock back or forward does not lift a running delay', () => {
    const { t } = setup();
    for (let i = 0; i < 10; i++) {
      t.call('kiosk-register', WRONG);
      t.clock.advance(61_000);
    }
    t.call('kiosk-register', WRONG); // 11th: 60 s
    t.clock.set('2026-02-01T00:00:00Z'); // back a month
    expect(status(t).throttled).toEqual({ retryAfterSeconds: 60 });
    t.clock.set('2027-01-01T00:00:00Z'); // forward a year: the monotonic clock has not moved
    expect(status(t).throttled).toEqual({ retryAfterSeconds: 60 });
  });

  it('locks after 100 wrong codes in 24 h, until the admin PIN unlocks it', () => {
    const { t, g } = setup();
    for (let i = 0; i < 99; i++) {
      t.call('kiosk-register', WRONG);
      t.clock.advance(61_000); // 99 × 61 s ≈ 100 min: all inside one day
    }
    expect(status(t).locked).toBe(false);
    t.call('kiosk-register', WRONG);
    t.clock.advance(61_000);
    expect(status(t).locked).toBe(true);
    expect(t.call('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: g.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'kiosk-locked' },
    });
    // The admin sees it, and a wrong PIN changes nothing.
    expect(t.must('kiosk-overview', {}, 'admin').locked).toBe(true);
    expect(t.call('kiosk-unlock', { pin: '00000000' })).toMatchObject({ ok: false, error: { code: 'validation', field: 'pin' } });
    expect(status(t).locked).toBe(true);
    expect(t.must('kiosk-unlock', { pin: '13579246' }).locked).toBe(false);
    expect(t.call('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: g.joinCode }).ok).toBe(true);
  });

  it('counts only the last 24 h towards the lock', () => {
    const { t } = setup();
    for (let i = 0; i < 99; i++) {
      t.call('kiosk-register', WRONG);
      t.clock.advance(61_000);
    }
    t.clock.advance(24 * 3600 * 1000); // the 99 age out
    t.call('kiosk-register', WRONG);
    expect(status(t).locked).toBe(false);
  });

  it('keeps each kiosk’s count apart', () => {
    const { t } = setup();
    for (let i = 0; i < 6; i++) t.call('kiosk-register', WRONG);
    expect(t.core.call('kiosk-status', {}, 'kiosk', { kioskId: 'other-screen' })).toMatchObject({ value: { throttled: null } });
  });
});

describe('leaving kiosk mode', () => {
  it('takes the admin PIN; wrong PINs have their own throttle, on the same schedule as wrong codes', () => {
    let exits = 0;
    const t = makeCore(undefined, { host: { exitKiosk: () => exits++ } });
    t.must('admin-pin-set', { pin: '13579246' });
    expect(t.must('kiosk-status', {}).canExit).toBe(true);
    for (let i = 0; i < 5; i++)
      expect(t.call('kiosk-exit', { pin: '111111' })).toMatchObject({ error: { code: 'validation', field: 'pin' } });
    expect(t.call('kiosk-exit', { pin: '111111' })).toMatchObject({ error: { field: 'pin', retryAfterSeconds: 5 } });
    expect(t.call('kiosk-exit', { pin: '13579246' })).toMatchObject({ error: { code: 'throttled' } });
    t.clock.advance(5000);
    expect(t.call('kiosk-exit', { pin: '13579246' })).toEqual({ ok: true, value: { exited: true } });
    expect(exits).toBe(1);
  });

  it('a browser kiosk has nothing to leave, and no PIN is checked there', () => {
    const { t } = setup();
    expect(status(t).canExit).toBe(false);
    expect(t.call('kiosk-exit', { pin: '13579246' })).toEqual({ ok: true, value: { exited: false } });
    // The same answer for a wrong PIN, and nothing counted: a browser tab cannot test PINs here.
    for (let i = 0; i < 7; i++) expect(t.call('kiosk-exit', { pin: '00000000' })).toEqual({ ok: true, value: { exited: false } });
    expect(t.db.prepare('SELECT count(*) FROM kiosk_failures').pluck().get()).toBe(0);
  });
});

describe('admin unlock', () => {
  it('clears every kiosk’s wrong-code and exit-PIN counts, but not the admin-PIN count', () => {
    const t = makeCore(undefined, { host: { exitKiosk: () => undefined } });
    t.must('groups-create', { name: 'Real' });
    t.must('admin-pin-set', { pin: '13579246' });
    for (let i = 0; i < 6; i++) {
      t.call('kiosk-register', WRONG);
      t.call('kiosk-exit', { pin: '111111' });
      t.core.call('kiosk-register', WRONG, 'kiosk', { kioskId: 'other-screen' });
    }
    for (let i = 0; i < 5; i++) t.call('kiosk-unlock', { pin: '111111' });
    expect(status(t).throttled).toEqual({ retryAfterSeconds: 5 });
    expect(t.must('kiosk-unlock', { pin: '13579246' }).locked).toBe(false);
    expect(status(t).throttled).toBeNull();
    expect(t.core.call('kiosk-status', {}, 'kiosk', { kioskId: 'other-screen' })).toMatchObject({ value: { throttled: null } });
    expect(t.call('kiosk-exit', { pin: '13579246' })).toEqual({ ok: true, value: { exited: true } });
    // Only the admin-PIN failures remain, so the next wrong admin PIN is past the free five.
    expect(t.db.prepare('SELECT DISTINCT kiosk_id FROM kiosk_failures').pluck().all()).toEqual(['admin-pin']);
    expect(t.call('kiosk-unlock', { pin: '111111' })).toMatchObject({ error: { field: 'pin', retryAfterSeconds: 5 } });
  });
});

describe('admin PIN', () => {
  it('is stored as a salted scrypt hash, never as the PIN', () => {
    const { t } = setup();
    const stored = t.db.prepare("SELECT value FROM settings WHERE key = 'adminPin'").pluck().get() as string;
    expect(stored).not.toContain('13579246');
    expect(JSON.parse(stored)).toMatchObject({ salt: expect.any(String), hash: expect.any(String), N: 32768 });
  });

  it('changing it needs the current PIN', () => {
    const { t } = setup();
    expect(t.call('admin-pin-set', { pin: '24682468' })).toMatchObject({ ok: false, error: { field: 'currentPin' } });
    expect(t.call('admin-pin-set', { pin: '24682468', currentPin: '11111111' })).toMatchObject({
      ok: false,
      error: { field: 'currentPin' },
    });
    expect(t.call('admin-pin-set', { pin: '24682468', currentPin: '13579246' }).ok).toBe(true);
    expect(t.call('kiosk-unlock', { pin: '24682468' }).ok).toBe(true);
  });

  it.each(['12345', 'abcdef', '1234567890123', ' 123456'])('refuses %j as a PIN', (pin) => {
    expect(makeCore().call('admin-pin-set', { pin })).toMatchObject({ ok: false, error: { code: 'validation', field: 'pin' } });
  });
});

describe('concurrent wrong codes', () => {
  it('several processes guessing at once: every wrong code is counted once, and the lock falls at the 100th', async () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const { t } = setup(file);
    t.db.close();
    const worker = path.join(import.meta.dirname, 'workers', 'guess.ts');
    const startAt = String(Date.now() + 3000);
    const outputs = await Promise.all(
      Array.from({ length: 4 }, (_, w) =>
        promisify(execFile)(process.execPath, ['--import', 'tsx', worker, file, startAt, String(w), '150']),
      ),
    );
    const outcomes = outputs.flatMap(({ stdout }) => JSON.parse(stdout) as string[]);
    expect(outcomes.every((o) => ['code-unknown', 'throttled', 'kiosk-locked'].includes(o))).toBe(true);
    const after = makeCore(file);
    const failures = after.db.prepare('SELECT at FROM kiosk_failures ORDER BY id').pluck().all() as string[];
    // Each wrong answer left exactly one row: none lost, none doubled.
    expect(failures).toHaveLength(outcomes.filter((o) => o === 'code-unknown').length);
    expect(failures.length).toBeGreaterThanOrEqual(100);
    // The lock was set by the 100th wrong code, not before.
    const lockedAt = after.db.prepare('SELECT locked_at FROM kiosk_throttle').pluck().get();
    expect(lockedAt).toBe(failures[99]);
    expect(after.must('kiosk-overview', {}, 'admin').locked).toBe(true);
  }, 60_000);
});
