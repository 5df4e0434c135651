import { afterEach, describe, expect, it, vi } from 'vitest';
import { appLocale, formatDate, formatDateTime, formatNumber, pickerFormat } from '../../../src/renderer/src/lib/format';
import { setPageLanguage } from '../../../src/renderer/src/i18n/language';
import type { LanguageTag } from '../../../src/shared/languages';

/** Puts the page in `tag`, as the admin's language setting or the kiosk's picker does. */
const at = (tag: LanguageTag) => setPageLanguage(tag);

describe('format', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows the page’s language, not the computer’s', () => {
    vi.stubGlobal('navigator', { language: 'ja-JP', languages: ['ja-JP'] });
    at('en');
    expect(formatNumber(1234567)).toBe('1,234,567');
    at('de');
    expect(formatNumber(1234567)).toBe('1.234.567');
    at('fr');
    expect(formatNumber(1234567)).toBe('1\u202f234\u202f567');
  });

  it('shows a day the same way alone and with its time', () => {
    at('en');
    expect(appLocale()).toBe('en-GB');
    const when = new Date(2026, 10, 7, 21, 5);
    expect(formatDate(when)).toBe('7 Nov 2026');
    expect(formatDateTime(when).startsWith(formatDate(when))).toBe(true);
    expect(formatDateTime(when)).toContain('21:05');
    at('pt');
    expect(appLocale()).toBe('pt');
    expect(formatDate(when.toISOString())).toBe('7 de nov. de 2026');
    at('zh-Hans');
    expect(formatDate(when)).toBe('2026年11月7日');
  });

  it('gives the date pickers the pattern of the dates around them', () => {
    at('en');
    expect(pickerFormat(false)).toBe('D[ ]MMM[ ]YYYY');
    expect(pickerFormat(true)).toBe('D[ ]MMM[ ]YYYY[, ]HH[:]mm');
    at('de');
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
      at('en');
      // `new Date('2026-11-28')` is midnight UTC: the evening of the 27th in New York.
      expect(formatDate('2026-11-28')).toBe('28 Nov 2026');
      expect(formatDate('2026-01-01')).toBe('1 Jan 2026');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
