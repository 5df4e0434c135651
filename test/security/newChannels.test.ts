import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/main/core/searchTerms';
import { rejectedRowsCsv } from '../../src/shared/rejectedRows';
import type { Learner } from '../../src/shared/types';
import { makeCore, snapshot, THROTTLE_TABLES } from '../unit/helpers';

const marker = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** A roster whose names carry FTS5's own syntax, so a query that leaks into it shows. */
function roster() {
  const t = makeCore();
  const g = t.must('groups-create', { name: 'Everyone' });
  const people: [string, string][] = [
    ['Ana "Quote" NEAR', 'ana@example.com'],
    ['Bob * ^ OR', 'bob@example.com'],
    ['Chloé doc: AND', 'chloe@example.org'],
    ['Dana (Paren) NOT', 'dana@example.net'],
  ];
  const learners = people.map(([name, email]) => t.must('learners-add', { name, email, groupId: g.id }));
  return { t, g, learners };
}

/** What a search must find: every learner whose folded name or email holds every word typed. */
const expected = (learners: Learner[], search: string) => {
  const words = fold(search)
    .split(/[\s\p{Cc}]+/u)
    .filter(Boolean);
  return learners
    .filter((l) => words.every((w) => fold(l.name).includes(w) || fold(l.email).includes(w)))
    .map((l) => l.id)
    .sort();
};

describe('learners-list search: typed text is only ever text', () => {
  const queries = [
    '"',
    '""',
    '"quote"',
    'a"',
    'NEAR(ana bob)',
    'near',
    'doc:ana',
    'doc:',
    '{doc}:ana',
    '*',
    'an*',
    '^an',
    'ana OR bob',
    ' OR ',
    '-ana',
    'AND',
    'NOT dana',
    '(paren)',
    ')',
    '" OR "a',
    "'",
    '\\',
    '%',
    '_',
    'x'.repeat(200),
    '\uFDFA'.repeat(100),
    '\uFB00'.repeat(200),
  ];
  it.each(queries)('%j finds exactly the learners holding its words', (search) => {
    const { t, learners } = roster();
    const page = t.must('learners-list', { search, limit: 500 });
    expect(page.items.map((l) => l.id).sort()).toEqual(expected(learners, search));
  });

  // A control character inside a word reached FTS5 inside a phrase, where a NUL ends the query
  // text early: an unterminated phrase, a syntax error, and "Something went wrong".
  it.each(['ana\u0000bob', 'bob\u0000', 'ana\u0001example', 'exa\u0000mple bob'])(
    '%j: a control character is a word break, not a failure',
    (search) => {
      const { t, learners } = roster();
      const result = t.call('learners-list', { search, limit: 500 });
      expect(result).toMatchObject({ ok: true });
      if (result.ok) expect(result.value.items.map((l) => l.id).sort()).toEqual(expected(learners, search));
    },
  );

  it('a lone surrogate and text no name can hold find nobody, and fail nothing', () => {
    const { t } = roster();
    for (const search of ['\uD800abc', 'abc\uDFFF', '\uFFFF\uFFFE\uFFFD']) {
      expect(t.call('learners-list', { search })).toMatchObject({ ok: true, value: { items: [], total: 0 } });
    }
  });
});

