import Database from 'better-sqlite3';
import type { AppErrorData } from '../../shared/result';
import { AppError } from '../../shared/result';
import type { TextId } from '../../shared/text';

type Named = Pick<AppErrorData, 'code' | 'message' | 'text'>;

const named = (code: Named['code'], id: TextId): Named => new AppError(code, { id }).data;

const NAMED: { test: (code: string) => boolean; failure: Named }[] = [
  {
    test: (c) => c === 'SQLITE_FULL' || c === 'ENOSPC' || c === 'EDQUOT',
    failure: named('disk-full', 'failure.diskFull'),
  },
  {
    test: (c) => c.startsWith('SQLITE_READONLY') || c === 'EROFS' || c === 'EACCES' || c === 'EPERM' || c === 'SQLITE_PERM',
    failure: named('read-only', 'failure.readOnly'),
  },
  {
    test: (c) => c.startsWith('SQLITE_BUSY') || c.startsWith('SQLITE_LOCKED') || c === 'EBUSY',
    failure: named('busy', 'failure.busy'),
  },
];

/** The kiosk shows its own catalogue's sentence for these codes; this English is for scripts. */
const KIOSK_TEXT: TextId = 'failure.kiosk';

/** The machine's failures (not the request's), each named, with what the admin can do; null for anything else. */
export function namedFailure(error: unknown, actor: 'admin' | 'kiosk'): Named | null {
  const code = systemCode(error);
  const failure = code ? NAMED.find((n) => n.test(code))?.failure : undefined;
  if (!failure) return null;
  // A learner at the kiosk can do nothing about the disk: the admin sees the details.
  return actor === 'kiosk' ? named(failure.code, KIOSK_TEXT) : failure;
}

/** SQLite's or the OS's code for an error (never its message, which may quote data). */
export function systemCode(error: unknown): string | undefined {
  if (error instanceof Database.SqliteError) return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}
