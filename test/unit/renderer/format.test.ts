import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  appLocale,
  count,
  formatDate,
  formatDateTime,
  formatNumber,
  pickerFormat,
  plural,
} from '../../../src/renderer/src/lib/format';

const at = (locale: string) => vi.stubGlobal('navigator', { language: locale });

describe('format', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('speaks of one thing in the singular and of every other count in the plural', () => {
    expect(count(1, 'row', 'rows')).toBe('1 row');
    expect(count(0, 'row', 'rows')).toBe('0 rows');
    expect(count(2, 'course', 'courses')).toBe('2 courses');
    expect(plural(1, { one: 'second', other: 'seconds' })).toBe('second');
    expect(plural(1.5, { one: 'hour', other: 'hours' })).toBe('hours');
  });

  it('keeps English plurals on a computer whose own language has no singular', () => {
    at('ja-JP');
    expect(count(1, 'row', 'rows')).toBe('1 row');
    expect(count(3, 'row', 'rows')).toBe('3 rows');
  });

  it('groups digits the way the computer’s locale does', () => {
    at('en-US');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(count(1200, 'row', 'rows')).toBe('1,200 rows');
    at('de-DE');
    expect(formatNumber(1234567)).toBe('1.234.567');
  });

  it('shows a day the same way alone and with its time', () => {
    at('en-GB');
    expect(appLocale()).toBe('en-GB');
    const when = new Date(2026, 10, 7, 21, 5);
    expect(formatDate(when)).toBe('7 Nov 2026');
    expect(formatDateTime(when).startsWith(formatDate(when))).toBe(true);
    expect(formatDateTime(when)).toContain('21:05');
    at('en-US');
    expect(formatDate(when.toISOString())).toBe('Nov 7, 2026');
    expect(formatDateTime(when)).toMatch(/^Nov 7, 2026, 9:05\sPM$/);
  });

  it('gives the date pickers the pattern of the dates around them', () => {
    at('en-GB');
    expect(pickerFormat(false)).toBe('D[ ]MMM[ ]YYYY');
    expect(pickerFormat(true)).toBe('D[ ]MMM[ ]YYYY[, ]HH[:]mm');
    at('en-US');
    expect(pickerFormat(false)).toBe('MMM[ ]D[, ]YYYY');
    expect(pickerFormat(true)).toMatch(/^MMM\[ \]D\[, \]YYYY\[, \]h\[:\]mm\[\s\]A$/);
    at('de-DE');
    expect(pickerFormat(false)).toBe('DD[.]MM[.]YYYY');
  });
});

describe('a bare day', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is the calendar day it names, west of Greenwich too', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      // A fresh module: formatters made in this zone, not the ones cached by the tests above.
      vi.resetModules();
      const { formatDate } = await import('../../../src/renderer/src/lib/format');
      at('en-GB');
      // `new Date('2026-11-28')` is midnight UTC: the evening of the 27th in New York.
      expect(formatDate('2026-11-28')).toBe('28 Nov 2026');
      expect(formatDate('2026-01-01')).toBe('1 Jan 2026');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
