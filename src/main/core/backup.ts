import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { BackupResult, RestoreResult } from '../../shared/types';
import { APPLICATION_ID, latestVersion, migrate } from '../db/migrate';
import { recordAudit } from './audit';
import type { Ctx } from './env';
import { inTransaction, nowIso } from './env';

const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
const backupsDir = (ctx: Ctx) => path.join(path.dirname(ctx.db.name), 'backups');

function checkIntegrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
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
  const integrity = checkIntegrity(target);
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
