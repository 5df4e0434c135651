import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src/main/core/context';
import { SEARCH_COUNT_CAP, WALK_WINDOW } from '../../../src/main/core/roster';
import { fold, holdsEvery, indexLearner, searchPlan } from '../../../src/main/core/searchTerms';
import type { Input } from '../../../src/shared/contract';
import { LEARNER_SORTS } from '../../../src/shared/types';
import type { LearnerPage } from '../../../src/shared/types';
import { makeCore, tempDir } from '../helpers';
import type { TestCore } from '../helpers';

type ListInput = Input<'learners-list'>;

const names = (page: LearnerPage) => page.items.map((l) => l.name);

function people(t: TestCore, list: [string, string][]) {
  const g = t.must('groups-create', { name: 'Everyone' });
  for (const [name, email] of list) t.must('learners-add', { name, email, groupId: g.id });
  return g;
}

/** Learners written straight to the tables (with their index entries), for sizes past the count cap. */
function bulk(t: TestCore, count: number, make: (i: number) => { name: string; group: number; at: string; email?: string }) {
  const ctx = { db: t.db } as Ctx;
  const insert = t.db.prepare(
    "INSERT INTO learners (name, email, email_key, group_id, role, source, registered_at) VALUES (?, ?, ?, ?, 'learner', 'bulk', ?)",
  );
  t.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const { name, group, at, email = `bulk${i}@example.com` } = make(i);
      const id = Number(insert.run(name, email, email, group, at).lastInsertRowid);
      indexLearner(ctx, id, name, email);
    }
  })();
}

/** Every row of a query, page after page by marker. */
function byMarker(t: TestCore, input: ListInput, limit: number): LearnerPage['items'] {
  const rows: LearnerPage['items'] = [];
  let page = t.must('learners-list', { ...input, limit });
  rows.push(...page.items);
  for (let guard = 0; page.next && guard < 10_000; guard++) {
    page = t.must('learners-list', { ...input, limit, after: page.next, count: false });
    expect(page.total).toBeUndefined();
    rows.push(...page.items);
  }
  return rows;
}

const ORDER_SQL = {
  registeredAt: 'l.registered_at {d}, l.id {d}',
  name: 'l.name COLLATE NOCASE {d}, l.id {d}',
  email: 'l.email_key {d}, l.id {d}',
  group: 'g.name_key {d}, l.registered_at {d}, l.id {d}',
} as const;

/**
 * The rows a query must give, straight from SQL: every learner whose name or email holds each word,
 * in order — among the `newest` learners (of the group, if any) who registered last, when given.
 */
