import type { Db } from '../db/open';
import type { Ctx } from './context';

/**
 * Text as search compares it: lower-cased, accents and other marks taken off, compatibility forms
 * folded (full-width letters, ligatures), so `diaz` finds "Díaz" and `ＡＢＣ` finds "abc".
 */
export const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    // NFKC can make capitals of what had none (ℌ → H): lower case again, as the index stores it.
    .toLowerCase()
    // A final sigma is a sigma, as the index's own folding has it (`ος` finds "Νίκος"). The index
    // held σ for it already: what it stores is unchanged.
    .replaceAll('ς', 'σ');

/**
 * What a learner is found by: folded name and email, each closed by a line break. The index holds
 * every three-character window of it (FTS5 trigram), so any three or more characters typed find
 * the learner wherever they occur; the closing break makes every two-character piece, the last one
 * included, the start of some window (how `小明` finds "王小明"). A search word never holds a line
 * break, so no match spans the name and the email. Migration 0060 indexed older files with a
 * frozen copy of this rule: changing it needs a migration that re-indexes.
 */
export const searchDocument = (name: string, email: string): string => `${fold(name)}\n${fold(email)}\n`;

/** Learners to index at the end of a shared commit, per connection (see `deferIndexing`). */
const deferred = new WeakMap<Db, Set<number>>();

/** (Re)indexes one learner: safe to call again after any change to the name or email. */
export function indexLearner(ctx: Ctx, learnerId: number, name: string, email: string): void {
  const later = deferred.get(ctx.db);
  if (later) {
    later.add(learnerId);
    return;
  }
  unindexLearner(ctx, learnerId);
  ctx.db.prepare('INSERT INTO learner_search (rowid, doc) VALUES (?, ?)').run(learnerId, searchDocument(name, email));
}

/**
 * From now until `writeDeferredIndex` or `dropDeferredIndex`, learners indexed on this connection
 * are only noted. FTS5 writes what it holds as a new index segment at every savepoint, so sign-ups
 * sharing one commit (each in its own savepoint) would write one small segment each; written
 * together outside any savepoint, they make one.
 */
export function deferIndexing(db: Db): void {
  deferred.set(db, new Set());
}

/**
 * Indexes the noted learners from their rows as they stand now, in the transaction that holds
 * them, outside any savepoint. A learner whose savepoint was rolled back has no row, so gets no
 * entry; a row id used again by a later learner is indexed with that learner's name.
 */
export function writeDeferredIndex(db: Db): void {
  const ids = deferred.get(db);
  deferred.delete(db);
  if (!ids?.size) return;
  const row = db.prepare('SELECT name, email FROM learners WHERE id = ?');
  const remove = db.prepare('DELETE FROM learner_search WHERE rowid = ?');
  const insert = db.prepare('INSERT INTO learner_search (rowid, doc) VALUES (?, ?)');
  for (const id of ids) {
    const learner = row.get(id) as { name: string; email: string } | undefined;
    remove.run(id);
    if (learner) insert.run(id, searchDocument(learner.name, learner.email));
  }
}

/** Forgets the noted learners (their transaction is gone) and indexes at once again. */
export function dropDeferredIndex(db: Db): void {
  deferred.delete(db);
}

/** Takes a learner out of the index (deleting the learner row does this too, by trigger). */
export function unindexLearner(ctx: Ctx, learnerId: number): void {
  ctx.db.prepare('DELETE FROM learner_search WHERE rowid = ?').run(learnerId);
}

/** The index and its shadow tables: derived from learners, so a restore rebuilds them rather than copying them. */
export const isSearchTable = (table: string): boolean => table === 'learner_search' || table.startsWith('learner_search_');

/** Empties the index at once (before many learners are deleted, so no delete has anything to take out). */
export function clearSearchIndex(ctx: Ctx): void {
  ctx.db.prepare("INSERT INTO learner_search (learner_search) VALUES ('delete-all')").run();
}

/** Indexes every learner again from their rows, by this rule. */
export function reindexAll(ctx: Ctx): void {
  clearSearchIndex(ctx);
  const insert = ctx.db.prepare('INSERT INTO learner_search (rowid, doc) VALUES (?, ?)');
  // Read them all first: better-sqlite3 runs no other statement on a connection while one iterates.
  const learners = ctx.db.prepare('SELECT id, name, email FROM learners').raw().all() as [number, string, string][];
  for (const [id, name, email] of learners) insert.run(id, searchDocument(name, email));
}

