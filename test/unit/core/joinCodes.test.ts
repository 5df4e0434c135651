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
    ['ab-cd', 'A join code needs at least 6 letters or digits.', { id: 'field.customCodeTooShort', values: { min: 6 } }],
    [
      'X'.repeat(33),
      'A join code can have at most 32 letters or digits.',
      { id: 'field.customCodeTooLong', values: { max: 32 } },
    ],
    ['АВСDEFGH', 'Join codes use only the letters A–Z and the digits 0–9.', { id: 'field.codeCharacters' }],
    ['   ', 'Enter a join code.', { id: 'field.codeRequired' }],
  ])('refuses %j inline and changes nothing', (code, message, text) => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Spring' });
    const before = snapshot(t.db);
    expect(t.call('join-code-update', { groupId: g.id, code })).toEqual({
      ok: false,
      error: { code: 'validation', message, field: 'code', text },
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

describe('join-code-restore', () => {
  /** A group whose printed code was replaced by an accidental Regenerate. */
  const regenerated = () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Spring' });
    t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: g.joinCode });
    t.clock.set('2026-03-02T10:00:00.000Z');
    const next = t.must('join-code-regenerate', { groupId: g.id });
    t.must('kiosk-register', { name: 'Bo', email: 'bo@example.com', code: next.joinCode });
    t.clock.set('2026-03-03T10:00:00.000Z');
    return { t, g, next };
  };

  it('brings back the group’s own earlier code and retires the one it replaced', () => {
    const { t, g, next } = regenerated();
    const back = t.must('join-code-restore', { groupId: g.id, code: g.joinCode });
    // Its own join count and first date come back with it: a seat limit goes on where it stopped.
    expect(back).toMatchObject({
      joinCode: g.joinCode,
      joinCodeGenerated: true,
      usedCount: 1,
      memberCount: 2,
      codeChangedAt: '2026-03-01T09:00:00.000Z',
    });
    expect(t.must('join-code-history', { groupId: g.id })).toEqual([
      { joinCode: g.joinCode, generated: true, setAt: '2026-03-01T09:00:00.000Z', retiredAt: null, joinCount: 1 },
      {
        joinCode: next.joinCode,
        generated: true,
        setAt: '2026-03-02T10:00:00.000Z',
        retiredAt: '2026-03-03T10:00:00.000Z',
        joinCount: 1,
      },
    ]);
    const actions = t.db.prepare('SELECT action FROM audit WHERE group_id = ? ORDER BY id DESC LIMIT 1').pluck().all(g.id);
    expect(actions).toEqual(['join-code-restored']);
    expect(JSON.stringify(t.db.prepare('SELECT * FROM audit').all())).not.toContain(keyOf(g.joinCode));
  });

  it('the kiosk takes the code that came back and says the replaced one has changed', () => {
    const { t, g, next } = regenerated();
    t.must('join-code-restore', { groupId: g.id, code: g.joinCode });
    expect(t.must('kiosk-register', { name: 'Cy', email: 'cy@example.com', code: g.joinCode }).groupName).toBe('Spring');
    expect(t.call('kiosk-register', { name: 'Di', email: 'di@example.com', code: next.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'code-retired' },
    });
    expect(t.must('groups-get', { id: g.id }).usedCount).toBe(2);
  });

  it('matches the code however it is typed', () => {
    const { t, g } = regenerated();
    const typed = ` ${g.joinCode.toLowerCase().replace('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l')} `;
    expect(t.must('join-code-restore', { groupId: g.id, code: typed }).joinCode).toBe(g.joinCode);
  });

  it('never takes another group’s code, retired or live, and writes nothing', () => {
    const { t, g } = regenerated();
    const other = t.must('groups-create', { name: 'Autumn' });
    const before = snapshot(t.db);
    expect(t.call('join-code-restore', { groupId: other.id, code: g.joinCode })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        field: 'code',
        message: 'This code belongs to another group and stays reserved for it.',
        text: { id: 'joinCode.otherGroups' },
      },
    });
    const live = t.must('groups-get', { id: g.id }).joinCode;
    expect(t.call('join-code-restore', { groupId: other.id, code: live })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'code' },
    });
    expect(snapshot(t.db)).toBe(before);
    // The retired code still sends no one to Autumn, and still tells Spring's old card holders it changed.
    expect(t.call('kiosk-register', { name: 'Cy', email: 'cy@example.com', code: g.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'code-retired' },
    });
  });

  it('refuses a code the group never had, its current code, and a malformed one', () => {
    const { t, g, next } = regenerated();
    const before = snapshot(t.db, ['kiosk_throttle', 'kiosk_failures']);
    expect(t.call('join-code-restore', { groupId: g.id, code: 'NEVER-USED' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', field: 'code' },
    });
    expect(t.call('join-code-restore', { groupId: g.id, code: next.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'code', message: 'This is already the group’s current code.' },
    });
    expect(t.call('join-code-restore', { groupId: g.id, code: 'АВСDEFGH' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'code' },
    });
    expect(t.call('join-code-restore', { groupId: 99, code: g.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(snapshot(t.db, ['kiosk_throttle', 'kiosk_failures'])).toBe(before);
  });

  it('keeps the reservation rules: the replaced code is reserved, and the same code can swap back and forth', () => {
    const { t, g, next } = regenerated();
    const other = t.must('groups-create', { name: 'Autumn' });
    t.must('join-code-restore', { groupId: g.id, code: g.joinCode });
    // The replaced code is now retired for Spring: no one else may take it, not even by typing it.
    expect(t.call('join-code-update', { groupId: other.id, code: next.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/belonged to another group/) },
    });
    // Spring may swap back: each key is live or retired, never both, never twice.
    t.must('join-code-restore', { groupId: g.id, code: next.joinCode });
    t.must('join-code-restore', { groupId: g.id, code: g.joinCode });
    const keys = t.db
      .prepare('SELECT key FROM join_codes UNION ALL SELECT key FROM retired_codes WHERE group_id = ?')
      .pluck()
      .all(g.id) as string[];
    expect(keys.filter((k) => k === keyOf(g.joinCode))).toHaveLength(1);
    expect(keys.filter((k) => k === keyOf(next.joinCode))).toHaveLength(1);
    expect(t.must('join-code-history', { groupId: g.id })).toHaveLength(2);
  });

  it('kiosk-only callers cannot reach it', () => {
    const { t, g } = regenerated();
    expect(t.call('join-code-restore', { groupId: g.id, code: g.joinCode }, 'kiosk')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('a custom code comes back only while the code policy allows it', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Spring' });
    t.must('join-code-update', { groupId: g.id, code: 'Spring-27' });
    t.must('join-code-regenerate', { groupId: g.id });
    t.must('code-policy-update', { minLength: 10 });
    const refused = { ok: false, error: { code: 'validation', field: 'code', message: expect.stringMatching(/policy/) } };
    expect(t.call('join-code-restore', { groupId: g.id, code: 'spring27' })).toMatchObject(refused);
    t.must('code-policy-update', { minLength: 8, generatedOnly: true });
    expect(t.call('join-code-restore', { groupId: g.id, code: 'spring27' })).toMatchObject(refused);
    t.must('code-policy-update', { generatedOnly: false });
    expect(t.must('join-code-restore', { groupId: g.id, code: 'spring27' })).toMatchObject({
      joinCode: 'Spring-27',
      joinCodeGenerated: false,
    });
  });
});

describe('a closing time in the past', () => {
  it('is allowed and means closed at once: the kiosk says when it closed, and clearing it reopens', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Spring' });
    const closed = t.must('join-code-settings', { groupId: g.id, validUntil: '2026-02-27T17:00:00Z' });
    expect(closed.codeState).toBe('expired');
    expect(t.call('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: g.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'code-expired', message: expect.stringMatching(/closed on 27 February 2026/) },
    });
    expect(t.must('join-code-settings', { groupId: g.id, validUntil: null }).codeState).toBe('active');
  });
});
