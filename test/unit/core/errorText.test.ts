import { describe, expect, it, vi } from 'vitest';
import type { Audience, Channel } from '../../../src/shared/contract';
import type { AppErrorData } from '../../../src/shared/result';
import { KIOSK_MESSAGES, throttledMessage } from '../../../src/shared/result';
import { englishText, TEXT } from '../../../src/shared/text';
import { makeCore } from '../helpers';
import { craftedBackup, restore } from './backupHelpers';

/**
 * Every sentence main says to a person travels as an id and values (`error.text`), so the admin's
 * screen can say it in the admin's language; `message` is the same sentence in English.
 */
function expectWorded(error: AppErrorData | undefined, id: string, values?: Record<string, string | number>) {
  expect(error?.text, error?.message).toBeDefined();
  expect(error!.text!.id).toBe(id);
  if (values) expect(error!.text!.values).toEqual(values);
  expect(englishText(error!.text!)).toBe(error!.message);
}

const failed = (r: { ok: boolean; error?: AppErrorData }) => (r.ok ? undefined : r.error);

describe('errors from the core carry their sentence as an id, worded in English as `message`', () => {
  it('a group name already taken', () => {
    const t = makeCore();
    t.must('groups-create', { name: 'Warehouse' });
    expectWorded(failed(t.call('groups-create', { name: 'warehouse' })), 'group.nameTaken');
  });

  it('an email registered in another group names that group as a value', () => {
    const t = makeCore();
    const a = t.must('groups-create', { name: 'Spring Cohort' });
    const b = t.must('groups-create', { name: 'Night Shift' });
    t.must('learners-add', { name: 'Ana', email: 'ana@example.com', groupId: a.id });
    const error = failed(t.call('learners-add', { name: 'Ana B', email: 'ANA@example.com', groupId: b.id }));
    expectWorded(error, 'learner.emailTaken', { group: 'Spring Cohort' });
    expect(error!.message).toBe('This email is already registered, in Spring Cohort. Reassign that learner instead.');
  });

  it('a restore refused for a setting JoinDesk never writes: the whole sentence is one id', async () => {
    const t = makeCore();
    const name = await craftedBackup(t, (db) => db.prepare("INSERT INTO settings (key, value) VALUES ('planted', '1')").run());
    const error = failed(restore(t, name));
    expectWorded(error, 'restore.invalid.setting', { key: 'planted' });
    expect(error!.message).toBe(
      'That file is not a JoinDesk backup as made: it holds a setting "planted" JoinDesk never writes.',
    );
  });

  it('a restore refused for a table JoinDesk never made', async () => {
    const t = makeCore();
    const name = await craftedBackup(t, (db) => db.exec('CREATE TABLE extra (x)'));
    expectWorded(failed(restore(t, name)), 'restore.schemaExtra', { type: 'table', name: 'extra' });
  });

  it('each problem row of an import preview has its reason as an id beside its English', () => {
    const t = makeCore();
    t.must('groups-create', { name: 'Spring Cohort' });
    const csv = [
      'name,email,group',
      'Bo,bo@example.com,Spring Cohort',
      'Dee,dee@example.com,Atlantis',
      ',x@example.com,Spring Cohort',
      'Cy,BO@example.com,Spring Cohort',
    ];
    const { errors } = t.must('learners-import-preview', { csv: csv.join('\n') });
    expect(errors.map((e) => e.reasonText.id)).toEqual([
      'import.row.noGroupNamed',
      'import.row.nameEmpty',
      'import.row.duplicate',
    ]);
    for (const e of errors) expect(englishText(e.reasonText)).toBe(e.message);
    expect(errors[0]!.reasonText.values).toEqual({ group: 'Atlantis' });
    expect(errors[2]!.reasonText.values).toEqual({ line: 2 });
  });

  it('a file over a group’s maximum names every group in a list each language can order', () => {
    const t = makeCore();
    for (const name of ['A', 'B', 'C']) {
      const g = t.must('groups-create', { name });
      t.must('join-code-settings', { groupId: g.id, maxUses: 1 });
    }
    const csv = [
      'name,email,group',
      ...['A', 'B', 'C'].flatMap((g) => [1, 2].map((i) => `P${g}${i},p${g}${i}@example.com,${g}`)),
    ];
    const error = failed(t.call('learners-import-commit', { csv: csv.join('\n'), existing: 'skip' }));
    expectWorded(error, 'import.overLimit', { count: 3, others: 'A, B', last: 'C' });
    expect(error!.message).toMatch(/^This file would take A, B and C past their maximum\. /);
  });

  it('a full disk is named for the admin, and plainly at the kiosk', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Wave' });
    t.db.pragma(`max_page_count = ${t.db.pragma('page_count', { simple: true }) as number}`);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const errors: AppErrorData[] = [];
    const big = 'x'.repeat(100);
    for (let i = 0; i < 200 && errors.length === 0; i++) {
      const r = t.call('groups-create', { name: `Group ${i} ${big}` });
      if (!r.ok) errors.push(r.error);
    }
    for (let i = 0; i < 200 && errors.length === 1; i++) {
      const r = t.call('kiosk-register', { name: `L ${i} ${big}`, email: `l${i}@example.com`, code: g.joinCode });
      if (!r.ok) errors.push(r.error);
    }
    log.mockRestore();
    expect(errors.map((e) => e.code)).toEqual(['disk-full', 'disk-full']);
    expectWorded(errors[0], 'failure.diskFull');
    expectWorded(errors[1], 'failure.kiosk');
  });

  it('say word for word what the kiosk’s and the throttle’s English said before', () => {
    const ids = {
      'code-unknown': 'signup.codeUnknown',
      'code-retired': 'signup.codeRetired',
      'code-disabled': 'signup.codeDisabled',
      'group-full': 'signup.groupFull',
      'email-registered': 'signup.emailRegistered',
      'kiosk-locked': 'signup.kioskLocked',
    } as const;
    for (const [code, id] of Object.entries(ids))
      expect(englishText({ id }), code).toBe(KIOSK_MESSAGES[code as keyof typeof ids]);
    for (const seconds of [1, 2, 59, 3600, 86_400])
      expect(englishText({ id: 'attempts.throttled', values: { seconds } })).toBe(throttledMessage(seconds));
    const at = new Date(2099, 0, 1, 9, 5);
    expect(englishText({ id: 'signup.notYetOpen', values: { at: at.getTime() } })).toBe(
      `Sign-up with this code opens on ${at.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}.`,
    );
  });
});

