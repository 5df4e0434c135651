import { AppError, KIOSK_MESSAGES, throttledMessage } from '../../shared/errors';
import type { Ctx } from './env';

/** DESIGN §4: 5 free wrong codes, then a growing delay capped at 60 s; 100 in 24 h lock the kiosk. */
export const FREE_WRONG_CODES = 5;
export const MAX_DELAY_SECONDS = 60;
export const LOCK_AFTER = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Delay after the n-th wrong code in a row: 0 for the free ones, then 5, 10, 20, 40, 60, 60 … s. */
export const delayAfter = (streak: number): number =>
  streak <= FREE_WRONG_CODES ? 0 : Math.min(MAX_DELAY_SECONDS, 5 * 2 ** (streak - FREE_WRONG_CODES - 1));

interface Row {
  streak: number;
  blockedAt: string | null;
  blockedUntil: string | null;
  lockedAt: string | null;
}

function readRow(ctx: Ctx): Row {
  return (
    (ctx.db
      .prepare(
        'SELECT streak, blocked_at AS blockedAt, blocked_until AS blockedUntil, locked_at AS lockedAt FROM kiosk_throttle WHERE kiosk_id = ?',
      )
      .get(ctx.kioskId) as Row | undefined) ?? { streak: 0, blockedAt: null, blockedUntil: null, lockedAt: null }
  );
}

export interface ThrottleState {
  retryAfterSeconds: number | null;
  locked: boolean;
}

export function throttleState(ctx: Ctx): ThrottleState {
  const row = readRow(ctx);
  const now = ctx.env.now().getTime();
  let remainingMs = 0;
  if (row.blockedAt && row.blockedUntil) {
    const from = Date.parse(row.blockedAt);
    const until = Date.parse(row.blockedUntil);
    // A clock turned back makes "now" earlier than the block began: the whole delay still applies.
    remainingMs = now < from ? until - from : until - now;
  }
  // While this process runs, a monotonic deadline also holds, whatever the wall clock says.
  const deadline = ctx.memory.throttleDeadlines.get(ctx.kioskId);
  if (deadline !== undefined) remainingMs = Math.max(remainingMs, deadline - ctx.env.monotonicMs());
  return { retryAfterSeconds: remainingMs > 0 ? Math.ceil(remainingMs / 1000) : null, locked: row.lockedAt !== null };
}

/** Refuses the request while the kiosk waits out a delay, or (unless `ignoreLock`) while it is locked. */
export function assertNotThrottled(ctx: Ctx, options: { ignoreLock?: boolean } = {}): void {
  const state = throttleState(ctx);
  if (state.locked && !options.ignoreLock) throw new AppError('kiosk-locked', KIOSK_MESSAGES['kiosk-locked']);
  if (state.retryAfterSeconds) {
    throw new AppError('throttled', throttledMessage(state.retryAfterSeconds), { retryAfterSeconds: state.retryAfterSeconds });
  }
}

/** Counts one wrong guess. Returns the delay it starts, in seconds (0 while guesses are still free). */
export function recordWrongGuess(ctx: Ctx): number {
  const now = ctx.env.now();
  const at = now.toISOString();
  ctx.db.prepare('INSERT INTO kiosk_failures (kiosk_id, at) VALUES (?, ?)').run(ctx.kioskId, at);
  ctx.db
    .prepare('DELETE FROM kiosk_failures WHERE kiosk_id = ? AND at < ?')
    .run(ctx.kioskId, new Date(now.getTime() - 2 * DAY_MS).toISOString());
  const streak = readRow(ctx).streak + 1;
  const delay = delayAfter(streak);
  // Failures dated in the future (a clock turned back) still count: only the old ones fall out.
  const inDay = ctx.db
    .prepare('SELECT count(*) FROM kiosk_failures WHERE kiosk_id = ? AND at > ?')
    .pluck()
    .get(ctx.kioskId, new Date(now.getTime() - DAY_MS).toISOString()) as number;
  ctx.db
    .prepare(
      `INSERT INTO kiosk_throttle (kiosk_id, streak, blocked_at, blocked_until, locked_at) VALUES (@kiosk, @streak, @from, @until, @locked)
       ON CONFLICT (kiosk_id) DO UPDATE SET streak = @streak, blocked_at = @from, blocked_until = @until,
         locked_at = coalesce(locked_at, @locked)`,
    )
    .run({
      kiosk: ctx.kioskId,
      streak,
      from: delay ? at : null,
      until: delay ? new Date(now.getTime() + delay * 1000).toISOString() : null,
      locked: inDay >= LOCK_AFTER ? at : null,
    });
  if (delay) ctx.memory.throttleDeadlines.set(ctx.kioskId, ctx.env.monotonicMs() + delay * 1000);
  return delay;
}

/** A right code ends the streak (the 24-hour count stays). */
export function recordRightGuess(ctx: Ctx): void {
  ctx.db
    .prepare('UPDATE kiosk_throttle SET streak = 0, blocked_at = NULL, blocked_until = NULL WHERE kiosk_id = ?')
    .run(ctx.kioskId);
  ctx.memory.throttleDeadlines.delete(ctx.kioskId);
}

/** The admin PIN unlocks every kiosk and starts their counts afresh. */
export function unlockKiosks(ctx: Ctx): void {
  ctx.db.prepare('DELETE FROM kiosk_throttle').run();
  ctx.db.prepare('DELETE FROM kiosk_failures').run();
  ctx.memory.throttleDeadlines.clear();
}

/** For the admin: is any kiosk locked? */
export const anyKioskLocked = (ctx: Ctx): boolean =>
  ctx.db.prepare('SELECT 1 FROM kiosk_throttle WHERE locked_at IS NOT NULL').get() !== undefined;
