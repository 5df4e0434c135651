import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/result';
import type { Learner, LearnerPage, LearnerSort } from '../../shared/types';
import type { Ctx } from './context';
import { LEARNER_COLUMNS } from './learnerRow';
import type { SearchPlan } from './searchTerms';
import { registerFold, searchPlan } from './searchTerms';

/**
 * The roster as the Learners table reads it: keyset pages in every sort (a page after a marker is
 * an index seek, at any depth), the total counted once per query, and a search that never sorts
 * more than SEARCH_COUNT_CAP matches.
 */

/** A search stops counting here: "more than 10,000" tells the admin as much as the exact number. */
export const SEARCH_COUNT_CAP = 10_000;
/** A common search walks this many rows in sort order looking for its page before asking the index instead. */
const DENSE_WINDOW = 4_000;
/** A search inside a group up to this size reads the group; past it, the index. */
const GROUP_WALK_MAX = 20_000;

type Dir = 'asc' | 'desc';
type KeyValue = string | number;

/** Each sort's key, unique thanks to the id last: what a page marker holds and what the indexes serve. */
const KEYS: Record<LearnerSort, string[]> = {
  registeredAt: ['l.registered_at', 'l.id'],
  name: ['l.name COLLATE NOCASE', 'l.id'],
  email: ['l.email_key', 'l.id'],
  group: ['g.name_key', 'l.registered_at', 'l.id'],
};

/** Where a walk reads rows from, and the conditions every row must meet. */
interface Source {
  from: string;
  /** The same rows for a walk over keys alone, where that needs no join. */
  keysFrom?: string;
  where: string[];
  params: KeyValue[];
}

type Kind = 'sparse' | 'dense';

interface Marker {
  key: KeyValue[];
  kind?: Kind;
}

const encode = (marker: Marker) => Buffer.from(JSON.stringify(marker)).toString('base64url');

function decode(raw: string, length: number): Marker {
  try {
    const marker = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Marker;
    const { key, kind } = marker;
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((v) => typeof v === 'string' || Number.isSafeInteger(v)) &&
      (kind === undefined || kind === 'sparse' || kind === 'dense')
    )
      return { key, kind };
  } catch {
    // falls through to the refusal
  }
  throw new AppError('validation', { id: 'learner.pageMarker' }, {
    field: 'after',
  });
}

const foldFilter = (words: string[]) => words.map(() => 'instr(joindesk_fold(l.name || char(10) || l.email), ?) > 0');

interface Query {
  sort: LearnerSort;
  dir: Dir;
  keys: string[];
  limit: number;
}

/** `(keys) > (?, …)` for asc, `<` for desc; `>=` / `<=` when the marker's row itself is wanted. */
function after(q: Query, key: KeyValue[] | undefined, inclusive = false): Source {
  if (!key) return { from: '', where: [], params: [] };
  const op = `${q.dir === 'asc' ? '>' : '<'}${inclusive ? '=' : ''}`;
  // The first key alone, too: it is what the index seeks on (SQLite does not seek on a row value
  // led by a COLLATE expression, nor across the join to groups).
  return {
    from: '',
    where: [
      `${q.keys[0]} ${q.dir === 'asc' ? '>=' : '<='} ?`,
      `(${q.keys.join(', ')}) ${op} (${q.keys.map(() => '?').join(', ')})`,
    ],
    params: [key[0]!, ...key],
  };
}

const orderBy = (q: Query) => q.keys.map((k) => `${k} ${q.dir.toUpperCase()}`).join(', ');
const keyColumns = (q: Query) => q.keys.map((k, i) => `${k.replace(' COLLATE NOCASE', '')} AS k${i}`).join(', ');
const whereOf = (parts: string[]) => (parts.length ? `WHERE ${parts.join(' AND ')}` : '');

/** A row as the page query gives it: the learner's columns, then the sort key's. */
type Row = [number, string, string, number, string, string, Learner['source'], string, ...KeyValue[]];

/** One page of `source` in the query's order, from a marker, through the filters. */
function page(ctx: Ctx, q: Query, source: Source, extra: Source, limit: number, offset = 0): Row[] {
  const where = [...source.where, ...extra.where];
  return ctx.db
    .prepare(
      `SELECT ${LEARNER_COLUMNS}, ${keyColumns(q)} FROM ${source.from} ${whereOf(where)}
       ORDER BY ${orderBy(q)} LIMIT ? OFFSET ?`,
    )
    .raw()
    .all(...source.params, ...extra.params, limit, offset) as Row[];
}