// Control characters break words as spaces do: no name holds one (names are cleaned), and inside
// an FTS5 phrase a NUL would end the query text early (a syntax error, not a search).
const WORD_BREAK = /[\s\p{Cc}]+/u;

/** Longest first: the longest word narrows the most. At most 5 words, each at most 60 characters. */
export const searchWords = (query: string): string[] =>
  [...new Set(fold(query).split(WORD_BREAK).filter(Boolean))]
    .map((w) => [...w].slice(0, 60).join(''))
    .sort((a, b) => [...b].length - [...a].length)
    .slice(0, 5);

/** A two-character word stands for every indexed window it starts; more than this and it narrows too little to drive. */
const MAX_SHORT_EXPANSION = 64;

const phrase = (s: string) => `"${s.replaceAll('"', '""')}"`;

export interface SearchPlan {
  /** Every folded word: a match contains each. */
  words: string[];
  /** The FTS5 query for the words the index can find, or null when none can. */
  match: string | null;
  /** The words `match` leaves out (short and common): a filter on the rows it finds. */
  unindexed: string[];
  /**
   * With no `match`: a short word that is not common, but starts too many windows to name them in
   * one (a Chinese surname, 王): its learners are read off the index's entries starting with it.
   */
  prefix: string | null;
  /** A word the index has never seen: nothing can match. */
  nothing: boolean;
}

/**
 * A rare one-character word, or a two-character word that is not common when nothing else can
 * drive, is looked up as the windows it starts, up to this many: the index reads fewer entries than
 * a walk folds rows.
 */
const MAX_WIDE_EXPANSION = 512;

const vocabularies = new WeakMap<Db, Set<string>>();

/**
 * The index's own vocabulary on this connection: `row` lists its windows, `instance` every entry.
 * A temp table: it lives with this connection only and is never part of the file's schema.
 */