function expected(t: TestCore, input: ListInput, newest?: number): number[] {
  const words = fold(input.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const sort = input.groupId !== undefined && input.sort === 'group' ? 'registeredAt' : (input.sort ?? 'registeredAt');
  const dir = input.direction ?? (input.sort === undefined || input.sort === 'registeredAt' ? 'desc' : 'asc');
  const rows = t.db
    .prepare(
      `SELECT l.id, l.name, l.email, l.group_id AS groupId FROM learners l JOIN groups g ON g.id = l.group_id
       ORDER BY ${ORDER_SQL[sort].replaceAll('{d}', dir)}`,
    )
    .all() as { id: number; name: string; email: string; groupId: number }[];
  const recent = new Set(
    t.db
      .prepare('SELECT id FROM learners WHERE ? IS NULL OR group_id = ? ORDER BY registered_at DESC, id DESC LIMIT ?')
      .pluck()
      .all(input.groupId ?? null, input.groupId ?? null, newest ?? -1) as number[],
  );
  return rows
    .filter((r) => input.groupId === undefined || r.groupId === input.groupId)
    .filter((r) => newest === undefined || recent.has(r.id))
    .filter((r) => words.every((w) => fold(`${r.name}\n${r.email}`).includes(w)))
    .map((r) => r.id);
}

describe('search finds people', () => {
  const list: [string, string][] = [
    ['José Díaz', 'jdiaz@example.com'],
    ['Ana Smith', 'ana.smith@corp.example'],
    ['王小明', 'wang@example.cn'],
    ['Фатима Иванова', 'fatima.i@example.ru'],
    ['فاطمة أوكافور', 'f.okafor@example.ng'],
    ['Fatima Okafor', 'fatima.okafor@example.com'],
    ['Bo Chen', 'bo@unusual-domain.example'],
    ["Siobhan O'Brien", 'siobhan@example.ie'],
  ];
  const t = makeCore();
  people(t, list);
  const find = (search: string) => names(t.must('learners-list', { search, sort: 'name' })).sort();

  it('ignores accents and case', () => {
    expect(find('diaz')).toEqual(['José Díaz']);
    expect(find('DÍAZ')).toEqual(['José Díaz']);
    expect(find('jose')).toEqual(['José Díaz']);
  });

  it('matches anywhere in a word, not only at its start', () => {
    expect(find('mith')).toEqual(['Ana Smith']);
    expect(find('hen')).toEqual(['Bo Chen']);
    expect(find("o'br")).toEqual(["Siobhan O'Brien"]);
  });

  it('finds any script, two-character CJK included', () => {
    expect(find('小明')).toEqual(['王小明']);
    expect(find('王小')).toEqual(['王小明']);
    expect(find('王小明')).toEqual(['王小明']);
    expect(find('иван')).toEqual(['Фатима Иванова']);
    expect(find('ИВАНОВА')).toEqual(['Фатима Иванова']);
    expect(find('كافو')).toEqual(['فاطمة أوكافور']);
    expect(find('ｓｍｉｔｈ')).toEqual(['Ana Smith']); // full-width letters
  });

  it('a Greek final sigma is a sigma, typed either way, alone or in a word', () => {
    const t = makeCore();
    people(t, [
      ['Νίκος Παππάς', 'nikos@example.gr'],
      ['ΣΟΦΙΑ ΔΗΜΗΤΡΙΟΥ', 'sofia@example.gr'],
      ['Ann Lee', 'ann@example.org'],
    ]);
    const find = (search: string) => names(t.must('learners-list', { search, sort: 'name' })).sort();
    for (const search of ['ος', 'ΟΣ', 'οσ', 'νικοσ', 'Νίκος', 'ας', 'ς n', 'σ nik'])
      expect(find(search), search).toEqual(['Νίκος Παππάς']);
    for (const search of ['ς', 'σ', 'Σ']) expect(find(search), search).toEqual(['Νίκος Παππάς', 'ΣΟΦΙΑ ΔΗΜΗΤΡΙΟΥ']);
    expect(find('σοφ')).toEqual(['ΣΟΦΙΑ ΔΗΜΗΤΡΙΟΥ']);
  });

  it('finds email pieces anywhere', () => {
    expect(find('unusual-dom')).toEqual(['Bo Chen']);
    expect(find('@corp')).toEqual(['Ana Smith']);
    expect(find('example.ng')).toEqual(['فاطمة أوكافور']);
    expect(find('.cn')).toEqual(['王小明']);
  });

  it('needs every word, in any order', () => {
    expect(find('fatima okaf')).toEqual(['Fatima Okafor']);
    expect(find('okaf fatima')).toEqual(['Fatima Okafor']);
    expect(find('fatima')).toEqual(['Fatima Okafor', 'Фатима Иванова']); // the Cyrillic one by her email
    expect(find('fatima zzz')).toEqual([]);
  });

  it('short words: one and two characters', () => {
    expect(find('bo')).toEqual(['Bo Chen']);
    expect(find('q')).toEqual([]);
    expect(find('明')).toEqual(['王小明']);
    expect(find('  ')).toHaveLength(list.length); // only spaces: no search
  });

  it('matches every sort and group the same way the rule says', () => {
    for (const sort of LEARNER_SORTS)
      for (const search of ['a', 'fatima', 'example', 'mith', 'xyz'])
        expect(
          byMarker(t, { search, sort }, 2).map((l) => l.id),
          `${sort} ${search}`,
        ).toEqual(expected(t, { search, sort }));
  });
});

describe('one- and two-character words find every learner holding them', () => {
  // Few learners, so every letter starts few windows of the index. The last character of an email
  // starts none: `k` in "ann@lee.uk" lies only in ".uk" and "uk\n"; `j` in "bo@chen.fj" likewise,
  // and no one else has a `j` at all.
  const t = makeCore();
  people(t, [
    ['Ann Lee', 'ann@lee.uk'],
    ['Kim Ray', 'kim@ray.org'],
    ['Bo Chen', 'bo@chen.fj'],
    ['Zoe Marv', 'zm@mar.org'], // `v` only as the last character of the name
    ['Ｏｌａ Ｎｙ', 'ola.ny@example.no'],
    // NFKC turns ℌ into a capital H: still found by `ha`, typed in either case.
    ['ℌal Orr', 'hal@orr.org'],
  ]);
  const find = (search: string) => names(t.must('learners-list', { search, sort: 'name' }));
  const rule = (search: string) => expected(t, { search, sort: 'name' });
  const ids = (search: string) => t.must('learners-list', { search, sort: 'name' }).items.map((l) => l.id);

  it('a letter that folds into a capital is found as the lower-case letter it is', () => {
    expect(find('ℌa')).toEqual(['ℌal Orr']);
    expect(find('Ha')).toEqual(['ℌal Orr']);
    expect(find('hal orr')).toEqual(['ℌal Orr']);
  });

  it("an email's last character, alone and beside another word", () => {
    expect(find('k')).toEqual(['Ann Lee', 'Kim Ray']);
    expect(find('k lee')).toEqual(['Ann Lee']);
    expect(find('ann k')).toEqual(['Ann Lee']);
    expect(find('j')).toEqual(['Bo Chen']);
    expect(find('j chen')).toEqual(['Bo Chen']);
    expect(find('j b')).toEqual(['Bo Chen']);
    expect(t.must('learners-list', { search: 'k' }).total).toBe(2);
    // `k` is common here (two of six): it filters the rows "lee" finds. `j` is rare: the index finds
    // it as the windows it starts and the ones ending an email with it ("fj\n").
    const ctx = { db: t.db } as Ctx;
    expect(searchPlan(ctx, 'k lee')).toMatchObject({ match: '"lee"', unindexed: ['k'], nothing: false });
    expect(searchPlan(ctx, 'j')).toMatchObject({ unindexed: [], nothing: false });
    expect(searchPlan(ctx, 'j')!.match).toContain('"fj\n"');
    // A letter no one holds, outside what ends an email: nothing to look for.
    expect(searchPlan(ctx, 'ж')).toMatchObject({ nothing: true });
  });

  it("a name's last character, and the last two characters of each", () => {
    expect(find('v')).toEqual(['Zoe Marv']);
    expect(find('v mar')).toEqual(['Zoe Marv']);
    expect(find('uk')).toEqual(['Ann Lee']);
    expect(find('fj')).toEqual(['Bo Chen']);
    expect(find('rv')).toEqual(['Zoe Marv']);
    expect(find('ny no')).toEqual(['Ｏｌａ Ｎｙ']);
  });

  it('every one- and two-character piece of every name and email, alone and beside another word', () => {
    const learners = t.db.prepare('SELECT name, email FROM learners').all() as { name: string; email: string }[];
    const pieces = new Set<string>();
    for (const { name, email } of learners)
      for (const field of [fold(name), fold(email)]) {
        const chars = [...field];
        chars.forEach((c, i) => {
          if (c.trim()) pieces.add(c);
          const two = chars.slice(i, i + 2);
          if (two.length === 2 && !/\s/.test(two.join(''))) pieces.add(two.join(''));
        });
      }
    expect(pieces.size).toBeGreaterThan(50);
    for (const piece of pieces) {
      expect(ids(piece), piece).toEqual(rule(piece));
      expect(rule(piece).length, piece).toBeGreaterThan(0);
      for (const other of ['org', 'e', 'an'])
        expect(ids(`${piece} ${other}`), `${piece} ${other}`).toEqual(rule(`${piece} ${other}`));
    }
  });
});

describe('many short words', () => {
  // Enough learners that one digit, and "ab", each start more windows than the index can usefully
  // expand beside a longer word: the search has no word of three characters to drive it.
  const t = makeCore();
  const groups = ['North', 'South', 'East'].map((name) => t.must('groups-create', { name }).id);
  bulk(t, 1_500, (i) => ({
    name: i % 3 ? `Person ${(i * 7919) % 100_000}` : `Ab${String.fromCodePoint(0x4e00 + (i % 100))} ${i}`,
    group: groups[i % 3]!,
    at: new Date(Date.parse('2026-01-01T00:00:00Z') + (i % 400) * 60_000).toISOString(),
  }));
  // A "7" only as the very last character of an email: no window of the index starts there.
  const ctx = { db: t.db } as Ctx;
  const last = Number(
    t.db
      .prepare(
        "INSERT INTO learners (name, email, email_key, group_id, role, source, registered_at) VALUES ('Final Seven', 'final@example.c7', 'final@example.c7', ?, 'learner', 'bulk', '2026-01-01T00:00:00.000Z')",
      )
      .run(groups[0]!).lastInsertRowid,
  );
  indexLearner(ctx, last, 'Final Seven', 'final@example.c7');
  // Found only through folding: full-width letters and digits, an accent.
  const folded = t.must('learners-add', { name: 'Ｚｏë ７', email: 'zoe@example.org', groupId: groups[2]! }).id;

  it('find exactly what the rule says, in every sort, page after page and by jump', () => {
    for (const search of ['1 2 3', '9 8 7 6 5', '7 e', 'ab 1', 'ab 4 1', '1 1 2'])
      for (const sort of LEARNER_SORTS)
        for (const direction of ['asc', 'desc'] as const) {
          const input = { search, sort, direction };
          const want = expected(t, input);
          expect(want.length, search).toBeGreaterThan(3);
          expect(
            byMarker(t, input, 40).map((l) => l.id),
            JSON.stringify(input),
          ).toEqual(want);
          expect(t.must('learners-list', { ...input, limit: 40 }).total).toBe(want.length);
          expect(t.must('learners-list', { ...input, offset: 3, limit: 5 }).items.map((l) => l.id)).toEqual(want.slice(3, 8));
        }
    expect(expected(t, { search: '7 e' })).toEqual(expect.arrayContaining([last, folded]));
    const inGroup = { search: '1 2', groupId: groups[1]!, sort: 'name' as const };
    expect(byMarker(t, inGroup, 30).map((l) => l.id)).toEqual(expected(t, inGroup));
  });

  it('common short words walk the roster; a rare one drives the index and the common ones filter its rows', () => {
    expect(searchPlan(ctx, '1 2 3')).toMatchObject({ match: null, unindexed: ['1', '2', '3'] });
    expect(searchPlan(ctx, 'ab 1')).toMatchObject({ match: null, unindexed: ['ab', '1'] });
    // One name in three starts with "Ab", each with one of a hundred CJK characters after it.
    const plan = searchPlan(ctx, '丁 1')!;
    expect(plan.unindexed).toEqual(['1']);
    expect(plan.match).toMatch(/^\("丁.*" OR .*\)$/);
    const want = expected(t, { search: '丁 1' });
    expect(want.length).toBeGreaterThan(0);
    expect(t.must('learners-list', { search: '丁 1' }).items.map((l) => l.id)).toEqual(want);
  });

  it('one fold of the row tests every word, ASCII or not, the same as fold', () => {
    for (const [name, email] of [
      ['José DÍAZ', 'JD@Example.com'],
      ['ＡＢＣ ﬁne', 'x@y.z'],
      ['Plain Ascii', 'PLAIN@ascii.org'],
    ] as const)
      for (const words of [['jos', 'diaz'], ['abc', 'fine'], ['plain', '@ascii'], ['a', 'z'], ['é'], ['nope', 'a']])
        expect(holdsEvery(name, email, words.join('\n')), `${name} ${words.join(' ')}`).toBe(
          words.every((w) => fold(`${name}\n${email}`).includes(w)),
        );
  });
});

describe('short, common words on a roster larger than a walk reads', () => {
  // Every name and email full of digits: each digit is common, and the four together are rare.
  const t = makeCore();
  const groups = ['North', 'South'].map((name) => t.must('groups-create', { name }).id);
  // Two learners with a `q`, registered long before the rest.
  const qs = ['Quinn Old', 'Old Iqbal'].map(
    (name) => t.must('learners-add', { name, email: `${name.replace(' ', '.')}@example.org`, groupId: groups[0]! }).id,
  );
  t.db.prepare(`UPDATE learners SET registered_at = '2020-01-01T00:00:00.000Z' WHERE id IN (${qs.join(', ')})`).run();
  // 700 more, long ago, each with a `z` before a different pair: `z` starts more windows than one
  // query can name, though few learners hold it.
  const pairs = [...'abcdefghijklmnoprstuvwxyz0123456789'].flatMap((a) => [...'abcdefghijklmnoprstu'].map((b) => a + b));
  bulk(t, 700, (i) => ({
    name: `Old z${pairs[i]} ${i}`,
    group: groups[1]!,
    at: '2019-06-01T00:00:00.000Z',
    email: `old${i}@example.com`,
  }));
  bulk(t, WALK_WINDOW + 3_000, (i) => ({
    name: `Person ${(i * 7_919) % 100_003}`,
    group: groups[i % 2]!,
    at: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 1_000).toISOString(),
  }));

  it('look through the WALK_WINDOW learners who registered last, say so, and page only through them, in every order', () => {
    const ctx = { db: t.db } as Ctx;
    expect(searchPlan(ctx, '1 2 3 4')).toMatchObject({ match: null });
    for (const sort of LEARNER_SORTS)
      for (const direction of ['asc', 'desc'] as const) {
        const input = { search: '1 2 3 4', sort, direction };
        const want = expected(t, input, WALK_WINDOW);
        expect(want.length).toBeGreaterThan(100);
        expect(want.length).toBeLessThan(expected(t, input).length);
        const first = t.must('learners-list', { ...input, limit: 100 });
        expect(first).toMatchObject({ total: want.length, searched: WALK_WINDOW });
        expect(first.capped).toBeUndefined();
        expect(
          byMarker(t, input, 500).map((l) => l.id),
          JSON.stringify(input),
        ).toEqual(want);
        const at = want.length - 30;
        expect(t.must('learners-list', { ...input, offset: at, limit: 100, count: false }).items.map((l) => l.id)).toEqual(
          want.slice(at),
        );
      }
  });

  it('a marker forged to say "many" pages no further than the learners looked through', () => {
    const input = { search: '1 2 3 4', sort: 'name' as const };
    const want = expected(t, input, WALK_WINDOW);
    const first = t.must('learners-list', { ...input, limit: 100 });
    const marker = JSON.parse(Buffer.from(first.next!, 'base64url').toString('utf8')) as { key: unknown[]; kind: string };
    expect(marker.kind).toBe('sparse');
    const forged = Buffer.from(JSON.stringify({ ...marker, kind: 'dense' })).toString('base64url');
    const rest = t.must('learners-list', { ...input, after: forged, limit: 500, count: false });
    expect(rest.items.map((l) => l.id)).toEqual(want.slice(100, 600));
  });

  it('within a group of fewer than WALK_WINDOW (but too many to read whole), every member is looked through', () => {
    const input = { search: '1 2 3 4', groupId: groups[1]!, sort: 'name' as const };
    const want = expected(t, input);
    expect(want.length).toBeGreaterThan(100);
    const first = t.must('learners-list', { ...input, limit: 100 });
    expect(first.total).toBe(want.length);
    expect(first.searched).toBeUndefined();
    expect(byMarker(t, input, 500).map((l) => l.id)).toEqual(want);
  });

  it('more than the cap within those, it says "more than" as any search does', () => {
    const first = t.must('learners-list', { search: 'o', limit: 100 });
    expect(first).toMatchObject({ total: SEARCH_COUNT_CAP, capped: true });
    expect(first.searched).toBeUndefined();
  });

  it('a rare word starting more windows than a query can name is read off the entries starting it', () => {
    const ctx = { db: t.db } as Ctx;
    expect(searchPlan(ctx, 'z')).toMatchObject({ match: null, prefix: 'z', unindexed: [] });
    expect(searchPlan(ctx, 'z 1')).toMatchObject({ match: null, prefix: 'z', unindexed: ['1'] });
    for (const search of ['z', 'z 1', 'zb', '1 z'])
      for (const sort of ['registeredAt', 'name'] as const) {
        const input = { search, sort };
        const want = expected(t, input);
        expect(want.length, search).toBeGreaterThan(10);
        const first = t.must('learners-list', { ...input, limit: 100 });
        expect(first, search).toMatchObject({ total: want.length });
        expect(first.searched).toBeUndefined();
        expect(byMarker(t, input, 250).map((l) => l.id)).toEqual(want);
      }
  });

  it('a rare letter is looked up in the index: every learner holding it, however long ago they registered', () => {
    const ctx = { db: t.db } as Ctx;
    expect(searchPlan(ctx, 'q')!.match).not.toBeNull();
    const page = t.must('learners-list', { search: 'q' });
    expect(page).toMatchObject({ total: 2 });
    expect(page.searched).toBeUndefined();
    expect(page.items.map((l) => l.id).sort()).toEqual([...qs].sort());
    expect(t.must('learners-list', { search: 'q 1' }).items.map((l) => l.id)).toEqual(expected(t, { search: 'q 1' }));
  });
});