/** The key of the row `offset` places on from a marker: an index walk over keys only, no rows read. */
function keyAt(ctx: Ctx, q: Query, source: Source, extra: Source, offset: number): KeyValue[] | undefined {
  const row = ctx.db
    .prepare(
      `SELECT ${keyColumns(q)} FROM ${source.keysFrom ?? source.from} ${whereOf([...source.where, ...extra.where])}
       ORDER BY ${orderBy(q)} LIMIT 1 OFFSET ?`,
    )
    .raw()
    .get(...source.params, ...extra.params, offset) as KeyValue[] | undefined;
  return row;
}

/** Every MILESTONE-th key of the whole roster in one order, while the data is as it was when they were read. */
interface Milestones {
  stamp: string;
  keys: KeyValue[][];
  /** The walk reached the end of the order. */
  complete: boolean;
}
const MILESTONE = 1_000;
const milestones = new WeakMap<Ctx['db'], Map<string, Milestones>>();

/** Changes whenever anything is written, by this connection or another (the import worker). */
const writeStamp = (ctx: Ctx) =>
  `${ctx.db.prepare('SELECT total_changes()').pluck().get() as number}:${ctx.db.pragma('data_version', { simple: true }) as number}`;

/**
 * The key at a position of the whole roster, for the scrollbar. A B-tree cannot count its way to a
 * position, so the first jump in an order reads every MILESTONE-th key up to there (a walk over the
 * index's keys alone); later jumps start from the milestone below and walk at most MILESTONE keys.
 * Any write makes the next jump read them again.
 */
function keyAtPosition(ctx: Ctx, q: Query, source: Source, position: number): KeyValue[] | undefined {
  let byOrder = milestones.get(ctx.db);
  if (!byOrder) milestones.set(ctx.db, (byOrder = new Map()));
  const stamp = writeStamp(ctx);
  const name = `${q.sort} ${q.dir}`;
  let known = byOrder.get(name);
  if (known?.stamp !== stamp) byOrder.set(name, (known = { stamp, keys: [], complete: false }));
  const below = Math.floor(position / MILESTONE);
  // Read only as far as this jump needs: a jump to the middle walks half the keys.
  while (!known.complete && known.keys.length <= below) {
    const previous = known.keys.at(-1);
    const key = previous
      ? keyAt(ctx, q, source, after(q, previous), MILESTONE - 1)
      : keyAt(ctx, q, source, after(q, undefined), 0);
    if (key) known.keys.push(key);
    else known.complete = true;
  }
  const from = known.keys[below];
  return from && keyAt(ctx, q, source, after(q, from, true), position - below * MILESTONE);
}

const both = (a: Source, b: Source): Source => ({
  from: '',
  where: [...a.where, ...b.where],
  params: [...a.params, ...b.params],
});

/** The roster itself (or one group of it), walked along the sort's index. */
function rosterSource(q: Query, groupId: number | undefined): Source {
  const joined = 'learners l CROSS JOIN groups g ON g.id = l.group_id';
  if (groupId !== undefined) return { from: joined, keysFrom: 'learners l', where: ['l.group_id = ?'], params: [groupId] };
  if (q.sort === 'group') return { from: 'groups g CROSS JOIN learners l ON l.group_id = g.id', where: [], params: [] };
  return { from: joined, keysFrom: 'learners l', where: [], params: [] };
}

/** The learners the search index finds, joined to their rows. */
function matchSource(match: string, groupId: number | undefined): Source {
  return {
    from: 'learner_search s CROSS JOIN learners l ON l.id = s.rowid CROSS JOIN groups g ON g.id = l.group_id',
    where: ['learner_search MATCH ?', ...(groupId !== undefined ? ['l.group_id = ?'] : [])],
    params: [match, ...(groupId !== undefined ? [groupId] : [])],
  };
}

const filterBy = (words: string[]): Source => ({ from: '', where: foldFilter(words), params: words });

function countCapped(ctx: Ctx, from: string, where: string[], params: KeyValue[]): number {
  return ctx.db
    .prepare(`SELECT count(*) FROM (SELECT 1 FROM ${from} ${whereOf(where)} LIMIT ${SEARCH_COUNT_CAP + 1})`)
    .pluck()
    .get(...params) as number;
}

function finish(q: Query, rows: Row[], kind: Kind | undefined, total: number | undefined): LearnerPage {
  const items = rows.map(([id, name, email, groupId, groupName, role, source, registeredAt]): Learner => ({
    id,
    name,
    email,
    groupId,
    groupName,
    role,
    source,
    registeredAt,
  }));
  const last = rows.at(-1);
  const next = rows.length === q.limit && last ? encode({ key: last.slice(8), kind }) : null;
  if (total === undefined) return { items, next };
  return total > SEARCH_COUNT_CAP && kind !== undefined
    ? { items, total: SEARCH_COUNT_CAP, capped: true, next }
    : { items, total, next };
}

