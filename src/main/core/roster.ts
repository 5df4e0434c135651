import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/result';
import type { Learner, LearnerPage, LearnerSort } from '../../shared/types';
import type { Ctx } from './context';
import { LEARNER_COLUMNS } from './learnerRow';
import { addedSince, lastAdded, rosterWatched, watchRoster } from './rosterWrites';
import type { SearchPlan } from './searchTerms';
import { isAscii, learnersStarting, registerFold, searchPlan } from './searchTerms';

/**
 * The roster as the Learners table reads it: keyset pages in every sort (a page after a marker is
 * an index seek, at any depth), the total counted once per query, and a search that never sorts
 * more than SEARCH_COUNT_CAP matches.
 */

/** A search stops counting here: "more than 10,000" tells the admin as much as the exact number. */
export const SEARCH_COUNT_CAP = 10_000;
/** A common search walks this many rows in sort order looking for its page before asking the index instead. */
const DENSE_WINDOW = 4_000;
/** The first stretch of that walk, which tells whether matches come often enough to go on. */
const PROBE_WINDOW = 500;
/** A search inside a group up to this size reads the group; past it, the index. */
const GROUP_WALK_MAX = 20_000;
/** A search of short, common words only looks through this many of the learners who registered last (see `recentMatches`). */
export const WALK_WINDOW = 40_000;

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
  throw new AppError(
    'validation',
    { id: 'learner.pageMarker' },
    {
      field: 'after',
    },
  );
}

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

/** The same keys in the other direction: `after(reversed(q), key)` is every row before `key`. */
const reversed = (q: Query): Query => ({ ...q, dir: q.dir === 'asc' ? 'desc' : 'asc' });

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

/**
 * Keys along the whole roster in one order, each with its position: how many rows come before it.
 * Read every MILESTONE keys; moved along by the sign-ups noted since (rosterWrites.ts).
 */
interface Milestones {
  /** The last sign-up noted that these positions account for. */
  seq: number;
  keys: KeyValue[][];
  positions: number[];
  /** The walk reached the end of the order. */
  complete: boolean;
  /** Rows added past the last key since the walk reached the end. */
  tail: number;
}
const MILESTONE = 1_000;
/** Writes may widen the stretch between two keys up to this before they are read again. */
const MAX_STRETCH = 3 * MILESTONE;
const milestones = new WeakMap<Ctx['db'], { version: number; byOrder: Map<string, Milestones> }>();

/** Whether key `a` comes before key `b` in the query's order, compared by SQLite as the index does. */
function comesBefore(ctx: Ctx, q: Query, a: KeyValue[], b: KeyValue[]): boolean {
  const left = q.keys.map((k) => (k.includes('COLLATE NOCASE') ? '? COLLATE NOCASE' : '?')).join(', ');
  const right = q.keys.map(() => '?').join(', ');
  return (
    ctx.db
      .prepare(`SELECT (${left}) ${q.dir === 'asc' ? '<' : '>'} (${right})`)
      .pluck()
      .get(...a, ...b) === 1
  );
}

