export const NAME_MAX_CODE_POINTS = 200;

// C0/C1 controls, and the bidi embeddings, overrides, isolates and marks that can disguise text.
const UNSAFE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Cleans a person's or group's name: NFC, unsafe characters stripped, white space folded. */
export const cleanName = (raw: string): string =>
  raw
    .normalize('NFC')
    .replace(/\s+/gu, ' ') // first, so a line break between words becomes a space, not nothing
    .replace(UNSAFE, '')
    .replace(/ {2,}/g, ' ')
    .trim();

export const codePointLength = (s: string): number => [...s].length;

/** Case-insensitive uniqueness key for group names. */
export const nameKey = (name: string): string => cleanName(name).normalize('NFKC').toLocaleLowerCase('en');
