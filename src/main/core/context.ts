import type { Db } from '../db/open';

/** What the core needs from the outside world, injectable so tests can fix time and randomness. */
export interface CoreEnv {
  now: () => Date;
  /** A clock that never jumps (ms): keeps throttle delays honest if the wall clock is changed. */
  monotonicMs: () => number;
  randomBytes?: (n: number) => Uint8Array;
}

export interface Ctx {
  db: Db;
  env: CoreEnv;
  actor: 'admin' | 'kiosk';
  /** Whoever the transport says made this request (Electron: the sender's WebContents); for host work only. */
  caller?: unknown;
  /** Which kiosk screen a kiosk request came from (the desktop window, or a browser in serve mode). */
  kioskId: string;
  /** In-memory state that lives as long as the core: monotonic throttle deadlines per throttle scope. */
  memory: { throttleDeadlines: Map<string, number> };
  /** Runs work that holds the write lock for long, telling the host first (so sign-ups pause, not stall). */
  writing: <T>(fn: () => T) => T;
  /** A long write elsewhere (a worker's import or restore) holds the lock: a read must not wait for it. */
  writesPaused?: boolean;
}

export const nowIso = (ctx: Ctx): string => ctx.env.now().toISOString();

/** Runs `fn` in one write transaction. IMMEDIATE takes the write lock up front, so a read-then-write
 * never fails half-way when another process writes the same file. */
export const inTransaction = <T>(ctx: Ctx, fn: () => T): T => ctx.db.transaction(fn).immediate();
