import { AppError } from '../../shared/result';
import type { KioskOverview, KioskStatus } from '../../shared/types';
import { isPinSet, requireAdminPin } from './adminPin';
import { recordAudit } from './audit';
import type { Ctx } from './context';
import { inTransaction } from './context';
import { getKioskSettings } from './settings';
import { anyKioskLocked, throttleScopes, throttleState, unlockKiosks } from './throttle';

/**
 * What the kiosk screen needs to know besides the form: its own sign-up delay and whether it is
 * locked (by wrong codes or wrong exit PINs).
 */
export function kioskStatus(ctx: Ctx, canExit: boolean): KioskStatus {
  const state = throttleState(ctx, throttleScopes.registration(ctx.kioskId));
  return {
    ...getKioskSettings(ctx),
    throttled: state.retryAfterSeconds ? { retryAfterSeconds: state.retryAfterSeconds } : null,
    locked: state.locked,
    pinSet: isPinSet(ctx),
    canExit,
  };
}

/** What the admin needs to know about the kiosks: whether any is locked, and the admin-PIN delay. */
export function kioskOverview(ctx: Ctx, canExit: boolean): KioskOverview {
  const state = throttleState(ctx, throttleScopes.adminPin);
  return {
    ...getKioskSettings(ctx),
    throttled: state.retryAfterSeconds ? { retryAfterSeconds: state.retryAfterSeconds } : null,
    locked: anyKioskLocked(ctx),
    pinSet: isPinSet(ctx),
    canExit,
  };
}

/**
 * Leaving kiosk mode takes the admin PIN, under this kiosk's own exit-PIN throttle; a locked kiosk
 * takes no PIN at all until an admin unlocks it. A browser tab has nothing to leave: it is told so
 * without the PIN being checked, so it offers no way to test PINs.
 */
export function exitKiosk(ctx: Ctx, pin: string, exit: (() => void) | undefined): { exited: boolean } {
  if (!exit) return { exited: false };
  requireAdminPin(ctx, throttleScopes.exitPin(ctx.kioskId), pin);
  inTransaction(ctx, () => recordAudit(ctx, 'kiosk-exited'));
  exit();
  return { exited: true };
}

export function unlockWithPin(ctx: Ctx, pin: string, canExit: boolean): KioskOverview {
  requireAdminPin(ctx, throttleScopes.adminPin, pin);
  inTransaction(ctx, () => {
    unlockKiosks(ctx);
    recordAudit(ctx, 'kiosk-unlocked');
  });
  return kioskOverview(ctx, canExit);
}

/** The kiosk starts only once an admin PIN exists: without it, nobody could leave or unlock it. */
export function assertKioskCanStart(ctx: Ctx): void {
  if (!isPinSet(ctx)) throw new AppError('validation', { id: 'pin.needed' }, { field: 'pin' });
}
