import { AppError } from '../../shared/errors';
import type { KioskStatus } from '../../shared/types';
import { isPinSet, verifyAdminPin } from './adminPin';
import { recordAudit } from './audit';
import type { Ctx } from './env';
import { inTransaction } from './env';
import { getKioskSettings } from './settings';
import { anyKioskLocked, assertNotThrottled, recordWrongGuess, throttleState, unlockKiosks } from './throttle';

/** What the kiosk screen needs to know besides the form; for the admin, whether any kiosk is locked. */
export function kioskStatus(ctx: Ctx, canExit: boolean): KioskStatus {
  const state = throttleState(ctx);
  return {
    ...getKioskSettings(ctx),
    throttled: state.retryAfterSeconds ? { retryAfterSeconds: state.retryAfterSeconds } : null,
    locked: ctx.actor === 'admin' ? anyKioskLocked(ctx) : state.locked,
    pinSet: isPinSet(ctx),
    canExit,
  };
}

const wrongPin = () => new AppError('validation', 'That PIN is not right.', { field: 'pin' });

/** Leaving kiosk mode takes the admin PIN. Wrong PINs count as wrong guesses; a lock does not stop the admin. */
export function exitKiosk(ctx: Ctx, pin: string, exit: (() => void) | undefined): { exited: boolean } {
  assertNotThrottled(ctx, { ignoreLock: true });
  if (!verifyAdminPin(ctx, pin)) {
    const delay = inTransaction(ctx, () => recordWrongGuess(ctx));
    const error = wrongPin();
    if (delay) error.data.retryAfterSeconds = delay;
    throw error;
  }
  inTransaction(ctx, () => recordAudit(ctx, 'kiosk-exited'));
  exit?.();
  return { exited: exit !== undefined };
}

export function unlockWithPin(ctx: Ctx, pin: string, canExit: boolean): KioskStatus {
  if (!verifyAdminPin(ctx, pin)) throw wrongPin();
  inTransaction(ctx, () => {
    unlockKiosks(ctx);
    recordAudit(ctx, 'kiosk-unlocked');
  });
  return kioskStatus(ctx, canExit);
}

/** The kiosk starts only once an admin PIN exists: without it, nobody could leave or unlock it. */
export function assertKioskCanStart(ctx: Ctx): void {
  if (!isPinSet(ctx))
    throw new AppError('validation', 'Set an admin PIN first: it is needed to leave or unlock the kiosk.', { field: 'pin' });
}
