import Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../../shared/result';
import type { Text, TextId } from '../../shared/text';
import { APPLICATION_ID, latestVersion, migrate } from '../db/migrate';
import { isKnownVersion, schemaMismatch } from '../db/schemaCheck';
import { invalidDataText } from './restoreData';

const refuse = (text: Text | TextId) =>
  new AppError('validation', typeof text === 'string' ? { id: text } : text, { field: 'name' });

/** Refuses unless the file holds exactly the tables, indexes, triggers and views JoinDesk made. */
function assertSchemaIs(db: Database.Database, version: number): void {
  const m = schemaMismatch(db, version);
  if (m) {
    throw refuse({
      id: m.kind === 'extra' ? 'restore.schemaExtra' : 'restore.schemaMissing',
      values: { type: m.type, name: m.name },
    });
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** A first look at a file's first bytes: is it an SQLite database at all? */
export function assertSqliteHeader(file: string): void {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(SQLITE_HEADER.length);
  try {
    const read = fs.readSync(fd, head, 0, head.length, 0);
    if (read === 0) throw refuse('restore.empty');
    if (read < head.length || !head.equals(SQLITE_HEADER)) throw refuse('restore.notSqlite');
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
    throw refuse('restore.unreadable');
  }
  try {
    // Cheap, structural checks first: only a file with exactly our schema (and so only our CHECK
    // constraints) is ever read row by row.
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw refuse('restore.notJoinDesk');
    if (db.pragma('encoding', { simple: true }) !== 'UTF-8') throw refuse('restore.notUtf8');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion()) throw refuse('restore.newer');
    if (!isKnownVersion(version)) throw refuse({ id: 'restore.unknownVersion', values: { version } });
    assertSchemaIs(db, version);
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') throw refuse({ id: 'restore.damaged', values: { detail: integrity.slice(0, 120) } });
    if ((db.pragma('foreign_key_check') as unknown[]).length) throw refuse('restore.brokenLinks');
    try {
      migrate(db);
    } catch {
      throw refuse('restore.notUpgradable');
    }
    assertSchemaIs(db, latestVersion());
    if ((db.pragma('foreign_key_check') as unknown[]).length) throw refuse('restore.brokenLinks');
    const invalid = invalidDataText(db);
    if (invalid) throw refuse(invalid);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse('restore.unreadable');
  } finally {
    db.close();
  }
}
