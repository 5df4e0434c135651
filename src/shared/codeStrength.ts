import { normalizeJoinCode } from './joinCode';

/**
 * How hard a custom join code is to guess, for the meter beside the code editor. zxcvbn-ts finds
 * what people pick — common passwords, words and names, dates and years, sequences, repeats,
 * keyboard walks, the group's own name — and estimates the guesses each costs. Codes are matched
 * case-insensitively with O as 0 and I, L as 1, so the meter rates the normalized key, lower-cased:
 * case adds nothing, and `PASSWORD1` is the guess `passw0rd1`, which zxcvbn's l33t rules still find.
 */

export type CodeStrength = 'weak' | 'fair' | 'strong';

export interface CodeRating {
  strength: CodeStrength;
  /** Estimated guesses to find the code, as a power of ten. */
  guessesLog10: number;
  /** What makes the code easier to guess, when something does. */
  reason?: string;
}

/** The part of zxcvbn's answer the rating reads. */
export interface PatternMatch {
  pattern: string;
  token: string;
  dictionaryName?: string;
}

export interface PatternChecker {
  check(password: string, userInputs?: (string | number)[]): { guessesLog10: number; sequence: PatternMatch[] };
}

/**
 * Below a million guesses a code falls to a few rooms of phones in a day even with the kiosk's
 * throttle; from 10^11 it is about as hard as a generated code (8 random characters, 32^8 ≈ 10^12).
 */
export const WEAK_BELOW = 6;
export const STRONG_FROM = 11;

// Letters and digits a normalized key can hold: 26 + 10, less O, I and L, which count as digits.
const KEY_ALPHABET = 33;

const REASONS: [test: (m: PatternMatch) => boolean, reason: string][] = [
  [(m) => m.pattern === 'dictionary' && (m.dictionaryName ?? '').startsWith('passwords'), 'it contains a common password'],
  [(m) => m.pattern === 'dictionary' && m.dictionaryName === 'userInputs', 'it contains the group’s or organisation’s name'],
  [(m) => m.pattern === 'dictionary', 'it contains a common word or name'],
  [(m) => m.pattern === 'spatial', 'it contains a keyboard pattern'],
  [(m) => m.pattern === 'sequence', 'it contains a sequence like ABC or 123'],
  [(m) => m.pattern === 'repeat', 'it repeats characters'],
  [(m) => m.pattern === 'date' || m.pattern === 'regex', 'it contains a date or a year'],
];

/** A name or word as the meter compares it: the same normalization as a code, lower-cased. */
const asKey = (text: string): string | null => {
  const n = normalizeJoinCode(text);
  return n.ok ? n.key.toLowerCase() : null;
};

/** Words a code should not be built from: each word of the group's and organisation's names, and each name whole. */
export function contextWords(names: string[]): string[] {
  const words = new Set<string>();
  for (const name of names) {
    for (const part of [name, ...name.split(/[^\p{L}\p{N}]+/u)]) {
      const key = part.length > 1 ? asKey(part) : null;
      if (key && key.length > 1) words.add(key);
    }
  }
  return [...words];
}

/** Rates a normalized key (`normalizeJoinCode(...).key`) with `checker`; `context` as from `contextWords`. */
export function rateJoinCode(key: string, checker: PatternChecker, context: string[] = []): CodeRating {
  const result = checker.check(key.toLowerCase(), context);
  const patterns = result.sequence.filter((m) => m.pattern !== 'bruteforce');
  // zxcvbn counts a random-looking stretch as 10 guesses per character; a code's characters
  // have 33 values each, so a key with no pattern at all is rated by its alphabet instead.
  const guessesLog10 = patterns.length === 0 ? key.length * Math.log10(alphabetOf(key)) : result.guessesLog10;
  const strength: CodeStrength = guessesLog10 < WEAK_BELOW ? 'weak' : guessesLog10 < STRONG_FROM ? 'fair' : 'strong';
  const reason = strength === 'strong' ? undefined : REASONS.find(([test]) => patterns.some(test))?.[1];
  return reason ? { strength, guessesLog10, reason } : { strength, guessesLog10 };
}

const alphabetOf = (key: string): number =>
  /^[0-9]+$/.test(key) ? 10 : /^[A-Z]+$/i.test(key) ? KEY_ALPHABET - 10 : KEY_ALPHABET;

let loading: Promise<PatternChecker> | null = null;

/**
 * zxcvbn-ts with its common and English lists: about 1.5 MB of word lists, so the renderer loads
 * it only when an admin opens the code editor, once.
 */
export function loadPatternChecker(): Promise<PatternChecker> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, en]) => {
    const factory = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
    return { check: (password, userInputs) => factory.check(password, userInputs) };
  });
  // A failed load (a chunk that did not arrive) is tried again next time.
  loading.catch(() => (loading = null));
  return loading;
}
