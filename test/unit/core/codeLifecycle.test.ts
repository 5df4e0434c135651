import { describe, expect, it } from 'vitest';
import { makeCore, snapshot } from '../helpers';

describe('join-code-history', () => {
  it('lists the live code first, then every retired one, with dates and join counts', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'A' });
    t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: g.joinCode });
    t.clock.set('2026-03-02T09:00:00.000Z');
    t.must('join-code-update', { groupId: g.id, code: 'Custom-Code-1' });
    t.must('kiosk-register', { name: 'Bo', email: 'bo@example.com', code: 'customcode1' });
    t.must('kiosk-register', { name: 'Cy', email: 'cy@example.com', code: 'customcode1' });
    t.clock.set('2026-03-03T09:00:00.000Z');
    const now = t.must('join-code-regenerate', { groupId: g.id });
    expect(t.must('join-code-history', { groupId: g.id })).toEqual([
      { joinCode: now.joinCode, generated: true, setAt: '2026-03-03T09:00:00.000Z', retiredAt: null, joinCount: 0 },
      {
        joinCode: 'Custom-Code-1',
        generated: false,
        setAt: '2026-03-02T09:00:00.000Z',
        retiredAt: '2026-03-03T09:00:00.000Z',
        joinCount: 2,
      },
      {
        joinCode: g.joinCode,
        generated: true,
        setAt: '2026-03-01T09:00:00.000Z',
        retiredAt: '2026-03-02T09:00:00.000Z',
        joinCount: 1,
      },
    ]);
  });

  it('is not-found for a missing group', () => {
    expect(makeCore().call('join-code-history', { groupId: 9 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('every change is in the audit log, with ids only', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'A' });
    t.must('join-code-update', { groupId: g.id, code: 'Custom-Code-1' });
    t.must('join-code-settings', { groupId: g.id, enabled: false });
    t.must('join-code-regenerate', { groupId: g.id });
    const actions = t.db.prepare('SELECT action FROM audit WHERE group_id = ? ORDER BY id').pluck().all(g.id);
    expect(actions).toEqual([
      'group-created',
      'join-code-generated',
      'join-code-changed',
      'join-code-settings-changed',
      'join-code-regenerated',
    ]);
    expect(JSON.stringify(t.db.prepare('SELECT * FROM audit').all())).not.toMatch(/Custom|CUSTOM/);
  });
});

describe('groups-list by code state', () => {
  it('filters on the same rule the kiosk applies', () => {
    const t = makeCore();
    const mk = (name: string, settings: Record<string, unknown>) => {
      const g = t.must('groups-create', { name });
      t.must('join-code-settings', { groupId: g.id, ...settings });
      return g;
    };
    mk('Active', {});
    mk('Paused', { enabled: false });
    mk('Scheduled', { validFrom: '2026-04-01T00:00:00Z' });
    mk('Expired', { validUntil: '2026-02-01T00:00:00Z' });
    const full = mk('Full', { maxUses: 1 });
    t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: full.joinCode });
    for (const state of ['active', 'paused', 'scheduled', 'expired', 'full'] as const) {
      const page = t.must('groups-list', { codeState: state });
      expect(page.total, state).toBe(1);
      expect(page.items.map((g) => g.codeState)).toEqual([state]);
    }
    expect(t.must('groups-list', { codeState: 'paused', search: 'act' })).toEqual({ items: [], total: 0 });
    // Time moves on: the scheduled code opens, by the same rule, with nothing stored changing.
    t.clock.set('2026-04-02T00:00:00Z');
    expect(t.must('groups-list', { codeState: 'active' }).items.map((g) => g.name)).toEqual(['Active', 'Scheduled']);
  });
});

describe('groups-clone', () => {
  it('copies description, role and courses, with a fresh code and no members', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Wave 1', description: 'Forklift basics', role: 'instructor' });
    t.db.prepare("INSERT INTO courses (id, title, created_at) VALUES (1, 'Safety', 'x'), (2, 'Forklift', 'x')").run();
    t.db.prepare('INSERT INTO group_courses (group_id, course_id) VALUES (?, 1), (?, 2)').run(g.id, g.id);
    t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: g.joinCode });
    const clone = t.must('groups-clone', { id: g.id, name: 'Wave 2' });
    expect(clone).toMatchObject({
      name: 'Wave 2',
      description: 'Forklift basics',
      role: 'instructor',
      memberCount: 0,
      usedCount: 0,
    });
    expect(clone.joinCode).not.toBe(g.joinCode);
    const courses = t.db.prepare('SELECT course_id FROM group_courses WHERE group_id = ? ORDER BY 1').pluck().all(clone.id);
    expect(courses).toEqual([1, 2]);
    const reg = t.must('kiosk-register', { name: 'Bo', email: 'bo@example.com', code: clone.joinCode });
    expect(reg.courses.map((c) => c.title)).toEqual(['Forklift', 'Safety']);
    expect(t.must('learners-list', { groupId: clone.id }).items[0]?.role).toBe('instructor');
  });

  it('refuses a taken name and a missing source, writing nothing', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Wave 1' });
    const before = snapshot(t.db);
    expect(t.call('groups-clone', { id: g.id, name: 'wave 1' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'name' },
    });
    expect(t.call('groups-clone', { id: 99, name: 'Other' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(snapshot(t.db)).toBe(before);
  });
});

