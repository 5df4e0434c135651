import Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../../shared/result';
import { APPLICATION_ID, latestVersion, migrate } from '../db/migrate';
import { isKnownVersion, schemaDifference } from '../db/schemaCheck';
import { invalidData } from './restoreData';

const refuse = (message: string) => new AppError('validation', message, { field: 'name' });

/** Refuses unless the file holds exactly the tables, indexes, triggers and views JoinDesk made. */
function assertSchemaIs(db: Database.Database, version: number): void {
  const difference = schemaDifference(db, version);
  if (difference) throw refuse(`That file is not a JoinDesk backup as made: ${difference}.`);
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** A first look at a file's first bytes: is it an SQLite database at all? */
export function assertSqliteHeader(file: string): void {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(SQLITE_HEADER.length);
  try {
    const read = fs.readSync(fd, head, 0, head.length, 0);
    if (read === 0) throw refuse('That file is empty: it may be a backup that was interrupted.');
    if (read < head.length || !head.equals(SQLITE_HEADER))
      throw refuse('That file is not a JoinDesk backup (not an SQLite database).');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Checks a private copy of a candidate backup and brings it up to this version, or throws a clear
 * refusal. The copy is changed (journal mode, migrations); the live data is never touched here.
 */
export function checkAndUpgradeCopy(copy: string): void {
  assertSqliteHeader(copy);
  let db: Database.Database;
  try {
    db = new Database(copy, { fileMustExist: true });
    // The file is not trusted yet: nothing in its schema may call functions with side effects.
    db.pragma('trusted_schema = OFF');
    db.pragma('journal_mode = DELETE');
  } catch {
    throw refuse('That file is damaged and cannot be read.');
  }
  try {
    // Cheap, structural checks first: only a file with exactly our schema (and so only our CHECK
    // constraints) is ever read row by row.
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID)
      throw refuse('That file is an SQLite database, but not a JoinDesk one.');
    if (db.pragma('encoding', { simple: true }) !== 'UTF-8')
      throw refuse('That file is not a JoinDesk backup (its text encoding is not UTF-8).');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion()) throw refuse('That backup was made by a newer JoinDesk. Update JoinDesk to restore it.');
    if (!isKnownVersion(version)) throw refuse(`That file is labelled with a JoinDesk version that never existed (${version}).`);
    assertSchemaIs(db, version);
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') throw refuse(`That file is damaged (${integrity.slice(0, 120)}).`);
    if ((db.pragma('foreign_key_check') as unknown[]).length) throw refuse('That file has broken links between its records.');
    try {
      migrate(db);
    } catch {
      throw refuse('That backup could not be brought up to this version of JoinDesk.');
    }
    assertSchemaIs(db, latestVersion());
    if ((db.pragma('foreign_key_check') as unknown[]).length) throw refuse('That file has broken links between its records.');
    const invalid = invalidData(db);
    if (invalid) throw refuse(`That file is not a JoinDesk backup as made: it holds ${invalid}.`);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse('That file is damaged and cannot be read.');
  } finally {
    db.close();
  }
}
