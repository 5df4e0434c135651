import type { ErrorCode } from './errors';

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  /** The input field the error is about, for inline form errors. */
  field?: string;
  retryAfterSeconds?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: AppErrorData): Result<T> => ({ ok: false, error });
