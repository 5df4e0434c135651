import Database from 'better-sqlite3';
import type { AppErrorData } from '../../shared/result';

type Named = Pick<AppErrorData, 'code' | 'message'>;

const NAMED: { test: (code: string) => boolean; failure: Named }[] = [
  {
    test: (c) => c === 'SQLITE_FULL' || c === 'ENOSPC' || c === 'EDQUOT',
    failure: {
      code: 'disk-full',
      message: 'The disk is full, so nothing was saved. Free some space on this computer’s disk, then try again.',
    },
  },
  {
    test: (c) => c.startsWith('SQLITE_READONLY') || c === 'EROFS' || c === 'EACCES' || c === 'EPERM' || c === 'SQLITE_PERM',
    failure: {
      code: 'read-only',
      message:
        'JoinDesk cannot write to its data folder (the disk or folder is read-only), so nothing was saved. Make it writable, or move the data to a writable disk.',
    },
  },
  {
    test: (c) => c.startsWith('SQLITE_BUSY') || c.startsWith('SQLITE_LOCKED') || c === 'EBUSY',
    failure: {
      code: 'busy',
      message:
        'Another program is holding JoinDesk’s data file, so nothing was saved. Close any program that may have it open (a database viewer, a sync or backup tool), then try again.',
    },
  },
];

const KIOSK_MESSAGE = 'Sign-up is not working right now, and nothing was saved. Please ask an instructor.';

/** The machine's failures (not the request's), each named, with what the admin can do; null for anything else. */
export function namedFailure(error: unknown, actor: 'admin' | 'kiosk'): Named | null {
  const code = systemCode(error);
  const failure = code ? NAMED.find((n) => n.test(code))?.failure : undefined;
  if (!failure) return null;
  // A learner at the kiosk can do nothing about the disk: the admin sees the details.
  return actor === 'kiosk' ? { code: failure.code, message: KIOSK_MESSAGE } : failure;
}

/** SQLite's or the OS's code for an error (never its message, which may quote data). */
export function systemCode(error: unknown): string | undefined {
  if (error instanceof Database.SqliteError) return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}
