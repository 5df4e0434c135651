import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import type { adminPinChannels } from '../../shared/domains/adminPin';
import { AppError } from '../../shared/result';
import { recordAudit } from './audit';
import type { Ctx } from './context';
import { inTransaction } from './context';
import type { HandlerMap } from './handler';
import { writeSetting } from './settings';
import type { ThrottleScope } from './throttle';
import { throttleScopes, withThrottle } from './throttle';

// scrypt, N = 2^15: about 30–60 ms a guess here, so a 6-digit PIN cannot be swept from a stolen file quickly.
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const SALT_LENGTH = 16;
const KEY_LENGTH = 32;

/** Canonical base64 of exactly `bytes` bytes: what Buffer#toString('base64') writes, nothing looser. */
const base64Of = (bytes: number) =>
  z.string().refine((s) => {
    const decoded = Buffer.from(s, 'base64');
    return decoded.length === bytes && decoded.toString('base64') === s;
  });

/**
 * The only admin-PIN record we accept: our own fixed parameters. The stored N, r and p are never
 * used to hash — a crafted record could otherwise let a PIN in cheaply (N=2) or stall the app (p=3000).
 */
export const pinRecordSchema = z.strictObject({
  salt: base64Of(SALT_LENGTH),
  hash: base64Of(KEY_LENGTH),
  N: z.literal(PARAMS.N),
  r: z.literal(PARAMS.r),
  p: z.literal(PARAMS.p),
});
type PinRecord = z.infer<typeof pinRecordSchema>;

/** For restore: is this an admin-PIN record we would have written? */
export const isValidPinRecord = (value: unknown): boolean => pinRecordSchema.safeParse(value).success;

const hashPin = (pin: string, salt: Buffer): Buffer => scryptSync(pin.normalize('NFKC'), salt, KEY_LENGTH, PARAMS);

/** The stored record, or null when there is none or it is not one of ours (it then counts as no PIN). */
function storedPin(ctx: Ctx): PinRecord | null {
  const raw = ctx.db.prepare("SELECT value FROM settings WHERE key = 'adminPin'").pluck().get() as string | undefined;
  if (raw === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = pinRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Whether a usable PIN exists. A record that is not ours counts as none, so the admin can set a new
 * one: whoever could write that record could as well have written a valid one of their own.
 */
export const isPinSet = (ctx: Ctx): boolean => storedPin(ctx) !== null;

/** Unthrottled: callers go through `requireAdminPin`. */
function verifyAdminPin(ctx: Ctx, pin: string): boolean {
  const stored = storedPin(ctx);
  if (!stored) return false;
  return timingSafeEqual(hashPin(pin, Buffer.from(stored.salt, 'base64')), Buffer.from(stored.hash, 'base64'));
}

/**
 * Checks the admin PIN under `scope`'s throttle: refused while it waits out a delay (or is locked),
 * without hashing; a wrong PIN is counted and answered on `field`.
 */
export function requireAdminPin(ctx: Ctx, scope: ThrottleScope, pin: string, field: 'pin' | 'currentPin' = 'pin'): void {
  withThrottle(
    ctx,
    scope,
    () => {
      if (!verifyAdminPin(ctx, pin)) {
        throw new AppError('validation', { id: field === 'pin' ? 'pin.wrong' : 'pin.currentWrong' }, { field });
      }
    },
    () => true,
    field,
  );
}

export function setAdminPin(ctx: Ctx, input: ParsedInput<'admin-pin-set'>): { pinSet: true } {
  if (isPinSet(ctx)) {
    // No current PIN given is no guess: it is not counted.
    if (input.currentPin === undefined) {
      throw new AppError('validation', { id: 'pin.currentWrong' }, { field: 'currentPin' });
    }
    requireAdminPin(ctx, throttleScopes.adminPin, input.currentPin, 'currentPin');
  }
  const salt = randomBytes(SALT_LENGTH);
  const value: PinRecord = {
    salt: salt.toString('base64'),
    hash: hashPin(input.pin, salt).toString('base64'),
    N: PARAMS.N,
    r: PARAMS.r,
    p: PARAMS.p,
  };
  return inTransaction(ctx, () => {
    writeSetting(ctx, 'adminPin', value);
    recordAudit(ctx, 'admin-pin-set');
    return { pinSet: true as const };
  });
}

export const adminPinHandlers: HandlerMap<ChannelsOf<typeof adminPinChannels>> = {
  'admin-pin-set': setAdminPin,
};