describe('roster pages', () => {
  /** 90 learners in 4 groups, many with the same name and the same time, so ties decide the order. */
  function tied() {
    const t = makeCore();
    const groups = ['Delta', 'alpha', 'Charlie', 'bravo'].map((name) => t.must('groups-create', { name }).id);
    bulk(t, 90, (i) => ({
      name: ['ana lima', 'Ana Lima', 'Bo', 'Zoë Smith', 'bo'][i % 5]!,
      group: groups[i % 4]!,
      at: `2026-03-0${1 + (i % 3)}T10:00:00.000Z`,
    }));
    return { t, groups };
  }

  it('by marker, in every sort and both directions, give exactly the rows of one long read', () => {
    const { t, groups } = tied();
    for (const sort of LEARNER_SORTS)
      for (const direction of ['asc', 'desc'] as const)
        for (const filter of [{}, { groupId: groups[2]! }, { search: 'smith' }, { search: 'a', groupId: groups[0]! }]) {
          const input = { sort, direction, ...filter };
          const want = expected(t, input);
          expect(want.length).toBeGreaterThan(3);
          expect(
            byMarker(t, input, 7).map((l) => l.id),
            JSON.stringify(input),
          ).toEqual(want);
          // A jump to any position gives what paging there would.
          for (const offset of [0, 5, want.length - 3])
            expect(t.must('learners-list', { ...input, offset, limit: 4 }).items.map((l) => l.id)).toEqual(
              want.slice(offset, offset + 4),
            );
        }
  });

  it('counts once: the first page carries the total, later pages by marker skip it', () => {
    const { t, groups } = tied();
    const first = t.must('learners-list', { limit: 10 });
    expect(first.total).toBe(90);
    expect(t.must('learners-list', { groupId: groups[1]!, limit: 10 }).total).toBe(23);
    const next = t.must('learners-list', { limit: 10, after: first.next! });
    expect(next.total).toBeUndefined();
    expect(t.must('learners-list', { limit: 10, after: first.next!, count: true }).total).toBe(90);
    expect(t.must('learners-list', { offset: 88, limit: 10 })).toMatchObject({ total: 90, next: null });
    expect(t.must('learners-list', { offset: 500, limit: 10 })).toEqual({ items: [], total: 90, next: null });
  });

  it('refuses a position past what a search lists, saying why', () => {
    const t = makeCore();
    people(t, [['Ann Lee', 'ann@example.org']]);
    const refused = t.call('learners-list', { search: 'ann', offset: SEARCH_COUNT_CAP });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error).toMatchObject({ code: 'validation', field: 'offset', text: { id: 'learner.searchTooDeep' } });
      expect(refused.error.message).toBe('A search lists its first 10,000 matches. Add to the search to find the others.');
    }
    expect(t.must('learners-list', { search: 'ann', offset: SEARCH_COUNT_CAP - 1 }).items).toEqual([]);
    expect(t.must('learners-list', { offset: SEARCH_COUNT_CAP }).items).toEqual([]);
  });

  it('refuses a marker from another sort or made up, changing nothing', () => {
    const { t } = tied();
    const { next } = t.must('learners-list', { sort: 'group', limit: 5 });
    for (const after of [next!, 'not a marker', Buffer.from('{"key":[1]}').toString('base64url')])
      expect(t.call('learners-list', { sort: 'name', after })).toMatchObject({
        ok: false,
        error: { code: 'validation', field: 'after' },
      });
  });
});

