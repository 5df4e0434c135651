import { describe, expect, it } from 'vitest';
import { makeCore } from '../helpers';

describe('learners-list', () => {
  it('filters by group, searches name or email, pages newest first', () => {
    const t = makeCore();
    const a = t.must('groups-create', { name: 'A' });
    const b = t.must('groups-create', { name: 'B' });
    const people = [
      ['Ana Ruiz', 'ana@example.com', a],
      ['Bo Chen', 'bo@corp.example', a],
      ['Cy Diaz', 'cy@example.com', b],
    ] as const;
    people.forEach(([name, email, g], i) => {
      t.clock.set(`2026-03-0${i + 1}T10:00:00.000Z`);
      t.must('kiosk-register', { name, email, code: g.joinCode });
    });
    expect(t.must('learners-list', {}).items.map((l) => l.name)).toEqual(['Cy Diaz', 'Bo Chen', 'Ana Ruiz']);
    expect(t.must('learners-list', { groupId: a.id })).toMatchObject({ total: 2 });
    expect(t.must('learners-list', { search: 'CORP' }).items.map((l) => l.name)).toEqual(['Bo Chen']);
    expect(t.must('learners-list', { search: 'diaz' }).items.map((l) => l.groupName)).toEqual(['B']);
    expect(t.must('learners-list', { groupId: b.id, search: 'ana' })).toEqual({ items: [], total: 0 });
    const page = t.must('learners-list', { limit: 1, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.items.map((l) => l.name)).toEqual(['Bo Chen']);
  });
});
