import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { recordAudit } from './audit';
import type { Ctx } from './env';
import { inTransaction } from './env';
import { readSetting, writeSetting } from './settings';

// scrypt, N = 2^15: about 30–60 ms a guess here, so a 6-digit PIN cannot be swept from a stolen file quickly.
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

interface StoredPin {
  salt: string;
  hash: string;
  N: number;
  r: number;
  p: number;
}

function hashPin(pin: string, salt: Buffer, params = PARAMS): Buffer {
  return scryptSync(pin.normalize('NFKC'), salt, KEY_LENGTH, params);
}

const storedPin = (ctx: Ctx): StoredPin | null => readSetting<StoredPin | null>(ctx, 'adminPin', null);

export const isPinSet = (ctx: Ctx): boolean => storedPin(ctx) !== null;

export function verifyAdminPin(ctx: Ctx, pin: string): boolean {
  const stored = storedPin(ctx);
  if (!stored) return false;
  const actual = hashPin(pin, Buffer.from(stored.salt, 'base64'), { ...PARAMS, N: stored.N, r: stored.r, p: stored.p });
  return timingSafeEqual(actual, Buffer.from(stored.hash, 'base64'));
}

export function setAdminPin(ctx: Ctx, input: { pin: string; currentPin?: string }): { pinSet: true } {
  if (isPinSet(ctx) && !(input.currentPin !== undefined && verifyAdminPin(ctx, input.currentPin))) {
    throw new AppError('validation', 'The current PIN is not right.', { field: 'currentPin' });
  }
  const salt = randomBytes(16);
  const value: StoredPin = {
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