describe('a sweep of refused calls: every answer says its sentence as an id', () => {
  // Calls that fail for a reason main words (the input is well formed), on a core with one of each thing.
  const CALLS: [Channel, Record<string, unknown>, Audience?][] = [
    ['groups-get', { id: 999 }],
    ['groups-update', { id: 999, name: 'Renamed' }],
    ['groups-clone', { id: 1, name: 'Seed' }],
    ['join-code-update', { groupId: 1, code: 'ab' }],
    ['join-code-restore', { groupId: 1, code: 'NEVER-USED' }],
    ['join-code-settings', { groupId: 1, validFrom: '2026-05-01T00:00:00.000Z', validUntil: '2026-04-01T00:00:00.000Z' }],
    ['learners-get', { id: 999 }],
    ['learners-add', { name: 'Twin', email: 'seed@example.com', groupId: 1 }],
    ['learners-reassign', { learnerId: 1, groupId: 1 }],
    ['learners-update', { id: 1, email: 'other@example.com' }],
    ['learners-merge', { keepId: 1, mergeId: 999 }],
    ['learners-list', { groupId: 1, after: 'bm90IGEgbWFya2Vy' }],
    ['learners-import-preview', { csv: 'Nom,Courriel\nA,b' }],
    ['learners-import-preview', { csv: '   ' }],
    ['courses-update', { id: 999, title: 'Nope' }],
    ['group-courses-set', { groupId: 1, courseIds: [999] }],
    ['course-groups-set', { courseId: 1, groupIds: [999] }],
    ['progress-set', { learnerId: 1, courseId: 999, status: 'started' }],
    ['progress-set', { learnerId: 1, courseId: 1, status: 'completed', completedOn: '2099-01-01' }],
    ['backup-restore', { name: 'joindesk-20260101T000000Z.db' }],
    ['backup-save-copy', { name: 'joindesk-20260101T000000Z.db' }],
    ['kiosk-open', {}],
    ['session-link', { audience: 'kiosk' }],
    ['network-set', { enabled: true, port: 5184 }],
    ['group-room-link', { groupId: 999 }],
    ['group-live', { groupId: 999 }],
    ['station-pair-start', { name: 'Tablet' }],
    ['station-remove', { id: 999 }],
    ['kiosk-settings-update', { languages: ['en'], defaultLanguage: 'fr' }],
    ['kiosk-register', { name: 'Ana', email: 'ana@example.com', code: 'ZZZZ-ZZZZ' }, 'kiosk'],
    ['kiosk-register', { name: 'Ana', email: 'seed@example.com', code: 'SEED-CODE' }, 'kiosk'],
    ['groups-list', {}, 'kiosk'],
  ];

  it('with its English as `message`, for every id there is', async () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Seed' });
    t.must('join-code-update', { groupId: g.id, code: 'SEED-CODE' });
    t.must('learners-add', { name: 'Seed', email: 'seed@example.com', groupId: g.id });
    t.must('learners-add', { name: 'Other', email: 'other@example.com', groupId: g.id });
    t.must('courses-create', { title: 'Safety' });
    t.must('group-courses-set', { groupId: g.id, courseIds: [1] });
    const seen = new Set<string>();
    for (const [channel, input, audience] of CALLS) {
      const result = await t.core.call(channel, input as never, audience ?? 'admin', { kioskId: 'test-kiosk' });
      expect(result.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
      const error = failed(result as { ok: boolean; error?: AppErrorData });
      expect(error?.text, `${channel}: ${error?.message}`).toBeDefined();
      expect(Object.keys(TEXT)).toContain(error!.text!.id);
      expect(englishText(error!.text!), channel).toBe(error!.message);
      seen.add(error!.text!.id);
    }
    // With an admin PIN set, guesses at it are refused in words too.
    t.must('admin-pin-set', { pin: '123456' });
    for (const [channel, input] of [
      ['admin-pin-set', { pin: '654321' }],
      ['admin-pin-set', { pin: '654321', currentPin: '000000' }],
      ['kiosk-unlock', { pin: '000000' }],
    ] as const) {
      const error = failed(t.call(channel, input));
      expect(error?.text, `${channel}: ${error?.message}`).toBeDefined();
      expect(englishText(error!.text!)).toBe(error!.message);
      seen.add(error!.text!.id);
    }
    const unknown = await t.core.invoke('no-such-channel', {}, 'admin');
    expect(unknown.ok ? undefined : unknown.error.text?.id).toBe('request.unknownChannel');
    // Each call above fails its own way: the sweep covers many sentences, not one many times.
    expect(seen.size).toBeGreaterThan(25);
  });
});
