import fs from 'node:fs';

/** 16 MiB: one slice's flush takes milliseconds, so a commit waiting behind it waits that long. */
const SLICE = 16 * 1024 * 1024;

/**
 * Copies `from` into `to` (an existing, empty file) and puts it on disk a slice at a time: write a
 * slice, flush it, go on. A large file written first and flushed at once (VACUUM INTO ends so)
 * makes every other fsync on the disk — each sign-up's commit — wait for all of it (ext4 orders
 * the journal's commit after the data it allocated); here each waits for one slice at most.
 * `from` is never flushed: it is deleted by the caller before the kernel writes it back.
 */
export function copyInSyncedSlices(from: string, to: string, slice = SLICE): number {
  const source = fs.openSync(from, 'r');
  const target = fs.openSync(to, 'r+');
  try {
    const buffer = Buffer.allocUnsafe(slice);
    let position = 0;
    for (;;) {
      const read = fs.readSync(source, buffer, 0, slice, position);
      if (read === 0) break;
      let written = 0;
      while (written < read) written += fs.writeSync(target, buffer, written, read - written, position + written);
      fs.fdatasyncSync(target);
      position += read;
    }
    fs.ftruncateSync(target, position);
    fs.fsyncSync(target);
    return position;
  } finally {
    fs.closeSync(target);
    fs.closeSync(source);
  }
}
