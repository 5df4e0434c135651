import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import ar from '../../../src/renderer/src/i18n/kiosk/ar';
import de from '../../../src/renderer/src/i18n/kiosk/de';
import { en } from '../../../src/renderer/src/i18n/kiosk/en';
import es from '../../../src/renderer/src/i18n/kiosk/es';
import fr from '../../../src/renderer/src/i18n/kiosk/fr';
import pt from '../../../src/renderer/src/i18n/kiosk/pt';
import zhHans from '../../../src/renderer/src/i18n/kiosk/zh-Hans';
import type { LanguageTag } from '../../../src/shared/languages';
import { LANGUAGE_TAGS } from '../../../src/shared/languages';
import { KIOSK_MESSAGES, throttledMessage } from '../../../src/shared/result';
import { expectSameShapeAsEnglish } from './icuShape';

const KIOSK: Record<LanguageTag, Record<string, string>> = { en, es, fr, de, pt, ar, 'zh-Hans': zhHans };

/** Values that take every plural form the language has, for every placeholder the kiosk uses. */
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 102, 1000000];
const VALUES = {
  when: '1 January 2099',
  group: 'Leeds Induction',
  email: 'p•••@example.com',
  max: 200,
  b: (chunks: unknown[]) => chunks.join(''),
  ltr: (chunks: unknown[]) => chunks.join(''),
};

describe('kiosk catalogues', () => {
  it('cover the same keys in every language JoinDesk offers', () => {
    expect(Object.keys(KIOSK).sort()).toEqual([...LANGUAGE_TAGS].sort());
    const keys = Object.keys(en).sort();
    for (const tag of LANGUAGE_TAGS) expect(Object.keys(KIOSK[tag]).sort(), tag).toEqual(keys);
  });

  it.each(LANGUAGE_TAGS)('%s: every message parses and takes exactly the placeholders and tags of English', (tag) => {
    expectSameShapeAsEnglish(tag, KIOSK[tag], en);
  });

  it.each(LANGUAGE_TAGS)('%s: every message formats with its values at every count, leaving no placeholder behind', (tag) => {
    const errors: string[] = [];
    const intl = createIntl({ locale: tag, messages: KIOSK[tag], onError: (e) => errors.push(e.message) });
    for (const id of Object.keys(en)) {
      for (const n of COUNTS) {
        const out = intl.formatMessage({ id }, { ...VALUES, seconds: n });
        const text = Array.isArray(out) ? out.join('') : String(out);
        expect(text, `${tag} ${id}`).not.toMatch(/[{}<>#]/);
      }
    }
    expect(errors).toEqual([]);
  });

  it('words counts with the language’s own plural forms', () => {
    const say = (tag: LanguageTag, seconds: number) =>
      createIntl({ locale: tag, messages: KIOSK[tag] }).formatMessage({ id: 'form.throttled' }, { seconds });
    expect(say('en', 1)).toBe('Too many attempts. Try again in 1 second.');
    expect(say('en', 5)).toBe('Too many attempts. Try again in 5 seconds.');
    expect(say('fr', 1)).toContain('1 seconde.');
    expect(say('de', 20)).toContain('20 Sekunden');
    expect(say('ar', 1)).toContain('ثانية واحدة');
    expect(say('ar', 2)).toContain('ثانيتين');
    // Arabic digits are the locale's (Arabic-Indic or Latin, as the ICU data has it), never written in by hand.
    const arabic = new Intl.NumberFormat('ar');
    expect(say('ar', 5)).toContain(`${arabic.format(5)} ثوانٍ`);
    expect(say('ar', 20)).toContain(`${arabic.format(20)} ثانية`);
    expect(say('es', 1000000)).toContain('1.000.000 de segundos');
    expect(say('zh-Hans', 5)).toContain('5 秒');
  });

  it('say in English exactly what main says, so a script and the screen agree', () => {
    const intl = createIntl({ locale: 'en-GB', messages: en });
    for (const [code, message] of Object.entries(KIOSK_MESSAGES)) {
      expect(intl.formatMessage({ id: `error.${code}` }), code).toBe(message);
    }
    for (const n of [1, 5, 60]) expect(intl.formatMessage({ id: 'form.throttled' }, { seconds: n })).toBe(throttledMessage(n));
  });

  it('tell a learner whose group is full what to do next, in every language', () => {
    for (const tag of LANGUAGE_TAGS) {
      // Two sentences: what happened, then who can help and how.
      const sentences = KIOSK[tag]['error.group-full']!.split(/[.。]/).filter((s) => s.trim());
      expect(sentences.length, tag).toBe(2);
    }
  });
});
