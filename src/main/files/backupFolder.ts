import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupKind } from '../../shared/types';

/**
 * The backups folder beside the data file. Main alone names what is in it; callers only ever hold a
 * name from `listBackups`, and a name resolves to a file only if it has one of our shapes.
 */
export const backupsDirFor = (dbFile: string): string => path.join(path.dirname(dbFile), 'backups');

const PREFIXES: Record<BackupKind, string> = {
  manual: 'joindesk',
  automatic: 'auto',
  'before-restore': 'before-restore',
  'before-upgrade': 'before-upgrade',
  uploaded: 'uploaded',
};
const KIND_OF_PREFIX = new Map(Object.entries(PREFIXES).map(([kind, prefix]) => [prefix, kind as BackupKind]));
// prefix-YYYYMMDDTHHMMSS[mmm]Z[-random].db; the random part makes two in one millisecond distinct.
const NAME = /^(joindesk|auto|before-restore|before-upgrade|uploaded)-(\d{8}T\d{6}(?:\d{3})?Z)(?:-[0-9a-f]{8})?\.db$/;

const stamp = (at: Date): string => at.toISOString().replace(/[-:.]/g, '');

export const newBackupName = (kind: BackupKind, at: Date): string =>
  `${PREFIXES[kind]}-${stamp(at)}-${randomBytes(4).toString('hex')}.db`;

export function ensureBackupsDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/**
 * Every backup in the folder, newest first. Anything else there (links, folders, temp files, and a file
 * cut short, as an older version could leave one) is not a backup: not listed, not counted, not restored.
 */
export function listBackups(dir: string): BackupEntry[] {
  const entries = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : [];
  const backups: BackupEntry[] = [];
  for (const entry of entries) {
    const match = NAME.exec(entry.name);
    if (!match || !entry.isFile()) continue;
    const stat = fs.statSync(path.join(dir, entry.name));
    if (!looksWhole(path.join(dir, entry.name), stat.size)) continue;
    backups.push({
      name: entry.name,
      kind: KIND_OF_PREFIX.get(match[1]!)!,
      createdAt: stat.mtime.toISOString(),
      bytes: stat.size,
    });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Deletes all but the newest `keep` backups of one kind; says how many went. */
export function keepNewest(dir: string, kind: BackupKind, keep: number): number {
  const old = listBackups(dir)
    .filter((b) => b.kind === kind)
    .slice(keep);
  for (const b of old) fs.rmSync(path.join(dir, b.name), { force: true });
  return old.length;
}

/** The file a listed name stands for: null unless the name has our shape and is a whole, plain file (no link). */
export function backupPath(dir: string, name: string): string | null {
  if (!NAME.test(name)) return null;
  const file = path.join(dir, name);
  try {
    const stat = fs.lstatSync(file);
    return stat.isFile() && looksWhole(file, stat.size) ? file : null;
  } catch {
    return null;
  }
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** The file is as long as its own header says (an interrupted copy is shorter), without reading it all. */
export function looksWhole(file: string, size: number): boolean {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.readSync(fd, header, 0, 100, 0) < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) return false;
  } finally {
    fs.closeSync(fd);
  }
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  const pages = header.readUInt32BE(28);
  // The page count in the header is only meaningful when written by the same change as the counter.
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  return countValid ? pages * pageSize === size : size % pageSize === 0;
}

/** A temp file not written to for this long belongs to a write that was interrupted, not one running. */
const STALE_MS = 5 * 60 * 1000;
const LEFTOVER = /^\..+\.tmp(-journal|-wal|-shm)?$/;

/** Removes what interrupted writes left (temp backups, restore copies); says how many, so the host can tell once. */
export function removeLeftovers(dbFile: string, now = Date.now()): number {
  const places = [
    { dir: backupsDirFor(dbFile), pattern: LEFTOVER },
    { dir: path.dirname(dbFile), pattern: /^\.restore-.+\.db(-journal|-wal|-shm)?$/ },
  ];
  let removed = 0;
  for (const { dir, pattern } of places) {
    for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const file = path.join(dir, entry.name);
      if (!entry.isFile() || !pattern.test(entry.name) || now - fs.statSync(file).mtimeMs < STALE_MS) continue;
      fs.rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}

/** At start: clears what interrupted writes left, and says so once. */
export function reportLeftovers(dbFile: string): void {
  const removed = removeLeftovers(dbFile);
  if (removed) console.log(`JoinDesk removed ${removed} unfinished file(s) left by an interrupted backup or restore.`);
}
