import { AppError } from '../../shared/result';
import type { Ctx } from './context';
import { inTransaction } from './context';

/**
 * Persisted throttles for guesses (DESIGN §4): wrong join codes per kiosk, wrong exit PINs per kiosk,
 * wrong admin PINs. Each is a scope, one row in kiosk_throttle and its rows in kiosk_failures.
 */
export interface ThrottleScope {
  /** Its key in kiosk_throttle / kiosk_failures: a namespace, and for a kiosk its identity. */
  readonly id: string;
  /** Failures within 24 h that lock the scope until an admin unlocks it; null: it never locks. */
  readonly lockAfter: number | null;
  /** Scopes whose lock also refuses this one: a kiosk locked by either of its throttles is locked. */
  readonly lockedBy: readonly string[];
}

export const FREE_FAILURES = 5;
export const BASE_DELAY_SECONDS = 5;
export const MAX_DELAY_SECONDS = 60;
export const REGISTRATION_LOCK_AFTER = 100;
/**
 * Wrong exit PINs a kiosk may take in 24 h. A PIN has at least 10^6 values, so 10 guesses a day
 * give a guesser about 1 in 100,000; staff who mistype that often should fetch an admin anyway.
 */
export const EXIT_PIN_LOCK_AFTER = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

// The namespaces differ before the first ':' so no kiosk identity can name another scope.
const ADMIN_PIN_ID = 'admin-pin';
const kioskScopeIds = (kioskId: string) => [`code:${kioskId}`, `exit-pin:${kioskId}`];
const ADMIN_PIN_SCOPE: ThrottleScope = { id: ADMIN_PIN_ID, lockAfter: null, lockedBy: [] };

export const throttleScopes = {
  /** Wrong join codes, retired codes and registered emails at one kiosk. */
  registration: (kioskId: string): ThrottleScope => ({
    id: `code:${kioskId}`,
    lockAfter: REGISTRATION_LOCK_AFTER,
    lockedBy: kioskScopeIds(kioskId),
  }),
  /** Wrong admin PINs offered to leave one kiosk. */
  exitPin: (kioskId: string): ThrottleScope => ({
    id: `exit-pin:${kioskId}`,
    lockAfter: EXIT_PIN_LOCK_AFTER,
    lockedBy: kioskScopeIds(kioskId),
  }),
  /** Wrong admin PINs on the admin side (unlock, changing the PIN). Never locks: unlocking needs the PIN. */
  adminPin: ADMIN_PIN_SCOPE,
};

/**
 * Delay after a failure, given the failures since the last success (`streak`) and in the last 24 h
 * (`inDay`): 0 while the day's free allowance lasts, then 5, 10, 20, 40, 60, 60 … s. A success ends
 * the streak but gives back no free failures, so past the allowance each failure waits at least 5 s.
 */
export function delayAfter(streak: number, inDay: number): number {
  const charged = Math.min(streak, inDay - FREE_FAILURES);
  return charged <= 0 ? 0 : Math.min(MAX_DELAY_SECONDS, BASE_DELAY_SECONDS * 2 ** (charged - 1));
}

interface Row {
  streak: number;
  blockedAt: string | null;
  blockedUntil: string | null;
}

function readRow(ctx: Ctx, scope: ThrottleScope): Row {
  return (
    (ctx.db
      .prepare('SELECT streak, blocked_at AS blockedAt, blocked_until AS blockedUntil FROM kiosk_throttle WHERE kiosk_id = ?')
      .get(scope.id) as Row | undefined) ?? { streak: 0, blockedAt: null, blockedUntil: null }
  );
}

function isLocked(ctx: Ctx, scope: ThrottleScope): boolean {
  if (scope.lockedBy.length === 0) return false;
  const ids = scope.lockedBy.map(() => '?').join(', ');
  return (
    ctx.db.prepare(`SELECT 1 FROM kiosk_throttle WHERE locked_at IS NOT NULL AND kiosk_id IN (${ids})`).get(...scope.lockedBy) !==
    undefined
  );
}

export interface ThrottleState {
  retryAfterSeconds: number | null;
  locked: boolean;
}

export function throttleState(ctx: Ctx, scope: ThrottleScope): ThrottleState {
  const row = readRow(ctx, scope);
  const now = ctx.env.now().getTime();
  let remainingMs = 0;
  if (row.blockedAt && row.blockedUntil) {
    const from = Date.parse(row.blockedAt);
    const until = Date.parse(row.blockedUntil);
    // A clock turned back makes "now" earlier than the block began: the whole delay still applies.
    remainingMs = now < from ? until - from : until - now;
  }
  // While this process runs, a monotonic deadline also holds, whatever the wall clock says.
  const deadline = ctx.memory.throttleDeadlines.get(scope.id);
  if (deadline !== undefined) remainingMs = Math.max(remainingMs, deadline - ctx.env.monotonicMs());
  return { retryAfterSeconds: remainingMs > 0 ? Math.ceil(remainingMs / 1000) : null, locked: isLocked(ctx, scope) };
}

