import { z } from 'zod';
import { isValidEmail } from '../email';
import { normalizeJoinCode } from '../joinCode';
import { cleanName, codePointLength, NAME_MAX_CODE_POINTS } from '../names';

/** Field schemas more than one domain uses, so the contract and the forms give the same messages. */

export const id = z.int('Expected a whole-number id.').positive('Expected a positive id.');

/** A join code as typed (any case, spaces, dashes); the handler gets its normalized key (DESIGN §3). */
export const joinCode = z
  .string('Enter a join code.')
  .max(200, 'That join code is too long.')
  .transform((s, ctx) => {
    const n = normalizeJoinCode(s);
    if (n.ok) return n.key;
    ctx.addIssue({ code: 'custom', message: n.message });
    return z.NEVER;
  });

export const idList = z.array(id, 'Expected a list of ids.').max(10_000, 'At most 10,000 at once.');

// Raw limits stop oversized input before any work is done on it.
export const personName = z
  .string('Enter your full name.')
  .max(1000, 'That name is too long.')
  .transform(cleanName)
  .pipe(
    z
      .string()
      .min(1, 'Enter your full name.')
      .refine((s) => codePointLength(s) <= NAME_MAX_CODE_POINTS, `Names can have at most ${NAME_MAX_CODE_POINTS} characters.`),
  );

export const description = z
  .string('Expected text.')
  .max(2000, 'Descriptions can have at most 2,000 characters.')
  .transform((s) => s.trim());

export const email = z
  .string('Enter your email address.')
  .max(1000, 'That email address is too long.')
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, 'Enter your email address.')
  .refine(isValidEmail, 'Enter a valid email address, like name@example.com.');

// Timestamps cross the API as ISO 8601 with an offset; stored as UTC so text order is time order.
export const instant = z
  .string('Expected a date and time.')
  .max(40)
  .pipe(z.iso.datetime({ offset: true, message: 'Expected an ISO 8601 date and time.' }))
  .transform((s) => new Date(s).toISOString());

export const search = z.string('Expected text.').max(200, 'Search text can have at most 200 characters.').optional();
export const limit = z.int('Expected a whole number.').min(1).max(500).optional();
export const offset = z.int('Expected a whole number.').min(0).optional();

/** A PIN as typed to leave or unlock the kiosk: checked against the stored one, not against the rules. */
export const typedPin = z.string('Enter the PIN.').max(64, 'That PIN is too long.');

/** No input. */
export const nothing = z.strictObject({});

export interface Page<T> {
  items: T[];
  total: number;
  /** Set when a search matched more than it counts: `total` is then the cap, not the count. */
  capped?: boolean;
}
