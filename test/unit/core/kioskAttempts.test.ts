import Database from 'better-sqlite3';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../../src/shared/contract';
import { ATTEMPT_HOLD_MS, stationOf } from '../../../src/main/core/kioskAttempts';
import { craftedBackup, refusedUnchanged, restore } from './backupHelpers';
import { makeCore, tempDir } from '../helpers';

type Attempt = { minute: string; station: string; kind: string; group_id: number; count: number };

function room(file?: string) {
  const t = makeCore(file);
  const open = t.must('groups-create', { name: 'Open group' });
  const at = (kioskId: string, input: Input<'kiosk-register'>) => t.core.call('kiosk-register', input, 'kiosk', { kioskId });
  const rows = () => t.db.prepare('SELECT * FROM kiosk_attempts ORDER BY kind, station').all() as Attempt[];
  return { t, open, at, rows };
}

describe('failed sign-ups are recorded', () => {
  it('keeps every kind, with the kiosk, the minute and the group of the code — never what was typed', () => {
    const { t, open, at, rows } = room();
    const retiredFrom = t.must('groups-create', { name: 'Changed code' });
    t.must('join-code-regenerate', { groupId: retiredFrom.id });
    const paused = t.must('groups-create', { name: 'Paused' });
    t.must('join-code-settings', { groupId: paused.id, enabled: false });
    const later = t.must('groups-create', { name: 'Later' });
    t.must('join-code-settings', { groupId: later.id, validFrom: '2026-04-01T00:00:00Z' });
    const closed = t.must('groups-create', { name: 'Closed' });
    t.must('join-code-settings', { groupId: closed.id, validUntil: '2026-02-01T00:00:00Z' });
    const full = t.must('groups-create', { name: 'Full' });
    t.must('join-code-settings', { groupId: full.id, maxUses: 1 });
    expect(at('desktop', { name: 'First Person', email: 'first@example.com', code: full.joinCode })).toMatchObject({ ok: true });

    const person = (i: number) => ({ name: `Secret Name ${i}`, email: `secret${i}@example.org` });
    const tries: [string, string][] = [
      ['QQQQ-QQQQ', 'code-unknown'],
      [retiredFrom.joinCode, 'code-retired'],
      [paused.joinCode, 'code-disabled'],
      [later.joinCode, 'code-not-yet-valid'],
      [closed.joinCode, 'code-expired'],
      [full.joinCode, 'group-full'],
    ];
    tries.forEach(([code, kind], i) =>
      expect(at('desktop', { ...person(i), code })).toMatchObject({ ok: false, error: { code: kind } }),
    );
    expect(at('desktop', { name: 'Again', email: 'FIRST@example.com', code: open.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'email-registered' },
    });

    expect(rows().map((r) => [r.kind, r.station, r.group_id, r.count, r.minute])).toEqual([
      ['code-disabled', 'desktop', paused.id, 1, '2026-03-01T09:00'],
      ['code-expired', 'desktop', closed.id, 1, '2026-03-01T09:00'],
      ['code-not-yet-valid', 'desktop', later.id, 1, '2026-03-01T09:00'],
      ['code-retired', 'desktop', retiredFrom.id, 1, '2026-03-01T09:00'],
      ['code-unknown', 'desktop', 0, 1, '2026-03-01T09:00'],
      ['email-registered', 'desktop', open.id, 1, '2026-03-01T09:00'],
      ['group-full', 'desktop', full.id, 1, '2026-03-01T09:00'],
    ]);
    const everything = JSON.stringify([rows(), t.must('audit-list', { limit: 500 }), t.db.prepare('SELECT * FROM audit').all()]);
    expect(everything).not.toMatch(/Secret|secret|Again|QQQQ|example\.org/);
    for (const [code] of tries) expect(everything).not.toContain(code);
  });

  it('records a sign-up refused by the throttle or by a locked kiosk, and never a success', () => {
    const { t, open, at, rows } = room();
    for (let i = 0; i < 6; i++) at('desktop', { name: 'X', email: `x${i}@example.com`, code: `WRNG-000${i}` });
    expect(rows().map((r) => [r.kind, r.count])).toEqual([['code-unknown', 1]]); // the other five held back
    expect(at('desktop', { name: 'Y', email: 'y@example.com', code: open.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'throttled' },
    });
    t.db
      .prepare("INSERT INTO kiosk_throttle (kiosk_id, streak, locked_at) VALUES ('code:station-3', 0, ?)")
      .run('2026-03-01T09:00:00Z');
    expect(at('station-3', { name: 'Z', email: 'z@example.com', code: open.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'kiosk-locked' },
    });
    expect(at('phone-aa', { name: 'W', email: 'w@example.com', code: open.joinCode })).toMatchObject({ ok: true });
    expect(rows().map((r) => [r.kind, r.station, r.group_id, r.count])).toEqual([
      ['code-unknown', 'desktop', 0, 6], // the held five went with the next write
      ['kiosk-locked', 'station-3', open.id, 1],
      ['throttled', 'desktop', open.id, 1],
    ]);
    for (let i = 0; i < 4; i++) at('desktop', { name: 'Y', email: 'y@example.com', code: open.joinCode });
    expect(rows().find((r) => r.kind === 'throttled')?.count).toBe(1);
    t.must('audit-list', {}); // reading the log writes what was held back
    expect(rows().find((r) => r.kind === 'throttled')?.count).toBe(5);
  });

  it('adds a flood to a count instead of writing each attempt, and loses none of it', () => {
    const { t, open, at, rows } = room();
    t.must('join-code-settings', { groupId: open.id, enabled: false });
    const attempt = (i: number) => at('phone-' + i, { name: 'N', email: `n${i}@example.com`, code: open.joinCode });
    for (let i = 0; i < 200; i++) attempt(i);
    // 200 phones, one row; the first attempt written, the rest held in memory (no write each).
    expect(rows().map((r) => [r.station, r.count])).toEqual([['phones', 1]]);
    t.clock.advance(ATTEMPT_HOLD_MS);
    attempt(200);
    expect(rows().map((r) => [r.station, r.count])).toEqual([['phones', 201]]);
    // Minutes stay apart, so the log can tell when.
    t.clock.advance(60_000);
    for (let i = 0; i < 3; i++) attempt(300 + i);
    expect(t.must('audit-list', { action: 'sign-up-failed' }).items.map((e) => [e.at, e.attempt?.count])).toEqual([
      ['2026-03-01T09:01:00.000Z', 3],
      ['2026-03-01T09:00:00.000Z', 201],
    ]);
    expect(rows()).toHaveLength(2);
  });

  it('drops minutes older than 90 days when it next writes', () => {
    const { t, at, rows } = room();
    at('desktop', { name: 'X', email: 'x@example.com', code: 'WRNG-0000' });
    t.clock.advance(91 * 24 * 60 * 60 * 1000);
    at('desktop', { name: 'X', email: 'x@example.com', code: 'WRNG-0000' });
    expect(rows().map((r) => r.minute)).toEqual(['2026-05-31T09:00']);
  });
});

