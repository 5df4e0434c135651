import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Every file JoinDesk writes is whole or absent, and readable by this user only (0600): it is written
 * under a temp name in the same folder, synced, and only then given its name.
 */

const SIDECARS = ['', '-journal', '-wal', '-shm'];
export const removeWithSidecars = (file: string): void => {
  for (const suffix of SIDECARS) fs.rmSync(file + suffix, { force: true });
};

function fsyncPath(target: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    // Some systems cannot open a folder for fsync; the file itself has been synced already.
    if (!fs.statSync(target).isDirectory()) throw error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** An exclusive 0600 temp file beside `final`, for `write` to fill. */
function beginWrite(final: string): string {
  const temp = path.join(path.dirname(final), `.${path.basename(final)}.${randomBytes(4).toString('hex')}.tmp`);
  fs.closeSync(fs.openSync(temp, 'wx', 0o600));
  return temp;
}

/** Synced, then given its real name. Unless `replace`, a link is used: it fails if the name is taken. */
function commitWrite(temp: string, final: string, replace: boolean): void {
  fs.chmodSync(temp, 0o600);
  fsyncPath(temp);
  if (replace) fs.renameSync(temp, final);
  else {
    fs.linkSync(temp, final);
    fs.rmSync(temp);
  }
  fsyncPath(path.dirname(final));
}

/**
 * Writes a file whole or not at all: `write` fills a temp file in the same folder, which is synced and
 * only then appears under its real name. On any failure nothing is left behind.
 */
export async function writeWhole(
  final: string,
  write: (temp: string) => void | Promise<void>,
  options: { replace?: boolean } = {},
): Promise<void> {
  const temp = beginWrite(final);
  try {
    await write(temp);
    commitWrite(temp, final, options.replace ?? false);
  } catch (error) {
    removeWithSidecars(temp);
    throw error;
  }
}

/** The same, for work that must not yield to the event loop (the copy taken just before a restore). */
export function writeWholeSync(final: string, write: (temp: string) => void): void {
  const temp = beginWrite(final);
  try {
    write(temp);
    commitWrite(temp, final, false);
  } catch (error) {
    removeWithSidecars(temp);
    throw error;
  }
}
