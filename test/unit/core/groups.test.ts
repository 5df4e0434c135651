import { describe, expect, it } from 'vitest';
import { makeCore } from '../helpers';

describe('groups', () => {
  it('creates a group with a generated XXXX-XXXX code at once', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: '  Spring  Cohort ', description: ' New hires ' });
    expect(g).toMatchObject({
      name: 'Spring Cohort',
      description: 'New hires',
      role: 'learner',
      memberCount: 0,
      joinCodeGenerated: true,
      codeState: 'active',
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    expect(g.joinCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('refuses a second group with the same name in another case', () => {
    const t = makeCore();
    t.must('groups-create', { name: 'Warehouse' });
    expect(t.call('groups-create', { name: 'WAREHOUSE' })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'A group with this name already exists.',
        field: 'name',
        text: { id: 'group.nameTaken' },
      },
    });
  });

  it('lists by name, searches and pages in SQLite', () => {
    const t = makeCore();
    for (const name of ['Delta', 'alpha', 'Charlie', 'Bravo', 'Alpha Two', '50% off']) t.must('groups-create', { name });
    const all = t.must('groups-list', {});
    expect(all.total).toBe(6);
    expect(all.items.map((g) => g.name)).toEqual(['50% off', 'alpha', 'Alpha Two', 'Bravo', 'Charlie', 'Delta']);
    expect(t.must('groups-list', { search: 'ALPHA' }).items.map((g) => g.name)).toEqual(['alpha', 'Alpha Two']);
    expect(t.must('groups-list', { search: '%' }).items.map((g) => g.name)).toEqual(['50% off']);
    const page2 = t.must('groups-list', { limit: 2, offset: 2 });
    expect(page2).toMatchObject({ total: 6 });
    expect(page2.items.map((g) => g.name)).toEqual(['Alpha Two', 'Bravo']);
  });

  it('gets and updates a group; a missing one is not-found', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Ops' });
    expect(t.must('groups-get', { id: g.id })).toEqual(g);
    expect(t.must('groups-update', { id: g.id, name: 'Operations', description: 'Night shift' })).toMatchObject({
      name: 'Operations',
      description: 'Night shift',
      joinCode: g.joinCode,
    });
    expect(t.call('groups-get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(t.call('groups-update', { id: 999, name: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses renaming onto another group’s name', () => {
    const t = makeCore();
    t.must('groups-create', { name: 'Ops' });
    const b = t.must('groups-create', { name: 'Sales' });
    expect(t.call('groups-update', { id: b.id, name: 'ops' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'name' },
    });
    expect(t.must('groups-update', { id: b.id, name: 'SALES' }).name).toBe('SALES');
  });

  it('audits with ids and actions only', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Secret Project Phoenix' });
    const rows = t.db.prepare('SELECT actor, action, group_id AS groupId, learner_id AS learnerId FROM audit ORDER BY id').all();
    expect(rows).toEqual([
      { actor: 'admin', action: 'group-created', groupId: g.id, learnerId: null },
      { actor: 'admin', action: 'join-code-generated', groupId: g.id, learnerId: null },
    ]);
  });
});
