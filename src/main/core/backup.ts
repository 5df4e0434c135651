import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import type { backupChannels } from '../../shared/domains/backup';
import { AppError } from '../../shared/result';
import type { BackupEntry, BackupKind, BackupResult, RestoreResult } from '../../shared/types';
import { recordAudit } from './audit';
import { copyInSyncedSlices } from '../files/slicedCopy';
import { removeWithSidecars, writeWhole, writeWholeSync } from '../files/wholeFile';
import {
  backupPath,
  backupsDirFor,
  ensureBackupsDir,
  keepNewest,
  listBackups,
  looksWhole,
  newBackupName,
} from '../files/backupFolder';
import type { Ctx } from './context';
import { inTransaction } from './context';
import { reapplyErasures } from './erasures';
import { assertSqliteHeader, checkAndUpgradeCopy } from './restoreCheck';
import { clearSearchIndex, isSearchTable, reindexAll } from './searchTerms';
import type { HandlerMap } from './handler';
import type { Host } from './host';
import { getBackupSettings, updateBackupSettings } from './settings';

/**
 * Security state of this machine, not data: a restore keeps these as they are. So do the settings
 * that open it to others: the admin PIN (whoever handed over the backup must not learn the PIN that
 * leaves the kiosk), the paired stations (no removed or planted credential comes back) and the room
 * network's settings (the live listener and what the screen says stay one). The admin's language
 * is this computer's too: the screens do not switch language under whoever restored. The ledger is merged.
 */
const KEPT_ON_RESTORE = new Set(['kiosk_throttle', 'kiosk_failures', 'erasure_ledger']);
const KEPT_SETTINGS = "key IN ('adminPin', 'stations', 'stationsLastId', 'network', 'language')";
/** Copies taken before restores, and files added from outside: the newest are kept, older ones deleted. */
const KEEP_BEFORE_RESTORE = 10;
const KEEP_UPLOADED = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

const dirOf = (ctx: Ctx): string => backupsDirFor(ctx.db.name);

export const listBackupsOf = (ctx: Ctx): BackupEntry[] => listBackups(dirOf(ctx));

/** The file behind a name from the list, or a not-found error: names are all a caller can give. */
export function resolveBackup(ctx: Ctx, name: string): string {
  const file = backupPath(dirOf(ctx), name);
  if (!file) throw new AppError('not-found', { id: 'backup.notFound' }, { field: 'name' });
  return file;
}

/**
 * Makes a fresh copy one self-contained file (no -wal beside it) and checks it. Nothing is flushed
 * here: the copy reaches the disk in slices afterwards (see snapshot).
 */
function seal(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('synchronous = OFF');
    db.pragma('journal_mode = DELETE');
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') throw new Error('backup failed its integrity check');
  } finally {
    db.close();
  }
}

/**
 * A consistent, compact, self-contained copy (VACUUM INTO reads one snapshot, so sign-ups carry on
 * while it runs), checked, under a name only once whole. Hosts run it in a worker thread.
 *
 * VACUUM INTO flushes its output with the connection's `synchronous`: the whole file (about 500 MB
 * at a million learners) in one go, and each sign-up's commit, an fsync of its own, waited behind
 * it (a 200 ms stall of the app's event loop). So the copy is made and checked unflushed, beside
 * the temp file, then written into it in slices, each flushed before the next.
 */
function snapshot(ctx: Ctx, kind: BackupKind): BackupResult {
  const dir = dirOf(ctx);
  ensureBackupsDir(dir);
  const name = newBackupName(kind, ctx.env.now());
  const file = path.join(dir, name);
  writeWholeSync(file, (temp) => {
    const unflushed = `${temp}.unflushed`;
    try {
      vacuumUnflushed(ctx, unflushed);
      seal(unflushed);
      const copied = copyInSyncedSlices(unflushed, temp);
      if (copied !== fs.statSync(unflushed).size) throw new Error('backup copy came out short');
    } finally {
      removeWithSidecars(unflushed);
    }
  });
  return { name, bytes: fs.statSync(file).size };
}

/** VACUUM INTO `file` with this connection's `synchronous` off for that one statement. */
function vacuumUnflushed(ctx: Ctx, file: string): void {
  const synchronous = ctx.db.pragma('synchronous', { simple: true }) as number;
  ctx.db.pragma('synchronous = OFF');
  try {
    ctx.db.prepare('VACUUM INTO ?').run(file);
  } finally {
    ctx.db.pragma(`synchronous = ${synchronous}`);
  }
}

function makeBackup(ctx: Ctx, kind: BackupKind): BackupResult {
  const made = snapshot(ctx, kind);
  inTransaction(ctx, () => recordAudit(ctx, 'backup-created'));
  return made;
}

export const createBackup = (ctx: Ctx): BackupResult => makeBackup(ctx, 'manual');

/**
 * Adds a file from outside (an upload, or one the admin picked in main's own dialog) to the folder
 * as kind `uploaded`. `fill` writes its bytes into the temp file; it is checked only when restored.
 */
export async function addUploadedBackup(dbFile: string, now: Date, fill: (temp: string) => void | Promise<void>) {
  const dir = backupsDirFor(dbFile);
  ensureBackupsDir(dir);
  const name = newBackupName('uploaded', now);
  await writeWhole(path.join(dir, name), async (temp) => {
    await fill(temp);
    assertSqliteHeader(temp);
    // What the list would hide must not be stored: a file cut short is refused now, not kept unseen.
    if (!looksWhole(temp, fs.statSync(temp).size)) throw new AppError('validation', { id: 'backup.notWhole' }, { field: 'name' });
  });
  keepNewest(dir, 'uploaded', KEEP_UPLOADED);
  return { name, bytes: fs.statSync(path.join(dir, name)).size };
}

