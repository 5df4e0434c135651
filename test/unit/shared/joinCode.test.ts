import { describe, expect, it, vi } from 'vitest';
import {
  checkCustomCode,
  CROCKFORD_ALPHABET,
  formatGeneratedCode,
  generateJoinCodeKey,
  normalizeJoinCode,
} from '../../../src/shared/joinCode';

describe('normalizeJoinCode', () => {
  it.each([
    [' ab-cd 1o2l ', 'ABCD1021'],
    ['abcd-1234', 'ABCD1234'],
    ['ABCD_1234', 'ABCD1234'],
    ['abcd—1234', 'ABCD1234'], // em dash
    ['abcd–1234', 'ABCD1234'], // en dash
    ['abcd−1234', 'ABCD1234'], // minus sign
    ['ＡＢＣＤ－１２３４', 'ABCD1234'], // full-width letters, digits and hyphen
    ['abcd\u00a01234', 'ABCD1234'], // no-break space
    ['\tabcd 1234\n', 'ABCD1234'],
    ['OIL', '011'],
    ['oil', '011'],
  ])('%j → %s', (typed, key) => {
    expect(normalizeJoinCode(typed)).toEqual({ ok: true, key });
  });

  it.each([
    ['АВСD-1234', 'Cyrillic look-alikes'],
    ['ABCD-123٤', 'Arabic-Indic digit'],
    ['ABCD.1234', 'punctuation'],
    ['ABCD😀1234', 'emoji'],
  ])('rejects %j (%s) instead of matching it', (typed) => {
    const result = normalizeJoinCode(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/only the letters A–Z and the digits 0–9/);
  });

  it('rejects an empty code', () => {
    expect(normalizeJoinCode(' - _ ')).toEqual({ ok: false, message: 'Enter a join code.' });
  });
});

describe('generateJoinCodeKey', () => {
  it('makes 8 characters from the Crockford alphabet', () => {
    for (let i = 0; i < 500; i++) {
      const key = generateJoinCodeKey();
      expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    }
  });

  it('draws from the CSPRNG (crypto.getRandomValues)', () => {
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues');
    generateJoinCodeKey();
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
  });

  it('maps every byte value uniformly onto the 32 symbols', () => {
    const counts = new Map<string, number>();
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let offset = 0; offset < 256; offset += 8) {
      for (const c of generateJoinCodeKey(() => all.slice(offset, offset + 8))) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect([...counts.keys()].sort().join('')).toBe([...CROCKFORD_ALPHABET].sort().join(''));
    expect(new Set(counts.values())).toEqual(new Set([8]));
  });

  it('is not sequential', () => {
    const keys = new Set(Array.from({ length: 2000 }, () => generateJoinCodeKey()));
    expect(keys.size).toBe(2000);
  });

  it('is shown as XXXX-XXXX and normalizes back to itself', () => {
    const key = generateJoinCodeKey();
    const shown = formatGeneratedCode(key);
    expect(shown).toMatch(/^.{4}-.{4}$/);
    expect(normalizeJoinCode(shown)).toEqual({ ok: true, key });
  });
});

describe('checkCustomCode', () => {
  it('refuses fewer than 6 characters after normalization', () => {
    expect(checkCustomCode('ab-c d')).toEqual({
      ok: false,
      message: 'A join code needs at least 6 letters or digits.',
      text: { id: 'field.customCodeTooShort', values: { min: 6 } },
    });
  });
  it('refuses more than 32', () => {
    expect(checkCustomCode('A'.repeat(33))).toEqual({
      ok: false,
      message: 'A join code can have at most 32 letters or digits.',
      text: { id: 'field.customCodeTooLong', values: { max: 32 } },
    });
  });
  it('warns, but allows, 6 or 7', () => {
    const result = checkCustomCode('spring');
    expect(result).toMatchObject({ ok: true, key: 'SPR1NG' });
    expect(result.ok && result.warning).toMatch(/8 or more/);
  });
  it('accepts 8 to 32 without a warning', () => {
    expect(checkCustomCode('spring-2027')).toEqual({ ok: true, key: 'SPR1NG2027' });
    expect(checkCustomCode('A'.repeat(32))).toEqual({ ok: true, key: 'A'.repeat(32) });
  });
});
