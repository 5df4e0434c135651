import fs from 'node:fs';
import type http from 'node:http';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/result';
import type { BackupResult } from '../../shared/types';
import { addUploadedBackup } from '../core/backup';
import { backupPath, backupsDirFor } from '../files/backupFolder';
import type { Caller } from './http';
import { admit, BASE_HEADERS, refuse, said, sendJson } from './http';
import type { InFlightGate } from './limits';
import { LIMITS, sizeValues } from './limits';

/** What the file routes need from main: backups by name only, and a place for uploads. */
export interface FileStore {
  /** The file behind a backup's name from the list, or null. */
  backupFile(name: string): string | null;
  /** Adds an uploaded backup; `fill` writes its bytes into a temp file main chose. */
  addBackup(fill: (temp: string) => Promise<void>): Promise<BackupResult>;
}

/** The backups folder beside `dbFile`, as the file routes see it. */
export const backupFileStore = (dbFile: string): FileStore => ({
  backupFile: (name) => backupPath(backupsDirFor(dbFile), name),
  addBackup: (fill) => addUploadedBackup(dbFile, new Date(), fill),
});

class TooLarge extends Error {}

/**
 * Files move as downloads and uploads, never as paths (DESIGN §5), for admins only:
 * `GET /files/backups/<name>` and `POST /files/backups` with the raw file as the body.
 */
export async function handleFiles(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  o: { caller: Caller | null; gate: InFlightGate; files: FileStore },
): Promise<void> {
  const match = /^\/files\/backups(?:\/([^/]+))?$/.exec(pathname);
  if (!match) return refuse(req, res, 404, said('not-found', 'files.noSuchFile'));
  if (!o.caller) return refuse(req, res, 401, said('forbidden', 'files.signIn'));
  if (o.caller.audience !== 'admin') return refuse(req, res, 403, said('forbidden', 'files.adminOnly'));
  const name = match[1] === undefined ? undefined : decodeName(match[1]);
  if (req.method === 'GET' && name) return download(res, o.files.backupFile(name), name);
  if (req.method === 'POST' && match[1] === undefined) return upload(req, res, o);
  const usage = { get: 'GET /files/backups/<name>', post: 'POST /files/backups' };
  return refuse(req, res, 405, new AppError('validation', { id: 'files.usage', values: usage }).data);
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}

function download(res: http.ServerResponse, file: string | null, name: string): void {
  const gone = () => sendJson(res, 404, { ok: false, error: said('not-found', 'files.noBackup') });
  if (!file) return gone();
  const stream = fs.createReadStream(file);
  // The size from the handle already open: the file may lose its name meanwhile (a rotation).
  stream.once('open', (fd) => {
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'application/vnd.sqlite3',
      'Content-Length': fs.fstatSync(fd).size,
      // Main named the file: only [A-Za-z0-9._-], nothing to escape.
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    });
    // pipeline, not pipe: a download cancelled half-way closes the file too.
    pipeline(stream, res).catch(() => undefined);
  });
  stream.once('error', () => {
    if (!res.headersSent) gone();
  });
}

async function upload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  o: { caller: Caller | null; gate: InFlightGate; files: FileStore },
): Promise<void> {
  const tooLarge = new AppError('validation', { id: 'files.tooLarge', values: sizeValues(LIMITS.uploadBytes) }).data;
  if (Number(req.headers['content-length'] ?? 0) > LIMITS.uploadBytes) return refuse(req, res, 413, tooLarge);
  if (!admit(req, res, o.gate, o.caller!, true)) return;
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > LIMITS.uploadBytes ? new TooLarge() : null, chunk);
    },
  });
  try {
    const value = await o.files.addBackup((temp) => {
      // Not `pipeline(req, …)`: on an error that would destroy the socket before the 413 is out.
      const written = pipeline(limit, fs.createWriteStream(temp));
      req.once('close', () => {
        if (!req.complete) limit.destroy(new Error('aborted'));
      });
      req.pipe(limit);
      return written;
    });
    sendJson(res, 200, { ok: true, value });
  } catch (error) {
    if (error instanceof TooLarge) return refuse(req, res, 413, tooLarge);
    if (error instanceof AppError) return sendJson(res, 200, { ok: false, error: error.data });
    console.error(`[serve] backup upload failed: ${error instanceof Error ? error.name : typeof error}`);
    if (!res.headersSent) sendJson(res, 500, { ok: false, error: said('internal', 'files.notStored') });
  }
}
