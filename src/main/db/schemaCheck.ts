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

const named = (o: SchemaObject) => `${o.type} "${o.name.slice(0, 60)}"`;

/**
 * How a file's schema differs from exactly what JoinDesk makes for `version` (tables, columns,
 * indexes, triggers, views), as words for a person; null when it is the same.
 */
export function schemaDifference(db: Database.Database, version: number): string | null {
  const key = (o: SchemaObject) => JSON.stringify([o.type, o.name, o.tbl_name, o.sql]);
  const want = expectedSchema(version);
  const have = readSchema(db);
  const wanted = new Set(want.map(key));
  const extra = have.find((o) => !wanted.has(key(o)));
  if (extra) return `it has an unexpected ${named(extra)}`;
  const had = new Set(have.map(key));
  const missing = want.find((o) => !had.has(key(o)));
  return missing ? `its ${named(missing)} is missing or altered` : null;
}