describe('failed sign-ups in the log', () => {
  it('shows them with the kiosk’s name and the group, filters them, and exports them', () => {
    const { t, open, at } = room();
    const other = t.must('groups-create', { name: 'Other' });
    t.must('join-code-settings', { groupId: open.id, maxUses: 1 });
    at('desktop', { name: 'A', email: 'a@example.com', code: open.joinCode });
    t.clock.advance(60_000);
    at('desktop', { name: 'B', email: 'b@example.com', code: open.joinCode });
    at('phone-1', { name: 'C', email: 'c@example.com', code: open.joinCode });
    at('station-9', { name: 'D', email: 'd@example.com', code: 'WRNG-0000' });
    const failed = t.must('audit-list', { action: 'sign-up-failed' });
    expect(failed.total).toBe(3);
    expect(failed.items.map((e) => [e.actor, e.groupName, e.attempt])).toEqual(
      expect.arrayContaining([
        [
          'kiosk',
          'Open group',
          { kind: 'group-full', count: 1, station: 'desktop', stationName: 'Kiosk window on this computer', paired: false },
        ],
        [
          'kiosk',
          'Open group',
          { kind: 'group-full', count: 1, station: 'phones', stationName: 'Phones (room network)', paired: false },
        ],
        [
          'kiosk',
          null,
          { kind: 'code-unknown', count: 1, station: 'station-9', stationName: 'Removed station #9', paired: false },
        ],
      ]),
    );
    // The group filter finds a group's failures beside its other entries; another group's do not show.
    const forOpen = t.must('audit-list', { groupId: open.id }).items.map((e) => e.action);
    expect(forOpen.filter((a) => a === 'sign-up-failed')).toHaveLength(2);
    expect(forOpen).toContain('learner-registered');
    expect(t.must('audit-list', { groupId: other.id }).items.map((e) => e.action)).not.toContain('sign-up-failed');
    // Newest first, beside the audit rows, and in the date filter by their minute.
    expect(t.must('audit-list', { from: '2026-03-01T09:01:00Z' }).total).toBe(3);
    expect(t.must('audit-list', {}).items[0]!.action).toBe('sign-up-failed');

    const csv = Papa.parse<string[]>(t.must('export-csv', { kind: 'audit', action: 'sign-up-failed' }).content.slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(csv.slice(1)).toEqual(
      expect.arrayContaining([
        ['2026-03-01 09:01', 'Kiosk', 'Sign-up failed', 'Open group', '', '', '', 'Group full', '1', 'Phones (room network)'],
        ['2026-03-01 09:01', 'Kiosk', 'Sign-up failed', '', '', '', '', 'Unknown code', '1', 'Removed station #9'],
      ]),
    );
  });

  it('names the group of a code made earlier in the same minute as the attempt', () => {
    const t = makeCore();
    t.clock.set('2026-03-01T09:00:30.000Z');
    const g = t.must('groups-create', { name: 'Made this minute' });
    t.must('join-code-settings', { groupId: g.id, enabled: false });
    t.clock.set('2026-03-01T09:00:40.000Z');
    t.core.call('kiosk-register', { name: 'A', email: 'a@example.com', code: g.joinCode }, 'kiosk', { kioskId: 'desktop' });
    expect(t.must('audit-list', { action: 'sign-up-failed' }).items[0]).toMatchObject({
      at: '2026-03-01T09:00:00.000Z',
      groupName: 'Made this minute',
    });
  });

  it('names each kind of kiosk; phones and browser tabs count together, stations by their own name', () => {
    expect(['desktop', 'station-12', 'phone-0a1b', 'browser-99', 'script-kiosk', 'default'].map(stationOf)).toEqual([
      'desktop',
      'station-12',
      'phones',
      'browser',
      'script',
      'script',
    ]);
    const { t, open, at } = room();
    t.db.prepare("INSERT INTO settings (key, value) VALUES ('stations', ?)").run(
      JSON.stringify([
        {
          id: 4,
          name: 'Front desk tablet',
          credentialKey: 'k'.repeat(43),
          pairingKey: null,
          expiresAt: null,
          createdAt: '2026-03-01T08:00:00.000Z',
          lastSeenAt: null,
          signupDay: null,
          signupCount: 0,
        },
      ]),
    );
    t.must('join-code-settings', { groupId: open.id, enabled: false });
    at('station-4', { name: 'A', email: 'a@example.com', code: open.joinCode });
    expect(t.must('audit-list', { action: 'sign-up-failed' }).items[0]!.attempt).toMatchObject({
      stationName: 'Front desk tablet',
      paired: true,
    });
  });
});

describe('failed sign-ups in a backup', () => {
  it('come back with a restore', async () => {
    const { t, at, rows } = room();
    at('desktop', { name: 'X', email: 'x@example.com', code: 'WRNG-0000' });
    const name = await craftedBackup(t, () => undefined);
    t.db.exec('DELETE FROM kiosk_attempts');
    expect(restore(t, name)).toMatchObject({ ok: true });
    expect(rows().map((r) => [r.kind, r.count])).toEqual([['code-unknown', 1]]);
  });

  it.each([
    ['a station name no kiosk has', "UPDATE kiosk_attempts SET station = 'station-1\u202Eevil'"],
    ['a kind JoinDesk never records', "UPDATE kiosk_attempts SET kind = 'typed: ann@example.com'"],
    ['a minute that is not one', "UPDATE kiosk_attempts SET minute = 'yesterday'"],
  ])('a backup with %s is refused', async (_label, sql) => {
    const { t, at } = room();
    at('desktop', { name: 'X', email: 'x@example.com', code: 'WRNG-0000' });
    refusedUnchanged(t, await craftedBackup(t, (db) => db.exec(sql)), /failed sign-ups JoinDesk would not have saved/);
  });
});

describe('held-back counts and long writes', () => {
  it('a read while a worker holds the lock leaves them held instead of waiting for the lock', () => {
    const { t, at, rows } = room();
    for (let i = 0; i < 2; i++) at('desktop', { name: 'X', email: `x${i}@example.com`, code: 'WRNG-0000' });
    expect(rows().map((r) => r.count)).toEqual([1]); // the second is held back
    const prepared: string[] = [];
    const prepare = t.db.prepare.bind(t.db);
    t.db.prepare = ((sql: string) => (prepared.push(sql), prepare(sql))) as typeof t.db.prepare;
    t.core.setWriting(true);
    try {
      expect(t.call('audit-list', {})).toMatchObject({ ok: true });
      expect(prepared.filter((sql) => sql.includes('INSERT INTO kiosk_attempts'))).toEqual([]);
    } finally {
      t.core.setWriting(false);
      t.db.prepare = prepare;
    }
    t.must('audit-list', {});
    expect(rows().map((r) => r.count)).toEqual([2]);
  });

  it('a read while another connection holds the lock leaves them held instead of waiting for it', { timeout: 60_000 }, () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const { t, at, rows } = room(file);
    for (let i = 0; i < 2; i++) at('desktop', { name: 'X', email: `x${i}@example.com`, code: 'WRNG-0000' });
    // A read that waited would wait the whole 20 s busy timeout; one that does not returns at once.
    t.db.pragma('busy_timeout = 20000');
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const started = performance.now();
      expect(t.call('reports-dashboard', {})).toMatchObject({ ok: true });
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(t.db.pragma('busy_timeout', { simple: true })).toBe(20000);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    t.must('audit-list', {});
    expect(rows().map((r) => r.count)).toEqual([2]);
  });
});
