import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { backupsDirFor, ensureBackupsDir, listBackups, newBackupName } from '../files/backupFolder';
import { writeWholeSync } from '../files/wholeFile';
import { APPLICATION_ID, DatabaseTooNewError, latestVersion, migrate, NotJoinDeskDatabaseError } from './migrate';
import { isKnownVersion, schemaDifference } from './schemaCheck';
import { cacheStatements } from './statementCache';

export class DatabaseCorruptError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`The data file ${file} failed its integrity check (${detail}). It has been left untouched.`);
    this.name = 'DatabaseCorruptError';
  }
}

/** The data file is gone or empty where JoinDesk had data before: never start afresh over it silently. */
export class DataMissingError extends Error {
  /** Where the backups are kept, and the file that says JoinDesk had data here. */
  readonly backupsDir: string;
  readonly marker: string;
  constructor(
    readonly file: string,
    readonly state: 'missing' | 'empty',
    readonly newestBackup: string | null,
  ) {
    super(
      `JoinDesk's data file ${file} is ${state === 'missing' ? 'missing' : 'empty (0 bytes)'}, though JoinDesk had data here before. ` +
        (newestBackup
          ? `The newest backup is ${path.join(backupsDirFor(file), newestBackup)}: copy it to ${file} to carry on from it, or move the backups away to start afresh.`
          : 'No backup was found beside it. Restore the file from your own copies, or delete the file "' +
            hadDataMarker(file) +
            '" to start afresh.'),
    );
    this.backupsDir = backupsDirFor(file);
    this.marker = hadDataMarker(file);
    this.name = 'DataMissingError';
  }
}

export interface OpenOptions {
  /** Path of a better-sqlite3 addon built for this runtime (Electron keeps its own apart). */
  nativeBinding?: string;
  /** This process has opened, checked and migrated the file already (a worker thread): skip that. */
  checked?: boolean;
  /** Compile each SQL text once per connection (see statementCache.ts); the bench turns it off to compare. */
  cacheStatements?: boolean;
  /** Told once when an older data file was brought up to this version, after a copy of it was kept in backups/. */
  onUpgrade?: (upgrade: Upgrade) => void;
}

/** An older data file brought up to date: its schema versions, and the backup holding it as it was. */
export interface Upgrade {
  from: number;
  to: number;
  backup: string;
}

/** The words the hosts print (serve mode) or show once (desktop) after an upgrade. */
export const upgradeMessage = ({ from, to, backup }: Upgrade): string =>
  `JoinDesk updated its data from version ${from} to ${to}; a copy of the old data is in ${backup}.`;

export type Db = Database.Database;

/**
 * How start-up checked an existing file: `header` (application id, version, exact schema: a few
 * pages, whatever the file's size) when JoinDesk itself closed it cleanly and nothing touched it
 * since; `full` (that, then `quick_check` over every page) after an unclean shutdown or when the
 * file changed outside JoinDesk; `new` for a new file; `none` for a connection to a file this
 * process has checked already.
 */
export type StartupCheck = 'header' | 'full' | 'new' | 'none';
const startupChecks = new WeakMap<Db, StartupCheck>();
export const startupCheckOf = (db: Db): StartupCheck => startupChecks.get(db) ?? 'none';

/** A file beside the data saying "there was data here": a missing data file is then an alarm, not a fresh start. */
const hadDataMarker = (file: string): string => path.join(path.dirname(file), '.joindesk-had-data');

/**
 * Opens (creating if needed) and migrates a JoinDesk database. `:memory:` is allowed for tests.
 * An existing file is first checked through a read-only connection; only a file that passes every
 * check (or a new, empty one) is ever written to, so a refused file is left byte for byte as it was.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file === ':memory:') return configure(new Database(file, { nativeBinding: options.nativeBinding }), file, true, options);
  if (options.checked)
    return configure(new Database(file, { nativeBinding: options.nativeBinding, fileMustExist: true }), file, false, options);
  const check = inspect(file, options);
  if (check === 'new') createPrivateFile(file);
  // From here on the file is open for writing: until a clean close, the next start checks it whole.
  fs.rmSync(closedStamp(file), { force: true });
  const db = new Database(file, { nativeBinding: options.nativeBinding, fileMustExist: true });
  try {
    fs.chmodSync(file, 0o600);
    const backup = keepBeforeUpgrade(db, file);
    configure(db, file, true, options);
    fs.closeSync(fs.openSync(hadDataMarker(file), 'a', 0o600));
    if (backup) options.onUpgrade?.({ ...backup, to: latestVersion() });
    startupChecks.set(db, check);
    stampOnClose(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** An older (already checked) file about to be migrated is first copied whole into backups/, as "before an upgrade". */
function keepBeforeUpgrade(db: Db, file: string): { from: number; backup: string } | null {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from === 0 || from >= latestVersion()) return null;
  const dir = backupsDirFor(file);
  ensureBackupsDir(dir);
  const backup = path.join(dir, newBackupName('before-upgrade', new Date()));
  writeWholeSync(backup, (temp) => {
    db.prepare('VACUUM INTO ?').run(temp);
  });
  return { from, backup };
}

