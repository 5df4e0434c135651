import Database from 'better-sqlite3';

type Statement = Database.Statement<unknown[], unknown>;
type Mode = 'flat' | 'pluck' | 'raw' | 'expand';
/** 'd': the connection's default; '1' / '0': `safeIntegers(true / false)`. */
type Safe = 'd' | '1' | '0';

/** One SQL text: a statement per output mode asked for, each prepared once. */
interface Family {
  sql: string;
  variants: Map<string, Statement>;
}

export interface StatementCacheStats {
  /** Statements SQLite actually compiled through `db.prepare` on this connection. */
  prepared: number;
  /** `db.prepare` calls answered from the cache. */
  reused: number;
}

/** More distinct SQL texts than the core has (a few hundred); past it, the least recently used go. */
export const STATEMENT_CACHE_SIZE = 1000;

const proto = Database.prototype;
const statementProto = (s: Statement) => Object.getPrototypeOf(s) as Statement;
const stats = new WeakMap<Database.Database, StatementCacheStats>();

/** How many statements this connection compiled and reused (tests and the bench read it). */
export const statementCacheStats = (db: Database.Database): StatementCacheStats => ({
  prepared: 0,
  reused: 0,
  ...stats.get(db),
});

/**
 * Makes `db.prepare(sql)` compile each SQL text once per connection and hand back the same
 * statement afterwards, so every call site in the core gets it without holding statements itself.
 *
 * A cached statement is shared, so it never changes under whoever holds it:
 * - `.pluck()`, `.raw()`, `.expand()`, `.safeIntegers()` return a statement of their own for that
 *   mode (cached too) instead of switching the shared one;
 * - `.bind()` binds a fresh, uncached statement (binding is permanent);
 * - a statement being iterated is busy: `db.prepare` then hands out a fresh one.
 */
export function cacheStatements(db: Database.Database, size = STATEMENT_CACHE_SIZE): Database.Database {
  const families = new Map<string, Family>();
  const count: StatementCacheStats = { prepared: 0, reused: 0 };
  stats.set(db, count);

  const compile = (sql: string, mode: Mode, safe: Safe): Statement => {
    const s = proto.prepare.call(db, sql) as Statement;
    count.prepared++;
    const p = statementProto(s);
    if (mode !== 'flat') p[mode].call(s, true);
    if (safe !== 'd') p.safeIntegers.call(s, safe === '1');
    return s;
  };

  const variant = (family: Family, mode: Mode, safe: Safe): Statement => {
    const key = `${mode}${safe}`;
    let s = family.variants.get(key);
    if (!s) {
      s = compile(family.sql, mode, safe);
      shareable(s, family, mode, safe);
      family.variants.set(key, s);
    }
    return s.busy ? compile(family.sql, mode, safe) : s;
  };

  /** Mode switches lead to the statement for that mode; the shared one stays as it is. */
  const shareable = (s: Statement, family: Family, mode: Mode, safe: Safe): void => {
    const p = statementProto(s);
    const toggle = (name: Exclude<Mode, 'flat'>) =>
      function (this: Statement, use = true): Statement {
        // Same refusal as SQLite's for statements that return no data.
        if (!s.reader) return p[name].call(s, use);
        return variant(family, use ? name : mode === name ? 'flat' : mode, safe);
      };
    Object.defineProperties(s, {
      pluck: { value: toggle('pluck') },
      raw: { value: toggle('raw') },
      expand: { value: toggle('expand') },
      safeIntegers: { value: (use = true) => variant(family, mode, use ? '1' : '0') },
      bind: { value: (...params: unknown[]) => p.bind.apply(compile(family.sql, mode, safe), params) },
    });
  };

  const prepare = (sql: string): Statement => {
    let family = families.get(sql);
    if (family) {
      count.reused++;
      // Most recently used last: the first in the map is the one to drop.
      families.delete(sql);
      families.set(sql, family);
      return variant(family, 'flat', 'd');
    }
    family = { sql, variants: new Map() };
    const s = variant(family, 'flat', 'd'); // SQL that does not compile throws here, and is not kept
    if (families.size >= size) families.delete(families.keys().next().value!);
    families.set(sql, family);
    return s;
  };

  Object.defineProperties(db, {
    prepare: { value: prepare, configurable: true, writable: true },
    // Statements made under the old default would keep it: start afresh.
    defaultSafeIntegers: {
      value: (...args: [boolean?]) => {
        families.clear();
        return proto.defaultSafeIntegers.apply(db, args);
      },
      configurable: true,
      writable: true,
    },
  });
  return db;
}
