import { describe, expect, it } from 'vitest';
import type { PatternChecker } from '../../../src/shared/codeStrength';
import { contextWords, loadPatternChecker, rateJoinCode } from '../../../src/shared/codeStrength';
import { formatGeneratedCode, generateJoinCodeKey, normalizeJoinCode } from '../../../src/shared/joinCode';

const key = (typed: string) => {
  const n = normalizeJoinCode(typed);
  if (!n.ok) throw new Error(n.message);
  return n.key;
};

describe('join code strength (zxcvbn-ts)', async () => {
  const checker: PatternChecker = await loadPatternChecker();
  const rate = (typed: string, names: string[] = []) => rateJoinCode(key(typed), checker, contextWords(names));

  it.each(['password1', 'PASSWORD1', 'Pass-Word-1', 'p@ssword1'.replace('@', 'a'), 'qwerty123', 'letmein1'])(
    '%s is a common password: weak',
    (typed) => {
      expect(rate(typed)).toMatchObject({ strength: 'weak', reason: 'it contains a common password' });
    },
  );

  it.each([
    ['ABCDEF123', 'it contains a sequence like ABC or 123'],
    ['AAAAAAAA1', 'it repeats characters'],
    ['QWERTYUIOP', 'it contains a common password'],
    ['SPRING-2027', 'it contains a common word or name'],
  ])('%s is weak: %s', (typed, reason) => {
    expect(rate(typed)).toMatchObject({ strength: 'weak', reason });
  });

  it('a keyboard walk is never strong', () => {
    expect(rate('HJUYTGBNM7')).toMatchObject({ strength: 'fair', reason: 'it contains a keyboard pattern' });
  });

  it('a code built from the group’s name is no stronger than its other parts', () => {
    const plain = rate('FORKLIFT-WAVE-9');
    const named = rate('FORKLIFT-WAVE-9', ['Forklift Wave 3', 'Acme Logistics']);
    expect(named.guessesLog10).toBeLessThan(plain.guessesLog10);
    expect(named.strength).not.toBe('strong');
    expect(rate('ACME-LOGISTICS', ['Acme Logistics'])).toMatchObject({
      strength: 'weak',
      reason: 'it contains the group’s or organisation’s name',
    });
  });

  it('case, dashes and look-alike letters add nothing', () => {
    expect(rate('password1').guessesLog10).toBe(rate('PASSW0RD-1').guessesLog10);
  });

  it('random-looking codes are rated by their alphabet: 8 characters strong, 6 fair', () => {
    expect(rate('Q7KX-3M9T')).toEqual({ strength: 'strong', guessesLog10: 8 * Math.log10(33) });
    expect(rate('HF7K2M')).toMatchObject({ strength: 'fair' });
    expect(rate('K7M2-QX9W-4TZR')).toMatchObject({ strength: 'strong' });
  });

  it('almost every generated code rates strong, and hardly any weak', () => {
    // A random code now and then spells a word or a run (about 6 in 10,000: BAKED3FH, VANYAPPP);
    // the meter rightly calls those weak, so the bound is a rate, far above chance, not zero.
    const SAMPLE = 1000;
    let strong = 0;
    let weak = 0;
    for (let i = 0; i < SAMPLE; i++) {
      const rating = rate(formatGeneratedCode(generateJoinCodeKey()));
      if (rating.strength === 'strong') strong++;
      if (rating.strength === 'weak') weak++;
    }
    expect(weak).toBeLessThanOrEqual(6);
    expect(strong).toBeGreaterThan(SAMPLE * 0.85);
  });

  it('loads the word lists once', async () => {
    expect(await loadPatternChecker()).toBe(checker);
  });
});