/** Refuses the attempt while the scope is locked or waits out a delay; `field` says where the answer belongs. */
export function assertNotThrottled(ctx: Ctx, scope: ThrottleScope, field?: string): void {
  const state = throttleState(ctx, scope);
  const where = field ? { field } : {};
  if (state.locked) throw new AppError('kiosk-locked', { id: 'signup.kioskLocked' }, where);
  if (state.retryAfterSeconds) {
    throw new AppError(
      'throttled',
      { id: 'attempts.throttled', values: { seconds: state.retryAfterSeconds } },
      {
        ...where,
        retryAfterSeconds: state.retryAfterSeconds,
      },
    );
  }
}

/** Counts one failure. Returns the delay it starts, in seconds (0 while failures are still free). */
export function recordFailure(ctx: Ctx, scope: ThrottleScope): number {
  const now = ctx.env.now();
  const at = now.toISOString();
  ctx.db.prepare('INSERT INTO kiosk_failures (kiosk_id, at) VALUES (?, ?)').run(scope.id, at);
  ctx.db
    .prepare('DELETE FROM kiosk_failures WHERE kiosk_id = ? AND at < ?')
    .run(scope.id, new Date(now.getTime() - 2 * DAY_MS).toISOString());
  const streak = readRow(ctx, scope).streak + 1;
  // Failures dated in the future (a clock turned back) still count: only the old ones fall out.
  const inDay = ctx.db
    .prepare('SELECT count(*) FROM kiosk_failures WHERE kiosk_id = ? AND at > ?')
    .pluck()
    .get(scope.id, new Date(now.getTime() - DAY_MS).toISOString()) as number;
  const delay = delayAfter(streak, inDay);
  ctx.db
    .prepare(
      `INSERT INTO kiosk_throttle (kiosk_id, streak, blocked_at, blocked_until, locked_at) VALUES (@id, @streak, @from, @until, @locked)
       ON CONFLICT (kiosk_id) DO UPDATE SET streak = @streak, blocked_at = @from, blocked_until = @until,
         locked_at = coalesce(locked_at, @locked)`,
    )
    .run({
      id: scope.id,
      streak,
      from: delay ? at : null,
      until: delay ? new Date(now.getTime() + delay * 1000).toISOString() : null,
      locked: scope.lockAfter !== null && inDay >= scope.lockAfter ? at : null,
    });
  if (delay) ctx.memory.throttleDeadlines.set(scope.id, ctx.env.monotonicMs() + delay * 1000);
  return delay;
}

/** A success ends the streak and its delay; the 24-hour count stays. */
export function recordSuccess(ctx: Ctx, scope: ThrottleScope): void {
  ctx.db
    .prepare('UPDATE kiosk_throttle SET streak = 0, blocked_at = NULL, blocked_until = NULL WHERE kiosk_id = ?')
    .run(scope.id);
  ctx.memory.throttleDeadlines.delete(scope.id);
}

/**
 * One throttled attempt: refused while the scope is locked or delayed; an error `counts` accepts is
 * recorded as a failure (in a transaction of its own, since the attempt's own rolls back) and carries
 * the delay it starts; a success ends the streak. `field` places throttled answers in a form.
 */
export function withThrottle<T>(
  ctx: Ctx,
  scope: ThrottleScope,
  attempt: () => T,
  counts: (error: AppError) => boolean,
  field?: string,
): T {
  assertNotThrottled(ctx, scope, field);
  let value: T;
  try {
    value = attempt();
  } catch (error) {
    if (error instanceof AppError && counts(error)) {
      const delay = inTransaction(ctx, () => recordFailure(ctx, scope));
      if (delay) error.data.retryAfterSeconds = delay;
    }
    throw error;
  }
  inTransaction(ctx, () => recordSuccess(ctx, scope));
  return value;
}

/**
 * An admin unlocks every kiosk: their wrong-code and wrong-exit-PIN counts start afresh. The admin-PIN
 * throttle stays: the right PIN has already ended its delay, and its count is what slows anyone else
 * still guessing the PIN.
 */
export function unlockKiosks(ctx: Ctx): void {
  ctx.db.prepare('DELETE FROM kiosk_throttle WHERE kiosk_id <> ?').run(ADMIN_PIN_ID);
  ctx.db.prepare('DELETE FROM kiosk_failures WHERE kiosk_id <> ?').run(ADMIN_PIN_ID);
  for (const id of ctx.memory.throttleDeadlines.keys()) if (id !== ADMIN_PIN_ID) ctx.memory.throttleDeadlines.delete(id);
}

/** For the admin: is any kiosk locked? */
export const anyKioskLocked = (ctx: Ctx): boolean =>
  ctx.db.prepare('SELECT 1 FROM kiosk_throttle WHERE locked_at IS NOT NULL AND kiosk_id <> ?').get(ADMIN_PIN_ID) !== undefined;