describe('a search with more matches than it counts', () => {
  // More Smiths than the cap, all after 5,000 others by name: a common word whose matches are rare
  // at the start of the order, so the walk along the name index gives way to the search index.
  const t = makeCore();
  const groups = ['North', 'South'].map((name) => t.must('groups-create', { name }).id);
  const smiths = SEARCH_COUNT_CAP + 500;
  bulk(t, 5_000 + smiths, (i) => ({
    name: i < 5_000 ? `Aaron Jones ${i}` : `Zed Smith ${i}`,
    group: groups[i % 2]!,
    at: new Date(Date.parse('2026-01-01T00:00:00Z') + (i % 7_000) * 60_000).toISOString(),
  }));

  it('says "more than" the cap, and pages through every match in every sort', () => {
    const first = t.must('learners-list', { search: 'smith', limit: 50 });
    expect(first).toMatchObject({ total: SEARCH_COUNT_CAP, capped: true });
    expect(t.must('learners-list', { search: 'jones' }).total).toBe(5_000);
    expect(t.must('learners-list', { search: 'jones' }).capped).toBeUndefined();
    for (const sort of LEARNER_SORTS)
      for (const direction of ['asc', 'desc'] as const) {
        const input = { search: 'smith', sort, direction };
        const want = expected(t, input);
        expect(want).toHaveLength(smiths);
        const got = byMarker(t, input, 500).map((l) => l.id);
        expect(got.length, JSON.stringify(input)).toBe(want.length);
        expect(got, JSON.stringify(input)).toEqual(want);
        expect(t.must('learners-list', { ...input, offset: 9_000, limit: 20 }).items.map((l) => l.id)).toEqual(
          want.slice(9_000, 9_020),
        );
      }
  });

  it('the scrollbar: a jump anywhere in the whole roster, in every order, gives the rows there, also after a change', () => {
    for (const sort of LEARNER_SORTS)
      for (const direction of ['asc', 'desc'] as const) {
        const want = expected(t, { sort, direction });
        for (const offset of [999, 1_000, 3_456, want.length - 2])
          expect(
            t.must('learners-list', { sort, direction, offset, limit: 5 }).items.map((l) => l.id),
            `${sort} ${direction} ${offset}`,
          ).toEqual(want.slice(offset, offset + 5));
      }
    // A learner added and one removed move every row after them: the next jump sees it.
    const jump = () => t.must('learners-list', { sort: 'name', offset: 7_000, limit: 3 }).items.map((l) => l.id);
    jump();
    t.must('learners-add', { name: 'Aardvark First', email: 'aardvark@example.com', groupId: groups[0]! });
    expect(jump()).toEqual(expected(t, { sort: 'name' }).slice(7_000, 7_003));
    t.must('learners-remove', { learnerId: expected(t, { sort: 'name' })[0]! });
    t.must('learners-remove', { learnerId: expected(t, { sort: 'name' })[0]! });
    expect(jump()).toEqual(expected(t, { sort: 'name' }).slice(7_000, 7_003));
  });

  it('a marker forged to say "few" on a search of many is checked, not trusted: the page comes off the sort index', () => {
    const input = { search: 'smith', sort: 'name' as const, limit: 50 };
    const first = t.must('learners-list', input);
    const kindOf = (marker: string) => (JSON.parse(Buffer.from(marker, 'base64url').toString('utf8')) as { kind?: string }).kind;
    expect(kindOf(first.next!)).toBe('dense');
    const forged = Buffer.from(
      JSON.stringify({ ...(JSON.parse(Buffer.from(first.next!, 'base64url').toString('utf8')) as object), kind: 'sparse' }),
    ).toString('base64url');
    // Watch what is read: no statement may be handed more than the cap's worth of matches to sort.
    const prepare = t.db.prepare.bind(t.db);
    const sorted: number[] = [];
    t.db.prepare = ((sql: string) => {
      const stmt = prepare(sql);
      if (!sql.includes('json_each')) return stmt;
      const raw = stmt.raw.bind(stmt);
      return Object.create(stmt, {
        raw: {
          value: (...a: [boolean?]) => {
            const r = raw(...a);
            const all = r.all.bind(r);
            return Object.create(r, {
              all: {
                value: (ids: string, ...rest: unknown[]) => (
                  sorted.push((JSON.parse(ids) as number[]).length),
                  all(ids, ...rest)
                ),
              },
            }) as typeof r;
          },
        },
      }) as typeof stmt;
    }) as typeof t.db.prepare;
    let page: LearnerPage;
    try {
      page = t.must('learners-list', { ...input, after: forged, count: false });
    } finally {
      t.db.prepare = prepare;
    }
    expect(sorted).toEqual([]);
    expect(kindOf(page.next!)).toBe('dense');
    expect(page.items.map((l) => l.id)).toEqual(
      t.must('learners-list', { ...input, after: first.next!, count: false }).items.map((l) => l.id),
    );
    expect(page.items.map((l) => l.id)).toEqual(expected(t, { search: 'smith', sort: 'name' }).slice(50, 100));
  });

  it('the scrollbar after sign-ups, edits, removals and a renamed group: positions moved along by a sign-up, not read again', () => {
    const orders = LEARNER_SORTS.flatMap((sort) => (['asc', 'desc'] as const).map((direction) => ({ sort, direction })));
    const jumpsRight = () => {
      for (const order of orders) {
        const want = expected(t, order);
        for (const offset of [0, 1, 999, 2_500, 7_001, want.length - 2])
          expect(
            t.must('learners-list', { ...order, offset, limit: 4 }).items.map((l) => l.id),
            `${JSON.stringify(order)} ${offset}`,
          ).toEqual(want.slice(offset, offset + 4));
      }
    };
    jumpsRight();
    const added = ['Aaa Early', 'Mmm Middle', 'zzz late', 'MMM middle'].map(
      (name, i) => t.must('learners-add', { name, email: `moved${i}@example.com`, groupId: groups[i % 2]! }).id,
    );
    jumpsRight();
    t.must('learners-update', { id: added[1]!, name: 'Bbb Renamed', email: 'aaa-first@example.com' });
    t.must('learners-reassign', { learnerId: added[2]!, groupId: groups[1]! });
    t.must('learners-remove', { learnerId: expected(t, { sort: 'name' })[5_000]! });
    jumpsRight();

    // One more sign-up: the next jump walks from the key below it, reading no milestone again.
    t.must('learners-add', { name: 'Nnn Next', email: 'next@example.com', groupId: groups[1]! });
    const prepare = t.db.prepare.bind(t.db);
    const walks: string[] = [];
    t.db.prepare = ((sql: string) => {
      if (sql.includes('LIMIT 1 OFFSET')) walks.push(sql);
      return prepare(sql);
    }) as typeof t.db.prepare;
    let items: number[];
    try {
      items = t.must('learners-list', { sort: 'name', offset: 7_001, limit: 4 }).items.map((l) => l.id);
    } finally {
      t.db.prepare = prepare;
    }
    expect(walks).toHaveLength(1);
    expect(items).toEqual(expected(t, { sort: 'name' }).slice(7_001, 7_005));

    // A renamed group moves whole stretches of the group order: that order is read again.
    t.must('groups-update', { id: groups[0]!, name: 'Zulu' });
    jumpsRight();
  });

  it('a common word within a group', () => {
    const input = { search: 'smith', groupId: groups[1]!, sort: 'name' as const };
    expect(byMarker(t, input, 300).map((l) => l.id)).toEqual(expected(t, input));
  });
});