function vocabulary(ctx: Ctx, type: 'row' | 'instance'): string {
  const table = `temp.learner_search_${type}`;
  let made = vocabularies.get(ctx.db);
  if (!made) vocabularies.set(ctx.db, (made = new Set()));
  if (!made.has(type)) {
    ctx.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${table} USING fts5vocab(main, learner_search, ${type})`);
    made.add(type);
  }
  return table;
}

/** The windows starting with a short word. */
function windowsStarting(ctx: Ctx, word: string, limit = MAX_SHORT_EXPANSION + 1): string[] {
  return ctx.db
    .prepare(`SELECT term FROM ${vocabulary(ctx, 'row')} WHERE term >= ? AND term < ? LIMIT ?`)
    .pluck()
    .all(word, `${word}\u{10FFFF}`, limit) as string[];
}

/** A short word held by at least this share of learners is common: a walk in order meets its matches sooner than the index lists them. */
const COMMON_SHARE = 0.2;
/** Learners read, spread over the roster, to tell which short words are common. */
const SAMPLE_SIZE = 500;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** The share of a sample of learners holding each word: which short words a walk would meet often. */
function sampledShares(ctx: Ctx, words: string[]): number[] {
  const top = (ctx.db.prepare('SELECT max(id) FROM learners').pluck().get() as number | null) ?? 0;
  // Spread by the golden ratio rather than at even steps, which would fall in step with numbered names.
  const ids =
    top <= SAMPLE_SIZE
      ? Array.from({ length: top }, (_, i) => i + 1)
      : Array.from({ length: SAMPLE_SIZE }, (_, i) => 1 + Math.floor((((i + 1) * GOLDEN) % 1) * top));
  const texts = (
    ctx.db
      .prepare('SELECT name, email FROM learners WHERE id IN (SELECT value FROM json_each(?))')
      .raw()
      .all(JSON.stringify(ids)) as [string, string][]
  ).map(([name, email]) => foldQuickly(`${name}\n${email}`));
  return words.map((word) => texts.filter((text) => text.includes(word)).length / Math.max(1, texts.length));
}

/**
 * An email's last character starts no window of the index (only "uk\n" holds the `k` of
 * "ann@lee.uk"), but it ends one after the character before it: an ASCII letter or digit, `.`, `-` or
 * `@` (emails are ASCII; a domain ends in a letter or digit, as its labels do).
 */
const EMAIL_LAST = /^[a-z0-9]$/;
const BEFORE_EMAIL_LAST = [...'abcdefghijklmnopqrstuvwxyz0123456789.-@'];
const endingEmails = (char: string): string[] => (EMAIL_LAST.test(char) ? BEFORE_EMAIL_LAST.map((c) => `${c}${char}\n`) : []);

export function searchPlan(ctx: Ctx, query: string): SearchPlan | null {
  const words = searchWords(query);
  if (!words.length) return null;
  const short = words.filter((w) => [...w].length < 3);
  const shares = short.length ? sampledShares(ctx, short) : [];
  const share = (word: string) => shares[short.indexOf(word)]!;
  const common = (word: string) => share(word) >= COMMON_SHARE;
  const parts: string[] = [];
  const unindexed: string[] = [];
  for (const word of words) {
    const length = [...word].length;
    if (length >= 3) {
      parts.push(phrase(word));
      continue;
    }
    // A common one-character word is never looked up: its windows are many and long (reading them
    // costs more than a walk). A rare one is every window it starts, and every email it ends.
    if (length === 1) {
      if (common(word)) {
        unindexed.push(word);
        continue;
      }
      const windows = [...windowsStarting(ctx, word, MAX_WIDE_EXPANSION + 1), ...endingEmails(word)];
      if (!windows.length) return { words, match: null, unindexed: words, prefix: null, nothing: true };
      if (windows.length <= MAX_WIDE_EXPANSION) parts.push(anyOf(windows));
      else unindexed.push(word);
      continue;
    }
    const windows = windowsStarting(ctx, word);
    if (!windows.length) return { words, match: null, unindexed: words, prefix: null, nothing: true };
    if (windows.length <= MAX_SHORT_EXPANSION) parts.push(anyOf(windows));
    else unindexed.push(word);
  }
  if (!parts.length) {
    // Nothing narrow enough: a two-character word that is not common drives anyway, the others filter its rows.
    for (const word of unindexed.filter((w) => [...w].length === 2 && !common(w))) {
      const windows = windowsStarting(ctx, word, MAX_WIDE_EXPANSION + 1);
      if (windows.length > MAX_WIDE_EXPANSION) continue;
      parts.push(anyOf(windows));
      unindexed.splice(unindexed.indexOf(word), 1);
    }
  }
  // Still nothing: the rarest short word that is not common drives through the entries starting it.
  const prefix = parts.length ? null : (unindexed.filter((w) => !common(w)).sort((a, b) => share(a) - share(b))[0] ?? null);
  if (prefix !== null) unindexed.splice(unindexed.indexOf(prefix), 1);
  return { words, match: parts.length ? parts.join(' AND ') : null, unindexed, prefix, nothing: false };
}

/**
 * Every learner holding a short word, as a subquery giving `id`: the index's entries starting with
 * it, one by one (no list of windows), and the emails it ends (see `endingEmails`).
 */
export function learnersStarting(ctx: Ctx, word: string): { sql: string; params: string[] } {
  const ends = [...word].length === 1 ? endingEmails(word) : [];
  const from = `FROM ${vocabulary(ctx, 'instance')} WHERE`;
  return {
    sql: [`SELECT DISTINCT doc AS id ${from} term >= ? AND term < ?`, ...ends.map(() => `SELECT doc ${from} term = ?`)].join(
      ' UNION ',
    ),
    params: [word, `${word}\u{10FFFF}`, ...ends],
  };
}

const anyOf = (windows: string[]) => `(${windows.map(phrase).join(' OR ')})`;

/** Text with nothing past U+007F. */
const ASCII = /^[^\u0080-\u{10FFFF}]*$/u;
export const isAscii = (s: string): boolean => ASCII.test(s);

/** The same as `fold`, sooner for text that is all ASCII: there, folding is lower-casing. */
const foldQuickly = (s: string): string => (isAscii(s) ? s.toLowerCase() : fold(s));

/** Whether a learner's folded name and email hold every word (`words`: folded, joined by line breaks). */
export const holdsEvery = (name: string, email: string, words: string): boolean => {
  const text = foldQuickly(`${name}\n${email}`);
  return words.split('\n').every((word) => text.includes(word));
};

const folding = new WeakSet<Db>();

/**
 * `joindesk_holds(name, email, words)` in SQL on this connection: `holdsEvery`, for filtering rows
 * as an index walks them. One call per row folds the row once, however many words are tested.
 */
export function registerFold(db: Db): void {
  if (folding.has(db)) return;
  db.function('joindesk_holds', { deterministic: true }, (name: unknown, email: unknown, words: unknown) =>
    typeof name === 'string' && typeof email === 'string' && typeof words === 'string' && holdsEvery(name, email, words) ? 1 : 0,
  );
  folding.add(db);
}
