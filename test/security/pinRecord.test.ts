// A crafted admin-PIN record in the settings table (a tampered file, or a crafted backup restored)
// must neither let a known PIN in through weak scrypt parameters nor stall the app with costly ones.
import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../unit/helpers';
import { makeCore } from '../unit/helpers';

const PIN = '13579246';

function setup() {
  let exits = 0;
  const t = makeCore(undefined, { host: { exitKiosk: () => void exits++ } });
  return { t, exits: () => exits };
}

const storeRecord = (t: TestCore, record: unknown) =>
  t.db
    .prepare("INSERT INTO settings (key, value) VALUES ('adminPin', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    .run(JSON.stringify(record));

function craft(params: { N: number; r: number; p: number }, hash?: Buffer) {
  const salt = randomBytes(16);
  return {
    salt: salt.toString('base64'),
    hash: (hash ?? scryptSync(PIN, salt, 32, { ...params, maxmem: 64 * 1024 * 1024 })).toString('base64'),
    ...params,
  };
}

describe('crafted admin-PIN records', () => {
  it('weak parameters (N=2) with a known PIN’s hash do not let that PIN in', () => {
    const { t, exits } = setup();
    storeRecord(t, craft({ N: 2, r: 8, p: 1 }));
    expect(t.call('kiosk-unlock', { pin: PIN })).toMatchObject({ ok: false, error: { code: 'validation', field: 'pin' } });
    expect(t.call('kiosk-exit', { pin: PIN })).toMatchObject({ ok: false });
    expect(exits()).toBe(0);
  });

  it('costly parameters (N=16384, p=3000) are refused at once, without running scrypt with them', () => {
    const { t } = setup();
    storeRecord(t, craft({ N: 16384, r: 8, p: 3000 }, randomBytes(32)));
    const started = performance.now();
    expect(t.call('kiosk-unlock', { pin: PIN })).toMatchObject({ ok: false });
    expect(t.call('kiosk-exit', { pin: PIN })).toMatchObject({ ok: false });
    // Our own parameters take well under a second for both; p=3000 would take about a minute.
    expect(performance.now() - started).toBeLessThan(1000);
  }, 180_000);

  it('a record with our parameters still works (the check above is not just "refuse everything")', () => {
    const { t, exits } = setup();
    storeRecord(t, craft({ N: 2 ** 15, r: 8, p: 1 }));
    expect(t.call('kiosk-unlock', { pin: PIN }).ok).toBe(true);
    expect(t.call('kiosk-exit', { pin: PIN })).toEqual({ ok: true, value: { exited: true } });
    expect(exits()).toBe(1);
  });

  it('a record that is not ours counts as no PIN: the kiosk cannot start, and the admin can set a new PIN', () => {
    const { t } = setup();
    storeRecord(t, craft({ N: 2, r: 8, p: 1 }));
    expect(t.must('kiosk-overview', {}, 'admin').pinSet).toBe(false);
    expect(t.call('kiosk-open', {})).toMatchObject({ ok: false, error: { code: 'validation', field: 'pin' } });
    expect(t.call('admin-pin-set', { pin: '24682468' }).ok).toBe(true);
    expect(t.call('kiosk-unlock', { pin: '24682468' }).ok).toBe(true);
  });
});

describe('isValidPinRecord (for restore to refuse crafted backups)', () => {
  it('accepts exactly what admin-pin-set stores, and nothing else', async () => {
    const { isValidPinRecord } = await import('../../src/main/core/adminPin');
    const { t } = setup();
    t.must('admin-pin-set', { pin: PIN });
    const stored = JSON.parse(
      t.db.prepare("SELECT value FROM settings WHERE key = 'adminPin'").pluck().get() as string,
    ) as Record<string, unknown>;
    expect(isValidPinRecord(stored)).toBe(true);
    const b64 = (n: number) => randomBytes(n).toString('base64');
    const bad: unknown[] = [
      null,
      'x',
      [],
      { ...stored, N: 2 },
      { ...stored, N: 16384, p: 3000 },
      { ...stored, r: 1 },
      { ...stored, p: 2 },
      { ...stored, N: '32768' },
      { ...stored, salt: b64(8) },
      { ...stored, salt: b64(16).replace(/=+$/, '') },
      { ...stored, salt: `${b64(16)} ` },
      { ...stored, hash: b64(64) },
      { ...stored, hash: '!'.repeat(44) },
      { ...stored, maxmem: 1 },
      { salt: stored.salt, hash: stored.hash },
    ];
    for (const record of bad) expect([record, isValidPinRecord(record)]).toEqual([record, false]);
  });
});