describe('the search index and erasure', () => {
  it('an erased learner leaves no entry in the index and none of its windows in the file', () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const t = makeCore(file);
    const g = people(t, [
      ['Quixote Wyvern', 'qw@example.com'],
      ['Other Person', 'other@example.com'],
    ]);
    const id = t.must('learners-list', { search: 'quixote' }).items[0]!.id;
    t.db.exec('CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, learner_search, instance)');
    const windowsOf = () => t.db.prepare('SELECT DISTINCT term FROM temp.terms WHERE doc = ?').pluck().all(id) as string[];
    expect(windowsOf()).toContain('uix');
    t.must('learners-erase', { learnerId: id });
    expect(windowsOf()).toEqual([]);
    expect(t.db.prepare("SELECT count(*) FROM temp.terms WHERE term IN ('uix', 'yve', 'ver')").pluck().get()).toBe(0);
    expect(t.must('learners-list', { search: 'quixote' }).total).toBe(0);
    expect(t.must('learners-list', { groupId: g.id }).total).toBe(1);
    t.db.exec('DROP TABLE temp.terms');
    const raw = fs.readFileSync(file);
    for (const trace of ['uixote', 'wyvern', 'Wyvern']) expect(raw.includes(Buffer.from(trace)), trace).toBe(false);
  });

  it('indexLearner is idempotent and follows a changed name', () => {
    const t = makeCore();
    people(t, [['Old Name', 'o@example.com']]);
    const id = t.must('learners-list', {}).items[0]!.id;
    const ctx = { db: t.db } as Ctx;
    indexLearner(ctx, id, 'Old Name', 'o@example.com');
    indexLearner(ctx, id, 'Old Name', 'o@example.com');
    expect(t.must('learners-list', { search: 'old' }).total).toBe(1);
    t.db.prepare("UPDATE learners SET name = 'New Name' WHERE id = ?").run(id);
    indexLearner(ctx, id, 'New Name', 'o@example.com');
    expect(t.must('learners-list', { search: 'old' }).total).toBe(0);
    expect(t.must('learners-list', { search: 'new nam' }).total).toBe(1);
  });
});
