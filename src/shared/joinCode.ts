/** Join code rules (DESIGN §3): one normalization for stored and typed codes alike. */

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const GENERATED_LENGTH = 8;
export const CUSTOM_MIN_LENGTH = 6;
export const CUSTOM_MAX_LENGTH = 32;
export const CUSTOM_WARN_BELOW = 8;

// Spaces, '-', '_' and every Unicode dash (Pd) plus the minus sign, which people type as a dash.
const SEPARATORS = /[\s\p{Pd}\u2212_]/gu;
const LOOKALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

export type NormalizedCode = { ok: true; key: string } | { ok: false; message: string };

export function normalizeJoinCode(input: string): NormalizedCode {
  const key = input
    .normalize('NFKC')
    .trim()
    .toUpperCase()
    .replace(SEPARATORS, '')
    .replace(/[OIL]/g, (c) => LOOKALIKES[c] ?? c);
  if (key.length === 0) return { ok: false, message: 'Enter a join code.' };
  if (!/^[0-9A-Z]+$/.test(key)) {
    return { ok: false, message: 'Join codes use only the letters A–Z and the digits 0–9.' };
  }
  return { ok: true, key };
}

/** Checks a custom code the admin typed; `warning` is advice, not a block. */
export function checkCustomCode(
  input: string,
  minLength: number = CUSTOM_MIN_LENGTH,
): { ok: true; key: string; warning?: string } | { ok: false; message: string } {
  const n = normalizeJoinCode(input);
  if (!n.ok) return n;
  if (n.key.length < minLength) {
    return { ok: false, message: `A join code needs at least ${minLength} letters or digits.` };
  }
  if (n.key.length > CUSTOM_MAX_LENGTH) {
    return { ok: false, message: `A join code can have at most ${CUSTOM_MAX_LENGTH} letters or digits.` };
  }
  if (n.key.length < CUSTOM_WARN_BELOW) {
    return {
      ok: true,
      key: n.key,
      warning: `Short codes are easier to guess: ${CUSTOM_WARN_BELOW} or more characters are safer.`,
    };
  }
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