/** Moves the positions along by the sign-ups noted since; false when they must be read again instead. */
function catchUp(ctx: Ctx, q: Query, known: Milestones): boolean {
  for (const { seq, id } of addedSince(ctx.db, known.seq)) {
    const key = ctx.db
      .prepare(`SELECT ${keyColumns(q)} FROM learners l CROSS JOIN groups g ON g.id = l.group_id WHERE l.id = ?`)
      .raw()
      .get(id) as KeyValue[] | undefined;
    if (!key) return false;
    // Every key the new row comes before has one row more before it.
    let lo = 0;
    let hi = known.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (comesBefore(ctx, q, key, known.keys[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    for (let i = lo; i < known.positions.length; i++) known.positions[i]! += 1;
    if (lo === known.keys.length) known.tail += 1;
    known.seq = seq;
  }
  const { positions } = known;
  return (
    (positions[0] ?? 0) <= MAX_STRETCH &&
    positions.every((p, i) => i === 0 || p - positions[i - 1]! <= MAX_STRETCH) &&
    known.tail <= MAX_STRETCH
  );
}

/** This order's milestones, as they stand after every write so far. */
function milestonesFor(ctx: Ctx, q: Query): Milestones {
  // Another connection's writes (the import worker) are not noted, nor any but sign-ups here: they
  // start everything afresh.
  const version = ctx.db.pragma('data_version', { simple: true }) as number;
  let held = milestones.get(ctx.db);
  if (!held || held.version !== version || !rosterWatched(ctx.db)) {
    watchRoster(ctx.db);
    milestones.set(ctx.db, (held = { version, byOrder: new Map() }));
  }
  const name = `${q.sort} ${q.dir}`;
  let known = held.byOrder.get(name);
  if (!known || !catchUp(ctx, q, known)) {
    known = { seq: lastAdded(ctx.db), keys: [], positions: [], complete: false, tail: 0 };
    held.byOrder.set(name, known);
  }
  return known;
}

/**
 * The key at a position of the whole roster, for the scrollbar. A B-tree cannot count its way to a
 * position, so the first jump in an order reads every MILESTONE-th key up to there (a walk over the
 * index's keys alone); later jumps start from the key below and walk at most MAX_STRETCH keys. A
 * sign-up moves the positions after it along by one rather than making the next jump read them again.
 */
function keyAtPosition(ctx: Ctx, q: Query, source: Source, position: number): KeyValue[] | undefined {
  const known = milestonesFor(ctx, q);
  // Read only as far as this jump needs: a jump to the middle walks half the keys.
  while (!known.complete && (!known.keys.length || known.positions.at(-1)! + MILESTONE <= position)) {
    const previous = known.keys.at(-1);
    const key = previous ? keyAt(ctx, q, source, after(q, previous), MILESTONE - 1) : keyAt(ctx, q, source, none, 0);
    if (key) {
      known.keys.push(key);
      known.positions.push(previous ? known.positions.at(-1)! + MILESTONE : 0);
    } else known.complete = true;
  }
  // The last key at or before the position; before the first, the start of the order.
  let lo = 0;
  let hi = known.positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (known.positions[mid]! <= position) lo = mid + 1;
    else hi = mid;
  }
  const below = lo - 1;
  return below < 0
    ? keyAt(ctx, q, source, none, position)
    : keyAt(ctx, q, source, after(q, known.keys[below], true), position - known.positions[below]!);
}

const none: Source = { from: '', where: [], params: [] };

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

/**
 * Rows whose folded name and email hold every word: one fold per row, not one per word. Folding
 * keeps every ASCII character (lower-cased) next to its neighbours, so a row whose lower-cased text
 * holds each ASCII word holds it folded too: that is tested in SQL first. Only a row with something
 * past ASCII that does not pass (`diaz` in "Díaz") costs a call into JavaScript; a row all in ASCII
 * that does not pass holds no word, since folding it is lower-casing it.
 */
function filterBy(words: string[]): Source {
  if (!words.length) return none;
  const notAscii = 'length(l.name) + length(l.email) <> octet_length(l.name) + octet_length(l.email)';
  const folded = `(${notAscii} AND joindesk_holds(l.name, l.email, ?))`;
  if (!words.every(isAscii)) return { from: '', where: [folded], params: [words.join('\n')] };
  const inSql = words.map(() => '(instr(lower(l.name), ?) OR instr(lower(l.email), ?))').join(' AND ');
  return {
    from: '',
    where: [`(${inSql} OR ${folded})`],
    params: [...words.flatMap((w) => [w, w]), words.join('\n')],
  };
}

/** Matches counted up to one past the cap, and their ids as a JSON array. */
interface Found {
  count: number;
  ids: string;
  /** Only this many learners were looked through (see `recentMatches`). */
  searched?: number;
}

/** Counts the ids `sql` gives, up to one past the cap, and lists them as JSON (built in SQLite: no row crosses into JavaScript). */
function countIds(ctx: Ctx, sql: string, params: KeyValue[]): Found {
  const [count, ids] = ctx.db
    .prepare(`SELECT count(*), json_group_array(id) FROM (${sql} LIMIT ${SEARCH_COUNT_CAP + 1})`)
    .raw()
    .get(...params) as [number, string];
  return { count, ids };
}

/** The learners the index names for a plan's driving words, as a subquery giving `id` (null: none drives). */
function drivenBy(ctx: Ctx, plan: SearchPlan): { sql: string; params: KeyValue[] } | null {
  if (plan.match !== null)
    return { sql: 'SELECT rowid AS id FROM learner_search WHERE learner_search MATCH ?', params: [plan.match] };
  return plan.prefix === null ? null : learnersStarting(ctx, plan.prefix);
}

/** The learners the index names that pass the filters. */
function matchIds(ctx: Ctx, driver: { sql: string; params: KeyValue[] }, groupId: number | undefined, unindexed: Source): Found {
  const filtered = groupId !== undefined || unindexed.where.length > 0;
  const where = [...(groupId !== undefined ? ['l.group_id = ?'] : []), ...unindexed.where];
  return countIds(
    ctx,
    `SELECT d.id FROM (${driver.sql}) d ${filtered ? 'CROSS JOIN learners l ON l.id = d.id' : ''} ${whereOf(where)}`,
    [...driver.params, ...(groupId !== undefined ? [groupId] : []), ...unindexed.params],
  );
}

/** Newest first by registration: the order the walk window is counted in. */
const NEWEST: Query = { sort: 'registeredAt', dir: 'desc', keys: KEYS.registeredAt, limit: 1 };

/**
 * Up to SEARCH_COUNT_CAP + 1 of the WALK_WINDOW learners (of the roster or the group) who registered
 * last, holding every word: what a search of short, common words only — no word the index narrows
 * by — looks through. A rare mix of common letters (`1 2 3 4 5`) would otherwise be counted over the
 * whole roster while every other request waits. Both reads go along a registration index.
 */
function recentMatches(ctx: Ctx, groupId: number | undefined, everyWord: Source): Found {
  const inGroup: Source = groupId !== undefined ? { from: '', where: ['l.group_id = ?'], params: [groupId] } : none;
  const floor = keyAt(ctx, NEWEST, { ...inGroup, from: 'learners l' }, none, WALK_WINDOW);
  // Registered after the floor: `after` in the opposite (oldest-first) order.
  const within = both(both(inGroup, floor ? after(reversed(NEWEST), floor) : none), everyWord);
  const matches = countIds(ctx, `SELECT l.id FROM learners l ${whereOf(within.where)}`, within.params);
  return floor ? { ...matches, searched: WALK_WINDOW } : matches;
}

function countCapped(ctx: Ctx, from: string, where: string[], params: KeyValue[]): number {
  return ctx.db
    .prepare(`SELECT count(*) FROM (SELECT 1 FROM ${from} ${whereOf(where)} LIMIT ${SEARCH_COUNT_CAP + 1})`)
    .pluck()
    .get(...params) as number;
}

function finish(q: Query, rows: Row[], kind: Kind | undefined, total: number | undefined, searched?: number): LearnerPage {
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
  if (total > SEARCH_COUNT_CAP && kind !== undefined) return { items, total: SEARCH_COUNT_CAP, capped: true, next };
  return searched === undefined ? { items, total, next } : { items, total, searched, next };
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
  // A search shows at most its first SEARCH_COUNT_CAP matches: a position past them would walk the
  // roster counting matches up to it, and no screen asks for one.
  if (offset >= SEARCH_COUNT_CAP)
    throw new AppError('validation', { id: 'learner.searchTooDeep', values: { cap: SEARCH_COUNT_CAP } }, { field: 'offset' });
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
    (ctx.db
      .prepare('SELECT count(*) FROM (SELECT 1 FROM learners WHERE group_id = ? LIMIT ?)')
      .pluck()
      .get(groupId, GROUP_WALK_MAX + 1) as number) <= GROUP_WALK_MAX;
  if (smallGroup) {
    const total = counting
      ? countCapped(ctx, roster.from, [...roster.where, ...everyWord.where], [...roster.params, ...everyWord.params])
      : undefined;
    return finish(q, page(ctx, q, roster, both(from, everyWord), q.limit, offset), 'dense', total);
  }

  const unindexed = filterBy(plan.unindexed);
  // The matches, up to one past the cap, unless a page of many is asked for without a count. A
  // marker saying "few" is checked here, not trusted: sorting every match of a common word is what
  // the cap is for. Nor one saying "many" on a walk: it would page on past the learners looked
  // through, and counting them again costs little.
  const driver = drivenBy(ctx, plan);
  const manyAlready = !counting && marker?.kind === 'dense' && driver !== null;
  const matches = manyAlready
    ? undefined
    : driver
      ? matchIds(ctx, driver, groupId, unindexed)
      : recentMatches(ctx, groupId, everyWord);
  const kind: Kind = matches && matches.count <= SEARCH_COUNT_CAP ? 'sparse' : 'dense';
  const total = counting ? matches!.count : undefined;

  if (kind === 'sparse') {
    // Few matches (at most the cap): sort just those, read once off the index.
    const few: Source = {
      from: 'json_each(?) j CROSS JOIN learners l ON l.id = j.value CROSS JOIN groups g ON g.id = l.group_id',
      where: [],
      params: [matches!.ids],
    };
    return finish(q, page(ctx, q, few, from, q.limit, offset), kind, total, matches!.searched);
  }
  // Many matches of short, common words: walk the sort's index keeping the rows that hold them.
  if (!driver) return finish(q, page(ctx, q, roster, both(from, everyWord), q.limit, offset), kind, total);
  // Many matches: walk the sort's index and keep rows that match; a page fills quickly. The `+`
  // keeps SQLite walking the sort's index, each id looked up among the matches (read once into a
  // Bloom-filtered list, no row read for one that is not there): the whole roster in about 45 ms at
  // a million, where starting from the matches would read and sort every one of them.
  const inIndex: Source = {
    from: '',
    where: [`+l.id IN (${driver.sql})`, ...unindexed.where],
    params: [...driver.params, ...unindexed.params],
  };
  if (offset > 0) return finish(q, page(ctx, q, roster, both(from, inIndex), q.limit, offset), kind, total);
  // But where matches are rare for a stretch of that order (a surname, sorted by first name), each
  // row tested there is a row read from anywhere in the file: stop after PROBE_WINDOW rows if they
  // matched too rarely to fill the page within DENSE_WINDOW, else after DENSE_WINDOW, and look the
  // ids up among the index's matches from there on.
  const rows: Row[] = [];
  let rest = from;
  for (const stretch of [PROBE_WINDOW, DENSE_WINDOW - PROBE_WINDOW]) {
    const bound = keyAt(ctx, q, roster, rest, stretch);
    const upTo: Source = bound ? after(reversed(q), bound, true) : none;
    rows.push(...page(ctx, q, roster, both(both(rest, upTo), everyWord), q.limit - rows.length));
    if (rows.length === q.limit || !bound) return finish(q, rows, kind, total);
    rest = after(q, bound);
    if (rows.length * (DENSE_WINDOW / PROBE_WINDOW) < q.limit) break;
  }
  rows.push(...page(ctx, q, roster, both(rest, inIndex), q.limit - rows.length));
  return finish(q, rows, kind, total);
}
