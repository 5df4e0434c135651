import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/main/core';
import { normalizeJoinCode } from '../../../src/shared/joinCode';
import { makeCore, snapshot } from '../helpers';

const keyOf = (code: string) => {
  const n = normalizeJoinCode(code);
  if (!n.ok) throw new Error(n.message);
  return n.key;
};

describe('join-code-update', () => {
  it('saves a custom code as typed and matches it however it is typed', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Spring' });
    const saved = t.must('join-code-update', { groupId: g.id, code: ' Spring-2027 ' });
    expect(saved.warning).toBeUndefined();
    expect(saved.group).toMatchObject({ joinCode: 'Spring-2027', joinCodeGenerated: false, usedCount: 0 });
    expect(t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: 'spr1ng 2O27' }).groupName).toBe('Spring');
  });

  it('warns below 8 characters but saves', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Spring' });
    const saved = t.must('join-code-update', { groupId: g.id, code: 'abc123' });
    expect(saved.group.joinCode).toBe('abc123');
    expect(saved.warning).toMatch(/8 or more characters are safer/);
  });

  it.each([
    ['ab-cd', 'A join code needs at least 6 letters or digits.'],
    ['X'.repeat(33), 'A join code can have at most 32 letters or digits.'],
    ['АВСDEFGH', 'Join codes use only the letters A–Z and the digits 0–9.'],
    ['   ', 'Enter a join code.'],
  ])('refuses %j inline and changes nothing', (code, message) => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Spring' });
    const before = snapshot(t.db);
    expect(t.call('join-code-update', { groupId: g.id, code })).toEqual({
      ok: false,
      error: { code: 'validation', message, field: 'code' },
    });
    expect(snapshot(t.db)).toBe(before);
  });

  it('refuses another group’s live code, however it is typed', () => {
    const t = makeCore();
    const a = t.must('groups-create', { name: 'A' });
    const b = t.must('groups-create', { name: 'B' });
    const before = snapshot(t.db);
    const result = t.call('join-code-update', { groupId: b.id, code: a.joinCode.toLowerCase().replace('-', ' ') });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'code', message: expect.stringMatching(/Another group already uses/) },
    });
    expect(snapshot(t.db)).toBe(before);
  });

  it('refuses another group’s retired code: it stays reserved forever', () => {
    const t = makeCore();
    const a = t.must('groups-create', { name: 'A' });
    const b = t.must('groups-create', { name: 'B' });
    t.must('join-code-regenerate', { groupId: a.id });
    const result = t.call('join-code-update', { groupId: b.id, code: a.joinCode });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/belonged to another group/) },
    });
  });

  it('refuses the group’s own retired code too', () => {
    const t = makeCore();
    const a = t.must('groups-create', { name: 'A' });
    t.must('join-code-regenerate', { groupId: a.id });
    expect(t.call('join-code-update', { groupId: a.id, code: a.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/used this code before/) },
    });
  });

  it('re-saving the live code typed differently keeps it live without retiring it', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'A' });
    const saved = t.must('join-code-update', { groupId: g.id, code: g.joinCode.toLowerCase() });
    expect(saved.group.joinCode).toBe(g.joinCode.toLowerCase());
    expect(t.db.prepare('SELECT count(*) AS n FROM retired_codes').get()).toEqual({ n: 0 });
  });

  it('is not-found for a missing group', () => {
    const t = makeCore();
    expect(t.call('join-code-update', { groupId: 42, code: 'ABCDEFGH' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('the database itself refuses a retired key as a live one', () => {
    const t = makeCore();
    const a = t.must('groups-create', { name: 'A' });
    t.must('join-code-regenerate', { groupId: a.id });
    expect(() => t.db.prepare('UPDATE join_codes SET key = ? WHERE group_id = ?').run(keyOf(a.joinCode), a.id)).toThrow(
      /retired/,
    );
  });
});

describe('join-code-regenerate', () => {
  it('gives a new generated code, retires the old one, keeps members', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'A' });
    t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: g.joinCode });
    t.clock.set('2026-03-02T10:00:00.000Z');
    const next = t.must('join-code-regenerate', { groupId: g.id });
    expect(next.joinCode).not.toBe(g.joinCode);
    expect(next).toMatchObject({
      memberCount: 1,
      usedCount: 0,
      joinCodeGenerated: true,
      codeChangedAt: '2026-03-02T10:00:00.000Z',
    });
    expect(t.db.prepare('SELECT display, used_count AS used, retired_at AS at FROM retired_codes').all()).toEqual([
      { display: g.joinCode, used: 1, at: '2026-03-02T10:00:00.000Z' },
    ]);
    expect(t.call('kiosk-register', { name: 'Bo', email: 'bo@example.com', code: g.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'code-retired' },
    });
  });

  it('never issues a code that is live or retired anywhere', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'A' });
    // A random source that repeats the taken code twice before offering a fresh one.
    const taken = [...keyOf(g.joinCode)].map((c) => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(c));
    const fresh = [1, 2, 3, 4, 5, 6, 7, 8];
    const draws = [taken, taken, fresh];
    const core = createCore(t.db, { env: { now: t.clock.now, randomBytes: () => Uint8Array.from(draws.shift() ?? fresh) } });
    const result = core.call('join-code-regenerate', { groupId: g.id }, 'admin');
    expect(result).toMatchObject({ ok: true, value: { joinCode: '1234-5678' } });
    expect(draws).toHaveLength(0);
  });
});

describe('join-code-settings', () => {
  it('reports each state', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'A' });
    const set = (input: Omit<Parameters<typeof t.must<'join-code-settings'>>[1], 'groupId'>) =>
      t.must('join-code-settings', { groupId: g.id, ...input }).codeState;
    expect(set({ enabled: false })).toBe('paused');
    expect(set({ enabled: true, validFrom: '2026-04-01T00:00:00+02:00' })).toBe('scheduled');
    expect(set({ validFrom: null, validUntil: '2026-02-01T00:00:00Z' })).toBe('expired');
    expect(set({ validUntil: null, maxUses: 1 })).toBe('active');
    t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: g.joinCode });
    expect(t.must('groups-get', { id: g.id }).codeState).toBe('full');
    expect(set({ maxUses: 2 })).toBe('active');
  });

  it('stores times as UTC ISO 8601', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'A' });
    expect(t.must('join-code-settings', { groupId: g.id, validFrom: '2026-04-01T08:00:00+02:00' }).validFrom).toBe(
      '2026-04-01T06:00:00.000Z',
    );
  });

  it('refuses a window that closes before it opens', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'A' });
    expect(
      t.call('join-code-settings', { groupId: g.id, validFrom: '2026-05-01T00:00:00Z', validUntil: '2026-04-01T00:00:00Z' }),
    ).toMatchObject({ ok: false, error: { code: 'validation', field: 'validUntil' } });
  });
});
