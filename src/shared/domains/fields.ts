import { z } from 'zod';
import { isValidEmail } from '../email';
import { normalizeJoinCode } from '../joinCode';
import { DESCRIPTION_MAX, ID_LIST_MAX, PAGE_SIZE_MAX, PAGE_SIZE_MIN, SEARCH_MAX } from '../limits';
import { cleanName, codePointLength, NAME_MAX_CODE_POINTS } from '../names';
import { schemaText } from '../text';

/**
 * Field schemas more than one domain uses, so the contract and the forms give the same messages.
 * Every message is `schemaText(id)`, so a screen finds its id again and words it in its language.
 */

export const id = z.int(schemaText('field.idWholeNumber')).positive(schemaText('field.idPositive'));

/** A join code as typed (any case, spaces, dashes); the handler gets its normalized key (DESIGN §3). */
export const joinCode = z
  .string(schemaText('field.codeRequired'))
  .max(200, schemaText('field.codeTooLong'))
  .transform((s, ctx) => {
    const n = normalizeJoinCode(s);
    if (n.ok) return n.key;
    ctx.addIssue({ code: 'custom', message: n.message });
    return z.NEVER;
  });

export const idList = z.array(id, schemaText('field.idList')).max(ID_LIST_MAX, schemaText('field.idListTooLong'));

// Raw limits stop oversized input before any work is done on it.
export const personName = z
  .string(schemaText('field.nameRequired'))
  .max(1000, schemaText('field.nameFarTooLong'))
  .transform(cleanName)
  .pipe(
    z
      .string()
      .min(1, schemaText('field.nameRequired'))
      .refine((s) => codePointLength(s) <= NAME_MAX_CODE_POINTS, schemaText('field.nameTooLong')),
  );

export const description = z
  .string(schemaText('field.text'))
  .max(DESCRIPTION_MAX, schemaText('field.descriptionTooLong'))
  .transform((s) => s.trim());

export const email = z
  .string(schemaText('field.emailRequired'))
  .max(1000, schemaText('field.emailFarTooLong'))
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, schemaText('field.emailRequired'))
  .refine(isValidEmail, schemaText('field.emailInvalid'));

// Timestamps cross the API as ISO 8601 with an offset; stored as UTC so text order is time order.
export const instant = z
  .string(schemaText('field.dateTime'))
  .max(40, schemaText('field.isoDateTime'))
  .pipe(z.iso.datetime({ offset: true, message: schemaText('field.isoDateTime') }))
  .transform((s) => new Date(s).toISOString());

export const search = z.string(schemaText('field.text')).max(SEARCH_MAX, schemaText('field.searchTooLong')).optional();
export const limit = z
  .int(schemaText('field.wholeNumber'))
  .min(PAGE_SIZE_MIN, schemaText('field.pageSize'))
  .max(PAGE_SIZE_MAX, schemaText('field.pageSize'))
  .optional();
export const offset = z.int(schemaText('field.wholeNumber')).min(0, schemaText('field.offset')).optional();

/** A PIN as typed to leave or unlock the kiosk: checked against the stored one, not against the rules. */
export const typedPin = z.string(schemaText('field.pinRequired')).max(64, schemaText('field.pinTooLong'));

/** No input. */
export const nothing = z.strictObject({});

export interface Page<T> {
  items: T[];
  total: number;
  /** Set when a search matched more than it counts: `total` is then the cap, not the count. */
  capped?: boolean;
}
