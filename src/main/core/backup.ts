import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { BackupResult, RestoreResult } from '../../shared/types';
import { APPLICATION_ID, latestVersion, migrate } from '../db/migrate';
import { recordAudit } from './audit';
import type { Ctx } from './env';
import { inTransaction, nowIso } from './env';
import { getBackupSettings } from './settings';

const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
const backupsDir = (ctx: Ctx) => path.join(path.dirname(ctx.db.name), 'backups');

/** Makes a fresh copy one self-contained file (no -wal beside it) and checks it. */
function sealBackup(file: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

/** A consistent copy made with SQLite's backup API (safe while the kiosk writes), then checked. */
export async function createBackup(ctx: Ctx, input: { path?: string }): Promise<BackupResult> {
  const target = path.resolve(input.path ?? path.join(backupsDir(ctx), `joindesk-${stamp(nowIso(ctx))}.db`));
  if (target === path.resolve(ctx.db.name))
    throw new AppError('validation', 'Choose a file other than the live database.', { field: 'path' });
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  if (fs.existsSync(target))
    throw new AppError('validation', 'A file with that name exists already: choose another.', { field: 'path' });
  fs.closeSync(fs.openSync(target, 'w', 0o600));
  await ctx.db.backup(target);
  const integrity = sealBackup(target);
  if (integrity !== 'ok') {
    fs.rmSync(target, { force: true });
    throw new Error('backup failed its integrity check');
  }
  inTransaction(ctx, () => recordAudit(ctx, 'backup-created'));
  return { path: target, bytes: fs.statSync(target).size, integrity: 'ok' };
}

/** Everything a file must pass before it may replace the live data; throws a clear error otherwise. */
function validateCandidate(file: string): void {
  const fail = (message: string) => new AppError('validation', message, { field: 'path' });
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw fail('There is no file at that path.');
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('schema_version');
  } catch {
    throw fail('That file is not an SQLite database.');
  }
  try {
    const check = String(db.pragma('integrity_check', { simple: true }));
    if (check !== 'ok') throw fail(`That file is damaged (${check.slice(0, 120)}).`);
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID)
      throw fail('That file is an SQLite database, but not a JoinDesk one.');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion()) throw fail('That backup was made by a newer JoinDesk. Update JoinDesk to restore it.');
    if ((db.pragma('foreign_key_check') as unknown[]).length) throw fail('That file has broken links between its records.');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fail('That file is damaged and cannot be read.');
  } finally {
    db.close();
  }
}

/**
 * Replaces the live data with a checked backup. The data as it was is kept beside it first, and the
 * copy goes through SQLite's backup API into the open database, so every connection sees it at once.
 */
export async function restoreBackup(ctx: Ctx, input: { path: string }): Promise<RestoreResult> {
  const source = path.resolve(input.path);
  if (source === path.resolve(ctx.db.name))
    throw new AppError('validation', 'That is the live database itself.', { field: 'path' });
  validateCandidate(source);
  const previousKeptAt = path.join(backupsDir(ctx), `before-restore-${stamp(nowIso(ctx))}.db`);
  fs.mkdirSync(path.dirname(previousKeptAt), { recursive: true, mode: 0o700 });
  await ctx.db.backup(previousKeptAt);
  const from = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await from.backup(ctx.db.name);
  } finally {
    from.close();
  }
  migrate(ctx.db); // an older backup comes up to this version's schema
  inTransaction(ctx, () => recordAudit(ctx, 'backup-restored'));
  return { restoredFrom: source, previousKeptAt };
}

const AUTO_PREFIX = 'auto-';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The daily backup: made when the newest automatic one is a day old (the host asks every hour),
 * then only the newest `keep` are kept. The files' own names carry their time, so no state is needed.
 */
export async function runAutoBackup(ctx: Ctx): Promise<{ made: string | null; removed: number }> {
  const settings = getBackupSettings(ctx);
  const dir = backupsDir(ctx);
  const autos = () =>
    (fs.existsSync(dir) ? fs.readdirSync(dir) : []).filter((f) => f.startsWith(AUTO_PREFIX) && f.endsWith('.db')).sort();
  let made: string | null = null;
  if (settings.autoDaily) {
    const newest = autos().at(-1);
    const newestAt = newest ? fs.statSync(path.join(dir, newest)).mtimeMs : 0;
    if (ctx.env.now().getTime() - newestAt >= DAY_MS) {
      made = (await createBackup(ctx, { path: path.join(dir, `${AUTO_PREFIX}${stamp(nowIso(ctx))}.db`) })).path;
    }
  }
  const old = autos().slice(0, Math.max(0, autos().length - settings.keep));
  for (const f of old) fs.rmSync(path.join(dir, f), { force: true });
  return { made, removed: old.length };
}