describe('role on join', () => {
  it('the kiosk gives each joiner the group’s role', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Trainers', role: 'instructor' });
    t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: g.joinCode });
    t.must('groups-update', { id: g.id, role: 'manager' });
    t.must('kiosk-register', { name: 'Bo', email: 'bo@example.com', code: g.joinCode });
    const roles = t.must('learners-list', { groupId: g.id }).items.map((l) => [l.name, l.role]);
    expect(roles).toEqual([
      ['Bo', 'manager'],
      ['Ana', 'instructor'],
    ]);
    expect(t.call('groups-update', { id: g.id, role: 'superuser' as never })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'role' },
    });
  });
});

describe('code policy', () => {
  it('defaults to custom codes of 6 or more', () => {
    expect(makeCore().must('code-policy-get', {})).toEqual({ generatedOnly: false, minLength: 6 });
  });

  it('a minimum length refuses shorter custom codes', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'A' });
    expect(t.must('code-policy-update', { minLength: 10 })).toEqual({ generatedOnly: false, minLength: 10 });
    expect(t.call('join-code-update', { groupId: g.id, code: 'ABCD-2345' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'code', message: 'A join code needs at least 10 letters or digits.' },
    });
    expect(t.call('join-code-update', { groupId: g.id, code: 'ABCD-2345-67' }).ok).toBe(true);
  });

  it('generated-only turns custom codes off but still allows regenerating', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'A' });
    t.must('code-policy-update', { generatedOnly: true });
    expect(t.call('join-code-update', { groupId: g.id, code: 'ABCD-2345-6' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/Custom codes are turned off/) },
    });
    expect(t.call('join-code-regenerate', { groupId: g.id }).ok).toBe(true);
    expect(t.must('code-policy-get', {})).toEqual({ generatedOnly: true, minLength: 6 });
  });

  it('refuses a minimum outside 6–32', () => {
    const t = makeCore();
    expect(t.call('code-policy-update', { minLength: 5 })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'minLength' },
    });
    expect(t.call('code-policy-update', { minLength: 33 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('join-card-pdf', () => {
  it('leaves printing to the browser when the host cannot save files', async () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'A' });
    expect(await t.core.invoke('join-card-pdf', { groupId: g.id }, 'admin')).toEqual({
      ok: true,
      value: { handledBy: 'browser' },
    });
    expect(await t.core.invoke('join-card-pdf', { groupId: 77 }, 'admin')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('what the groups list shows of each code', () => {
  it('each group’s live code, used count and limit, as the group page shows them', () => {
    const t = makeCore();
    const a = t.must('groups-create', { name: 'A' });
    t.must('groups-create', { name: 'B' });
    t.must('join-code-settings', { groupId: a.id, maxUses: 30 });
    t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: a.joinCode });
    const regenerated = t.must('join-code-regenerate', { groupId: a.id });
    t.must('kiosk-register', { name: 'Bo', email: 'bo@example.com', code: regenerated.joinCode });
    const listed = t.must('groups-list', {}).items;
    expect(listed.map((g) => [g.name, g.usedCount, g.maxUses, g.memberCount])).toEqual([
      ['A', 1, 30, 2],
      ['B', 0, null, 0],
    ]);
    expect(listed[0]).toEqual(t.must('groups-get', { id: a.id }));
  });
});

describe('organisation name (printed on join cards)', () => {
  it('is one setting with the kiosk’s, cleaned like a name and at most 100 characters', () => {
    const t = makeCore();
    expect(t.must('kiosk-settings-get', {}).orgName).toBe('');
    expect(t.must('kiosk-settings-update', { orgName: '  Acme\u202E Logistics\u0007 ' }).orgName).toBe('Acme Logistics');
    const before = snapshot(t.db);
    expect(t.call('kiosk-settings-update', { orgName: 'x'.repeat(101) })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'orgName' },
    });
    expect(snapshot(t.db)).toBe(before);
    // Changing the name leaves the kiosk's other settings alone.
    t.must('kiosk-settings-update', { welcome: 'Hello', idleSeconds: 120 });
    expect(t.must('kiosk-settings-update', { orgName: 'Acme' })).toMatchObject({
      orgName: 'Acme',
      welcome: 'Hello',
      idleSeconds: 120,
    });
    expect(t.db.prepare('SELECT action FROM audit ORDER BY id DESC LIMIT 1').pluck().get()).toBe('kiosk-settings-changed');
  });
});