function configure(db: Db, file: string, migrating: boolean, options: OpenOptions): Db {
  if (options.cacheStatements !== false) cacheStatements(db);
  db.pragma('journal_mode = WAL');
  // FULL: a learner told "you're registered" must survive a power cut.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros, so an erased learner leaves no trace in free pages.
  db.pragma('secure_delete = ON');
  if (!migrating) return db;
  try {
    migrate(db);
  } catch (error) {
    throw asOpenError(error, file);
  }
  return db;
}

/** Beside the data file: what the file looked like when JoinDesk last closed it cleanly. */
const closedStamp = (file: string): string => path.join(path.dirname(file), `.${path.basename(file)}.closed`);

interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}
const identity = (stat: fs.Stats): FileIdentity => ({ dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs });

/**
 * After the last connection closes cleanly, SQLite has checkpointed and removed the -wal: the stamp
 * then records the file's identity, size and modification time. Any write after that — by JoinDesk
 * (which removes the stamp first), by a crash mid-write (which leaves a -wal), or by anything else
 * (which changes the time or size) — makes the next start check every page.
 */
function stampOnClose(db: Db, file: string): void {
  const close = Database.prototype.close;
  Object.defineProperty(db, 'close', {
    value: () => {
      close.call(db);
      if (damaged.has(db)) return db;
      if (fs.existsSync(`${file}-wal`)) return db; // another connection still has it open
      const stamp = closedStamp(file);
      const temp = `${stamp}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(identity(fs.statSync(file))), { mode: 0o600 });
      fs.renameSync(temp, stamp);
      return db;
    },
    configurable: true,
    writable: true,
  });
}

/**
 * The full check, off the critical path: every page of the file, through a read-only connection of
 * its own (run it in a worker thread). 'ok', or what was found — and then the clean-close stamp is
 * gone, so the next start checks the file whole and refuses it, keeping it as it is.
 */
export function checkWholeFile(file: string, nativeBinding?: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  let found: string;
  try {
    found = String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    found = error instanceof Database.SqliteError ? error.code : String(error);
  } finally {
    db.close();
  }
  if (found !== 'ok') fs.rmSync(closedStamp(file), { force: true });
  return found;
}

const damaged = new WeakSet<Db>();

/** Damage was found while the app ran: this connection's close will not vouch for the file. */
export function forgetCleanClose(db: Db): void {
  damaged.add(db);
  fs.rmSync(closedStamp(db.name), { force: true });
}

/** True when the file is exactly as JoinDesk left it at its last clean close. */
function closedCleanly(file: string): boolean {
  if (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size) return false;
  let stamped: unknown;
  try {
    stamped = JSON.parse(fs.readFileSync(closedStamp(file), 'utf8'));
  } catch {
    return false;
  }
  return JSON.stringify(stamped) === JSON.stringify(identity(fs.statSync(file)));
}

/**
 * Reads, never writes: says whether the file is new (absent or empty, and no data was here before)
 * or ours, and how it was checked.
 */
function inspect(file: string, options: OpenOptions): 'new' | 'header' | 'full' {
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size;
  if (!size) {
    if (!fs.existsSync(hadDataMarker(file))) return 'new';
    const newest = listBackups(backupsDirFor(file))[0]?.name ?? null;
    throw new DataMissingError(file, size === 0 ? 'empty' : 'missing', newest);
  }
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw asOpenError(error, file);
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const objects = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
    // An SQLite file with nothing in it yet is as good as new; one holding anything else is not ours.
    if (appId === 0 && version === 0 && objects === 0) return 'header';
    if (appId !== APPLICATION_ID) throw new NotJoinDeskDatabaseError();
    if (version > latestVersion()) throw new DatabaseTooNewError(version, latestVersion());
    if (!isKnownVersion(version)) throw new NotJoinDeskDatabaseError({ reason: 'unknownVersion', version });
    const difference = schemaDifference(db, version);
    if (difference) throw new NotJoinDeskDatabaseError({ reason: 'changed', difference });
    // Every page is read (linear in the file's size: about 1 s at a million learners) only when
    // the file may have been damaged since JoinDesk last closed it.
    if (closedCleanly(file)) return 'header';
    const check = String(db.pragma('quick_check', { simple: true }));
    if (check !== 'ok') throw new DatabaseCorruptError(file, check);
    return 'full';
  } catch (error) {
    throw asOpenError(error, file);
  } finally {
    db.close();
  }
}

function asOpenError(error: unknown, file: string): unknown {
  if (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code)) {
    return new DatabaseCorruptError(file, error.code);
  }
  return error;
}

// SQLite gives -wal and -shm the mode of the main file, so 0600 here covers all three.
function createPrivateFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'a', 0o600));
}