describe('learners-list page markers and jumps', () => {
  it('a forged marker is refused as one, whatever it holds', () => {
    const { t } = roster();
    for (const after of [
      'x',
      marker(null),
      marker({ key: null }),
      marker({ key: [{}, 1] }),
      marker({ key: [1e300, 1] }),
      marker({ key: [1, 2, 3] }),
      marker({ key: ['a', 1], kind: 'wide' }),
    ]) {
      expect(t.call('learners-list', { after })).toMatchObject({ ok: false, error: { code: 'validation', field: 'after' } });
    }
    expect(t.call('learners-list', { after: 'A'.repeat(2001) })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('a jump far past the end answers an empty page, or past what a search lists is refused', () => {
    const { t, g } = roster();
    const far = Number.MAX_SAFE_INTEGER;
    for (const input of [{ offset: far }, { offset: far, groupId: g.id }]) {
      expect(t.call('learners-list', input)).toMatchObject({ ok: true, value: { items: [], next: null } });
    }
    for (const input of [
      { offset: far, search: 'ana' },
      { offset: far, search: 'a' },
    ]) {
      expect(t.call('learners-list', input)).toMatchObject({ ok: false, error: { code: 'validation', field: 'offset' } });
    }
    expect(t.call('learners-list', { offset: 2 ** 63 })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'offset' },
    });
  });
});

describe('learners-update and learners-merge', () => {
  it('an email taken by another learner is refused in any case, and nothing changes', () => {
    const { t, learners } = roster();
    const [ana, bob] = learners as [Learner, Learner];
    const before = snapshot(t.db);
    for (const email of ['ANA@example.com', ' ana@EXAMPLE.COM ', 'Ana@Example.Com']) {
      expect(t.call('learners-update', { id: bob.id, email })).toMatchObject({
        ok: false,
        error: { code: 'conflict', field: 'email' },
      });
    }
    // Look-alike letters are not an email address at all (the address rule is ASCII).
    expect(t.call('learners-update', { id: bob.id, email: '\u0430na@example.com' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'email' },
    });
    expect(snapshot(t.db)).toBe(before);
    // Their own address in another case is theirs to write.
    expect(t.must('learners-update', { id: ana.id, email: 'ANA@example.com' }).email).toBe('ANA@example.com');
  });

  it('bidi overrides and controls never reach a stored name', () => {
    const { t, learners } = roster();
    const edited = t.must('learners-update', { id: learners[0]!.id, name: '\u202Enimda\u2066 \u0000Ana\u200F' });
    expect(edited.name).toBe('nimda Ana');
  });

  it('a learner is never merged into itself', () => {
    const { t, learners } = roster();
    const before = snapshot(t.db);
    expect(t.call('learners-merge', { keepId: learners[0]!.id, mergeId: learners[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'mergeId' },
    });
    expect(snapshot(t.db)).toBe(before);
  });
});

describe('join-code-restore takes only the group’s own codes', () => {
  it('another group’s retired or live code is refused, and nothing is written', () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Morning' });
    const h = t.must('groups-create', { name: 'Evening' });
    const retired = g.joinCode;
    const live = t.must('join-code-regenerate', { groupId: g.id }).joinCode;
    const before = snapshot(t.db);
    for (const code of [retired, retired.toLowerCase(), live]) {
      expect(t.call('join-code-restore', { groupId: h.id, code })).toMatchObject({
        ok: false,
        error: { code: 'conflict', field: 'code' },
      });
    }
    expect(snapshot(t.db)).toBe(before);
  });
});

describe('kiosk sign-ups that share a commit', () => {
  it('an admin channel sent with them is refused; a failing one spoils none of the others', async () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Morning' });
    const taken = t.must('learners-add', { name: 'Ana Ruiz', email: 'ana@example.com', groupId: g.id });
    const send = (kioskId: string, channel: string, input: unknown) => t.core.invoke(channel, input, 'kiosk', { kioskId });
    const answers = await Promise.all([
      send('phone-1', 'kiosk-register', { name: 'Pat One', email: 'p1@example.com', code: g.joinCode }),
      send('phone-2', 'kiosk-register', { name: 'Pat Two', email: 'ANA@example.com', code: g.joinCode }),
      send('phone-3', 'kiosk-register', { name: 'Pat Three', email: 'p3@example.com', code: 'QQQQ-QQQQ' }),
      send('phone-4', 'learners-update', { id: taken.id, name: 'Changed By Kiosk' }),
      send('phone-5', 'learners-merge', { keepId: taken.id, mergeId: 1 + taken.id }),
      send('phone-6', 'kiosk-register', { name: 'Pat Six', email: 'p6@example.com', code: g.joinCode, groupId: g.id }),
      send('phone-7', 'kiosk-register', { name: 'Pat Seven', email: 'p7@example.com', code: g.joinCode }),
    ]);
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual([
      'ok',
      'email-registered',
      'code-unknown',
      'forbidden',
      'forbidden',
      'validation',
      'ok',
    ]);
    expect(t.db.inTransaction).toBe(false);
    expect(t.db.prepare('SELECT name FROM learners ORDER BY id').pluck().all()).toEqual(['Ana Ruiz', 'Pat One', 'Pat Seven']);
    // The failures are counted, and nothing typed is kept with them.
    const attempts = JSON.stringify(t.db.prepare('SELECT * FROM kiosk_attempts').all());
    expect(attempts).toMatch(/email-registered/);
    expect(attempts).not.toMatch(/pat|example|QQQQ/i);
    const audit = t.must('export-csv', { kind: 'audit' }).content;
    // The learners who signed up are named (their own entries); the failures name nobody.
    expect(audit).not.toMatch(/pat two|pat three|p[23]@|QQQQ/i);
  });

  it('a flood of failures from many phones adds to counts, not rows', async () => {
    const t = makeCore();
    const g = t.must('groups-create', { name: 'Paused' });
    t.must('join-code-settings', { groupId: g.id, enabled: false });
    for (let i = 0; i < 600; i++) {
      await t.core.invoke('kiosk-register', { name: `Secret ${i}`, email: `s${i}@example.com`, code: g.joinCode }, 'kiosk', {
        kioskId: `phone-${i}`,
      });
      t.clock.advance(50);
    }
    // 30 seconds of attempts: one row per minute and kind, whatever the number of phones.
    expect(t.db.prepare('SELECT count(*) FROM kiosk_attempts').pluck().get()).toBeLessThanOrEqual(2);
    expect(JSON.stringify(THROTTLE_TABLES.map((table) => t.db.prepare(`SELECT * FROM ${table}`).all()))).not.toMatch(/secret/i);
  });
});

describe('the rejected-rows download', () => {
  it('no cell of it, header, typed text or reason, starts a formula', () => {
    const t = makeCore();
    t.must('groups-create', { name: 'Morning' });
    // Header aliases are read without punctuation: `=name` is the name column, `@group` the group.
    const csv = [
      '=name,e-mail,@group,@cmd',
      '=1+1,a@example.com,=Morning,+x',
      '-2,not-an-email,Morning,\t=3',
      '"\r=4",b@example.com,"=HYPERLINK(""http://e"")",x',
    ].join('\n');
    const summary = t.must('learners-import-commit', { csv, existing: 'skip', overLimit: 'fit' });
    expect(summary.rejected.map((r) => r.line)).toEqual([2, 3, 4]);
    const cells = Papa.parse<string[]>(rejectedRowsCsv(summary).replace(/^\uFEFF/, '')).data.flat();
    expect(cells).toContain('\'=HYPERLINK("http://e")');
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});
