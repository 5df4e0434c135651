/** Success or failure across the boundary, and the closed set of failures (DESIGN §1). */
import type { Text } from './text';
import { englishText } from './text';

/** Every error code that may cross the boundary. Closed on purpose: the UI and tests switch on it. */
export const ERROR_CODES = [
  'validation',
  'not-found',
  'conflict',
  'code-unknown',
  'code-retired',
  'code-disabled',
  'code-not-yet-valid',
  'code-expired',
  'group-full',
  'email-registered',
  'throttled',
  'kiosk-locked',
  'forbidden',
  /** The thing asked for exists only in the other host (the desktop app, or the browser). */
  'unavailable',
  /** The machine, not the request: the disk is full, read-only, or the file is held by another program. */
  'disk-full',
  'read-only',
  'busy',
  /** Long work holds the data for a few seconds (a restore, an import): try again by itself. */
  'paused',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Thrown inside the core, turned into `{ ok: false, error }` at the boundary. */
export class AppError extends Error {
  readonly data: AppErrorData;
  /**
   * `text`: the sentence as an id in shared/text.ts and its values; `message` is its English, and a
   * screen words it in its own language. Or an error's data as it crossed a boundary (a worker's answer).
   */
  constructor(code: ErrorCode, text: Text, extra?: { field?: string; retryAfterSeconds?: number; params?: ErrorParams });
  constructor(data: AppErrorData);
  constructor(
    codeOrData: ErrorCode | AppErrorData,
    text?: Text,
    extra: { field?: string; retryAfterSeconds?: number; params?: ErrorParams } = {},
  ) {
    const data = typeof codeOrData === 'string' ? { code: codeOrData, message: englishText(text!), ...extra, text } : codeOrData;
    super(data.message);
    this.name = 'AppError';
    this.data = data;
  }
}

/**
 * The English words for each registration error (DESIGN §4), for scripts that read `message`. The
 * kiosk screen shows its own catalogue's words for the code, in the learner's language.
 */
export const KIOSK_MESSAGES = {
  'code-unknown': "We couldn't find that join code. Check it with your instructor.",
  'code-retired': 'This join code has been changed. Ask your instructor for the new one.',
  'code-disabled': 'Sign-up with this code is paused.',
  'group-full': 'This group is full. Ask your instructor to open more places or give you another code.',
  'email-registered': 'This email is already registered. Ask an instructor for help.',
  'kiosk-locked': 'This kiosk is locked after too many wrong attempts. Please ask an administrator.',
} as const;

export const throttledMessage = (seconds: number): string =>
  `Too many attempts. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  /** The input field the error is about, for inline form errors. */
  field?: string;
  retryAfterSeconds?: number;
  /** What a screen needs to word the error itself in any language (a date as ISO 8601, a count). */
  params?: ErrorParams;
  /** The sentence as an id and values from shared/text.ts: the admin screen words it in its language. */
  text?: Text;
}

export type ErrorParams = Record<string, string | number>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: AppErrorData): Result<T> => ({ ok: false, error });
