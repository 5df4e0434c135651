/** Join code rules (DESIGN §3): one normalization for stored and typed codes alike. */

import { CUSTOM_MAX_LENGTH, CUSTOM_MIN_LENGTH, CUSTOM_WARN_BELOW } from './limits';
import type { Text } from './text';
import { englishText, schemaText } from './text';

export { CUSTOM_MAX_LENGTH, CUSTOM_MIN_LENGTH, CUSTOM_WARN_BELOW };

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const GENERATED_LENGTH = 8;

// Spaces, '-', '_' and every Unicode dash (Pd) plus the minus sign, which people type as a dash.
const SEPARATORS = /[\s\p{Pd}\u2212_]/gu;
const LOOKALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

export type NormalizedCode = { ok: true; key: string } | { ok: false; message: string };

// Worded once: a large upload checks a code on every row.
const CODE_REQUIRED = schemaText('field.codeRequired');
const CODE_CHARACTERS = schemaText('field.codeCharacters');

export function normalizeJoinCode(input: string): NormalizedCode {
  const key = input
    .normalize('NFKC')
    .trim()
    .toUpperCase()
    .replace(SEPARATORS, '')
    .replace(/[OIL]/g, (c) => LOOKALIKES[c] ?? c);
  if (key.length === 0) return { ok: false, message: CODE_REQUIRED };
  if (!/^[0-9A-Z]+$/.test(key)) return { ok: false, message: CODE_CHARACTERS };
  return { ok: true, key };
}

export type CustomCodeCheck = { ok: true; key: string; warning?: string } | { ok: false; message: string; text: Text };

const refuse = (text: Text): CustomCodeCheck => ({ ok: false, message: englishText(text), text });

/**
 * Checks a custom code the admin typed; `warning` is advice, not a block. A refusal carries its
 * sentence as `text` (the least length is the policy's, so it is a value, not fixed words) and
 * its English as `message`.
 */
export function checkCustomCode(input: string, minLength: number = CUSTOM_MIN_LENGTH): CustomCodeCheck {
  const n = normalizeJoinCode(input);
  if (!n.ok) return refuse({ id: n.message === CODE_REQUIRED ? 'field.codeRequired' : 'field.codeCharacters' });
  if (n.key.length < minLength) return refuse({ id: 'field.customCodeTooShort', values: { min: minLength } });
  if (n.key.length > CUSTOM_MAX_LENGTH) return refuse({ id: 'field.customCodeTooLong', values: { max: CUSTOM_MAX_LENGTH } });
  if (n.key.length < CUSTOM_WARN_BELOW) return { ok: true, key: n.key, warning: schemaText('field.customCodeShort') };
  return { ok: true, key: n.key };
}

/** 8 Crockford characters from a CSPRNG. 32 divides 256, so masking a byte keeps it uniform. */
export function generateJoinCodeKey(randomBytes: (n: number) => Uint8Array = webRandomBytes): string {
  const bytes = randomBytes(GENERATED_LENGTH);
  let key = '';
  for (const b of bytes) key += CROCKFORD_ALPHABET[b & 31];
  return key;
}

/** Display form of a generated key: `XXXX-XXXX`. */
export const formatGeneratedCode = (key: string): string => `${key.slice(0, 4)}-${key.slice(4)}`;

function webRandomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}