/** Replaces every restorable table's rows with the checked copy's, in one transaction. */
function swapIn(ctx: Ctx, copy: string): number {
  ctx.db.prepare('ATTACH DATABASE ? AS candidate').run(copy);
  try {
    return inTransaction(ctx, () => {
      ctx.db.pragma('defer_foreign_keys = ON');
      const tables = (
        ctx.db
          .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
          .pluck()
          .all() as string[]
      ).filter((t) => !KEPT_ON_RESTORE.has(t) && !isSearchTable(t));
      // The search index is rebuilt from the restored learners, never copied: it holds only what they say.
      clearSearchIndex(ctx);
      // Former codes before live ones, so the rule that a key is never both is checked as rows arrive.
      const order = (t: string) => (t === 'retired_codes' ? 0 : 1);
      tables.sort((a, b) => order(a) - order(b));
      for (const t of tables) {
        const kept = t === 'settings' ? ` WHERE NOT (${KEPT_SETTINGS})` : '';
        ctx.db.prepare(`DELETE FROM main."${t}"${kept}`).run();
      }
      for (const t of tables) {
        const kept = t === 'settings' ? ` WHERE NOT (${KEPT_SETTINGS})` : '';
        ctx.db.prepare(`INSERT INTO main."${t}" SELECT * FROM candidate."${t}"${kept}`).run();
      }
      const erasedAgain = reapplyErasures(ctx, 'candidate.erasure_ledger');
      reindexAll(ctx);
      recordAudit(ctx, 'backup-restored');
      return erasedAgain;
    });
  } finally {
    ctx.db.prepare('DETACH DATABASE candidate').run();
  }
}

/**
 * Replaces the live data with a backup from the list. The backup is copied beside the data and checked
 * there (integrity, app id, version, exact schema, settings), upgraded and checked again; then the data
 * as it is is kept as a backup, and the copy swapped in as one transaction. Any refusal changes nothing.
 * Sign-ups pause for the whole of it, so no learner is told "registered" and then left out of the data.
 */
export function restoreBackup(ctx: Ctx, input: ParsedInput<'backup-restore'>): RestoreResult {
  const source = resolveBackup(ctx, input.name);
  const copy = path.join(path.dirname(ctx.db.name), `.restore-${path.basename(source)}`);
  return ctx.writing(() => {
    removeWithSidecars(copy);
    fs.copyFileSync(source, copy, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(copy, 0o600);
    try {
      checkAndUpgradeCopy(copy);
      const previousKeptAs = snapshot(ctx, 'before-restore').name;
      let erasedAgain: number;
      try {
        erasedAgain = swapIn(ctx, copy);
      } catch (error) {
        fs.rmSync(path.join(dirOf(ctx), previousKeptAs), { force: true }); // the data did not change
        throw error;
      }
      ctx.db.pragma('wal_checkpoint(TRUNCATE)'); // erased rows' pages are zeroed in the main file too
      keepNewest(dirOf(ctx), 'before-restore', KEEP_BEFORE_RESTORE);
      return { restoredFrom: input.name, previousKeptAs, erasedAgain };
    } finally {
      removeWithSidecars(copy);
    }
  });
}

/**
 * The daily backup: made when the newest automatic one is a day old (the host asks every hour), then
 * only the newest `keep` are kept. Only whole, checked backups ever carry a backup's name.
 */
export function runAutoBackup(ctx: Ctx): { made: string | null; removed: number } {
  const settings = getBackupSettings(ctx);
  let made: string | null = null;
  if (settings.autoDaily) {
    const newest = listBackupsOf(ctx).find((b) => b.kind === 'automatic');
    const newestAt = newest ? Date.parse(newest.createdAt) : 0;
    if (ctx.env.now().getTime() - newestAt >= DAY_MS) made = makeBackup(ctx, 'automatic').name;
  }
  return { made, removed: keepNewest(dirOf(ctx), 'automatic', settings.keep) };
}

const desktopOnly = () => new AppError('unavailable', { id: 'backup.desktopOnly' });

/** Run here; the core sends create, restore and the daily backup to a worker instead when its host has one. */
export const backupHandlers = (host: Host): HandlerMap<ChannelsOf<typeof backupChannels>> => ({
  'backup-list': listBackupsOf,
  'backup-create': createBackup,
  'backup-restore': restoreBackup,
  'backup-save-copy': async (ctx, { name }) => {
    if (!host.saveBackupCopy) throw desktopOnly();
    return { savedAs: await host.saveBackupCopy(resolveBackup(ctx, name), name, ctx.caller) };
  },
  'backup-import-file': async (ctx) => {
    if (!host.pickBackupFile) throw desktopOnly();
    const picked = await host.pickBackupFile(ctx.caller);
    if (picked === null) return { name: null };
    const { name } = await addUploadedBackup(ctx.db.name, ctx.env.now(), (temp) => fs.copyFileSync(picked, temp));
    return { name };
  },
  'backup-settings-get': getBackupSettings,
  'backup-settings-update': updateBackupSettings,
  'backup-auto-run': runAutoBackup,
});
