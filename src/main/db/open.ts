import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from './migrate';

export class DatabaseCorruptError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`The data file ${file} failed its integrity check (${detail}). It has been left untouched.`);
    this.name = 'DatabaseCorruptError';
  }
}

export interface OpenOptions {
  /** Path of a better-sqlite3 addon built for this runtime (Electron keeps its own apart). */
  nativeBinding?: string;
}

export type Db = Database.Database;

/** Opens (creating if needed) and migrates a JoinDesk database. `:memory:` is allowed for tests. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') createPrivateFile(file);
  const db = new Database(file, { nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a learner told "you're registered" must survive a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Deleted rows are overwritten with zeros, so an erased learner leaves no trace in free pages.
    db.pragma('secure_delete = ON');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DatabaseCorruptError(file, String(check));
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code)) {
      throw new DatabaseCorruptError(file, error.code);
    }
    throw error;
  }
}

// SQLite gives -wal and -shm the mode of the main file, so 0600 here covers all three.
function createPrivateFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  fs.chmodSync(file, 0o600);
}