export function listLearners(ctx: Ctx, input: ParsedInput<'learners-list'>): LearnerPage {
  const { groupId } = input;
  // Inside one group, its name is the same on every row: by group is by registration there.
  const sort: LearnerSort = groupId !== undefined && input.sort === 'group' ? 'registeredAt' : (input.sort ?? 'registeredAt');
  const dir: Dir = input.direction ?? (input.sort === undefined || input.sort === 'registeredAt' ? 'desc' : 'asc');
  const q: Query = { sort, dir, keys: KEYS[sort], limit: input.limit ?? 50 };
  const marker = input.after !== undefined ? decode(input.after, q.keys.length) : undefined;
  const counting = input.count ?? marker === undefined;
  const offset = input.offset ?? 0;
  const plan = input.search ? searchPlan(ctx, input.search) : null;

  if (!plan) {
    const source = rosterSource(q, groupId);
    const total = counting
      ? (ctx.db
          .prepare(`SELECT count(*) FROM learners ${groupId !== undefined ? 'WHERE group_id = ?' : ''}`)
          .pluck()
          .get(...(groupId !== undefined ? [groupId] : [])) as number)
      : undefined;
    let from = after(q, marker?.key);
    // A jump finds the key at that position over the index alone, then reads one page from it.
    if (offset > 0) {
      const key = marker || groupId !== undefined ? keyAt(ctx, q, source, from, offset) : keyAtPosition(ctx, q, source, offset);
      if (!key) return finish(q, [], undefined, total);
      from = after(q, key, true);
    }
    return finish(q, page(ctx, q, source, from, q.limit), undefined, total);
  }
  if (plan.nothing) return finish(q, [], undefined, counting ? 0 : undefined);
  registerFold(ctx.db);
  return searchPage(ctx, q, plan, groupId, marker, counting, offset);
}

function searchPage(
  ctx: Ctx,
  q: Query,
  plan: SearchPlan,
  groupId: number | undefined,
  marker: Marker | undefined,
  counting: boolean,
  offset: number,
): LearnerPage {
  const roster = rosterSource(q, groupId);
  const everyWord = filterBy(plan.words);
  const from = after(q, marker?.key);

  // A small group: read it whole, in order, keeping the rows that match.
  const smallGroup =
    groupId !== undefined &&
    (plan.match === null ||
      (ctx.db
        .prepare('SELECT count(*) FROM (SELECT 1 FROM learners WHERE group_id = ? LIMIT ?)')
        .pluck()
        .get(groupId, GROUP_WALK_MAX + 1) as number) <= GROUP_WALK_MAX);
  if (smallGroup || plan.match === null) {
    const total = counting
      ? countCapped(ctx, roster.from, [...roster.where, ...everyWord.where], [...roster.params, ...everyWord.params])
      : undefined;
    return finish(q, page(ctx, q, roster, both(from, everyWord), q.limit, offset), 'dense', total);
  }

  const found = matchSource(plan.match, groupId);
  const unindexed = filterBy(plan.unindexed);
  // Counted off the index alone when nothing else filters: no row is read for the count.
  const counted = !(counting || !marker?.kind)
    ? undefined
    : groupId === undefined && !plan.unindexed.length
      ? countCapped(ctx, 'learner_search', ['learner_search MATCH ?'], [plan.match])
      : countCapped(ctx, found.from, [...found.where, ...unindexed.where], [...found.params, ...unindexed.params]);
  const kind: Kind = marker?.kind ?? (counted! <= SEARCH_COUNT_CAP ? 'sparse' : 'dense');
  const total = counting ? counted : undefined;

  if (kind === 'sparse') {
    // Few matches (at most the cap): read them all off the index, then sort just those.
    return finish(q, page(ctx, q, found, both(from, unindexed), q.limit, offset), kind, total);
  }
  // Many matches: walk the sort's index and keep rows that match; a page fills quickly.
  const inIndex: Source = {
    from: '',
    where: ['l.id IN (SELECT rowid FROM learner_search WHERE learner_search MATCH ?)', ...unindexed.where],
    params: [plan.match, ...unindexed.params],
  };
  if (offset > 0) return finish(q, page(ctx, q, roster, both(from, inIndex), q.limit, offset), kind, total);
  // But where matches are rare for a stretch of that order (a surname, sorted by first name), stop
  // after DENSE_WINDOW rows and let the index name the matches from there on.
  const bound = keyAt(ctx, q, roster, from, DENSE_WINDOW);
  const upTo: Source = bound
    ? after({ ...q, dir: q.dir === 'asc' ? 'desc' : 'asc' }, bound, true)
    : { from: '', where: [], params: [] };
  const rows = page(ctx, q, roster, both(both(from, upTo), everyWord), q.limit);
  if (rows.length < q.limit && bound) {
    rows.push(...page(ctx, q, roster, both(after(q, bound), inIndex), q.limit - rows.length));
  }
  return finish(q, rows, kind, total);
}
