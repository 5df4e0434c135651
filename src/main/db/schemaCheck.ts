import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const readSchema = (db: Database.Database): SchemaObject[] =>
  db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all() as SchemaObject[];

const expected = new Map<number, SchemaObject[]>();

/** The schema our migrations produce for `version`, from an empty database. */
function expectedSchema(version: number): SchemaObject[] {
  let schema = expected.get(version);
  if (!schema) {
    const db = new Database(':memory:');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= version),
    );
    schema = readSchema(db);
    db.close();
    expected.set(version, schema);
  }
  return schema;
}

export const isKnownVersion = (version: number): boolean => MIGRATIONS.some((m) => m.version === version);

/** The first object (table, index, trigger, view) a file has that it should not, or lacks or has altered. */
export interface SchemaMismatch {
  kind: 'extra' | 'missing';
  type: string;
  /** Cut to 60 characters. */
  name: string;
}

/** How a file's schema differs from exactly what JoinDesk makes for `version`; null when it is the same. */
export function schemaMismatch(db: Database.Database, version: number): SchemaMismatch | null {
  const key = (o: SchemaObject) => JSON.stringify([o.type, o.name, o.tbl_name, o.sql]);
  const want = expectedSchema(version);
  const have = readSchema(db);
  const wanted = new Set(want.map(key));
  const extra = have.find((o) => !wanted.has(key(o)));
  if (extra) return { kind: 'extra', type: extra.type, name: extra.name.slice(0, 60) };
  const had = new Set(have.map(key));
  const missing = want.find((o) => !had.has(key(o)));
  return missing ? { kind: 'missing', type: missing.type, name: missing.name.slice(0, 60) } : null;
}

/** The same difference in English words, for a message that is not translated (the start-up error). */
export function schemaDifference(db: Database.Database, version: number): string | null {
  const m = schemaMismatch(db, version);
  if (!m) return null;
  return m.kind === 'extra' ? `it has an unexpected ${m.type} "${m.name}"` : `its ${m.type} "${m.name}" is missing or altered`;
}
