import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../src/shared/contract';
import type { Channel } from '../../../src/shared/contract';
import { makeCore, snapshot } from '../helpers';

const MB = 'x'.repeat(1024 * 1024);

/** A valid input per channel, so each malformed variant differs from something that would work. */
const VALID: Record<Channel, Record<string, unknown>> = {
  'groups-create': { name: 'New group' },
  'groups-list': {},
  'groups-get': { id: 1 },
  'groups-update': { id: 1, name: 'Renamed' },
  'join-code-update': { groupId: 1, code: 'FRESH-CODE-1' },
  'join-code-regenerate': { groupId: 1 },
  'join-code-restore': { groupId: 1, code: 'SEED-CODE' },
  'join-code-settings': { groupId: 1, enabled: false },
  'join-code-history': { groupId: 1 },
  'join-card-pdf': { groupId: 1 },
  'code-policy-get': {},
  'code-policy-update': { minLength: 8 },
  'groups-clone': { id: 1, name: 'Copy' },
  'learners-list': { groupId: 1 },
  'learners-get': { id: 1 },
  'learners-add': { name: 'Bo', email: 'bo@example.com', groupId: 1 },
  'learners-reassign': { learnerId: 1, groupId: 1 },
  'learners-remove': { learnerId: 1 },
  'learners-erase': { learnerId: 1 },
  'learners-export': { learnerId: 1 },
  'learners-update': { id: 1, name: 'Bo' },
  'learners-merge': { keepId: 1, mergeId: 2 },
  'learners-import-preview': { csv: 'name,email,group\nA,a@example.com,Seed\n' },
  'learners-import-commit': { csv: 'name,email,group\nA,a@example.com,Seed\n', existing: 'skip', overLimit: 'fit' },
  'learners-import-progress': {},
  'courses-create': { title: 'Safety' },
  'courses-list': {},
  'courses-update': { id: 1, title: 'Safety 2' },
  'group-courses-set': { groupId: 1, courseIds: [] },
  'course-groups-set': { courseId: 1, groupIds: [] },
  'progress-set': { learnerId: 1, courseId: 1, status: 'started' },
  'progress-set-many': { learnerIds: [1], courseId: 1, status: 'started' },
  'progress-group': { groupId: 1 },
  'reports-dashboard': {},
  'export-csv': { kind: 'groups' },
  'audit-list': {},
  'backup-list': {},
  'backup-create': {},
  'backup-restore': { name: 'joindesk-20260301T090000Z.db' },
  'backup-save-copy': { name: 'joindesk-20260301T090000Z.db' },
  'backup-import-file': {},
  'backup-settings-get': {},
  'backup-settings-update': { keep: 7 },
  'language-settings-get': {},
  'language-settings-update': { language: 'ar' },
  'backup-auto-run': {},
  'kiosk-open': {},
  'session-link': { audience: 'kiosk' },
  'network-status': {},
  'network-set': { enabled: false, address: '127.0.0.2', port: 5184, phonesAllowed: true },
  'group-room-link': { groupId: 1 },
  'group-live': { groupId: 1 },
  'stations-list': {},
  'station-pair-start': { name: 'Front desk tablet' },
  'station-remove': { id: 1 },
  'kiosk-register': { name: 'Ana', email: 'ana@example.com', code: 'SEED-CODE' },
  'kiosk-status': {},
  'kiosk-overview': {},
  'kiosk-exit': { pin: '123456' },
  'kiosk-unlock': { pin: '123456' },
  'kiosk-settings-get': {},
  'kiosk-settings-update': { orgName: 'Acme' },
  'admin-pin-set': { pin: '123456' },
};

function malformed(valid: Record<string, unknown>): [string, unknown][] {
  const keys = Object.keys(valid);
  const out: [string, unknown][] = [
    ['null', null],
    ['a string', 'groups'],
    ['an array', [valid]],
    ['a number', 7],
    ['an extra field', { ...valid, extra: 1 }],
    ['a __proto__ key', JSON.parse(`{"__proto__": {"polluted": true}${keys.length ? ',' : ''}${JSON.stringify(valid).slice(1)}`)],
    ['a constructor key', { ...valid, constructor: { prototype: { polluted: true } } }],
  ];
  for (const k of keys) {
    const { [k]: _, ...rest } = valid;
    out.push([`missing ${k}`, rest]);
    out.push([`${k} of the wrong type`, { ...valid, [k]: typeof valid[k] === 'string' ? 42 : 'forty-two' }]);
    out.push([`${k} as 1 MB`, { ...valid, [k]: MB }]);
    out.push([`${k} as an object`, { ...valid, [k]: { $gt: '' } }]);
  }
  return out;
}

describe('every channel validates its input in main', () => {
  it('has a valid example for every channel', () => {
    expect(Object.keys(VALID).sort()).toEqual([...CHANNELS].sort());
  });

  for (const channel of CHANNELS) {
    describe(channel, () => {
      const cases = malformed(VALID[channel]).filter(([label, input]) => {
        // `missing x` is fine where x is optional in the contract.
        return !(label.startsWith('missing') && contract[channel].input.safeParse(input).success);
      });
      it.each(cases)('%s → validation, nothing written', async (_label, input) => {
        const t = makeCore();
        t.db.prepare("INSERT INTO settings (key, value) VALUES ('seed', '1')").run();
        const seeded = t.must('groups-create', { name: 'Seed' });
        t.must('join-code-update', { groupId: seeded.id, code: 'SEED-CODE' });
        const before = snapshot(t.db);
        const result = await t.core.invoke(channel, input, 'admin');
        expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: expect.any(String) } });
        expect(snapshot(t.db)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    });
  }

  it('an unknown channel is not-found', async () => {
    const t = makeCore();
    expect(await t.core.invoke('groups-drop', {}, 'admin')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await t.core.invoke('__proto__', {}, 'admin')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
