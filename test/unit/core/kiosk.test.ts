import { describe, expect, it } from 'vitest';
import { KIOSK_MESSAGES } from '../../../src/shared/result';
import { textOf } from '../../../src/shared/text';
import { makeCore, snapshot, THROTTLE_TABLES } from '../helpers';

function setup() {
  const t = makeCore();
  const group = t.must('groups-create', { name: 'Spring Cohort' });
  return { t, group };
}

describe('kiosk-register', () => {
  it('puts the learner in the group with its role, source and code, and says where they landed', () => {
    const { t, group } = setup();
    t.db.prepare("INSERT INTO courses (id, title, created_at) VALUES (1, 'Safety basics', 'x'), (2, 'Archived', 'x')").run();
    t.db.prepare("UPDATE courses SET archived_at = 'x' WHERE id = 2").run();
    t.db.prepare('INSERT INTO group_courses (group_id, course_id) VALUES (?, 1), (?, 2)').run(group.id, group.id);
    const typed = ` ${group.joinCode.toLowerCase().replace('-', ' ')} `;
    const reg = t.must('kiosk-register', { name: ' Ana  Ruiz ', email: 'Ana.Ruiz@Example.com', code: typed });
    expect(reg).toEqual({
      learnerId: expect.any(Number),
      groupName: 'Spring Cohort',
      courses: [{ id: 1, title: 'Safety basics' }],
      maskedEmail: 'A•••@Example.com',
    });
    const [learner] = t.must('learners-list', { groupId: group.id }).items;
    expect(learner).toMatchObject({ name: 'Ana Ruiz', email: 'Ana.Ruiz@Example.com', role: 'learner', source: 'kiosk' });
    expect(t.must('groups-get', { id: group.id })).toMatchObject({ memberCount: 1, usedCount: 1 });
    expect(t.db.prepare('SELECT actor, action FROM audit ORDER BY id DESC LIMIT 1').get()).toEqual({
      actor: 'kiosk',
      action: 'learner-registered',
    });
  });

  it('matches a full-width code', () => {
    const { t, group } = setup();
    const fullWidth = [...group.joinCode].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join('');
    expect(t.must('kiosk-register', { name: 'Li', email: 'li@example.com', code: fullWidth }).groupName).toBe('Spring Cohort');
  });

  const cases: [string, (t: ReturnType<typeof setup>) => { code: string; email?: string }, string, string][] = [
    ['code-unknown', () => ({ code: 'ZZZZ-ZZZZ' }), KIOSK_MESSAGES['code-unknown'], 'code'],
    [
      'code-retired',
      ({ t, group }) => {
        t.must('join-code-regenerate', { groupId: group.id });
        return { code: group.joinCode };
      },
      KIOSK_MESSAGES['code-retired'],
      'code',
    ],
    [
      'code-disabled',
      ({ t, group }) => {
        t.must('join-code-settings', { groupId: group.id, enabled: false });
        return { code: group.joinCode };
      },
      KIOSK_MESSAGES['code-disabled'],
      'code',
    ],
    [
      'code-not-yet-valid',
      ({ t, group }) => {
        t.must('join-code-settings', { groupId: group.id, validFrom: '2026-03-05T09:30:00Z' });
        return { code: group.joinCode };
      },
      'Sign-up with this code opens on ',
      'code',
    ],
    [
      'code-expired',
      ({ t, group }) => {
        t.must('join-code-settings', { groupId: group.id, validUntil: '2026-02-20T17:00:00Z' });
        return { code: group.joinCode };
      },
      'Sign-up with this code closed on ',
      'code',
    ],
    [
      'group-full',
      ({ t, group }) => {
        t.must('join-code-settings', { groupId: group.id, maxUses: 1 });
        t.must('kiosk-register', { name: 'First', email: 'first@example.com', code: group.joinCode });
        return { code: group.joinCode };
      },
      KIOSK_MESSAGES['group-full'],
      'code',
    ],
    [
      'email-registered',
      ({ t, group }) => {
        t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: group.joinCode });
        return { code: group.joinCode, email: 'ANA@example.com' };
      },
      KIOSK_MESSAGES['email-registered'],
      'email',
    ],
  ];

  it.each(cases)(
    '%s: says why, on the right field, and writes nothing but the throttle count',
    (code, arrange, message, field) => {
      const s = setup();
      const input = arrange(s);
      const before = snapshot(s.t.db, THROTTLE_TABLES);
      const failuresBefore = s.t.db.prepare('SELECT count(*) FROM kiosk_failures').pluck().get();
      const result = s.t.call('kiosk-register', { name: 'Bo Chen', email: input.email ?? 'bo@example.com', code: input.code });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({ code, field });
      expect(result.error.message.startsWith(message)).toBe(true);
      expect(snapshot(s.t.db, THROTTLE_TABLES)).toBe(before);
      // Answers that would let anyone probe codes or emails count towards the throttle; expired, full,
      // paused and the rest do not.
      const counted =
        (s.t.db.prepare('SELECT count(*) FROM kiosk_failures').pluck().get() as number) - (failuresBefore as number);
      expect(counted).toBe(['code-unknown', 'code-retired', 'email-registered'].includes(code) ? 1 : 0);
    },
  );

  it('names the date a scheduled code opens', () => {
    const { t, group } = setup();
    t.must('join-code-settings', { groupId: group.id, validFrom: '2026-03-05T09:30:00Z' });
    const result = t.call('kiosk-register', { name: 'Bo', email: 'bo@example.com', code: group.joinCode });
    expect(!result.ok && result.error.message).toMatch(/opens on .*March 2026/);
  });

  it('never says which group an already-registered email is in', () => {
    const { t, group } = setup();
    t.must('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: group.joinCode });
    const result = t.call('kiosk-register', { name: 'Ana', email: 'ana@example.com', code: group.joinCode });
    expect(JSON.stringify(result)).not.toContain('Spring');
  });

  it.each([
    [{ name: '', email: 'a@example.com', code: 'ABCD-1234' }, 'name', 'Enter your full name.'],
    [{ name: 'Ana', email: 'not-an-email', code: 'ABCD-1234' }, 'email', 'Enter a valid email address, like name@example.com.'],
    [
      { name: 'Ana', email: 'a@example.com', code: 'АВСD-1234' },
      'code',
      'Join codes use only the letters A–Z and the digits 0–9.',
    ],
    [{ name: 'Ana', email: 'a@example.com', code: '' }, 'code', 'Enter a join code.'],
  ])('validation: %j → %s', (input, field, message) => {
    const { t } = setup();
    // The schema's words, and their id, so an admin screen can say them in its own language.
    const text = textOf(message);
    expect(text).toBeDefined();
    expect(t.call('kiosk-register', input)).toEqual({ ok: false, error: { code: 'validation', field, message, text } });
  });

  it('the kiosk may call kiosk-register but no admin channel', () => {
    const { t, group } = setup();
    expect(t.call('groups-list', {}, 'kiosk')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.call('join-code-regenerate', { groupId: group.id }, 'kiosk')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(t.call('kiosk-register', { name: 'A', email: 'a@example.com', code: group.joinCode }, 'kiosk').ok).toBe(true);
  });
});
