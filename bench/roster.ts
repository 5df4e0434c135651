// The Learners table's own requests, timed as LearnersTable sends them (100-row pages, the total on
// the first request only, a marker for the page after, an offset for a jump), each beside bare SQL
// returning the same rows and columns (joined to the group) and, where the request counts, the same
// total — counted the same way, capped at the same number for a search.
import type Database from 'better-sqlite3';
import type { Core } from '../src/main/core';
import type { Ctx } from '../src/main/core/context';
import { SEARCH_COUNT_CAP, WALK_WINDOW } from '../src/main/core/roster';
import { fold, registerFold, searchPlan } from '../src/main/core/searchTerms';
import type { Input } from '../src/shared/contract';
import type { LearnerPage } from '../src/shared/types';

const PAGE = 100;
const COLUMNS = `l.id, l.name, l.email, l.group_id AS groupId, g.name AS groupName, l.role, l.source,
  l.registered_at AS registeredAt`;
const ORDER = {
  registeredAt: 'l.registered_at {d}, l.id {d}',
  name: 'l.name COLLATE NOCASE {d}, l.id {d}',
  email: 'l.email_key {d}, l.id {d}',
  group: 'g.name_key {d}, l.registered_at {d}, l.id {d}',
} as const;
type Sort = keyof typeof ORDER;
const order = (sort: Sort, dir: 'asc' | 'desc') => ORDER[sort].replaceAll('{d}', dir.toUpperCase());

export function benchRoster(env: {
  db: Database.Database;
  core: Core;
  groupIds: number[];
  compare: (name: string, ours: () => void, bare: () => void, runs?: number) => void;
}): void {
  const { db, core, groupIds, compare } = env;
  const list = (input: Input<'learners-list'>): LearnerPage => {
    const r = core.call('learners-list', input, 'admin') as { ok: boolean; value?: LearnerPage; error?: unknown };
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value!;
  };
  /** Fails the run if the two sides disagree: a ratio between unlike things is no ratio. */
  const same = (what: string, ours: LearnerPage, bare: { items: { id: number }[]; total?: number }) => {
    const a = ours.items.map((l) => l.id).join();
    const b = bare.items.map((l) => l.id).join();
    if (a !== b || ours.total !== bare.total)
      throw new Error(`${what}: JoinDesk and the bare statement disagree (${ours.total} vs ${bare.total} rows counted)`);
  };
  const learners = db.prepare('SELECT count(*) FROM learners').pluck().get() as number;
  const countAll = db.prepare('SELECT count(*) FROM learners').pluck();
  const firstPage = (sort: Sort, dir: 'asc' | 'desc') =>
    db.prepare(`SELECT ${COLUMNS} FROM learners l JOIN groups g ON g.id = l.group_id ORDER BY ${order(sort, dir)} LIMIT ${PAGE}`);

  // The roster as it opens: newest first, 100 rows and the total.
  const opening: Input<'learners-list'> = { sort: 'registeredAt', direction: 'desc', limit: PAGE, offset: 0, count: true };
  const bareOpening = firstPage('registeredAt', 'desc');
  const bareRosterOpening = () => ({ total: countAll.get() as number, items: bareOpening.all() as { id: number }[] });
  same('roster first page', list(opening), bareRosterOpening());
  compare('roster first page + total: learners-list vs count(*) + ORDER BY … LIMIT 100', () => list(opening), bareRosterOpening);

  // The page after a loaded one, deep in the roster: by its marker, against the keyset statement.
  const middle = Math.floor(learners / 2);
  const before = list({ ...opening, offset: middle - PAGE, count: false });
  const last = before.items.at(-1)!;
  const nextInput: Input<'learners-list'> = { ...opening, after: before.next!, count: false };
  const bareKeyset = db.prepare(
    `SELECT ${COLUMNS} FROM learners l JOIN groups g ON g.id = l.group_id
     WHERE (l.registered_at, l.id) < (?, ?) ORDER BY ${order('registeredAt', 'desc')} LIMIT ${PAGE}`,
  );
  const bareNext = () => ({ items: bareKeyset.all(last.registeredAt, last.id) as { id: number }[] });
  same('next page', list(nextInput), bareNext());
  compare(
    `roster next page at row ${middle.toLocaleString()}: by marker vs keyset WHERE (at, id) < (?, ?)`,
    () => list(nextInput),
    bareNext,
  );

  // The scrollbar dragged to the middle: one request by position, against a keyset page there
  // (the target: a page at any depth within 3× of a keyset page) …
  const jump: Input<'learners-list'> = { ...opening, offset: middle, count: false };
  same('jump', list(jump), bareNext());
  compare(`scrollbar jump to row ${middle.toLocaleString()}: by offset vs a keyset page there`, () => list(jump), bareNext);
  // The first jump after a sign-up (what a kiosk writes while the admin scrolls): timed with the
  // learner's row written (one commit) before it, beside the same write before the keyset page.
  // Registered long ago, the new rows sort after the middle, so both sides still give the same rows.
  const signUp = db.prepare(
    "INSERT INTO learners (name, email, email_key, group_id, role, source, registered_at) VALUES (?, ?, ?, ?, 'learner', 'kiosk', ?)",
  );
  let signUps = 0;
  const someGroup = groupIds[0]!;
  const write = () => {
    const n = signUps++;
    signUp.run(
      `Late Arrival ${n}`,
      `late${n}@example.com`,
      `late${n}@example.com`,
      someGroup,
      `2000-01-01T00:00:${String(n % 60).padStart(2, '0')}.${String(n).padStart(3, '0')}Z`,
    );
  };
  compare(
    `scrollbar jump to row ${middle.toLocaleString()} just after a sign-up: write + offset vs write + keyset page`,
    () => {
      write();
      list(jump);
    },
    () => {
      write();
      bareNext();
    },
    10,
  );
  same('jump after sign-ups', list(jump), bareNext());
  // … and against the same rows by OFFSET, the statement a jump would otherwise be.
  const bareOffset = db.prepare(
    `SELECT ${COLUMNS} FROM learners l JOIN groups g ON g.id = l.group_id ORDER BY ${order('registeredAt', 'desc')} LIMIT ${PAGE} OFFSET ?`,
  );
  compare(
    `scrollbar jump to row ${middle.toLocaleString()}: by offset vs LIMIT 100 OFFSET n`,
    () => list(jump),
    () => bareOffset.all(middle),
    5,
  );

  // Each sort's first page of the whole roster.
  for (const [sort, dir] of [
    ['name', 'asc'],
    ['email', 'desc'],
    ['group', 'asc'],
  ] as const) {
    const input: Input<'learners-list'> = { sort, direction: dir, limit: PAGE, offset: 0, count: true };
    const bare = firstPage(sort, dir);
    const bareSorted = () => ({ total: countAll.get() as number, items: bare.all() as { id: number }[] });
    same(`roster by ${sort}`, list(input), bareSorted());
    compare(`roster by ${sort} ${dir}, first page + total: learners-list vs count(*) + ORDER BY`, () => list(input), bareSorted);
  }

  // Searches, as typed into the box: the first page with the (capped) total, in the table's default
  // order and in each sort. The bare side: one FTS5 statement for the page, one for the capped count.
  registerFold(db);
  const searches: [string, string, Sort, 'asc' | 'desc'][] = [
    ['substring', 'mith', 'registeredAt', 'desc'],
    ['accents', 'diaz', 'registeredAt', 'desc'],
    ['CJK, two characters', '小明', 'registeredAt', 'desc'],
    ['two words', 'fatima okaf', 'registeredAt', 'desc'],
    ['email', 'learner77777', 'registeredAt', 'desc'],
    ['common surname', 'okafor', 'registeredAt', 'desc'],
    ['common surname', 'okafor', 'name', 'asc'],
    ['common surname', 'okafor', 'email', 'asc'],
    ['common surname', 'okafor', 'group', 'asc'],
    ['common surname', 'okafor', 'name', 'desc'],
    // One character: a rare one is looked up in the index, a common one walks the roster.
    ['one rare letter', 'z', 'registeredAt', 'desc'],
    ['one rare letter', 'z', 'name', 'asc'],
    ['one CJK character', '王', 'registeredAt', 'desc'],
    ['one common letter', 'a', 'registeredAt', 'desc'],
    ['one common letter', 'a', 'name', 'asc'],
    // Every word short and common, together rare: the learners who registered last are looked through.
    ['many short words', '1 2 3 4 5', 'registeredAt', 'desc'],
    ['many short words', '9 8 7', 'name', 'asc'],
  ];
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, learner_search, row)');
  const windows = db.prepare('SELECT term FROM temp.bench_vocab WHERE term >= ? AND term < ?').pluck();
  // A walk's bare side: the same rows tested in SQL (every name and email here is ASCII or holds
  // the words unaccented), counted among the learners who registered last, and the page in order.
  const newestFloor = db
    .prepare('SELECT registered_at, id FROM learners ORDER BY registered_at DESC, id DESC LIMIT 1 OFFSET ?')
    .raw();
  const holding = (words: string[]) => words.map(() => 'instr(lower(l.name) || char(10) || lower(l.email), ?)').join(' AND ');
  for (const [what, search, sort, dir] of searches) {
    const input: Input<'learners-list'> = { search, sort, direction: dir, limit: PAGE, offset: 0, count: true };
    const plan = searchPlan({ db } as Ctx, search)!;
    const walks = plan.match === null && plan.prefix === null;
    let bareSearch: () => { total: number; items: { id: number }[] };
    if (walks) {
      const words = fold(search).split(/\s+/);
      const floor = (newestFloor.get(WALK_WINDOW) as [string, number] | undefined) ?? ['', 0];
      const bareCount = db
        .prepare(
          `SELECT count(*) FROM (SELECT 1 FROM learners l WHERE (l.registered_at, l.id) > (?, ?) AND ${holding(words)} LIMIT ${SEARCH_COUNT_CAP + 1})`,
        )
        .pluck();
      const barePage = (where: string) =>
        db.prepare(
          `SELECT ${COLUMNS} FROM learners l JOIN groups g ON g.id = l.group_id
           WHERE ${where} ${holding(words)} ORDER BY ${order(sort, dir)} LIMIT ${PAGE}`,
        );
      const pageWithin = barePage('(l.registered_at, l.id) > (?, ?) AND');
      const pageAll = barePage('');
      bareSearch = () => {
        const total = bareCount.get(...floor, ...words) as number;
        const items = (total > SEARCH_COUNT_CAP ? pageAll.all(...words) : pageWithin.all(...floor, ...words)) as { id: number }[];
        return { total: Math.min(total, SEARCH_COUNT_CAP), items };
      };
    } else {
      // The bare side's FTS5 query, worked out once beforehand: every word a phrase; a short word as
      // the windows it starts.
      const match = fold(search)
        .split(/\s+/)
        .map((w) =>
          [...w].length >= 3
            ? `"${w}"`
            : `(${(windows.all(w, `${w}\u{10FFFF}`) as string[]).map((t) => `"${t.replaceAll('"', '""')}"`).join(' OR ')})`,
        )
        .join(' AND ');
      const bareCount = db
        .prepare(`SELECT count(*) FROM (SELECT 1 FROM learner_search WHERE learner_search MATCH ? LIMIT ${SEARCH_COUNT_CAP + 1})`)
        .pluck();
      const barePage = db.prepare(
        `SELECT ${COLUMNS} FROM learners l JOIN groups g ON g.id = l.group_id
         WHERE l.id IN (SELECT rowid FROM learner_search WHERE learner_search MATCH ?) ORDER BY ${order(sort, dir)} LIMIT ${PAGE}`,
      );
      bareSearch = () => {
        const total = bareCount.get(match) as number;
        return { total: Math.min(total, SEARCH_COUNT_CAP), items: barePage.all(match) as { id: number }[] };
      };
    }
    const ours = list(input);
    same(`search ${search}`, ours, bareSearch());
    const counted = `${ours.capped ? 'more than ' : ''}${ours.total!.toLocaleString('en')}${
      ours.searched ? ` among the ${ours.searched.toLocaleString('en')} who registered last` : ''
    }`;
    compare(
      `search ${what} "${search}" by ${sort} ${dir} (${counted}): learners-list vs ${
        walks ? 'the same rows tested in SQL, newest first, + page' : 'FTS5 MATCH page + capped count'
      }`,
      () => list(input),
      bareSearch,
    );
  }

  // A group's members (the filter on the Learners page, and the group's own tab), with the total.
  const group = groupIds[Math.floor(groupIds.length / 2)]!;
  const groupInput: Input<'learners-list'> = {
    groupId: group,
    sort: 'registeredAt',
    direction: 'desc',
    limit: PAGE,
    offset: 0,
    count: true,
  };
  const bareGroupCount = db.prepare('SELECT count(*) FROM learners WHERE group_id = ?').pluck();
  const bareGroupPage = db.prepare(
    `SELECT ${COLUMNS} FROM learners l JOIN groups g ON g.id = l.group_id WHERE l.group_id = ? ORDER BY ${order('registeredAt', 'desc')} LIMIT ${PAGE}`,
  );
  const bareGroup = () => ({ total: bareGroupCount.get(group) as number, items: bareGroupPage.all(group) as { id: number }[] });
  same('group filter', list(groupInput), bareGroup());
  compare(
    'group filter, first page + total: learners-list vs count(*) + page WHERE group_id = ?',
    () => list(groupInput),
    bareGroup,
  );
}
